//! The co-editing history beside a session file (docs/FORMAT.md, "Shared sessions"):
//! `NAME.json.share` holds the engine's document of a shared session, so that a laptop
//! closed while apart can merge its copy when it meets the others again. It is locked with
//! the session's passphrase when the session is, and a session opens as always without it.

use super::SecretString;
use super::error::{LoadError, SaveError};
use super::input::{InputError, read_input};
use super::lock::{is_locked, lock, unlock};
use super::output::{NewFileAccess, WriteOptions, write_file};
use std::path::{Path, PathBuf};

/// The largest history read back: four times the largest session file.
pub const MAX_SIDECAR_BYTES: u64 = 256 * 1024 * 1024;

/// Where the history of the session at `path` is kept.
pub fn sidecar_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".share");
    PathBuf::from(name)
}

/// Write `history` beside the session at `path`, locked with `passphrase` if given, readable
/// by its owner only (it holds every name and note the session does).
pub fn write_sidecar(
    path: &Path,
    history: &[u8],
    passphrase: Option<&SecretString>,
) -> Result<(), SaveError> {
    let bytes = match passphrase {
        Some(passphrase) => lock(history, passphrase)?,
        None => history.to_vec(),
    };
    let options = WriteOptions {
        keep_backup: false,
        access: NewFileAccess::Private,
    };
    write_file(&sidecar_path(path), &bytes, options).map_err(SaveError::Output)?;
    Ok(())
}

/// The history kept beside the session at `path`, if there is one. A locked history needs
/// `passphrase`.
pub fn read_sidecar(
    path: &Path,
    passphrase: Option<&SecretString>,
) -> Result<Option<Vec<u8>>, LoadError> {
    let at = sidecar_path(path);
    if !at.exists() {
        return Ok(None);
    }
    let bytes = read_input(&at, MAX_SIDECAR_BYTES).map_err(|e| match e {
        InputError::Io(source) => LoadError::Read {
            path: at.clone(),
            source,
        },
        InputError::NotAFile(kind) => LoadError::NotAFile { kind },
        #[expect(clippy::cast_precision_loss, reason = "a size in MiB for a message")]
        InputError::TooLarge { size, .. } => LoadError::TooLarge {
            size_mib: size as f64 / (1024.0 * 1024.0),
            limit_mib: MAX_SIDECAR_BYTES / (1024 * 1024),
        },
    })?;
    match (is_locked(&bytes), passphrase) {
        (true, Some(passphrase)) => unlock(&bytes, passphrase).map(Some),
        (true, None) => Err(LoadError::Locked),
        (false, _) => Ok(Some(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_history_reads_back_as_written_and_a_locked_one_only_with_its_passphrase() {
        let folder = tempfile::tempdir().expect("folder");
        let session = folder.path().join("map.json");
        assert_eq!(
            read_sidecar(&session, None).expect("read"),
            None,
            "none yet"
        );
        write_sidecar(&session, b"engine bytes", None).expect("write");
        assert_eq!(
            read_sidecar(&session, None).expect("read").as_deref(),
            Some(&b"engine bytes"[..])
        );

        let passphrase = SecretString::from("correct horse battery".to_owned());
        write_sidecar(&session, b"secret bytes", Some(&passphrase)).expect("write");
        let on_disk = std::fs::read(sidecar_path(&session)).expect("file");
        assert!(is_locked(&on_disk) && !on_disk.windows(6).any(|w| w == b"secret"));
        assert!(read_sidecar(&session, None).is_err());
        let wrong = SecretString::from("wrong horse battery".to_owned());
        assert!(read_sidecar(&session, Some(&wrong)).is_err());
        assert_eq!(
            read_sidecar(&session, Some(&passphrase))
                .expect("read")
                .as_deref(),
            Some(&b"secret bytes"[..])
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(sidecar_path(&session))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "readable by its owner only");
        }
    }
}
