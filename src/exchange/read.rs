//! Reading files into tables: CSV (any common delimiter), spreadsheets (.xlsx, .ods, through
//! calamine), and the JSON of Kumu project backups and Oligrapher maps.

use super::table::{Cell, Table};
use super::workbook::workbook_tables;
use super::{ImportError, MAX_ROWS, SourceFormat};
use crate::storage::{InputError, read_input};
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
    let name = path
        .file_stem()
        .map_or_else(|| "data".to_owned(), |s| s.to_string_lossy().into_owned());
    let tables = match format {
        SourceFormat::Csv => vec![csv_table(&name, &read_bytes(path)?)?],
        SourceFormat::Spreadsheet | SourceFormat::Onodo => workbook_tables(read_bytes(path)?)?,
        SourceFormat::Kumu | SourceFormat::Oligrapher => {
            let bytes = read_bytes(path)?;
            let value: Value = serde_json::from_slice(&bytes)
                .map_err(|e| ImportError::Json(format!("line {}: {e}", e.line())))?;
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
    Ok(tables)
}

/// The delimiter a CSV file uses: the one of `,` `;` tab that splits its first line most.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| first.bytes().filter(|&b| b == d).count())
        .unwrap_or(b',')
}

/// A CSV file as one table; its first row is the header.
pub fn csv_table(name: &str, bytes: &[u8]) -> Result<Table, ImportError> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => record.iter().map(str::to_owned).collect(),
        Some(Err(e)) => return Err(ImportError::Csv(e.to_string())),
        None => return Err(ImportError::Empty),
    };
    let trimmed: Vec<String> = headers.iter().map(|h| h.trim().to_owned()).collect();
    let cell = if super::csv_out::written_by_powermap(&trimmed) {
        Cell::verbatim
    } else {
        Cell::from_text
    };
    let mut rows = Vec::new();
    let mut total = 0;
    for record in records {
        let record = record.map_err(|e| ImportError::Csv(e.to_string()))?;
        total += 1;
        // Past the limit, only counting goes on: the refusal names how many there are.
        if total <= MAX_ROWS {
            rows.push(record.iter().map(cell).collect());
        }
    }
    if total > MAX_ROWS {
        return Err(ImportError::TooManyRows {
            sheet: name.to_owned(),
            rows: total,
            limit: MAX_ROWS,
        });
    }
    Ok(Table::new(name, headers, rows, 2))
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
    let not_kumu = || {
        ImportError::Json(
            "this is not a Kumu project backup (it has no \"elements\" list)".to_owned(),
        )
    };
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
        .ok_or_else(|| {
            ImportError::Json(
                "this is not an Oligrapher map (it has no \"graph.nodes\")".to_owned(),
            )
        })?;
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
