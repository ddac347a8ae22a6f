//! What each quadrant of the power map suggests doing, in our own words.

use crate::model::{Actor, Quadrant};
use crate::words::Words;

/// An actor's place on the power map in a few words, the same on screen and in exports: its
/// quadrant's strategy, "on the neutral line", or "not placed" while it waits in the parking
/// lot.
pub fn place_name(actor: &Actor, words: &'static Words) -> &'static str {
    if actor.parked {
        return words.get("place-not-placed");
    }
    actor
        .position
        .quadrant()
        .map_or(words.get("place-on-the-line"), |q| strategy(q, words).name)
}

/// What the side panel says of an actor on the neutral line, in place of a strategy.
pub fn on_the_line_note(words: &'static Words) -> &'static str {
    words.get("place-on-the-line-note")
}

/// The engagement strategy a quadrant suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strategy {
    /// The short name drawn on the quadrant.
    pub name: &'static str,
    /// One line on what to do.
    pub summary: &'static str,
    /// A warning that belongs with this strategy, if any.
    pub caveat: Option<&'static str>,
}

/// The strategy for a quadrant, in `words`' language.
pub fn strategy(quadrant: Quadrant, words: &'static Words) -> Strategy {
    let (name, summary, caveat) = match quadrant {
        Quadrant::Partner => ("strategy-partner", "strategy-partner-summary", None),
        Quadrant::AwarenessRaising => (
            "strategy-awareness",
            "strategy-awareness-summary",
            Some("strategy-awareness-caveat"),
        ),
        Quadrant::CapacityDevelopment => ("strategy-capacity", "strategy-capacity-summary", None),
        Quadrant::Monitor => ("strategy-monitor", "strategy-monitor-summary", None),
    };
    Strategy {
        name: words.get(name),
        summary: words.get(summary),
        caveat: caveat.map(|id| words.get(id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_awareness_raising_carries_the_caveat() {
        for q in Quadrant::ALL {
            assert_eq!(
                strategy(q, Words::english()).caveat.is_some(),
                q == Quadrant::AwarenessRaising
            );
        }
    }
}
