//! Which actors a room places: one rule for the window and the command line.

use crate::model::{Actor, ActorId, PlaceOn, Session};

/// The actors a facilitator can send to the room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActorChoice {
    /// Every actor.
    All,
    /// Those not placed yet on the views the room places them on.
    Unplaced,
    /// Those marked uncertain: where the facilitator most wants the room's view.
    Uncertain,
    /// These actors (a selection), in session order.
    These(Vec<ActorId>),
}

/// Whether `actor` waits to be placed on `on`: in the parking lot (for the map) or without
/// a slice (for the spectrum).
pub fn unplaced(actor: &Actor, on: PlaceOn) -> bool {
    (on.map() && actor.parked) || (on.spectrum() && actor.spectrum.is_none())
}

/// The ids of the actors `choice` sends to a room placing on `on`, in session order. "Us" is
/// never among them: where we stand is not the room's question.
pub fn actors_to_place(session: &Session, choice: &ActorChoice, on: PlaceOn) -> Vec<ActorId> {
    session
        .actors
        .iter()
        .filter(|a| !a.is_us)
        .filter(|a| match choice {
            ActorChoice::All => true,
            ActorChoice::Unplaced => unplaced(a, on),
            ActorChoice::Uncertain => a.uncertain,
            ActorChoice::These(ids) => ids.contains(&a.id),
        })
        .map(|a| a.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Position, Slice, SpectrumPlacement};

    fn session() -> Session {
        let mut session = Session::default();
        for (name, us, parked, slice) in [
            ("Us", true, false, None),
            ("Mayor", false, false, Some(Slice::PassiveAllies)),
            ("Council", false, true, None),
            ("Press", false, false, None),
        ] {
            let mut actor = Actor::new(name, Position::CENTER);
            actor.is_us = us;
            actor.parked = parked;
            actor.spectrum = slice.map(SpectrumPlacement::middle_of);
            session.actors.push(actor);
        }
        session
    }

    fn names(session: &Session, ids: &[ActorId]) -> Vec<String> {
        ids.iter()
            .filter_map(|id| session.actors.iter().find(|a| &a.id == id))
            .map(|a| a.name.clone())
            .collect()
    }

    #[test]
    fn the_room_never_places_us_and_unplaced_depends_on_the_view() {
        let s = session();
        let all = actors_to_place(&s, &ActorChoice::All, PlaceOn::Map);
        assert_eq!(names(&s, &all), ["Mayor", "Council", "Press"]);
        let map = actors_to_place(&s, &ActorChoice::Unplaced, PlaceOn::Map);
        assert_eq!(names(&s, &map), ["Council"]);
        let mut unsure = s.clone();
        unsure.actors[3].uncertain = true;
        let uncertain = actors_to_place(&unsure, &ActorChoice::Uncertain, PlaceOn::Map);
        assert_eq!(names(&unsure, &uncertain), ["Press"]);
        let fan = actors_to_place(&s, &ActorChoice::Unplaced, PlaceOn::Spectrum);
        assert_eq!(names(&s, &fan), ["Council", "Press"]);
        let both = actors_to_place(&s, &ActorChoice::Unplaced, PlaceOn::Both);
        assert_eq!(names(&s, &both), ["Council", "Press"]);
        let us_and_press = vec![s.actors[0].id.clone(), s.actors[3].id.clone()];
        let these = actors_to_place(&s, &ActorChoice::These(us_and_press), PlaceOn::Map);
        assert_eq!(names(&s, &these), ["Press"]);
    }
}
