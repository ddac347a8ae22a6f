//! The menu bar and the status bar. Every entry is a command of the table; `dispatch`
//! carries them out.

use super::commands::Command;
use super::context::PanelContext;
use super::examples::EXAMPLES;
use super::files::PendingAction;
use super::theme::Theme;
use crate::model::Session;
use crate::model::Slice;
use crate::words;
use egui::{Button, Ui};

/// The top menu bar.
pub(super) fn menu_bar(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(words::ui().get("menu-file"), |ui| file_menu(ui, cx));
        ui.menu_button(words::ui().get("menu-edit"), |ui| {
            command_button(ui, Command::Undo, cx);
            command_button(ui, Command::Redo, cx);
            ui.separator();
            command_button(ui, Command::QuickAdd, cx);
            command_button(ui, Command::Duplicate, cx);
            command_button(ui, Command::Delete, cx);
            ui.separator();
            command_button(ui, Command::SliceTowardUs, cx);
            command_button(ui, Command::SliceAwayFromUs, cx);
            ui.separator();
            command_button(ui, Command::SelectAll, cx);
            command_button(ui, Command::SelectNone, cx);
        });
        ui.menu_button(words::ui().get("menu-view"), |ui| {
            command_button(ui, Command::ShowPowerMap, cx);
            command_button(ui, Command::ShowSpectrum, cx);
            command_button(ui, Command::ShowBoth, cx);
            command_button(ui, Command::ShowAlliance, cx);
            ui.separator();
            command_button(ui, Command::ZoomToFit, cx);
            command_button(ui, Command::ZoomMapIn, cx);
            command_button(ui, Command::ZoomMapOut, cx);
            ui.separator();
            command_button(ui, Command::FlipSupportiveSide, cx);
            command_button(ui, Command::ToggleLegend, cx);
            command_button(ui, Command::ToggleAllAims, cx);
            ui.separator();
            command_button(ui, Command::ToggleLeftPanel, cx);
            command_button(ui, Command::ToggleRightPanel, cx);
            ui.menu_button(words::ui().get("menu-theme"), |ui| {
                for theme in Theme::ALL {
                    let chosen = cx.view.prefs.theme == theme;
                    if ui.radio(chosen, theme.label()).clicked() {
                        cx.out.command(Command::UseTheme(theme));
                    }
                }
            });
            command_button(ui, Command::LargerInterface, cx);
            command_button(ui, Command::SmallerInterface, cx);
            command_button(ui, Command::NormalInterfaceSize, cx);
        });
        ui.menu_button(words::ui().get("menu-workshop"), |ui| {
            command_button(ui, Command::Present, cx);
            command_button(ui, Command::StartReveal, cx);
            command_button(ui, Command::OpenRoom, cx);
            ui.separator();
            command_button(ui, Command::NextActor, cx);
            command_button(ui, Command::PreviousActor, cx);
            command_button(ui, Command::Rename, cx);
            command_button(ui, Command::Park, cx);
            ui.menu_button(words::ui().get("menu-send-to-slice"), |ui| {
                for slice in Slice::ALL {
                    command_button(ui, Command::ToSlice(slice), cx);
                }
            });
            ui.separator();
            command_button(ui, Command::ShowShortcuts, cx);
            command_button(ui, Command::CommandPalette, cx);
        });
        let present = Command::Present.button_text("menu-present", ui.ctx());
        if ui.button(present).clicked() {
            cx.out.command(Command::Present);
        }
    });
}

/// The File menu: sessions, files, the lock and sharing.
fn file_menu(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    command_button(ui, Command::New, cx);
    command_button(ui, Command::Open, cx);
    ui.menu_button(words::ui().get("menu-open-recent"), |ui| {
        recent_menu(ui, cx);
    });
    ui.menu_button(words::ui().get("menu-open-example"), |ui| {
        for (index, example) in EXAMPLES.iter().enumerate() {
            if ui
                .button(example.title)
                .on_hover_text(example.blurb)
                .clicked()
            {
                cx.out.request(PendingAction::OpenExample(index));
            }
        }
    });
    ui.separator();
    command_button(ui, Command::Save, cx);
    command_button(ui, Command::SaveAs, cx);
    command_button(ui, Command::Export, cx);
    command_button(ui, Command::Print, cx);
    command_button(ui, Command::ExportAllianceMarkdown, cx);
    ui.separator();
    command_button(ui, Command::Import, cx);
    command_button(ui, Command::Merge, cx);
    ui.separator();
    for command in [
        Command::Lock,
        Command::Unlock,
        Command::ShareSession,
        Command::JoinShare,
        Command::StopSharing,
    ] {
        command_button(ui, command, cx);
    }
    ui.separator();
    command_button(ui, Command::Quit, cx);
}

fn command_button(ui: &mut Ui, command: Command, cx: &mut PanelContext<'_>) {
    let enabled = cx.enabled(command);
    let button = Button::new(command.menu_label()).shortcut_text(command.shortcut_text(ui.ctx()));
    if ui.add_enabled(enabled, button).clicked() {
        cx.out.command(command);
    }
}

fn recent_menu(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    if cx.facts.recent.is_empty() {
        ui.label(words::ui().get("menu-no-recent"));
        return;
    }
    for path in cx.facts.recent.iter().cloned() {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if ui
            .button(name)
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            cx.out.request(PendingAction::OpenRecent(path));
        }
    }
}

/// The status bar's own part: counts, the selection, the lock and the last message (the app
/// adds its jobs after it).
pub(super) fn status_line(ui: &mut Ui, cx: &PanelContext<'_>, status: &str) {
    let s: std::borrow::Cow<'_, Session> = cx.listed();
    let actors = words::ui().counted("win-status-actors", s.actors.len());
    let relationships = words::ui().counted("win-status-relationships", s.relationships.len());
    ui.label(words::ui().with(
        "win-status-counts",
        &[("actors", &actors), ("relationships", &relationships)],
    ));
    if !cx.selection.is_empty() {
        ui.separator();
        ui.label(words::ui().counted("win-status-selected", cx.selection.len()));
    }
    if cx.facts.locked {
        ui.separator();
        ui.label(words::ui().get("win-status-locked"));
    }
    ui.separator();
    ui.label(status);
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
