//! What a column of a sheet holds: the roles, what a header suggests in six languages, and
//! the suggestions settled against what the column's cells hold.

use crate::exchange::fold::fold;
use crate::exchange::scale::split_unit;
use crate::exchange::table::Table;
use crate::exchange::vocabulary::{attitude_of_key, header_role};
use crate::words::ui;

/// What a column of the actors' sheet holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorColumn {
    /// Kept in the notes as "Header: value" (or left out, see `Mapping::keep_other_columns`).
    Other,
    /// The source's own id: re-importing the same file matches actors by it.
    Id,
    /// The actor's name (required).
    Name,
    /// Its type: becomes the kind, and the category when it says more.
    Kind,
    /// Its category.
    Category,
    /// Support, a number on the chosen scale or a word such as "opposed".
    Support,
    /// Influence, a number on the chosen scale.
    Influence,
    /// Its slice of the spectrum of allies.
    Slice,
    /// Tags separated by `|`, `;` or `,`.
    Tags,
    /// A description: becomes the notes.
    Notes,
    /// The name of the group or institution it belongs to.
    Group,
    /// A web or image address, kept as a link and never fetched.
    Link,
    /// Who to talk to there.
    Contact,
    /// "yes", "true", "x" or "1": the room is unsure where the actor belongs.
    Uncertain,
    /// "yes" for the actor that is the mapping organization itself.
    Us,
    /// Left out.
    Skip,
}

impl ActorColumn {
    /// Every meaning, for the mapping step's menus.
    pub const ALL: [Self; 16] = [
        Self::Name,
        Self::Id,
        Self::Kind,
        Self::Category,
        Self::Support,
        Self::Influence,
        Self::Slice,
        Self::Tags,
        Self::Notes,
        Self::Group,
        Self::Link,
        Self::Contact,
        Self::Uncertain,
        Self::Us,
        Self::Other,
        Self::Skip,
    ];

    /// What the user sees.
    pub fn label(self) -> &'static str {
        ui().get(match self {
            Self::Other => "column-other",
            Self::Id => "column-id",
            Self::Name => "column-name",
            Self::Kind => "column-kind",
            Self::Category => "column-category",
            Self::Support => "column-support",
            Self::Influence => "column-influence",
            Self::Slice => "column-slice",
            Self::Tags => "column-tags",
            Self::Notes => "column-notes",
            Self::Group => "column-group",
            Self::Link => "column-link",
            Self::Contact => "column-contact",
            Self::Uncertain => "column-uncertain",
            Self::Us => "column-us",
            Self::Skip => "column-skip",
        })
    }

    /// The meaning a header suggests, in any of six languages, whatever its case, accents,
    /// punctuation and unit ("Unterstützung (1-5)" is support).
    pub fn guess(header: &str) -> Self {
        header_role(split_unit(header).0).unwrap_or(Self::Other)
    }

    /// The role the command line names (`name`, `support`, `links`...).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.trim().to_lowercase().as_str() {
            "name" => Self::Name,
            "id" => Self::Id,
            "kind" | "type" => Self::Kind,
            "category" => Self::Category,
            "support" => Self::Support,
            "influence" => Self::Influence,
            "slice" => Self::Slice,
            "tags" => Self::Tags,
            "notes" => Self::Notes,
            "group" => Self::Group,
            "links" | "link" => Self::Link,
            "contact" => Self::Contact,
            "uncertain" => Self::Uncertain,
            "us" => Self::Us,
            "other" => Self::Other,
            "skip" => Self::Skip,
            _ => return None,
        })
    }

    /// Whether only one column may hold this role.
    pub fn is_single(self) -> bool {
        matches!(
            self,
            Self::Name | Self::Id | Self::Support | Self::Influence | Self::Slice
        )
    }
}

/// What a column of the relationships' sheet holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationColumn {
    /// Left out.
    Skip,
    /// The source's id for the relationship.
    Id,
    /// One end: an actor's id or name.
    From,
    /// The other end.
    To,
    /// The connection's type: becomes the label, and says cooperation or conflict.
    Type,
    /// A label for the line.
    Label,
    /// What the tie rests on, by powermap's names ("Work", "Funding"...).
    Tie,
}

impl RelationColumn {
    /// Every meaning, for menus.
    pub const ALL: [Self; 7] = [
        Self::From,
        Self::To,
        Self::Type,
        Self::Label,
        Self::Tie,
        Self::Id,
        Self::Skip,
    ];

    /// What the user sees.
    pub fn label(self) -> &'static str {
        ui().get(match self {
            Self::Skip => "column-skip",
            Self::Id => "column-id",
            Self::From => "column-from",
            Self::To => "column-to",
            Self::Type => "column-type",
            Self::Label => "column-label",
            Self::Tie => "column-tie",
        })
    }

    /// The meaning a header suggests.
    pub fn guess(header: &str) -> Self {
        match fold(header).as_str() {
            "id" => Self::Id,
            "from" | "source" | "node1 id" | "from actor" | "actor 1" | "source id" | "de"
            | "origine" | "source de" | "origen" | "desde" | "von" | "quelle" | "origem" | "da"
            | "origine del legame" => Self::From,
            "to" | "target" | "node2 id" | "to actor" | "actor 2" | "target id" | "vers"
            | "cible" | "destination" | "destino" | "hacia" | "nach" | "ziel" | "para" | "a"
            | "verso" | "destinazione" => Self::To,
            "type" | "connection type" | "relation" | "relationship" | "kind" | "relation type"
            | "value flows" | "type de relation" | "tipo" | "tipo de relacion" | "art"
            | "beziehung" | "tipo de relacao" | "tipo di relazione" => Self::Type,
            "label" | "description" | "libelle" | "etiqueta" | "beschreibung" | "descricao"
            | "etichetta" => Self::Label,
            "tie" => Self::Tie,
            _ => Self::Skip,
        }
    }
}

/// Share of a column's filled cells that must be numbers for it to be read as numbers.
const NUMERIC_SHARE: f64 = 0.8;

/// Settle the roles headers suggested against what the columns hold: one column per role
/// that only one may hold (the first), and a slice column of numbers read as support.
pub(super) fn settle_roles(table: &Table, roles: &mut [ActorColumn]) {
    let mut seen: Vec<ActorColumn> = Vec::new();
    for (column, slot) in roles.iter_mut().enumerate() {
        let role = *slot;
        let settled = match role {
            ActorColumn::Slice if numeric_share(table, column) >= NUMERIC_SHARE => {
                ActorColumn::Support
            }
            // "Position" is also a job title: a column of words that are not attitudes is
            // kept in the notes, and the user may still call it the slice.
            ActorColumn::Slice if attitude_share(table, column) < ATTITUDE_SHARE => {
                ActorColumn::Other
            }
            other => other,
        };
        *slot = if settled.is_single() && seen.contains(&settled) {
            ActorColumn::Other
        } else {
            seen.push(settled);
            settled
        };
    }
}

/// Share of a slice column's words that must be attitude words for it to be read as one.
const ATTITUDE_SHARE: f64 = 0.5;

/// The share of a column's words that name a slice (1 when it holds no words).
fn attitude_share(table: &Table, column: usize) -> f64 {
    let (mut words, mut known) = (0usize, 0usize);
    for row in &table.rows {
        if let Some(cell) = row
            .get(column)
            .filter(|c| !c.is_empty() && c.number().is_none())
        {
            words += 1;
            known += usize::from(attitude_of_key(&fold(&cell.text())).is_some());
        }
    }
    if words == 0 {
        1.0
    } else {
        known as f64 / words as f64
    }
}

/// The share of a column's filled cells that are numbers (0 when none is filled).
fn numeric_share(table: &Table, column: usize) -> f64 {
    let (mut filled, mut numbers) = (0usize, 0usize);
    for row in &table.rows {
        if let Some(cell) = row.get(column).filter(|c| !c.is_empty()) {
            filled += 1;
            numbers += usize::from(cell.number().is_some());
        }
    }
    if filled == 0 {
        0.0
    } else {
        numbers as f64 / filled as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::SourceFormat;
    use crate::exchange::columns::Mapping;
    use crate::exchange::table::{Cell, Table};

    #[test]
    fn headers_suggest_columns() {
        assert_eq!(ActorColumn::guess("Label"), ActorColumn::Name);
        assert_eq!(ActorColumn::guess("Description"), ActorColumn::Notes);
        assert_eq!(ActorColumn::guess("Influence"), ActorColumn::Influence);
        assert_eq!(ActorColumn::guess("Board Affiliations"), ActorColumn::Other);
        assert_eq!(RelationColumn::guess("Source"), RelationColumn::From);
        assert_eq!(RelationColumn::guess("node2_id"), RelationColumn::To);
    }

    #[test]
    fn what_a_position_column_holds_settles_what_it_is() {
        let roles = |values: [&str; 3]| {
            let rows = values
                .iter()
                .enumerate()
                .map(|(i, v)| vec![Cell::Text(format!("A{i}")), Cell::from_text(v)])
                .collect();
            let table = Table::new("t", vec!["Name".into(), "Position".into()], rows, 2);
            Mapping::guess(&[table], SourceFormat::Csv.id_prefix()).actor_columns[1]
        };
        assert_eq!(
            roles(["Champion", "Blocker", "neutral"]),
            ActorColumn::Slice
        );
        assert_eq!(
            roles(["Mayor", "Director", "Champion"]),
            ActorColumn::Other,
            "job titles"
        );
        assert_eq!(roles(["2", "4,5", "1"]), ActorColumn::Support, "numbers");
    }
}
