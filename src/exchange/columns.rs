//! The mapping step: what each column of a sheet means, on which scale its numbers are, and
//! turning rows into actors and relationships with a reason for every row that could not be.

use super::csv_out::{split_list, unneutralised, written_by_powermap};
use super::fold::fold;
use super::guess::{category_from_label, kind_from_connection, tie_from_connection};
use super::scale::{Scale, split_unit};
use super::table::{Cell, Table};
use super::values::ValueChoices;
use super::vocabulary::{attitude_of_key, header_role, influence_word, slice_support};
use super::{Imported, Problem};
use crate::model::{Actor, ActorId, Position, Relationship, RelationshipId, SpectrumPlacement};
use crate::words::ui;
use std::collections::HashMap;

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
        self.support_scale = self
            .column_scale(actors, ActorColumn::Support)
            .unwrap_or(Scale::ZERO_TO_TEN);
        self.influence_scale = self
            .column_scale(actors, ActorColumn::Influence)
            .unwrap_or(Scale::ZERO_TO_TEN);
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

    /// The scale of the column that holds `role`: the one its header names, else the
    /// smallest common one that holds its values (`None` without such a column).
    pub fn column_scale(&self, table: &Table, role: ActorColumn) -> Option<Scale> {
        let column = self.column_of(role)?;
        let header = table.headers.get(column)?;
        let mut values = table.rows.iter().filter_map(|row| row[column].number());
        if let (_, Some(scale)) = split_unit(header) {
            // A spreadsheet's percent cell holds the fraction it shows as a percentage.
            let fractions = scale == Scale::ZERO_TO_HUNDRED
                && values.clone().any(|v| v > 0.0)
                && values.all(|v| (0.0..=1.0).contains(&v));
            return Some(if fractions { Scale::ZERO_TO_ONE } else { scale });
        }
        let guessed = Scale::guess(values);
        // Support runs from opposed to supportive: values within 1 are powermap's own −1..1.
        Some(
            if role == ActorColumn::Support && guessed == Scale::ZERO_TO_ONE {
                Scale::MINUS_ONE_TO_ONE
            } else {
                guessed
            },
        )
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

/// Share of a column's filled cells that must be numbers for it to be read as numbers.
const NUMERIC_SHARE: f64 = 0.8;

/// Settle the roles headers suggested against what the columns hold: one column per role
/// that only one may hold (the first), and a slice column of numbers read as support.
fn settle_roles(table: &Table, roles: &mut [ActorColumn]) {
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
    // The quote mark is written by its code so that tests/words_in_code.rs, which reads
    // string literals from quote to quote, still finds the message ids further down.
    out.replace("&quot;", "\u{22}")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .trim()
        .to_owned()
}

/// The axis a number or word of a row places an actor on.
#[derive(Clone, Copy)]
enum Axis {
    Support,
    Influence,
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
        axis: Axis,
        scale: Scale,
        from_unit: fn(f32) -> f32,
        word: &dyn Fn(&str) -> Option<f32>,
    ) -> Option<f32> {
        let text = cell.text();
        if let Some(n) = cell.number() {
            let unit = scale.unit(n).map(from_unit);
            if unit.is_none() {
                let id = match axis {
                    Axis::Support => "value-support-outside",
                    Axis::Influence => "value-influence-outside",
                };
                let scale = scale.label();
                self.problem(ui().with(id, &[("value", &text), ("scale", &scale)]));
            }
            return unit;
        }
        let value = word(&text);
        if value.is_none() {
            let id = match axis {
                Axis::Support => "value-support-unknown",
                Axis::Influence => "value-influence-unknown",
            };
            self.problem(ui().with(id, &[("value", &text)]));
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
            self.problem(ui().with(
                "value-formula-kept",
                &[("header", header), ("formula", &text)],
            ));
        }
        let actor = &mut self.actor;
        match role {
            ActorColumn::Name => actor.name = text,
            ActorColumn::Id => self.source_id = Some(text),
            ActorColumn::Kind => {
                let (kind, category) = self.mapping.values.kind(&text);
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
            ActorColumn::Category => actor.category = self.mapping.values.category(&text),
            ActorColumn::Support => {
                let (scale, values) = (self.mapping.support_scale, &self.mapping.values);
                self.support =
                    self.axis_value(cell, Axis::Support, scale, |u| u * 2.0 - 1.0, &|w| {
                        values.support(w)
                    });
            }
            ActorColumn::Influence => {
                let scale = self.mapping.influence_scale;
                self.influence =
                    self.axis_value(cell, Axis::Influence, scale, |u| u, &influence_word);
            }
            ActorColumn::Slice => {
                self.slice = self.mapping.values.slice(&text);
                if self.slice.is_none() {
                    self.problem(ui().with("value-not-a-slice", &[("value", &text)]));
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
                self.problem(ui().with("value-image-left-out", &[("header", header)]));
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
                ui().get("read-row-no-name").to_owned(),
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
        // Support from the slice's words only when the user chose so.
        if self.support.is_none() && self.mapping.support_from_slice {
            self.support = self.slice.map(slice_support);
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
    let place = |row: usize| sheet.row_place(row);
    // Where each source id and each (lower-case) name leads, for relationships and groups.
    let mut by_source_id: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // (row, the group's name, the member's index)
    let mut groups: Vec<(usize, String, usize)> = Vec::new();
    let own = written_by_powermap(&sheet.headers);
    imported.problems.extend(sheet.problems().cloned());
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
                ui().with("read-group-missing", &[("group", &group)]),
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
                ui().get("column-no-from-to").to_owned(),
            ));
        }
        return;
    };
    imported.problems.extend(sheet.problems().cloned());
    // Powermap's own file: cells exactly as written, an empty label stays empty.
    let own = written_by_powermap(&sheet.headers);
    for (r, row) in sheet.rows.iter().enumerate() {
        let place = sheet.row_place(r);
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
                    ui().with("read-no-actor-to-connect", &[("actor", &missing)]),
                ));
                continue;
            }
        };
        if from == to {
            imported.problems.push(Problem::new(
                place,
                ui().get("read-self-relationship").to_owned(),
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
                .find(|&t| crate::words::Words::english().tie(t).to_lowercase() == text)
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
    use crate::exchange::SourceFormat;

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

    #[test]
    fn html_is_taken_out_of_descriptions() {
        assert_eq!(
            plain_text("<strong>Anakin</strong> &amp; <a href=\"x\">Wikia</a>"),
            "Anakin & Wikia"
        );
    }
}
