//! Relationships: lines between two actors, cooperating or conflicting.

use super::ids::{ActorId, RelationshipId};
use serde::{Deserialize, Serialize};

/// Whether two actors work together or against each other.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipKind {
    /// They work together; drawn as a solid line.
    #[default]
    Cooperating,
    /// They work against each other; drawn as a dashed red line.
    Conflicting,
}

impl RelationshipKind {
    /// Both kinds, for menus and legends.
    pub const ALL: [Self; 2] = [Self::Cooperating, Self::Conflicting];
}

/// What the relationship rests on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tie {
    /// Colleagues, employer and employee, business partners.
    Work,
    /// Party, alliance, shared political project.
    Political,
    /// Kinship or marriage.
    Family,
    /// A shared faith community.
    Religious,
    /// Living or working in the same place.
    Neighbourhood,
    /// Money flows from one to the other.
    Funding,
    /// Anything else.
    #[default]
    Other,
}

impl Tie {
    /// Every tie, for menus.
    pub const ALL: [Self; 7] = [
        Self::Work,
        Self::Political,
        Self::Family,
        Self::Religious,
        Self::Neighbourhood,
        Self::Funding,
        Self::Other,
    ];
}

/// A line between two actors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relationship {
    /// Stable id.
    pub id: RelationshipId,
    /// The actor the line starts at.
    pub from: ActorId,
    /// The actor the line ends at.
    pub to: ActorId,
    /// Cooperating or conflicting.
    #[serde(default)]
    pub kind: RelationshipKind,
    /// What the relationship rests on.
    #[serde(default)]
    pub tie: Tie,
    /// An optional short label drawn on the line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

impl Relationship {
    /// A new cooperating relationship between two actors.
    pub fn new(from: ActorId, to: ActorId, kind: RelationshipKind) -> Self {
        Self {
            id: RelationshipId::fresh(),
            from,
            to,
            kind,
            tie: Tie::default(),
            label: String::new(),
        }
    }

    /// Whether the relationship touches `actor` at either end.
    pub fn touches(&self, actor: &ActorId) -> bool {
        &self.from == actor || &self.to == actor
    }

    /// The other end, seen from `actor`.
    pub fn other_end(&self, actor: &ActorId) -> &ActorId {
        if &self.from == actor {
            &self.to
        } else {
            &self.from
        }
    }
}
