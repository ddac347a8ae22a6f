//! The real app driven through `egui_kittest`, shared by the UI tests: start it, start an empty
//! map, quick-add, drag, press keys, run commands, and find actors. Labels come from
//! `powermap::words::labels`, so the tests say which widget, never its English text.

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command, PowermapApp, install_style};
use powermap::model::{Actor, Position, Slice};
use powermap::words::labels::{self, QUICK_ADD, START_EMPTY_MAP};
use std::path::PathBuf;

/// The app under test.
pub type App = Harness<'static, PowermapApp>;

/// The window most tests use: a desktop a little smaller than full HD.
pub const DESKTOP: [f32; 2] = [1400.0, 860.0];
/// A 1366 x 768 laptop screen, the smallest organizers bring.
pub const LAPTOP: [f32; 2] = [1366.0, 768.0];

/// The app with `options` in a window of `size`, after its first frames.
pub fn start_with(options: AppOptions, size: [f32; 2]) -> App {
    let mut h = Harness::builder().with_size(size).build_eframe(move |cc| {
        install_style(&cc.egui_ctx);
        PowermapApp::new(options)
    });
    h.run();
    h
}

/// The app without file dialogs or a config folder, opening `open` (else the welcome), in the
/// desktop window.
pub fn start(open: Option<PathBuf>) -> App {
    start_with(AppOptions::headless(open), DESKTOP)
}

/// An example session shipped with powermap, by file name.
pub fn example(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(file)
}

/// The app on a new, empty map (only "us"), chosen in the welcome dialog.
pub fn empty_map() -> App {
    let mut h = start(None);
    click(&mut h, labels::text(START_EMPTY_MAP));
    assert!(h.state().dialog_message().is_none());
    h
}

/// Click the widget labelled `label` and let the app answer.
pub fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Add an actor by name and place it as P does (a new actor waits in the parking lot).
pub fn quick_add(h: &mut App, name: &str) {
    let field = labels::text(QUICK_ADD);
    click(h, field);
    h.get_by_label(field).type_text(name);
    h.run();
    press(h, Key::Enter);
    command(h, Command::Park);
}

/// Drag with the mouse in small steps, as a hand would.
pub fn drag(h: &mut App, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for t in [0.1, 0.3, 0.6, 1.0] {
        h.hover_at(from.lerp(to, t));
        h.step();
    }
    h.drop_at(to);
    h.run();
}

/// Press `key` and let the app answer.
pub fn press(h: &mut App, key: Key) {
    h.key_press(key);
    h.run();
}

/// Press `key` with `modifiers` held (`Modifiers::COMMAND` for Ctrl or Cmd) and let the app
/// answer.
pub fn press_with(h: &mut App, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Let the running background jobs (saves, exports, file reads) end, and the app take in
/// what they did.
pub fn finish_jobs(h: &mut App) {
    h.state_mut().wait_for_jobs();
    h.run();
}

/// Click the widget labelled `label`, which starts a background job (a save, an export, a
/// file read), and let the app take in what the job did. The job ends before the app settles,
/// so the frames it takes to settle do not depend on how fast the job ran.
pub fn click_and_finish_jobs(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.step();
    finish_jobs(h);
}

/// Press `key` with `modifiers` held (`Modifiers::NONE` for none), which starts a background
/// job, and let the app take in what the job did (see [`click_and_finish_jobs`]).
pub fn press_and_finish_jobs(h: &mut App, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.step();
    finish_jobs(h);
}

/// Run `command` as its menu entry or shortcut would.
pub fn command(h: &mut App, command: Command) {
    h.state_mut().queue_command(command);
    h.run();
}

/// The actor called `name`.
pub fn actor<'a>(h: &'a App, name: &str) -> &'a Actor {
    h.state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor called {name}"))
}

/// Where the actor called `name` is on the power map.
pub fn position_of(h: &App, name: &str) -> Position {
    actor(h, name).position
}

/// The slice of the spectrum the actor called `name` is in, if it is on the spectrum.
pub fn slice_of(h: &App, name: &str) -> Option<Slice> {
    actor(h, name).spectrum.map(|p| p.slice)
}

/// Where `position` is drawn on the power map's canvas.
pub fn screen_of(h: &App, position: Position) -> Pos2 {
    h.state()
        .canvas_transform()
        .expect("canvas drawn")
        .to_screen(position)
}
