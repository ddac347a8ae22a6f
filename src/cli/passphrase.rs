//! Passphrases for locked files on the command line: from `POWERMAP_PASSPHRASE` or a prompt,
//! never from an argument (arguments show up in process lists and shell histories).

use crate::model::Session;
use crate::storage::{LoadError, SecretString, load_file, load_file_with};
use crate::words::ui;
use std::io::IsTerminal;
use std::path::Path;

/// The environment variable a script can set to open locked sessions.
pub const PASSPHRASE_VAR: &str = "POWERMAP_PASSPHRASE";

/// Load a session, asking for the passphrase if it is locked.
pub fn load_for_cli(path: &Path) -> Result<Session, LoadError> {
    load_keeping_lock(path).map(|(session, _)| session)
}

/// Load a session, asking for the passphrase if it is locked, and hand the passphrase back so
/// that whatever is written from it can be locked the same way.
pub fn load_keeping_lock(path: &Path) -> Result<(Session, Option<SecretString>), LoadError> {
    match load_file(path) {
        Err(LoadError::Locked) => {
            let passphrase = passphrase_for(path).ok_or(LoadError::Locked)?;
            let session = load_file_with(path, Some(&passphrase))?;
            Ok((session, Some(passphrase)))
        }
        other => other.map(|session| (session, None)),
    }
}

fn passphrase_for(path: &Path) -> Option<SecretString> {
    if let Ok(value) = std::env::var(PASSPHRASE_VAR) {
        return Some(SecretString::from(value));
    }
    if !std::io::stdin().is_terminal() {
        return None;
    }
    let prompt = ui().with(
        "cli-passphrase-prompt",
        &[("path", &path.display().to_string())],
    );
    rpassword::prompt_password(prompt)
        .ok()
        .map(SecretString::from)
}
