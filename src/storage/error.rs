//! Why a session file could not be read, in words a facilitator understands.

use std::path::PathBuf;
use thiserror::Error;

/// A session file was refused. Each variant names what is wrong and, where it helps, where.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("Could not read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is bigger than any real session.
    #[error(
        "The file is {size_mib:.1} MiB, larger than any session: powermap opens session files of up to {limit_mib} MiB. Is it the right file?"
    )]
    TooLarge {
        /// The file's size.
        size_mib: f64,
        /// The cap.
        limit_mib: u64,
    },
    /// Nothing in the file.
    #[error("The file is empty.")]
    Empty,
    /// Bytes that are not UTF-8 text.
    #[error("The file is not UTF-8 text (line {line}, column {column}). Is it a session file?")]
    NotText {
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column of the first bad byte.
        column: usize,
    },
    /// Brackets nested deeper than any session needs.
    #[error(
        "The file nests brackets more than {limit} deep (line {line}, column {column}); a session never does."
    )]
    TooDeep {
        /// The nesting cap.
        limit: usize,
        /// 1-based line where the cap was crossed.
        line: usize,
        /// 1-based column where the cap was crossed.
        column: usize,
    },
    /// The file ends in the middle of the JSON.
    #[error(
        "The file ends too early (line {line}, column {column}); it may have been cut off while copying."
    )]
    Truncated {
        /// 1-based line of the end.
        line: usize,
        /// 1-based column of the end.
        column: usize,
    },
    /// The JSON itself is broken.
    #[error(
        "The file is damaged at line {line}, column {column}: {reason}. A text editor can fix it there; the backup beside it (ending in .bak) may be intact."
    )]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's reason.
        reason: String,
    },
    /// Valid JSON, but not an object at the top.
    #[error("The file holds {found}, not a powermap session.")]
    NotAnObject {
        /// What it holds instead ("a list", "a number").
        found: &'static str,
    },
    /// No `format` field, or a different one.
    #[error("This is not a powermap session: {0}.")]
    WrongFormat(String),
    /// The `version` field is missing or not a whole number.
    #[error("The session's \"version\" must be a whole number from 1 up; {0}.")]
    BadVersion(String),
    /// Written by a newer powermap.
    #[error(
        "This session was saved by a newer powermap (file format version {file}); this powermap reads versions up to {supported}. Please update powermap to open it."
    )]
    TooNew {
        /// The file's version.
        file: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// A field has the wrong type or shape.
    #[error("In {path}: {reason}.")]
    Field {
        /// Where, like `actors[3].support`.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// The file is locked and no passphrase was given.
    #[error(
        "This session is locked with a passphrase (set POWERMAP_PASSPHRASE, or type it when asked)."
    )]
    Locked,
    /// The passphrase does not open the file.
    #[error("That passphrase does not open this session. Check it and try again.")]
    WrongPassphrase,
    /// The locked file itself is damaged.
    #[error("The locked file is damaged and cannot be opened: {0}")]
    BrokenLock(String),
    /// A value the session cannot hold.
    #[error("In {path}: {reason}.")]
    Invalid {
        /// Where, like `actors[3].support`.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// A folder, pipe, device or socket was given where a file was expected. (Callers put
    /// the path before the message, so it does not name it again.)
    #[error("This is {kind}, not a file: powermap opens only files saved on a disk.")]
    NotAFile {
        /// What it is ("a named pipe", "a device").
        kind: &'static str,
    },
    /// Fields this version does not know hold more than it keeps.
    #[error(
        "This file holds more data that this powermap does not know than it can keep (over {limit} values; the limit was passed in \"{field}\"). It may come from a newer powermap: open it there, or update powermap."
    )]
    TooMuchUnknown {
        /// The field where the limit was passed.
        field: String,
        /// The most values kept.
        limit: usize,
    },
    /// A file of an older format too large to convert.
    #[error(
        "This session is in an older format and holds over {limit} values, far more than any session; powermap cannot convert it. Is it the right file?"
    )]
    TooManyValues {
        /// The most values an older file may hold.
        limit: usize,
    },
}

/// A session could not be written.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Writing, syncing or renaming failed; the old file is untouched.
    #[error("Could not save to {path}: {}", plain_io(source))]
    Write {
        /// The target file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Encrypting a locked session failed.
    #[error("Could not lock the session: {0}")]
    Lock(String),
    /// The path is not somewhere a session can be written (a folder, a pipe, a device).
    #[error(transparent)]
    Output(super::output::OutputError),
    /// The session could not be turned into JSON (a bug, not the user's fault).
    #[error("Could not encode the session: {0}")]
    Encode(#[from] serde_json::Error),
}

/// What went wrong with a write, in words a user can act on, with the system's own words after.
pub(super) fn plain_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let plain = match error.kind() {
        ErrorKind::NotFound => "the folder does not exist (any more); choose another one",
        ErrorKind::PermissionDenied => "you are not allowed to write there; choose another folder",
        ErrorKind::ReadOnlyFilesystem => "that disk or folder is read-only; choose another one",
        ErrorKind::StorageFull => "the disk is full; make room or choose another disk",
        ErrorKind::QuotaExceeded => "your disk quota is used up; make room or choose another disk",
        ErrorKind::IsADirectory => "that is a folder; add a file name",
        _ => return error.to_string(),
    };
    format!("{plain} ({error})")
}
