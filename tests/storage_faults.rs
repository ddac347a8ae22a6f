//! Saving when things go wrong: the old file survives, nothing half-written is left behind.

use powermap::storage::{backup_path, load_file, save_file, write_atomically_with};
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
    let result = write_atomically_with(&path, text.as_bytes(), true, |temp, bytes| {
        let mut file = std::fs::File::create(temp)?;
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
