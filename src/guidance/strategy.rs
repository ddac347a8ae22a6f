//! What each quadrant of the power map suggests doing, in our own words.

use crate::model::{Actor, Quadrant};

/// What the map calls the place of an actor whose support is exactly neutral: no quadrant.
pub const ON_THE_LINE: &str = "On the neutral line";
/// What the side panel says of an actor on the neutral line, in place of a strategy.
pub const ON_THE_LINE_NOTE: &str = "Neither supportive nor opposed, so in no quadrant and with \
     no strategy yet. When the room knows which way they lean, move them off the line.";
/// What the map calls the place of an actor waiting in the parking lot.
pub const NOT_PLACED: &str = "Not placed";

/// An actor's place on the power map in a few words, the same on screen and in exports: its
/// quadrant's strategy, [`ON_THE_LINE`], or [`NOT_PLACED`] while it waits in the parking lot.
pub fn place_name(actor: &Actor) -> &'static str {
    if actor.parked {
        return NOT_PLACED;
    }
    actor
        .position
        .quadrant()
        .map_or(ON_THE_LINE, |q| strategy(q).name)
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

/// The strategy for a quadrant.
pub fn strategy(quadrant: Quadrant) -> Strategy {
    match quadrant {
        Quadrant::Partner => Strategy {
            name: "Partner",
            summary: "They can sway the outcome and lean our way. Reach out and make them allies: \
                      invite them into joint work, and look for strong supporters we have not yet \
                      counted as partners.",
            caveat: None,
        },
        Quadrant::AwarenessRaising => Strategy {
            name: "Awareness raising",
            summary: "They can sway the outcome but do not back us yet. Try to bring them one step \
                      closer by informing and educating them.",
            caveat: Some(
                "First find out why their support is low. If they simply do not know or care, \
                 inform them. If they are firmly opposed, do not make them a first target: work on \
                 weakening the legitimacy of their position instead.",
            ),
        },
        Quadrant::CapacityDevelopment => Strategy {
            name: "Capacity development",
            summary: "They are with us but carry little weight yet. Help them grow stronger: \
                      training, resources, connections and a voice in the campaign.",
            caveat: None,
        },
        Quadrant::Monitor => Strategy {
            name: "Monitor",
            summary: "Neither a target nor a resource for now. Keep an eye on them and notice if \
                      their position or influence starts to change.",
            caveat: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_awareness_raising_carries_the_caveat() {
        for q in Quadrant::ALL {
            assert_eq!(
                strategy(q).caveat.is_some(),
                q == Quadrant::AwarenessRaising
            );
        }
    }
}
