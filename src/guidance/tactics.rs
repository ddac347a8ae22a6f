//! What moves an actor one slice toward us, per slice of the spectrum, in our own words.

use crate::model::Slice;

/// Advice for working with actors in one slice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tactics {
    /// The aim in a few words.
    pub aim: &'static str,
    /// What tends to work.
    pub how: &'static str,
}

/// The tactics for actors currently in `slice`.
pub fn tactics(slice: Slice) -> Tactics {
    match slice {
        Slice::ActiveAllies => Tactics {
            aim: "Keep them active and put their energy to work",
            how: "Plan joint actions, events and trainings with them; give them visible roles and \
                  ask them to bring in people from the next slice.",
        },
        Slice::PassiveAllies => Tactics {
            aim: "Turn agreement into action",
            how: "Find out what holds them back: time, fear, no clear ask? Make a small, concrete \
                  request, lower the cost of joining, and build their confidence to act.",
        },
        Slice::Neutral => Tactics {
            aim: "Win their sympathy",
            how: "Inform them and tie the campaign to their own experience and interests. \
                  Personal stories and trusted messengers work better than arguments.",
        },
        Slice::PassiveOpposition => Tactics {
            aim: "Bring them to neutral",
            how: "Avoid giving them a reason to mobilise against us. Answer their concerns, \
                  show respect, and let doubts about their position grow on their own.",
        },
        Slice::ActiveOpposition => Tactics {
            aim: "Do not try to convert them; weaken their position",
            how: "Converting them rarely works and costs a lot. Undermine the legitimacy of \
                  their position instead and isolate them from the people around them: that \
                  pulls those people one step toward us.",
        },
    }
}

/// A note when we aim further than one step, or at holding an actor where it is.
pub fn aim_note(current: Slice, aim: Slice) -> Option<String> {
    if aim == current {
        return Some(format!(
            "The aim is to keep them among the {}.",
            current.label().to_lowercase()
        ));
    }
    if aim.index() > current.index() {
        return Some("This aim moves them away from us; is that what the room meant?".to_owned());
    }
    let next = current.toward_us();
    (aim != next).then(|| {
        format!(
            "Move one step at a time: first aim for {}, then go further.",
            next.label().to_lowercase()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_opposition_is_not_converted() {
        assert!(
            tactics(Slice::ActiveOpposition)
                .aim
                .contains("not try to convert")
        );
    }

    #[test]
    fn aim_notes_cover_holding_and_jumping() {
        assert_eq!(aim_note(Slice::Neutral, Slice::PassiveAllies), None);
        assert!(
            aim_note(Slice::Neutral, Slice::ActiveAllies).is_some_and(|n| n.contains("one step"))
        );
        assert!(
            aim_note(Slice::ActiveAllies, Slice::ActiveAllies).is_some_and(|n| n.contains("keep"))
        );
        assert!(
            aim_note(Slice::Neutral, Slice::ActiveOpposition).is_some_and(|n| n.contains("away"))
        );
    }
}
