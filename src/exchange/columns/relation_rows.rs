//! Rows of the relationships' sheet become relationships between the actors already read.

use super::rows::plain_text;
use super::{Mapping, RelationColumn};
use crate::exchange::csv_out::{unneutralised, written_by_powermap};
use crate::exchange::guess::{kind_from_connection, tie_from_connection};
use crate::exchange::table::Table;
use crate::exchange::{Imported, Problem};
use crate::model::{Relationship, RelationshipId};
use crate::words::ui;

/// Read the relationships' sheet; `find` leads from an id or a name to an actor's index,
/// and `stops` is asked at each row whether to stop. Whether it read the whole sheet.
pub(super) fn build_relationships(
    sheet: &Table,
    mapping: &Mapping,
    find: &dyn Fn(&str) -> Option<usize>,
    stops: &dyn Fn(usize) -> bool,
    imported: &mut Imported,
) -> bool {
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
        return true;
    };
    imported.problems.extend(sheet.problems().cloned());
    // Powermap's own file: cells exactly as written, an empty label stays empty.
    let own = written_by_powermap(&sheet.headers);
    for (r, row) in sheet.rows.iter().enumerate() {
        if stops(r) {
            return false;
        }
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
    true
}
