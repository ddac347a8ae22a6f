//! The commands table through the real app (`egui_kittest`): the command palette found by its
//! keys, searched by typing and run from the keyboard alone, and buttons showing the keys
//! the table gives them.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command, PowermapApp, ViewMode, install_style};

const PALETTE: &str = "Find a command";

fn empty_map() -> Harness<'static, PowermapApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(|cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(AppOptions::headless(None))
        });
    h.run();
    h.get_by_label("Start an empty map").click();
    h.run();
    h
}

fn press(h: &mut Harness<'static, PowermapApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn palette_open(h: &Harness<'static, PowermapApp>) -> bool {
    h.query_by_label(PALETTE).is_some()
}

fn type_in_palette(h: &mut Harness<'static, PowermapApp>, text: &str) {
    h.get_by_label(PALETTE).type_text(text);
    h.run();
}

#[test]
fn the_palette_finds_a_command_by_typing_and_runs_it_with_enter() {
    let mut h = empty_map();
    assert_eq!(h.state().view_mode(), ViewMode::PowerMap);
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    assert!(palette_open(&h), "Ctrl+Shift+P opens the palette");

    // "spectrum of" finds "Spectrum of allies" first, as its name starts so, and commands
    // whose descriptions hold the words after it; the arrows move down and back up.
    type_in_palette(&mut h, "spectrum of");
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    assert_eq!(
        h.state().view_mode(),
        ViewMode::PowerMap,
        "nothing runs before Enter"
    );
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(!palette_open(&h), "running a command closes the palette");
    assert_eq!(h.state().view_mode(), ViewMode::Spectrum);
}

#[test]
fn f1_opens_the_palette_and_escape_closes_it_without_running_anything() {
    let mut h = empty_map();
    press(&mut h, Modifiers::NONE, Key::F1);
    assert!(palette_open(&h), "F1 opens the palette");
    // The window's own keys wait while the palette has the keyboard: Ctrl+2 would show the
    // spectrum.
    press(&mut h, Modifiers::COMMAND, Key::Num2);
    type_in_palette(&mut h, "both side");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!palette_open(&h), "Escape closes the palette");
    assert_eq!(h.state().view_mode(), ViewMode::PowerMap);
    // F1 again, then the same key closes it too.
    press(&mut h, Modifiers::NONE, Key::F1);
    assert!(palette_open(&h));
    press(&mut h, Modifiers::NONE, Key::F1);
    assert!(!palette_open(&h), "the palette's own key closes it");
}

#[test]
fn a_command_that_cannot_run_now_stays_in_the_palette() {
    let mut h = empty_map();
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    // Nothing is selected, so Delete cannot run: Enter leaves the palette open.
    type_in_palette(&mut h, "delete");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(
        palette_open(&h),
        "an unavailable command does not close the palette"
    );
    h.get_by_label("Not available now.");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!palette_open(&h));
}

#[test]
fn buttons_show_the_keys_of_the_commands_table() {
    let mut h = empty_map();
    h.get_by_label("Present (F5)");
    h.state_mut().queue_command(Command::Present);
    h.run();
    h.get_by_label("Leave presentation (F5)");
    h.get_by_label("Reveal step by step (F6)");
    h.get_by_label("Shortcuts (?)");
    h.state_mut().queue_command(Command::StartReveal);
    h.run();
    h.get_by_label("End the reveal (Esc)");
    h.get_by_label("Next (Space)");
    h.get_by_label("Back (Backspace)");
}
