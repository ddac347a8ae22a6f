//! File > Import actors and File > Merge another session, driven through the real app.

use crate::harness;
use crate::harness::{
    App, LAPTOP, actor, click, click_and_finish_jobs, command, slice_of, start, start_with,
};
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command};
use powermap::model::{Actor, Position, Session, Slice};
use powermap::words::labels::{
    self, FIND, IMPORT, IMPORT_CANCEL, IMPORT_FILE, MERGE, MERGE_KEEP_THEIRS, NEXT_CHANGES,
    NEXT_VALUES, READ_FILE, REMEMBER_MAPPING, USE_REMEMBERED, in_the_parking_lot,
};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn fixture(path: &str) -> String {
    format!(
        "{}/tests/fixtures/import/{path}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Open the dialog with `command`, type `path` and read the file.
fn read_file(h: &mut App, command: Command, path: &str) {
    harness::command(h, command);
    click(h, labels::text(IMPORT_FILE));
    h.get_by_label(labels::text(IMPORT_FILE)).type_text(path);
    h.run();
    click_and_finish_jobs(h, labels::text(READ_FILE));
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
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    let mut h = start(Some(start_file));
    read_file(
        &mut h,
        Command::Import,
        &fixture("kumu/kumu-changelabs-template.json"),
    );
    // The mapping step: the columns and a preview.
    click_and_finish_jobs(&mut h, labels::text(NEXT_CHANGES));
    click_and_finish_jobs(&mut h, labels::text(IMPORT));
    let session = h.state().session();
    assert_eq!(session.actors.len(), 11, "us and the ten elements");
    assert_eq!(session.relationships.len(), 11);
    assert!(session.actors[1..].iter().all(|a| a.parked));
    h.get_by_label(&in_the_parking_lot("Interviewee C"));
    assert!(h.state().is_dirty());

    command(&mut h, Command::Undo);
    assert_eq!(h.state().session().actors.len(), 1, "one undo step");
}

#[test]
fn a_bad_file_gets_a_message_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    let broken = dir.path().join("names.csv");
    std::fs::write(&broken, "type,influence\nNGO,4\n").expect("write");
    let mut h = start(Some(start_file));
    read_file(&mut h, Command::Import, broken.to_str().expect("path"));
    assert!(
        h.query_by_label_contains("holds the actors' names")
            .is_some()
    );
    assert!(h.query_by_label(labels::text(NEXT_CHANGES)).is_none());
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

    let mut h = start(Some(our_file));
    read_file(&mut h, Command::Merge, their_file.to_str().expect("path"));
    assert!(h.query_by_label_contains("1 new actor (").is_some());
    assert!(
        h.query_by_label_contains("1 actor stands in different places")
            .is_some()
    );
    click(&mut h, labels::text(MERGE_KEEP_THEIRS));
    click_and_finish_jobs(&mut h, labels::text(MERGE));
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
    let mut h = start(Some(file));
    h.get_by_label(&in_the_parking_lot("Waiting 0"));
    assert!(
        h.query_by_label(&in_the_parking_lot("Waiting 350"))
            .is_none()
    );
    assert!(h.query_by_label_contains("and 100 more").is_some());
    // Found and selected in the actor list, it shows up in the lot to be dragged.
    click(&mut h, labels::text(FIND));
    h.get_by_label(labels::text(FIND)).type_text("Waiting 350");
    h.run();
    click(&mut h, "Waiting 350");
    h.get_by_label(&in_the_parking_lot("Waiting 350"));
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
        let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
        let mut h = start(Some(start_file));
        read_file(&mut h, Command::Import, &fixture(file));
        click_and_finish_jobs(&mut h, labels::text(NEXT_CHANGES));
        click_and_finish_jobs(&mut h, labels::text(IMPORT));
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

/// The app on a 1366 x 768 laptop screen, remembering import mappings in `config`.
fn harness_keeping_mappings(open: PathBuf, config: &Path) -> App {
    let mut options = AppOptions::headless(Some(open));
    options.config_dir = Some(config.to_owned());
    start_with(options, LAPTOP)
}

/// Choose `option` in the values step's menu for the word `word`.
fn choose_value(h: &mut App, word: &str, option: &str) {
    click(h, word);
    // The preview is built again, as a job.
    click_and_finish_jobs(h, option);
}

fn world(file: &str) -> String {
    fixture(&format!("world/{file}"))
}

#[test]
fn the_values_step_says_what_each_word_becomes_and_the_import_follows() {
    let dir = tempfile::tempdir().expect("dir");
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    let mut h = harness_keeping_mappings(start_file, dir.path());
    read_file(&mut h, Command::Import, &world("excel-fr-semicolon.csv"));
    assert!(
        h.query_by_label_contains("0 in the spectrum's tray")
            .is_some()
    );
    click(&mut h, labels::text(NEXT_VALUES));
    // Guessed: "bloquant" is active opposition, "sceptique" passive. The room says otherwise.
    choose_value(&mut h, "bloquant", "Not placed: wait in the tray");
    choose_value(&mut h, "sceptique", "Passive allies");
    assert!(
        h.query_by_label_contains("1 in the spectrum's tray")
            .is_some()
    );
    click_and_finish_jobs(&mut h, labels::text(NEXT_CHANGES));
    click_and_finish_jobs(&mut h, labels::text(IMPORT));
    assert_eq!(
        slice_of(&h, "Entreprise Béton & Fils"),
        None,
        "waits in the tray"
    );
    assert_eq!(
        slice_of(&h, "Chambre de commerce et d'industrie"),
        Some(Slice::PassiveAllies)
    );
    assert_eq!(
        slice_of(&h, "Préfecture de la Loire"),
        Some(Slice::ActiveOpposition),
        "the other words as guessed"
    );
}

#[test]
fn a_remembered_mapping_is_offered_again_for_a_file_with_the_same_headers() {
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("config");
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    let mut h = harness_keeping_mappings(start_file, &config);
    read_file(&mut h, Command::Import, &world("template-es.ods"));
    assert!(h.query_by_label(labels::text(USE_REMEMBERED)).is_none());
    assert!(h.query_by_label_contains("8 wait to be placed").is_some());
    // No support column: support from the Postura words, as an explicit choice.
    click_and_finish_jobs(&mut h, "Take support from the words of \"Postura\"");
    click(&mut h, labels::text(NEXT_VALUES));
    choose_value(&mut h, "opositor", "Passive opposition");
    click(&mut h, labels::text(REMEMBER_MAPPING));
    assert!(config.join("import-mappings.json").is_file());
    click(&mut h, labels::text(IMPORT_CANCEL));

    // Next month's copy of the same sheet, under another name.
    let again = dir.path().join("actores-diciembre.ods");
    std::fs::copy(world("template-es.ods"), &again).expect("copied");
    read_file(&mut h, Command::Import, again.to_str().expect("path"));
    assert!(
        h.query_by_label_contains("8 wait to be placed").is_some(),
        "guessed afresh until the user takes the remembered mapping"
    );
    click_and_finish_jobs(&mut h, labels::text(USE_REMEMBERED));
    assert!(h.query_by_label_contains("0 wait to be placed").is_some());
    click_and_finish_jobs(&mut h, labels::text(NEXT_CHANGES));
    click_and_finish_jobs(&mut h, labels::text(IMPORT));
    let name = "Asociación de Propietarios Urbanos (APU)";
    assert_eq!(slice_of(&h, name), Some(Slice::PassiveOpposition));
    let owners = actor(&h, name);
    assert_eq!(
        owners.position.support, -0.5,
        "support from the chosen word"
    );
    let placed = h
        .state()
        .session()
        .actors
        .iter()
        .filter(|a| !a.parked)
        .count();
    assert_eq!(placed, 9, "us and the eight, on the map by their words");
}

#[test]
fn the_mapping_step_fits_a_1366_by_768_screen_on_both_pages() {
    let dir = tempfile::tempdir().expect("dir");
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    // A wide sheet with many words and many problems fills every list the step has.
    let wide = dir.path().join("wide.csv");
    let mut text = String::from("Name,Support (1-5),Influence (1-5),Attitude,Type");
    for c in 0..20 {
        write!(text, ",Extra {c}").expect("text");
    }
    text.push('\n');
    for r in 0..300 {
        let cells = ",x".repeat(20);
        writeln!(
            text,
            "Actor {r},{},3,word {},kind {}{cells}",
            r % 9,
            r % 40,
            r % 30
        )
        .expect("text");
    }
    std::fs::write(&wide, text).expect("written");
    let wide = wide.to_str().expect("path").to_owned();
    for file in [
        world("stakeholder-register.xlsx"),
        world("excel-fr-semicolon.csv"),
        wide,
    ] {
        let mut h = harness_keeping_mappings(start_file.clone(), dir.path());
        read_file(&mut h, Command::Import, &file);
        let fits = |h: &App, page: &str| {
            let cancel = h.get_by_label(labels::text(IMPORT_CANCEL)).rect();
            assert!(
                cancel.bottom() <= 768.0 && cancel.top() > 0.0,
                "{file}, {page}: Cancel at {cancel:?} is off a 768-pixel screen"
            );
        };
        fits(&h, "columns");
        click(&mut h, labels::text(NEXT_VALUES));
        for _ in 0..3 {
            h.step();
        }
        fits(&h, "values");
    }
}

/// A sheet of `rows` actors the way Excel writes "CSV UTF-8": a byte order mark, CRLF line
/// ends, and quotes around the cells that hold a comma.
fn excel_csv(dir: &Path, rows: usize) -> PathBuf {
    let mut text = String::from("\u{feff}Name,Type,Support,Influence,Notes\r\n");
    for i in 0..rows {
        let support = (i % 5) as f32 * 0.5 - 1.0;
        let influence = (i % 7) as f32 / 6.0;
        let _ = write!(
            text,
            "Actor {i},Organization,{support},{influence:.2},\"Met at the hall, {i}\"\r\n"
        );
    }
    let path = dir.join("excel.csv");
    std::fs::write(&path, text).expect("write the sheet");
    path
}

/// Reading a big sheet counts its rows in the status bar while the window keeps drawing.
#[test]
fn a_big_import_counts_its_rows_in_the_status_bar() {
    let dir = tempfile::tempdir().expect("dir");
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    let sheet = excel_csv(dir.path(), 20_000);
    let mut h = start(Some(start_file));
    harness::command(&mut h, Command::Import);
    click(&mut h, labels::text(IMPORT_FILE));
    h.get_by_label(labels::text(IMPORT_FILE))
        .type_text(sheet.to_str().expect("path"));
    h.run();
    h.get_by_label(labels::text(READ_FILE)).click();
    h.step();
    let mut counted = false;
    for _ in 0..1_000_000 {
        if h.query_by_label_contains(": rows ").is_some()
            && h.query_by_label_contains(" of 20,000…").is_some()
        {
            counted = true;
            break;
        }
        if !h.state().job_running() {
            break;
        }
        h.step();
    }
    assert!(counted, "the rows read were counted in the status bar");
    harness::finish_jobs(&mut h);
    h.get_by_label(labels::text(NEXT_CHANGES));
}

/// Stopping an import while it merges leaves the map as it was.
#[test]
fn stopping_an_import_while_it_merges_leaves_the_map_unchanged() {
    let dir = tempfile::tempdir().expect("dir");
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    let sheet = excel_csv(dir.path(), 20_000);
    let mut h = start(Some(start_file));
    read_file(&mut h, Command::Import, sheet.to_str().expect("path"));
    click_and_finish_jobs(&mut h, labels::text(NEXT_CHANGES));
    h.get_by_label(labels::text(IMPORT)).click();
    h.step();
    assert!(h.state().job_running(), "the merge runs off the UI thread");
    // Escape closes the dialog, which stops what runs for it.
    h.key_press(egui::Key::Escape);
    h.step();
    harness::finish_jobs(&mut h);
    assert!(h.query_by_label(labels::text(IMPORT)).is_none(), "closed");
    assert_eq!(h.state().session().actors.len(), 1, "nothing was imported");
    assert!(!h.state().is_dirty());
}

/// A preview that cannot be built (no column of names left) says why, as the job that built
/// it ends, and the import cannot go on.
#[test]
fn a_failed_preview_build_says_why() {
    let dir = tempfile::tempdir().expect("dir");
    let start_file = session_file(dir.path(), "start.json", &Session::new_with_us());
    let sheet = excel_csv(dir.path(), 2_000);
    let mut h = start(Some(start_file));
    read_file(&mut h, Command::Import, sheet.to_str().expect("path"));
    // The column "Name" holds the names; it is told to hold nothing.
    h.get_by_label("Name").click_accesskit();
    h.run();
    h.get_by_label("Leave out").click_accesskit();
    h.step();
    assert!(
        h.state().job_running(),
        "the preview is built off the UI thread"
    );
    harness::finish_jobs(&mut h);
    assert!(
        h.query_by_label_contains("holds the actors' names")
            .is_some()
    );
    assert!(h.query_by_label(labels::text(NEXT_CHANGES)).is_none());
    assert_eq!(h.state().session().actors.len(), 1);
}
