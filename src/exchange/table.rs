//! A sheet of rows and columns, the common ground of every import: CSV files, spreadsheet
//! sheets, and the elements and connections of Kumu and Oligrapher maps all become tables.

use super::Problem;
use super::header_row::{TotalRow, find_header_row, trailing_totals};
use crate::words::ui;

/// Where the row users number `number` of `sheet` sits, for problems: "Elements row 12".
fn row_place(sheet: &str, number: usize) -> String {
    ui().with(
        "read-row",
        &[("sheet", sheet), ("row", &number.to_string())],
    )
}

/// One cell as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing there.
    Empty,
    /// Text (trimmed, except in powermap's own CSV).
    Text(String),
    /// A number.
    Number(f64),
}

impl Cell {
    /// A cell from text: empty when blank, a number when the whole text is one.
    pub fn from_text(text: &str) -> Self {
        let text = text.trim();
        if text.is_empty() {
            Self::Empty
        } else {
            Self::Text(text.to_owned())
        }
    }

    /// A cell of powermap's own CSV: the text exactly as written (its writer guarded any
    /// leading whitespace, and trailing whitespace is the user's), empty only when empty.
    pub fn verbatim(text: &str) -> Self {
        if text.is_empty() {
            Self::Empty
        } else {
            Self::Text(text.to_owned())
        }
    }

    /// The cell as text; numbers without a needless ".0".
    pub fn text(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(text) => text.clone(),
            Self::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Self::Number(n) => n.to_string(),
        }
    }

    /// The cell as a number, if it is one (also "7", "7.5", "7,5" and "70%" as text).
    pub fn number(&self) -> Option<f64> {
        match self {
            Self::Number(n) => Some(*n),
            Self::Text(text) => {
                // "70%" is read as 70: a percentage column is a 0-100 scale.
                let text = text.trim();
                let text = text.strip_suffix('%').map_or(text, str::trim);
                let value: f64 = text.replace(',', ".").parse().ok()?;
                value.is_finite().then_some(value)
            }
            Self::Empty => None,
        }
    }

    /// Whether the cell holds nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Self::Empty)
    }
}

/// A named sheet: a header row and the rows under it, and the sheet as it was read so that
/// another row can be chosen as the header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The sheet's name ("Elements", "Nodes"), or the file's for a CSV file.
    pub name: String,
    /// The column headers, trimmed; a column with no header is called by its place
    /// ("Column 6").
    pub headers: Vec<String>,
    /// The rows under the header; `row_numbers[i]` is where row `i` sits in the source.
    pub rows: Vec<Vec<Cell>>,
    /// The number users see for each row (the line or spreadsheet row), for messages.
    pub row_numbers: Vec<usize>,
    /// The number of the row the headers were read from; `None` where the source has no rows
    /// of its own (the JSON of Kumu and Oligrapher).
    pub header_row: Option<usize>,
    /// Every row of the sheet as read, and its number, for choosing another header row.
    grid: Vec<(usize, Vec<Cell>)>,
    /// What reading the file could not do cleanly (bytes the encoding does not define).
    read_problems: Vec<Problem>,
    /// The total and subtotal rows left out at the end.
    left_out: Vec<Problem>,
}

impl Table {
    /// A table from a header and rows; rows are padded or cut to the header's length, and
    /// wholly empty rows are left out. `first_row` is the number of the first data row.
    pub fn new(name: &str, headers: Vec<String>, rows: Vec<Vec<Cell>>, first_row: usize) -> Self {
        let width = headers.len();
        let mut table = Self {
            name: name.to_owned(),
            headers: headers.into_iter().map(|h| h.trim().to_owned()).collect(),
            rows: Vec::with_capacity(rows.len()),
            row_numbers: Vec::with_capacity(rows.len()),
            ..Self::default()
        };
        for (i, mut row) in rows.into_iter().enumerate() {
            row.resize(width, Cell::Empty);
            if row.iter().all(Cell::is_empty) {
                continue;
            }
            table.rows.push(row);
            table.row_numbers.push(first_row + i);
        }
        table
    }

    /// A sheet read row by row (each with the number users see), headed by the row at
    /// `header` (an index into `grid`), or by the row that looks like a header when `None`.
    /// Total and subtotal rows at the end are left out and listed (`problems`).
    pub fn from_grid(
        name: &str,
        grid: Vec<(usize, Vec<Cell>)>,
        header: Option<usize>,
        read_problems: Vec<Problem>,
    ) -> Self {
        let mut table = Self {
            name: name.to_owned(),
            grid,
            read_problems,
            ..Self::default()
        };
        let header = header.unwrap_or_else(|| find_header_row(&table.grid));
        table.head_at(header);
        table
    }

    /// The rows that could head the table: each row's number and its first cells as text,
    /// for the mapping step's menu.
    pub fn header_candidates(&self) -> Vec<(usize, String)> {
        self.grid
            .iter()
            .filter(|(_, row)| row.iter().any(|c| !c.is_empty()))
            .take(HEADER_CHOICES)
            .map(|(number, row)| {
                let cells: Vec<String> = row
                    .iter()
                    .filter(|c| !c.is_empty())
                    .take(4)
                    .map(Cell::text)
                    .collect();
                (*number, cells.join(" · "))
            })
            .collect()
    }

    /// The same sheet headed by the row users number `row_number`; `None` when no such row
    /// was read (or the source has no rows of its own).
    pub fn headed_by(&self, row_number: usize) -> Option<Self> {
        let index = self
            .grid
            .iter()
            .position(|(n, row)| *n == row_number && row.iter().any(|c| !c.is_empty()))?;
        let mut table = Self {
            name: self.name.clone(),
            grid: self.grid.clone(),
            read_problems: self.read_problems.clone(),
            ..Self::default()
        };
        table.head_at(index);
        Some(table)
    }

    /// The numbers of the first and last rows read with anything in them.
    pub fn used_rows(&self) -> Option<(usize, usize)> {
        let mut used = self
            .grid
            .iter()
            .filter(|(_, row)| row.iter().any(|c| !c.is_empty()))
            .map(|(n, _)| *n);
        let first = used.next()?;
        Some((first, used.next_back().unwrap_or(first)))
    }

    /// Where row `index` of the rows sits, for problems: "Elements row 12".
    pub fn row_place(&self, index: usize) -> String {
        row_place(&self.name, self.row_numbers[index])
    }

    /// Everything reading the sheet could not do as the file has it: undecodable bytes, and
    /// the total rows left out.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.read_problems.iter().chain(&self.left_out)
    }

    fn head_at(&mut self, header: usize) {
        let Some((header_number, header_cells)) = self.grid.get(header) else {
            return;
        };
        // Only a sheet with nothing in it has no row to head it.
        if header_cells.iter().all(Cell::is_empty) {
            return;
        }
        let data = &self.grid[header + 1..];
        let width = data
            .iter()
            .map(|(_, row)| row.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1))
            .max()
            .unwrap_or(0)
            .max(header_cells.len());
        self.header_row = Some(*header_number);
        self.headers = (0..width)
            .map(|c| {
                let text = header_cells.get(c).map(Cell::text).unwrap_or_default();
                let text = text.trim();
                if text.is_empty() {
                    let number = (c + 1).to_string();
                    ui().with("column-untitled", &[("number", &number)])
                } else {
                    text.to_owned()
                }
            })
            .collect();
        let totals = trailing_totals(data);
        let end = totals.iter().map(|&(i, _)| i).min().unwrap_or(data.len());
        self.left_out = totals
            .iter()
            .rev()
            .map(|&(i, kind)| {
                let why = ui().get(match kind {
                    TotalRow::Named => "read-total-row",
                    TotalRow::Sums => "read-sums-row",
                });
                Problem::new(row_place(&self.name, data[i].0), why.to_owned())
            })
            .collect();
        self.rows.clear();
        self.row_numbers.clear();
        for (number, row) in &data[..end] {
            if row.iter().all(Cell::is_empty) {
                continue;
            }
            let mut row = row.clone();
            row.resize(width, Cell::Empty);
            self.rows.push(row);
            self.row_numbers.push(*number);
        }
    }

    /// The column whose header is `name`, ignoring case and surrounding spaces.
    pub fn column(&self, name: &str) -> Option<usize> {
        let wanted = name.trim().to_lowercase();
        self.headers.iter().position(|h| h.to_lowercase() == wanted)
    }
}

/// How many rows the mapping step offers as the header.
const HEADER_CHOICES: usize = 30;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_from_text_in_the_usual_spellings() {
        assert_eq!(Cell::from_text(" 7 ").number(), Some(7.0));
        assert_eq!(Cell::from_text("7,5").number(), Some(7.5));
        assert_eq!(Cell::from_text("70%").number(), Some(70.0));
        assert_eq!(Cell::from_text("seven").number(), None);
        assert_eq!(Cell::from_text("NaN").number(), None);
        assert_eq!(Cell::Number(3.0).text(), "3");
    }

    #[test]
    fn empty_rows_are_left_out_and_short_rows_padded() {
        let table = Table::new(
            "t",
            vec!["Name".into(), "Type".into()],
            vec![
                vec![Cell::from_text("A")],
                vec![Cell::Empty, Cell::Empty],
                vec![Cell::from_text("B"), Cell::from_text("NGO")],
            ],
            2,
        );
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].len(), 2);
        assert_eq!(table.row_numbers, vec![2, 4]);
        assert_eq!(table.column(" name "), Some(0));
    }
}
