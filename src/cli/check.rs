//! `powermap check`: validate session files and say, one line each, what is wrong.

use super::passphrase::load_for_cli;
use super::{actors, relationships};
use crate::storage::LoadError;
use crate::words::ui;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// One file's verdict: "ok (N actors, M relationships)" or the reason it was refused.
pub fn check_file(path: &Path) -> Result<String, LoadError> {
    let session = load_for_cli(path)?;
    Ok(ui().with(
        "cli-check-ok",
        &[
            ("actors", &actors(session.actors.len())),
            ("relationships", &relationships(session.relationships.len())),
        ],
    ))
}

/// Check every file, writing one line each to `out`. Success only if every file is fine.
pub fn check_files(paths: &[impl AsRef<Path>], out: &mut impl Write) -> ExitCode {
    let mut all_ok = true;
    for path in paths {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let line = match check_file(path) {
            Ok(summary) => ui().with(
                "cli-check-line-ok",
                &[("path", &shown), ("summary", &summary)],
            ),
            Err(error) => {
                all_ok = false;
                ui().with(
                    "cli-check-line-error",
                    &[("path", &shown), ("error", &error.to_string())],
                )
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
