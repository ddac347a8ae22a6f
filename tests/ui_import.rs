//! File > Import actors and File > Merge another session, driven through the real app.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command, PowermapApp, install_style};
use powermap::model::{Actor, Position, Session, Slice};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn harness(open: Option<PathBuf>) -> Harness<'static, PowermapApp> {
    harness_with(AppOptions::headless(open), [1400.0, 860.0])
}

fn harness_with(options: AppOptions, size: [f32; 2]) -> Harness<'static, PowermapApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
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
    h.state_mut().wait_for_jobs();
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

/// The app on a 1366 x 768 laptop screen, remembering import mappings in `config`.
fn harness_keeping_mappings(open: PathBuf, config: &Path) -> Harness<'static, PowermapApp> {
    let mut options = AppOptions::headless(Some(open));
    options.config_dir = Some(config.to_owned());
    harness_with(options, [1366.0, 768.0])
}

/// Choose `option` in the values step's menu for the word `word`.
fn choose_value(h: &mut Harness<'static, PowermapApp>, word: &str, option: &str) {
    h.get_by_label(word).click();
    h.run();
    h.get_by_label(option).click();
    h.run();
}

fn world(file: &str) -> String {
    fixture(&format!("world/{file}"))
}

/// The slice of the imported actor called `name`.
fn slice_of(h: &Harness<'static, PowermapApp>, name: &str) -> Option<Slice> {
    let actor = h
        .state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("{name} was imported"));
    actor.spectrum.map(|p| p.slice)
}

#[test]
fn the_values_step_says_what_each_word_becomes_and_the_import_follows() {
    let dir = tempfile::tempdir().expect("dir");
    let start = session_file(dir.path(), "start.json", &Session::new_with_us());
    let mut h = harness_keeping_mappings(start, dir.path());
    read_file(&mut h, Command::Import, &world("excel-fr-semicolon.csv"));
    assert!(
        h.query_by_label_contains("0 in the spectrum's tray")
            .is_some()
    );
    h.get_by_label("Next: values").click();
    h.run();
    // Guessed: "bloquant" is active opposition, "sceptique" passive. The room says otherwise.
    choose_value(&mut h, "bloquant", "Not placed: wait in the tray");
    choose_value(&mut h, "sceptique", "Passive allies");
    assert!(
        h.query_by_label_contains("1 in the spectrum's tray")
            .is_some()
    );
    h.get_by_label("Next: what will change").click();
    h.run();
    h.get_by_label("Import").click();
    h.run();
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
    let start = session_file(dir.path(), "start.json", &Session::new_with_us());
    let mut h = harness_keeping_mappings(start, &config);
    read_file(&mut h, Command::Import, &world("template-es.ods"));
    assert!(h.query_by_label("Use the remembered mapping").is_none());
    assert!(h.query_by_label_contains("8 wait to be placed").is_some());
    // No support column: support from the Postura words, as an explicit choice.
    h.get_by_label("Take support from the words of \"Postura\"")
        .click();
    h.run();
    h.get_by_label("Next: values").click();
    h.run();
    choose_value(&mut h, "opositor", "Passive opposition");
    h.get_by_label("Remember for files with these headers")
        .click();
    h.run();
    assert!(config.join("import-mappings.json").is_file());
    h.get_by_label("Cancel").click();
    h.run();

    // Next month's copy of the same sheet, under another name.
    let again = dir.path().join("actores-diciembre.ods");
    std::fs::copy(world("template-es.ods"), &again).expect("copied");
    read_file(&mut h, Command::Import, again.to_str().expect("path"));
    assert!(
        h.query_by_label_contains("8 wait to be placed").is_some(),
        "guessed afresh until the user takes the remembered mapping"
    );
    h.get_by_label("Use the remembered mapping").click();
    h.run();
    assert!(h.query_by_label_contains("0 wait to be placed").is_some());
    h.get_by_label("Next: what will change").click();
    h.run();
    h.get_by_label("Import").click();
    h.run();
    let name = "Asociación de Propietarios Urbanos (APU)";
    assert_eq!(slice_of(&h, name), Some(Slice::PassiveOpposition));
    let owners = h
        .state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == name)
        .expect("imported");
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
    let start = session_file(dir.path(), "start.json", &Session::new_with_us());
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
        let mut h = harness_keeping_mappings(start.clone(), dir.path());
        read_file(&mut h, Command::Import, &file);
        let fits = |h: &Harness<'static, PowermapApp>, page: &str| {
            let cancel = h.get_by_label("Cancel").rect();
            assert!(
                cancel.bottom() <= 768.0 && cancel.top() > 0.0,
                "{file}, {page}: Cancel at {cancel:?} is off a 768-pixel screen"
            );
        };
        fits(&h, "columns");
        h.get_by_label("Next: values").click();
        h.run();
        for _ in 0..3 {
            h.step();
        }
        fits(&h, "values");
    }
}
