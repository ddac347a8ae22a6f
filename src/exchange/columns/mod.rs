//! The mapping step: what each column of a sheet means (`roles`), on which scale its numbers
//! are (`scales`), and turning rows into actors (`rows`) and relationships (`relation_rows`)
//! with a reason for every row that could not be.

mod relation_rows;
mod roles;
mod rows;
mod scales;

pub use roles::{ActorColumn, RelationColumn};
pub use rows::{build, build_watched};

use super::scale::Scale;
use super::table::Table;
use super::values::ValueChoices;
use roles::settle_roles;

/// How a workbook's sheets and columns are read.
#[derive(Clone, Debug, PartialEq)]
pub struct Mapping {
    /// The sheet of actors.
    pub actor_sheet: usize,
    /// What each of its columns holds.
    pub actor_columns: Vec<ActorColumn>,
    /// The sheet of relationships, if any.
    pub relation_sheet: Option<usize>,
    /// What each of its columns holds.
    pub relation_columns: Vec<RelationColumn>,
    /// The range of the support column.
    pub support_scale: Scale,
    /// The range of the influence column.
    pub influence_scale: Scale,
    /// Put before the source's ids to make actor ids (`kumu-`, `oligrapher-`, `import-`).
    pub id_prefix: String,
    /// Keep columns with no meaning of their own in the notes, as "Header: value".
    pub keep_other_columns: bool,
    /// Take support from the words of the slice column (opposition words to the opposed side,
    /// allies' words to the supportive side): the user's explicit choice, off by default.
    pub support_from_slice: bool,
    /// What the user chose for the words of the slice, support, kind and category columns.
    pub values: ValueChoices,
}

/// Sheet names that hold actors, and relationships, in the tools people use.
const ACTOR_SHEETS: [&str; 6] = [
    "elements",
    "nodes",
    "actors",
    "people",
    "organisations",
    "organizations",
];
const RELATION_SHEETS: [&str; 6] = [
    "connections",
    "relations",
    "relationships",
    "edges",
    "links",
    "ties",
];

impl Mapping {
    /// The mapping the sheets' names and headers suggest.
    pub fn guess(tables: &[Table], id_prefix: &str) -> Self {
        let named = |names: &[&str]| {
            tables
                .iter()
                .position(|t| names.contains(&t.name.trim().to_lowercase().as_str()))
        };
        let actor_sheet = named(&ACTOR_SHEETS).unwrap_or(0);
        let relation_sheet = named(&RELATION_SHEETS).filter(|&r| r != actor_sheet);
        let mut mapping = Self {
            actor_sheet,
            actor_columns: Vec::new(),
            relation_sheet,
            relation_columns: Vec::new(),
            support_scale: Scale::ZERO_TO_TEN,
            influence_scale: Scale::ZERO_TO_TEN,
            id_prefix: id_prefix.to_owned(),
            keep_other_columns: true,
            support_from_slice: false,
            values: ValueChoices::default(),
        };
        mapping.guess_columns(tables);
        mapping
    }

    /// Guess the columns (and scales) of the chosen sheets again, after a sheet changed.
    pub fn guess_columns(&mut self, tables: &[Table]) {
        let empty = Table::default();
        let actors = tables.get(self.actor_sheet).unwrap_or(&empty);
        self.actor_columns = actors
            .headers
            .iter()
            .map(|h| ActorColumn::guess(h))
            .collect();
        settle_roles(actors, &mut self.actor_columns);
        self.guess_scales(actors);
        self.support_from_slice = false;
        self.relation_columns = self
            .relation_sheet
            .and_then(|r| tables.get(r))
            .map(|t| t.headers.iter().map(|h| RelationColumn::guess(h)).collect())
            .unwrap_or_default();
    }

    /// The column that holds `role`, if one does.
    pub fn column_of(&self, role: ActorColumn) -> Option<usize> {
        self.actor_columns.iter().position(|&r| r == role)
    }

    /// Give column `column` the role `role`; a role only one column may hold is taken from
    /// the column that had it.
    pub fn assign(&mut self, column: usize, role: ActorColumn) {
        if role.is_single() {
            for other in &mut self.actor_columns {
                if *other == role {
                    *other = ActorColumn::Other;
                }
            }
        }
        if let Some(slot) = self.actor_columns.get_mut(column) {
            *slot = role;
        }
    }

    /// Whether the sheet has words of attitude but no support column: the case in which
    /// support may be taken from them.
    pub fn may_take_support_from_slice(&self) -> bool {
        self.column_of(ActorColumn::Slice).is_some()
            && self.column_of(ActorColumn::Support).is_none()
    }
}
