//! What the app tells a user about the method: categories and strategies, as data, with the
//! words in a session's language (`crate::words`).

mod alliance_plan;
mod alliance_words;
mod categories;
mod partners;
mod planning;
mod strategy;
mod tactics;

pub use alliance_plan::{
    LevelCount, SliceCounts, draft_memorandum, needs_covered, partners_per_level, slices_per_round,
};
pub use alliance_words::{
    collaboration_id, decisions_draft_id, membership_id, method_need_id, purpose_id, structure_id,
};
pub use categories::{BUILT_IN as BUILT_IN_CATEGORIES, Category, category_label, is_built_in};
pub use partners::{Coverage, Ranked, Stance, Tie, cautions, coverage, need_label};
pub use planning::{Question, brainstorm_prompts, reflection_questions};
pub use strategy::{Strategy, on_the_line_note, place_name, strategy};
pub use tactics::{Tactics, aim_note, tactics};
