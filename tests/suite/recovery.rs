//! Crash recovery: a session killed mid-work is offered back at the next start.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, NoDialogs, PowermapApp, install_style};
use powermap::storage::RecoverySlots;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The environment variable that turns the helper below into the process to be killed.
const CHILD_DIR: &str = "POWERMAP_RECOVERY_CHILD_DIR";

fn app(recovery_dir: &Path) -> Harness<'static, PowermapApp> {
    let options = AppOptions {
        open: None,
        config_dir: None,
        dialogs: Box::new(NoDialogs),
        recovery_dir: Some(recovery_dir.to_owned()),
        language: powermap::words::Language::English,
        discovery: powermap::share::Network::NOWHERE,
    };
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(options)
        });
    h.run();
    h
}

fn quick_add(h: &mut Harness<'static, PowermapApp>, name: &str) {
    h.get_by_label("Add an actor").click();
    h.run();
    h.get_by_label("Add an actor").type_text(name);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

/// Not a test of its own: the real app, working until it is killed. The test below starts it
/// in a child process; run alone, without the variable, it has nothing to do.
#[test]
#[ignore = "helper process for work_survives_a_kill"]
fn child_session_that_gets_killed() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let mut h = app(Path::new(&dir));
    h.get_by_label("Start an empty map").click();
    h.run();
    for name in ["Mayor", "Council", "Local paper"] {
        quick_add(&mut h, name);
    }
    for round in 0.. {
        h.state_mut().autosave_now();
        // One frame starts the job; it ends before the app settles.
        h.step();
        h.state_mut().wait_for_jobs();
        h.run();
        std::thread::sleep(Duration::from_millis(30));
        quick_add(&mut h, &format!("Late arrival {round}"));
    }
}

#[test]
fn work_survives_a_kill() {
    let dir = tempfile::tempdir().expect("temp");
    let recovery: PathBuf = dir.path().join("recovery");
    let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--ignored",
            "--exact",
            "recovery::child_session_that_gets_killed",
            "--nocapture",
        ])
        .env(CHILD_DIR, &recovery)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start the child");
    let slots = RecoverySlots::new(recovery.clone());
    let started = Instant::now();
    // Wait until the child has autosaved several rounds of work, then kill it mid-session.
    while !slots.stores().iter().any(|store| {
        store
            .read()
            .is_some_and(|r| r.session.is_some_and(|s| s.actors.len() >= 8))
    }) {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the child never autosaved"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().expect("kill");
    child.wait().expect("reap");

    let mut h = app(&recovery);
    let message = h.state().dialog_message().expect("a recovery question");
    assert!(message.contains("Recover work autosaved at"), "{message}");
    h.get_by_label("Recover").click();
    h.run();
    let names: Vec<&str> = h
        .state()
        .session()
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert!(
        names.starts_with(&["Us", "Mayor", "Council", "Local paper"]),
        "{names:?}"
    );
    assert!(
        h.state().is_dirty(),
        "recovered work is unsaved until saved"
    );
}

#[test]
fn discarded_recovery_is_gone_and_saving_clears_it() {
    let dir = tempfile::tempdir().expect("temp");
    let recovery = dir.path().join("recovery");
    {
        let mut h = app(&recovery);
        h.get_by_label("Start an empty map").click();
        h.run();
        quick_add(&mut h, "Mayor");
        h.state_mut().autosave_now();
        // One frame starts the job; it ends before the app settles.
        h.step();
        h.state_mut().wait_for_jobs();
        h.run();
    }
    assert_eq!(autosaved(&recovery), 1, "autosaved after the edit");
    let mut h = app(&recovery);
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.state()
            .dialog_message()
            .is_some_and(|m| m.contains("Recover")),
        "Escape does not dismiss it"
    );
    h.get_by_label("Discard it").click();
    h.run();
    assert_eq!(autosaved(&recovery), 0);
}

/// How many autosaved sessions wait in the recovery folder.
fn autosaved(recovery: &Path) -> usize {
    RecoverySlots::new(recovery.to_owned())
        .stores()
        .iter()
        .filter(|store| store.read().is_some())
        .count()
}

#[test]
fn two_apps_at_once_keep_their_own_autosaves() {
    let dir = tempfile::tempdir().expect("temp");
    let recovery = dir.path().join("recovery");
    let mut first = app(&recovery);
    let mut second = app(&recovery);
    for (h, name) in [(&mut first, "Mayor"), (&mut second, "Council")] {
        h.get_by_label("Start an empty map").click();
        h.run();
        quick_add(h, name);
        h.state_mut().autosave_now();
        // One frame starts the job; it ends before the app settles.
        h.step();
        h.state_mut().wait_for_jobs();
        h.run();
    }
    assert_eq!(
        autosaved(&recovery),
        2,
        "one autosave each, neither overwritten"
    );
    let third = app(&recovery);
    assert!(
        third
            .state()
            .dialog_message()
            .is_none_or(|m| !m.contains("Recover")),
        "work of running apps is not offered"
    );
    drop(third);
    // The first app dies; the second runs on. A new start offers only the first one's work.
    drop(first);
    let mut fourth = app(&recovery);
    fourth.get_by_label("Recover").click();
    fourth.run();
    let names: Vec<&str> = fourth
        .state()
        .session()
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["Us", "Mayor"]);
    assert_eq!(
        autosaved(&recovery),
        2,
        "the recovered work now lives in the fourth app's slot"
    );
    second.get_by_label("Add an actor").click();
    second.run();
    assert_eq!(
        second.state().session().actors.len(),
        2,
        "the second app is untouched"
    );
}

/// Every file under the recovery folder, read whole.
fn recovery_files(recovery: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut folders = vec![recovery.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                found.push((path.clone(), std::fs::read(&path).expect("read")));
            }
        }
    }
    found
}

fn readable_anywhere(recovery: &Path, name: &str) -> Vec<PathBuf> {
    recovery_files(recovery)
        .into_iter()
        .filter(|(_, bytes)| bytes.windows(name.len()).any(|w| w == name.as_bytes()))
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn locking_replaces_a_plaintext_autosave_at_once() {
    let dir = tempfile::tempdir().expect("temp");
    let recovery = dir.path().join("recovery");
    let mut h = app(&recovery);
    h.get_by_label("Start an empty map").click();
    h.run();
    quick_add(&mut h, "Mayor Varga");
    h.state_mut().autosave_now();
    // One frame starts the job; it ends before the app settles.
    h.step();
    h.state_mut().wait_for_jobs();
    h.run();
    assert_eq!(
        readable_anywhere(&recovery, "Mayor Varga").len(),
        1,
        "autosaved in plaintext"
    );

    h.state_mut().queue_command(powermap::app::Command::Lock);
    h.run();
    for label in ["Passphrase", "Passphrase again"] {
        h.get_by_label(label).focus();
        h.run();
        h.get_by_label(label).type_text("river 2026 lock");
        h.run();
    }
    h.get_by_label("Lock").click();
    // One frame starts the job; it ends before the app settles.
    h.step();
    h.state_mut().wait_for_jobs();
    h.run();
    // No further edit and no quiet moment: the plaintext copy is already gone.
    assert_eq!(
        readable_anywhere(&recovery, "Mayor Varga"),
        Vec::<PathBuf>::new()
    );
    let copies: Vec<_> = recovery_files(&recovery)
        .into_iter()
        .filter(|(path, _)| path.file_name().is_some_and(|n| n == "recovery.json"))
        .collect();
    assert_eq!(copies.len(), 1);
    assert!(
        powermap::storage::is_locked(&copies[0].1),
        "the autosaved copy is locked"
    );
    drop(h);
    // After a crash, the copy asks for the passphrase.
    let h = app(&recovery);
    assert!(
        h.state()
            .dialog_message()
            .is_some_and(|m| m.contains("Recover"))
    );
    assert_eq!(
        readable_anywhere(&recovery, "Mayor Varga"),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn quitting_without_saving_leaves_nothing_to_recover() {
    let dir = tempfile::tempdir().expect("temp");
    let recovery = dir.path().join("recovery");
    let mut h = app(&recovery);
    h.get_by_label("Start an empty map").click();
    h.run();
    quick_add(&mut h, "Informant Kareem");
    h.state_mut().autosave_now();
    // One frame starts the job; it ends before the app settles.
    h.step();
    h.state_mut().wait_for_jobs();
    h.run();
    assert_eq!(autosaved(&recovery), 1);
    h.state_mut().queue_command(powermap::app::Command::Quit);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    // Frames go on while the window closes; none may write the discarded work again.
    for _ in 0..3 {
        h.state_mut().autosave_now();
        // One frame starts the job; it ends before the app settles.
        h.step();
        h.state_mut().wait_for_jobs();
        h.run();
    }
    assert_eq!(
        readable_anywhere(&recovery, "Informant Kareem"),
        Vec::<PathBuf>::new()
    );
    drop(h);
    let next = app(&recovery);
    assert!(
        next.state()
            .dialog_message()
            .is_none_or(|m| !m.contains("Recover")),
        "discarded work is not offered back"
    );
}
