//! Reading a session file: refuse bad input with a clear reason, never panic.

use super::error::LoadError;
use super::format::{CURRENT_VERSION, FORMAT_NAME, migrate};
use super::input::{InputError, read_input};
use super::limits::{
    MAX_FILE_BYTES, MAX_TREE_VALUES, MAX_UNKNOWN_VALUES, check_nesting, count_values, line_column,
};
use super::lock::{is_locked, unlock};
use super::outline::{Budget, Node, outline};
use super::unknown::unknown_fields;
use super::validate::validate;
use crate::model::Session;
use crate::words::ui;
use age::secrecy::SecretString;
use serde_json::Value;
use serde_json::value::RawValue;
use std::path::Path;

/// Read and check the session file at `path`.
pub fn load_file(path: &Path) -> Result<Session, LoadError> {
    load_file_with(path, None)
}

/// Read and check the session file at `path`, unlocking it with `passphrase` if it is locked.
/// A locked file without a passphrase is refused with [`LoadError::Locked`].
pub fn load_file_with(
    path: &Path,
    passphrase: Option<&SecretString>,
) -> Result<Session, LoadError> {
    let bytes = read_capped(path)?;
    if !is_locked(&bytes) {
        return load_bytes(&bytes);
    }
    let passphrase = passphrase.ok_or(LoadError::Locked)?;
    load_bytes(&unlock(&bytes, passphrase)?)
}

/// The bytes of `path`, refused past the size cap, and refused unread when it is not an
/// ordinary file (a pipe or a device would never end, or never begin).
pub fn read_capped(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_input(path, MAX_FILE_BYTES).map_err(|e| match e {
        InputError::Io(source) => LoadError::Read {
            path: path.to_owned(),
            source,
        },
        InputError::NotAFile(kind) => LoadError::NotAFile { kind },
        InputError::TooLarge { size, .. } => too_large(size),
    })
}

fn too_large(size: u64) -> LoadError {
    #[expect(clippy::cast_precision_loss, reason = "a size in MiB for a message")]
    let size_mib = size as f64 / (1024.0 * 1024.0);
    LoadError::TooLarge {
        size_mib,
        limit_mib: MAX_FILE_BYTES / (1024 * 1024),
    }
}

fn check_size(size: u64) -> Result<(), LoadError> {
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    Ok(())
}

/// Parse and check a session from the bytes of a file.
pub fn load_bytes(bytes: &[u8]) -> Result<Session, LoadError> {
    check_size(bytes.len() as u64)?;
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(bytes, e.valid_up_to());
        LoadError::NotText { line, column }
    })?;
    load_str(text)
}

/// Parse and check a session from text.
pub fn load_str(text: &str) -> Result<Session, LoadError> {
    let session = parse_unchecked(text)?;
    validate(&session)?;
    Ok(session)
}

/// Parse a session without the checks of `validate`: the JSON and field types must be right,
/// but ranges and references may be wrong. For repair, which fixes what validation refuses.
///
/// The text is read twice and never as a whole JSON tree: once for its syntax, header and
/// unknown fields (kept as text, within a budget), once straight into the typed session.
pub fn parse_unchecked(text: &str) -> Result<Session, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    check_nesting(text)?;
    let top = read_outline(text)?;
    if let Some(found) = top.not_object {
        return Err(LoadError::NotAnObject { found });
    }
    let version = check_header(&top)?;
    if version < CURRENT_VERSION {
        return parse_older(text, version);
    }
    let unknown = unknown_fields(&top)?;
    drop(top);
    let mut session = parse_typed(text)?;
    session.unknown = unknown;
    Ok(session)
}

/// The outline of a file's text, with JSON syntax errors and too many unknown values refused.
fn read_outline(text: &str) -> Result<Node, LoadError> {
    let budget = Budget::new(MAX_UNKNOWN_VALUES);
    outline(text, &budget).map_err(|e| match budget.exceeded_at.borrow_mut().take() {
        Some(field) => LoadError::TooMuchUnknown {
            field,
            limit: MAX_UNKNOWN_VALUES,
        },
        None => syntax_error(&e),
    })
}

/// A file of an older format: migrations rewrite it as a JSON tree, so it is read as one (and
/// refused when that tree would be absurdly large), then read again as a current file.
fn parse_older(text: &str, version: u64) -> Result<Session, LoadError> {
    if count_values(text) > MAX_TREE_VALUES {
        return Err(LoadError::TooManyValues {
            limit: MAX_TREE_VALUES,
        });
    }
    // The outline skipped over texts; reading them may still find a broken \u escape.
    let value = serde_json::from_str::<Value>(text).map_err(|e| syntax_error(&e))?;
    let Value::Object(mut map) = value else {
        return Err(LoadError::NotAnObject {
            found: ui().get("load-found-other"),
        });
    };
    map.remove("format");
    map.remove("version");
    let mut body = migrate(map, version);
    body.insert("format".to_owned(), Value::from(FORMAT_NAME));
    body.insert("version".to_owned(), Value::from(CURRENT_VERSION));
    let current = serde_json::to_string(&Value::Object(body)).map_err(|e| LoadError::Field {
        path: ui().get("load-path-session").to_owned(),
        reason: e.to_string(),
    })?;
    parse_unchecked(&current)
}

/// The session read straight from the text into its types; the outline has checked the syntax,
/// so what fails here is a field of the wrong type or shape.
fn parse_typed(text: &str) -> Result<Session, LoadError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| LoadError::Field {
        path: display_path(&e.path().to_string()),
        reason: plain_reason(&plain_json_reason(e.inner())),
    })
}

fn syntax_error(error: &serde_json::Error) -> LoadError {
    let (line, column) = (error.line(), error.column());
    if error.is_eof() {
        return LoadError::Truncated { line, column };
    }
    LoadError::Syntax {
        line,
        column,
        reason: plain_json_reason(error),
    }
}

/// `serde_json`'s reason for an error, without its " at line L column C" (we say where
/// ourselves) and in plain words where its own are a parser's.
pub(super) fn plain_json_reason(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let reason = full.split(" at line ").next().unwrap_or(&full);
    // serde_json's own reasons (matched as it writes them) and the message saying each.
    let plain = match reason {
        "expected `:`" => "load-json-colon",
        "expected `,` or `]`" => "load-json-comma-bracket",
        "expected `,` or `}`" => "load-json-comma-brace",
        // `\u{22}` is the double quote, written so that no lone quote mark is in the source.
        "expected `\u{22}`" | "key must be a string" => "load-json-name",
        "expected value" => "load-json-value",
        "expected ident" => "load-json-ident",
        "invalid escape" => "load-json-escape",
        "invalid number" => "load-json-number",
        "number out of range" => "load-json-number-range",
        "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => "load-json-unicode",
        "control character (\\u0000-\\u001F) found while parsing a string" => "load-json-control",
        "trailing comma" => "load-json-trailing-comma",
        "trailing characters" => "load-json-trailing-characters",
        other => return other.to_owned(),
    };
    ui().get(plain).to_owned()
}

/// Check format name and version; hand back the version.
fn check_header(top: &Node) -> Result<u64, LoadError> {
    match top.format.as_deref().map(RawValue::get) {
        None => {
            return Err(LoadError::WrongFormat(
                ui().get("load-format-missing").to_owned(),
            ));
        }
        Some(raw) if serde_json::from_str::<String>(raw).is_ok_and(|n| n == FORMAT_NAME) => {}
        Some(raw) => {
            return Err(LoadError::WrongFormat(ui().with(
                "load-format-other",
                &[("found", &shown(raw)), ("expected", FORMAT_NAME)],
            )));
        }
    }
    let version = match top.version.as_deref().map(RawValue::get) {
        None => {
            return Err(LoadError::BadVersion(
                ui().get("load-version-missing").to_owned(),
            ));
        }
        Some(raw) => serde_json::from_str::<u64>(raw)
            .ok()
            .filter(|&v| v >= 1)
            .ok_or_else(|| {
                LoadError::BadVersion(ui().with("load-version-other", &[("found", &shown(raw))]))
            })?,
    };
    if version > CURRENT_VERSION {
        return Err(LoadError::TooNew {
            file: version,
            supported: CURRENT_VERSION,
        });
    }
    Ok(version)
}

/// A value from the file, as it is written there, cut short when long.
fn shown(raw: &str) -> String {
    const MAX: usize = 40;
    match raw.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}...", &raw[..end]),
        None => raw.to_owned(),
    }
}

/// `actors[3].support` reads better than serde's `actors[3].support` with a leading dot.
fn display_path(path: &str) -> String {
    if path == "." || path.is_empty() {
        ui().get("load-path-session").to_owned()
    } else {
        path.to_owned()
    }
}

/// serde says "invalid type: string \"x\", expected f32"; say it in plainer words.
fn plain_reason(reason: &str) -> String {
    if let Some(field) = reason
        .strip_prefix("duplicate field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return ui().with("load-field-twice", &[("field", field)]);
    }
    reason
        .replace("expected f32", "expected a number")
        .replace("expected f64", "expected a number")
        .replace("expected a sequence", "expected a list")
        .replace("expected a string", "expected text")
        .replace("invalid type: ", "wrong type: ")
}
