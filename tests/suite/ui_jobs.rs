//! Background jobs in the real app: a save runs while frames keep coming, a failed one loses
//! nothing and says why, quitting waits for it, and an export can be stopped.

use crate::harness::{App, quick_add, start};
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::kittest::Queryable;
use powermap::app::Command;
use powermap::model::synthetic_session;
use powermap::storage::{SecretString, load_file_with, save_file, save_file_with};
use std::path::{Path, PathBuf};

const PASSPHRASE: &str = "jobs run off the frame";

/// A locked map of 2,000 actors, opened with its passphrase: saving it pays scrypt.
fn locked_map(dir: &Path) -> (App, PathBuf) {
    let path = dir.join("map.json");
    let secret = SecretString::from(PASSPHRASE.to_owned());
    save_file_with(&synthetic_session(1_999), &path, Some(&secret)).expect("write the map");
    let mut h = start(Some(path.clone()));
    h.get_by_label("Passphrase").type_text(PASSPHRASE);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().is_locked(), "{:?}", h.state().dialog_message());
    (h, path)
}

/// Make an edit, so that there is something to save.
fn edit(h: &mut App, name: &str) {
    quick_add(h, name);
    assert!(h.state().is_dirty());
}

/// Step frames until no job runs; how many frames were drawn meanwhile.
fn frames_while_busy(h: &mut App) -> usize {
    let mut frames = 0;
    while h.state().job_running() {
        h.step();
        frames += 1;
        assert!(frames < 100_000, "the job never ended");
    }
    h.run();
    frames
}

#[test]
fn a_locked_save_runs_as_a_job_while_frames_keep_coming() {
    let dir = tempfile::tempdir().expect("temp");
    let (mut h, path) = locked_map(dir.path());
    edit(&mut h, "Harbour master");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    assert!(h.state().job_running(), "the save runs off the UI thread");
    h.step();
    h.get_by_label_contains("Saving map.json");
    let frames = frames_while_busy(&mut h);
    assert!(
        frames >= 2,
        "only {frames} frames were drawn during the save"
    );
    assert!(!h.state().is_dirty(), "{:?}", h.state().dialog_message());
    let saved = load_file_with(&path, Some(&SecretString::from(PASSPHRASE.to_owned())))
        .expect("the locked file opens");
    assert!(saved.actors.iter().any(|a| a.name == "Harbour master"));
}

#[test]
fn a_failed_save_keeps_the_session_unsaved_and_says_why() {
    let dir = tempfile::tempdir().expect("temp");
    let folder = dir.path().join("gone");
    std::fs::create_dir(&folder).expect("folder");
    let path = folder.join("map.json");
    save_file(&synthetic_session(20), &path).expect("write the map");
    let mut h = start(Some(path));
    edit(&mut h, "Harbour master");
    std::fs::remove_dir_all(&folder).expect("remove the folder");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    assert!(
        h.state().is_dirty(),
        "a failed save leaves the work unsaved"
    );
    assert!(
        h.state().window_title().starts_with('●'),
        "the title still says unsaved"
    );
    let message = h.state().dialog_message().expect("the failure is said");
    assert!(message.contains("Could not save"), "{message}");
    assert!(message.contains("nothing was lost"), "{message}");
    assert!(
        h.state()
            .session()
            .actors
            .iter()
            .any(|a| a.name == "Harbour master"),
        "the work is still open"
    );
}

#[test]
fn closing_the_window_waits_for_a_running_save() {
    let dir = tempfile::tempdir().expect("temp");
    let (mut h, path) = locked_map(dir.path());
    edit(&mut h, "Harbour master");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    assert!(h.state().job_running());
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
    let commands = |h: &App| {
        h.output()
            .viewport_output
            .get(&ViewportId::ROOT)
            .map(|v| v.commands.clone())
            .unwrap_or_default()
    };
    assert!(
        commands(&h).contains(&ViewportCommand::CancelClose),
        "the window stays while the file is written"
    );
    if h.state().job_running() {
        h.get_by_label("Waiting for the save to finish before closing…");
    }
    let mut closed = false;
    for _ in 0..100_000 {
        h.step();
        if commands(&h).contains(&ViewportCommand::Close) {
            closed = true;
            break;
        }
    }
    assert!(closed, "the window closes once the save is done");
    assert!(!h.state().is_dirty());
    let saved = load_file_with(&path, Some(&SecretString::from(PASSPHRASE.to_owned())))
        .expect("the locked file opens");
    assert!(saved.actors.iter().any(|a| a.name == "Harbour master"));
}

#[test]
fn an_export_can_be_stopped_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp");
    let map = dir.path().join("big.json");
    save_file(&synthetic_session(1_999), &map).expect("write the map");
    let mut h = start(Some(map));
    h.state_mut().queue_command(Command::Export);
    h.run();
    let target = dir.path().join("big-print.png");
    h.get_by_label("Export to").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Export to")
        .type_text(&target.display().to_string());
    h.run();
    h.get_by_label("Export").click();
    h.run();
    assert!(h.state().job_running(), "the export runs off the UI thread");
    h.get_by_label_contains("Exporting big-print.png");
    h.get_by_label("Cancel").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    assert!(!target.exists(), "a stopped export writes nothing");
    h.get_by_label("Export stopped; nothing was written.");
}
