//! Writing any file powermap makes (sessions, backups, exports, codes keys, autosaved copies):
//! to the file a symbolic link points at, atomically, with the permissions the file had, never
//! over a folder, a pipe or a device, and never over a file being read.

use super::input::kind_of;
use crate::words::ui;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use thiserror::Error;

/// Symbolic links followed before giving up (the system's own limit is 40).
const MAX_LINK_HOPS: usize = 40;

/// Permissions of a new file nobody else may read.
const PRIVATE_MODE: u32 = 0o600;

/// Who may read a file powermap creates (a file that exists keeps its own permissions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewFileAccess {
    /// As the system's defaults say (the user's umask).
    Default,
    /// Only the owner: for what comes from a locked or non-world-readable session.
    Private,
}

/// How [`write_file`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteOptions {
    /// Keep the previous version as `NAME.bak` beside the file.
    pub keep_backup: bool,
    /// Who may read the file if it is new; with `Private`, an existing file also loses any
    /// access for group and others.
    pub access: NewFileAccess,
}

impl WriteOptions {
    /// Replace the file, keeping no backup, with default permissions for a new file.
    pub const PLAIN: Self = Self {
        keep_backup: false,
        access: NewFileAccess::Default,
    };
}

/// What happened to the previous version's backup during a write.
#[derive(Debug, Default)]
pub enum BackupOutcome {
    /// No backup was asked for, or there was no previous version.
    #[default]
    NotNeeded,
    /// The previous version is in `NAME.bak`.
    Kept,
    /// The backup could not be written (the new file was still written); an older backup,
    /// if there was one, is unchanged.
    NotKept(std::io::Error),
}

/// Why a file was not written; its text (`Display`) is in the interface's language.
#[derive(Debug, Error)]
pub enum OutputError {
    /// The path names something that is not a regular file.
    NotAFile {
        /// The path as given.
        path: PathBuf,
        /// What it is ("a folder", "a named pipe", ...).
        what: &'static str,
    },
    /// Writing there would replace one of the files being read.
    SameAsInput {
        /// The output path as given.
        path: PathBuf,
        /// Which input it is, in words ("the session being exported").
        input: String,
    },
    /// Two outputs of one command name the same file.
    NamedTwice {
        /// The path given twice.
        path: PathBuf,
    },
    /// The system refused.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = ui();
        let text = match self {
            Self::NotAFile { path, what } => words.with(
                "storage-output-not-a-file",
                &[("path", &path.display().to_string()), ("what", what)],
            ),
            Self::SameAsInput { path, input } => words.with(
                "storage-output-same-as-input",
                &[("path", &path.display().to_string()), ("input", input)],
            ),
            Self::NamedTwice { path } => words.with(
                "storage-output-named-twice",
                &[("path", &path.display().to_string())],
            ),
            Self::Io { path, source } => words.with(
                "storage-output-io",
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &super::error::plain_io(source)),
                ],
            ),
        };
        f.write_str(&text)
    }
}

/// The file `path` names once every symbolic link on the way is followed: the file a save
/// must replace so that the link stays a link. A path that does not exist (or a link to a file
/// not there yet) gives the path that would be created.
pub fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINK_HOPS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(folder) if target.is_relative() => folder.join(target),
                    _ => target,
                };
            }
            Ok(_) => return Ok(current),
            Err(error) if error.kind() == ErrorKind::NotFound => return Ok(current),
            Err(error) => return Err(error),
        }
    }
    Err(std::io::Error::new(
        ErrorKind::InvalidInput,
        ui().get("storage-too-many-links"),
    ))
}

/// The metadata of the regular file `path` names (links followed), `None` if there is no file
/// yet; anything else there (a folder, a pipe, a device) is refused.
pub fn existing_target(path: &Path) -> Result<Option<Metadata>, OutputError> {
    match std::fs::metadata(path) {
        Ok(meta) => match kind_of(meta.file_type()) {
            None => Ok(Some(meta)),
            Some(what) => Err(OutputError::NotAFile {
                path: path.to_owned(),
                what,
            }),
        },
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(None),
        Err(source) => Err(OutputError::Io {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Whether two paths name the same file on disk (through links and different spellings).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Refuse `outputs` that are not files, that replace one of `inputs` (each with the words
/// that say what it is), or that name the same file twice.
pub fn check_outputs(outputs: &[&Path], inputs: &[(&Path, &str)]) -> Result<(), OutputError> {
    for (index, output) in outputs.iter().enumerate() {
        existing_target(output)?;
        if let Some((_, what)) = inputs.iter().find(|(input, _)| same_file(output, input)) {
            return Err(OutputError::SameAsInput {
                path: output.to_path_buf(),
                input: (*what).to_owned(),
            });
        }
        let named_before = outputs[..index]
            .iter()
            .any(|earlier| same_file(earlier, output) || paths_equal(earlier, output));
        if named_before {
            return Err(OutputError::NamedTwice {
                path: output.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// The same path once links are followed, for files that may not exist yet.
fn paths_equal(a: &Path, b: &Path) -> bool {
    let absolute = |p: &Path| {
        let resolved = resolve_links(p).unwrap_or_else(|_| p.to_owned());
        std::path::absolute(&resolved).unwrap_or(resolved)
    };
    absolute(a) == absolute(b)
}

/// Whether a file is kept from others: not readable by everyone.
fn not_world_readable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.permissions().mode() & 0o004 == 0)
}

/// The files one export writes, and where they come from.
pub struct ExportFiles<'a> {
    /// Each file to write and its bytes.
    pub files: Vec<(&'a Path, &'a [u8])>,
    /// The session file exported, if it has one: never overwritten, and its privacy is kept.
    pub session_file: Option<&'a Path>,
    /// Whether the session is locked (its exports are then private too).
    pub locked: bool,
}

/// Write every file of an export, each atomically. Nothing is written if any of them is not a
/// file, is the session itself or is named twice. Exports of a locked or non-world-readable
/// session (reports, CSV data, the codes key with real names) are readable by the owner only.
pub fn write_export_files(export: &ExportFiles) -> Result<(), OutputError> {
    let outputs: Vec<&Path> = export.files.iter().map(|(path, _)| *path).collect();
    let inputs: Vec<(&Path, &str)> = export
        .session_file
        .map(|path| (path, ui().get("storage-input-session-exported")))
        .into_iter()
        .collect();
    check_outputs(&outputs, &inputs)?;
    let private = export.locked || export.session_file.is_some_and(not_world_readable);
    let options = WriteOptions {
        keep_backup: false,
        access: if private {
            NewFileAccess::Private
        } else {
            NewFileAccess::Default
        },
    };
    for (path, bytes) in &export.files {
        write_file(path, bytes, options)?;
    }
    Ok(())
}

/// Where the previous version of `path` is kept after a save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// Write `bytes` to `path` so that a crash at any moment leaves either the old file or the new
/// one, never half of one: follow links to the real file, write a synced temporary file beside
/// it with the old file's permissions and group, optionally keep the old one as `NAME.bak`
/// (itself replaced atomically), then rename the new file over the old.
pub fn write_file(
    path: &Path,
    bytes: &[u8],
    options: WriteOptions,
) -> Result<BackupOutcome, OutputError> {
    write_file_with(path, bytes, options, write_synced)
}

/// [`write_file`] with the step that fills a temporary file passed in, so tests can make it
/// fail half way (a full disk, a yanked USB stick) and check what survives.
pub fn write_file_with(
    path: &Path,
    bytes: &[u8],
    options: WriteOptions,
    mut fill: impl FnMut(&mut File, &[u8]) -> std::io::Result<()>,
) -> Result<BackupOutcome, OutputError> {
    let io_error = |source| OutputError::Io {
        path: path.to_owned(),
        source,
    };
    let target = resolve_links(path).map_err(io_error)?;
    let previous = existing_target(&target).map_err(|error| match error {
        OutputError::NotAFile { what, .. } => OutputError::NotAFile {
            path: path.to_owned(),
            what,
        },
        other => other,
    })?;
    let mode = final_mode(previous.as_ref(), options.access);
    let temp = temp_beside(&target, "tmp");
    if let Err(error) = write_temp(&temp, bytes, mode, previous.as_ref(), &mut fill) {
        let _ = std::fs::remove_file(&temp);
        return Err(io_error(error));
    }
    let backup = match &previous {
        Some(_) if options.keep_backup => keep_backup(&target, &mut fill),
        _ => BackupOutcome::NotNeeded,
    };
    if let Err(error) = std::fs::rename(&temp, &target) {
        let _ = std::fs::remove_file(&temp);
        return Err(io_error(error));
    }
    sync_folder(&target);
    Ok(backup)
}

/// The mode bits the written file gets: the old file's, or 0600 for a private new file, or
/// `None` for the system's default.
fn final_mode(previous: Option<&Metadata>, access: NewFileAccess) -> Option<u32> {
    let private = access == NewFileAccess::Private;
    match previous {
        Some(meta) if private => Some(meta.permissions().mode() & 0o7700),
        Some(meta) => Some(meta.permissions().mode() & 0o7777),
        None if private => Some(PRIVATE_MODE),
        None => None,
    }
}

/// Create the temporary file (never readable by others while being filled when a mode is
/// asked for), fill it, give it its final mode and the old file's group, and sync it.
fn write_temp(
    temp: &Path,
    bytes: &[u8],
    mode: Option<u32>,
    previous: Option<&Metadata>,
    write_bytes: &mut impl FnMut(&mut File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut open = OpenOptions::new();
    open.write(true).create_new(true);
    if mode.is_some() {
        open.mode(PRIVATE_MODE);
    }
    let mut file = open.open(temp)?;
    if let Some(meta) = previous {
        // Keeping the group matters for shared folders; only its owner or root may set it,
        // and a file we cannot give the old group to is still better saved than not.
        let _ = std::os::unix::fs::fchown(&file, None, Some(meta.gid()));
    }
    if let Some(mode) = mode {
        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    write_bytes(&mut file, bytes)?;
    file.sync_all()
}

/// Replace `NAME.bak` with the current file, atomically: a hard link where the file system
/// has them (no bytes copied, so a full disk cannot cut it), else a synced copy renamed over.
fn keep_backup(
    target: &Path,
    fill: &mut impl FnMut(&mut File, &[u8]) -> std::io::Result<()>,
) -> BackupOutcome {
    let temp = temp_beside(target, "bak.tmp");
    if std::fs::hard_link(target, &temp).is_ok() {
        return match std::fs::rename(&temp, backup_path(target)) {
            Ok(()) => BackupOutcome::Kept,
            Err(error) => {
                let _ = std::fs::remove_file(&temp);
                BackupOutcome::NotKept(error)
            }
        };
    }
    keep_backup_by_copy(target, fill)
}

/// The backup for file systems without hard links (FAT on a USB stick): copy, sync, rename.
fn keep_backup_by_copy(
    target: &Path,
    fill: &mut impl FnMut(&mut File, &[u8]) -> std::io::Result<()>,
) -> BackupOutcome {
    let temp = temp_beside(target, "bak.tmp");
    let copied = std::fs::metadata(target).and_then(|meta| {
        let old = std::fs::read(target)?;
        let mode = Some(meta.permissions().mode() & 0o7777);
        write_temp(&temp, &old, mode, Some(&meta), fill)?;
        std::fs::rename(&temp, backup_path(target))
    });
    match copied {
        Ok(()) => BackupOutcome::Kept,
        Err(error) => {
            let _ = std::fs::remove_file(&temp);
            BackupOutcome::NotKept(error)
        }
    }
}

/// A temporary name beside `target`, unique in this process and among processes.
fn temp_beside(target: &Path, suffix: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    target.with_file_name(format!(".{name}.{}-{count}.{suffix}", std::process::id()))
}

/// Make the rename itself durable; a folder that cannot be synced (some network file
/// systems) still has the file.
fn sync_folder(target: &Path) {
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

fn write_synced(file: &mut File, bytes: &[u8]) -> std::io::Result<()> {
    file.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_link_resolves_beside_itself() {
        let dir = tempfile::tempdir().expect("temp");
        let real = dir.path().join("real.json");
        std::fs::write(&real, "x").expect("write");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("real.json", &link).expect("link");
        assert_eq!(resolve_links(&link).expect("resolve"), real);
        let loop_a = dir.path().join("a");
        std::os::unix::fs::symlink("b", &loop_a).expect("link");
        std::os::unix::fs::symlink("a", dir.path().join("b")).expect("link");
        assert!(resolve_links(&loop_a).is_err());
    }

    #[test]
    fn a_backup_cut_short_leaves_the_older_backup_whole() {
        let dir = tempfile::tempdir().expect("temp");
        let target = dir.path().join("map.json");
        std::fs::write(&target, "current version").expect("write");
        std::fs::write(backup_path(&target), "older version").expect("write");
        let outcome = keep_backup_by_copy(&target, &mut |file: &mut File, bytes: &[u8]| {
            file.write_all(&bytes[..3])?;
            Err(std::io::Error::from(ErrorKind::StorageFull))
        });
        assert!(matches!(outcome, BackupOutcome::NotKept(_)), "{outcome:?}");
        assert_eq!(
            std::fs::read_to_string(backup_path(&target)).expect("read"),
            "older version"
        );
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 2);
        let outcome = keep_backup_by_copy(&target, &mut write_synced);
        assert!(matches!(outcome, BackupOutcome::Kept), "{outcome:?}");
        assert_eq!(
            std::fs::read_to_string(backup_path(&target)).expect("read"),
            "current version"
        );
    }

    #[test]
    fn private_files_lose_group_and_other_bits() {
        assert_eq!(final_mode(None, NewFileAccess::Private), Some(0o600));
        assert_eq!(final_mode(None, NewFileAccess::Default), None);
    }
}
