//! The Alliance view before a room (presentation mode, or a reveal under way): the needs and
//! who covers them, best fit first, in large type. Nothing private: no notes, no ratings, no
//! reasons (they quote our trust in each partner), and only the actors shown so far.

use crate::app::context::PanelContext;
use crate::app::widgets::name_text;
use crate::guidance::{coverage, need_label};
use crate::words;
use egui::{RichText, Ui};

/// The needs and who covers them, for the room.
pub(super) fn ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let listed = cx.listed();
    let map_words = cx.words();
    let metrics = cx.view.map_metrics();
    let (body, title) = (metrics.label_size, metrics.quadrant_title_size);
    let warn = ui.visuals().warn_fg_color;
    egui::ScrollArea::vertical()
        .id_salt("alliance presented")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.label(
                RichText::new(words::ui().get("alliance-partners-heading"))
                    .size(title)
                    .strong(),
            );
            ui.add_space(body * 0.5);
            // The needs' column: a third of the width, and no wider than a long need needs.
            let need_width = (ui.available_width() * 0.35).min(title * 14.0);
            for entry in coverage(&listed) {
                ui.horizontal_top(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(need_width, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(need_width);
                            let need = need_label(&entry.need, map_words);
                            ui.add(
                                egui::Label::new(RichText::new(need).size(body).strong()).wrap(),
                            );
                        },
                    );
                    if entry.is_uncovered() {
                        ui.label(
                            RichText::new(words::ui().get("alliance-uncovered"))
                                .size(body)
                                .strong()
                                .color(warn),
                        );
                    } else {
                        let names: Vec<&str> = entry
                            .offers
                            .iter()
                            .filter_map(|r| listed.actors.get(r.actor))
                            .map(|a| a.name.as_str())
                            .collect();
                        let text = name_text(ui, &names.join(", "), Some(body), false);
                        ui.add(egui::Label::new(text).wrap());
                    }
                });
                ui.add_space(body * 0.6);
            }
        });
}
