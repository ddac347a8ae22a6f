//! The session: one campaign's map, everything a file holds.

use super::actor::{Actor, ActorKind};
use super::alliance::Alliance;
use super::ids::ActorId;
use super::position::{Position, Quadrant, QuadrantCounts};
use super::relationship::{Relationship, RelationshipKind};
use super::rounds::Round;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// One "If we ..., then ..., because ..." statement of a theory of change.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChangeStatement {
    /// The action we take.
    #[serde(default)]
    pub if_we: String,
    /// The result we expect.
    #[serde(default)]
    pub then: String,
    /// Why we expect it.
    #[serde(default)]
    pub because: String,
}

/// What the map is about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    /// A short name for the campaign, shown in the window title and exports.
    #[serde(default)]
    pub title: String,
    /// The problem the campaign addresses.
    #[serde(default)]
    pub problem: String,
    /// The concrete objective the map is drawn for.
    #[serde(default)]
    pub objective: String,
    /// When the map was made, as the user writes it (ISO `YYYY-MM-DD` suggested).
    #[serde(default)]
    pub date: String,
    /// The theory of change, in order: each result feeds the next action.
    #[serde(default)]
    pub theory_of_change: Vec<ChangeStatement>,
}

/// Which side of the power map supportive actors sit on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportiveSide {
    /// Supportive on the right, as most guides draw it.
    #[default]
    Right,
    /// Supportive on the left, as some guides draw it.
    Left,
}

/// Per-session display choices that travel with the file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Which side supportive actors sit on.
    #[serde(default)]
    pub supportive_side: SupportiveSide,
    /// The order a step-by-step reveal shows actors in; actors not listed follow in session
    /// order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reveal_order: Vec<ActorId>,
}

/// A whole power-mapping session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The language of the words the map shows (quadrants, slices, captions, legend).
    #[serde(default)]
    pub language: LanguageCode,
    /// What the map is about.
    #[serde(default)]
    pub campaign: Campaign,
    /// Display choices.
    #[serde(default)]
    pub settings: Settings,
    /// User-defined categories, kept even while no actor uses them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_categories: Vec<String>,
    /// Everyone on the map, in drawing order (later ones on top).
    pub actors: Vec<Actor>,
    /// Lines between actors.
    pub relationships: Vec<Relationship>,
    /// The room's answers to the planning questions.
    #[serde(default, skip_serializing_if = "Reflection::is_empty")]
    pub reflection: Reflection,
    /// Recorded rounds, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
    /// The alliance plan: needs, the network's shape, agreements.
    #[serde(default, skip_serializing_if = "Alliance::is_empty")]
    pub alliance: Alliance,
    /// The room's placement rounds (phones placing actors privately), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placement_rounds: Vec<super::placement_round::PlacementRound>,
    /// Fields the file carried that this version does not know; written back on save.
    #[serde(skip)]
    pub unknown: super::unknown::UnknownFields,
}

/// A language as a code ("en", "fr", "es", "ar"), kept as the file wrote it so a code this
/// version has no words for survives a save.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageCode(pub String);

impl Default for LanguageCode {
    /// English: what files from before languages were chosen were written in.
    fn default() -> Self {
        Self("en".to_owned())
    }
}

/// Answers to the four reflection questions of the planning discussion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    /// Which actors do we target in the next action?
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub targets: String,
    /// What does it take to move them one step toward us?
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resources: String,
    /// Which actions speak to their interests, needs and culture?
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interests: String,
    /// Which actions might drive us apart?
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub risks: String,
}

impl Reflection {
    /// Whether no question has an answer yet.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
            && self.resources.is_empty()
            && self.interests.is_empty()
            && self.risks.is_empty()
    }
}

/// The name "us" gets in a new session.
pub const US_DEFAULT_NAME: &str = "Us";

impl Session {
    /// A new session with only "us" on the map, supportive and of middling influence.
    pub fn new_with_us() -> Self {
        let mut us = Actor::new(US_DEFAULT_NAME, Position::clamped(0.8, 0.4));
        us.is_us = true;
        us.kind = ActorKind::Organization;
        Self {
            actors: vec![us],
            ..Self::default()
        }
    }

    /// Every actor's index in the order a step-by-step reveal shows them: those named in
    /// `settings.reveal_order` first, then the rest in session order; parked actors last
    /// (they are not on the map).
    pub fn reveal_sequence(&self) -> Vec<usize> {
        let index = self.actor_index();
        let mut seen = vec![false; self.actors.len()];
        let mut order = Vec::with_capacity(self.actors.len());
        for id in &self.settings.reveal_order {
            if let Some(&i) = index.get(id)
                && !std::mem::replace(&mut seen[i], true)
            {
                order.push(i);
            }
        }
        order.extend((0..self.actors.len()).filter(|&i| !seen[i]));
        order.sort_by_key(|&i| self.actors[i].parked);
        order
    }

    /// The session as a reveal shows it after `shown` steps: the first actors of the reveal
    /// order and the relationships between them.
    #[must_use]
    pub fn revealed(&self, shown: usize) -> Self {
        let mut keep = vec![false; self.actors.len()];
        for i in self.reveal_sequence().into_iter().take(shown) {
            keep[i] = true;
        }
        let mut out = self.clone();
        let mut flags = keep.into_iter();
        out.actors.retain(|_| flags.next().unwrap_or(false));
        let kept: HashSet<ActorId> = out.actors.iter().map(|a| a.id.clone()).collect();
        out.relationships
            .retain(|r| kept.contains(&r.from) && kept.contains(&r.to));
        out
    }

    /// How many placed actors each quadrant holds and how many sit on the neutral line;
    /// actors in the parking lot count nowhere.
    pub fn quadrant_counts(&self) -> QuadrantCounts {
        let mut counts = QuadrantCounts::default();
        for actor in self.actors.iter().filter(|a| !a.parked) {
            match actor.position.quadrant() {
                Some(q) => {
                    if let Some(i) = Quadrant::ALL.iter().position(|&x| x == q) {
                        counts.quadrants[i] += 1;
                    }
                }
                None => counts.on_the_line += 1,
            }
        }
        counts
    }

    /// The actor with this id.
    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| &a.id == id)
    }

    /// Where each of `ids` sits in `actors`: a scan for a few (a drag moves one actor each
    /// frame), an index for many.
    pub fn positions_of<'a>(
        &self,
        ids: impl ExactSizeIterator<Item = &'a ActorId>,
    ) -> Vec<Option<usize>> {
        if ids.len() <= 8 {
            ids.map(|id| self.actors.iter().position(|a| &a.id == id))
                .collect()
        } else {
            let index = self.actor_index();
            ids.map(|id| index.get(id).copied()).collect()
        }
    }

    /// The actor with this id, for editing.
    pub fn actor_mut(&mut self, id: &ActorId) -> Option<&mut Actor> {
        self.actors.iter_mut().find(|a| &a.id == id)
    }

    /// A map from actor id to its index in `actors`, for code that looks up many.
    pub fn actor_index(&self) -> FxHashMap<&ActorId, usize> {
        self.actors
            .iter()
            .enumerate()
            .map(|(i, a)| (&a.id, i))
            .collect()
    }

    /// The relationships that touch `actor`.
    pub fn connections<'a>(
        &'a self,
        actor: &'a ActorId,
    ) -> impl Iterator<Item = &'a Relationship> + 'a {
        self.relationships.iter().filter(move |r| r.touches(actor))
    }

    /// Actors with a cooperating relationship to one of "us": the ones we can already reach.
    pub fn reachable_from_us(&self) -> FxHashSet<&ActorId> {
        let us: FxHashSet<&ActorId> = self
            .actors
            .iter()
            .filter(|a| a.is_us)
            .map(|a| &a.id)
            .collect();
        let mut reachable = FxHashSet::default();
        for rel in &self.relationships {
            if rel.kind != RelationshipKind::Cooperating {
                continue;
            }
            if us.contains(&rel.from) && !us.contains(&rel.to) {
                reachable.insert(&rel.to);
            } else if us.contains(&rel.to) && !us.contains(&rel.from) {
                reachable.insert(&rel.from);
            }
        }
        reachable
    }

    /// A new actor id that no actor in this session has.
    pub fn fresh_actor_id(&self) -> ActorId {
        loop {
            let id = ActorId::fresh();
            if self.actor(&id).is_none() {
                return id;
            }
        }
    }

    /// A name for a copy of an actor named `name` that no actor has yet: `copy(1)` ("Mayor
    /// (copy)"), else `copy(2)`, `copy(3)`... ("Mayor (copy 2)"), in the user's words.
    pub fn copy_name(&self, copy: impl Fn(usize) -> String) -> String {
        let taken: HashSet<&str> = self.actors.iter().map(|a| a.name.as_str()).collect();
        // One more number than there are actors always finds a free name.
        (1..=self.actors.len() + 2)
            .map(&copy)
            .find(|candidate| !taken.contains(candidate.as_str()))
            .unwrap_or_else(|| copy(1))
    }

    /// Whether `other` has the same fields as this session besides its actors and
    /// relationships (and the unknown fields a file carried). Every field is named (no
    /// `..`), so one added to `Session` must be placed on one side or the other here.
    pub fn same_besides_records(&self, other: &Self) -> bool {
        let Self {
            language,
            campaign,
            settings,
            custom_categories,
            actors: _,
            relationships: _,
            reflection,
            rounds,
            alliance,
            placement_rounds,
            unknown: _,
        } = self;
        *language == other.language
            && *campaign == other.campaign
            && *settings == other.settings
            && *custom_categories == other.custom_categories
            && *reflection == other.reflection
            && *rounds == other.rounds
            && *alliance == other.alliance
            && *placement_rounds == other.placement_rounds
    }

    /// Whether `candidate` may become the parent of `child` without making a loop.
    pub fn can_be_parent(&self, child: &ActorId, candidate: &ActorId) -> bool {
        let mut current = Some(candidate.clone());
        let mut steps = 0;
        while let Some(id) = current {
            if &id == child || steps > self.actors.len() {
                return false;
            }
            steps += 1;
            current = self.actor(&id).and_then(|a| a.parent.clone());
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_session_has_us() {
        let s = Session::new_with_us();
        assert_eq!(s.actors.len(), 1);
        assert!(s.actors[0].is_us);
    }

    #[test]
    fn reachable_means_cooperating_with_us() {
        let mut s = Session::new_with_us();
        let us = s.actors[0].id.clone();
        let friend = Actor::new("Friend", Position::CENTER);
        let foe = Actor::new("Foe", Position::CENTER);
        let (friend_id, foe_id) = (friend.id.clone(), foe.id.clone());
        s.actors.extend([friend, foe]);
        s.relationships.push(Relationship::new(
            friend_id.clone(),
            us.clone(),
            RelationshipKind::Cooperating,
        ));
        s.relationships.push(Relationship::new(
            us,
            foe_id.clone(),
            RelationshipKind::Conflicting,
        ));
        let reach = s.reachable_from_us();
        assert!(reach.contains(&friend_id));
        assert!(!reach.contains(&foe_id));
    }

    #[test]
    fn copy_names_do_not_repeat() {
        let mut s = Session::default();
        s.actors.push(Actor::new("Mayor", Position::CENTER));
        let copy = |n: usize| {
            if n == 1 {
                "Mayor (copy)".to_owned()
            } else {
                format!("Mayor (copy {n})")
            }
        };
        assert_eq!(s.copy_name(copy), "Mayor (copy)");
        s.actors.push(Actor::new("Mayor (copy)", Position::CENTER));
        assert_eq!(s.copy_name(copy), "Mayor (copy 2)");
    }

    #[test]
    fn parents_cannot_loop() {
        let mut s = Session::default();
        let mut a = Actor::new("Council", Position::CENTER);
        let b = Actor::new("Committee", Position::CENTER);
        let (a_id, b_id) = (a.id.clone(), b.id.clone());
        s.actors.push(b);
        a.parent = None;
        s.actors.push(a);
        s.actor_mut(&b_id).expect("b").parent = Some(a_id.clone());
        assert!(!s.can_be_parent(&a_id, &b_id));
        assert!(s.can_be_parent(&b_id, &a_id));
        assert!(!s.can_be_parent(&a_id, &a_id));
    }
}
