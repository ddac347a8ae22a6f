//! Which view the canvas shows: the power map, the spectrum of allies, or both side by side.

use super::PowermapApp;
use super::canvas::legend_strip;
use super::layout::Side;
use crate::words;
use egui::{Ui, UiBuilder};

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViewMode {
    /// Support against influence.
    #[default]
    PowerMap,
    /// The five slices.
    Spectrum,
    /// Both, the power map on the left.
    SideBySide,
}

impl ViewMode {
    /// Every mode, in tab order.
    pub const ALL: [Self; 3] = [Self::PowerMap, Self::Spectrum, Self::SideBySide];

    /// The tab's name.
    pub fn label(self) -> &'static str {
        words::ui().get(match self {
            Self::PowerMap => "view-power-map",
            Self::Spectrum => "view-spectrum",
            Self::SideBySide => "view-side-by-side",
        })
    }
}

impl PowermapApp {
    /// The central area: view tabs on top, the legend below, the view(s) between.
    pub(super) fn views_ui(&mut self, ui: &mut Ui) {
        if !self.view.is_presenting() {
            egui::Panel::top("view tabs")
                .resizable(false)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        self.panel_toggle(ui, Side::Left);
                        ui.separator();
                        for mode in ViewMode::ALL {
                            ui.selectable_value(&mut self.view.mode, mode, mode.label());
                        }
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            self.panel_toggle(ui, Side::Right);
                        });
                    });
                    self.filter_bar(ui);
                    super::rounds_panel::round_banner(ui, &mut panel_context!(self));
                    super::presentation::reveal_banner(ui, &mut panel_context!(self));
                });
        }
        if !self.canvas.hide_legend {
            // A strip of its own, so the legend never covers an actor.
            let palette = self.view.map_palette();
            // Large enough to read from the back of the room while presenting, as the names
            // are, yet a little smaller than the largest names, so it leaves them the canvas.
            let size = if self.view.is_presenting() {
                self.view.map_metrics().label_size * 0.8
            } else {
                egui::TextStyle::Body.resolve(ui.style()).size
            };
            let words = self.words();
            egui::Panel::bottom("legend")
                .resizable(false)
                .show(ui, |ui| legend_strip(ui, &palette, size, words));
        }
        match self.view.mode {
            ViewMode::PowerMap => self.power_map_ui(ui),
            ViewMode::Spectrum => self.spectrum_ui(ui),
            ViewMode::SideBySide => {
                let (left, right) = crate::scene::split_side_by_side(
                    ui.available_rect_before_wrap(),
                    4.0,
                    self.view.map_metrics(),
                );
                ui.scope_builder(UiBuilder::new().max_rect(left), |ui| {
                    self.power_map_ui(ui);
                });
                ui.scope_builder(UiBuilder::new().max_rect(right), |ui| {
                    self.spectrum_ui(ui);
                });
            }
        }
    }
}
