//! Locked sessions: encrypted on disk, opened only with the passphrase, in the app and the CLI.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, PowermapApp, install_style};
use powermap::storage::{SecretString, backup_path, is_locked, load_file_with, save_file_with};
use std::path::{Path, PathBuf};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/river-cleanup.json");
const PASSPHRASE: &str = "lenna river 2026";

fn app(open: Option<PathBuf>) -> Harness<'static, PowermapApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(AppOptions::headless(open))
        });
    h.run();
    h
}

fn type_into(h: &mut Harness<'static, PowermapApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn no_plaintext(path: &Path, name: &str) {
    let bytes = std::fs::read(path).expect("read");
    assert!(is_locked(&bytes), "{} is not locked", path.display());
    assert!(
        !bytes.windows(name.len()).any(|w| w == name.as_bytes()),
        "{name} readable in {}",
        path.display()
    );
}

#[test]
fn locking_in_the_app_encrypts_the_file_and_reopening_asks_for_the_passphrase() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.json");
    std::fs::copy(EXAMPLE, &path).expect("copy");
    let mut h = app(Some(path.clone()));
    let name = h.state().session().actors[1].name.clone();

    h.state_mut().queue_command(powermap::app::Command::Lock);
    h.run();
    type_into(&mut h, "Passphrase", PASSPHRASE);
    type_into(&mut h, "Passphrase again", "something else");
    h.get_by_label("Lock").click();
    h.run();
    h.get_by_label("The two passphrases differ.");
    h.get_by_label("Passphrase again").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Passphrase again").type_text(PASSPHRASE);
    h.run();
    h.get_by_label("Lock").click();
    h.run();
    assert!(h.state().is_locked() && h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    // One frame starts the job; it ends before the app settles.
    h.step();
    h.state_mut().wait_for_jobs();
    h.run();
    assert!(!h.state().is_dirty());
    no_plaintext(&path, &name);
    assert!(
        !backup_path(&path).exists(),
        "the plaintext backup of the unlocked file is gone"
    );

    let mut again = app(Some(path.clone()));
    assert!(
        again
            .state()
            .dialog_message()
            .is_some_and(|m| m.contains("Passphrase for"))
    );
    type_into(&mut again, "Passphrase", "wrong guess");
    again.key_press(Key::Enter);
    again.run();
    assert!(
        again
            .state()
            .dialog_message()
            .is_some_and(|m| m.contains("does not open")),
        "{:?}",
        again.state().dialog_message()
    );
    type_into(&mut again, "Passphrase", PASSPHRASE);
    again.get_by_label("Open").click();
    again.run();
    assert_eq!(again.state().path(), Some(path.as_path()));
    assert!(again.state().is_locked());
    assert!(
        again
            .state()
            .session()
            .actors
            .iter()
            .any(|a| a.name == name)
    );
}

#[test]
fn locked_saves_keep_only_locked_backups() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("map.json");
    let secret = SecretString::from(PASSPHRASE.to_owned());
    let session = powermap::storage::load_file(Path::new(EXAMPLE)).expect("example");
    std::fs::copy(EXAMPLE, &path).expect("copy");
    std::fs::copy(EXAMPLE, backup_path(&path)).expect("an old plaintext backup");
    save_file_with(&session, &path, Some(&secret)).expect("save locked");
    assert!(!backup_path(&path).exists(), "no plaintext copy remains");
    save_file_with(&session, &path, Some(&secret)).expect("save again");
    no_plaintext(&backup_path(&path), &session.actors[1].name);
    assert_eq!(
        load_file_with(&path, Some(&secret)).expect("opens"),
        session
    );
}

#[test]
fn check_and_export_take_the_passphrase_from_the_environment() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("map.json");
    let secret = SecretString::from(PASSPHRASE.to_owned());
    let session = powermap::storage::load_file(Path::new(EXAMPLE)).expect("example");
    save_file_with(&session, &path, Some(&secret)).expect("save locked");
    let bin = env!("CARGO_BIN_EXE_powermap");

    let out = std::process::Command::new(bin)
        .arg("check")
        .arg(&path)
        .env_remove("POWERMAP_PASSPHRASE")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("locked with a passphrase"));

    let out = std::process::Command::new(bin)
        .arg("check")
        .arg(&path)
        .env("POWERMAP_PASSPHRASE", PASSPHRASE)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let svg = dir.path().join("map.svg");
    let out = std::process::Command::new(bin)
        .arg("export")
        .arg(&path)
        .args(["--format", "svg", "--out"])
        .arg(&svg)
        .env("POWERMAP_PASSPHRASE", PASSPHRASE)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(&svg)
            .expect("svg")
            .contains(&session.campaign.title)
    );
}
