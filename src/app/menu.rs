//! The menu bar and the status bar. Every entry is a command of the table; `dispatch`
//! carries them out.

use super::PowermapApp;
use super::commands::Command;
use super::examples::EXAMPLES;
use super::files::PendingAction;
use super::theme::Theme;
use crate::model::Slice;
use crate::words;
use egui::{Button, Ui};

impl PowermapApp {
    /// The top menu bar.
    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(words::ui().get("menu-file"), |ui| {
                self.command_button(ui, Command::New);
                self.command_button(ui, Command::Open);
                ui.menu_button(words::ui().get("menu-open-recent"), |ui| {
                    self.recent_menu(ui);
                });
                ui.menu_button(words::ui().get("menu-open-example"), |ui| {
                    for (index, example) in EXAMPLES.iter().enumerate() {
                        if ui
                            .button(example.title)
                            .on_hover_text(example.blurb)
                            .clicked()
                        {
                            self.request(PendingAction::OpenExample(index));
                        }
                    }
                });
                ui.separator();
                self.command_button(ui, Command::Save);
                self.command_button(ui, Command::SaveAs);
                self.command_button(ui, Command::Export);
                ui.separator();
                self.command_button(ui, Command::Import);
                self.command_button(ui, Command::Merge);
                ui.separator();
                self.command_button(ui, Command::Lock);
                self.command_button(ui, Command::Unlock);
                ui.separator();
                self.command_button(ui, Command::Quit);
            });
            ui.menu_button(words::ui().get("menu-edit"), |ui| {
                self.command_button(ui, Command::Undo);
                self.command_button(ui, Command::Redo);
                ui.separator();
                self.command_button(ui, Command::QuickAdd);
                self.command_button(ui, Command::Duplicate);
                self.command_button(ui, Command::Delete);
                ui.separator();
                self.command_button(ui, Command::SliceTowardUs);
                self.command_button(ui, Command::SliceAwayFromUs);
                ui.separator();
                self.command_button(ui, Command::SelectAll);
                self.command_button(ui, Command::SelectNone);
            });
            ui.menu_button(words::ui().get("menu-view"), |ui| {
                self.command_button(ui, Command::ShowPowerMap);
                self.command_button(ui, Command::ShowSpectrum);
                self.command_button(ui, Command::ShowBoth);
                ui.separator();
                self.command_button(ui, Command::ZoomToFit);
                self.command_button(ui, Command::ZoomMapIn);
                self.command_button(ui, Command::ZoomMapOut);
                ui.separator();
                self.command_button(ui, Command::FlipSupportiveSide);
                self.command_button(ui, Command::ToggleLegend);
                self.command_button(ui, Command::ToggleAllAims);
                ui.separator();
                self.command_button(ui, Command::ToggleLeftPanel);
                self.command_button(ui, Command::ToggleRightPanel);
                ui.menu_button(words::ui().get("menu-theme"), |ui| {
                    for theme in Theme::ALL {
                        let chosen = self.theme() == theme;
                        if ui.radio(chosen, theme.label()).clicked() {
                            self.out.command(Command::UseTheme(theme));
                        }
                    }
                });
                self.command_button(ui, Command::LargerInterface);
                self.command_button(ui, Command::SmallerInterface);
                self.command_button(ui, Command::NormalInterfaceSize);
            });
            ui.menu_button(words::ui().get("menu-workshop"), |ui| {
                self.command_button(ui, Command::Present);
                self.command_button(ui, Command::StartReveal);
                ui.separator();
                self.command_button(ui, Command::NextActor);
                self.command_button(ui, Command::PreviousActor);
                self.command_button(ui, Command::Rename);
                self.command_button(ui, Command::Park);
                ui.menu_button(words::ui().get("menu-send-to-slice"), |ui| {
                    for slice in Slice::ALL {
                        self.command_button(ui, Command::ToSlice(slice));
                    }
                });
                ui.separator();
                self.command_button(ui, Command::ShowShortcuts);
                self.command_button(ui, Command::CommandPalette);
            });
            let present = Command::Present.button_text("menu-present", ui.ctx());
            if ui.button(present).clicked() {
                self.out.command(Command::Present);
            }
        });
    }

    fn command_button(&mut self, ui: &mut Ui, command: Command) {
        let enabled = self.command_enabled(command);
        let button =
            Button::new(command.menu_label()).shortcut_text(command.shortcut_text(ui.ctx()));
        if ui.add_enabled(enabled, button).clicked() {
            self.out.command(command);
        }
    }

    fn recent_menu(&mut self, ui: &mut Ui) {
        if self.recent.paths.is_empty() {
            ui.label(words::ui().get("menu-no-recent"));
            return;
        }
        for path in self.recent.paths.clone() {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .button(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                if path.exists() {
                    self.request(PendingAction::OpenPath(path));
                } else {
                    self.forget_recent(&path);
                    self.status = words::ui()
                        .with("menu-recent-gone", &[("path", &path.display().to_string())]);
                }
            }
        }
    }

    /// The status bar: counts, the last message, and the file.
    pub(super) fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let s = self.view.listed(self.session());
            let actors = words::ui().counted("win-status-actors", s.actors.len());
            let relationships =
                words::ui().counted("win-status-relationships", s.relationships.len());
            ui.label(words::ui().with(
                "win-status-counts",
                &[("actors", &actors), ("relationships", &relationships)],
            ));
            if !self.selection.is_empty() {
                ui.separator();
                ui.label(words::ui().counted("win-status-selected", self.selection.len()));
            }
            if self.lock.is_some() {
                ui.separator();
                ui.label(words::ui().get("win-status-locked"));
            }
            ui.separator();
            ui.label(&self.status);
            self.jobs_status(ui);
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::words::ui;

    /// The window's messages with variables read exactly as the English text the code wrote
    /// before they moved to window.ftl (tests elsewhere click widgets by these texts).
    #[test]
    fn the_window_messages_read_as_the_english_text_did() {
        let name = "Mayor Varga";
        let cases = [
            (
                ui().with("menu-recent-gone", &[("path", "/tmp/a.json")]),
                "/tmp/a.json is gone; removed it from the recent list.",
            ),
            (
                ui().with(
                    "win-status-counts",
                    &[
                        ("actors", &ui().counted("win-status-actors", 1)),
                        (
                            "relationships",
                            &ui().counted("win-status-relationships", 2),
                        ),
                    ],
                ),
                "1 actor · 2 relationships",
            ),
            (ui().counted("win-status-selected", 3), "3 selected"),
            (
                ui().counted_with("menu-copy-name", 1, &[("name", name)]),
                "Mayor Varga (copy)",
            ),
            (
                ui().counted_with("menu-copy-name", 2, &[("name", name)]),
                "Mayor Varga (copy 2)",
            ),
            (
                ui().with("win-title", &[("name", "city.json")]),
                "city.json – powermap",
            ),
            (
                ui().with("win-title-unsaved", &[("name", "city.json")]),
                "● city.json – powermap",
            ),
            (
                ui().with(
                    "view-panel-hint-narrow",
                    &[
                        ("command", "Show or hide the left panel"),
                        ("shortcut", "Ctrl+L"),
                    ],
                ),
                "Show or hide the left panel (Ctrl+L). The window is narrow: one panel shows at \
                 a time.",
            ),
            (
                ui().with("view-connected", &[("name", name), ("other", "Council")]),
                "Connected Mayor Varga and Council. Set the kind and tie in the side panel.",
            ),
            (
                ui().with(
                    "view-marker-tip-slice",
                    &[("name", name), ("place", "Partner"), ("slice", "Neutral")],
                ),
                "Mayor Varga: Partner · Neutral",
            ),
            (ui().counted("view-tray-heading", 12), "Not yet placed (12)"),
            (
                ui().counted("view-more-names", 1200),
                "… and 1200 more: find one in the actor list, then press P or choose its slice",
            ),
            (
                ui().with(
                    "view-slice-disagrees",
                    &[("slice", "Active allies"), ("support", "-0.80")],
                ),
                "Its slice (Active allies) and its support on the power map (-0.80) disagree \
                 strongly. Worth a second look; nothing has been moved.",
            ),
            (
                ui().with("list-added", &[("name", name)]),
                "\"Mayor Varga\" waits in the parking lot. Drag it onto the map, or press P.",
            ),
            (ui().counted("list-heading", 1), "Actors (1)"),
            (
                ui().get("list-reveal-order-hint").to_owned(),
                "Presenting a finished map, actors appear one at a time in this order \
                 (Workshop > Reveal the map step by step, then Space).",
            ),
            (
                ui().with("list-reveal-place", &[("place", "2"), ("name", name)]),
                "2. Mayor Varga",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(text, expected);
        }
    }
}
