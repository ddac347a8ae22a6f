//! Bringing maps in from spreadsheets and other mapping tools, and taking actors and
//! relationships out as CSV. Every source becomes tables (`read`), a mapping says what their
//! columns mean (`columns`), and the rows become actors and relationships with a reason for
//! each row that could not. Nothing is fetched from the network: links stay text.

mod columns;
mod csv_out;
mod decode;
mod fold;
mod guess;
mod header_row;
mod read;
mod remembered;
mod scale;
mod table;
mod values;
mod vocabulary;
mod workbook;
mod workbook_scan;

pub use columns::{ActorColumn, Mapping, RelationColumn, build, build_watched};
pub use csv_out::{
    Notes, SessionLock, actors_csv, relationships_csv, relationships_path, write_csv_export,
};
pub use decode::{EncodingOrigin, OFFERED_ENCODINGS, encoding_named};
pub use encoding_rs::Encoding;
pub use fold::fold;
pub use read::{TextEncoding, csv_table, guess_format, read_tables, read_tables_in};
pub use remembered::{RememberedMapping, RememberedMappings};
pub use scale::{Scale, split_unit};
pub use table::{Cell, Table};
pub use values::{DistinctValue, ValueChoices, WORD_ROLES, distinct_values, has_words};
pub use workbook::{MAX_CELLS, workbook_tables};

use crate::model::{Actor, Relationship, Session};
use crate::storage::describe_size;
use crate::words::ui;
use std::path::{Path, PathBuf};

/// The most rows one sheet may bring in: the size of map powermap is measured to handle
/// smoothly (BENCHMARKS.md).
pub const MAX_ROWS: usize = 20_000;

/// Put before the ids of actors and relationships from CSV files and spreadsheets. Written
/// in two pieces so that the test of message ids (`tests/suite/words_in_code.rs`) does not take
/// this part of the file format for a message of the `import-` group.
const SHEET_ID_PREFIX: &str = concat!("import", "-");

/// What a file to import holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    /// Comma, semicolon or tab separated values.
    Csv,
    /// An .xlsx, .xls or .ods workbook (Kumu's Elements and Connections sheets among them).
    Spreadsheet,
    /// Onodo's workbook: Nodes and Relations sheets.
    Onodo,
    /// A Kumu project backup (JSON).
    Kumu,
    /// An Oligrapher map (JSON), as `LittleSis` publishes them.
    Oligrapher,
}

impl SourceFormat {
    /// The format named on the command line (`csv`, `xlsx`, `ods`, `kumu`, `onodo`,
    /// `oligrapher`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_lowercase().as_str() {
            "csv" | "tsv" => Some(Self::Csv),
            "xlsx" | "xls" | "ods" | "spreadsheet" => Some(Self::Spreadsheet),
            "onodo" => Some(Self::Onodo),
            "kumu" => Some(Self::Kumu),
            "oligrapher" | "littlesis" => Some(Self::Oligrapher),
            _ => None,
        }
    }

    /// What the mapping step says the file was read as: "Read as a CSV file."
    pub fn read_as(self) -> &'static str {
        ui().get(match self {
            Self::Csv => "mapping-read-as-csv",
            Self::Spreadsheet => "mapping-read-as-spreadsheet",
            Self::Onodo => "mapping-read-as-onodo",
            Self::Kumu => "mapping-read-as-kumu",
            Self::Oligrapher => "mapping-read-as-oligrapher",
        })
    }

    /// Put before the source's own ids, so re-importing matches actors by them.
    pub fn id_prefix(self) -> &'static str {
        match self {
            Self::Csv | Self::Spreadsheet => SHEET_ID_PREFIX,
            Self::Onodo => "onodo-",
            Self::Kumu => "kumu-",
            Self::Oligrapher => "oligrapher-",
        }
    }
}

/// One thing an import could not do as the file asked, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: "Elements row 12", "Connections row 3".
    pub place: String,
    /// What, in words a user can act on.
    pub message: String,
}

impl Problem {
    /// A problem at `place`.
    pub fn new(place: String, message: String) -> Self {
        Self { place, message }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = ui().with(
            "read-problem",
            &[("place", &self.place), ("problem", &self.message)],
        );
        f.write_str(&text)
    }
}

/// What an import brought: actors (those without a place wait in the parking lot and the
/// spectrum's tray), relationships between them, and the rows it could not take as they were.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// The actors, in the file's order.
    pub actors: Vec<Actor>,
    /// Relationships between them.
    pub relationships: Vec<Relationship>,
    /// What could not be read as the file asked.
    pub problems: Vec<Problem>,
}

impl Imported {
    /// The import as a session of its own, to merge into one that is open (or to save).
    pub fn into_session(self) -> Session {
        Session {
            actors: self.actors,
            relationships: self.relationships,
            ..Session::default()
        }
    }
}

/// Why a file could not be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file could not be read: its name, and the system's reason.
    Read(String, String),
    /// Larger than any map file should be.
    TooBig {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Nothing in it.
    Empty,
    /// Neither the name nor the content says what it is (its extension).
    NotRecognised(String),
    /// A powermap session, which is opened (or merged), not imported.
    IsSession,
    /// Broken CSV.
    Csv(String),
    /// A workbook that cannot be read.
    Sheet(String),
    /// JSON that is broken or not of the expected tool.
    Json(String),
    /// More rows than powermap takes at once.
    TooManyRows {
        /// The sheet.
        sheet: String,
        /// How many rows it has.
        rows: usize,
        /// The limit.
        limit: usize,
    },
    /// No column of the sheet holds names.
    NoNameColumn(String),
    /// A sheet asked for by name is not there.
    NoSheet(String),
    /// A column asked for by its header is not there.
    NoColumn {
        /// The sheet.
        sheet: String,
        /// The header asked for.
        header: String,
        /// The headers it has.
        headers: Vec<String>,
    },
    /// A header row asked for by number is not in the sheet.
    NoHeaderRow {
        /// The sheet.
        sheet: String,
        /// The row asked for.
        row: usize,
        /// The first row with content.
        first: usize,
        /// The last.
        last: usize,
    },
    /// A folder, pipe, device or socket was given where a file was expected. (Callers put
    /// the path before the message, so it does not name it again.)
    NotAFile(&'static str),
    /// A sheet whose used cells lie so far apart that its grid would be huge.
    TooManyCells {
        /// The sheet.
        sheet: String,
        /// Rows from its first used cell to its last.
        rows: usize,
        /// Columns from its first used cell to its last.
        columns: usize,
        /// The limit.
        limit: usize,
    },
    /// A zipped workbook that would unpack to far more than any map needs.
    Unpacked {
        /// What its files claim to unpack to.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = ui();
        let text = match self {
            Self::Read(file, error) => {
                words.with("read-error-io", &[("file", file), ("error", error)])
            }
            Self::TooBig { bytes, limit } => words.with(
                "read-error-too-big",
                &[
                    ("size", &describe_size(*bytes)),
                    ("limit", &describe_size(*limit)),
                ],
            ),
            Self::Empty => words.get("read-error-empty").to_owned(),
            Self::NotRecognised(extension) => {
                words.with("read-error-unknown-kind", &[("extension", extension)])
            }
            Self::IsSession => words.get("read-error-is-session").to_owned(),
            Self::Csv(error) => words.with("read-error-csv", &[("error", error)]),
            Self::Sheet(error) => words.with("read-error-sheet", &[("error", error)]),
            Self::Json(error) => words.with("read-error-json", &[("error", error)]),
            Self::TooManyRows { sheet, rows, limit } => words.with(
                "read-error-too-many-rows",
                &[
                    ("sheet", sheet),
                    ("rows", &rows.to_string()),
                    ("limit", &limit.to_string()),
                ],
            ),
            Self::NoNameColumn(sheet) => {
                words.with("read-error-no-name-column", &[("sheet", sheet)])
            }
            Self::NoSheet(sheet) => words.with("read-error-no-sheet", &[("sheet", sheet)]),
            Self::NoColumn {
                sheet,
                header,
                headers,
            } => words.with(
                "read-error-no-column",
                &[
                    ("sheet", sheet),
                    ("header", header),
                    ("headers", &headers.join(", ")),
                ],
            ),
            Self::NoHeaderRow {
                sheet,
                row,
                first,
                last,
            } => words.with(
                "read-error-no-header-row",
                &[
                    ("sheet", sheet),
                    ("row", &row.to_string()),
                    ("first", &first.to_string()),
                    ("last", &last.to_string()),
                ],
            ),
            Self::NotAFile(kind) => words.with("read-error-not-a-file", &[("kind", kind)]),
            Self::TooManyCells {
                sheet,
                rows,
                columns,
                limit,
            } => words.with(
                "read-error-too-many-cells",
                &[
                    ("sheet", sheet),
                    ("rows", &rows.to_string()),
                    ("columns", &columns.to_string()),
                    ("limit", &limit.to_string()),
                ],
            ),
            Self::Unpacked { bytes, limit } => words.with(
                "read-error-unpacked",
                &[
                    ("size", &describe_size(*bytes)),
                    ("limit", &describe_size(*limit)),
                ],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

/// A file read for import: what it is, its tables, and the mapping they suggest.
pub struct Source {
    /// The file's format, as given or guessed.
    pub format: SourceFormat,
    /// The encoding a text file was read in (`None` for workbooks and JSON).
    pub encoding: Option<TextEncoding>,
    /// Its tables; a second file of relationships comes last.
    pub tables: Vec<Table>,
    /// What the sheets' names and headers suggest.
    pub mapping: Mapping,
}

/// How to read a file beyond what can be guessed from it.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadOptions {
    /// Its format (guessed from the name and content when `None`).
    pub format: Option<SourceFormat>,
    /// The encoding of the text file to import (read from its bytes when `None`); a second
    /// file of relationships is always read in the encoding its own bytes show.
    pub encoding: Option<&'static Encoding>,
}

/// Read `path` and, if given, a CSV file of relationships, whose table becomes the
/// relationships' sheet. The error names the file it is about.
pub fn read_source(
    path: &Path,
    options: ReadOptions,
    relations: Option<&Path>,
) -> Result<Source, (PathBuf, ImportError)> {
    let in_main = |e| (path.to_owned(), e);
    let format = match options.format {
        Some(format) => format,
        None => guess_format(path).map_err(in_main)?,
    };
    let (mut tables, encoding) = read_tables_in(path, format, options.encoding).map_err(in_main)?;
    let mut mapping = Mapping::guess(&tables, format.id_prefix());
    if let Some(relations) = relations {
        // The second file is read in its own encoding: it may come from another tool.
        let (mut extra, _) = read_tables_in(relations, SourceFormat::Csv, None)
            .map_err(|e| (relations.to_owned(), e))?;
        tables.append(&mut extra);
        mapping.relation_sheet = Some(tables.len() - 1);
        mapping.guess_columns(&tables);
    }
    Ok(Source {
        format,
        encoding,
        tables,
        mapping,
    })
}

/// Read a file, guess what its columns mean, and build the actors and relationships.
/// `format` is guessed from the file when `None`.
pub fn import_file(
    path: &Path,
    format: Option<SourceFormat>,
) -> Result<(Imported, Mapping, Vec<Table>), ImportError> {
    let options = ReadOptions {
        format,
        encoding: None,
    };
    let source = read_source(path, options, None).map_err(|(_, e)| e)?;
    let imported = import_tables(&source.tables, &source.mapping)?;
    Ok((imported, source.mapping, source.tables))
}

/// Build the import from tables as `mapping` reads them; refused when no column holds names.
pub fn import_tables(tables: &[Table], mapping: &Mapping) -> Result<Imported, ImportError> {
    import_tables_watched(tables, mapping, &crate::model::Unwatched)
        .map(|built| built.expect("unwatched work never stops"))
}

/// [`import_tables`], telling `watch` how many rows are read; `Ok(None)` when it asked to
/// stop.
pub fn import_tables_watched(
    tables: &[Table],
    mapping: &Mapping,
    watch: &dyn crate::model::Watch,
) -> Result<Option<Imported>, ImportError> {
    let sheet = tables.get(mapping.actor_sheet).ok_or_else(|| {
        let number = (mapping.actor_sheet + 1).to_string();
        ImportError::NoSheet(ui().with("read-sheet-number", &[("number", &number)]))
    })?;
    if !mapping.actor_columns.contains(&ActorColumn::Name) {
        return Err(ImportError::NoNameColumn(sheet.name.clone()));
    }
    Ok(build_watched(tables, mapping, watch))
}
