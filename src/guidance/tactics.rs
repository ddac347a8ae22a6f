//! What moves an actor one slice toward us, per slice of the spectrum, in our own words.

use crate::model::Slice;
use crate::words::Words;

/// Advice for working with actors in one slice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tactics {
    /// The aim in a few words.
    pub aim: &'static str,
    /// What tends to work.
    pub how: &'static str,
}

/// The tactics for actors currently in `slice`, in `words`' language.
pub fn tactics(slice: Slice, words: &'static Words) -> Tactics {
    let (aim, how) = match slice {
        Slice::ActiveAllies => ("tactics-active-allies-aim", "tactics-active-allies-how"),
        Slice::PassiveAllies => ("tactics-passive-allies-aim", "tactics-passive-allies-how"),
        Slice::Neutral => ("tactics-neutral-aim", "tactics-neutral-how"),
        Slice::PassiveOpposition => (
            "tactics-passive-opposition-aim",
            "tactics-passive-opposition-how",
        ),
        Slice::ActiveOpposition => (
            "tactics-active-opposition-aim",
            "tactics-active-opposition-how",
        ),
    };
    Tactics {
        aim: words.get(aim),
        how: words.get(how),
    }
}

/// A note when we aim further than one step, or at holding an actor where it is.
pub fn aim_note(current: Slice, aim: Slice, words: &'static Words) -> Option<String> {
    if aim == current {
        return Some(words.with("aim-hold", &[("slice", words.slice(current))]));
    }
    if aim.index() > current.index() {
        return Some(words.get("aim-away").to_owned());
    }
    let next = current.toward_us();
    (aim != next).then(|| words.with("aim-one-step", &[("next", words.slice(next))]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_opposition_is_not_converted() {
        assert!(
            tactics(Slice::ActiveOpposition, Words::english())
                .aim
                .contains("not try to convert")
        );
    }

    #[test]
    fn aim_notes_cover_holding_and_jumping() {
        assert_eq!(
            aim_note(Slice::Neutral, Slice::PassiveAllies, Words::english()),
            None
        );
        assert!(
            aim_note(Slice::Neutral, Slice::ActiveAllies, Words::english())
                .is_some_and(|n| n.contains("one step"))
        );
        assert!(
            aim_note(Slice::ActiveAllies, Slice::ActiveAllies, Words::english())
                .is_some_and(|n| n.contains("keep"))
        );
        assert!(
            aim_note(Slice::Neutral, Slice::ActiveOpposition, Words::english())
                .is_some_and(|n| n.contains("away"))
        );
    }
}
