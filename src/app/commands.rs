//! Every user command in one table: its label, its shortcut. Menus and shortcuts read from it,
//! so a menu entry can never disagree with its key.

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
    pub const ALL: [Self; 27] = [
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
        Self::Lock,
        Self::Unlock,
    ];

    /// The menu label (an ellipsis when a dialog follows).
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New session",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::Export => "Export…",
            Self::Lock => "Lock with a passphrase…",
            Self::Unlock => "Remove the passphrase lock",
            Self::Quit => "Quit",
            Self::Undo => "Undo",
            Self::Redo | Self::RedoAlt => "Redo",
            Self::QuickAdd => "Add an actor",
            Self::Duplicate => "Duplicate",
            Self::Delete => "Delete",
            Self::SelectAll => "Select all",
            Self::SelectNone => "Select none",
            Self::ZoomToFit => "Zoom to fit",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::FlipSupportiveSide => "Supportive on the other side",
            Self::ToggleLegend => "Show or hide the legend",
            Self::ShowPowerMap => "Power map",
            Self::ShowSpectrum => "Spectrum of allies",
            Self::ShowBoth => "Both side by side",
            Self::SliceTowardUs => "One slice toward us",
            Self::SliceAwayFromUs => "One slice away from us",
            Self::ToggleAllAims => "Show every one-step arrow",
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
            Self::FlipSupportiveSide
            | Self::ToggleLegend
            | Self::ToggleAllAims
            | Self::Lock
            | Self::Unlock => None,
        }
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
        ctx.input_mut(|input| {
            Self::ALL
                .into_iter()
                .filter(|command| !(typing && command.yields_to_text_fields()))
                .filter(|command| {
                    command
                        .shortcut()
                        .is_some_and(|sc| input.consume_shortcut(&sc))
                })
                .collect()
        })
    }

    /// The shortcut as text for menus and the help overlay ("Ctrl+S").
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcut()
            .map(|sc| ctx.format_shortcut(&sc))
            .unwrap_or_default()
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
    fn shift_variants_are_checked_before_plain_ones() {
        let position = |c| Command::ALL.iter().position(|&x| x == c).expect("listed");
        assert!(position(Command::SaveAs) < position(Command::Save));
        assert!(position(Command::Redo) < position(Command::Undo));
    }
}
