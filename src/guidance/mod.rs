//! What the app tells a user about the method: categories and strategies, as data, in our words.

mod categories;
mod strategy;

pub use categories::{BUILT_IN as BUILT_IN_CATEGORIES, Category, category_label, is_built_in};
pub use strategy::{Strategy, strategy};
