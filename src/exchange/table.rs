//! A sheet of rows and columns, the common ground of every import: CSV files, spreadsheet
//! sheets, and the elements and connections of Kumu and Oligrapher maps all become tables.

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

/// A named sheet: a header row and the rows under it, each as long as the header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The sheet's name ("Elements", "Nodes"), or the file's for a CSV file.
    pub name: String,
    /// The column headers, trimmed.
    pub headers: Vec<String>,
    /// The rows under the header; `row_numbers[i]` is where row `i` sits in the source.
    pub rows: Vec<Vec<Cell>>,
    /// The number users see for each row (the line or spreadsheet row), for messages.
    pub row_numbers: Vec<usize>,
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

    /// The column whose header is `name`, ignoring case and surrounding spaces.
    pub fn column(&self, name: &str) -> Option<usize> {
        let wanted = name.trim().to_lowercase();
        self.headers.iter().position(|h| h.to_lowercase() == wanted)
    }
}

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
