//! What this machine remembers between runs: theme, interface size, the view and which panels
//! are open. The window's own size and position are remembered by eframe.

use super::theme::Theme;
use super::views::ViewMode;
use serde::{Deserialize, Serialize};
use std::path::Path;

const FILE_NAME: &str = "preferences.json";

/// The interface sizes offered by the zoom keys, smallest to largest.
pub const ZOOM_STEPS: [f32; 9] = [0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0];

/// Per-machine preferences; never part of a session file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Colour theme.
    pub theme: Theme,
    /// Interface size (egui's zoom factor).
    pub zoom: f32,
    /// The view last shown.
    pub view: ViewMode,
    /// The left panel (actors, campaign, plan) is open.
    pub left_panel: bool,
    /// The right panel (the selected actor) is open.
    pub right_panel: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            theme: Theme::Light,
            zoom: 1.0,
            view: ViewMode::PowerMap,
            left_panel: true,
            right_panel: true,
        }
    }
}

impl Preferences {
    /// Read the preferences kept in `folder`; missing or broken ones are the defaults, since
    /// they must never stop the app from starting.
    pub fn load(folder: &Path) -> Self {
        let mut loaded: Self = std::fs::read_to_string(folder.join(FILE_NAME))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        if !(ZOOM_STEPS[0]..=ZOOM_STEPS[ZOOM_STEPS.len() - 1]).contains(&loaded.zoom) {
            loaded.zoom = 1.0;
        }
        loaded
    }

    /// Write them to `folder`, creating it if needed.
    pub fn store(&self, folder: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(folder)?;
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        std::fs::write(folder.join(FILE_NAME), text)
    }

    /// The next interface size up (`step` 1) or down (`step` -1).
    #[must_use]
    pub fn zoom_step(zoom: f32, step: i32) -> f32 {
        let nearest = ZOOM_STEPS
            .iter()
            .enumerate()
            .min_by(|a, b| (a.1 - zoom).abs().total_cmp(&(b.1 - zoom).abs()))
            .map_or(3, |(i, _)| i);
        let next = nearest
            .saturating_add_signed(step as isize)
            .min(ZOOM_STEPS.len() - 1);
        ZOOM_STEPS[next]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_broken_files_fall_back_to_defaults() {
        let dir = tempfile::tempdir().expect("temp");
        let prefs = Preferences {
            theme: Theme::HighContrast,
            zoom: 1.5,
            view: ViewMode::Spectrum,
            left_panel: false,
            right_panel: true,
        };
        prefs.store(dir.path()).expect("store");
        assert_eq!(Preferences::load(dir.path()), prefs);
        std::fs::write(dir.path().join(FILE_NAME), "{\"zoom\": 1000}").expect("write");
        assert_eq!(
            Preferences::load(dir.path()).zoom,
            1.0,
            "absurd sizes are refused"
        );
        std::fs::write(dir.path().join(FILE_NAME), "not json").expect("write");
        assert_eq!(Preferences::load(dir.path()), Preferences::default());
    }

    #[test]
    fn zoom_steps_stop_at_the_ends() {
        assert_eq!(Preferences::zoom_step(1.0, 1), 1.1);
        assert_eq!(Preferences::zoom_step(1.0, -1), 0.9);
        assert_eq!(Preferences::zoom_step(2.0, 1), 2.0);
        assert_eq!(Preferences::zoom_step(0.67, -1), 0.67);
    }
}
