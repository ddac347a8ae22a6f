//! How the side panels share the window with the canvas. The canvas always keeps at least
//! `CANVAS_SHARE` of the width: on a wide window both panels show beside it, narrower ones
//! (a 1366 x 768 laptop) show one panel at a time, each opened and closed by a toggle.

use super::PowermapApp;
use super::commands::Command;
use super::preferences::Preferences;
use crate::words;
use egui::Ui;

/// The window width, in points, from which both side panels show at once.
pub const WIDE: f32 = 1400.0;
/// The least share of the window's width the canvas keeps, whatever panels are open.
pub const CANVAS_SHARE: f32 = 0.6;
const LEFT_DEFAULT: f32 = 300.0;
const LEFT_MIN: f32 = 220.0;
const RIGHT_DEFAULT: f32 = 340.0;
const RIGHT_MIN: f32 = 260.0;

/// One of the two side panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Quick-add with the actors, campaign and plan tabs.
    Left,
    /// The inspector of the selected actor.
    Right,
}

impl Side {
    /// The panel a narrow window shows first: the first one the preferences keep open.
    pub fn first_open(prefs: &Preferences) -> Option<Self> {
        if prefs.left_panel {
            Some(Self::Left)
        } else if prefs.right_panel {
            Some(Self::Right)
        } else {
            None
        }
    }

    fn wanted(self, prefs: &Preferences) -> bool {
        match self {
            Self::Left => prefs.left_panel,
            Self::Right => prefs.right_panel,
        }
    }

    fn set_wanted(self, prefs: &mut Preferences, open: bool) {
        match self {
            Self::Left => prefs.left_panel = open,
            Self::Right => prefs.right_panel = open,
        }
    }

    fn other(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
        }
    }
}

/// Whether a window `width` points wide shows both panels at once.
pub fn is_wide(width: f32) -> bool {
    width >= WIDE
}

/// Whether `side` shows in a window `width` wide, given the preferences and the panel a
/// narrow window shows.
pub fn shows(side: Side, width: f32, prefs: &Preferences, narrow: Option<Side>) -> bool {
    if is_wide(width) {
        side.wanted(prefs)
    } else {
        narrow == Some(side)
    }
}

/// The widest a panel may be so that the canvas keeps its share, given what the other
/// panel already takes; never below the panel's own minimum. A few points go to the
/// panels' separator lines.
fn widest(width: f32, min: f32, taken_by_other: f32) -> f32 {
    (width * (1.0 - CANVAS_SHARE) - taken_by_other - 4.0).max(min)
}

impl PowermapApp {
    /// The side panels that show this frame, each as wide as the canvas's share allows.
    pub(super) fn side_panels(&mut self, ui: &mut Ui) {
        let width = ui.ctx().content_rect().width();
        // The open room's panel takes the right side, in place of the inspector, and a narrow
        // window's one panel: three panels would leave a projector's map too narrow to read.
        let room = self.room_panel_shows();
        let left = shows(Side::Left, width, &self.view.prefs, self.view.narrow_panel)
            && (is_wide(width) || !room);
        let right = room || shows(Side::Right, width, &self.view.prefs, self.view.narrow_panel);
        // The room's panel first, at its own width: its QR code and code must stay whole,
        // and the left panel takes what the canvas's share leaves.
        let room_width = if room {
            self.room_panel(ui, widest(width, RIGHT_MIN, 0.0))
        } else {
            0.0
        };
        let mut left_width = 0.0;
        if left {
            let other = if room {
                room_width + 4.0
            } else if right {
                RIGHT_MIN + 4.0
            } else {
                0.0
            };
            let max = widest(width, LEFT_MIN, other);
            left_width = egui::Panel::left("campaign")
                .resizable(true)
                .default_size(LEFT_DEFAULT)
                .size_range(LEFT_MIN..=max)
                .show(ui, |ui| {
                    let mut cx = panel_context!(self);
                    ui.add_space(4.0);
                    self.quick_add.ui(ui, f32::INFINITY, &mut cx);
                    ui.add_space(6.0);
                    self.left.ui(ui, &mut cx);
                })
                .response
                .rect
                .width();
        }
        if right && !room {
            let max = widest(width, RIGHT_MIN, left_width);
            egui::Panel::right("inspector")
                .resizable(true)
                .default_size(RIGHT_DEFAULT)
                .size_range(RIGHT_MIN..=max)
                .show(ui, |ui| self.inspector.ui(ui, &mut panel_context!(self)));
        }
    }

    /// The open room's panel while presenting: no other side panel shows then.
    pub(super) fn presenting_room_panel(&mut self, ui: &mut Ui) {
        if self.room_panel_shows() {
            let width = ui.ctx().content_rect().width();
            self.room_panel(ui, widest(width, RIGHT_MIN, 0.0));
        }
    }

    /// The central area: the view tabs between the panel toggles, the filters (for the map
    /// views) and banners below them (outside presentation mode), then the canvas component
    /// or the alliance view.
    pub(super) fn views_ui(&mut self, ui: &mut Ui) {
        if !self.view.is_presenting() {
            egui::Panel::top("view tabs")
                .resizable(false)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        self.panel_toggle(ui, Side::Left);
                        ui.separator();
                        super::views::view_tabs(ui, &mut panel_context!(self));
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            self.panel_toggle(ui, Side::Right);
                        });
                    });
                    if self.view.mode.shows_map() {
                        super::filters::filter_bar(ui, &mut panel_context!(self));
                    }
                    super::rounds_panel::round_banner(ui, &mut panel_context!(self));
                    super::presentation::reveal_banner(ui, &mut panel_context!(self));
                });
        }
        if self.view.mode.shows_map() {
            self.canvas.ui(ui, &mut panel_context!(self));
        } else {
            self.alliance.ui(ui, &mut panel_context!(self));
        }
    }

    /// Open or close a side panel. A narrow window shows one panel at a time: opening one
    /// there hides the other (which stays open for wide windows).
    pub(super) fn toggle_panel(&mut self, ctx: &egui::Context, side: Side) {
        let width = ctx.content_rect().width();
        let open = !shows(side, width, &self.view.prefs, self.view.narrow_panel);
        side.set_wanted(&mut self.view.prefs, open);
        self.view.narrow_panel = if open {
            Some(side)
        } else if is_wide(width) && side.other().wanted(&self.view.prefs) {
            Some(side.other())
        } else {
            None
        };
    }

    /// Make sure a side panel shows (a command needs what is on it).
    pub(super) fn show_panel(&mut self, ctx: &egui::Context, side: Side) {
        if !shows(
            side,
            ctx.content_rect().width(),
            &self.view.prefs,
            self.view.narrow_panel,
        ) {
            self.toggle_panel(ctx, side);
        }
    }

    /// The two toggles at the ends of the view tabs, one per side panel.
    pub(super) fn panel_toggle(&mut self, ui: &mut Ui, side: Side) {
        let width = ui.ctx().content_rect().width();
        let open = shows(side, width, &self.view.prefs, self.view.narrow_panel);
        let (label, command) = match side {
            Side::Left => (words::ui().get("view-left-panel"), Command::ToggleLeftPanel),
            Side::Right => (
                words::ui().get("view-actor-panel"),
                Command::ToggleRightPanel,
            ),
        };
        let shortcut = command.shortcut_text(ui.ctx());
        let hint = words::ui().with(
            if is_wide(width) {
                "view-panel-hint"
            } else {
                "view-panel-hint-narrow"
            },
            &[("command", command.label()), ("shortcut", &shortcut)],
        );
        if ui
            .selectable_label(open, label)
            .on_hover_text(hint)
            .clicked()
        {
            self.out.command(command);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_panels_leave_the_canvas_its_share_on_a_wide_window() {
        let width = WIDE;
        let left = widest(width, LEFT_MIN, RIGHT_MIN).min(LEFT_DEFAULT);
        let right = widest(width, RIGHT_MIN, left).min(RIGHT_DEFAULT);
        assert!(left >= LEFT_MIN && right >= RIGHT_MIN);
        assert!(
            width - left - right >= width * CANVAS_SHARE - 0.5,
            "{left} + {right} of {width}"
        );
    }

    #[test]
    fn a_narrow_window_shows_one_panel_and_a_wide_one_both() {
        let prefs = Preferences::default();
        for side in [Side::Left, Side::Right] {
            assert!(shows(side, 1920.0, &prefs, Some(Side::Left)));
        }
        assert!(shows(Side::Left, 1366.0, &prefs, Some(Side::Left)));
        assert!(!shows(Side::Right, 1366.0, &prefs, Some(Side::Left)));
        assert!(!shows(Side::Left, 1366.0, &prefs, None));
        assert_eq!(Side::first_open(&prefs), Some(Side::Left));
    }
}
