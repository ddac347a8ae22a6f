//! What the app tells a user about the method: categories and strategies, as data, in our words.

mod categories;
mod planning;
mod strategy;
mod tactics;

pub use categories::{BUILT_IN as BUILT_IN_CATEGORIES, Category, category_label, is_built_in};
pub use planning::{BRAINSTORM_PROMPTS, Question, REFLECTION_QUESTIONS};
pub use strategy::{NOT_PLACED, ON_THE_LINE, ON_THE_LINE_NOTE, Strategy, place_name, strategy};
pub use tactics::{Tactics, aim_note, tactics};
