//! The session file format: its name, its versions, and how older versions move forward.

use serde_json::{Map, Value};

/// The value of the top-level `"format"` field.
pub const FORMAT_NAME: &str = "powermap-session";
/// The newest format version this build reads and the one it writes.
pub const CURRENT_VERSION: u64 = 2;

/// Bring the body of a file of `version` (format and version fields removed) up to
/// [`CURRENT_VERSION`], one version at a time.
pub fn migrate(mut body: Map<String, Value>, version: u64) -> Map<String, Value> {
    for from in version..CURRENT_VERSION {
        body = match from {
            1 => v1_to_v2(body),
            _ => body,
        };
    }
    body
}

/// Version 2 added the spectrum of allies (each actor's `spectrum`, `target_slice` and
/// `next_action`), the `reflection` answers and recorded `rounds`. All are optional with
/// empty defaults, so a version-1 body is already a valid version-2 body: nothing changes,
/// and the file is written as version 2 on the next save.
fn v1_to_v2(body: Map<String, Value>) -> Map<String, Value> {
    body
}
