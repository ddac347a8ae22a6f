//! The session file format: its name, its versions, and how older versions move forward.

use serde_json::{Map, Value};

/// The value of the top-level `"format"` field.
pub const FORMAT_NAME: &str = "powermap-session";
/// The newest format version this build reads and the one it writes.
pub const CURRENT_VERSION: u64 = 3;

/// Bring the body of a file of `version` (format and version fields removed) up to
/// [`CURRENT_VERSION`], one version at a time.
pub fn migrate(mut body: Map<String, Value>, version: u64) -> Map<String, Value> {
    for from in version..CURRENT_VERSION {
        body = match from {
            1 => v1_to_v2(body),
            2 => v2_to_v3(body),
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

/// Version 3 added the alliance half: each actor's `partner` (offers, collaboration now and
/// aimed, trust, benefits, risks) and the session's `alliance` (needs, the network's shape,
/// agreements). Both are optional and empty by default, so a version-2 body is a valid
/// version-3 body; it is written as version 3 on the next save.
fn v2_to_v3(body: Map<String, Value>) -> Map<String, Value> {
    body
}
