//! Actors: the people, groups, organizations and institutions on a map.

use super::ids::ActorId;
use super::position::Position;
use serde::{Deserialize, Serialize};

/// What sort of actor this is; the map shows it by marker shape and colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// One person, often a key individual inside an institution.
    Individual,
    /// An informal group or a sub-group of a larger body.
    Group,
    /// A formal organization: an NGO, a union, a company.
    #[default]
    Organization,
    /// A public institution: a council, a ministry, a court.
    Institution,
}

impl ActorKind {
    /// Every kind, in the order menus and legends list them.
    pub const ALL: [Self; 4] = [
        Self::Individual,
        Self::Group,
        Self::Organization,
        Self::Institution,
    ];

    /// The name a user sees.
    pub fn label(self) -> &'static str {
        match self {
            Self::Individual => "Individual",
            Self::Group => "Group",
            Self::Organization => "Organization",
            Self::Institution => "Institution",
        }
    }
}

/// One actor with a stake in the campaign.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable id; relationships and parents refer to it.
    pub id: ActorId,
    /// The name shown on the map.
    pub name: String,
    /// Individual, group, organization or institution.
    #[serde(default)]
    pub kind: ActorKind,
    /// A category key: one of `guidance::categories` or a user-defined name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    /// Free tags for filtering.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Private notes; never shown in presentation or exports unless asked.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Who to talk to there.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// The group or institution this actor belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ActorId>,
    /// The room is unsure where this actor belongs.
    #[serde(default, skip_serializing_if = "is_false")]
    pub uncertain: bool,
    /// What research would settle the uncertainty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uncertain_note: String,
    /// This actor is the mapping organization itself.
    #[serde(default, skip_serializing_if = "is_false")]
    pub is_us: bool,
    /// Where the actor sits on the power map.
    #[serde(flatten)]
    pub position: Position,
}

#[expect(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
fn is_false(value: &bool) -> bool {
    !*value
}

impl Actor {
    /// A new actor with default fields at `position`.
    pub fn new(name: impl Into<String>, position: Position) -> Self {
        Self {
            id: ActorId::fresh(),
            name: name.into(),
            kind: ActorKind::default(),
            category: String::new(),
            tags: Vec::new(),
            notes: String::new(),
            contact: String::new(),
            parent: None,
            uncertain: false,
            uncertain_note: String::new(),
            is_us: false,
            position,
        }
    }
}
