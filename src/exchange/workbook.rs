//! Workbooks (.xlsx, .xlsb, .xls, .ods) through calamine, without letting a small file make it
//! allocate a huge grid. calamine fills every sheet as a dense grid from its first to its
//! last used cell, so one cell at XFD1048576 asks for half a terabyte. Here .xlsx and .xlsb
//! are read cell by cell and built into tables only when their area is within a budget; .ods
//! and .xls, which calamine reads whole when opening, are measured first (`workbook_scan`).
//! Zipped formats are refused when they would unpack to more than a limit, before any is.

use super::table::{Cell, Table};
use super::workbook_scan::{scan_ods, scan_xls};
use super::{ImportError, MAX_ROWS};
use crate::words::ui;
use calamine::{Data, DataRef, Reader};
use std::io::Cursor;

/// The most cells (rows times columns, empty ones between used ones included) powermap reads
/// from one workbook: 64 MB of cells, and more than the most actors it handles smoothly
/// (20,000) with a hundred columns each.
pub const MAX_CELLS: usize = 2_000_000;
/// The most a zipped workbook may unpack to: twice the largest file powermap reads.
const MAX_UNZIPPED: u64 = 2 * crate::storage::MAX_FILE_BYTES;
/// How compound (OLE) files begin: .xls workbooks.
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

fn sheet_error(error: impl std::fmt::Display) -> ImportError {
    ImportError::Sheet(error.to_string())
}

/// What went wrong reading the sheet called `name`.
fn sheet_named_error(name: &str, error: impl std::fmt::Display) -> ImportError {
    let error = error.to_string();
    ImportError::Sheet(ui().with("read-sheet-error", &[("sheet", name), ("error", &error)]))
}

/// Every sheet of a workbook, with its first used row as the header.
pub fn workbook_tables(bytes: Vec<u8>) -> Result<Vec<Table>, ImportError> {
    let mut budget = MAX_CELLS;
    if bytes.starts_with(CFB_MAGIC) {
        scan_xls(&bytes, MAX_CELLS)?;
        let mut workbook = calamine::Xls::new(Cursor::new(bytes)).map_err(sheet_error)?;
        return range_tables(&mut workbook);
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::Sheet(
            ui().get("read-not-a-workbook").to_owned(),
        ));
    }
    let names = zip_names(&bytes)?;
    if names.iter().any(|n| n == "mimetype") {
        scan_ods(&bytes, MAX_CELLS)?;
        let mut workbook = calamine::Ods::new(Cursor::new(bytes)).map_err(sheet_error)?;
        return range_tables(&mut workbook);
    }
    if names.iter().any(|n| n == "xl/workbook.bin") {
        let mut workbook = calamine::Xlsb::new(Cursor::new(bytes)).map_err(sheet_error)?;
        let mut tables = Vec::new();
        for name in workbook.sheet_names() {
            let mut cells = workbook
                .worksheet_cells_reader(&name)
                .map_err(sheet_error)?;
            let mut grid = Grid::default();
            while let Some(cell) = cells.next_cell().map_err(sheet_error)? {
                grid.add(cell.get_position(), cell.get_value(), budget);
            }
            tables.push(grid.into_table(&name, &mut budget)?);
        }
        return Ok(tables);
    }
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).map_err(sheet_error)?;
    let mut tables = Vec::new();
    for name in workbook.sheet_names() {
        let mut cells = match workbook.worksheet_cells_reader(&name) {
            Ok(cells) => cells,
            // A chart sheet holds no cells.
            Err(calamine::XlsxError::NotAWorksheet(_)) => {
                tables.push(Table::new(&name, Vec::new(), Vec::new(), 2));
                continue;
            }
            Err(e) => return Err(sheet_named_error(&name, e)),
        };
        let mut grid = Grid::default();
        while let Some(cell) = cells.next_cell().map_err(sheet_error)? {
            grid.add(cell.get_position(), cell.get_value(), budget);
        }
        tables.push(grid.into_table(&name, &mut budget)?);
    }
    Ok(tables)
}

/// The names in a zip archive, refused when its files would unpack to more than the limit.
/// The sizes are the archive's own claims, and the zip reader holds every file to its claim.
fn zip_names(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(sheet_error)?;
    let mut total: u64 = 0;
    let mut names = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        let file = archive.by_index_raw(index).map_err(sheet_error)?;
        total = total.saturating_add(file.size());
        names.push(file.name().map_err(sheet_error)?.into_owned());
    }
    if total > MAX_UNZIPPED {
        return Err(ImportError::Unpacked {
            bytes: total,
            limit: MAX_UNZIPPED,
        });
    }
    Ok(names)
}

/// The used cells of one sheet as they stream in, and the area they span; past the budget or
/// the row limit only the area is followed, so the refusal can say how large the sheet is.
#[derive(Default)]
struct Grid {
    cells: Vec<((u32, u32), Cell)>,
    /// First and last used row and column.
    span: Option<((u32, u32), (u32, u32))>,
    over: bool,
}

impl Grid {
    fn add(&mut self, (row, col): (u32, u32), value: &DataRef<'_>, budget: usize) {
        if matches!(value, DataRef::Empty) {
            return;
        }
        let ((top, left), (bottom, right)) = self.span.unwrap_or(((row, col), (row, col)));
        let span = (
            (top.min(row), left.min(col)),
            (bottom.max(row), right.max(col)),
        );
        self.span = Some(span);
        if self.over {
            return;
        }
        let (rows, cols) = extent(span);
        // A cell written twice at one place counts twice, so repeats cannot grow the list.
        if rows > MAX_ROWS + 1 || rows.saturating_mul(cols) > budget || self.cells.len() >= budget {
            self.over = true;
            self.cells = Vec::new();
            return;
        }
        self.cells
            .push(((row, col), sheet_cell(&Data::from(value.clone()))));
    }

    fn into_table(self, name: &str, budget: &mut usize) -> Result<Table, ImportError> {
        let Some(span) = self.span else {
            return Ok(Table::new(name, Vec::new(), Vec::new(), 2));
        };
        let (rows, cols) = extent(span);
        check_area(name, rows, cols, budget)?;
        if self.over {
            return Err(ImportError::TooManyCells {
                sheet: name.to_owned(),
                rows,
                columns: cols,
                limit: MAX_CELLS,
            });
        }
        let ((top, left), _) = span;
        let mut grid = vec![vec![Cell::Empty; cols]; rows];
        for ((row, col), cell) in self.cells {
            grid[(row - top) as usize][(col - left) as usize] = cell;
        }
        let numbered = grid
            .into_iter()
            .enumerate()
            .map(|(i, row)| (top as usize + 1 + i, row))
            .collect();
        Ok(Table::from_grid(name, numbered, None, Vec::new()))
    }
}

/// Rows and columns from the first to the last used cell.
fn extent(((top, left), (bottom, right)): ((u32, u32), (u32, u32))) -> (usize, usize) {
    ((bottom - top) as usize + 1, (right - left) as usize + 1)
}

/// Refuse a sheet of more rows than powermap imports, or of more cells than are left of the
/// workbook's budget; take its cells from the budget otherwise.
pub fn check_area(
    name: &str,
    rows: usize,
    cols: usize,
    budget: &mut usize,
) -> Result<(), ImportError> {
    let data_rows = rows.saturating_sub(1);
    if data_rows > MAX_ROWS {
        return Err(ImportError::TooManyRows {
            sheet: name.to_owned(),
            rows: data_rows,
            limit: MAX_ROWS,
        });
    }
    let cells = rows.saturating_mul(cols);
    if cells > *budget {
        return Err(ImportError::TooManyCells {
            sheet: name.to_owned(),
            rows,
            columns: cols,
            limit: MAX_CELLS,
        });
    }
    *budget -= cells;
    Ok(())
}

/// Every sheet of a workbook calamine has read whole (its size checked before).
fn range_tables<R: Reader<Cursor<Vec<u8>>>>(workbook: &mut R) -> Result<Vec<Table>, ImportError>
where
    R::Error: std::fmt::Display,
{
    let mut tables = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| sheet_named_error(&name, e))?;
        let first_row = range.start().map_or(1, |(row, _)| row as usize + 1);
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, row)| (first_row + i, row.iter().map(sheet_cell).collect()))
            .collect();
        tables.push(Table::from_grid(&name, rows, None, Vec::new()));
    }
    Ok(tables)
}

/// A spreadsheet cell as a cell of ours.
fn sheet_cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            Cell::from_text(text)
        }
        Data::Float(n) => Cell::Number(*n),
        #[expect(
            clippy::cast_precision_loss,
            reason = "spreadsheet whole numbers are far below 2^52"
        )]
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) => Cell::Text(d.to_string()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}
