//! Where new actors land: near a chosen point, but not on top of anyone already there.

use super::position::Position;
use super::session::Session;

/// How close (in map-widths, support counted over its range of 2) two actors may sit
/// before a new one looks further out.
const CLEARANCE: f32 = 0.06;

/// The golden angle in radians: successive spiral points never line up.
const GOLDEN_ANGLE: f32 = 2.399_963;

/// A position near `start` with no actor within the clearance, searching outward in a
/// spiral; `start` itself when the map is too crowded to find one.
pub fn free_position_near(session: &Session, start: Position) -> Position {
    let crowded = |candidate: Position| {
        session.actors.iter().any(|a| {
            let ds = (a.position.support - candidate.support) / 2.0;
            let di = a.position.influence - candidate.influence;
            ds * ds + di * di < CLEARANCE * CLEARANCE
        })
    };
    // Golden-angle spiral: evenly spread candidates at growing distance.
    (0..400)
        .map(|i| {
            let radius = CLEARANCE * (i as f32).sqrt();
            let angle = i as f32 * GOLDEN_ANGLE;
            start.offset(2.0 * radius * angle.cos(), radius * angle.sin())
        })
        .find(|&candidate| !crowded(candidate))
        .unwrap_or(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Actor;

    #[test]
    fn new_actors_do_not_stack() {
        let mut session = Session::default();
        for i in 0..30 {
            let pos = free_position_near(&session, Position::CENTER);
            for other in &session.actors {
                let ds = (other.position.support - pos.support) / 2.0;
                let di = other.position.influence - pos.influence;
                assert!(
                    (ds * ds + di * di).sqrt() >= CLEARANCE - 1e-4,
                    "actor {i} too close"
                );
            }
            session.actors.push(Actor::new(format!("A{i}"), pos));
        }
        assert_eq!(
            free_position_near(&Session::default(), Position::CENTER),
            Position::CENTER
        );
    }
}
