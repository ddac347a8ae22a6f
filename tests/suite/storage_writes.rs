//! Saving as people's disks really are: permissions and groups kept, links followed, and a
//! nearly full disk that must not cost the backup or an earlier export.

use powermap::model::{Actor, Position};
use powermap::storage::{ExportFiles, backup_path, load_file, save_file, write_export_files};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/river-cleanup.json");

/// Compare file contents, saying only the sizes when they differ (a session is long).
fn assert_same(path: &Path, expected: &[u8], what: &str) {
    let found = std::fs::read(path).expect("read");
    assert!(
        found == expected,
        "{what}: {} holds {} bytes, not the {} expected",
        path.display(),
        found.len(),
        expected.len()
    );
}

fn copy_of_example(folder: &Path) -> PathBuf {
    let path = folder.join("map.json");
    std::fs::copy(EXAMPLE, &path).expect("copy");
    path
}

#[test]
fn a_save_keeps_the_files_permissions_and_group() {
    let dir = tempfile::tempdir().expect("temp");
    let path = copy_of_example(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let root = std::fs::metadata(&path).expect("stat").uid() == 0;
    // As root the file can be given any group; otherwise it keeps the user's own.
    let group = if root {
        65534
    } else {
        std::fs::metadata(&path).expect("stat").gid()
    };
    std::os::unix::fs::chown(&path, None, Some(group)).expect("chgrp");
    let mut session = load_file(&path).expect("load");
    session.campaign.title.push_str(" (revised)");
    save_file(&session, &path).expect("save");
    let meta = std::fs::metadata(&path).expect("stat");
    assert_eq!(meta.permissions().mode() & 0o7777, 0o640);
    assert_eq!(meta.gid(), group);
    let backup = std::fs::metadata(backup_path(&path)).expect("backup");
    assert_eq!(backup.permissions().mode() & 0o7777, 0o640);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    save_file(&session, &path).expect("save again");
    let mode = std::fs::metadata(&path).expect("stat").permissions().mode() & 0o7777;
    assert_eq!(mode, 0o600, "a private session stays private");
}

#[test]
fn saving_through_a_link_writes_the_linked_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp");
    let synced = dir.path().join("synced");
    std::fs::create_dir(&synced).expect("folder");
    let real = copy_of_example(&synced);
    let before = std::fs::read(&real).expect("read");
    let link = dir.path().join("map-link.json");
    std::os::unix::fs::symlink("synced/map.json", &link).expect("link");
    let mut session = load_file(&link).expect("load through the link");
    session.campaign.title = "Saved through a link".to_owned();
    save_file(&session, &link).expect("save");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("stat")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        load_file(&real).expect("load").campaign.title,
        "Saved through a link"
    );
    assert_eq!(
        std::fs::read(backup_path(&real)).expect("backup beside the file"),
        before
    );
    assert!(!backup_path(&link).exists());
}

/// A small RAM disk of its own, removed when dropped; `None` where mounting is not allowed.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(bytes: u64) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp");
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}")])
            .arg("tmpfs")
            .arg(dir.path())
            .output()
            .is_ok_and(|out| out.status.success());
        mounted.then_some(Self { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn free(&self) -> u64 {
        let out = Command::new("df")
            .args(["-B1", "--output=avail"])
            .arg(self.path())
            .output()
            .expect("df");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .nth(1)
            .and_then(|line| line.trim().parse().ok())
            .expect("free bytes")
    }

    /// Fill the disk until only `leave` bytes (rounded to pages) are free.
    fn fill_leaving(&self, leave: u64) {
        let take = self.free().saturating_sub(leave);
        let filler = vec![0u8; usize::try_from(take).expect("size")];
        let count = std::fs::read_dir(self.path()).expect("list").count();
        // A full disk may cut the last filler short; that is the point.
        let _ = std::fs::write(self.path().join(format!("filler-{count}")), filler);
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_nearly_full_disk_keeps_the_backup_whole_or_refuses_the_save() {
    let Some(disk) = SmallDisk::mount(1024 * 1024) else {
        eprintln!("skipped: this machine does not allow mounting a small RAM disk");
        return;
    };
    let path = copy_of_example(disk.path());
    let first = std::fs::read(&path).expect("read");
    let mut session = load_file(&path).expect("load");
    // The map grows a lot in one sitting, so the next backup is much bigger than the last.
    for n in 0..400 {
        let name = format!("Neighbourhood association number {n}");
        session.actors.push(Actor::new(name, Position::CENTER));
    }
    save_file(&session, &path).expect("a first save with room to spare");
    let second = std::fs::read(&path).expect("read");
    assert_same(&backup_path(&path), &first, "the first backup");
    assert!(second.len() > 3 * first.len());

    // Room for the new file, none for a copy of the old one: the backup must still be whole.
    disk.fill_leaving(second.len() as u64 + 8192);
    session.campaign.title.push_str(" (third)");
    let saved = save_file(&session, &path).expect("the save fits");
    assert!(saved.warning(&path).is_none(), "{:?}", saved.warning(&path));
    assert_same(
        &backup_path(&path),
        &second,
        "the backup on a nearly full disk",
    );

    // No room at all: the save fails and both the file and its backup are as they were.
    let third = std::fs::read(&path).expect("read");
    disk.fill_leaving(0);
    session.campaign.title.push_str(" (fourth)");
    let error = save_file(&session, &path).expect_err("the disk is full");
    assert!(error.to_string().contains("the disk is full"), "{error}");
    assert_same(&path, &third, "the file after a failed save");
    assert_same(
        &backup_path(&path),
        &second,
        "the backup after a failed save",
    );
    let stray = std::fs::read_dir(disk.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with("tmp"))
        .count();
    assert_eq!(stray, 0, "no temporary file left");
}

#[test]
fn an_export_that_does_not_fit_leaves_the_earlier_export_whole() {
    let Some(disk) = SmallDisk::mount(512 * 1024) else {
        eprintln!("skipped: this machine does not allow mounting a small RAM disk");
        return;
    };
    let report = disk.path().join("report.svg");
    std::fs::write(&report, "an earlier good export").expect("write");
    disk.fill_leaving(0);
    let big = vec![b'x'; 256 * 1024];
    let result = write_export_files(&ExportFiles {
        files: vec![(report.as_path(), big.as_slice())],
        session_file: None,
        locked: false,
    });
    assert!(result.is_err());
    assert_eq!(
        std::fs::read_to_string(&report).expect("read"),
        "an earlier good export"
    );
}
