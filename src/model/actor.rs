//! Actors: the people, groups, organizations and institutions on a map.

use super::alliance::Partnering;
use super::ids::ActorId;
use super::position::Position;
use super::spectrum::{Slice, SpectrumPlacement};
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
}

/// One actor with a stake in the campaign.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "ActorRecord", into = "ActorRecord")]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent yes/no facts about an actor, each its own field in the file"
)]
pub struct Actor {
    /// Stable id; relationships and parents refer to it.
    pub id: ActorId,
    /// The name shown on the map.
    pub name: String,
    /// Individual, group, organization or institution.
    pub kind: ActorKind,
    /// A category key: one of `guidance::categories` or a user-defined name.
    pub category: String,
    /// Free tags for filtering.
    pub tags: Vec<String>,
    /// Private notes; never shown in presentation or exports unless asked.
    pub notes: String,
    /// Who to talk to there.
    pub contact: String,
    /// The group or institution this actor belongs to, if any.
    pub parent: Option<ActorId>,
    /// The room is unsure where this actor belongs.
    pub uncertain: bool,
    /// What research would settle the uncertainty.
    pub uncertain_note: String,
    /// This actor is the mapping organization itself.
    pub is_us: bool,
    /// Where the actor sits on the power map.
    pub position: Position,
    /// Where it sits on the spectrum of allies; `None` while it waits in the tray.
    pub spectrum: Option<SpectrumPlacement>,
    /// The slice we aim to move it to; `None` means one step toward us.
    pub target_slice: Option<Slice>,
    /// Marked as a target of the next action.
    pub next_action: bool,
    /// Named but not yet placed on the power map: it waits in the parking lot, and its
    /// `position` means nothing until the room places it.
    pub parked: bool,
    /// Web addresses and image addresses kept from an import; shown as text, never fetched.
    pub links: Vec<String>,
    /// What it could offer the campaign and how closely we work with it (the alliance half).
    pub partner: Partnering,
}

/// An actor as the file holds it: the position's two numbers sit beside the other fields.
/// (serde's `flatten` would lose the field path in error messages and slow loading down.)
#[derive(Clone, Serialize, Deserialize)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "mirrors Actor field by field"
)]
struct ActorRecord {
    id: ActorId,
    name: String,
    #[serde(default)]
    kind: ActorKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    category: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    notes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    contact: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<ActorId>,
    #[serde(default, skip_serializing_if = "is_false")]
    uncertain: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uncertain_note: String,
    #[serde(default, skip_serializing_if = "is_false")]
    is_us: bool,
    support: f32,
    influence: f32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    spectrum: Option<SpectrumPlacement>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target_slice: Option<Slice>,
    #[serde(default, skip_serializing_if = "is_false")]
    next_action: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    parked: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    links: Vec<String>,
    #[serde(default, skip_serializing_if = "Partnering::is_empty")]
    partner: Partnering,
}

impl From<ActorRecord> for Actor {
    fn from(r: ActorRecord) -> Self {
        Self {
            id: r.id,
            name: r.name,
            kind: r.kind,
            category: r.category,
            tags: r.tags,
            notes: r.notes,
            contact: r.contact,
            parent: r.parent,
            uncertain: r.uncertain,
            uncertain_note: r.uncertain_note,
            is_us: r.is_us,
            // Kept as read; validation reports values out of range rather than hiding them.
            position: Position {
                support: r.support,
                influence: r.influence,
            },
            spectrum: r.spectrum,
            target_slice: r.target_slice,
            next_action: r.next_action,
            parked: r.parked,
            links: r.links,
            partner: r.partner,
        }
    }
}

impl From<Actor> for ActorRecord {
    fn from(a: Actor) -> Self {
        Self {
            id: a.id,
            name: a.name,
            kind: a.kind,
            category: a.category,
            tags: a.tags,
            notes: a.notes,
            contact: a.contact,
            parent: a.parent,
            uncertain: a.uncertain,
            uncertain_note: a.uncertain_note,
            is_us: a.is_us,
            support: a.position.support,
            influence: a.position.influence,
            spectrum: a.spectrum,
            target_slice: a.target_slice,
            next_action: a.next_action,
            parked: a.parked,
            links: a.links,
            partner: a.partner,
        }
    }
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
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
            spectrum: None,
            target_slice: None,
            next_action: false,
            parked: false,
            links: Vec::new(),
            partner: Partnering::default(),
        }
    }

    /// The slice we aim to move this actor to: the one set, else one step toward us.
    /// `None` while the actor is not on the spectrum.
    pub fn aim(&self) -> Option<Slice> {
        let current = self.spectrum?.slice;
        Some(self.target_slice.unwrap_or_else(|| current.toward_us()))
    }

    /// Whether its slice and its support on the power map disagree strongly.
    pub fn slice_disagrees_with_support(&self) -> bool {
        self.spectrum
            .is_some_and(|p| super::spectrum::disagrees(p.slice, self.position.support))
    }
}
