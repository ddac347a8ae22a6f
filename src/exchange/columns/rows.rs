//! Rows of the actors' sheet become actors, each cell read by its column's role; then groups
//! are joined up and the relationships' sheet is read against the actors found.

use super::relation_rows::build_relationships;
use super::{ActorColumn, Mapping};
use crate::exchange::csv_out::{split_list, unneutralised, written_by_powermap};
use crate::exchange::guess::category_from_label;
use crate::exchange::scale::Scale;
use crate::exchange::table::{Cell, Table};
use crate::exchange::vocabulary::{influence_word, slice_support};
use crate::exchange::{Imported, Problem};
use crate::model::{Actor, ActorId, Position, SpectrumPlacement, Unwatched, Watch, watch_stops};
use crate::words::ui;
use std::collections::HashMap;

fn is_yes(text: &str) -> bool {
    matches!(
        text.trim().to_lowercase().as_str(),
        "yes" | "true" | "x" | "1" | "y"
    )
}

/// Take HTML tags out of a description (Onodo writes them) and decode the common entities.
pub(super) fn plain_text(text: &str) -> String {
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
    // The quote mark is written by its code so that tests/suite/words_in_code.rs, which reads
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
    build_watched(tables, mapping, &Unwatched).expect("unwatched work never stops")
}

/// [`build`], telling `watch` how many rows of both sheets are read; `None` when it asked
/// to stop.
pub fn build_watched(tables: &[Table], mapping: &Mapping, watch: &dyn Watch) -> Option<Imported> {
    let mut imported = Imported::default();
    let Some(sheet) = tables.get(mapping.actor_sheet) else {
        return Some(imported);
    };
    let relations = mapping.relation_sheet.and_then(|r| tables.get(r));
    let total = sheet.rows.len() + relations.map_or(0, |r| r.rows.len());
    let place = |row: usize| sheet.row_place(row);
    // Where each source id and each (lower-case) name leads, for relationships and groups.
    let mut by_source_id: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // (row, the group's name, the member's index)
    let mut groups: Vec<(usize, String, usize)> = Vec::new();
    let own = written_by_powermap(&sheet.headers);
    imported.problems.extend(sheet.problems().cloned());
    for (r, row) in sheet.rows.iter().enumerate() {
        if watch_stops(watch, r, total) {
            return None;
        }
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
    if let Some(relations) = relations {
        let find = |text: &str| {
            by_source_id
                .get(text)
                .or_else(|| by_name.get(&text.trim().to_lowercase()))
                .copied()
        };
        let rows_before = sheet.rows.len();
        let watched = |r: usize| watch_stops(watch, rows_before + r, total);
        if !build_relationships(relations, mapping, &find, &watched, &mut imported) {
            return None;
        }
    }
    watch.advanced(total, total);
    Some(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_taken_out_of_descriptions() {
        assert_eq!(
            plain_text("<strong>Anakin</strong> &amp; <a href=\"x\">Wikia</a>"),
            "Anakin & Wikia"
        );
    }
}
