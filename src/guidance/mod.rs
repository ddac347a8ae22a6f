//! What the app tells a user about the method: categories and strategies, as data, with the
//! words in a session's language (`crate::words`).

mod categories;
mod planning;
mod strategy;
mod tactics;

pub use categories::{BUILT_IN as BUILT_IN_CATEGORIES, Category, category_label, is_built_in};
pub use planning::{Question, brainstorm_prompts, reflection_questions};
pub use strategy::{Strategy, on_the_line_note, place_name, strategy};
pub use tactics::{Tactics, aim_note, tactics};
