//! The bar that replaces the menus while presenting, and the reveal's controls.

use super::actor_list::QuickAdd;
use super::commands::Command;
use super::context::PanelContext;
use super::views::ViewMode;
use crate::words;
use egui::{RichText, Ui};

/// The bar that replaces the menus while presenting.
pub(super) fn presentation_bar(ui: &mut Ui, quick_add: &mut QuickAdd, cx: &mut PanelContext<'_>) {
    ui.horizontal(|ui| {
        let ctx = ui.ctx().clone();
        let leave = Command::Present.button_text("workshop-leave-presentation", &ctx);
        if ui.button(leave).clicked() {
            cx.out.command(Command::Present);
        }
        ui.separator();
        for mode in ViewMode::ALL {
            if ui
                .selectable_label(cx.view.mode == mode, mode.label())
                .clicked()
            {
                cx.out.change_view(move |view| view.mode = mode);
            }
        }
        ui.separator();
        match cx.view.workshop.reveal {
            None => {
                let reveal = Command::StartReveal.button_text("workshop-reveal-step-by-step", &ctx);
                if ui.button(reveal).clicked() {
                    cx.out.command(Command::StartReveal);
                }
            }
            Some(shown) => reveal_controls(ui, shown, cx),
        }
        ui.separator();
        quick_add.ui(ui, 220.0, cx);
        ui.separator();
        let shortcuts = Command::ShowShortcuts.button_text("workshop-shortcuts", &ctx);
        if ui.button(shortcuts).clicked() {
            cx.out.command(Command::ShowShortcuts);
        }
    });
}

/// The button that ends the reveal (first, so a narrow bar never hides it), next, back
/// and how far it has come.
fn reveal_controls(ui: &mut Ui, shown: usize, cx: &mut PanelContext<'_>) {
    let total = cx.session.actors.len();
    let ctx = ui.ctx().clone();
    // Escape clears the selection, or while a reveal runs, ends it.
    let end = Command::SelectNone.button_text("workshop-end-reveal", &ctx);
    if ui.button(end).clicked() {
        cx.out.command(Command::SelectNone);
    }
    for (command, id) in [
        (Command::RevealNext, "workshop-reveal-next"),
        (Command::RevealPrevious, "workshop-reveal-back"),
    ] {
        if ui.button(command.button_text(id, &ctx)).clicked() {
            cx.out.command(command);
        }
    }
    ui.label(words::ui().counted_with(
        "workshop-reveal-shown",
        shown,
        &[("total", &total.to_string())],
    ));
}

/// Above the canvas outside presentation mode, while a reveal runs: what is going on and
/// how to end it.
pub(super) fn reveal_banner(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let Some(shown) = cx.view.workshop.reveal else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(words::ui().get("workshop-revealing")).strong());
        reveal_controls(ui, shown, cx);
    });
}
