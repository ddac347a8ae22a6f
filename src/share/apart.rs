//! Actors two laptops placed differently while they were apart. When they meet again the
//! engine settles each place the same way on both (the later move wins), which is right for
//! a move only one side made and a guess for a move both made: those are listed for the
//! people to decide, as File > Merge lists the actors two files place differently.

use crate::model::{Actor, ActorId, Session, stands_elsewhere};
use rustc_hash::FxHashMap;

/// One actor as two laptops placed it while they were apart.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedApart {
    /// The actor as this laptop had it.
    pub here: Actor,
    /// The actor as the other laptop had it.
    pub theirs: Actor,
}

/// The actors both sides moved (on the map or the spectrum) away from where they stood
/// when the two parted (`parted`), to different places: `here` is this laptop's session
/// before meeting again, `theirs` the other laptop's actors. In this laptop's order.
pub fn placed_apart(parted: &[Actor], here: &Session, theirs: &[Actor]) -> Vec<PlacedApart> {
    let parted: FxHashMap<&ActorId, &Actor> = parted.iter().map(|a| (&a.id, a)).collect();
    let theirs: FxHashMap<&ActorId, &Actor> = theirs.iter().map(|a| (&a.id, a)).collect();
    here.actors
        .iter()
        .filter_map(|mine| {
            let before = parted.get(&mine.id)?;
            let other = theirs.get(&mine.id)?;
            (stands_elsewhere(before, mine)
                && stands_elsewhere(before, other)
                && stands_elsewhere(mine, other))
            .then(|| PlacedApart {
                here: mine.clone(),
                theirs: (*other).clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Position, synthetic_session};

    fn moved(actor: &Actor, support: f32, influence: f32) -> Actor {
        let mut moved = actor.clone();
        moved.position = Position::clamped(support, influence);
        moved
    }

    #[test]
    fn only_actors_both_sides_moved_to_different_places_are_listed() {
        let parted = synthetic_session(6).actors;
        let mut here = Session {
            actors: parted.clone(),
            ..Session::default()
        };
        let mut theirs = parted.clone();
        // 0: both moved it, to different places. 1: only here. 2: only there. 3: both, to
        // the same place. 4: both, one parked it.
        here.actors[0] = moved(&parted[0], -0.8, 0.9);
        theirs[0] = moved(&parted[0], 0.8, 0.1);
        here.actors[1] = moved(&parted[1], 0.3, 0.3);
        theirs[2] = moved(&parted[2], -0.3, 0.6);
        here.actors[3] = moved(&parted[3], 0.5, 0.5);
        theirs[3] = moved(&parted[3], 0.505, 0.5);
        here.actors[4] = moved(&parted[4], 0.1, 0.9);
        theirs[4].parked = !parted[4].parked;
        let listed = placed_apart(&parted, &here, &theirs);
        let ids: Vec<&ActorId> = listed.iter().map(|p| &p.here.id).collect();
        assert_eq!(ids, [&parted[0].id, &parted[4].id]);
        assert_eq!(listed[0].theirs.position, Position::clamped(0.8, 0.1));
        assert_eq!(listed[0].here.position, Position::clamped(-0.8, 0.9));
    }
}
