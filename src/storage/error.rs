//! Why a session file could not be read, in words a facilitator understands.

use crate::words::ui;
use std::fmt;
use std::path::PathBuf;
use thiserror::Error;

/// A session file was refused. Each variant names what is wrong and, where it helps, where;
/// its text (`Display`) is in the interface's language.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read at all.
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is bigger than any real session.
    TooLarge {
        /// The file's size.
        size_mib: f64,
        /// The cap.
        limit_mib: u64,
    },
    /// Nothing in the file.
    Empty,
    /// Bytes that are not UTF-8 text.
    NotText {
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column of the first bad byte.
        column: usize,
    },
    /// Brackets nested deeper than any session needs.
    TooDeep {
        /// The nesting cap.
        limit: usize,
        /// 1-based line where the cap was crossed.
        line: usize,
        /// 1-based column where the cap was crossed.
        column: usize,
    },
    /// The file ends in the middle of the JSON.
    Truncated {
        /// 1-based line of the end.
        line: usize,
        /// 1-based column of the end.
        column: usize,
    },
    /// The JSON itself is broken.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's reason.
        reason: String,
    },
    /// Valid JSON, but not an object at the top.
    NotAnObject {
        /// What it holds instead ("a list", "a number").
        found: &'static str,
    },
    /// No `format` field, or a different one.
    WrongFormat(String),
    /// The `version` field is missing or not a whole number.
    BadVersion(String),
    /// Written by a newer powermap.
    TooNew {
        /// The file's version.
        file: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// A field has the wrong type or shape.
    Field {
        /// Where, like `actors[3].support`.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// The file is locked and no passphrase was given.
    Locked,
    /// The passphrase does not open the file.
    WrongPassphrase,
    /// The locked file itself is damaged.
    BrokenLock(String),
    /// A value the session cannot hold.
    Invalid {
        /// Where, like `actors[3].support`.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// A folder, pipe, device or socket was given where a file was expected. (Callers put
    /// the path before the message, so it does not name it again.)
    NotAFile {
        /// What it is ("a named pipe", "a device").
        kind: &'static str,
    },
    /// Fields this version does not know hold more than it keeps.
    TooMuchUnknown {
        /// The field where the limit was passed.
        field: String,
        /// The most values kept.
        limit: usize,
    },
    /// A file of an older format too large to convert.
    TooManyValues {
        /// The most values an older file may hold.
        limit: usize,
    },
}

/// A session could not be written.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Writing, syncing or renaming failed; the old file is untouched.
    Write {
        /// The target file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Encrypting a locked session failed.
    Lock(String),
    /// The path is not somewhere a session can be written (a folder, a pipe, a device).
    Output(#[source] super::output::OutputError),
    /// The session could not be turned into JSON (a bug, not the user's fault).
    Encode(#[from] serde_json::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = ui();
        let place = |id: &str, line: usize, column: usize| {
            words.with(
                id,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            )
        };
        let text = match self {
            Self::Read { path, source } => words.with(
                "load-read",
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &source.to_string()),
                ],
            ),
            Self::TooLarge {
                size_mib,
                limit_mib,
            } => words.with(
                "load-too-large",
                &[
                    ("size", &format!("{size_mib:.1}")),
                    ("limit", &limit_mib.to_string()),
                ],
            ),
            Self::Empty => words.get("load-empty").to_owned(),
            Self::NotText { line, column } => place("load-not-text", *line, *column),
            Self::TooDeep {
                limit,
                line,
                column,
            } => words.with(
                "load-too-deep",
                &[
                    ("limit", &limit.to_string()),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                ],
            ),
            Self::Truncated { line, column } => place("load-truncated", *line, *column),
            Self::Syntax {
                line,
                column,
                reason,
            } => words.with(
                "load-syntax",
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("reason", reason),
                ],
            ),
            Self::NotAnObject { found } => words.with("load-not-an-object", &[("found", found)]),
            Self::WrongFormat(reason) => words.with("load-wrong-format", &[("reason", reason)]),
            Self::BadVersion(reason) => words.with("load-bad-version", &[("reason", reason)]),
            Self::TooNew { file, supported } => words.with(
                "load-too-new",
                &[
                    ("file", &file.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            Self::Field { path, reason } | Self::Invalid { path, reason } => {
                words.with("load-field", &[("path", path), ("reason", reason)])
            }
            Self::Locked => words.get("load-locked").to_owned(),
            Self::WrongPassphrase => words.get("load-wrong-passphrase").to_owned(),
            Self::BrokenLock(reason) => words.with("load-broken-lock", &[("reason", reason)]),
            Self::NotAFile { kind } => words.with("load-not-a-file", &[("kind", kind)]),
            Self::TooMuchUnknown { field, limit } => words.with(
                "load-too-much-unknown",
                &[("field", field), ("limit", &limit.to_string())],
            ),
            Self::TooManyValues { limit } => {
                words.with("load-too-many-values", &[("limit", &limit.to_string())])
            }
        };
        f.write_str(&text)
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = ui();
        let text = match self {
            Self::Write { path, source } => words.with(
                "save-write",
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &plain_io(source)),
                ],
            ),
            Self::Lock(reason) => words.with("save-lock", &[("reason", reason)]),
            Self::Output(error) => return fmt::Display::fmt(error, f),
            Self::Encode(error) => words.with("save-encode", &[("reason", &error.to_string())]),
        };
        f.write_str(&text)
    }
}

/// What went wrong with a write, in words a user can act on, with the system's own words after.
pub(super) fn plain_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let plain = match error.kind() {
        ErrorKind::NotFound => "storage-io-not-found",
        ErrorKind::PermissionDenied => "storage-io-permission",
        ErrorKind::ReadOnlyFilesystem => "storage-io-read-only",
        ErrorKind::StorageFull => "storage-io-disk-full",
        ErrorKind::QuotaExceeded => "storage-io-quota",
        ErrorKind::IsADirectory => "storage-io-is-folder",
        _ => return error.to_string(),
    };
    ui().with(
        "storage-io-explained",
        &[("plain", ui().get(plain)), ("system", &error.to_string())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English texts, byte for byte as they were written in the code before they moved
    /// to the translation files (escaped braces, backslashes and plural forms included).
    #[test]
    fn messages_read_exactly_as_before_in_english() {
        let syntax = |reason: &str| LoadError::Syntax {
            line: 4,
            column: 3,
            reason: ui().get(reason).to_owned(),
        };
        assert_eq!(
            syntax("load-json-comma-brace").to_string(),
            "The file is damaged at line 4, column 3: a comma or a closing } is missing. A text \
             editor can fix it there; the backup beside it (ending in .bak) may be intact."
        );
        assert_eq!(
            ui().get("load-json-escape"),
            "a backslash in a text starts no known escape (write \\\\ for one)"
        );
        assert_eq!(
            ui().get("load-json-control"),
            "a text holds a raw control character such as a line break (write it as \\n)"
        );
        assert_eq!(
            LoadError::TooLarge {
                size_mib: 70.24,
                limit_mib: 64
            }
            .to_string(),
            "The file is 70.2 MiB, larger than any session: powermap opens session files of up \
             to 64 MiB. Is it the right file?"
        );
        assert_eq!(
            LoadError::BadVersion(ui().get("load-version-missing").to_owned()).to_string(),
            "The session's \"version\" must be a whole number from 1 up; this file has none."
        );
        let error = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert_eq!(
            plain_io(&error),
            format!("the disk is full; make room or choose another disk ({error})")
        );
        assert_eq!(
            ui().counted_with("repair-round-moved", 1, &[("round", "May")]),
            "Round \"May\": 1 recorded position moved into the map."
        );
        assert_eq!(
            ui().counted_with("repair-round-moved", 2, &[("round", "May")]),
            "Round \"May\": 2 recorded positions moved into the map."
        );
        assert_eq!(super::super::describe_size(1), "1 bytes");
        assert_eq!(super::super::describe_size(1536), "1.5 KiB");
    }
}
