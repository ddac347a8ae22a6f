//! `powermap check`: validate session files and say, one line each, what is wrong.

use super::passphrase::load_for_cli;
use crate::storage::LoadError;
use crate::words::count;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// One file's verdict: "ok (N actors, M relationships)" or the reason it was refused.
pub fn check_file(path: &Path) -> Result<String, LoadError> {
    let session = load_for_cli(path)?;
    Ok(format!(
        "ok ({}, {})",
        count(session.actors.len(), "actor", "actors"),
        count(session.relationships.len(), "relationship", "relationships"),
    ))
}

/// Check every file, writing one line each to `out`. Success only if every file is fine.
pub fn check_files(paths: &[impl AsRef<Path>], out: &mut impl Write) -> ExitCode {
    let mut all_ok = true;
    for path in paths {
        let path = path.as_ref();
        let line = match check_file(path) {
            Ok(summary) => format!("{}: {summary}", path.display()),
            Err(error) => {
                all_ok = false;
                format!("{}: error: {error}", path.display())
            }
        };
        // A closed stdout (piped into `head`) is no reason to panic.
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
