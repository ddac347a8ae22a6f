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
}

impl UnknownFields {
    /// How many unknown fields there are in all.
    pub fn count(&self) -> usize {
        self.top.len()
            + self.campaign.len()
            + self.settings.len()
            + self.actors.values().map(Map::len).sum::<usize>()
            + self.relationships.values().map(Map::len).sum::<usize>()
    }
}
