//! The one way powermap reads a file a user points it at (sessions, imports, the CLI): only
//! ordinary files, never more than a limit, and never waiting on a pipe or a device.

use crate::words::ui;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// Why [`read_input`] refused or failed to read a file.
#[derive(Debug)]
pub enum InputError {
    /// The system could not open or read it (missing, no permission, a disk error).
    Io(std::io::Error),
    /// It is not an ordinary file: reading a pipe or a device could wait forever or never
    /// end, and a folder holds no data.
    NotAFile(&'static str),
    /// It holds more than the limit; `size` is its size, or the bytes read when the file
    /// grew while being read.
    TooLarge {
        /// The size found.
        size: u64,
        /// The limit the reader was given.
        limit: u64,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(error) => write!(f, "{error}"),
            Self::NotAFile(kind) => {
                f.write_str(&ui().with("storage-input-not-a-file", &[("kind", kind)]))
            }
            Self::TooLarge { size, limit } => f.write_str(&ui().with(
                "storage-input-too-large",
                &[
                    ("size", &describe_size(*size)),
                    ("limit", &describe_size(*limit)),
                ],
            )),
        }
    }
}

impl std::error::Error for InputError {}

/// A size in the unit people see in file managers: "64 MiB", "3.2 GiB", "700 bytes".
pub fn describe_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    #[expect(clippy::cast_precision_loss, reason = "a size rounded for a message")]
    let scaled = |unit: u64| bytes as f64 / unit as f64;
    let (value, unit) = match bytes {
        b if b >= KIB * KIB * KIB => (scaled(KIB * KIB * KIB), "storage-size-gib"),
        b if b >= KIB * KIB => (scaled(KIB * KIB), "storage-size-mib"),
        b if b >= KIB => (scaled(KIB), "storage-size-kib"),
        _ => {
            let count = usize::try_from(bytes).unwrap_or(usize::MAX);
            return ui().counted("storage-size-bytes", count);
        }
    };
    let number = if value.fract() < 0.05 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    ui().with(unit, &[("size", &number)])
}

/// What a file that is not an ordinary one is, in words (the interface's); `None` for an
/// ordinary file.
pub(super) fn kind_of(file_type: std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some(ui().get("storage-kind-folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some(ui().get("storage-kind-pipe"));
        }
        if file_type.is_socket() {
            return Some(ui().get("storage-kind-socket"));
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return Some(ui().get("storage-kind-device"));
        }
    }
    Some(ui().get("storage-kind-special"))
}

/// Open `path` for reading without ever blocking: a FIFO opened for reading waits for a
/// writer unless it is opened non-blocking.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The ordinary file at `path`, open for reading, and its size; refused (without reading)
/// when it is a folder, a pipe, a device or a socket. Symbolic links are followed. Nothing
/// waits: the type is checked before opening and again on the opened file, which is opened
/// non-blocking, so a pipe swapped in between is refused too.
fn open_ordinary(path: &Path) -> Result<(std::fs::File, u64), InputError> {
    let refuse_odd = |meta: &std::fs::Metadata| match kind_of(meta.file_type()) {
        Some(kind) => Err(InputError::NotAFile(kind)),
        None => Ok(meta.len()),
    };
    // Checking first keeps devices from being opened at all (opening some has effects).
    refuse_odd(&std::fs::metadata(path).map_err(InputError::Io)?)?;
    let file = open_nonblocking(path).map_err(InputError::Io)?;
    let size = refuse_odd(&file.metadata().map_err(InputError::Io)?)?;
    Ok((file, size))
}

/// The bytes of the ordinary file at `path`, refused as [`open_ordinary`] says, or when it
/// holds more than `limit` bytes.
pub fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>, InputError> {
    let (file, size) = open_ordinary(path)?;
    if size > limit {
        return Err(InputError::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // One byte past the limit tells a file that grew after the size check.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(InputError::Io)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(InputError::TooLarge { size: read, limit });
    }
    Ok(bytes)
}

/// At most the first `count` bytes of the ordinary file at `path`, refused as
/// [`open_ordinary`] says: enough to tell what a file is by how it begins, whatever its size.
pub fn read_head(path: &Path, count: u64) -> Result<Vec<u8>, InputError> {
    let (file, _) = open_ordinary(path)?;
    let mut head = Vec::new();
    file.take(count)
        .read_to_end(&mut head)
        .map_err(InputError::Io)?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(describe_size(700), "700 bytes");
        assert_eq!(describe_size(64 * 1024 * 1024), "64 MiB");
        assert_eq!(describe_size(64 * 1024 * 1024 + 1), "64 MiB");
        assert_eq!(describe_size(3 * 1024 * 1024 * 1024 / 2), "1.5 GiB");
    }

    #[test]
    fn folders_are_refused_and_files_are_capped() {
        let dir = tempfile::tempdir().expect("dir");
        assert!(matches!(
            read_input(dir.path(), 10),
            Err(InputError::NotAFile("a folder"))
        ));
        let path = dir.path().join("f");
        std::fs::write(&path, b"0123456789").expect("write");
        assert_eq!(read_input(&path, 10).expect("read"), b"0123456789");
        assert!(matches!(
            read_input(&path, 9),
            Err(InputError::TooLarge { size: 10, limit: 9 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_without_reading() {
        assert!(matches!(
            read_input(Path::new("/dev/zero"), 10),
            Err(InputError::NotAFile("a device"))
        ));
    }
}
