//! Reading files into tables: CSV (any common delimiter), spreadsheets (.xlsx, .ods, through
//! calamine), and the JSON of Kumu project backups and Oligrapher maps.

use super::decode::{Decoded, EncodingOrigin, decode};
use super::header_row::find_header_row;
use super::table::{Cell, Table};
use super::workbook::workbook_tables;
use super::{ImportError, MAX_ROWS, Problem, SourceFormat};
use crate::storage::{InputError, read_input};
use crate::words::ui;
use encoding_rs::Encoding;
use serde_json::Value;
use std::path::Path;

/// The most bytes an import reads: as much as a session file may hold.
const MAX_BYTES: u64 = crate::storage::MAX_FILE_BYTES;

/// The bytes of a file to import: an ordinary file within the size limit, read through the
/// one reader every file powermap opens goes through.
fn read_bytes(path: &Path) -> Result<Vec<u8>, ImportError> {
    read_input(path, MAX_BYTES).map_err(|e| match e {
        InputError::Io(error) => ImportError::Read(path.display().to_string(), error.to_string()),
        InputError::NotAFile(kind) => ImportError::NotAFile(kind),
        InputError::TooLarge { size, limit } => ImportError::TooBig { bytes: size, limit },
    })
}

/// The tables of a file, in the order the file holds them.
pub fn read_tables(path: &Path, format: SourceFormat) -> Result<Vec<Table>, ImportError> {
    read_tables_in(path, format, None).map(|(tables, _)| tables)
}

/// The tables of a file, a text file read in `encoding` (or the one it is read in when
/// `None`), and the encoding a text file was read in.
pub fn read_tables_in(
    path: &Path,
    format: SourceFormat,
    encoding: Option<&'static Encoding>,
) -> Result<(Vec<Table>, Option<TextEncoding>), ImportError> {
    let name = path
        .file_stem()
        .map_or_else(|| "data".to_owned(), |s| s.to_string_lossy().into_owned());
    let mut text_encoding = None;
    let tables = match format {
        SourceFormat::Csv => {
            let (table, read_in) = csv_table(&name, &read_bytes(path)?, encoding)?;
            text_encoding = Some(read_in);
            vec![table]
        }
        SourceFormat::Spreadsheet | SourceFormat::Onodo => workbook_tables(read_bytes(path)?)?,
        SourceFormat::Kumu | SourceFormat::Oligrapher => {
            let bytes = read_bytes(path)?;
            let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
                let (line, error) = (e.line().to_string(), e.to_string());
                ImportError::Json(
                    ui().with("read-json-at-line", &[("line", &line), ("error", &error)]),
                )
            })?;
            if format == SourceFormat::Kumu {
                kumu_tables(&value)?
            } else {
                oligrapher_tables(&value)?
            }
        }
    };
    for table in &tables {
        if table.rows.len() > MAX_ROWS {
            return Err(ImportError::TooManyRows {
                sheet: table.name.clone(),
                rows: table.rows.len(),
                limit: MAX_ROWS,
            });
        }
    }
    Ok((tables, text_encoding))
}

/// The encoding a text file was read in, and how it was chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextEncoding {
    /// The encoding.
    pub encoding: &'static Encoding,
    /// Marked, valid UTF-8, guessed or chosen.
    pub origin: EncodingOrigin,
}

/// How many records are looked at to tell the delimiter.
const DELIMITER_RECORDS: usize = 20;

/// The delimiter a CSV file uses: of `,` `;` and tab, the one that splits the largest share
/// of its first records (read with quotes, as the file means them) into one number of
/// fields, more than one; between equal shares, the one giving more fields. A title above the
/// table, a comma inside a quoted name, or semicolons and line breaks in someone's notes do
/// not outvote the table's own shape.
fn delimiter(text: &str) -> u8 {
    let score = |d: u8| {
        let mut counts: Vec<usize> = csv::ReaderBuilder::new()
            .delimiter(d)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .records()
            .take(DELIMITER_RECORDS)
            .filter_map(Result::ok)
            .map(|record| record.len())
            .collect();
        let records = counts.len().max(1);
        counts.retain(|&fields| fields > 1);
        counts.sort_unstable();
        // The most common number of fields, and how many records have it.
        let mut best = (0, 0);
        for run in counts.chunk_by(|a, b| a == b) {
            best = best.max((run.len(), run[0]));
        }
        (best.0 * 1000 / records, best.1)
    };
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| score(d))
        .unwrap_or(b',')
}

/// A CSV file as one table, read in `encoding` (or the one its bytes are read in), headed by
/// the row that looks like its header.
pub fn csv_table(
    name: &str,
    bytes: &[u8],
    encoding: Option<&'static Encoding>,
) -> Result<(Table, TextEncoding), ImportError> {
    let decoded = decode(bytes, encoding);
    let read_in = TextEncoding {
        encoding: decoded.encoding,
        origin: decoded.origin,
    };
    // Old Mac spreadsheets end lines with a carriage return alone; counted as lines, they give
    // each row the number a text editor shows.
    let mac_text;
    let mut text = decoded.text.as_str();
    if text.contains('\r') && !text.contains('\n') {
        mac_text = text.replace('\r', "\n");
        text = &mac_text;
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut total = 0;
    let mut last_line = 0;
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Csv(e.to_string()))?;
        total += 1;
        // Past the limit, only counting goes on: the refusal names how many there are.
        if total <= MAX_ROWS + HEADER_ROOM {
            // A stray carriage return starts a record on the same line: numbers stay distinct.
            let line = record
                .position()
                .and_then(|p| usize::try_from(p.line()).ok())
                .unwrap_or(total)
                .max(last_line + 1);
            last_line = line;
            records.push((line, record));
        }
    }
    if total > MAX_ROWS + HEADER_ROOM {
        return Err(ImportError::TooManyRows {
            sheet: name.to_owned(),
            rows: total - 1,
            limit: MAX_ROWS,
        });
    }
    let grid = |cell: fn(&str) -> Cell| -> Vec<(usize, Vec<Cell>)> {
        records
            .iter()
            .map(|(line, record)| (*line, record.iter().map(cell).collect()))
            .collect()
    };
    let trimmed = grid(Cell::from_text);
    if trimmed
        .iter()
        .all(|(_, row)| row.iter().all(Cell::is_empty))
    {
        return Err(ImportError::Empty);
    }
    let header = find_header_row(&trimmed);
    let header_texts: Vec<String> = trimmed
        .get(header)
        .map(|(_, row)| row.iter().map(Cell::text).collect())
        .unwrap_or_default();
    // powermap's own CSV is read back exactly as written.
    let grid = if super::csv_out::written_by_powermap(&header_texts) {
        grid(Cell::verbatim)
    } else {
        trimmed
    };
    let problems = broken_lines_problem(name, &decoded);
    Ok((
        Table::from_grid(name, grid, Some(header), problems),
        read_in,
    ))
}

/// Rows above the header a CSV file may have beyond the most rows an import takes (titles,
/// notes, blank lines).
const HEADER_ROOM: usize = 30;

/// One problem naming the lines that held bytes the encoding does not define.
fn broken_lines_problem(name: &str, decoded: &Decoded) -> Vec<Problem> {
    if decoded.broken_lines.is_empty() {
        return Vec::new();
    }
    let lines: Vec<String> = decoded
        .broken_lines
        .iter()
        .take(20)
        .map(ToString::to_string)
        .collect();
    let more = decoded.broken_lines.len().saturating_sub(lines.len());
    let lines = lines.join(", ");
    let place = if more > 0 {
        let more = more.to_string();
        ui().with(
            "read-lines-and-more",
            &[("file", name), ("lines", &lines), ("more", &more)],
        )
    } else {
        ui().counted_with(
            "read-lines",
            decoded.broken_lines.len(),
            &[("file", name), ("lines", &lines)],
        )
    };
    vec![Problem::new(
        place,
        ui().with(
            "read-broken-bytes",
            &[("encoding", decoded.encoding.name())],
        ),
    )]
}

/// A JSON value as a cell: text and numbers as they are, lists joined with "|".
fn json_cell(value: &Value) -> Cell {
    match value {
        Value::Null | Value::Object(_) => Cell::Empty,
        Value::String(text) => Cell::from_text(text),
        Value::Number(n) => n.as_f64().map_or(Cell::Empty, Cell::Number),
        Value::Bool(b) => Cell::Text(b.to_string()),
        Value::Array(items) => Cell::from_text(
            &items
                .iter()
                .map(|v| json_cell(v).text())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("|"),
        ),
    }
}

/// Objects as a table: one row per object, one column per key any of them has (in the order
/// first seen), after the `leading` columns.
fn objects_table(
    name: &str,
    leading: &[&str],
    objects: &[serde_json::Map<String, Value>],
) -> Table {
    let mut headers: Vec<String> = leading.iter().map(|&h| h.to_owned()).collect();
    for object in objects {
        for key in object.keys() {
            if !headers.iter().any(|h| h == key) {
                headers.push(key.clone());
            }
        }
    }
    let rows = objects
        .iter()
        .map(|object| {
            headers
                .iter()
                .map(|h| object.get(h).map_or(Cell::Empty, json_cell))
                .collect()
        })
        .collect();
    Table::new(name, headers, rows, 1)
}

/// A Kumu project backup: its elements (their attributes, with `_id`) and connections
/// (`from`, `to`, `direction` and their attributes). Map positions are left out: they are a
/// network layout, not support and influence.
fn kumu_tables(value: &Value) -> Result<Vec<Table>, ImportError> {
    let not_kumu = || ImportError::Json(ui().get("read-not-kumu").to_owned());
    let elements = value
        .get("elements")
        .and_then(Value::as_array)
        .ok_or_else(not_kumu)?;
    let flatten = |item: &Value, fields: &[&str]| {
        let mut row = serde_json::Map::new();
        for &field in fields {
            if let Some(v) = item.get(field) {
                row.insert(field.to_owned(), v.clone());
            }
        }
        if let Some(Value::Object(attributes)) = item.get("attributes") {
            for (key, v) in attributes {
                row.entry(key.clone()).or_insert_with(|| v.clone());
            }
        }
        row
    };
    let element_rows: Vec<_> = elements.iter().map(|e| flatten(e, &["_id"])).collect();
    let connection_rows: Vec<_> = value
        .get("connections")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|c| flatten(c, &["_id", "from", "to", "direction"]))
                .collect()
        })
        .unwrap_or_default();
    Ok(vec![
        objects_table("Elements", &["_id", "label"], &element_rows),
        objects_table("Connections", &["from", "to"], &connection_rows),
    ])
}

/// An Oligrapher map: `graph.nodes` and `graph.edges`, keyed by id, in either of the two
/// shapes Oligrapher has written (fields at the top of each node, or under `display`).
/// Node positions are a drawing layout, not support and influence, and are left out.
fn oligrapher_tables(value: &Value) -> Result<Vec<Table>, ImportError> {
    let graph = value.get("graph").unwrap_or(value);
    let nodes = graph
        .get("nodes")
        .and_then(Value::as_object)
        .ok_or_else(|| ImportError::Json(ui().get("read-not-oligrapher").to_owned()))?;
    let row = |item: &Value, skip: &[&str]| {
        let mut row = serde_json::Map::new();
        let mut take = |object: &serde_json::Map<String, Value>| {
            for (key, v) in object {
                if !skip.contains(&key.as_str()) && !v.is_object() {
                    row.entry(key.clone()).or_insert_with(|| v.clone());
                }
            }
        };
        if let Value::Object(object) = item {
            take(object);
        }
        if let Some(Value::Object(display)) = item.get("display") {
            take(display);
        }
        row
    };
    // Positions, sizes and colours are the drawing's, not the map's.
    let layout = [
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "s1", "s2", "scale", "color", "edgeIds",
        "status",
    ];
    let node_rows: Vec<_> = nodes.values().map(|n| row(n, &layout)).collect();
    let edge_rows: Vec<_> = graph
        .get("edges")
        .and_then(Value::as_object)
        .map(|edges| edges.values().map(|e| row(e, &layout)).collect())
        .unwrap_or_default();
    Ok(vec![
        objects_table("Nodes", &["id", "name"], &node_rows),
        objects_table("Edges", &["node1_id", "node2_id"], &edge_rows),
    ])
}

/// Which format a file holds, from its name and its first bytes.
pub fn guess_format(path: &Path) -> Result<SourceFormat, ImportError> {
    /// The top-level keys that tell the JSON formats apart; the rest is skipped unparsed.
    #[derive(serde::Deserialize)]
    struct Keys {
        elements: Option<serde::de::IgnoredAny>,
        graph: Option<GraphKeys>,
        nodes: Option<serde::de::IgnoredAny>,
        format: Option<String>,
    }
    #[derive(serde::Deserialize)]
    struct GraphKeys {
        nodes: Option<serde::de::IgnoredAny>,
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "tsv" | "txt" => return Ok(SourceFormat::Csv),
        "xlsx" | "xlsm" | "xls" | "ods" => return Ok(SourceFormat::Spreadsheet),
        _ => {}
    }
    let bytes = read_bytes(path)?;
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
        && let Ok(keys) = serde_json::from_slice::<Keys>(&bytes)
    {
        if keys.elements.is_some() {
            return Ok(SourceFormat::Kumu);
        }
        if keys.nodes.is_some() || keys.graph.is_some_and(|g| g.nodes.is_some()) {
            return Ok(SourceFormat::Oligrapher);
        }
        if keys.format.as_deref() == Some(crate::storage::FORMAT_NAME) {
            return Err(ImportError::IsSession);
        }
    }
    Err(ImportError::NotRecognised(extension))
}
