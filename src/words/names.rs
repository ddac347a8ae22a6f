//! The names of the model's kinds and slices, in a session's language.

use super::Words;
use crate::model::{ActorKind, RelationshipKind, Slice, Tie};

impl Words {
    /// A slice of the spectrum of allies.
    pub fn slice(&'static self, slice: Slice) -> &'static str {
        self.get(match slice {
            Slice::ActiveAllies => "slice-active-allies",
            Slice::PassiveAllies => "slice-passive-allies",
            Slice::Neutral => "slice-neutral",
            Slice::PassiveOpposition => "slice-passive-opposition",
            Slice::ActiveOpposition => "slice-active-opposition",
        })
    }

    /// A kind of actor.
    pub fn kind(&'static self, kind: ActorKind) -> &'static str {
        self.get(match kind {
            ActorKind::Individual => "kind-individual",
            ActorKind::Group => "kind-group",
            ActorKind::Organization => "kind-organization",
            ActorKind::Institution => "kind-institution",
        })
    }

    /// A kind of relationship.
    pub fn relationship(&'static self, kind: RelationshipKind) -> &'static str {
        self.get(match kind {
            RelationshipKind::Cooperating => "relationship-cooperating",
            RelationshipKind::Conflicting => "relationship-conflicting",
        })
    }

    /// What a relationship rests on.
    pub fn tie(&'static self, tie: Tie) -> &'static str {
        self.get(match tie {
            Tie::Work => "tie-work",
            Tie::Political => "tie-political",
            Tie::Family => "tie-family",
            Tie::Religious => "tie-religious",
            Tie::Neighbourhood => "tie-neighbourhood",
            Tie::Funding => "tie-funding",
            Tie::Other => "tie-other",
        })
    }
}
