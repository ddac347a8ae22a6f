//! The window's look on this machine: the colour theme (high contrast on a projector unless
//! the user chose dark), the interface size, and keeping both among the preferences.

use super::PowermapApp;
use super::preferences::Preferences;
use super::theme::Theme;
use crate::words;

/// What became of the preferences: the values last written, and whether egui has them yet.
pub struct StoredPreferences {
    written: Preferences,
    applied: bool,
}

impl StoredPreferences {
    /// As loaded: written already, not yet applied (egui's context comes with the first frame).
    pub fn new(loaded: &Preferences) -> Self {
        Self {
            written: loaded.clone(),
            applied: false,
        }
    }
}

/// A change of the interface size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InterfaceSize {
    /// One step larger.
    Larger,
    /// One step smaller.
    Smaller,
    /// Back to 100 %.
    Normal,
}

impl PowermapApp {
    /// The theme in use.
    pub fn theme(&self) -> Theme {
        self.view.prefs.theme
    }

    /// Apply the remembered theme and interface size (on the first frame).
    pub(super) fn apply_preferences(&mut self, ctx: &egui::Context) {
        if std::mem::replace(&mut self.stored_prefs.applied, true) {
            return;
        }
        // Ctrl+Plus, Ctrl+Minus and Ctrl+0 are commands of ours, so they are remembered.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_zoom_factor(self.view.prefs.zoom);
        self.view.mode = self.view.prefs.view;
        self.apply_theme(ctx);
    }

    /// Set egui's colours for the theme shown now (after the choice or presenting changed).
    pub(super) fn apply_theme(&self, ctx: &egui::Context) {
        self.view.shown_theme().apply(ctx);
    }

    /// Use `theme` from now on, on this machine.
    pub(super) fn use_theme(&mut self, ctx: &egui::Context, theme: Theme) {
        self.view.prefs.theme = theme;
        self.apply_theme(ctx);
    }

    /// Make the whole interface larger, smaller or normal again, and say how large it is.
    pub(super) fn resize_interface(&mut self, ctx: &egui::Context, size: InterfaceSize) {
        self.view.prefs.zoom = match size {
            InterfaceSize::Larger => Preferences::zoom_step(self.view.prefs.zoom, 1),
            InterfaceSize::Smaller => Preferences::zoom_step(self.view.prefs.zoom, -1),
            InterfaceSize::Normal => 1.0,
        };
        ctx.set_zoom_factor(self.view.prefs.zoom);
        let percent = format!("{:.0}", self.view.prefs.zoom * 100.0);
        self.status = words::ui().with("workshop-interface-size", &[("percent", &percent)]);
    }

    /// Write the preferences if they changed this frame.
    pub(super) fn store_preferences_if_changed(&mut self) {
        self.view.prefs.view = self.view.mode;
        if self.view.prefs == self.stored_prefs.written {
            return;
        }
        self.stored_prefs.written = self.view.prefs.clone();
        if let Some(folder) = &self.config_dir
            && let Err(error) = self.view.prefs.store(folder)
        {
            self.status = words::ui().with(
                "workshop-preferences-not-stored",
                &[("error", &error.to_string())],
            );
        }
    }
}
