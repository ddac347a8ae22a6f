//! Edits: every change to a session is one of these, applied in one place.

use super::actor::Actor;
use super::alliance::Alliance;
use super::ids::{ActorId, RelationshipId};
use super::placement_round::PlacementRound;
use super::position::Position;
use super::relationship::Relationship;
use super::rounds::Round;
use super::session::{Campaign, LanguageCode, Reflection, Session, Settings};
use super::spectrum::SpectrumPlacement;
use std::collections::HashSet;

/// One change to a session. Views emit these; `Document::apply` applies them.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Append actors to the map (quick-add, duplicate).
    AddActors(Vec<Actor>),
    /// Replace the actor with the same id by this one (any field edit).
    UpdateActor(Actor),
    /// Put actors at new positions.
    MoveActors(Vec<(ActorId, Position)>),
    /// Take actors off the power map into the parking lot.
    ParkActors(Vec<ActorId>),
    /// Put parked actors back on the power map where they were.
    UnparkActors(Vec<ActorId>),
    /// Remove actors, their relationships, and parent links to them.
    DeleteActors(Vec<ActorId>),
    /// Add a relationship.
    AddRelationship(Relationship),
    /// Replace the relationship with the same id.
    UpdateRelationship(Relationship),
    /// Remove a relationship.
    DeleteRelationship(RelationshipId),
    /// Replace what the campaign is about.
    SetCampaign(Campaign),
    /// Replace the display settings.
    SetSettings(Settings),
    /// Show the map's words in another language.
    SetLanguage(LanguageCode),
    /// Remember a user-defined category.
    AddCategory(String),
    /// Put actors on the spectrum (or back in the tray with `None`).
    PlaceOnSpectrum(Vec<(ActorId, Option<SpectrumPlacement>)>),
    /// Replace the answers to the reflection questions.
    SetReflection(Reflection),
    /// Add a recorded round at the end.
    AddRound(Round),
    /// Remove a round.
    DeleteRound(String),
    /// Keep a placement round the room answered (it replaces a kept round of the same id).
    AddPlacementRound(PlacementRound),
    /// Remove a kept placement round.
    DeletePlacementRound(String),
    /// Replace the alliance plan (needs, network shape, agreements). Actors stop offering
    /// needs the new list no longer has.
    SetAlliance(Alliance),
    /// Replace the whole session by a merged one (an import or a merge): one undo step.
    ReplaceSession(Box<Session>),
}

impl Session {
    /// Apply an edit. Returns whether anything changed; edits naming missing ids change nothing.
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::AddActors(actors) => {
                let changed = !actors.is_empty();
                self.actors.extend(actors);
                changed
            }
            Edit::UpdateActor(actor) => match self.actor_mut(&actor.id) {
                Some(slot) if *slot != actor => {
                    *slot = actor;
                    true
                }
                _ => false,
            },
            Edit::MoveActors(moves) => {
                let found = self.positions_of(moves.iter().map(|(id, _)| id));
                let targets: Vec<(usize, Position)> = found
                    .into_iter()
                    .zip(moves)
                    .filter_map(|(i, (_, pos))| i.map(|i| (i, pos)))
                    .collect();
                let mut changed = false;
                for (i, pos) in targets {
                    let pos = Position::clamped(pos.support, pos.influence);
                    // Moving an actor places it: it leaves the parking lot.
                    if self.actors[i].position != pos || self.actors[i].parked {
                        self.actors[i].position = pos;
                        self.actors[i].parked = false;
                        changed = true;
                    }
                }
                changed
            }
            Edit::ParkActors(ids) => self.set_parked(ids, true),
            Edit::UnparkActors(ids) => self.set_parked(ids, false),
            Edit::DeleteActors(ids) => {
                let gone: HashSet<ActorId> = ids.into_iter().collect();
                let before = self.actors.len();
                self.actors.retain(|a| !gone.contains(&a.id));
                if self.actors.len() == before {
                    return false;
                }
                self.relationships
                    .retain(|r| !gone.contains(&r.from) && !gone.contains(&r.to));
                for actor in &mut self.actors {
                    if actor.parent.as_ref().is_some_and(|p| gone.contains(p)) {
                        actor.parent = None;
                    }
                }
                true
            }
            Edit::AddRelationship(rel) => {
                let ends_exist = self.actor(&rel.from).is_some() && self.actor(&rel.to).is_some();
                if !ends_exist || rel.from == rel.to {
                    return false;
                }
                self.relationships.push(rel);
                true
            }
            Edit::UpdateRelationship(rel) => {
                match self.relationships.iter_mut().find(|r| r.id == rel.id) {
                    Some(slot) if *slot != rel => {
                        *slot = rel;
                        true
                    }
                    _ => false,
                }
            }
            Edit::DeleteRelationship(id) => {
                let before = self.relationships.len();
                self.relationships.retain(|r| r.id != id);
                self.relationships.len() != before
            }
            Edit::SetCampaign(campaign) => replace_if_different(&mut self.campaign, campaign),
            Edit::SetSettings(settings) => replace_if_different(&mut self.settings, settings),
            Edit::SetLanguage(language) => replace_if_different(&mut self.language, language),
            Edit::AddCategory(name) => {
                let name = name.trim().to_owned();
                if name.is_empty() || self.custom_categories.contains(&name) {
                    return false;
                }
                self.custom_categories.push(name);
                true
            }
            other => self.apply_planning(other),
        }
    }

    /// The edits of the spectrum, the reflection and rounds.
    /// Park (or unpark) the actors `ids`; whether any changed.
    fn set_parked(&mut self, ids: Vec<ActorId>, parked: bool) -> bool {
        let ids: HashSet<ActorId> = ids.into_iter().collect();
        let mut changed = false;
        for actor in &mut self.actors {
            if ids.contains(&actor.id) && actor.parked != parked {
                actor.parked = parked;
                changed = true;
            }
        }
        changed
    }

    fn apply_planning(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::PlaceOnSpectrum(places) => {
                let found = self.positions_of(places.iter().map(|(id, _)| id));
                let targets: Vec<(usize, Option<SpectrumPlacement>)> = found
                    .into_iter()
                    .zip(places)
                    .filter_map(|(i, (_, place))| {
                        i.map(|i| (i, place.map(SpectrumPlacement::clamped)))
                    })
                    .collect();
                let mut changed = false;
                for (i, place) in targets {
                    if self.actors[i].spectrum != place {
                        self.actors[i].spectrum = place;
                        changed = true;
                    }
                }
                changed
            }
            Edit::SetReflection(reflection) => {
                replace_if_different(&mut self.reflection, reflection)
            }
            Edit::AddRound(round) => {
                self.rounds.push(round);
                true
            }
            Edit::DeleteRound(id) => {
                let before = self.rounds.len();
                self.rounds.retain(|r| r.id != id);
                self.rounds.len() != before
            }
            Edit::AddPlacementRound(round) => {
                if let Some(kept) = self.placement_rounds.iter_mut().find(|r| r.id == round.id) {
                    replace_if_different(kept, round)
                } else {
                    self.placement_rounds.push(round);
                    true
                }
            }
            Edit::DeletePlacementRound(id) => {
                let before = self.placement_rounds.len();
                self.placement_rounds.retain(|r| r.id != id);
                self.placement_rounds.len() != before
            }
            Edit::SetAlliance(alliance) => self.set_alliance(alliance),
            Edit::ReplaceSession(session) => {
                let changed = *self != *session;
                *self = *session;
                changed
            }
            _ => false,
        }
    }
}

impl Session {
    /// Replace the alliance plan; offers of needs it no longer lists are dropped with it, so
    /// that no actor offers what nobody can see.
    fn set_alliance(&mut self, alliance: Alliance) -> bool {
        if self.alliance == alliance {
            return false;
        }
        if alliance.needs != self.alliance.needs {
            let kept: HashSet<String> = alliance.needs().into_iter().map(|n| n.id).collect();
            for actor in &mut self.actors {
                actor.partner.offers.retain(|id| kept.contains(id));
            }
        }
        self.alliance = alliance;
        true
    }
}

fn replace_if_different<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RelationshipKind;

    fn two_actor_session() -> (Session, ActorId, ActorId) {
        let mut s = Session::default();
        let a = Actor::new("A", Position::CENTER);
        let b = Actor::new("B", Position::CENTER);
        let (a_id, b_id) = (a.id.clone(), b.id.clone());
        s.apply(Edit::AddActors(vec![a, b]));
        (s, a_id, b_id)
    }

    #[test]
    fn parking_and_unparking_report_only_real_changes() {
        let (mut s, a, b) = two_actor_session();
        assert!(s.apply(Edit::ParkActors(vec![a.clone()])));
        assert!(
            !s.apply(Edit::ParkActors(vec![a.clone()])),
            "already parked"
        );
        let parked = |s: &Session, id: &ActorId| s.actor(id).is_some_and(|x| x.parked);
        assert!(parked(&s, &a) && !parked(&s, &b));
        assert!(
            !s.apply(Edit::UnparkActors(vec![b.clone()])),
            "never parked"
        );
        assert!(s.apply(Edit::UnparkActors(vec![a.clone(), b])));
        assert!(!parked(&s, &a));
    }

    #[test]
    fn deleting_an_actor_removes_its_lines_and_child_links() {
        let (mut s, a, b) = two_actor_session();
        s.apply(Edit::AddRelationship(Relationship::new(
            a.clone(),
            b.clone(),
            RelationshipKind::Conflicting,
        )));
        let mut child = s.actor(&b).expect("b").clone();
        child.parent = Some(a.clone());
        s.apply(Edit::UpdateActor(child));
        assert!(s.apply(Edit::DeleteActors(vec![a])));
        assert!(s.relationships.is_empty());
        assert_eq!(s.actor(&b).expect("b").parent, None);
    }

    #[test]
    fn moves_are_clamped() {
        let (mut s, a, _) = two_actor_session();
        s.apply(Edit::MoveActors(vec![(
            a.clone(),
            Position {
                support: 3.0,
                influence: -1.0,
            },
        )]));
        assert_eq!(
            s.actor(&a).expect("a").position,
            Position::clamped(1.0, 0.0)
        );
    }

    #[test]
    fn relationships_need_two_existing_ends() {
        let (mut s, a, _) = two_actor_session();
        assert!(!s.apply(Edit::AddRelationship(Relationship::new(
            a.clone(),
            a.clone(),
            RelationshipKind::Cooperating
        ))));
        assert!(!s.apply(Edit::AddRelationship(Relationship::new(
            a,
            ActorId("nobody".into()),
            RelationshipKind::Cooperating
        ))));
    }

    #[test]
    fn removing_a_need_takes_it_off_every_actor_and_undoes_whole() {
        use crate::model::{Document, METHOD_NEEDS, Need, UndoStep};
        let (mut s, a, _) = two_actor_session();
        if let Some(actor) = s.actor_mut(&a) {
            actor.partner.offers = vec!["funding".into(), "legal_help".into()];
        }
        let mut doc = Document::new(s);
        let mut alliance = doc.session().alliance.clone();
        let kept = METHOD_NEEDS.iter().filter(|k| **k != "funding");
        alliance.needs = Some(kept.map(|k| Need::method(k)).collect());
        let offers = |doc: &Document| doc.session().actor(&a).map(|x| x.partner.offers.clone());
        assert!(doc.apply(Edit::SetAlliance(alliance.clone()), UndoStep::New));
        assert_eq!(offers(&doc), Some(vec!["legal_help".to_owned()]));
        assert!(!doc.apply(Edit::SetAlliance(alliance), UndoStep::New));
        assert!(doc.undo());
        assert_eq!(offers(&doc).map(|o| o.len()), Some(2));
        assert_eq!(doc.session().alliance.needs, None);
    }

    #[test]
    fn unchanged_updates_report_no_change() {
        let (mut s, a, _) = two_actor_session();
        let same = s.actor(&a).expect("a").clone();
        assert!(!s.apply(Edit::UpdateActor(same)));
    }

    #[test]
    fn a_placement_round_is_kept_once_by_id_and_can_be_removed() {
        let (mut s, a, _) = two_actor_session();
        let round = PlacementRound {
            id: "r1".into(),
            actors: vec![a],
            participants: 3,
            ..PlacementRound::default()
        };
        assert!(s.apply(Edit::AddPlacementRound(round.clone())));
        assert!(
            !s.apply(Edit::AddPlacementRound(round.clone())),
            "the same round"
        );
        let more = PlacementRound {
            participants: 4,
            ..round
        };
        assert!(
            s.apply(Edit::AddPlacementRound(more)),
            "a later copy replaces it"
        );
        assert_eq!(s.placement_rounds.len(), 1);
        assert_eq!(s.placement_rounds[0].participants, 4);
        assert!(!s.apply(Edit::DeletePlacementRound("r2".into())));
        assert!(s.apply(Edit::DeletePlacementRound("r1".into())));
        assert!(s.placement_rounds.is_empty());
    }
}
