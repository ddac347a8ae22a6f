//! Holding a session file while it is read, changed and written back (`powermap import
//! --into S --out S`), so that two such commands at once both land instead of one silently
//! undoing the other.

use crate::words::ui;
use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use thiserror::Error;

/// How long to wait for another powermap to finish with the file.
pub const UPDATE_WAIT: Duration = Duration::from_secs(60);

/// Pause between attempts to take the file.
const RETRY_EVERY: Duration = Duration::from_millis(25);

/// The file is held for an update until this is dropped.
#[derive(Debug)]
pub struct UpdateLock {
    /// The open file whose lock is held; closing it releases the lock.
    held: Option<File>,
}

/// The file could not be held; its text (`Display`) is in the interface's language.
#[derive(Debug, Error)]
pub enum UpdateLockError {
    /// Another program kept it for longer than we wait.
    Busy {
        /// The file.
        path: PathBuf,
        /// How long we waited.
        waited: Duration,
    },
    /// The file could not be opened to hold it.
    Open {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl std::fmt::Display for UpdateLockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Busy { path, waited } => ui().counted_with(
                "lock-update-busy",
                usize::try_from(waited.as_secs()).unwrap_or(usize::MAX),
                &[("path", &path.display().to_string())],
            ),
            Self::Open { path, source } => ui().with(
                "lock-update-open",
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &source.to_string()),
                ],
            ),
        };
        f.write_str(&text)
    }
}

impl UpdateLock {
    /// Hold the regular file `path` (links followed) against other powermaps updating it,
    /// waiting up to `wait` for one that holds it now. A file that does not exist yet needs no
    /// holding. Saving replaces the file by renaming a new one over it, so after the wait the
    /// held file must still be the one at `path`; otherwise the newer file is held instead.
    pub fn acquire(path: &Path, wait: Duration) -> Result<Self, UpdateLockError> {
        let started = Instant::now();
        let open_error = |source| UpdateLockError::Open {
            path: path.to_owned(),
            source,
        };
        loop {
            // Only regular files are opened: opening a named pipe would wait for a writer.
            match std::fs::metadata(path) {
                Ok(meta) if meta.is_file() => {}
                _ => return Ok(Self { held: None }),
            }
            let file = File::open(path).map_err(open_error)?;
            match file.try_lock() {
                Ok(()) => {
                    if still_at(path, &file) {
                        return Ok(Self { held: Some(file) });
                    }
                    // Replaced while we waited: hold the new file instead.
                }
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(source)) => return Err(open_error(source)),
            }
            if started.elapsed() >= wait {
                return Err(UpdateLockError::Busy {
                    path: path.to_owned(),
                    waited: wait,
                });
            }
            std::thread::sleep(RETRY_EVERY);
        }
    }
}

impl UpdateLock {
    /// Whether nothing was held (the file did not exist yet).
    pub fn is_free(&self) -> bool {
        self.held.is_none()
    }
}

/// Whether `path` still names the open `file`.
fn still_at(path: &Path, file: &File) -> bool {
    match (std::fs::metadata(path), file.metadata()) {
        (Ok(now), Ok(held)) => now.dev() == held.dev() && now.ino() == held.ino(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_file_makes_the_second_wait_and_a_missing_one_needs_no_hold() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("map.json");
        let none = UpdateLock::acquire(&path, Duration::ZERO).expect("no file, no hold");
        assert!(none.held.is_none());
        assert!(none.is_free());
        std::fs::write(&path, "{}").expect("write");
        let first = UpdateLock::acquire(&path, Duration::ZERO).expect("first");
        let second = UpdateLock::acquire(&path, Duration::from_millis(60));
        assert!(
            matches!(second, Err(UpdateLockError::Busy { .. })),
            "{second:?}"
        );
        drop(first);
        UpdateLock::acquire(&path, Duration::ZERO).expect("free again");
    }
}
