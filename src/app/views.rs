//! Which view the central area shows: the power map, the spectrum of allies, both side by
//! side (the canvas), or the alliance plan (pages of its own, `alliance`).

use super::canvas::{CanvasState, legend_strip};
use super::context::PanelContext;
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
    /// The alliance plan: partners by need, the continuum of collaboration.
    Alliance,
}

impl ViewMode {
    /// Every mode, in tab order.
    pub const ALL: [Self; 4] = [
        Self::PowerMap,
        Self::Spectrum,
        Self::SideBySide,
        Self::Alliance,
    ];

    /// The tab's name.
    pub fn label(self) -> &'static str {
        words::ui().get(match self {
            Self::PowerMap => "view-power-map",
            Self::Spectrum => "view-spectrum",
            Self::SideBySide => "view-side-by-side",
            Self::Alliance => "view-alliance",
        })
    }

    /// Whether this view draws the map (power map, spectrum or both), where the map's plain
    /// keys act on actors; the alliance pages leave them to their controls.
    pub fn shows_map(self) -> bool {
        !matches!(self, Self::Alliance)
    }
}

/// The view tabs: choosing one shows that view after this frame.
pub(super) fn view_tabs(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    for mode in ViewMode::ALL {
        if ui
            .selectable_label(cx.view.mode == mode, mode.label())
            .clicked()
        {
            cx.out.change_view(move |view| view.mode = mode);
        }
    }
}

impl CanvasState {
    /// The central area below the view tabs: the legend at the bottom, the view(s) above it.
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        let view = cx.view;
        if !self.hide_legend {
            // A strip of its own, so the legend never covers an actor.
            let palette = view.map_palette();
            // Large enough to read from the back of the room while presenting, as the names
            // are, yet a little smaller than the largest names, so it leaves them the canvas.
            let size = if view.is_presenting() {
                view.map_metrics().label_size * 0.8
            } else {
                egui::TextStyle::Body.resolve(ui.style()).size
            };
            let words = cx.words();
            let spread = view.shown_spread(cx.session).is_some();
            egui::Panel::bottom("legend")
                .resizable(false)
                .show(ui, |ui| legend_strip(ui, &palette, size, words, spread));
        }
        match view.mode {
            // The app routes the alliance view to its own component; nothing to draw here.
            ViewMode::Alliance => {}
            ViewMode::PowerMap => self.power_map_ui(ui, cx),
            ViewMode::Spectrum => self.spectrum_ui(ui, cx),
            ViewMode::SideBySide => {
                let (left, right) = crate::scene::split_side_by_side(
                    ui.available_rect_before_wrap(),
                    4.0,
                    view.map_metrics(),
                );
                ui.scope_builder(UiBuilder::new().max_rect(left), |ui| {
                    self.power_map_ui(ui, cx);
                });
                ui.scope_builder(UiBuilder::new().max_rect(right), |ui| {
                    self.spectrum_ui(ui, cx);
                });
            }
        }
    }
}
