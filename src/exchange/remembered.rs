//! Mappings the user asked to remember, offered again for files with the same headers: what
//! each column holds, the scales, the choices of the values step. They live in one small file
//! in the platform's config folder, beside the list of recent files. Only headers and the
//! words of word columns are kept, never an actor's name or any other cell.

use super::columns::{ActorColumn, Mapping};
use super::fold::fold;
use super::scale::Scale;
use super::table::Table;
use super::values::ValueChoices;
use crate::storage::{NewFileAccess, WriteOptions, write_file};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The file's name in the config folder.
const FILE_NAME: &str = "import-mappings.json";
/// How many mappings are kept; the least recently saved goes first.
const MAX_REMEMBERED: usize = 50;

/// One remembered mapping of an actors' sheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RememberedMapping {
    /// The sheet's headers, folded: the key a file is recognised by.
    pub headers: Vec<String>,
    /// What each column holds.
    pub columns: Vec<ActorColumn>,
    /// The support column's range.
    pub support_scale: Scale,
    /// The influence column's range.
    pub influence_scale: Scale,
    /// Whether support is taken from the slice's words.
    #[serde(default)]
    pub support_from_slice: bool,
    /// Whether other columns are kept in the notes.
    #[serde(default = "yes")]
    pub keep_other_columns: bool,
    /// The values step's choices.
    #[serde(default)]
    pub values: ValueChoices,
}

fn yes() -> bool {
    true
}

impl RememberedMapping {
    /// The mapping of `table` (the actors' sheet) to remember.
    pub fn of(table: &Table, mapping: &Mapping) -> Self {
        Self {
            headers: header_key(table),
            columns: mapping.actor_columns.clone(),
            support_scale: mapping.support_scale,
            influence_scale: mapping.influence_scale,
            support_from_slice: mapping.support_from_slice,
            keep_other_columns: mapping.keep_other_columns,
            values: mapping.values.clone(),
        }
    }

    /// Apply it to `mapping` (whose sheet has the same headers).
    pub fn apply(&self, mapping: &mut Mapping) {
        if self.columns.len() == mapping.actor_columns.len() {
            mapping.actor_columns.clone_from(&self.columns);
        }
        mapping.support_scale = self.support_scale;
        mapping.influence_scale = self.influence_scale;
        mapping.support_from_slice = self.support_from_slice;
        mapping.keep_other_columns = self.keep_other_columns;
        mapping.values = self.values.clone();
    }
}

fn header_key(table: &Table) -> Vec<String> {
    table.headers.iter().map(|h| fold(h)).collect()
}

/// Every remembered mapping.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RememberedMappings {
    /// The mappings, the most recently saved last.
    #[serde(default)]
    pub mappings: Vec<RememberedMapping>,
}

impl RememberedMappings {
    /// Read them from `folder`; a missing or unreadable file is none remembered (they are
    /// a convenience, and must never stop an import).
    pub fn load(folder: &Path) -> Self {
        std::fs::read(folder.join(FILE_NAME))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// The mapping remembered for files with `table`'s headers.
    pub fn for_table(&self, table: &Table) -> Option<&RememberedMapping> {
        let key = header_key(table);
        self.mappings.iter().rev().find(|m| m.headers == key)
    }

    /// Remember `mapping` (in place of any for the same headers) and write the file into
    /// `folder`, only readable by the user.
    pub fn remember(&mut self, mapping: RememberedMapping, folder: &Path) -> std::io::Result<()> {
        self.mappings.retain(|m| m.headers != mapping.headers);
        self.mappings.push(mapping);
        let excess = self.mappings.len().saturating_sub(MAX_REMEMBERED);
        self.mappings.drain(..excess);
        std::fs::create_dir_all(folder)?;
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let options = WriteOptions {
            access: NewFileAccess::Private,
            ..WriteOptions::PLAIN
        };
        write_file(&folder.join(FILE_NAME), &bytes, options)
            .map(|_| ())
            .map_err(|e| std::io::Error::other(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::SourceFormat;
    use crate::exchange::table::Cell;
    use crate::model::Slice;

    #[test]
    fn a_remembered_mapping_is_found_again_by_its_headers_in_any_case() {
        let folder = tempfile::tempdir().expect("folder");
        let table = Table::new(
            "a",
            vec!["Wer".into(), "Haltung".into()],
            vec![vec![Cell::Text("X".into()), Cell::Text("naja".into())]],
            2,
        );
        let mut mapping =
            Mapping::guess(std::slice::from_ref(&table), SourceFormat::Csv.id_prefix());
        mapping.actor_columns = vec![ActorColumn::Name, ActorColumn::Slice];
        mapping
            .values
            .slice
            .insert("naja".into(), Some(Slice::Neutral));
        let mut book = RememberedMappings::load(folder.path());
        assert!(book.for_table(&table).is_none());
        book.remember(RememberedMapping::of(&table, &mapping), folder.path())
            .expect("stored");
        let other = Table::new("b", vec!["WER ".into(), "haltung".into()], Vec::new(), 2);
        let again = RememberedMappings::load(folder.path());
        let found = again.for_table(&other).expect("found by headers");
        let mut fresh = Mapping::guess(std::slice::from_ref(&other), SourceFormat::Csv.id_prefix());
        found.apply(&mut fresh);
        assert_eq!(fresh.actor_columns, mapping.actor_columns);
        assert_eq!(fresh.values.slice("Naja"), Some(Slice::Neutral));
    }
}
