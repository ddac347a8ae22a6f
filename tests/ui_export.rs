//! File > Export in the real app: choices, the written file, and a clear message on failure.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, PowermapApp, install_style};

fn example_open() -> Harness<'static, PowermapApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(|cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(AppOptions::headless(None))
        });
    h.run();
    h.get_by_label("Open \"A clean river\"").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h
}

fn type_path(h: &mut Harness<'static, PowermapApp>, path: &str) {
    h.get_by_label("Export to").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Export to").type_text(path);
    h.run();
}

#[test]
fn exporting_an_svg_writes_the_page() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.svg");
    let mut h = example_open();
    h.get_by_label("SVG (vector)").click();
    h.run();
    h.get_by_label("Both side by side").click();
    h.run();
    type_path(&mut h, &path.display().to_string());
    h.get_by_label("Export").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    let svg = std::fs::read_to_string(&path).expect("written");
    assert!(svg.starts_with("<svg") && svg.contains(&h.state().session().campaign.title));
    assert!(h.query_by_label("Export to").is_none(), "the dialog closed");
}

#[test]
fn a_failed_export_says_why_and_keeps_the_dialog() {
    let mut h = example_open();
    h.get_by_label("Replace names with codes (A1, A2, ...), leave notes and tags out")
        .click();
    h.run();
    type_path(&mut h, "/nonexistent-folder/map.png");
    h.get_by_label("Export").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    h.get_by_label_contains(
        "Could not write /nonexistent-folder/map.png: the folder does not exist",
    );
    h.get_by_label("Export to");
}

#[test]
fn exporting_csv_writes_actors_and_relationships_that_import_back() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.csv");
    let mut h = example_open();
    h.get_by_label("CSV data: actors, and relationships beside them")
        .click();
    h.run();
    assert!(
        h.query_by_label("Add a table of actors").is_none(),
        "page choices are hidden for data"
    );
    type_path(&mut h, &path.display().to_string());
    h.get_by_label("Export").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    let session = h.state().session().clone();
    let actors = std::fs::read_to_string(&path).expect("actors written");
    assert_eq!(actors.lines().count(), session.actors.len() + 1);
    let relations = dir.path().join("river-relationships.csv");
    let text = std::fs::read_to_string(&relations).expect("relationships written");
    assert_eq!(text.lines().count(), session.relationships.len() + 1);
    let (imported, _, _) = powermap::exchange::import_file(&path, None).expect("imports back");
    assert_eq!(imported.actors.len(), session.actors.len());
}

fn file_open(path: &std::path::Path) -> Harness<'static, PowermapApp> {
    let path = path.to_owned();
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(AppOptions::headless(Some(path)))
        });
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h
}

fn proposed(h: &Harness<'static, PowermapApp>) -> String {
    h.get_by_label("Export to").value().unwrap_or_default()
}

#[test]
fn each_view_and_format_proposes_its_own_file_name() {
    let dir = tempfile::tempdir().expect("temp");
    let session = dir.path().join("river.json");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/river-cleanup.json"),
        &session,
    )
    .expect("copy");
    let mut h = file_open(&session);
    let beside = |name: &str| dir.path().join(name).display().to_string();
    assert_eq!(proposed(&h), beside("river-power.png"));
    for (choice, name) in [
        ("PDF (vector)", "river-power.pdf"),
        ("Spectrum", "river-spectrum.pdf"),
        ("Both side by side", "river-both.pdf"),
        ("SVG (vector)", "river-both.svg"),
        (
            "CSV data: actors, and relationships beside them",
            "river.csv",
        ),
        ("PNG image", "river-both.png"),
    ] {
        h.get_by_label(choice).click();
        h.run();
        assert_eq!(proposed(&h), beside(name), "after choosing {choice}");
    }
}

#[test]
fn an_existing_file_is_replaced_only_after_asking() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("river.svg");
    std::fs::write(&path, "keep me").expect("write");
    let mut h = example_open();
    h.get_by_label("SVG (vector)").click();
    h.run();
    type_path(&mut h, &path.display().to_string());
    h.get_by_label("Export").click();
    h.run();
    h.get_by_label_contains("river.svg already exists");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "keep me");
    h.get_by_label("Keep the file").click();
    h.run();
    assert!(h.query_by_label_contains("already exists").is_none());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "keep me");
    h.get_by_label("Export to");
    h.get_by_label("Export").click();
    h.run();
    h.get_by_label("Replace").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .starts_with("<svg")
    );
    assert!(h.query_by_label("Export to").is_none(), "the dialog closed");
}

/// The preview is the page of the chosen size, drawn small: never a texture larger than the
/// GPU takes, whatever size is typed.
#[test]
fn a_custom_size_previews_that_page_within_the_texture_limit() {
    let mut h = example_open();
    h.get_by_label("Custom").click();
    h.run();
    h.get_by_label("width").set_value_accesskit(100.0);
    h.get_by_label("height").set_value_accesskit(1000.0);
    h.run();
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
    h.get_by_label("SVG (vector)").click();
    h.run();
    h.get_by_label("Replace names with codes (A1, A2, ...), leave notes and tags out")
        .click();
    h.run();
    type_path(&mut h, &path.display().to_string());
    h.get_by_label("Export").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    let svg = std::fs::read_to_string(&path).expect("written");
    assert!(
        !svg.contains(&title) && svg.contains(">Power map<"),
        "a neutral title"
    );
    std::fs::remove_file(&path).expect("remove");
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("SVG (vector)").click();
    h.run();
    h.get_by_label("Replace names with codes (A1, A2, ...), leave notes and tags out")
        .click();
    h.run();
    h.get_by_label("Title on the page").focus();
    h.run();
    h.get_by_label("Title on the page")
        .type_text("Clean water for all");
    h.run();
    type_path(&mut h, &path.display().to_string());
    h.get_by_label("Export").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.run();
    let svg = std::fs::read_to_string(&path).expect("written");
    assert!(svg.contains(">Clean water for all<"), "the typed title");
}
