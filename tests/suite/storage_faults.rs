//! Saving when things go wrong: the old file survives, nothing half-written is left behind.

use powermap::storage::{WriteOptions, backup_path, load_file, save_file, write_file_with};
use std::io::Write;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/river-cleanup.json");

#[test]
fn a_writer_that_fails_midway_leaves_the_old_file_and_no_temporary() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("map.json");
    std::fs::copy(EXAMPLE, &path).expect("copy");
    let before = std::fs::read(&path).expect("read");
    let session = load_file(&path).expect("load");
    let text = powermap::storage::to_json(&session).expect("json");
    // Half the bytes reach the disk, then the disk is full.
    let options = WriteOptions {
        keep_backup: true,
        ..WriteOptions::PLAIN
    };
    let result = write_file_with(&path, text.as_bytes(), options, |file, bytes| {
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "no space left on device",
        ))
    });
    assert!(result.is_err());
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the old file is untouched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers,
        vec![std::ffi::OsString::from("map.json")],
        "no temporary or backup left"
    );
}

#[test]
fn saving_into_a_vanished_folder_fails_clearly() {
    let dir = tempfile::tempdir().expect("temp");
    let session = load_file(std::path::Path::new(EXAMPLE)).expect("load");
    let gone = dir.path().join("vanished");
    let error = save_file(&session, &gone.join("map.json")).expect_err("no folder");
    assert!(
        error.to_string().contains("Could not save to") && error.to_string().contains("vanished"),
        "{error}"
    );
}

#[test]
fn a_save_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("map.json");
    std::fs::copy(EXAMPLE, &path).expect("copy");
    let before = std::fs::read(&path).expect("read");
    let mut session = load_file(&path).expect("load");
    session.campaign.title.push_str(" (second draft)");
    save_file(&session, &path).expect("save");
    assert_eq!(std::fs::read(backup_path(&path)).expect("backup"), before);
    assert_eq!(
        load_file(&path).expect("reload").campaign.title,
        session.campaign.title
    );
}

/// Set for the child process that tries to save as a user without write permission.
const READ_ONLY_DIR: &str = "POWERMAP_READ_ONLY_DIR";

/// Not a test of its own: the save attempt, run by the test below as an unprivileged user
/// (root may write anywhere, so permissions can only be tried without it).
#[test]
#[ignore = "helper process for saving_into_a_read_only_folder_fails_clearly"]
fn child_saves_into_a_read_only_folder() {
    let Some(dir) = std::env::var_os(READ_ONLY_DIR) else {
        return;
    };
    try_to_save_into_read_only(std::path::Path::new(&dir));
}

fn try_to_save_into_read_only(dir: &std::path::Path) {
    let path = dir.join("map.json");
    let before = std::fs::read(&path).expect("read");
    let mut session = load_file(&path).expect("load");
    session.campaign.title.push_str(" (changed)");
    let error = save_file(&session, &path).expect_err("a read-only folder");
    assert!(
        error
            .to_string()
            .contains("you are not allowed to write there"),
        "{error}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the old file is untouched"
    );
    assert_eq!(
        std::fs::read_dir(dir).expect("list").count(),
        1,
        "no temporary left"
    );
}

#[test]
fn saving_into_a_read_only_folder_fails_clearly() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().expect("temp");
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::copy(EXAMPLE, folder.join("map.json")).expect("copy");
    let mode = |path: &std::path::Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    };
    mode(dir.path(), 0o755);
    mode(&folder.join("map.json"), 0o644);
    mode(&folder, 0o555);
    let running_as_root = std::fs::metadata(dir.path()).expect("stat").uid() == 0;
    if !running_as_root {
        try_to_save_into_read_only(&folder);
        return;
    }
    // Root ignores permissions: run the attempt as the unprivileged user `nobody`, from a copy
    // of this test binary that nobody may execute.
    let binary = dir.path().join("storage_faults");
    std::fs::copy(std::env::current_exe().expect("test binary"), &binary).expect("copy binary");
    mode(&binary, 0o755);
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(&binary)
        .args([
            "--ignored",
            "--exact",
            "storage_faults::child_saves_into_a_read_only_folder",
            "--test-threads=1",
        ])
        .env(READ_ONLY_DIR, &folder)
        .current_dir(dir.path())
        .output()
        .expect("setpriv (util-linux) runs the attempt as nobody");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains("1 passed"), "the attempt ran: {report}");
}
