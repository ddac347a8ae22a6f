//! File > Export in the real app: choices, the written file, and a clear message on failure.

use crate::harness;
use crate::harness::{
    App, click_and_finish_jobs, example, press_and_finish_jobs, press_with, start,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use powermap::words::labels::{
    self, EXPORT, EXPORT_BOTH_VIEWS, EXPORT_CSV, EXPORT_CUSTOM_SIZE, EXPORT_PAGE_TITLE,
    EXPORT_PATH, EXPORT_PDF, EXPORT_PNG, EXPORT_REDACT, EXPORT_REPLACE, EXPORT_SPECTRUM,
    EXPORT_SVG, keep_files, open_example,
};

/// An example opened from the welcome dialog, and the export dialog open.
fn example_open() -> App {
    let mut h = start(None);
    click_and_finish_jobs(&mut h, &open_example("A clean river"));
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::E);
    h
}

fn type_path(h: &mut App, path: &str) {
    h.get_by_label(labels::text(EXPORT_PATH)).focus();
    h.run();
    press_with(h, Modifiers::COMMAND, Key::A);
    h.get_by_label(labels::text(EXPORT_PATH)).type_text(path);
    h.run();
}

#[test]
fn exporting_an_svg_writes_the_page() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.svg");
    let mut h = example_open();
    click_and_finish_jobs(&mut h, labels::text(EXPORT_SVG));
    click_and_finish_jobs(&mut h, labels::text(EXPORT_BOTH_VIEWS));
    type_path(&mut h, &path.display().to_string());
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    let svg = std::fs::read_to_string(&path).expect("written");
    assert!(svg.starts_with("<svg") && svg.contains(&h.state().session().campaign.title));
    assert!(
        h.query_by_label(labels::text(EXPORT_PATH)).is_none(),
        "the dialog closed"
    );
}

#[test]
fn a_failed_export_says_why_and_keeps_the_dialog() {
    let mut h = example_open();
    click_and_finish_jobs(&mut h, labels::text(EXPORT_REDACT));
    type_path(&mut h, "/nonexistent-folder/map.png");
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    h.get_by_label_contains(
        "Could not write /nonexistent-folder/map.png: the folder does not exist",
    );
    h.get_by_label(labels::text(EXPORT_PATH));
}

#[test]
fn exporting_csv_writes_actors_and_relationships_that_import_back() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.csv");
    let mut h = example_open();
    click_and_finish_jobs(&mut h, labels::text(EXPORT_CSV));
    assert!(
        h.query_by_label("Add a table of actors").is_none(),
        "page choices are hidden for data"
    );
    type_path(&mut h, &path.display().to_string());
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    let session = h.state().session().clone();
    let actors = std::fs::read_to_string(&path).expect("actors written");
    assert_eq!(actors.lines().count(), session.actors.len() + 1);
    let relations = dir.path().join("river-relationships.csv");
    let text = std::fs::read_to_string(&relations).expect("relationships written");
    assert_eq!(text.lines().count(), session.relationships.len() + 1);
    let (imported, _, _) = powermap::exchange::import_file(&path, None).expect("imports back");
    assert_eq!(imported.actors.len(), session.actors.len());
}

/// The session at `path` open, and the export dialog open.
fn file_open(path: &std::path::Path) -> App {
    let mut h = start(Some(path.to_owned()));
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::E);
    h
}

fn proposed(h: &App) -> String {
    h.get_by_label(labels::text(EXPORT_PATH))
        .value()
        .unwrap_or_default()
}

#[test]
fn each_view_and_format_proposes_its_own_file_name() {
    let dir = tempfile::tempdir().expect("temp");
    let session = dir.path().join("river.json");
    std::fs::copy(example("river-cleanup.json"), &session).expect("copy");
    let mut h = file_open(&session);
    let beside = |name: &str| dir.path().join(name).display().to_string();
    assert_eq!(proposed(&h), beside("river-power.png"));
    for (choice, name) in [
        (EXPORT_PDF, "river-power.pdf"),
        (EXPORT_SPECTRUM, "river-spectrum.pdf"),
        (EXPORT_BOTH_VIEWS, "river-both.pdf"),
        (EXPORT_SVG, "river-both.svg"),
        (EXPORT_CSV, "river.csv"),
        (EXPORT_PNG, "river-both.png"),
    ] {
        let choice = labels::text(choice);
        click_and_finish_jobs(&mut h, choice);
        assert_eq!(proposed(&h), beside(name), "after choosing {choice}");
    }
}

#[test]
fn an_existing_file_is_replaced_only_after_asking() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.svg");
    std::fs::write(&path, "keep me").expect("write");
    let mut h = example_open();
    click_and_finish_jobs(&mut h, labels::text(EXPORT_SVG));
    type_path(&mut h, &path.display().to_string());
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    h.get_by_label_contains("river.svg already exists");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "keep me");
    click_and_finish_jobs(&mut h, &keep_files(1));
    assert!(h.query_by_label_contains("already exists").is_none());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "keep me");
    h.get_by_label(labels::text(EXPORT_PATH));
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    click_and_finish_jobs(&mut h, labels::text(EXPORT_REPLACE));
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .starts_with("<svg")
    );
    assert!(
        h.query_by_label(labels::text(EXPORT_PATH)).is_none(),
        "the dialog closed"
    );
}

/// The preview is the page of the chosen size, drawn small: never a texture larger than the
/// GPU takes, whatever size is typed.
#[test]
fn a_custom_size_previews_that_page_within_the_texture_limit() {
    let mut h = example_open();
    click_and_finish_jobs(&mut h, labels::text(EXPORT_CUSTOM_SIZE));
    h.get_by_label("width").set_value_accesskit(100.0);
    h.get_by_label("height").set_value_accesskit(1000.0);
    h.run();
    // The preview of the new size is drawn by a job.
    harness::finish_jobs(&mut h);
    let max_side = h.ctx.input(|i| i.max_texture_side);
    let previews: Vec<[usize; 2]> = h
        .ctx
        .tex_manager()
        .read()
        .allocated()
        .filter(|(_, meta)| meta.name == "export preview")
        .map(|(_, meta)| meta.size)
        .collect();
    let [width, height] = *previews.last().expect("a preview");
    assert!(
        width <= max_side && height <= max_side,
        "{width} x {height}"
    );
    let aspect = width as f32 / height as f32;
    assert!(
        (aspect - 0.3).abs() < 0.02,
        "the 300 x 1000 page, not A4: {width} x {height}"
    );
    assert_eq!(
        h.get_by_label("width").value().as_deref(),
        Some("width 300")
    );
    h.get_by_label_contains("300 to 16000 pixels");
}

#[test]
fn a_redacted_export_has_a_neutral_or_typed_title() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.svg");
    let mut h = example_open();
    let title = h.state().session().campaign.title.clone();
    click_and_finish_jobs(&mut h, labels::text(EXPORT_SVG));
    click_and_finish_jobs(&mut h, labels::text(EXPORT_REDACT));
    type_path(&mut h, &path.display().to_string());
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    let svg = std::fs::read_to_string(&path).expect("written");
    assert!(
        !svg.contains(&title) && svg.contains(">Power map<"),
        "a neutral title"
    );
    std::fs::remove_file(&path).expect("remove");
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::E);
    click_and_finish_jobs(&mut h, labels::text(EXPORT_SVG));
    click_and_finish_jobs(&mut h, labels::text(EXPORT_REDACT));
    h.get_by_label(labels::text(EXPORT_PAGE_TITLE)).focus();
    h.run();
    h.get_by_label(labels::text(EXPORT_PAGE_TITLE))
        .type_text("Clean water for all");
    h.run();
    type_path(&mut h, &path.display().to_string());
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    let svg = std::fs::read_to_string(&path).expect("written");
    assert!(svg.contains(">Clean water for all<"), "the typed title");
}

/// The textures the export dialog's previews have been drawn into.
fn preview_textures(h: &App) -> usize {
    h.ctx
        .tex_manager()
        .read()
        .allocated()
        .filter(|(_, meta)| meta.name == "export preview")
        .count()
}

/// The preview of a big map is drawn by a job: the dialog is up, and answers, at once; the
/// picture comes when it is drawn.
#[test]
fn the_preview_arrives_without_holding_up_the_dialog() {
    let dir = tempfile::tempdir().expect("temp");
    let map = dir.path().join("big.json");
    powermap::storage::save_file(&powermap::model::synthetic_session(1_999), &map)
        .expect("write the map");
    let mut h = start(Some(map));
    harness::command(&mut h, powermap::app::Command::Export);
    assert!(
        h.state().job_running(),
        "the preview is drawn off the UI thread"
    );
    h.get_by_label("Drawing the preview…");
    assert_eq!(preview_textures(&h), 0, "no picture before it is drawn");
    harness::finish_jobs(&mut h);
    assert_eq!(preview_textures(&h), 1, "the picture arrived");
    assert!(h.query_by_label("Drawing the preview…").is_none());
}

/// The session of the example with an alliance plan, opened, and the export dialog open.
fn residents_open() -> App {
    let mut h = start(Some(example("migrant-voting-rights.json")));
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::E);
    h
}

#[test]
fn the_markdown_command_writes_the_alliance_plan() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("plan.md");
    let mut h = start(Some(example("migrant-voting-rights.json")));
    harness::command(&mut h, powermap::app::Command::ExportAllianceMarkdown);
    let say = powermap::words::ui();
    assert!(
        h.query_by_label(say.get("export-table")).is_none(),
        "page choices are hidden for Markdown"
    );
    click_and_finish_jobs(&mut h, say.get("export-ratings"));
    type_path(&mut h, &path.display().to_string());
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(
        text.contains("## Alliance plan") && text.contains("| Trust |"),
        "{text}"
    );
}

#[test]
fn the_alliance_plan_is_offered_for_pdf_only_and_adds_its_pages() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("plan.pdf");
    let say = powermap::words::ui();
    let mut h = residents_open();
    // PNG first: the choice is there but greyed, with the reason beside it.
    h.get_by_label(say.get("export-alliance-pdf-only"));
    click_and_finish_jobs(&mut h, labels::text(EXPORT_PDF));
    click_and_finish_jobs(&mut h, say.get("export-alliance"));
    h.get_by_label(say.get("export-alliance-follows"));
    type_path(&mut h, &path.display().to_string());
    click_and_finish_jobs(&mut h, labels::text(EXPORT));
    let pdf = std::fs::read(&path).expect("written");
    let pages = pdf
        .windows(12)
        .filter(|w| w.starts_with(b"/Type /Page") && w[11] != b's')
        .count();
    assert!(pages >= 3, "{pages} pages");
}

#[test]
fn a_map_without_an_alliance_plan_is_not_offered_one() {
    let h = example_open();
    let say = powermap::words::ui();
    assert!(h.query_by_label(say.get("export-alliance")).is_none());
    assert!(
        h.query_by_label(say.get("export-format-markdown"))
            .is_none()
    );
}
