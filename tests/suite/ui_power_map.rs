//! The real app driven through `egui_kittest`: quick-add, drag, strategy, undo, save, reopen.

use crate::harness::{
    App, DESKTOP, click, click_and_finish_jobs, command, drag, empty_map, example, position_of,
    press_and_finish_jobs, press_with, quick_add, screen_of, start, start_with,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command};
use powermap::model::{Position, Quadrant};
use powermap::words::labels::{
    self, CANCEL, DONT_SAVE, FILE_NAME, OK, OPEN_REPAIRED, OVERWRITE, START_EMPTY_MAP, link_handle,
    on_the_map, open_example,
};
use std::path::PathBuf;

#[test]
fn quick_add_drag_undo_save_and_reopen() {
    let mut h = empty_map();
    quick_add(&mut h, "Mayor");
    assert_eq!(h.state().session().actors.len(), 2, "us and the mayor");
    let at_first = position_of(&h, "Mayor");
    assert_eq!(
        at_first.quadrant(),
        None,
        "new actors land in the middle, on the neutral line"
    );
    h.get_by_label("On the neutral line");

    // Drag the mayor into the opposite quadrant: the strategy changes.
    let from = h.get_by_label(&on_the_map("Mayor")).rect().center();
    let target = Position::clamped(-0.5, 0.2);
    let to = screen_of(&h, target);
    drag(&mut h, from, to);
    let moved = position_of(&h, "Mayor");
    assert_eq!(moved.quadrant(), Some(Quadrant::Monitor));
    assert!(
        (moved.support - target.support).abs() < 0.02
            && (moved.influence - target.influence).abs() < 0.02,
        "{moved:?}"
    );
    h.get_by_label("Monitor");
    assert!(
        h.query_by_label("Partner").is_none(),
        "the old strategy is gone"
    );

    // One drag is one undo step.
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(position_of(&h, "Mayor"), at_first);
    h.get_by_label("On the neutral line");
    press_with(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(position_of(&h, "Mayor"), moved, "redo brings the drag back");

    // Save: with no native file dialog the app shows its own.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("city.json");
    save_via_prompt(&mut h, &path);
    assert!(path.exists(), "saved: {:?}", h.state().dialog_message());
    assert!(!h.state().is_dirty());
    assert!(
        h.state().window_title().starts_with("city.json"),
        "{}",
        h.state().window_title()
    );

    // Reopen in a fresh app: the same session.
    let saved = h.state().session().clone();
    let reopened = start(Some(path.clone()));
    assert_eq!(reopened.state().session(), &saved);
    assert_eq!(reopened.state().path(), Some(path.as_path()));
}

#[test]
fn unsaved_changes_are_asked_about_before_new() {
    let mut h = empty_map();
    quick_add(&mut h, "Press");
    assert!(h.state().is_dirty());
    assert!(
        h.state().window_title().starts_with('●'),
        "{}",
        h.state().window_title()
    );
    press_with(&mut h, Modifiers::COMMAND, Key::N);
    assert!(
        h.state()
            .dialog_message()
            .is_some_and(|m| m.contains("Unsaved"))
    );
    click(&mut h, labels::text(CANCEL));
    assert_eq!(h.state().session().actors.len(), 2, "cancel keeps the work");
    press_with(&mut h, Modifiers::COMMAND, Key::N);
    click(&mut h, labels::text(DONT_SAVE));
    assert_eq!(
        h.state().session().actors.len(),
        1,
        "a new session holds only us"
    );
}

#[test]
fn shift_click_selects_several_and_they_move_together() {
    let mut h = empty_map();
    quick_add(&mut h, "Union");
    quick_add(&mut h, "Church");
    let union_start = position_of(&h, "Union");
    let church_start = position_of(&h, "Church");
    click(&mut h, &on_the_map("Union"));
    h.get_by_label(&on_the_map("Church"))
        .click_modifiers(Modifiers::SHIFT);
    h.run();
    assert_eq!(h.state().selection().len(), 2);

    let from = h.get_by_label(&on_the_map("Church")).rect().center();
    drag(&mut h, from, from + egui::vec2(-120.0, 80.0));
    let (union_now, church_now) = (position_of(&h, "Union"), position_of(&h, "Church"));
    let d_union = (
        union_now.support - union_start.support,
        union_now.influence - union_start.influence,
    );
    let d_church = (
        church_now.support - church_start.support,
        church_now.influence - church_start.influence,
    );
    assert!(d_union.0 < -0.05 && d_union.1 < -0.05, "{d_union:?}");
    assert!((d_union.0 - d_church.0).abs() < 1e-4 && (d_union.1 - d_church.1).abs() < 1e-4);
}

#[test]
fn a_rectangle_selects_the_actors_inside() {
    let mut h = empty_map();
    quick_add(&mut h, "Union");
    quick_add(&mut h, "Church");
    let us = screen_of(&h, position_of(&h, "Us"));
    let union = screen_of(&h, position_of(&h, "Union"));
    let church = screen_of(&h, position_of(&h, "Church"));
    // A band around the two new actors, which sit near the centre, away from us.
    let min = union.min(church) - egui::vec2(30.0, 30.0);
    let max = union.max(church) + egui::vec2(30.0, 30.0);
    assert!(!egui::Rect::from_min_max(min, max).contains(us));
    // Start the band on empty canvas: left of both, where nothing is drawn.
    drag(&mut h, egui::pos2(min.x, max.y), egui::pos2(max.x, min.y));
    let selected: Vec<String> = h
        .state()
        .session()
        .actors
        .iter()
        .filter(|a| h.state().selection().contains(&a.id))
        .map(|a| a.name.clone())
        .collect();
    assert_eq!(selected, ["Union", "Church"]);
}

#[test]
fn dragging_the_handle_onto_another_actor_connects_them() {
    let mut h = empty_map();
    quick_add(&mut h, "Mayor");
    let handle = h.get_by_label(&link_handle("Mayor")).rect().center();
    let us = h.get_by_label(&on_the_map("Us")).rect().center();
    drag(&mut h, handle, us);
    let session = h.state().session();
    assert_eq!(session.relationships.len(), 1);
    let mayor = session
        .actors
        .iter()
        .find(|a| a.name == "Mayor")
        .expect("mayor");
    assert!(
        session.reachable_from_us().contains(&mayor.id),
        "a new line is cooperating"
    );
    h.get_by_label("Connections (1)");
}

#[test]
fn a_broken_file_shows_a_message_and_keeps_the_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\"format\": \"powermap-session\", \"version\": 1, \"actors\": [",
    )
    .expect("write");
    let mut h = empty_map();
    quick_add(&mut h, "Mayor");
    h.state_mut().request_open(&broken);
    h.run();
    assert!(
        h.state()
            .dialog_message()
            .is_some_and(|m| m.contains("Unsaved")),
        "asks before replacing work"
    );
    click(&mut h, labels::text(DONT_SAVE));
    let message = h.state().dialog_message().expect("an error dialog");
    assert!(message.contains("ends too early"), "{message}");
    assert_eq!(h.state().session().actors.len(), 2, "the work is kept");
    click(&mut h, labels::text(OK));
    assert!(h.state().dialog_message().is_none());
}

#[test]
fn the_supportive_side_can_be_flipped() {
    let mut h = empty_map();
    let us_right = h.get_by_label(&on_the_map("Us")).rect().center();
    command(&mut h, Command::FlipSupportiveSide);
    let us_left = h.get_by_label(&on_the_map("Us")).rect().center();
    assert!(
        us_left.x < us_right.x - 100.0,
        "{us_left:?} vs {us_right:?}"
    );
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.get_by_label(&on_the_map("Us")).rect().center(),
        us_right,
        "flipping is undoable"
    );
}

#[test]
fn looking_at_an_actor_changes_nothing() {
    let mut h = start(None);
    click(&mut h, &open_example("Every resident votes"));
    assert!(!h.state().is_dirty());
    let names: Vec<String> = h
        .state()
        .session()
        .actors
        .iter()
        .map(|a| a.name.clone())
        .collect();
    for name in names.iter().take(8) {
        let label = on_the_map(name);
        let Some(marker) = h.query_by_label(&label) else {
            continue;
        };
        marker.click();
        h.run();
    }
    assert!(!h.state().selection().is_empty());
    assert!(
        !h.state().is_dirty(),
        "selecting and showing actors must not edit them"
    );
}

/// A file dropped on the window, as the windowing layer would hand it over.
#[derive(Debug)]
struct DroppedTestFile(PathBuf);

impl egui::DroppedFile for DroppedTestFile {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_session_file_opens_it() {
    let example = example("river-cleanup.json");
    let mut h = empty_map();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedTestFile(example.clone())));
    h.run();
    assert_eq!(h.state().path(), Some(example.as_path()));
    assert!(h.state().session().actors.len() > 15);
}

#[test]
fn closing_with_unsaved_work_asks_first() {
    use egui::{ViewportCommand, ViewportEvent, ViewportId};
    let mut h = empty_map();
    quick_add(&mut h, "Mayor");
    h.input_mut()
        .viewports
        .get_mut(&ViewportId::ROOT)
        .expect("root viewport")
        .events
        .push(ViewportEvent::Close);
    h.step();
    let commands = &h.output().viewport_output[&ViewportId::ROOT].commands;
    assert!(
        commands.contains(&ViewportCommand::CancelClose),
        "{commands:?}"
    );
    h.run();
    assert!(
        h.state()
            .dialog_message()
            .is_some_and(|m| m.contains("quitting"))
    );
    h.get_by_label(labels::text(DONT_SAVE)).click();
    h.step();
    h.step();
    let commands = &h.output().viewport_output[&ViewportId::ROOT].commands;
    assert!(commands.contains(&ViewportCommand::Close), "{commands:?}");
}

/// Save through the in-app file dialog, typing the whole path as the file name.
fn save_via_prompt(h: &mut App, path: &std::path::Path) {
    press_with(h, Modifiers::COMMAND, Key::S);
    h.get_by_label(labels::text(FILE_NAME)).focus();
    h.run();
    press_with(h, Modifiers::COMMAND, Key::A);
    h.get_by_label(labels::text(FILE_NAME))
        .type_text(&path.display().to_string());
    h.run();
    press_and_finish_jobs(h, Modifiers::NONE, Key::Enter);
}

#[test]
fn the_last_session_reopens_at_start() {
    let config = tempfile::tempdir().expect("config dir");
    let dir = tempfile::tempdir().expect("data dir");
    let path = dir.path().join("last.json");
    let options = || AppOptions {
        open: None,
        config_dir: Some(config.path().to_owned()),
        dialogs: Box::new(powermap::app::NoDialogs),
        recovery_dir: None,
        language: powermap::words::Language::English,
        discovery: powermap::share::Network::NOWHERE,
    };
    let mut first = start_with(options(), DESKTOP);
    click(&mut first, labels::text(START_EMPTY_MAP));
    quick_add(&mut first, "Governor");
    save_via_prompt(&mut first, &path);
    assert!(path.exists());

    let second = start_with(options(), DESKTOP);
    assert!(
        second.state().dialog_message().is_none(),
        "no welcome: the last session opened"
    );
    assert!(
        second
            .state()
            .session()
            .actors
            .iter()
            .any(|a| a.name == "Governor")
    );
    assert_eq!(
        second.state().path().and_then(|p| p.file_name()),
        path.file_name()
    );
}

#[test]
fn a_failed_save_keeps_the_work_unsaved_and_says_why() {
    let mut h = empty_map();
    quick_add(&mut h, "Mayor");
    save_via_prompt(
        &mut h,
        std::path::Path::new("/nonexistent-folder/powermap/map.json"),
    );
    let message = h.state().dialog_message().expect("an error");
    assert!(
        message.contains("Could not save") && message.contains("nothing was lost"),
        "{message}"
    );
    assert!(h.state().is_dirty());
    assert!(h.state().path().is_none());
    assert_eq!(h.state().session().actors.len(), 2);
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shared.json");
    std::fs::copy(example("river-cleanup.json"), &path).expect("copy");
    let mut h = start(Some(path.clone()));
    quick_add(&mut h, "Mine");
    // Someone else saves the same file meanwhile (another powermap, a sync folder).
    let theirs = std::fs::read_to_string(&path)
        .expect("read")
        .replace("Clean Lenna", "Clean Lenna (their copy)");
    std::fs::write(&path, &theirs).expect("write");
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert!(
        h.state()
            .dialog_message()
            .is_some_and(|m| m.contains("changed on disk"))
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        theirs,
        "nothing written yet"
    );
    click(&mut h, labels::text(CANCEL));
    assert!(h.state().is_dirty());
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    click_and_finish_jobs(&mut h, labels::text(OVERWRITE));
    assert!(!h.state().is_dirty());
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("\"Mine\"")
    );
    // Our own save is not a change by someone else: saving again does not ask.
    quick_add(&mut h, "Mine too");
    press_and_finish_jobs(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.state().dialog_message().is_none() && !h.state().is_dirty());
}

#[test]
fn a_damaged_file_is_offered_as_a_repaired_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("damaged.json");
    let damaged = r#"{"format": "powermap-session", "version": 2,
        "actors": [{"id": "a", "name": "Mayor", "support": 1.7, "influence": 0.5},
                   {"id": "b", "name": "Press", "support": -0.2, "influence": 0.3}],
        "relationships": [{"id": "r1", "from": "a", "to": "ghost"}]}"#;
    std::fs::write(&path, damaged).expect("write");
    let mut h = start(Some(path.clone()));
    let message = h.state().dialog_message().expect("a repair offer");
    assert!(message.contains("Repair offered (2 changes)"), "{message}");
    h.get_by_label_contains("moved into the map");
    click(&mut h, labels::text(OPEN_REPAIRED));
    let session = h.state().session();
    assert_eq!(session.actors.len(), 2);
    assert!(session.relationships.is_empty());
    assert!(
        h.state().is_dirty() && h.state().path().is_none(),
        "an unsaved copy, not the file"
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        damaged,
        "the original is untouched"
    );
}

#[test]
fn a_screen_reader_click_on_a_marker_selects_its_actor() {
    let mut h = empty_map();
    quick_add(&mut h, "Union");
    quick_add(&mut h, "Church");
    h.get_by_label(&on_the_map("Union")).click_accesskit();
    h.run();
    let union = h
        .state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == "Union")
        .map(|a| a.id.clone())
        .expect("union");
    assert!(h.state().selection().contains(&union));
    assert_eq!(h.state().selection().len(), 1);
}

#[test]
fn actors_stacked_on_one_spot_spread_apart_so_each_is_announced_and_clicked() {
    // Two hundred actors on one spot: their markers fan out around it (the data keeps the
    // spot), every actor keeps its accessible name, and a click picks the one clicked.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("crowd.json");
    let mut session = powermap::model::Session::new_with_us();
    for i in 0..200 {
        session.actors.push(powermap::model::Actor::new(
            format!("Member {i}"),
            Position::clamped(0.4, 0.6),
        ));
    }
    powermap::storage::save_file(&session, &file).expect("saved");
    let mut h = start(Some(file));
    h.run();
    for i in [0, 100, 199] {
        h.get_by_label(&on_the_map(&format!("Member {i}")));
    }
    click(&mut h, &on_the_map("Member 0"));
    let first = &h.state().session().actors[1];
    assert_eq!(first.name, "Member 0");
    assert!(h.state().selection().contains(&first.id));
    assert_eq!(h.state().selection().len(), 1);
    assert_eq!(
        first.position,
        Position::clamped(0.4, 0.6),
        "the data stays put"
    );
}

#[test]
fn an_actor_on_the_neutral_line_is_in_no_quadrant() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("line.json");
    let mut session = powermap::model::Session::new_with_us();
    for (name, support) in [("Neutral Nel", 0.0), ("Ally Ada", 0.5), ("Ally Abe", 0.6)] {
        session.actors.push(powermap::model::Actor::new(
            name,
            Position::clamped(support, 0.8),
        ));
    }
    powermap::storage::save_file(&session, &file).expect("saved");
    let mut h = start(Some(file));
    h.run();
    // Nothing selected: the counts name the line, and the partners are only the two allies
    // (us included, at the default place of "us").
    let us = h.state().session().actors[0].position;
    let us_partner = usize::from(us.support > 0.0 && us.influence >= 0.5);
    h.get_by_label(&format!("Partner: {}", 2 + us_partner));
    h.get_by_label("On the neutral line: 1");
    // Selected, the side panel says it is on the line instead of naming a strategy.
    click(&mut h, &on_the_map("Neutral Nel"));
    h.get_by_label("On the neutral line");
    assert!(h.query_by_label("Partner").is_none(), "no strategy named");
}

#[test]
fn the_connect_handle_never_covers_the_selected_name() {
    // Neighbours close on both sides push the selected name above its marker; one actor sits
    // in the top corner, where a handle above and to the right would leave the canvas.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("row.json");
    let mut session = powermap::model::Session::new_with_us();
    for (name, support, influence) in [
        ("West Harbour Board", 0.22, 0.6),
        ("Middle School Council", 0.3, 0.6),
        ("East Harbour Board", 0.38, 0.6),
        ("Corner Shop Owners", 1.0, 1.0),
    ] {
        session.actors.push(powermap::model::Actor::new(
            name,
            Position::clamped(support, influence),
        ));
    }
    powermap::storage::save_file(&session, &file).expect("saved");
    let mut h = start(Some(file));
    h.run();
    for name in [
        "Middle School Council",
        "Corner Shop Owners",
        "West Harbour Board",
    ] {
        click(&mut h, &on_the_map(name));
        let handle = h.get_by_label(&link_handle(name)).rect();
        let label = h
            .state()
            .selected_name_rect()
            .expect("the selected actor is named");
        assert!(
            !handle.intersects(label),
            "{name}: handle {handle:?} covers its name {label:?}"
        );
        let canvas = h.state().canvas_transform().expect("canvas drawn").screen;
        assert!(
            canvas.contains_rect(handle),
            "{name}: handle {handle:?} leaves {canvas:?}"
        );
    }
}
