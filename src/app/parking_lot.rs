//! The parking lot: actors named (by quick-add or an import) but not yet placed on the power
//! map, waiting below it to be dragged on.

use super::context::PanelContext;
use super::spectrum_view::draggable_names;
use crate::words;
use egui::{RichText, ScrollArea, Ui};

/// The parking lot below the power map, while any actor waits there and the map shows
/// the present in full (not an earlier round, not a reveal in progress).
pub(super) fn parking_lot_panel(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let now = cx.session;
    let parked: Vec<usize> = (0..now.actors.len())
        .filter(|&i| now.actors[i].parked)
        .collect();
    if !parked.is_empty() && !cx.view.is_looking_back(now) && cx.view.revealed_count().is_none() {
        egui::Panel::bottom("parking lot")
            .resizable(true)
            .default_size(if cx.view.is_presenting() { 140.0 } else { 96.0 })
            .show(ui, |ui| parking_lot(ui, &parked, cx));
    }
}

/// Actors named but not yet placed on the power map, ready to be dragged onto it.
fn parking_lot(ui: &mut Ui, parked: &[usize], cx: &mut PanelContext<'_>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(words::ui().counted("view-parking-heading", parked.len())).strong());
        ui.label(RichText::new(words::ui().get("view-parking-hint")).weak());
    });
    let mut clicked = None;
    ScrollArea::vertical()
        .id_salt("parking lot")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                draggable_names(ui, cx, parked, parking_label, &mut clicked);
            });
        });
    if let Some(id) = clicked {
        cx.selection.set_only(id);
    }
}

/// The accessible name of an actor waiting in the parking lot.
pub fn parking_label(name: &str) -> String {
    words::ui().with("view-parking-name", &[("name", name)])
}
