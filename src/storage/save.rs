//! Writing a session file: pretty JSON, written beside the target and renamed over it.

use super::error::SaveError;
use super::format::{CURRENT_VERSION, FORMAT_NAME};
use super::input::read_head;
use super::lock::{LOCK_HEADER_LEN, file_is_locked, is_locked, lock};
use super::output::{
    BackupOutcome, NewFileAccess, OutputError, WriteOptions, backup_path, resolve_links, write_file,
};
use crate::model::Session;
use crate::words::ui;
use age::secrecy::SecretString;
use serde::Serialize;
use std::path::Path;

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

/// What a save did besides writing the file.
#[derive(Debug, Default)]
pub struct Saved {
    /// What became of the previous version's backup.
    pub backup: BackupOutcome,
}

impl Saved {
    /// A sentence for the user when the save worked but the backup could not be kept.
    pub fn warning(&self, path: &Path) -> Option<String> {
        match &self.backup {
            BackupOutcome::NotKept(error) => Some(ui().with(
                "save-backup-not-kept",
                &[
                    ("path", &backup_path(path).display().to_string()),
                    ("reason", &super::error::plain_io(error)),
                ],
            )),
            BackupOutcome::Kept | BackupOutcome::NotNeeded => None,
        }
    }
}

/// Save `session` to `path` (to the file it links to, if it is a link): write a temporary
/// file beside it, sync it, keep the old file as a backup, then rename the new one into place.
/// On failure the old file is untouched and the temporary file removed.
pub fn save_file(session: &Session, path: &Path) -> Result<Saved, SaveError> {
    save_file_with(session, path, None)
}

/// Save, locked with `passphrase` when one is given. A locked save never leaves a plaintext
/// copy behind: the previous file is kept as a backup only if it was locked too, and a
/// plaintext backup from before the lock is removed.
pub fn save_file_with(
    session: &Session,
    path: &Path,
    passphrase: Option<&SecretString>,
) -> Result<Saved, SaveError> {
    let text = to_json(session)?;
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let Some(passphrase) = passphrase else {
        return write_session(path, text.as_bytes(), Backup::Keep);
    };
    let bytes = lock(text.as_bytes(), passphrase)?;
    let target = resolve_links(path).map_err(write_error)?;
    let previous_locked = file_is_locked(&target);
    if !previous_locked {
        let backup = backup_path(&target);
        // Only a regular file that can be read is looked at: a pipe there would block.
        if read_head(&backup, LOCK_HEADER_LEN).is_ok_and(|head| !is_locked(&head)) {
            std::fs::remove_file(&backup).map_err(write_error)?;
        }
    }
    let backup = if previous_locked {
        Backup::Keep
    } else {
        Backup::Drop
    };
    write_session(path, &bytes, backup)
}

/// Whether a save keeps the file it replaces as a backup.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Backup {
    /// Keep it beside the new one.
    Keep,
    /// Let the new file replace it (a plaintext copy must not outlive a lock).
    Drop,
}

fn write_session(path: &Path, bytes: &[u8], backup: Backup) -> Result<Saved, SaveError> {
    let options = WriteOptions {
        keep_backup: backup == Backup::Keep,
        access: NewFileAccess::Default,
    };
    match write_file(path, bytes, options) {
        Ok(backup) => Ok(Saved { backup }),
        Err(OutputError::Io { source, .. }) => Err(SaveError::Write {
            path: path.to_owned(),
            source,
        }),
        Err(other) => Err(SaveError::Output(other)),
    }
}
