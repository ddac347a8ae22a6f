//! Autosave and crash recovery: unsaved work is written to the app's data folder, so a crash
//! or a kill costs at most the last few seconds.

use super::error::{LoadError, SaveError};
use super::load::{load_file, load_file_with};
use super::lock::{file_is_locked, lock};
use super::output::{NewFileAccess, OutputError, WriteOptions, write_file};
use super::save::to_json;
use crate::model::Session;
use crate::words::ui;
use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const SESSION_FILE: &str = "recovery.json";
const INFO_FILE: &str = "recovery-info.json";

/// Where unsaved work waits to be recovered.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    folder: PathBuf,
}

/// What the recovery folder holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    /// The unsaved session; `None` while it is locked and waits for its passphrase.
    pub session: Option<Session>,
    /// When it was written.
    pub saved_at: SystemTime,
    /// The file the work belongs to, if it had one.
    pub original: Option<PathBuf>,
    /// Whether the autosaved copy is locked.
    pub locked: bool,
}

#[derive(Serialize, Deserialize)]
struct Info {
    saved_at_unix: u64,
    original: Option<PathBuf>,
}

impl RecoveryStore {
    /// A store in `folder` (created on the first write).
    pub fn new(folder: PathBuf) -> Self {
        Self { folder }
    }

    /// Write the unsaved `session` (which belongs to `original`, if anywhere), locked with
    /// `passphrase` if the session is locked: no plaintext copy of a locked session is ever
    /// written. Each file is replaced atomically; the session is written before the note
    /// that points at it.
    pub fn write(
        &self,
        session: &Session,
        original: Option<&Path>,
        passphrase: Option<&SecretString>,
    ) -> Result<(), SaveError> {
        let write_error = |source| SaveError::Write {
            path: self.folder.clone(),
            source,
        };
        std::fs::create_dir_all(&self.folder).map_err(write_error)?;
        let text = to_json(session)?;
        let bytes = match passphrase {
            Some(passphrase) => lock(text.as_bytes(), passphrase)?,
            None => text.into_bytes(),
        };
        write_private(&self.folder.join(SESSION_FILE), &bytes).map_err(write_error)?;
        let info = Info {
            saved_at_unix: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            original: original.map(Path::to_owned),
        };
        let info_text = serde_json::to_string_pretty(&info)?;
        write_private(&self.folder.join(INFO_FILE), info_text.as_bytes()).map_err(write_error)
    }

    /// The work waiting to be recovered, if any that can be read (a locked copy comes
    /// without its session; open it with [`RecoveryStore::unlock`]).
    pub fn read(&self) -> Option<Recovery> {
        let info: Info =
            serde_json::from_str(&std::fs::read_to_string(self.folder.join(INFO_FILE)).ok()?)
                .ok()?;
        let saved_at = UNIX_EPOCH + Duration::from_secs(info.saved_at_unix);
        let path = self.folder.join(SESSION_FILE);
        let locked = file_is_locked(&path);
        let session = if locked {
            None
        } else {
            Some(load_file(&path).ok()?)
        };
        Some(Recovery {
            session,
            saved_at,
            original: info.original,
            locked,
        })
    }

    /// The locked autosaved session, opened with `passphrase`.
    pub fn unlock(&self, passphrase: &SecretString) -> Result<Session, LoadError> {
        load_file_with(&self.folder.join(SESSION_FILE), Some(passphrase))
    }

    /// Forget the recovered work (it was saved, recovered or discarded).
    pub fn clear(&self) {
        let _ = std::fs::remove_file(self.folder.join(INFO_FILE));
        let _ = std::fs::remove_file(self.folder.join(SESSION_FILE));
    }
}

/// Unsaved work is nobody else's business: the recovery files are readable by the owner only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let options = WriteOptions {
        keep_backup: false,
        access: NewFileAccess::Private,
    };
    match write_file(path, bytes, options) {
        Ok(_) => Ok(()),
        Err(OutputError::Io { source, .. }) => Err(source),
        Err(other) => Err(std::io::Error::other(other.to_string())),
    }
}

/// `YYYY-MM-DD HH:MM UTC` for a moment, for "saved at" messages.
pub fn describe_time(at: SystemTime) -> String {
    let secs = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let (y, m, d) = crate::model::civil_from_days(days);
    let in_day = secs % 86_400;
    ui().with(
        "storage-time-utc",
        &[
            ("date", &format!("{y:04}-{m:02}-{d:02}")),
            (
                "time",
                &format!("{:02}:{:02}", in_day / 3600, (in_day % 3600) / 60),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position};
    use crate::storage::is_locked;

    #[test]
    fn write_read_clear() {
        let dir = tempfile::tempdir().expect("temp");
        let store = RecoveryStore::new(dir.path().join("recovery"));
        assert!(store.read().is_none());
        let mut session = Session::new_with_us();
        session.actors.push(Actor::new("Mayor", Position::CENTER));
        store
            .write(&session, Some(Path::new("/maps/city.json")), None)
            .expect("write");
        let got = store.read().expect("recovery");
        assert_eq!(got.session.as_ref(), Some(&session));
        assert_eq!(got.original.as_deref(), Some(Path::new("/maps/city.json")));
        store.clear();
        assert!(store.read().is_none());
        let secret = SecretString::from("s3cret".to_owned());
        store
            .write(&session, None, Some(&secret))
            .expect("write locked");
        let raw = std::fs::read(dir.path().join("recovery").join(SESSION_FILE)).expect("raw");
        assert!(
            is_locked(&raw) && !raw.windows(5).any(|w| w == b"Mayor"),
            "no plaintext on disk"
        );
        let locked = store.read().expect("recovery");
        assert!(locked.locked && locked.session.is_none());
        assert_eq!(store.unlock(&secret).expect("unlock"), session);
        assert_eq!(
            describe_time(UNIX_EPOCH + Duration::from_secs(86_400 + 3_660)),
            "1970-01-02 01:01 UTC"
        );
    }
}
