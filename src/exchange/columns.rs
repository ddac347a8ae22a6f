//! The mapping step: what each column of a sheet means, on which scale its numbers are, and
//! turning rows into actors and relationships with a reason for every row that could not be.

use super::csv_out::{split_list, unneutralised, written_by_powermap};
use super::guess::{
    category_from_label, category_from_text, influence_from_text, kind_from_connection,
    kind_from_type, slice_from_text, support_from_text, tie_from_connection,
};
use super::table::{Cell, Table};
use super::{Imported, Problem};
use crate::model::{Actor, ActorId, Position, Relationship, RelationshipId, SpectrumPlacement};
use std::collections::HashMap;

/// What a column of the actors' sheet holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
        match self {
            Self::Other => "Keep in notes",
            Self::Id => "Id",
            Self::Name => "Name",
            Self::Kind => "Kind or type",
            Self::Category => "Category",
            Self::Support => "Support",
            Self::Influence => "Influence",
            Self::Slice => "Slice of the spectrum",
            Self::Tags => "Tags",
            Self::Notes => "Notes or description",
            Self::Group => "Part of (group)",
            Self::Link => "Link",
            Self::Contact => "Contact person",
            Self::Uncertain => "Uncertain (yes/no)",
            Self::Us => "This is us (yes/no)",
            Self::Skip => "Leave out",
        }
    }

    /// The meaning a header suggests.
    pub fn guess(header: &str) -> Self {
        let h = header.trim().to_lowercase();
        match h.as_str() {
            "_id" | "id" | "key" | "uid" => Self::Id,
            "name" | "label" | "actor" | "title" | "full name" | "organisation name"
            | "organization name" => Self::Name,
            "kind" | "type" | "element type" | "actor type" | "node type" => Self::Kind,
            "category" | "sector" | "categories" => Self::Category,
            "support" | "stance" | "attitude" | "alignment" | "position on the issue" => {
                Self::Support
            }
            "influence" | "power" | "influence score" | "power score" | "importance" => {
                Self::Influence
            }
            "slice" | "spectrum" | "spectrum of allies" | "ally spectrum" => Self::Slice,
            "tags" | "tag" | "keywords" => Self::Tags,
            "notes" | "note" | "description" | "comments" | "bio" | "summary" => Self::Notes,
            "group" | "parent" | "part of" | "member of" | "belongs to" => Self::Group,
            "url" | "website" | "link" | "links" | "image" | "photo" | "picture" | "web" => {
                Self::Link
            }
            "contact" | "contact person" => Self::Contact,
            "uncertain" | "unsure" | "disputed" => Self::Uncertain,
            "us" | "is us" => Self::Us,
            "visible" | "direction" | "delayed" | "reversed" | "parked" => Self::Skip,
            _ => Self::Other,
        }
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
        match self {
            Self::Skip => "Leave out",
            Self::Id => "Id",
            Self::From => "From (id or name)",
            Self::To => "To (id or name)",
            Self::Type => "Type",
            Self::Label => "Label",
            Self::Tie => "Tie",
        }
    }

    /// The meaning a header suggests.
    pub fn guess(header: &str) -> Self {
        match header.trim().to_lowercase().as_str() {
            "_id" | "id" => Self::Id,
            "from" | "source" | "node1_id" | "from actor" | "actor 1" | "source id" => Self::From,
            "to" | "target" | "node2_id" | "to actor" | "actor 2" | "target id" => Self::To,
            "type" | "connection type" | "relation" | "relationship" | "kind" | "relation type"
            | "value flows" => Self::Type,
            "label" | "description" => Self::Label,
            "tie" => Self::Tie,
            _ => Self::Skip,
        }
    }
}

/// The range a numeric column's values run over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// 0 (least) to 10.
    ZeroToTen,
    /// 1 to 5, as on a survey.
    OneToFive,
    /// 0 to 100, or percentages.
    ZeroToHundred,
    /// −1 to 1, powermap's own support scale.
    MinusOneToOne,
    /// 0 to 1, powermap's own influence scale.
    ZeroToOne,
}

impl Scale {
    /// Every scale, for menus.
    pub const ALL: [Self; 5] = [
        Self::ZeroToTen,
        Self::OneToFive,
        Self::ZeroToHundred,
        Self::MinusOneToOne,
        Self::ZeroToOne,
    ];

    /// What the user sees.
    pub fn label(self) -> &'static str {
        match self {
            Self::ZeroToTen => "0 to 10",
            Self::OneToFive => "1 to 5",
            Self::ZeroToHundred => "0 to 100",
            Self::MinusOneToOne => "−1 to 1",
            Self::ZeroToOne => "0 to 1",
        }
    }

    /// The name the command line takes (`0-10`, `1-5`, `0-100`, `-1..1`, `0-1`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim() {
            "0-10" => Some(Self::ZeroToTen),
            "1-5" => Some(Self::OneToFive),
            "0-100" => Some(Self::ZeroToHundred),
            "-1..1" | "-1-1" => Some(Self::MinusOneToOne),
            "0-1" => Some(Self::ZeroToOne),
            _ => None,
        }
    }

    fn bounds(self) -> (f64, f64) {
        match self {
            Self::ZeroToTen => (0.0, 10.0),
            Self::OneToFive => (1.0, 5.0),
            Self::ZeroToHundred => (0.0, 100.0),
            Self::MinusOneToOne => (-1.0, 1.0),
            Self::ZeroToOne => (0.0, 1.0),
        }
    }

    /// The smallest scale that holds every value seen: a best guess the user can change.
    pub fn guess(values: impl Iterator<Item = f64>) -> Self {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if !lo.is_finite() {
            return Self::ZeroToTen;
        }
        if lo < 0.0 {
            Self::MinusOneToOne
        } else if hi <= 1.0 {
            Self::ZeroToOne
        } else if lo >= 1.0 && hi <= 5.0 {
            Self::OneToFive
        } else if hi <= 10.0 {
            Self::ZeroToTen
        } else {
            Self::ZeroToHundred
        }
    }

    /// Where `value` lies in the range, 0..=1; `None` outside it.
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a position in 0..=1 needs no more than f32"
    )]
    pub fn unit(self, value: f64) -> Option<f32> {
        let (lo, hi) = self.bounds();
        (lo..=hi)
            .contains(&value)
            .then(|| ((value - lo) / (hi - lo)) as f32)
    }
}

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
            support_scale: Scale::ZeroToTen,
            influence_scale: Scale::ZeroToTen,
            id_prefix: id_prefix.to_owned(),
            keep_other_columns: true,
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
        // Two columns that both look like names: the first one is the name.
        let mut seen_name = false;
        for role in &mut self.actor_columns {
            if *role == ActorColumn::Name {
                if seen_name {
                    *role = ActorColumn::Other;
                }
                seen_name = true;
            }
        }
        let numbers = |role: ActorColumn| {
            let columns: Vec<usize> = (0..self.actor_columns.len())
                .filter(|&c| self.actor_columns[c] == role)
                .collect();
            let values: Vec<f64> = actors
                .rows
                .iter()
                .flat_map(|row| columns.iter().filter_map(|&c| row[c].number()))
                .collect();
            Scale::guess(values.into_iter())
        };
        // Support runs from opposed to supportive: values within 1 are powermap's own −1..1.
        self.support_scale = match numbers(ActorColumn::Support) {
            Scale::ZeroToOne => Scale::MinusOneToOne,
            other => other,
        };
        self.influence_scale = numbers(ActorColumn::Influence);
        self.relation_columns = self
            .relation_sheet
            .and_then(|r| tables.get(r))
            .map(|t| t.headers.iter().map(|h| RelationColumn::guess(h)).collect())
            .unwrap_or_default();
    }
}

fn is_yes(text: &str) -> bool {
    matches!(
        text.trim().to_lowercase().as_str(),
        "yes" | "true" | "x" | "1" | "y"
    )
}

/// Take HTML tags out of a description (Onodo writes them) and decode the common entities.
fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .trim()
        .to_owned()
}

/// One row of the actors' sheet as it is read: the actor so far, and what it still needs.
struct RowReader<'a> {
    mapping: &'a Mapping,
    /// The sheet is powermap's own CSV: its cells are read back exactly as they were written
    /// (no formula guard, lists split only where powermap separated them, text verbatim).
    own: bool,
    place: String,
    actor: Actor,
    support: Option<f32>,
    influence: Option<f32>,
    slice: Option<crate::model::Slice>,
    other_lines: Vec<String>,
    source_id: Option<String>,
    group: Option<String>,
    problems: Vec<Problem>,
}

impl<'a> RowReader<'a> {
    fn new(mapping: &'a Mapping, own: bool, place: String) -> Self {
        Self {
            mapping,
            own,
            place,
            actor: Actor::new("", Position::CENTER),
            support: None,
            influence: None,
            slice: None,
            other_lines: Vec::new(),
            source_id: None,
            group: None,
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, message: String) {
        self.problems
            .push(Problem::new(self.place.clone(), message));
    }

    /// A number on `scale` as a place on the axis (0..=1), a word, or a problem.
    /// `from_unit` turns a place in the scale's range (0..=1) into the axis's value; words are
    /// the axis's values already.
    fn axis_value(
        &mut self,
        cell: &Cell,
        what: &str,
        scale: Scale,
        from_unit: fn(f32) -> f32,
        word: fn(&str) -> Option<f32>,
    ) -> Option<f32> {
        let text = cell.text();
        if let Some(n) = cell.number() {
            let unit = scale.unit(n).map(from_unit);
            if unit.is_none() {
                self.problem(format!(
                    "{what} {text} is outside {}; the actor waits in the parking lot",
                    scale.label()
                ));
            }
            return unit;
        }
        let value = word(&text);
        if value.is_none() {
            self.problem(format!(
                "{what} \"{text}\" is neither a number nor a word powermap knows"
            ));
        }
        value
    }

    fn read(&mut self, role: ActorColumn, header: &str, cell: &Cell) {
        let own = self.own;
        let text = if own {
            unneutralised(&cell.text()).to_owned()
        } else {
            cell.text()
        };
        // In powermap's own file a leading "=" is the user's text, guarded when written.
        if !own && text.starts_with('=') && matches!(cell, Cell::Text(_)) {
            self.problem(format!(
                "\"{header}\" looks like a spreadsheet formula ({text}); it was kept as text"
            ));
        }
        let actor = &mut self.actor;
        match role {
            ActorColumn::Name => actor.name = text,
            ActorColumn::Id => self.source_id = Some(text),
            ActorColumn::Kind => {
                let (kind, category) = kind_from_type(&text);
                if let Some(kind) = kind {
                    actor.kind = kind;
                }
                if actor.category.is_empty()
                    && let Some(category) = category
                {
                    actor.category = category;
                }
            }
            ActorColumn::Category if own => actor.category = category_from_label(&text),
            ActorColumn::Category => actor.category = category_from_text(&text),
            ActorColumn::Support => {
                let scale = self.mapping.support_scale;
                self.support =
                    self.axis_value(cell, "support", scale, |u| u * 2.0 - 1.0, support_from_text);
            }
            ActorColumn::Influence => {
                let scale = self.mapping.influence_scale;
                self.influence =
                    self.axis_value(cell, "influence", scale, |u| u, influence_from_text);
            }
            ActorColumn::Slice => {
                self.slice = slice_from_text(&text);
                if self.slice.is_none() {
                    self.problem(format!(
                        "\"{text}\" is not a slice of the spectrum; the actor waits in the tray"
                    ));
                }
            }
            ActorColumn::Tags if own => actor.tags.extend(split_list(&text)),
            ActorColumn::Tags => {
                for tag in text.split(['|', ';', ',']).map(str::trim) {
                    if !tag.is_empty() && !actor.tags.iter().any(|t| t == tag) {
                        actor.tags.push(tag.to_owned());
                    }
                }
            }
            ActorColumn::Notes => {
                if !actor.notes.is_empty() {
                    actor.notes.push_str("\n\n");
                }
                // Other tools write HTML; powermap's own notes are the user's text as typed.
                actor
                    .notes
                    .push_str(&if own { text } else { plain_text(&text) });
            }
            ActorColumn::Group => self.group = Some(text),
            ActorColumn::Link if own => actor.links.extend(split_list(&text)),
            ActorColumn::Link => self.links(header, &text),
            ActorColumn::Contact => actor.contact = text,
            ActorColumn::Uncertain => actor.uncertain = is_yes(&text),
            ActorColumn::Us => actor.is_us = is_yes(&text),
            ActorColumn::Other => {
                if self.mapping.keep_other_columns {
                    self.other_lines
                        .push(format!("{header}: {}", plain_text(&text)));
                }
            }
            ActorColumn::Skip => {}
        }
    }

    /// Web and image addresses, separated by `|`; images inside the file are left out.
    fn links(&mut self, header: &str, text: &str) {
        for link in text.split('|').map(str::trim).filter(|l| !l.is_empty()) {
            if link.starts_with("data:") {
                self.problem(format!(
                    "\"{header}\" holds an image inside the file; it was left out"
                ));
            } else if !self.actor.links.iter().any(|l| l == link) {
                self.actor.links.push(link.to_owned());
            }
        }
    }

    /// The finished actor (or `None` without a name), placed only where the row says where.
    fn finish(
        mut self,
        row: usize,
        problems: &mut Vec<Problem>,
    ) -> Option<(Actor, Option<String>, Option<String>)> {
        problems.append(&mut self.problems);
        if self.actor.name.trim().is_empty() {
            problems.push(Problem::new(
                self.place,
                "has no name; it was left out".to_owned(),
            ));
            return None;
        }
        let mut actor = self.actor;
        if !self.other_lines.is_empty() {
            if !actor.notes.is_empty() {
                actor.notes.push_str("\n\n");
            }
            actor.notes.push_str(&self.other_lines.join("\n"));
        }
        if let Some(id) = &self.source_id {
            actor.id = ActorId(format!("{}{id}", self.mapping.id_prefix));
        }
        // Nothing is placed by guesswork: without both numbers the room places the actor.
        if let (Some(s), Some(i)) = (self.support, self.influence) {
            actor.position = Position::clamped(s, i);
        } else {
            actor.parked = true;
            actor.position =
                Position::clamped(self.support.unwrap_or(0.0), self.influence.unwrap_or(0.5));
        }
        actor.spectrum = self.slice.map(|slice| {
            // Spread over the wedge, the same way every time, so they do not stack.
            let spread = |k: usize| ((k * 37 + 11) % 80) as f32 / 100.0 + 0.1;
            SpectrumPlacement {
                slice,
                across: spread(row),
                out: spread(row / 3 + 5),
            }
        });
        Some((actor, self.source_id, self.group))
    }
}

/// Turn the mapped sheets into actors and relationships. Rows without a name, numbers out of
/// range and relationships to actors that are not there are reported, never guessed at.
pub fn build(tables: &[Table], mapping: &Mapping) -> Imported {
    let mut imported = Imported::default();
    let Some(sheet) = tables.get(mapping.actor_sheet) else {
        return imported;
    };
    let place = |row: usize| format!("{} row {}", sheet.name, sheet.row_numbers[row]);
    // Where each source id and each (lower-case) name leads, for relationships and groups.
    let mut by_source_id: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // (row, the group's name, the member's index)
    let mut groups: Vec<(usize, String, usize)> = Vec::new();
    let own = written_by_powermap(&sheet.headers);
    for (r, row) in sheet.rows.iter().enumerate() {
        let mut reader = RowReader::new(mapping, own, place(r));
        for (c, cell) in row.iter().enumerate() {
            let role = mapping
                .actor_columns
                .get(c)
                .copied()
                .unwrap_or(ActorColumn::Skip);
            if !cell.is_empty() && role != ActorColumn::Skip {
                reader.read(role, &sheet.headers[c], cell);
            }
        }
        let Some((actor, source_id, group)) = reader.finish(r, &mut imported.problems) else {
            continue;
        };
        let index = imported.actors.len();
        if let Some(id) = source_id {
            by_source_id.entry(id).or_insert(index);
        }
        by_name
            .entry(actor.name.trim().to_lowercase())
            .or_insert(index);
        if let Some(group) = group {
            groups.push((r, group, index));
        }
        imported.actors.push(actor);
    }
    for (row, group, index) in groups {
        match by_name.get(&group.trim().to_lowercase()) {
            Some(&parent) if parent != index => {
                imported.actors[index].parent = Some(imported.actors[parent].id.clone());
            }
            _ => imported.problems.push(Problem::new(
                place(row),
                format!("belongs to \"{group}\", which is not among the actors; left unlinked"),
            )),
        }
    }
    if let Some(relations) = mapping.relation_sheet.and_then(|r| tables.get(r)) {
        let find = |text: &str| {
            by_source_id
                .get(text)
                .or_else(|| by_name.get(&text.trim().to_lowercase()))
                .copied()
        };
        build_relationships(relations, mapping, &find, &mut imported);
    }
    imported
}

fn build_relationships(
    sheet: &Table,
    mapping: &Mapping,
    find: &dyn Fn(&str) -> Option<usize>,
    imported: &mut Imported,
) {
    let column = |role: RelationColumn| mapping.relation_columns.iter().position(|&c| c == role);
    let (Some(from_column), Some(to_column)) =
        (column(RelationColumn::From), column(RelationColumn::To))
    else {
        if !sheet.rows.is_empty() {
            imported.problems.push(Problem::new(
                sheet.name.clone(),
                "no column was chosen as \"From\" and \"To\"; no relationships were imported"
                    .to_owned(),
            ));
        }
        return;
    };
    // Powermap's own file: cells exactly as written, an empty label stays empty.
    let own = written_by_powermap(&sheet.headers);
    for (r, row) in sheet.rows.iter().enumerate() {
        let place = format!("{} row {}", sheet.name, sheet.row_numbers[r]);
        let text = |c: usize| {
            let text = row[c].text();
            if own {
                unneutralised(&text).to_owned()
            } else {
                text
            }
        };
        let (from_text, to_text) = (text(from_column), text(to_column));
        let (from, to) = match (find(&from_text), find(&to_text)) {
            (Some(from), Some(to)) => (from, to),
            (from, _) => {
                let missing = if from.is_none() { from_text } else { to_text };
                imported.problems.push(Problem::new(
                    place,
                    format!("no actor \"{missing}\" to connect; the relationship was left out"),
                ));
                continue;
            }
        };
        if from == to {
            imported.problems.push(Problem::new(
                place,
                "connects an actor to itself; left out".to_owned(),
            ));
            continue;
        }
        let kind_text = column(RelationColumn::Type).map(text).unwrap_or_default();
        let label = match column(RelationColumn::Label) {
            Some(c) if own => text(c),
            labelled => labelled
                .map(|c| plain_text(&text(c)))
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| kind_text.clone()),
        };
        let mut relationship = Relationship::new(
            imported.actors[from].id.clone(),
            imported.actors[to].id.clone(),
            kind_from_connection(&kind_text),
        );
        let named_tie = column(RelationColumn::Tie).and_then(|c| {
            let text = text(c).to_lowercase();
            crate::model::Tie::ALL
                .into_iter()
                .find(|t| t.label().to_lowercase() == text)
        });
        relationship.tie =
            named_tie.unwrap_or_else(|| tie_from_connection(&format!("{kind_text} {label}")));
        relationship.label = label;
        if let Some(id) = column(RelationColumn::Id)
            .map(text)
            .filter(|t| !t.is_empty())
        {
            relationship.id = RelationshipId(format!("{}{id}", mapping.id_prefix));
        }
        imported.relationships.push(relationship);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_guessed_from_the_values_and_map_onto_the_axes() {
        assert_eq!(Scale::guess([1.0, 3.0, 5.0].into_iter()), Scale::OneToFive);
        assert_eq!(Scale::guess([0.0, 7.0].into_iter()), Scale::ZeroToTen);
        assert_eq!(Scale::guess([12.0, 80.0].into_iter()), Scale::ZeroToHundred);
        assert_eq!(Scale::guess([-0.5, 0.2].into_iter()), Scale::MinusOneToOne);
        assert_eq!(Scale::OneToFive.unit(3.0), Some(0.5));
        assert_eq!(Scale::ZeroToTen.unit(11.0), None);
    }

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
    fn html_is_taken_out_of_descriptions() {
        assert_eq!(
            plain_text("<strong>Anakin</strong> &amp; <a href=\"x\">Wikia</a>"),
            "Anakin & Wikia"
        );
    }
}
