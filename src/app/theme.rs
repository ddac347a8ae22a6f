//! Colour themes of the app: light, dark, and high contrast for projectors.

use crate::scene::Palette;
use serde::{Deserialize, Serialize};

/// A colour theme for the whole window, the map included.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Dark text on light ground, like the printed reports.
    #[default]
    Light,
    /// Light text on dark ground.
    Dark,
    /// Black on white with strong tints and heavy lines, for washed-out projectors.
    HighContrast,
}

impl Theme {
    /// Every theme, in the order menus offer them.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];

    /// The name a user sees.
    pub fn label(self) -> &'static str {
        crate::words::ui().get(self.label_id())
    }

    /// The message id of the name.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Light => "view-theme-light",
            Self::Dark => "view-theme-dark",
            Self::HighContrast => "view-theme-high-contrast",
        }
    }

    /// The theme to show on a projector: high contrast for washed-out projectors, unless
    /// the user chose dark.
    #[must_use]
    pub fn on_projector(self) -> Self {
        match self {
            Self::Dark => Self::Dark,
            Self::Light | Self::HighContrast => Self::HighContrast,
        }
    }

    /// The colours the map is drawn in.
    pub fn palette(self) -> Palette {
        match self {
            Self::Light => Palette::light(),
            Self::Dark => Palette::dark(),
            Self::HighContrast => Palette::high_contrast(),
        }
    }

    /// Set egui's colours for this theme.
    pub fn apply(self, ctx: &egui::Context) {
        match self {
            Self::Light => {
                ctx.set_theme(egui::Theme::Light);
                ctx.set_visuals_of(egui::Theme::Light, egui::Visuals::light());
            }
            Self::Dark => {
                ctx.set_theme(egui::Theme::Dark);
                ctx.set_visuals_of(egui::Theme::Dark, egui::Visuals::dark());
            }
            Self::HighContrast => {
                ctx.set_theme(egui::Theme::Light);
                ctx.set_visuals_of(egui::Theme::Light, high_contrast_visuals());
            }
        }
    }
}

/// egui's light visuals with pure black text, heavier outlines and a thick focus ring.
fn high_contrast_visuals() -> egui::Visuals {
    use egui::{Color32, Stroke};
    let mut visuals = egui::Visuals::light();
    visuals.override_text_color = Some(Color32::BLACK);
    visuals.panel_fill = Color32::WHITE;
    visuals.window_fill = Color32::WHITE;
    visuals.extreme_bg_color = Color32::WHITE;
    visuals.window_stroke = Stroke::new(2.0, Color32::BLACK);
    // Black text stays on every fill, so the selected tab and selected text are a light blue.
    visuals.selection.bg_fill = Color32::from_rgb(140, 185, 255);
    visuals.selection.stroke = Stroke::new(2.0, Color32::BLACK);
    for widget in [
        &mut visuals.widgets.noninteractive,
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
        &mut visuals.widgets.open,
    ] {
        widget.bg_stroke = Stroke::new(1.5, Color32::BLACK);
        widget.fg_stroke = Stroke::new(2.0, Color32::BLACK);
    }
    visuals.widgets.hovered.bg_stroke = Stroke::new(2.5, Color32::from_rgb(0, 60, 255));
    visuals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projectors_get_high_contrast_unless_dark_was_chosen() {
        assert_eq!(Theme::Light.on_projector(), Theme::HighContrast);
        assert_eq!(Theme::HighContrast.on_projector(), Theme::HighContrast);
        assert_eq!(Theme::Dark.on_projector(), Theme::Dark);
    }
}
