//! Measuring the sheets of .ods and .xls workbooks before calamine reads them: it reads every
//! sheet of these whole as a dense grid when opening them, so a few bytes naming a far-away
//! cell (or, in .xls, a sheet's claimed dimensions) would make it allocate gigabytes. Each
//! scan follows the file the way calamine will and errs on the large side.

use super::ImportError;
use super::workbook::check_area;
use crate::words::ui;
use quick_xml::events::{BytesStart, Event};
use std::io::{Cursor, Read};

fn sheet_error(error: impl std::fmt::Display) -> ImportError {
    ImportError::Sheet(error.to_string())
}

/// calamine's own limits on an .ods sheet's rows and columns.
const ODS_MAX_ROWS: usize = 1_048_576;
const ODS_MAX_COLUMNS: usize = 16_384;

/// The whole number in attribute `name` of `element`, if it has one.
fn number_attribute(element: &BytesStart<'_>, name: &str) -> Option<usize> {
    element
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.value.trim().parse().ok())
}

/// Whether a cell element holds something calamine keeps: a value, a formula, or content.
fn cell_is_used(element: &BytesStart<'_>, has_content: bool) -> bool {
    has_content
        || element.attributes().with_checks(false).flatten().any(|a| {
            let key = a.key.as_ref();
            key.starts_with("office:") || key == "table:formula"
        })
}

/// The size of one .ods table as calamine will build it.
#[derive(Default)]
struct OdsTable {
    name: String,
    /// Rows so far, repeats counted.
    rows: usize,
    /// Cells of the row being read, up to its last used one.
    row_width: usize,
    /// Cells of the row being read, empty ones included.
    row_column: usize,
    row_repeats: usize,
    /// Cells calamine collects row by row before it builds the grid.
    collected: usize,
    first_used_row: Option<usize>,
    end_of_used_rows: usize,
    widest: usize,
}

impl OdsTable {
    fn start_row(&mut self, element: &BytesStart<'_>) {
        let repeats = number_attribute(element, "table:number-rows-repeated").unwrap_or(1);
        self.row_repeats = repeats.min(ODS_MAX_ROWS.saturating_sub(self.rows));
        self.row_width = 0;
        self.row_column = 0;
    }

    fn cell(&mut self, element: &BytesStart<'_>, has_content: bool) {
        let repeats = number_attribute(element, "table:number-columns-repeated").unwrap_or(1);
        let repeats = repeats.min(ODS_MAX_COLUMNS.saturating_sub(self.row_column));
        self.row_column += repeats;
        if cell_is_used(element, has_content) {
            self.row_width = self.row_column;
        }
    }

    fn end_row(&mut self) {
        self.collected = self.collected.saturating_add(self.row_width);
        if self.row_width > 0 {
            self.first_used_row.get_or_insert(self.rows);
            self.end_of_used_rows = self.rows + self.row_repeats;
            self.widest = self.widest.max(self.row_width);
        }
        self.rows += self.row_repeats;
        self.row_width = 0;
        self.row_column = 0;
    }

    /// Rows and columns of the grid calamine builds, at most.
    fn extent(&self) -> (usize, usize) {
        let rows = self
            .first_used_row
            .map_or(0, |first| self.end_of_used_rows - first);
        (rows, self.widest)
    }
}

/// Refuse an .ods workbook whose tables calamine would build too large.
pub fn scan_ods(bytes: &[u8], limit: usize) -> Result<(), ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(sheet_error)?;
    let content = archive.by_name("content.xml").map_err(sheet_error)?;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut budget = limit;
    let mut table: Option<OdsTable> = None;
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        let event = reader.read_event_into(&mut buffer).map_err(sheet_error)?;
        let has_content = matches!(event, Event::Start(_));
        match (&event, table.as_mut()) {
            (Event::Start(e) | Event::Empty(e), _) if e.name().as_ref() == "table:table" => {
                let name = e
                    .attributes()
                    .with_checks(false)
                    .flatten()
                    .find(|a| a.key.as_ref() == "table:name")
                    .map(|a| a.value.into_owned())
                    .unwrap_or_default();
                table = Some(OdsTable {
                    name,
                    ..OdsTable::default()
                });
            }
            (Event::Start(e), Some(t)) if e.name().as_ref() == "table:table-row" => {
                t.start_row(e);
            }
            (Event::Empty(e), Some(t)) if e.name().as_ref() == "table:table-row" => {
                t.start_row(e);
                t.end_row();
            }
            (Event::End(e), Some(t)) if e.name().as_ref() == "table:table-row" => t.end_row(),
            (Event::Start(e) | Event::Empty(e), Some(t))
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                t.cell(e, has_content);
            }
            (Event::End(e), Some(t)) if e.name().as_ref() == "table:table" => {
                let (rows, columns) = t.extent();
                // The collected cells and the grid are both held while the grid is built.
                let cells = rows.saturating_mul(columns).max(t.collected);
                let wide = cells.div_ceil(rows.max(1));
                check_area(&t.name, rows, wide, &mut budget)?;
                table = None;
            }
            (Event::Eof, _) => return Ok(()),
            _ => {}
        }
    }
}

/// BIFF record types that put a cell (or a formula) where calamine collects it.
const XLS_CELL_RECORDS: &[u16] = &[
    0x0006, // Formula
    0x0203, // Number
    0x0204, // Label
    0x00D6, // RString
    0x0205, // BoolErr
    0x027E, // Rk
    0x00FD, // LabelSst
    0x00BD, // MulRk
];
const XLS_BOF: u16 = 0x0809;
const XLS_EOF: u16 = 0x000A;
const XLS_BOUND_SHEET: u16 = 0x0085;
const XLS_DIMENSIONS: u16 = 0x0200;

/// The BIFF records of a stream from its start: type and data.
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut rest = stream;
    std::iter::from_fn(move || {
        let header = rest.get(..4)?;
        let kind = u16::from_le_bytes([header[0], header[1]]);
        let len = usize::from(u16::from_le_bytes([header[2], header[3]]));
        let data = rest.get(4..4 + len)?;
        rest = &rest[4 + len..];
        Some((kind, data))
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes(
        data.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// Rows and columns calamine reserves cells for from a sheet's Dimensions record, computed as
/// it does (with its wrapping arithmetic), so a record that claims a vast or inverted area is
/// caught.
fn claimed_extent(data: &[u8]) -> (usize, usize) {
    let parsed = match data.len() {
        10 => u16_at(data, 0)
            .zip(u16_at(data, 2))
            .zip(u16_at(data, 4).zip(u16_at(data, 6))),
        14 | 16 => u32_at(data, 0)
            .zip(u32_at(data, 4))
            .zip(u16_at(data, 8).zip(u16_at(data, 10))),
        _ => None,
    };
    let Some(((first_row, row_end), (mut first_col, col_end))) = parsed else {
        return (0, 0);
    };
    if first_col > 0xFF || col_end < first_col {
        first_col = 0;
    }
    if row_end < 1 || col_end < 1 {
        return (1, 1);
    }
    let rows = (row_end - 1).wrapping_sub(first_row).wrapping_add(1) as usize;
    let cols = (col_end - 1).wrapping_sub(first_col).wrapping_add(1) as usize;
    (rows, cols)
}

/// A sheet's name from its `BoundSheet8` record (BIFF8: a count, a flag for two-byte
/// characters, the characters).
fn sheet_name(data: &[u8]) -> Option<String> {
    let count = usize::from(*data.get(6)?);
    let chars = data.get(8..)?;
    if data.get(7)? & 1 == 1 {
        let units: Vec<u16> = chars
            .get(..count * 2)?
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        Some(String::from_utf16_lossy(&units))
    } else {
        Some(chars.get(..count)?.iter().map(|&b| char::from(b)).collect())
    }
}

/// First and last rows and columns used by the cells of one sheet.
#[derive(Default)]
struct Span(Option<((u32, u32), (u32, u32))>);

impl Span {
    fn add(&mut self, row: u32, first_col: u32, last_col: u32) {
        let ((top, left), (bottom, right)) = self.0.unwrap_or(((row, first_col), (row, last_col)));
        self.0 = Some((
            (top.min(row), left.min(first_col)),
            (bottom.max(row), right.max(last_col)),
        ));
    }

    fn extent(&self) -> (usize, usize) {
        self.0.map_or((0, 0), |((top, left), (bottom, right))| {
            ((bottom - top) as usize + 1, (right - left) as usize + 1)
        })
    }
}

/// Refuse an .xls workbook whose sheets calamine would build too large, or whose sheets claim
/// dimensions calamine would reserve too much for.
pub fn scan_xls(bytes: &[u8], limit: usize) -> Result<(), ImportError> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(sheet_error)?;
    let path = ["/Workbook", "/Book"]
        .into_iter()
        .find(|p| file.is_stream(p))
        .ok_or_else(|| ImportError::Sheet(ui().get("read-no-workbook-inside").to_owned()))?;
    let mut stream = Vec::new();
    // A stream cannot be longer than the file that holds it.
    file.open_stream(path)
        .map_err(sheet_error)?
        .take(bytes.len() as u64)
        .read_to_end(&mut stream)
        .map_err(sheet_error)?;
    let mut sheets = Vec::new();
    for (kind, data) in records(&stream) {
        match kind {
            XLS_BOUND_SHEET => {
                if let Some(start) = u32_at(data, 0) {
                    let name = sheet_name(data).unwrap_or_else(|| {
                        let number = (sheets.len() + 1).to_string();
                        ui().with("read-sheet-untitled", &[("number", &number)])
                    });
                    sheets.push((name, start));
                }
            }
            XLS_EOF => break,
            _ => {}
        }
    }
    let mut budget = limit;
    for (name, start) in sheets {
        let Some(sheet) = stream.get(start as usize..) else {
            continue;
        };
        let (mut cells, mut formulas) = (Span::default(), Span::default());
        let mut claimed = (0usize, 0usize);
        let (mut seen_bof, mut depth) = (false, 0usize);
        for (kind, data) in records(sheet) {
            // Embedded charts are substreams calamine skips.
            if depth > 0 {
                match kind {
                    XLS_BOF => depth += 1,
                    XLS_EOF => depth -= 1,
                    _ => {}
                }
                continue;
            }
            match kind {
                XLS_BOF if seen_bof => depth += 1,
                XLS_BOF => seen_bof = true,
                XLS_EOF => break,
                XLS_DIMENSIONS => {
                    let (rows, cols) = claimed_extent(data);
                    if rows.saturating_mul(cols) > claimed.0.saturating_mul(claimed.1) {
                        claimed = (rows, cols);
                    }
                }
                0x00BD => {
                    if let (Some(row), Some(first)) = (u16_at(data, 0), u16_at(data, 2)) {
                        let count = data.len().saturating_sub(6) / 6;
                        let last = first + u32::try_from(count.max(1)).unwrap_or(u32::MAX) - 1;
                        cells.add(row, first, last.max(first));
                    }
                }
                kind if XLS_CELL_RECORDS.contains(&kind) => {
                    if let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) {
                        cells.add(row, col, col);
                        if kind == 0x0006 {
                            formulas.add(row, col, col);
                        }
                    }
                }
                _ => {}
            }
        }
        let (rows, cols) = cells.extent();
        let (formula_rows, formula_cols) = formulas.extent();
        // The reserved cells, the grid and the formulas' grid are all held at once; the
        // refusal names the larger of the claimed and the used rows.
        let total = (claimed.0.saturating_mul(claimed.1))
            .saturating_add(rows.saturating_mul(cols))
            .saturating_add(formula_rows.saturating_mul(formula_cols));
        let rows = rows.max(claimed.0);
        check_area(&name, rows, total.div_ceil(rows.max(1)), &mut budget)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claimed_dimensions_are_read_as_calamine_reads_them() {
        let biff8 = |first_row: u32, row_end: u32, first_col: u16, col_end: u16| {
            let mut data = Vec::new();
            data.extend_from_slice(&first_row.to_le_bytes());
            data.extend_from_slice(&row_end.to_le_bytes());
            data.extend_from_slice(&first_col.to_le_bytes());
            data.extend_from_slice(&col_end.to_le_bytes());
            data.extend_from_slice(&[0, 0]);
            data
        };
        assert_eq!(claimed_extent(&biff8(0, 10, 0, 3)), (10, 3));
        // An inverted area wraps around in calamine: a vast reservation.
        assert!(claimed_extent(&biff8(100, 50, 0, 3)).0 > 1_000_000_000);
        assert_eq!(claimed_extent(&biff8(0, 70_000, 0, 255)), (70_000, 255));
        assert_eq!(claimed_extent(&[1, 2, 3]), (0, 0));
    }

    #[test]
    fn records_stop_at_a_cut_one() {
        let stream = [0x09, 0x08, 2, 0, 7, 7, 0x0A, 0x00, 9, 0];
        let found: Vec<_> = records(&stream).collect();
        assert_eq!(found, vec![(0x0809, &[7u8, 7][..])]);
    }
}
