//! The values step: what each distinct word of a column becomes (a slice, a support level, a
//! kind, a category). The guesses fill the table; what the user changes is kept here, by the
//! word's folded key, and read before any guess.

use super::columns::ActorColumn;
use super::fold::fold;
use super::guess::{category_from_text, kind_from_type};
use super::table::{Cell, Table};
use super::vocabulary::{attitude_of_key, slice_support};
use crate::guidance::is_built_in;
use crate::model::{ActorKind, Slice};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The user's choices for words, by the word's folded key; a word not here is guessed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ValueChoices {
    /// Words of the slice column: the slice each means, or none (the actor waits in the tray).
    pub slice: BTreeMap<String, Option<Slice>>,
    /// Words of the support column, as the five steps from most supportive to most opposed
    /// (the slices' order), or none (the actor waits in the parking lot).
    pub support: BTreeMap<String, Option<Slice>>,
    /// Words of the kind column: the kind each means, or none (the word becomes the category).
    pub kind: BTreeMap<String, Option<ActorKind>>,
    /// Words of the category column: a built-in category's key, or none (kept as written).
    pub category: BTreeMap<String, Option<String>>,
}

impl ValueChoices {
    /// The slice a word of the slice column means.
    pub fn slice(&self, text: &str) -> Option<Slice> {
        let key = fold(text);
        match self.slice.get(&key) {
            Some(choice) => *choice,
            None => attitude_of_key(&key),
        }
    }

    /// The support (−1..=1) a word of the support column means.
    pub fn support(&self, text: &str) -> Option<f32> {
        self.support_step(text).map(slice_support)
    }

    /// The step of support a word of the support column means, as the slice of the same
    /// place (active allies are the most supportive).
    pub fn support_step(&self, text: &str) -> Option<Slice> {
        let key = fold(text);
        match self.support.get(&key) {
            Some(choice) => *choice,
            None => attitude_of_key(&key),
        }
    }

    /// The kind a word of the kind column means, and the category it names (when it names a
    /// built-in one, or no kind).
    pub fn kind(&self, text: &str) -> (Option<ActorKind>, Option<String>) {
        let (guessed, category) = kind_from_type(text);
        match self.kind.get(&fold(text)) {
            Some(Some(kind)) => (Some(*kind), category.filter(|c| is_built_in(c))),
            Some(None) => (None, Some(category_from_text(text))),
            None => (guessed, category),
        }
    }

    /// The category a word of the category column means: a built-in key, or the text.
    pub fn category(&self, text: &str) -> String {
        match self.category.get(&fold(text)) {
            Some(Some(key)) => key.clone(),
            Some(None) => text.trim().to_owned(),
            None => category_from_text(text),
        }
    }
}

/// One distinct word of a column, as the values step lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistinctValue {
    /// The word as first written in the file.
    pub text: String,
    /// Its folded key, which the choices are kept by.
    pub key: String,
    /// How many rows hold it (in any spelling that folds the same).
    pub count: usize,
}

/// The roles whose words the values step lists.
pub const WORD_ROLES: [ActorColumn; 4] = [
    ActorColumn::Slice,
    ActorColumn::Support,
    ActorColumn::Kind,
    ActorColumn::Category,
];

/// Whether a cell holds a word (numbers are read on a scale, and empty cells hold nothing).
fn is_word(cell: &Cell) -> bool {
    !cell.is_empty() && cell.number().is_none()
}

/// Whether column `column` holds any word: whether the values step has anything to list for
/// it, without gathering them.
pub fn has_words(table: &Table, column: usize) -> bool {
    table
        .rows
        .iter()
        .any(|row| row.get(column).is_some_and(is_word))
}

/// The distinct words of column `column` (numbers left out: they are read on a scale), in
/// the order first seen.
pub fn distinct_values(table: &Table, column: usize) -> Vec<DistinctValue> {
    let mut values: Vec<DistinctValue> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for row in &table.rows {
        let Some(cell) = row.get(column) else {
            continue;
        };
        if !is_word(cell) {
            continue;
        }
        let text = cell.text();
        let key = fold(&text);
        if let Some(&i) = index.get(&key) {
            values[i].count += 1;
        } else {
            index.insert(key.clone(), values.len());
            values.push(DistinctValue {
                text: text.trim().to_owned(),
                key,
                count: 1,
            });
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_come_before_guesses_and_words_are_counted_in_any_spelling() {
        let table = Table::new(
            "t",
            vec!["Name".into(), "Sentiment".into()],
            ["Champion", "champion ", "Blocker", "7", "maybe"]
                .iter()
                .enumerate()
                .map(|(i, w)| vec![Cell::Text(format!("A{i}")), Cell::from_text(w)])
                .collect(),
            2,
        );
        let values = distinct_values(&table, 1);
        let listed: Vec<(&str, usize)> =
            values.iter().map(|v| (v.text.as_str(), v.count)).collect();
        assert_eq!(listed, vec![("Champion", 2), ("Blocker", 1), ("maybe", 1)]);
        let mut choices = ValueChoices::default();
        assert_eq!(choices.slice("maybe"), None);
        assert_eq!(choices.slice("Blocker"), Some(Slice::ActiveOpposition));
        choices.slice.insert("maybe".into(), Some(Slice::Neutral));
        choices.slice.insert("blocker".into(), None);
        assert_eq!(choices.slice("Maybe"), Some(Slice::Neutral));
        assert_eq!(choices.slice("Blocker"), None);
        assert_eq!(choices.support("Champion"), Some(1.0));
        choices
            .kind
            .insert("jedi".into(), Some(ActorKind::Individual));
        assert_eq!(choices.kind("Jedi").0, Some(ActorKind::Individual));
        choices
            .category
            .insert("press".into(), Some("media".into()));
        assert_eq!(choices.category("Press"), "media");
    }
}
