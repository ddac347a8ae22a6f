//! Rounds: snapshots of where everyone stood on a date, and how they moved since.

use super::ids::ActorId;
use super::position::Position;
use super::session::Session;
use super::spectrum::{Slice, SpectrumPlacement};
use serde::{Deserialize, Serialize};

/// Where one actor stood when a round was recorded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundEntry {
    /// The actor.
    pub id: ActorId,
    /// Support then.
    pub support: f32,
    /// Influence then.
    pub influence: f32,
    /// Spectrum placement then, if it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spectrum: Option<SpectrumPlacement>,
}

/// Everyone's positions on both views, frozen with a date and a label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    /// Stable id.
    pub id: String,
    /// What the room calls it ("Before the council vote").
    pub label: String,
    /// When it was recorded, as written.
    #[serde(default)]
    pub date: String,
    /// Where each actor stood.
    pub actors: Vec<RoundEntry>,
}

/// Which way an actor moved between a round and now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Toward us: more support, or a slice nearer the allies.
    TowardUs,
    /// Away from us.
    AwayFromUs,
    /// Only influence or the place inside a slice changed.
    Sideways,
}

/// One actor's movement between a round and now.
#[derive(Clone, Debug, PartialEq)]
pub struct Movement {
    /// The actor.
    pub id: ActorId,
    /// Power-map position then and now.
    pub position: (Position, Position),
    /// Spectrum placement then and now.
    pub spectrum: (Option<SpectrumPlacement>, Option<SpectrumPlacement>),
    /// Which way, judged by slice first, then by support.
    pub direction: Direction,
}

/// Positions closer than this (in model units) count as not moved.
const STILL: f32 = 0.005;

impl Session {
    /// A round holding where everyone stands now.
    pub fn record_round(&self, label: impl Into<String>, date: impl Into<String>) -> Round {
        Round {
            id: format!("round-{}", super::ids::fresh_token()),
            label: label.into(),
            date: date.into(),
            actors: self
                .actors
                .iter()
                .map(|a| RoundEntry {
                    id: a.id.clone(),
                    support: a.position.support,
                    influence: a.position.influence,
                    spectrum: a.spectrum,
                })
                .collect(),
        }
    }

    /// The session as it stood in `round`: its actors at their positions then. Actors added
    /// since are left out; relationships are today's, between the actors shown.
    #[must_use]
    pub fn as_of(&self, round: &Round) -> Session {
        let mut then = self.clone();
        then.actors = round
            .actors
            .iter()
            .filter_map(|entry| {
                let mut actor = self.actor(&entry.id)?.clone();
                actor.position = Position {
                    support: entry.support,
                    influence: entry.influence,
                };
                actor.spectrum = entry.spectrum;
                Some(actor)
            })
            .collect();
        let present: std::collections::HashSet<&ActorId> =
            then.actors.iter().map(|a| &a.id).collect();
        then.relationships = self
            .relationships
            .iter()
            .filter(|r| present.contains(&r.from) && present.contains(&r.to))
            .cloned()
            .collect();
        then.rounds.clear();
        then
    }

    /// Who moved between `round` and now, and which way. Actors that did not move, and
    /// actors that did not exist then, are left out.
    pub fn movements_since(&self, round: &Round) -> Vec<Movement> {
        round
            .actors
            .iter()
            .filter_map(|entry| {
                let now = self.actor(&entry.id)?;
                let then_pos = Position {
                    support: entry.support,
                    influence: entry.influence,
                };
                let moved_on_map = (then_pos.support - now.position.support).abs() > STILL
                    || (then_pos.influence - now.position.influence).abs() > STILL;
                let moved_on_spectrum = entry.spectrum != now.spectrum;
                if !moved_on_map && !moved_on_spectrum {
                    return None;
                }
                Some(Movement {
                    id: entry.id.clone(),
                    position: (then_pos, now.position),
                    spectrum: (entry.spectrum, now.spectrum),
                    direction: direction(
                        entry.spectrum.map(|p| p.slice),
                        now.spectrum.map(|p| p.slice),
                        then_pos.support,
                        now.position.support,
                    ),
                })
            })
            .collect()
    }
}

fn direction(
    then: Option<Slice>,
    now: Option<Slice>,
    support_then: f32,
    support_now: f32,
) -> Direction {
    if let (Some(a), Some(b)) = (then, now)
        && a != b
    {
        return if b.index() < a.index() {
            Direction::TowardUs
        } else {
            Direction::AwayFromUs
        };
    }
    if support_now > support_then + STILL {
        Direction::TowardUs
    } else if support_now < support_then - STILL {
        Direction::AwayFromUs
    } else {
        Direction::Sideways
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Actor;

    #[test]
    fn a_round_freezes_positions_and_compare_reports_moves() {
        let mut s = Session::default();
        let mut a = Actor::new("Council", Position::clamped(-0.5, 0.8));
        a.spectrum = Some(SpectrumPlacement::middle_of(Slice::PassiveOpposition));
        let still = Actor::new("Paper", Position::clamped(0.2, 0.2));
        let (a_id, still_id) = (a.id.clone(), still.id.clone());
        s.actors.extend([a, still]);
        let round = s.record_round("Before", "2026-01-01");

        let council = s.actor_mut(&a_id).expect("council");
        council.position = Position::clamped(0.1, 0.8);
        council.spectrum = Some(SpectrumPlacement::middle_of(Slice::Neutral));
        s.actors.push(Actor::new("Newcomer", Position::CENTER));

        let moves = s.movements_since(&round);
        assert_eq!(
            moves.len(),
            1,
            "only the council moved; the newcomer was not there"
        );
        assert_eq!(moves[0].id, a_id);
        assert_eq!(moves[0].direction, Direction::TowardUs);

        let then = s.as_of(&round);
        assert_eq!(then.actors.len(), 2);
        assert_eq!(
            then.actor(&a_id).expect("council").position,
            Position::clamped(-0.5, 0.8)
        );
        assert!(then.actor(&still_id).is_some());
    }

    #[test]
    fn direction_prefers_slices_over_support() {
        assert_eq!(
            direction(
                Some(Slice::Neutral),
                Some(Slice::PassiveOpposition),
                0.0,
                0.5
            ),
            Direction::AwayFromUs
        );
        assert_eq!(direction(None, None, 0.0, -0.3), Direction::AwayFromUs);
        assert_eq!(
            direction(Some(Slice::Neutral), Some(Slice::Neutral), 0.1, 0.1),
            Direction::Sideways
        );
    }
}
