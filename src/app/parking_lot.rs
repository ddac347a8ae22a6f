//! The parking lot: actors named (by quick-add or an import) but not yet placed on the power
//! map, waiting below it to be dragged on.

use super::PowermapApp;
use crate::words;
use egui::{RichText, ScrollArea, Ui};

impl PowermapApp {
    /// The parking lot below the power map, while any actor waits there and the map shows
    /// the present in full (not an earlier round, not a reveal in progress).
    pub(super) fn parking_lot_panel(&mut self, ui: &mut Ui) {
        let parked: Vec<usize> = (0..self.session().actors.len())
            .filter(|&i| self.session().actors[i].parked)
            .collect();
        if !parked.is_empty()
            && !self.view.is_looking_back(self.session())
            && self.view.revealed_count().is_none()
        {
            egui::Panel::bottom("parking lot")
                .resizable(true)
                .default_size(if self.view.is_presenting() {
                    140.0
                } else {
                    96.0
                })
                .show(ui, |ui| self.parking_lot(ui, &parked));
        }
    }

    /// Actors named but not yet placed on the power map, ready to be dragged onto it.
    fn parking_lot(&mut self, ui: &mut Ui, parked: &[usize]) {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(words::ui().counted("view-parking-heading", parked.len())).strong(),
            );
            ui.label(RichText::new(words::ui().get("view-parking-hint")).weak());
        });
        let mut clicked = None;
        ScrollArea::vertical()
            .id_salt("parking lot")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    self.draggable_names(ui, parked, parking_label, &mut clicked);
                });
            });
        if let Some(id) = clicked {
            self.selection.set_only(id);
        }
    }
}

/// The accessible name of an actor waiting in the parking lot.
pub fn parking_label(name: &str) -> String {
    words::ui().with("view-parking-name", &[("name", name)])
}
