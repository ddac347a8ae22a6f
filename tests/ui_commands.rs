//! The commands table through the real app (`egui_kittest`): buttons showing the keys the
//! table gives them.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command, PowermapApp, install_style};

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
