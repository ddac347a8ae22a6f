//! Every user command in one table: its label (a message id), its shortcut. Menus and
//! shortcuts read from it, so a menu entry can never disagree with its key.

use crate::words;
use egui::{Key, KeyboardShortcut, Modifiers};

/// A command a user can give from a menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new session.
    New,
    /// Open a session file.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the map as an image or PDF.
    Export,
    /// Import actors from a spreadsheet, Kumu or Oligrapher.
    Import,
    /// Merge another organizer's session into this one.
    Merge,
    /// Lock the session with a passphrase.
    Lock,
    /// Remove the passphrase lock.
    Unlock,
    /// Close the window.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Redo, by its second common shortcut.
    RedoAlt,
    /// Put the cursor in the quick-add field.
    QuickAdd,
    /// Duplicate the selected actors.
    Duplicate,
    /// Delete the selected actors.
    Delete,
    /// Select every actor.
    SelectAll,
    /// Clear the selection.
    SelectNone,
    /// Show the whole map.
    ZoomToFit,
    /// Zoom the map in.
    ZoomIn,
    /// Zoom the map out.
    ZoomOut,
    /// Put supportive actors on the other side.
    FlipSupportiveSide,
    /// Show or hide the legend.
    ToggleLegend,
    /// Show the power map.
    ShowPowerMap,
    /// Show the spectrum of allies.
    ShowSpectrum,
    /// Show both views side by side.
    ShowBoth,
    /// Move the selected actors one slice toward us.
    SliceTowardUs,
    /// Move the selected actors one slice away from us.
    SliceAwayFromUs,
    /// Draw every actor's one-step arrow on the spectrum, or only the focused ones.
    ToggleAllAims,
    /// Enter or leave presentation mode (full screen, large type, nothing private).
    Present,
    /// Show every shortcut.
    ShowShortcuts,
    /// Select the next actor.
    NextActor,
    /// Select the previous actor.
    PreviousActor,
    /// Move the selected actors a little, in a direction on screen.
    Nudge(Nudge),
    /// Rename the selected actor.
    Rename,
    /// Send the selected actors to a slice of the spectrum (by its number, 1 = active allies).
    ToSlice(u8),
    /// Take the selected actors off the power map, into the parking lot.
    Park,
    /// Make the whole interface larger.
    UiZoomIn,
    /// Make the whole interface larger, by its second common shortcut.
    UiZoomInAlt,
    /// Make the whole interface smaller.
    UiZoomOut,
    /// Put the interface back to its normal size.
    UiZoomReset,
    /// Use a colour theme.
    UseTheme(super::theme::Theme),
    /// Start revealing the map one actor at a time.
    StartReveal,
    /// Show the next actor of the reveal.
    RevealNext,
    /// Hide the last actor shown by the reveal.
    RevealPrevious,
    /// Show or hide the left panel (actors, campaign, plan).
    ToggleLeftPanel,
    /// Show or hide the right panel (the selected actor).
    ToggleRightPanel,
}

/// A small move of the selected actors with the arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Nudge {
    /// Screen direction, x to the right and y down, each -1, 0 or 1.
    pub dx: i8,
    /// See `dx`.
    pub dy: i8,
    /// Shift was held: a bigger step.
    pub far: bool,
}

impl Nudge {
    const fn command(dx: i8, dy: i8, far: bool) -> Command {
        Command::Nudge(Self { dx, dy, far })
    }
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const COMMAND_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

impl Command {
    /// Every command, in the order shortcuts are checked. Commands with Shift come before
    /// the same key without it, because egui matches shortcuts with extra modifiers loosely.
    pub const ALL: [Self; 60] = [
        Self::SaveAs,
        Self::Redo,
        Self::New,
        Self::Open,
        Self::Save,
        Self::Quit,
        Self::Undo,
        Self::RedoAlt,
        Self::QuickAdd,
        Self::Duplicate,
        Self::Delete,
        Self::SelectAll,
        Self::SelectNone,
        Self::ZoomToFit,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::FlipSupportiveSide,
        Self::ToggleLegend,
        Self::ShowPowerMap,
        Self::ShowSpectrum,
        Self::ShowBoth,
        Self::SliceTowardUs,
        Self::SliceAwayFromUs,
        Self::ToggleAllAims,
        Self::Export,
        Self::Import,
        Self::Merge,
        Self::Lock,
        Self::Unlock,
        Self::Present,
        Self::ShowShortcuts,
        Self::PreviousActor,
        Self::NextActor,
        Nudge::command(-1, 0, true),
        Nudge::command(1, 0, true),
        Nudge::command(0, -1, true),
        Nudge::command(0, 1, true),
        Nudge::command(-1, 0, false),
        Nudge::command(1, 0, false),
        Nudge::command(0, -1, false),
        Nudge::command(0, 1, false),
        Self::Rename,
        Self::ToSlice(1),
        Self::ToSlice(2),
        Self::ToSlice(3),
        Self::ToSlice(4),
        Self::ToSlice(5),
        Self::Park,
        Self::UiZoomIn,
        Self::UiZoomInAlt,
        Self::UiZoomOut,
        Self::UiZoomReset,
        Self::UseTheme(super::theme::Theme::Light),
        Self::UseTheme(super::theme::Theme::Dark),
        Self::UseTheme(super::theme::Theme::HighContrast),
        Self::StartReveal,
        Self::RevealNext,
        Self::RevealPrevious,
        Self::ToggleLeftPanel,
        Self::ToggleRightPanel,
    ];

    /// What the shortcut overlay and menus call it (label plus context, for commands whose
    /// label alone would be ambiguous).
    pub fn describe(self) -> String {
        match self {
            Self::Nudge(n) => words::ui()
                .get(match (n.dx, n.dy, n.far) {
                    (-1, _, false) => "cmd-nudge-left-small",
                    (-1, _, true) => "cmd-nudge-left-big",
                    (1, _, false) => "cmd-nudge-right-small",
                    (1, _, true) => "cmd-nudge-right-big",
                    (_, -1, false) => "cmd-nudge-up-small",
                    (_, -1, true) => "cmd-nudge-up-big",
                    (_, _, false) => "cmd-nudge-down-small",
                    (_, _, true) => "cmd-nudge-down-big",
                })
                .to_owned(),
            Self::ToSlice(n) => words::ui().with(
                "cmd-to-slice-named",
                &[("slice", words::ui().slice(slice_of(n)))],
            ),
            Self::UseTheme(theme) => words::ui().with("cmd-use-theme", &[("theme", theme.label())]),
            other => other.label().to_owned(),
        }
    }

    /// The menu label (an ellipsis when a dialog follows).
    pub fn label(self) -> &'static str {
        words::ui().get(self.label_id())
    }

    /// The message id of the menu label.
    fn label_id(self) -> &'static str {
        match self {
            Self::New => "cmd-new",
            Self::Open => "cmd-open",
            Self::Save => "cmd-save",
            Self::SaveAs => "cmd-save-as",
            Self::Export => "cmd-export",
            Self::Import => "cmd-import",
            Self::Merge => "cmd-merge",
            Self::Lock => "cmd-lock",
            Self::Unlock => "cmd-unlock",
            Self::Quit => "cmd-quit",
            Self::Undo => "cmd-undo",
            Self::Redo | Self::RedoAlt => "cmd-redo",
            Self::QuickAdd => "cmd-quick-add",
            Self::Duplicate => "cmd-duplicate",
            Self::Delete => "cmd-delete",
            Self::SelectAll => "cmd-select-all",
            Self::SelectNone => "cmd-select-none",
            Self::ZoomToFit => "cmd-zoom-to-fit",
            Self::ZoomIn => "cmd-zoom-in",
            Self::ZoomOut => "cmd-zoom-out",
            Self::FlipSupportiveSide => "cmd-flip-supportive-side",
            Self::ToggleLegend => "cmd-toggle-legend",
            Self::ShowPowerMap => "cmd-show-power-map",
            Self::ShowSpectrum => "cmd-show-spectrum",
            Self::ShowBoth => "cmd-show-both",
            Self::SliceTowardUs => "cmd-slice-toward-us",
            Self::SliceAwayFromUs => "cmd-slice-away-from-us",
            Self::ToggleAllAims => "cmd-toggle-all-aims",
            Self::Present => "cmd-present",
            Self::ShowShortcuts => "cmd-show-shortcuts",
            Self::NextActor => "cmd-next-actor",
            Self::PreviousActor => "cmd-previous-actor",
            Self::Nudge(_) => "cmd-nudge",
            Self::Rename => "cmd-rename",
            Self::ToSlice(_) => "cmd-to-slice",
            Self::Park => "cmd-park",
            Self::UiZoomIn | Self::UiZoomInAlt => "cmd-ui-zoom-in",
            Self::UiZoomOut => "cmd-ui-zoom-out",
            Self::UiZoomReset => "cmd-ui-zoom-reset",
            Self::UseTheme(theme) => theme.label_id(),
            Self::StartReveal => "cmd-start-reveal",
            Self::RevealNext => "cmd-reveal-next",
            Self::RevealPrevious => "cmd-reveal-previous",
            Self::ToggleLeftPanel => "cmd-toggle-left-panel",
            Self::ToggleRightPanel => "cmd-toggle-right-panel",
        }
    }

    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Self::New => Some(shortcut(Modifiers::COMMAND, Key::N)),
            Self::Open => Some(shortcut(Modifiers::COMMAND, Key::O)),
            Self::Save => Some(shortcut(Modifiers::COMMAND, Key::S)),
            Self::SaveAs => Some(shortcut(COMMAND_SHIFT, Key::S)),
            Self::Quit => Some(shortcut(Modifiers::COMMAND, Key::Q)),
            Self::Export => Some(shortcut(Modifiers::COMMAND, Key::E)),
            Self::Import => Some(shortcut(Modifiers::COMMAND, Key::I)),
            Self::Undo => Some(shortcut(Modifiers::COMMAND, Key::Z)),
            Self::Redo => Some(shortcut(COMMAND_SHIFT, Key::Z)),
            Self::RedoAlt => Some(shortcut(Modifiers::COMMAND, Key::Y)),
            Self::QuickAdd => Some(shortcut(Modifiers::COMMAND, Key::K)),
            Self::Duplicate => Some(shortcut(Modifiers::COMMAND, Key::D)),
            Self::Delete => Some(shortcut(Modifiers::NONE, Key::Delete)),
            Self::SelectAll => Some(shortcut(Modifiers::COMMAND, Key::A)),
            Self::SelectNone => Some(shortcut(Modifiers::NONE, Key::Escape)),
            Self::ZoomToFit => Some(shortcut(Modifiers::NONE, Key::Home)),
            Self::ZoomIn => Some(shortcut(Modifiers::COMMAND, Key::CloseBracket)),
            Self::ZoomOut => Some(shortcut(Modifiers::COMMAND, Key::OpenBracket)),
            Self::ShowPowerMap => Some(shortcut(Modifiers::COMMAND, Key::Num1)),
            Self::ShowSpectrum => Some(shortcut(Modifiers::COMMAND, Key::Num2)),
            Self::ShowBoth => Some(shortcut(Modifiers::COMMAND, Key::Num3)),
            Self::SliceTowardUs => Some(shortcut(Modifiers::NONE, Key::PageUp)),
            Self::SliceAwayFromUs => Some(shortcut(Modifiers::NONE, Key::PageDown)),
            Self::Present => Some(shortcut(Modifiers::NONE, Key::F5)),
            Self::ShowShortcuts => Some(shortcut(Modifiers::NONE, Key::Questionmark)),
            Self::NextActor => Some(shortcut(Modifiers::NONE, Key::Tab)),
            Self::PreviousActor => Some(shortcut(Modifiers::SHIFT, Key::Tab)),
            Self::Nudge(n) => Some(shortcut(
                if n.far {
                    Modifiers::SHIFT
                } else {
                    Modifiers::NONE
                },
                match (n.dx, n.dy) {
                    (-1, _) => Key::ArrowLeft,
                    (1, _) => Key::ArrowRight,
                    (_, -1) => Key::ArrowUp,
                    _ => Key::ArrowDown,
                },
            )),
            Self::Rename => Some(shortcut(Modifiers::NONE, Key::Enter)),
            Self::ToSlice(n) => Some(shortcut(
                Modifiers::NONE,
                [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5]
                    [usize::from(n.clamp(1, 5) - 1)],
            )),
            Self::Park => Some(shortcut(Modifiers::NONE, Key::P)),
            Self::UiZoomIn => Some(shortcut(Modifiers::COMMAND, Key::Plus)),
            Self::UiZoomInAlt => Some(shortcut(Modifiers::COMMAND, Key::Equals)),
            Self::UiZoomOut => Some(shortcut(Modifiers::COMMAND, Key::Minus)),
            Self::UiZoomReset => Some(shortcut(Modifiers::COMMAND, Key::Num0)),
            Self::StartReveal => Some(shortcut(Modifiers::NONE, Key::F6)),
            Self::RevealNext => Some(shortcut(Modifiers::NONE, Key::Space)),
            Self::RevealPrevious => Some(shortcut(Modifiers::NONE, Key::Backspace)),
            Self::ToggleLeftPanel => Some(shortcut(Modifiers::COMMAND, Key::L)),
            Self::ToggleRightPanel => Some(shortcut(Modifiers::COMMAND, Key::R)),
            Self::FlipSupportiveSide
            | Self::ToggleLegend
            | Self::ToggleAllAims
            | Self::Merge
            | Self::Lock
            | Self::Unlock
            | Self::UseTheme(_) => None,
        }
    }

    /// Whether the shortcut belongs to the canvas: plain keys (Tab, arrows, Enter, digits,
    /// letters) that act on actors only while no control has the keyboard, so that they
    /// keep their usual meaning in lists, buttons and text fields.
    pub fn needs_canvas_keys(self) -> bool {
        matches!(
            self,
            Self::NextActor
                | Self::PreviousActor
                | Self::Nudge(_)
                | Self::Rename
                | Self::ToSlice(_)
                | Self::Park
                | Self::ShowShortcuts
                | Self::RevealNext
                | Self::RevealPrevious
        )
    }

    /// Whether the shortcut must wait while a text field has the keyboard (Delete, Ctrl+A,
    /// Ctrl+Z and Escape mean something else while typing).
    pub fn yields_to_text_fields(self) -> bool {
        matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::RedoAlt
                | Self::Delete
                | Self::SelectAll
                | Self::SelectNone
                | Self::Duplicate
                | Self::ZoomToFit
                | Self::SliceTowardUs
                | Self::SliceAwayFromUs
        )
    }

    /// Whether the command changes the session (and so waits while an earlier round is shown).
    pub fn edits_session(self) -> bool {
        matches!(
            self,
            Self::Duplicate
                | Self::Delete
                | Self::Nudge(_)
                | Self::Rename
                | Self::ToSlice(_)
                | Self::Park
                | Self::SliceTowardUs
                | Self::SliceAwayFromUs
                | Self::FlipSupportiveSide
                | Self::Undo
                | Self::Redo
                | Self::RedoAlt
        )
    }

    /// The commands whose shortcuts were pressed this frame (consumed from the input).
    pub fn pressed(ctx: &egui::Context) -> Vec<Self> {
        let typing = ctx.text_edit_focused();
        let control_focused = ctx.memory(|m| m.focused().is_some());
        let pressed: Vec<Self> = ctx.input_mut(|input| {
            Self::ALL
                .into_iter()
                .filter(|command| !(typing && command.yields_to_text_fields()))
                .filter(|command| !(control_focused && command.needs_canvas_keys()))
                .filter(|command| {
                    command
                        .shortcut()
                        .is_some_and(|sc| input.consume_shortcut(&sc))
                })
                .collect()
        });
        if pressed
            .iter()
            .any(|c| matches!(c, Self::NextActor | Self::PreviousActor))
        {
            // Tab walked the actors: egui must not also hand the keyboard to the first button.
            ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        }
        pressed
    }

    /// The shortcut as people write it, for menus and the help overlay ("Ctrl+S",
    /// "Ctrl+]", "?"): egui's modifier names with our own key names, since egui spells
    /// punctuation out (`CloseBracket`, `Questionmark`).
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcut()
            .map(|sc| {
                let mut text = egui::ModifierNames::NAMES.format(&sc.modifiers, ctx.os().is_mac());
                if !text.is_empty() {
                    text.push('+');
                }
                text.push_str(key_text(sc.logical_key));
                text
            })
            .unwrap_or_default()
    }
}

/// A key as people write it: punctuation as its symbol, other keys by their name. Plus and
/// Minus keep their names ("Ctrl+Plus" reads better than "Ctrl++"); arrows are named, as
/// egui's arrow symbols are not in every font.
fn key_text(key: Key) -> &'static str {
    match key {
        Key::Plus
        | Key::Minus
        | Key::ArrowDown
        | Key::ArrowLeft
        | Key::ArrowRight
        | Key::ArrowUp => key.name(),
        Key::PageUp => words::ui().get("cmd-key-page-up"),
        Key::PageDown => words::ui().get("cmd-key-page-down"),
        other => other.symbol_or_name(),
    }
}

/// The slice a number key sends actors to: 1 is active allies, 5 active opposition.
pub fn slice_of(number: u8) -> crate::model::Slice {
    crate::model::Slice::ALL[usize::from(number.clamp(1, 5) - 1)]
}

/// A slice command's menu entry: the slice's own name.
pub fn slice_of_label(command: Command) -> String {
    match command {
        Command::ToSlice(n) => words::ui().slice(slice_of(n)).to_owned(),
        other => other.label().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = HashSet::new();
        for command in Command::ALL {
            if let Some(sc) = command.shortcut() {
                assert!(
                    seen.insert((sc.modifiers, sc.logical_key)),
                    "{command:?} repeats a shortcut"
                );
            }
        }
    }

    #[test]
    fn shortcuts_read_as_people_write_them() {
        let ctx = egui::Context::default();
        assert_eq!(Command::ZoomIn.shortcut_text(&ctx), "Ctrl+]");
        assert_eq!(Command::ZoomOut.shortcut_text(&ctx), "Ctrl+[");
        assert_eq!(Command::ShowShortcuts.shortcut_text(&ctx), "?");
        assert_eq!(Command::UiZoomIn.shortcut_text(&ctx), "Ctrl+Plus");
        assert_eq!(Command::UiZoomInAlt.shortcut_text(&ctx), "Ctrl+=");
        assert_eq!(Command::SaveAs.shortcut_text(&ctx), "Ctrl+Shift+S");
        assert_eq!(Command::SliceTowardUs.shortcut_text(&ctx), "Page Up");
        assert_eq!(
            Nudge::command(-1, 0, true).shortcut_text(&ctx),
            "Shift+Left"
        );
        for command in Command::ALL {
            let text = command.shortcut_text(&ctx);
            for spelled in ["Bracket", "mark", "Equals", "Period", "Comma", "Slash"] {
                assert!(!text.contains(spelled), "{command:?} reads {text}");
            }
        }
    }

    #[test]
    fn labels_and_descriptions_read_as_they_did() {
        use super::super::theme::Theme;
        assert_eq!(Command::SaveAs.label(), "Save as…");
        assert_eq!(Command::RedoAlt.label(), "Redo");
        assert_eq!(
            Command::UseTheme(Theme::HighContrast).label(),
            "High contrast"
        );
        assert_eq!(
            Nudge::command(-1, 0, true).describe(),
            "Move the selected actors left, a big step"
        );
        assert_eq!(
            Nudge::command(0, 1, false).describe(),
            "Move the selected actors down, a small step"
        );
        assert_eq!(
            Command::ToSlice(2).describe(),
            "Send the selected actors to: Passive allies"
        );
        assert_eq!(Command::UseTheme(Theme::Dark).describe(), "Theme: Dark");
        assert_eq!(slice_of_label(Command::ToSlice(5)), "Active opposition");
        // Every command is written in the files: a missing message would show its id, which
        // is lower case.
        for command in Command::ALL {
            for text in [command.label().to_owned(), command.describe()] {
                assert!(
                    text.starts_with(char::is_uppercase),
                    "{command:?} shows {text}"
                );
            }
        }
    }

    #[test]
    fn shift_variants_are_checked_before_plain_ones() {
        let position = |c| Command::ALL.iter().position(|&x| x == c).expect("listed");
        assert!(position(Command::SaveAs) < position(Command::Save));
        assert!(position(Command::Redo) < position(Command::Undo));
        assert!(position(Command::PreviousActor) < position(Command::NextActor));
        assert!(position(Nudge::command(-1, 0, true)) < position(Nudge::command(-1, 0, false)));
    }
}
