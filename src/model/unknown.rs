//! Fields a file carries that this version does not know: kept, and written back on save.

use super::ids::{ActorId, RelationshipId};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Unknown fields, by where they were found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnknownFields {
    /// At the top level of the file.
    pub top: Map<String, Value>,
    /// In `campaign`.
    pub campaign: Map<String, Value>,
    /// In `settings`.
    pub settings: Map<String, Value>,
    /// In each actor, by id.
    pub actors: BTreeMap<ActorId, Map<String, Value>>,
    /// In each relationship, by id.
    pub relationships: BTreeMap<RelationshipId, Map<String, Value>>,
    /// In `reflection`.
    pub reflection: Map<String, Value>,
    /// In each step of the theory of change, by its place in the list.
    pub theory_of_change: BTreeMap<usize, Map<String, Value>>,
    /// In each round, by the round's id.
    pub rounds: BTreeMap<String, Map<String, Value>>,
    /// In each actor's entry of a round, by the round's id and the actor's id.
    pub round_entries: BTreeMap<(String, ActorId), Map<String, Value>>,
}

impl UnknownFields {
    /// How many unknown fields there are in all.
    pub fn count(&self) -> usize {
        self.top.len()
            + self.campaign.len()
            + self.settings.len()
            + self.actors.values().map(Map::len).sum::<usize>()
            + self.relationships.values().map(Map::len).sum::<usize>()
            + self.reflection.len()
            + self.theory_of_change.values().map(Map::len).sum::<usize>()
            + self.rounds.values().map(Map::len).sum::<usize>()
            + self.round_entries.values().map(Map::len).sum::<usize>()
    }
}
