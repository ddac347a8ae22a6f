//! Writing a session file: pretty JSON, written beside the target and renamed over it.

use super::error::SaveError;
use super::format::{CURRENT_VERSION, FORMAT_NAME};
use super::lock::{is_locked, lock};
use crate::model::Session;
use age::secrecy::SecretString;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Serialize)]
struct SessionFile<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    session: &'a Session,
}

/// The session as the pretty-printed JSON text a file holds.
pub fn to_json(session: &Session) -> Result<String, SaveError> {
    let file = SessionFile {
        format: FORMAT_NAME,
        version: CURRENT_VERSION,
        session,
    };
    let mut text = if session.unknown.count() == 0 {
        serde_json::to_string_pretty(&file)?
    } else {
        // Unknown fields go back in after the known ones, so nothing a file carried is lost.
        let mut value = serde_json::to_value(&file)?;
        super::unknown::restore_unknown(&mut value, session);
        serde_json::to_string_pretty(&value)?
    };
    text.push('\n');
    Ok(text)
}

/// Where the previous version of `path` is kept after a save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// Save `session` to `path`: write a temporary file in the same folder, sync it, keep the
/// old file as a backup, then rename the new one into place. On failure the old file is
/// untouched and the temporary file removed.
pub fn save_file(session: &Session, path: &Path) -> Result<(), SaveError> {
    save_file_with(session, path, None)
}

/// Save, locked with `passphrase` when one is given. A locked save never leaves a plaintext
/// copy behind: the previous file is kept as a backup only if it was locked too, and a
/// plaintext backup from before the lock is removed.
pub fn save_file_with(
    session: &Session,
    path: &Path,
    passphrase: Option<&SecretString>,
) -> Result<(), SaveError> {
    let text = to_json(session)?;
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let Some(passphrase) = passphrase else {
        return write_atomically(path, text.as_bytes(), true).map_err(write_error);
    };
    let bytes = lock(text.as_bytes(), passphrase)?;
    let previous_locked = std::fs::read(path).is_ok_and(|old| is_locked(&old));
    if !previous_locked {
        let backup = backup_path(path);
        if std::fs::read(&backup).is_ok_and(|old| !is_locked(&old)) {
            std::fs::remove_file(&backup).map_err(write_error)?;
        }
    }
    write_atomically(path, &bytes, previous_locked).map_err(write_error)
}

/// Replace `path` with `bytes` so that a crash at any moment leaves either the old file or the
/// new one, never half of one: write a synced temporary file beside it, then rename it over.
/// With `keep_backup`, the previous file is first copied to `NAME.bak`.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> std::io::Result<()> {
    write_atomically_with(path, bytes, keep_backup, write_synced)
}

/// [`write_atomically`] with the step that writes the temporary file passed in, so tests can
/// make it fail half way (a full disk, a yanked USB stick) and check nothing else was touched.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    write_temp: impl FnOnce(&Path, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let temp = folder.join(format!(".{file_name}.{}.tmp", std::process::id()));
    if let Err(error) = write_temp(&temp, bytes) {
        let _ = std::fs::remove_file(&temp);
        return Err(error);
    }
    if keep_backup && path.exists() {
        // A failed backup must not stop the save; the rename below is what matters.
        let _ = std::fs::copy(path, backup_path(path));
    }
    std::fs::rename(&temp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}
