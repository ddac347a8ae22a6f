//! File > Import actors and File > Merge another session, driven through the real app.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command, PowermapApp, install_style};
use powermap::model::{Actor, Position, Session};
use std::path::{Path, PathBuf};

fn harness(open: Option<PathBuf>) -> Harness<'static, PowermapApp> {
    let options = AppOptions::headless(open);
    let mut harness = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(options)
        });
    harness.run();
    harness
}

fn fixture(path: &str) -> String {
    format!(
        "{}/tests/fixtures/import/{path}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Open the dialog with `command`, type `path` and read the file.
fn read_file(h: &mut Harness<'static, PowermapApp>, command: Command, path: &str) {
    h.state_mut().queue_command(command);
    h.run();
    h.get_by_label("File to bring in").click();
    h.run();
    h.get_by_label("File to bring in").type_text(path);
    h.run();
    h.get_by_label("Read the file").click();
    h.run();
    // The modal grows to the next step's size over a frame or two without asking for
    // another; let it settle before clicking by position.
    for _ in 0..3 {
        h.step();
    }
}

fn session_file(dir: &Path, name: &str, session: &Session) -> PathBuf {
    let path = dir.join(name);
    powermap::storage::save_file(session, &path).expect("saved");
    path
}

#[test]
fn a_kumu_project_imports_into_the_parking_lot_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().expect("dir");
    let start = session_file(dir.path(), "start.json", &Session::new_with_us());
    let mut h = harness(Some(start));
    read_file(
        &mut h,
        Command::Import,
        &fixture("kumu/kumu-changelabs-template.json"),
    );
    // The mapping step: the columns and a preview.
    h.get_by_label("Next: what will change").click();
    h.run();
    h.get_by_label("Import").click();
    h.run();
    let session = h.state().session();
    assert_eq!(session.actors.len(), 11, "us and the ten elements");
    assert_eq!(session.relationships.len(), 11);
    assert!(session.actors[1..].iter().all(|a| a.parked));
    h.get_by_label("Interviewee C, in the parking lot");
    assert!(h.state().is_dirty());

    h.state_mut().queue_command(Command::Undo);
    h.run();
    assert_eq!(h.state().session().actors.len(), 1, "one undo step");
}

#[test]
fn a_bad_file_gets_a_message_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let start = session_file(dir.path(), "start.json", &Session::new_with_us());
    let broken = dir.path().join("names.csv");
    std::fs::write(&broken, "type,influence\nNGO,4\n").expect("write");
    let mut h = harness(Some(start));
    read_file(&mut h, Command::Import, broken.to_str().expect("path"));
    assert!(
        h.query_by_label_contains("holds the actors' names")
            .is_some()
    );
    assert!(h.query_by_label("Next: what will change").is_none());
    assert_eq!(h.state().session().actors.len(), 1);
}

#[test]
fn merging_a_second_organizers_session_asks_about_each_disagreement() {
    let dir = tempfile::tempdir().expect("dir");
    let mut ours = Session::new_with_us();
    ours.actors
        .push(Actor::new("Mayor Varga", Position::clamped(0.6, 0.8)));
    ours.actors
        .push(Actor::new("Press", Position::clamped(0.1, 0.4)));
    let mut theirs = ours.clone();
    theirs.actors[1].position = Position::clamped(-0.5, 0.8);
    theirs.actors[2].tags = vec!["media".to_owned()];
    theirs
        .actors
        .push(Actor::new("Fishing club", Position::clamped(0.3, 0.2)));
    let our_file = session_file(dir.path(), "ours.json", &ours);
    let their_file = session_file(dir.path(), "theirs.json", &theirs);

    let mut h = harness(Some(our_file));
    read_file(&mut h, Command::Merge, their_file.to_str().expect("path"));
    assert!(h.query_by_label_contains("1 new actor (").is_some());
    assert!(
        h.query_by_label_contains("1 actor stands in different places")
            .is_some()
    );
    h.get_by_label("Other file").click();
    h.run();
    h.get_by_label("Merge").click();
    h.run();
    let session = h.state().session();
    assert_eq!(session.actors.len(), 4);
    assert_eq!(
        session.actors[1].position.support, -0.5,
        "their place, as chosen"
    );
    assert_eq!(session.actors[2].tags, vec!["media".to_owned()]);
    assert!(session.actors.iter().any(|a| a.name == "Fishing club"));
}

#[test]
fn a_big_import_shows_the_first_names_in_the_parking_lot_and_says_how_many_more() {
    let dir = tempfile::tempdir().expect("dir");
    let mut session = Session::new_with_us();
    for i in 0..400 {
        let mut actor = Actor::new(format!("Waiting {i}"), Position::CENTER);
        actor.parked = true;
        session.actors.push(actor);
    }
    let file = session_file(dir.path(), "big.json", &session);
    let mut h = harness(Some(file));
    h.get_by_label("Waiting 0, in the parking lot");
    assert!(
        h.query_by_label("Waiting 350, in the parking lot")
            .is_none()
    );
    assert!(h.query_by_label_contains("and 100 more").is_some());
    // Found and selected in the actor list, it shows up in the lot to be dragged.
    h.get_by_label("Find").click();
    h.run();
    h.get_by_label("Find").type_text("Waiting 350");
    h.run();
    h.get_by_label("Waiting 350").click();
    h.run();
    h.get_by_label("Waiting 350, in the parking lot");
}

#[test]
fn every_fixture_imports_through_the_dialog() {
    let dir = tempfile::tempdir().expect("dir");
    for file in [
        "kumu/kumu-changelabs-template.json",
        "kumu/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json",
        "kumu/snap-to-tutorial-project.json",
        "kumu/paypal-mafia.xlsx",
        "kumu/snap-to-tutorial-data.xlsx",
        "onodo/onodo_template.xlsx",
        "oligrapher/exxon.json",
        "oligrapher/abortion-bans-corporations.json",
    ] {
        let (expected, _, _) = powermap::exchange::import_file(Path::new(&fixture(file)), None)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let start = session_file(dir.path(), "start.json", &Session::new_with_us());
        let mut h = harness(Some(start));
        read_file(&mut h, Command::Import, &fixture(file));
        h.get_by_label("Next: what will change").click();
        h.run();
        h.get_by_label("Import").click();
        h.run();
        let session = h.state().session();
        assert_eq!(session.actors.len(), 1 + expected.actors.len(), "{file}");
        assert_eq!(
            session.relationships.len(),
            expected.relationships.len(),
            "{file}"
        );
        let text = powermap::storage::to_json(session).expect("saves");
        powermap::storage::load_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
}
