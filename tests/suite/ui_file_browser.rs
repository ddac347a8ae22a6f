//! The in-app file dialog, which the app shows when the system offers no native one: driven
//! through the real app with a made-up home and documents folder.

use crate::harness::{
    App, click, click_and_finish_jobs, command, press, press_and_finish_jobs, press_with,
};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{
    AppOptions, Command, DialogOutcome, FileDialogs, PowermapApp, UserFolders, install_style,
};
use powermap::model::{Actor, Position, Session};
use powermap::words::labels::{
    self, BROWSE_CHOOSE, BROWSE_CHOOSE_ANOTHER, BROWSE_OPEN, BROWSE_REPLACE, BROWSE_SAVE, EXPORT,
    EXPORT_CHOOSE, EXPORT_CSV, EXPORT_PATH, EXPORT_SVG, IMPORT_CHOOSE, IMPORT_FILE, READ_FILE,
    START_EMPTY_MAP, open_example,
};
use std::path::{Path, PathBuf};

/// No native dialogs, and a home folder of our own, so nothing touches the real one.
struct InAppOnly(UserFolders);

impl FileDialogs for InAppOnly {
    fn pick_open(&self, _: Option<&Path>) -> DialogOutcome {
        DialogOutcome::Unavailable
    }
    fn pick_save(&self, _: Option<&Path>, _: &str) -> DialogOutcome {
        DialogOutcome::Unavailable
    }
    fn pick_export(&self, _: Option<&Path>, _: &str, _: &str) -> DialogOutcome {
        DialogOutcome::Unavailable
    }
    fn pick_import(&self, _: Option<&Path>, _: &str) -> DialogOutcome {
        DialogOutcome::Unavailable
    }
    fn user_folders(&self) -> UserFolders {
        self.0.clone()
    }
}

/// A made-up user: a home folder with a Documents folder in it.
struct FakeUser {
    _dir: tempfile::TempDir,
    home: PathBuf,
    documents: PathBuf,
}

fn fake_user() -> FakeUser {
    let dir = tempfile::tempdir().expect("temp dir");
    let home = dir.path().join("ana");
    let documents = home.join("Documents");
    std::fs::create_dir_all(&documents).expect("documents folder");
    FakeUser {
        _dir: dir,
        home,
        documents,
    }
}

fn app(user: &FakeUser) -> App {
    let options = AppOptions {
        dialogs: Box::new(InAppOnly(UserFolders {
            home: Some(user.home.clone()),
            documents: Some(user.documents.clone()),
        })),
        ..AppOptions::headless(None)
    };
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        // Short steps, so that two clicks a step apart make a double click.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(options)
        });
    h.run();
    h
}

fn session_with(name: &str) -> Session {
    let mut session = Session::new_with_us();
    session
        .actors
        .push(Actor::new(name, Position::clamped(0.4, 0.6)));
    session
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// What the dialog's field (`FOLDER` or `FILE_NAME`) shows, if the dialog is open.
fn field(h: &App, name: &'static str) -> Option<String> {
    h.query_by_label(labels::text(name))
        .and_then(|field| field.value())
}

/// The dialog's folder field.
const FOLDER: &str = labels::FOLDER;
/// The dialog's file name field.
const FILE_NAME: &str = labels::FILE_NAME;

/// Replace the text of the dialog's field `name` with `text`, and press Enter.
fn retype(h: &mut App, name: &'static str, text: &str) {
    let name = labels::text(name);
    h.get_by_label(name).focus();
    h.run();
    press_with(h, Modifiers::COMMAND, Key::A);
    h.get_by_label(name).type_text(text);
    h.run();
    press_and_finish_jobs(h, Modifiers::NONE, Key::Enter);
}

/// Click twice, as a double click.
fn double_click(h: &mut App, label: &str) {
    // Half a second apart from earlier clicks: three quick clicks make a triple click.
    for _ in 0..30 {
        h.step();
    }
    h.get_by_label(label).click();
    h.step();
    click(h, label);
}

#[test]
fn open_browses_from_documents_into_a_folder_and_opens_the_session() {
    let user = fake_user();
    let maps = user.documents.join("maps");
    std::fs::create_dir(&maps).expect("maps folder");
    let file = maps.join("river.json");
    powermap::storage::save_file(&session_with("Ferry company"), &file).expect("saved");
    std::fs::write(maps.join("notes.txt"), "not a session").expect("notes");
    let mut h = app(&user);
    click(&mut h, labels::text(START_EMPTY_MAP));

    press_with(&mut h, Modifiers::COMMAND, Key::O);
    // It starts in the documents folder, shown in the path bar, and lists its folders.
    assert_eq!(field(&h, FOLDER), Some(display(&user.documents)));
    double_click(&mut h, "🗀 maps");
    assert_eq!(field(&h, FOLDER), Some(display(&maps)));
    assert!(
        h.query_by_label("🗋 notes.txt").is_none(),
        "only sessions are listed"
    );
    click(&mut h, "🗋 river.json");
    click(&mut h, labels::text(BROWSE_OPEN));

    assert_eq!(
        h.state().path(),
        Some(file.as_path()),
        "{:?}",
        h.state().dialog_message()
    );
    assert!(
        h.state()
            .session()
            .actors
            .iter()
            .any(|a| a.name == "Ferry company")
    );
    assert!(
        h.query_by_label("🗋 river.json").is_none(),
        "the dialog closed"
    );
}

#[test]
fn saving_a_new_session_proposes_documents_and_the_campaign_title() {
    let user = fake_user();
    let mut h = app(&user);
    click(&mut h, &open_example("A clean river"));

    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(field(&h, FOLDER), Some(display(&user.documents)));
    assert_eq!(
        field(&h, FILE_NAME).as_deref(),
        Some("clean-lenna.powermap.json")
    );
    click_and_finish_jobs(&mut h, labels::text(BROWSE_SAVE));

    let saved = user.documents.join("clean-lenna.powermap.json");
    assert!(saved.is_file(), "{:?}", h.state().dialog_message());
    assert_eq!(h.state().path(), Some(saved.as_path()));
    assert!(!h.state().is_dirty());
}

#[test]
fn a_typed_name_gets_json_and_replacing_a_file_is_asked_first() {
    let user = fake_user();
    let existing = user.documents.join("city.json");
    std::fs::write(&existing, "kept").expect("existing file");
    let mut h = app(&user);
    click(&mut h, labels::text(START_EMPTY_MAP));

    press_with(&mut h, Modifiers::COMMAND, Key::S);
    retype(&mut h, FILE_NAME, "city");
    h.get_by_label("Replace the file?");
    click(&mut h, labels::text(BROWSE_CHOOSE_ANOTHER));
    assert_eq!(
        std::fs::read_to_string(&existing).expect("read"),
        "kept",
        "not replaced"
    );
    assert!(h.state().path().is_none());

    // Still in the dialog: save again and agree this time.
    click(&mut h, labels::text(BROWSE_SAVE));
    click_and_finish_jobs(&mut h, labels::text(BROWSE_REPLACE));
    assert_eq!(h.state().path(), Some(existing.as_path()));
    assert!(powermap::storage::load_file(&existing).is_ok(), "replaced");
}

#[test]
fn a_tilde_in_a_typed_path_is_the_home_folder() {
    let user = fake_user();
    let mut h = app(&user);
    click(&mut h, labels::text(START_EMPTY_MAP));

    // In the file name field while saving...
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    retype(&mut h, FILE_NAME, "~/x.json");
    let saved = user.home.join("x.json");
    assert_eq!(
        h.state().path(),
        Some(saved.as_path()),
        "{:?}",
        h.state().dialog_message()
    );

    // ...and in the path bar while opening.
    let other = user.home.join("other.json");
    powermap::storage::save_file(&session_with("Harbour board"), &other).expect("saved");
    press_with(&mut h, Modifiers::COMMAND, Key::O);
    retype(&mut h, FOLDER, "~/other.json");
    assert_eq!(
        h.state().path(),
        Some(other.as_path()),
        "{:?}",
        h.state().dialog_message()
    );
}

#[test]
fn typing_a_full_path_in_the_bar_while_saving_goes_to_its_folder() {
    let user = fake_user();
    let elsewhere = user.home.join("campaigns");
    std::fs::create_dir(&elsewhere).expect("folder");
    let mut h = app(&user);
    click(&mut h, labels::text(START_EMPTY_MAP));

    press_with(&mut h, Modifiers::COMMAND, Key::S);
    retype(&mut h, FOLDER, "~/campaigns/port.json");
    assert_eq!(field(&h, FOLDER), Some(display(&elsewhere)));
    assert_eq!(field(&h, FILE_NAME).as_deref(), Some("port.json"));
    click_and_finish_jobs(&mut h, labels::text(BROWSE_SAVE));
    assert_eq!(
        h.state().path(),
        Some(elsewhere.join("port.json").as_path())
    );
}

#[test]
fn escape_closes_the_dialog_and_nothing_happens() {
    let user = fake_user();
    let mut h = app(&user);
    click(&mut h, labels::text(START_EMPTY_MAP));
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(
        field(&h, FILE_NAME).as_deref(),
        Some("power-map.powermap.json")
    );
    press(&mut h, Key::Escape);
    assert_eq!(field(&h, FILE_NAME), None, "the dialog closed");
    assert!(h.state().path().is_none());
    assert_eq!(
        std::fs::read_dir(&user.documents).expect("list").count(),
        0,
        "nothing written"
    );
}

#[test]
fn export_and_import_choose_their_file_in_the_app() {
    let user = fake_user();
    let actors = user.documents.join("people.csv");
    std::fs::write(&actors, "name,support,influence\nDockers union,0.5,0.5\n").expect("csv");
    let mut h = app(&user);
    click(&mut h, &open_example("A clean river"));

    // Export: Choose… opens the in-app dialog in save mode, with the view and the format.
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::E);
    click(&mut h, labels::text(EXPORT_CHOOSE));
    assert_eq!(field(&h, FOLDER), Some(display(&user.documents)));
    assert_eq!(field(&h, FILE_NAME).as_deref(), Some("power-map-power.png"));
    click(&mut h, labels::text(EXPORT));
    assert_eq!(
        h.get_by_label(labels::text(EXPORT_PATH)).value(),
        Some(display(&user.documents.join("power-map-power.png")))
    );
    press(&mut h, Key::Escape);

    // Import: the spreadsheet is listed in the documents folder.
    command(&mut h, Command::Import);
    click(&mut h, labels::text(IMPORT_CHOOSE));
    click(&mut h, "🗋 people.csv");
    click(&mut h, labels::text(BROWSE_CHOOSE));
    assert_eq!(
        h.get_by_label(labels::text(IMPORT_FILE)).value(),
        Some(display(&actors))
    );
}

#[test]
fn a_tilde_in_the_import_field_is_the_home_folder() {
    let user = fake_user();
    std::fs::write(
        user.home.join("people.csv"),
        "name,support,influence\nDockers union,0.5,0.5\n",
    )
    .expect("csv");
    let mut h = app(&user);
    click(&mut h, labels::text(START_EMPTY_MAP));
    command(&mut h, Command::Import);
    h.get_by_label(labels::text(IMPORT_FILE))
        .type_text("~/people.csv");
    h.run();
    click_and_finish_jobs(&mut h, labels::text(READ_FILE));
    assert!(
        h.query_by_label_contains("No such file").is_none(),
        "the file was found"
    );
    assert!(
        h.query_all_by_label_contains("Dockers union")
            .next()
            .is_some(),
        "its rows are previewed"
    );
}

#[test]
fn a_tilde_in_the_export_path_is_the_home_folder() {
    let user = fake_user();
    let mut h = app(&user);
    click(&mut h, labels::text(START_EMPTY_MAP));
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::E);
    click_and_finish_jobs(&mut h, labels::text(EXPORT_SVG));
    h.get_by_label(labels::text(EXPORT_PATH)).focus();
    h.run();
    press_with(&mut h, Modifiers::COMMAND, Key::A);
    h.get_by_label(labels::text(EXPORT_PATH))
        .type_text("~/report.svg");
    h.run();
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    let written = std::fs::read_to_string(user.home.join("report.svg")).expect("written at home");
    assert!(written.starts_with("<svg"));
    assert!(!Path::new("~").exists(), "no folder named ~ was made");
}

/// A system file dialog that notes the extension each export asks for and is cancelled.
struct NotedExports(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl FileDialogs for NotedExports {
    fn pick_open(&self, _: Option<&Path>) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
    fn pick_save(&self, _: Option<&Path>, _: &str) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
    fn pick_export(&self, _: Option<&Path>, _: &str, extension: &str) -> DialogOutcome {
        if let Ok(mut noted) = self.0.lock() {
            noted.push(extension.to_owned());
        }
        DialogOutcome::Cancelled
    }
    fn pick_import(&self, _: Option<&Path>, _: &str) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
    fn user_folders(&self) -> UserFolders {
        UserFolders::default()
    }
}

#[test]
fn the_system_dialog_of_a_csv_export_asks_for_csv() {
    let noted = std::sync::Arc::default();
    let options = AppOptions {
        dialogs: Box::new(NotedExports(std::sync::Arc::clone(&noted))),
        ..AppOptions::headless(None)
    };
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_eframe(move |cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(options)
        });
    h.run();
    click(&mut h, labels::text(START_EMPTY_MAP));
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::E);
    click(&mut h, labels::text(EXPORT_CHOOSE));
    click_and_finish_jobs(&mut h, labels::text(EXPORT_CSV));
    click(&mut h, labels::text(EXPORT_CHOOSE));
    let noted = noted.lock().map(|n| n.clone()).unwrap_or_default();
    assert_eq!(noted, ["png", "csv"]);
}
