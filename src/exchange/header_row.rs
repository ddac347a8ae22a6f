//! Where the table is in a sheet people keep: the header row below titles, notes and blank
//! rows, and the total and subtotal rows at the end that are sums, not actors.

use super::columns::ActorColumn;
use super::fold::fold;
use super::scale::split_unit;
use super::table::Cell;
use super::vocabulary::header_role;

/// A row of a sheet and the number users see for it.
pub type Numbered = (usize, Vec<Cell>);

/// How far down a header row is looked for.
const HEADER_SEARCH_ROWS: usize = 30;
/// How many rows below a candidate header are compared with it.
const ROWS_COMPARED: usize = 5;

/// The index of the row that heads the table: the first row of two or more text cells, none
/// of them a number, above rows of data, that either names a column powermap knows or spans at
/// least half the width of the data under it. Titles and notes (one cell, however wide it was
/// merged) never qualify. Without such a row, the first row that is not empty.
pub fn find_header_row(rows: &[Numbered]) -> usize {
    let filled = |row: &[Cell]| row.iter().filter(|c| !c.is_empty()).count();
    let first_used = rows.iter().position(|(_, r)| filled(r) > 0).unwrap_or(0);
    for (index, (_, row)) in rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let width = filled(row);
        if width < 2 || row.iter().any(|c| matches!(c, Cell::Number(_))) {
            continue;
        }
        let below: Vec<usize> = rows[index + 1..]
            .iter()
            .map(|(_, r)| filled(r))
            .filter(|&n| n > 0)
            .take(ROWS_COMPARED)
            .collect();
        let Some(&data_width) = below.iter().max() else {
            continue;
        };
        if data_width < 2 {
            continue;
        }
        let known = row.iter().any(|cell| match cell {
            Cell::Text(text) => {
                header_role(split_unit(text).0).is_some_and(|role| role != ActorColumn::Skip)
            }
            _ => false,
        });
        if known || width * 2 >= data_width {
            return index;
        }
    }
    first_used
}

/// Folded words that begin a total or subtotal row, in the six languages.
const TOTAL_WORDS: [&str; 16] = [
    "total",
    "totals",
    "subtotal",
    "sub total",
    "grand total",
    "sous total",
    "somme",
    "suma",
    "soma",
    "summe",
    "gesamt",
    "insgesamt",
    "zwischensumme",
    "totale",
    "subtotale",
    "sum",
];

/// Why a row at the end of a sheet is not an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalRow {
    /// Its first cell says "Total", "Subtotal", "Summe"... and the rest are numbers.
    Named,
    /// It holds only numbers, each the sum of its column above.
    Sums,
}

/// The indices of the total and subtotal rows at the end of `data` (the rows under the
/// header), last first, with why each is one. Blank rows between them are passed over.
pub fn trailing_totals(data: &[Numbered]) -> Vec<(usize, TotalRow)> {
    let mut totals = Vec::new();
    let mut end = data.len();
    while end > 0 {
        let index = end - 1;
        let row = &data[index].1;
        end = index;
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        match total_row(row, &data[..index]) {
            Some(kind) => totals.push((index, kind)),
            None => break,
        }
    }
    totals
}

fn total_row(row: &[Cell], above: &[Numbered]) -> Option<TotalRow> {
    let mut used = row.iter().enumerate().filter(|(_, c)| !c.is_empty());
    let (_, first) = used.clone().next()?;
    if let Cell::Text(_) = first {
        return named_total(row).then_some(TotalRow::Named);
    }
    // Subtotals above are sums too, and are not counted again.
    let counted: Vec<&Vec<Cell>> = above
        .iter()
        .map(|(_, r)| r)
        .filter(|r| !named_total(r))
        .collect();
    let sums = !counted.is_empty()
        && used.all(|(column, cell)| {
            let Cell::Number(value) = cell else {
                return false;
            };
            let sum: f64 = counted.iter().filter_map(|r| r.get(column)?.number()).sum();
            (sum - value).abs() <= 1e-9 * sum.abs().max(1.0)
        });
    sums.then_some(TotalRow::Sums)
}

/// Whether the row's first used cell is a total word and every other used cell a number.
fn named_total(row: &[Cell]) -> bool {
    let mut used = row.iter().filter(|c| !c.is_empty());
    let Some(Cell::Text(text)) = used.next() else {
        return false;
    };
    let key = fold(text);
    let named = TOTAL_WORDS
        .iter()
        .any(|w| key == *w || key.strip_prefix(w).is_some_and(|r| r.starts_with(' ')));
    named && used.all(|c| c.number().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Numbered {
        let cells = cells
            .iter()
            .map(|t| match t.parse::<f64>() {
                Ok(n) => Cell::Number(n),
                Err(_) => Cell::from_text(t),
            })
            .collect();
        (0, cells)
    }

    #[test]
    fn titles_notes_and_blank_rows_above_the_header_are_passed_over() {
        let rows = vec![
            row(&["Stakeholder register — Clean Air", "", "", ""]),
            row(&["Prepared by the team", "", "", ""]),
            row(&["", "", "", ""]),
            row(&["Stakeholder", "Type", "Support (0-10)", "Influence (0-10)"]),
            row(&["Parents' council", "Group", "8", "4"]),
            row(&["City hall", "Institution", "3", "9"]),
        ];
        assert_eq!(find_header_row(&rows), 3);
        let plain = vec![row(&["Name", "Type"]), row(&["A", "NGO"])];
        assert_eq!(find_header_row(&plain), 0);
        let one_column = vec![row(&["Name"]), row(&["A"]), row(&["B"])];
        assert_eq!(find_header_row(&one_column), 0);
        let unknown_words = vec![row(&["Org", "Score A", "Score B"]), row(&["X", "1", "2"])];
        assert_eq!(find_header_row(&unknown_words), 0);
        let note_pair = vec![
            row(&["Updated", "12 October"]),
            row(&["Who", "What", "Support", "Influence", "Owner", "Next step"]),
            row(&["A", "NGO", "1", "2", "Jo", "Call"]),
        ];
        assert_eq!(find_header_row(&note_pair), 1);
    }

    #[test]
    fn totals_and_subtotals_at_the_end_are_found_and_actors_named_total_are_not() {
        let data = vec![
            row(&["Parents' council", "Group", "8", "4"]),
            row(&["City hall", "Institution", "3", "9"]),
            row(&["TotalEnergies", "Company", "1", "9"]),
            row(&["", "", "", ""]),
            row(&["Subtotal (schools)", "", "8", "4"]),
            row(&["", "", "12", "22"]),
            row(&["Total", "", "12", "22"]),
        ];
        let totals = trailing_totals(&data);
        assert_eq!(
            totals,
            vec![
                (6, TotalRow::Named),
                (5, TotalRow::Sums),
                (4, TotalRow::Named)
            ]
        );
        let actor_last = vec![
            row(&["A", "NGO", "1", "2"]),
            row(&["Total Energies", "Company", "1", "9"]),
        ];
        assert!(trailing_totals(&actor_last).is_empty());
    }
}
