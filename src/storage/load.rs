//! Reading a session file: refuse bad input with a clear reason, never panic.

use super::error::LoadError;
use super::format::{CURRENT_VERSION, FORMAT_NAME, migrate};
use super::input::{InputError, read_input};
use super::limits::{MAX_FILE_BYTES, check_nesting, line_column};
use super::lock::{is_locked, unlock};
use super::validate::validate;
use crate::model::Session;
use age::secrecy::SecretString;
use serde_json::Value;
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
        InputError::NotAFile(kind) => LoadError::NotAFile {
            path: path.to_owned(),
            kind,
        },
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
pub fn parse_unchecked(text: &str) -> Result<Session, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    check_nesting(text)?;
    let value: Value = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    let value = check_header(value)?;
    let unknown = super::unknown::find_unknown(&value);
    let mut session: Session =
        serde_path_to_error::deserialize(value).map_err(|e| LoadError::Field {
            path: display_path(&e.path().to_string()),
            reason: plain_reason(&e.inner().to_string()),
        })?;
    session.unknown = unknown;
    Ok(session)
}

fn syntax_error(error: &serde_json::Error) -> LoadError {
    let (line, column) = (error.line(), error.column());
    if error.is_eof() {
        return LoadError::Truncated { line, column };
    }
    // serde_json appends " at line L column C"; we say where ourselves.
    let full = error.to_string();
    let reason = full.split(" at line ").next().unwrap_or(&full).to_owned();
    LoadError::Syntax {
        line,
        column,
        reason,
    }
}

/// Check format name and version, migrate older versions, and hand back the body.
fn check_header(value: Value) -> Result<Value, LoadError> {
    let Value::Object(mut map) = value else {
        return Err(LoadError::NotAnObject {
            found: describe(&value),
        });
    };
    match map.get("format") {
        None => {
            return Err(LoadError::WrongFormat(
                "it has no \"format\" field".to_owned(),
            ));
        }
        Some(Value::String(name)) if name == FORMAT_NAME => {}
        Some(other) => {
            return Err(LoadError::WrongFormat(format!(
                "its \"format\" is {other}, where \"{FORMAT_NAME}\" was expected"
            )));
        }
    }
    let version = match map.get("version") {
        None => return Err(LoadError::BadVersion("this file has none".to_owned())),
        Some(Value::Number(n)) => n
            .as_u64()
            .filter(|&v| v >= 1)
            .ok_or_else(|| LoadError::BadVersion(format!("this file says {n}")))?,
        Some(other) => return Err(LoadError::BadVersion(format!("this file says {other}"))),
    };
    if version > CURRENT_VERSION {
        return Err(LoadError::TooNew {
            file: version,
            supported: CURRENT_VERSION,
        });
    }
    map.remove("format");
    map.remove("version");
    Ok(Value::Object(migrate(map, version)))
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a piece of text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// `actors[3].support` reads better than serde's `actors[3].support` with a leading dot.
fn display_path(path: &str) -> String {
    if path == "." || path.is_empty() {
        "the session".to_owned()
    } else {
        path.to_owned()
    }
}

/// serde says "invalid type: string \"x\", expected f32"; say it in plainer words.
fn plain_reason(reason: &str) -> String {
    reason
        .replace("expected f32", "expected a number")
        .replace("expected f64", "expected a number")
        .replace("expected a sequence", "expected a list")
        .replace("expected a string", "expected text")
        .replace("invalid type: ", "wrong type: ")
}
