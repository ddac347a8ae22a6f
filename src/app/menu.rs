//! The menu bar, the status bar, and carrying out commands from either or from shortcuts.

use super::PowermapApp;
use super::commands::Command;
use super::examples::EXAMPLES;
use super::files::PendingAction;
use super::theme::Theme;
use super::views::ViewMode;
use crate::model::{Edit, Slice, SpectrumPlacement, SupportiveSide};
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
                self.command_button(ui, Command::ZoomIn);
                self.command_button(ui, Command::ZoomOut);
                ui.separator();
                self.command_button(ui, Command::FlipSupportiveSide);
                self.command_button(ui, Command::ToggleLegend);
                self.command_button(ui, Command::ToggleAllAims);
                ui.separator();
                self.command_button(ui, Command::ToggleLeftPanel);
                self.command_button(ui, Command::ToggleRightPanel);
                ui.menu_button(words::ui().get("menu-theme"), |ui| {
                    for theme in [Theme::Light, Theme::Dark, Theme::HighContrast] {
                        let chosen = self.theme() == theme;
                        if ui.radio(chosen, theme.label()).clicked() {
                            self.commands.push(Command::UseTheme(theme));
                        }
                    }
                });
                self.command_button(ui, Command::UiZoomIn);
                self.command_button(ui, Command::UiZoomOut);
                self.command_button(ui, Command::UiZoomReset);
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
                    for number in 1..=5 {
                        self.command_button(ui, Command::ToSlice(number));
                    }
                });
                ui.separator();
                self.command_button(ui, Command::ShowShortcuts);
            });
            if ui.button(words::ui().get("menu-present")).clicked() {
                self.commands.push(Command::Present);
            }
        });
    }

    fn command_button(&mut self, ui: &mut Ui, command: Command) {
        let enabled = self.command_enabled(command);
        let label = match command {
            Command::ToSlice(_) => super::commands::slice_of_label(command),
            _ => command.label().to_owned(),
        };
        let button = Button::new(label).shortcut_text(command.shortcut_text(ui.ctx()));
        if ui.add_enabled(enabled, button).clicked() {
            self.commands.push(command);
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

    fn command_enabled(&self, command: Command) -> bool {
        if command.edits_session() && (self.is_looking_back() || self.revealed_count().is_some()) {
            return false;
        }
        if !self.workshop_command_enabled(command) {
            return false;
        }
        match command {
            Command::Unlock => self.lock.is_some(),
            Command::Undo => self.doc.can_undo(),
            Command::Redo | Command::RedoAlt => self.doc.can_redo(),
            Command::Duplicate
            | Command::Delete
            | Command::SliceTowardUs
            | Command::SliceAwayFromUs => !self.selection.is_empty(),
            // Escape also ends a reveal.
            Command::SelectNone => !self.selection.is_empty() || self.revealed_count().is_some(),
            _ => true,
        }
    }

    /// The status bar: counts, the last message, and the file.
    pub(super) fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let s = self.listed_session();
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

    /// Carry out the commands queued this frame.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // A command runs after this frame's panels were drawn: draw again to show its effect.
            ctx.request_repaint();
        }
        for command in commands {
            if !self.command_enabled(command) {
                continue;
            }
            self.run_command(ctx, command);
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(PendingAction::New),
            Command::Open => self.request(PendingAction::Open),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as(None);
            }
            Command::Quit => {
                if self.doc.is_dirty() {
                    self.request(PendingAction::Quit);
                } else {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Command::Undo => {
                self.apply_edits();
                self.doc.undo();
                self.selection.retain_existing(self.doc.session());
            }
            Command::Redo | Command::RedoAlt => {
                self.apply_edits();
                self.doc.redo();
                self.selection.retain_existing(self.doc.session());
            }
            Command::QuickAdd => {
                self.panels.focus_quick_add = true;
                if !self.is_presenting() {
                    self.show_panel(ctx, super::layout::Side::Left);
                }
            }
            Command::Duplicate => self.duplicate_selection(),
            Command::Delete => {
                let ids = self.selection.in_session_order(self.session());
                self.edit(Edit::DeleteActors(ids));
            }
            Command::SelectAll => {
                let ids: Vec<_> = self
                    .listed_session()
                    .actors
                    .iter()
                    .map(|a| a.id.clone())
                    .collect();
                self.selection.extend(ids);
            }
            Command::SelectNone if self.revealed_count().is_some() => self.end_reveal(),
            Command::SelectNone => self.selection.clear(),
            Command::ZoomToFit => self.canvas.zoom_to_fit(),
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::Export => self.open_export_dialog(),
            Command::Import => self.open_import_dialog(false),
            Command::Merge => self.open_import_dialog(true),
            Command::Lock => {
                self.dialog = Some(super::dialogs::Dialog::SetLock {
                    first: String::new(),
                    second: String::new(),
                    error: None,
                });
            }
            Command::Unlock => self.set_lock(None),
            Command::ToggleLegend => self.canvas.hide_legend = !self.canvas.hide_legend,
            Command::ToggleAllAims => self.canvas.all_aims = !self.canvas.all_aims,
            Command::ShowPowerMap => self.view_mode = ViewMode::PowerMap,
            Command::ShowSpectrum => self.view_mode = ViewMode::Spectrum,
            Command::ShowBoth => self.view_mode = ViewMode::SideBySide,
            Command::SliceTowardUs => self.shift_slices(Slice::toward_us),
            Command::SliceAwayFromUs => self.shift_slices(Slice::away_from_us),
            Command::FlipSupportiveSide => {
                let mut settings = self.session().settings.clone();
                settings.supportive_side = match settings.supportive_side {
                    SupportiveSide::Right => SupportiveSide::Left,
                    SupportiveSide::Left => SupportiveSide::Right,
                };
                self.edit(Edit::SetSettings(settings));
            }
            workshop => self.run_workshop_command(ctx, workshop),
        }
    }

    /// Move every selected actor one slice; actors not yet placed start in neutral.
    fn shift_slices(&mut self, step: fn(Slice) -> Slice) {
        let session = self.session();
        let places = self
            .selection
            .in_session_order(session)
            .into_iter()
            .filter_map(|id| {
                let actor = session.actor(&id)?;
                let place = match actor.spectrum {
                    Some(p) => SpectrumPlacement {
                        slice: step(p.slice),
                        ..p
                    },
                    None => SpectrumPlacement::middle_of(Slice::Neutral),
                };
                Some((id, Some(place)))
            })
            .collect();
        self.edit(Edit::PlaceOnSpectrum(places));
    }

    /// Copy the selected actors beside the originals and select the copies.
    pub(super) fn duplicate_selection(&mut self) {
        let ids = self.selection.in_session_order(self.session());
        let mut copies = Vec::with_capacity(ids.len());
        let mut session = self.session().clone();
        for id in ids {
            let Some(original) = session.actor(&id) else {
                continue;
            };
            let mut copy = original.clone();
            copy.id = session.fresh_actor_id();
            copy.name = session.copy_name(|n| {
                // A name is data: no isolate marks in it, whatever script it is in.
                crate::words::ui()
                    .counted_with("menu-copy-name", n, &[("name", original.name.as_str())])
                    .replace(['\u{2068}', '\u{2069}'], "")
            });
            copy.is_us = false;
            copy.position = original.position.offset(0.06, -0.04);
            session.actors.push(copy.clone());
            copies.push(copy);
        }
        self.selection.clear();
        self.selection.extend(copies.iter().map(|c| c.id.clone()));
        self.edit(Edit::AddActors(copies));
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
