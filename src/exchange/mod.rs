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

pub use columns::{ActorColumn, Mapping, RelationColumn, build};
pub use csv_out::{actors_csv, relationships_csv, relationships_path, write_csv_export};
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
use std::path::{Path, PathBuf};

/// The most rows one sheet may bring in: the size of map powermap is measured to handle
/// smoothly (BENCHMARKS.md).
pub const MAX_ROWS: usize = 20_000;

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

    /// What the user sees.
    pub fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV file",
            Self::Spreadsheet => "spreadsheet",
            Self::Onodo => "Onodo workbook",
            Self::Kumu => "Kumu project",
            Self::Oligrapher => "Oligrapher map",
        }
    }

    /// Put before the source's own ids, so re-importing matches actors by them.
    pub fn id_prefix(self) -> &'static str {
        match self {
            Self::Csv | Self::Spreadsheet => "import-",
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
        write!(f, "{}: {}", self.place, self.message)
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
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("Could not read {0}: {1}")]
    Read(String, String),
    /// Larger than any map file should be.
    #[error(
        "The file is {}, more than the {} powermap imports. Is it the right file?",
        describe_size(*bytes),
        describe_size(*limit)
    )]
    TooBig {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Nothing in it.
    #[error("The file is empty.")]
    Empty,
    /// Neither the name nor the content says what it is.
    #[error(
        "powermap does not know this kind of file ({0}); it imports CSV, .xlsx, .ods, Kumu and Oligrapher files."
    )]
    NotRecognised(String),
    /// A powermap session, which is opened (or merged), not imported.
    #[error("This is a powermap session: open it, or merge it into this one with File > Merge.")]
    IsSession,
    /// Broken CSV.
    #[error("The CSV file cannot be read: {0}")]
    Csv(String),
    /// A workbook that cannot be read.
    #[error("The spreadsheet cannot be read: {0}")]
    Sheet(String),
    /// JSON that is broken or not of the expected tool.
    #[error("The file cannot be read: {0}")]
    Json(String),
    /// More rows than powermap takes at once.
    #[error(
        "\"{sheet}\" has {rows} rows; powermap imports at most {limit} actors or relationships at a time. Split the file, or leave out rows you do not need."
    )]
    TooManyRows {
        /// The sheet.
        sheet: String,
        /// How many rows it has.
        rows: usize,
        /// The limit.
        limit: usize,
    },
    /// No column holds names.
    #[error(
        "No column of \"{0}\" holds the actors' names: name one \"Name\" or \"Label\", or choose it in the mapping step."
    )]
    NoNameColumn(String),
    /// A sheet asked for by name is not there.
    #[error("There is no sheet called \"{0}\".")]
    NoSheet(String),
    /// A column asked for by its header is not there.
    #[error("\"{sheet}\" has no column \"{header}\"; its columns are: {}.", .headers.join(", "))]
    NoColumn {
        /// The sheet.
        sheet: String,
        /// The header asked for.
        header: String,
        /// The headers it has.
        headers: Vec<String>,
    },
    /// A header row asked for by number is not in the sheet.
    #[error(
        "\"{sheet}\" has no row {row} with anything in it to read as the header (rows with content run from {first} to {last})."
    )]
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
    #[error("This is {0}, not a file: powermap imports only files saved on a disk.")]
    NotAFile(&'static str),
    /// A sheet whose used cells lie so far apart that its grid would be huge.
    #[error(
        "\"{sheet}\" spans {rows} rows by {columns} columns from its first used cell to its last, more than the {limit} cells powermap reads from a workbook. Delete what lies far outside your table, or copy the table into a new workbook."
    )]
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
    #[error(
        "The workbook would unpack to {}, more than the {} powermap reads. Is it the right file?",
        describe_size(*bytes),
        describe_size(*limit)
    )]
    Unpacked {
        /// What its files claim to unpack to.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

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
    let sheet = tables
        .get(mapping.actor_sheet)
        .ok_or_else(|| ImportError::NoSheet(format!("number {}", mapping.actor_sheet + 1)))?;
    if !mapping.actor_columns.contains(&ActorColumn::Name) {
        return Err(ImportError::NoNameColumn(sheet.name.clone()));
    }
    Ok(build(tables, mapping))
}
