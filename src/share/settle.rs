//! Settling a session read from the shared document into one the app can show and save.
//!
//! Each laptop's edit was valid on its own, but edits made at the same time can together
//! break what a file must hold: a line to an actor someone else deleted, two actors made
//! each other's parent. Every laptop settles the same document the same way, so all of them
//! show the same session; the document itself keeps what was written, so nothing is lost
//! if an edit is undone.

use crate::model::{Actor, Assessment, Position, Session};
use rustc_hash::{FxHashMap, FxHashSet};

/// Make `session` one that `storage::validate` accepts: records without an id dropped,
/// places clamped into their ranges, parents that are missing or make a loop cleared (the
/// first actor in drawing order found in the loop lets go), lines whose ends are missing or the same dropped.
pub fn settle(session: &mut Session) {
    session.actors.retain(|actor| !actor.id.0.trim().is_empty());
    for actor in &mut session.actors {
        settle_actor(actor);
    }
    for round in &mut session.rounds {
        for entry in &mut round.actors {
            let place = Position::clamped(entry.support, entry.influence);
            entry.support = place.support;
            entry.influence = place.influence;
            if let Some(place) = &mut entry.spectrum {
                place.across = unit(place.across);
                place.out = unit(place.out);
            }
        }
    }
    clear_bad_parents(session);
    let ids: FxHashSet<_> = session.actors.iter().map(|a| a.id.clone()).collect();
    session
        .relationships
        .retain(|r| r.from != r.to && ids.contains(&r.from) && ids.contains(&r.to));
    crate::storage::repair_placement_rounds(session);
}

/// Settle what one actor holds on its own: its places and ratings into their ranges.
pub fn settle_actor(actor: &mut Actor) {
    actor.position = Position::clamped(actor.position.support, actor.position.influence);
    if let Some(place) = &mut actor.spectrum {
        place.across = unit(place.across);
        place.out = unit(place.out);
    }
    for rating in actor.partner.ratings_mut().into_iter().flatten() {
        *rating = (*rating).clamp(Assessment::MIN, Assessment::MAX);
    }
}

fn unit(value: f32) -> f32 {
    if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        0.5
    }
}

fn clear_bad_parents(session: &mut Session) {
    let index: FxHashMap<_, _> = session
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), i))
        .collect();
    for i in 0..session.actors.len() {
        let Some(parent) = session.actors[i].parent.clone() else {
            continue;
        };
        // Walk up from the parent; a parent not there, meeting this actor again, or walking
        // longer than there are actors (a loop above) is bad.
        let mut next = index.get(&parent).copied();
        let mut steps = 0;
        let bad = loop {
            let Some(at) = next else {
                break true;
            };
            if at == i || steps > session.actors.len() {
                break true;
            }
            steps += 1;
            match &session.actors[at].parent {
                None => break false,
                Some(up) => next = index.get(up).copied(),
            }
        };
        if bad {
            session.actors[i].parent = None;
        }
    }
}
