//! The domain model: sessions, actors, relationships, positions and edits. Knows nothing of
//! files, pixels or egui.

mod actor;
mod alliance;
mod alliance_merge;
mod calendar;
mod document;
mod edit;
mod ids;
mod merge;
mod placement;
mod placement_round;
mod placement_spread;
mod position;
mod redact;
mod relationship;
mod rounds;
mod session;
mod spectrum;
mod synthetic;
mod unknown;

pub use actor::{Actor, ActorKind};
pub use alliance::{
    Alliance, Assessment, Choice, Collaboration, GroupAgreement, METHOD_NEEDS, Membership,
    Memorandum, Need, NetworkPurpose, NetworkShape, Partnering, Structure,
};
pub use calendar::{civil_from_days, today};
pub use document::{Document, UndoStep};
pub use edit::Edit;
pub use ids::{ActorId, RelationshipId};
pub use merge::{
    Conflict, MergePlan, Unwatched, WATCH_EVERY, Watch, apply_merge, apply_merge_watched,
    plan_merge, plan_merge_watched, stands_elsewhere, watch_stops,
};
pub use placement::free_position_near;
pub use placement_round::{PlaceOn, PlacementAnswer, PlacementRound, utc_timestamp};
pub use placement_spread::{
    ActorSpread, MapSpread, SliceSpread, actor_spread, most_disputed_first,
};
pub use position::{INFLUENCE_RANGE, Position, Quadrant, QuadrantCounts, SUPPORT_RANGE};
pub use redact::redacted;
pub use relationship::{Relationship, RelationshipKind, Tie};
pub use rounds::{Direction, Movement, Round, RoundEntry};
pub use session::{
    Campaign, ChangeStatement, LanguageCode, Reflection, Session, Settings, SupportiveSide,
    US_DEFAULT_NAME,
};
pub use spectrum::{CONSISTENCY_TOLERANCE, Slice, SpectrumPlacement, disagrees};
pub use synthetic::{crowded_session, synthetic_session};
pub use unknown::UnknownFields;
