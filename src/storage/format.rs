//! The session file format: its name, its versions, and how older versions move forward.

/// The value of the top-level `"format"` field.
pub const FORMAT_NAME: &str = "powermap-session";
/// The newest format version this build reads and the one it writes.
pub const CURRENT_VERSION: u64 = 1;
