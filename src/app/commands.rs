//! Every user command in one table: one spec per command says its name and what it does
//! (message ids), its shortcuts, where they are heard, what must hold for it to run and
//! whether it changes the session. Menus, buttons, the shortcut overlay, the command palette
//! and the keyboard all read it, so none of them can disagree with another.

use super::theme::Theme;
use crate::model::Slice;
use crate::words;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::sync::OnceLock;

/// Declares `Command` and derives the list of every command from the declaration itself: a
/// variant without data is one command, a variant with data is one command per value of its
/// type's `ALL`. A new variant is listed as soon as it is written.
macro_rules! command_table {
    (
        $(#[$enum_attr:meta])*
        pub enum Command {
            $( $(#[$attr:meta])* $variant:ident $(($param:ty))? ),+ $(,)?
        }
    ) => {
        $(#[$enum_attr])*
        pub enum Command {
            $( $(#[$attr])* $variant $(($param))? ),+
        }

        impl Command {
            /// Every command, in the order they are declared (variants with data expand to
            /// every value of their type, in its own order).
            fn declared() -> Vec<Self> {
                std::iter::empty()
                    $( .chain(command_table!(@values $variant $($param)?)) )+
                    .collect()
            }
        }
    };
    (@values $variant:ident) => {
        [Command::$variant]
    };
    (@values $variant:ident $param:ty) => {
        <$param>::ALL.map(Command::$variant)
    };
}

command_table! {
    /// A command a user can give from a menu, the keyboard or the command palette.
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
        /// Print the report page (through the system's print dialog or PDF viewer).
        Print,
        /// Export the alliance plan as Markdown, to paste into a document.
        ExportAllianceMarkdown,
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
        /// Put the cursor in the quick-add field.
        QuickAdd,
        /// Duplicate the selected actors.
        Duplicate,
        /// Delete the selected actors.
        Delete,
        /// Select every actor.
        SelectAll,
        /// Clear the selection (and end a reveal).
        SelectNone,
        /// Show the whole map.
        ZoomToFit,
        /// Zoom the map in (the map only; `LargerInterface` scales the whole window).
        ZoomMapIn,
        /// Zoom the map out.
        ZoomMapOut,
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
        /// Show the alliance plan.
        ShowAlliance,
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
        /// Find a command by its name and run it.
        CommandPalette,
        /// Select the next actor.
        NextActor,
        /// Select the previous actor.
        PreviousActor,
        /// Move the selected actors a little, in a direction on screen.
        Nudge(Nudge),
        /// Rename the selected actor.
        Rename,
        /// Send the selected actors to a slice of the spectrum.
        ToSlice(Slice),
        /// Take the selected actors off the power map, into the parking lot.
        Park,
        /// Make the whole interface larger (egui's zoom; `ZoomMapIn` zooms the map only).
        LargerInterface,
        /// Make the whole interface smaller.
        SmallerInterface,
        /// Put the interface back to its normal size.
        NormalInterfaceSize,
        /// Use a colour theme.
        UseTheme(Theme),
        /// Start revealing the map one actor at a time.
        StartReveal,
        /// Open the room (phones place the actors), or show its panel again.
        OpenRoom,
        /// Share the session with other laptops on this network.
        ShareSession,
        /// Join a session another laptop shares.
        JoinShare,
        /// Stop sharing or leave the share.
        StopSharing,
        /// Show the next actor of the reveal.
        RevealNext,
        /// Hide the last actor shown by the reveal.
        RevealPrevious,
        /// Show or hide the left panel (actors, campaign, plan).
        ToggleLeftPanel,
        /// Show or hide the right panel (the selected actor).
        ToggleRightPanel,
    }
}

/// A small move of the selected actors with the arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Nudge {
    /// Which way on screen.
    pub direction: Direction,
    /// How far.
    pub step: NudgeStep,
}

/// A direction on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Toward the left edge.
    Left,
    /// Toward the right edge.
    Right,
    /// Toward the top.
    Up,
    /// Toward the bottom.
    Down,
}

/// How far one press of an arrow key moves actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NudgeStep {
    /// The arrow alone.
    Small,
    /// With Shift.
    Big,
}

impl Direction {
    /// The unit step on screen, x to the right and y down.
    pub fn offset(self) -> egui::Vec2 {
        match self {
            Self::Left => egui::vec2(-1.0, 0.0),
            Self::Right => egui::vec2(1.0, 0.0),
            Self::Up => egui::vec2(0.0, -1.0),
            Self::Down => egui::vec2(0.0, 1.0),
        }
    }
}

impl Nudge {
    /// Every nudge: small steps, then big ones, each left, right, up, down.
    pub const ALL: [Self; 8] = [
        Self::new(Direction::Left, NudgeStep::Small),
        Self::new(Direction::Right, NudgeStep::Small),
        Self::new(Direction::Up, NudgeStep::Small),
        Self::new(Direction::Down, NudgeStep::Small),
        Self::new(Direction::Left, NudgeStep::Big),
        Self::new(Direction::Right, NudgeStep::Big),
        Self::new(Direction::Up, NudgeStep::Big),
        Self::new(Direction::Down, NudgeStep::Big),
    ];

    const fn new(direction: Direction, step: NudgeStep) -> Self {
        Self { direction, step }
    }

    /// Its place in `ALL`.
    fn index(self) -> usize {
        let direction = match self.direction {
            Direction::Left => 0,
            Direction::Right => 1,
            Direction::Up => 2,
            Direction::Down => 3,
        };
        match self.step {
            NudgeStep::Small => direction,
            NudgeStep::Big => direction + 4,
        }
    }

    /// The message id of what the nudge does.
    fn message_id(self) -> &'static str {
        match (self.direction, self.step) {
            (Direction::Left, NudgeStep::Small) => "cmd-nudge-left-small",
            (Direction::Left, NudgeStep::Big) => "cmd-nudge-left-big",
            (Direction::Right, NudgeStep::Small) => "cmd-nudge-right-small",
            (Direction::Right, NudgeStep::Big) => "cmd-nudge-right-big",
            (Direction::Up, NudgeStep::Small) => "cmd-nudge-up-small",
            (Direction::Up, NudgeStep::Big) => "cmd-nudge-up-big",
            (Direction::Down, NudgeStep::Small) => "cmd-nudge-down-small",
            (Direction::Down, NudgeStep::Big) => "cmd-nudge-down-big",
        }
    }
}

/// Where a command's shortcuts are heard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the window, even while typing (Ctrl+S, F5).
    Window,
    /// Anywhere but in a text field, where the keys mean something else while typing
    /// (Delete, Ctrl+A, Ctrl+Z, Escape).
    OutsideTextFields,
    /// On the map: plain keys (Tab, arrows, Enter, digits, letters) that act on actors only
    /// while a map shows and no control has the keyboard, so that they keep their usual
    /// meaning in lists, buttons, text fields and the alliance pages.
    Map,
}

/// What must hold for a command to run (menus grey it out otherwise).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// It can always run.
    Nothing,
    /// At least one actor is selected.
    Selection,
    /// Exactly one actor is selected.
    OneSelected,
    /// An actor is selected, or a reveal runs (Escape ends it).
    SelectionOrReveal,
    /// The session has actors.
    Actors,
    /// A reveal runs.
    Reveal,
    /// There is an edit to undo.
    UndoHistory,
    /// There is an undone edit to redo.
    RedoHistory,
    /// The session is locked with a passphrase.
    Lock,
    /// No share runs.
    NotSharing,
    /// A share runs.
    Sharing,
}

/// Whether a command changes the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// It changes the session, so it waits while an earlier round or a reveal is shown.
    ChangesSession,
    /// It leaves the session as it is (files, views, the window).
    KeepsSession,
}

/// One row of the commands table.
#[derive(Clone, Copy, Debug)]
pub struct CommandSpec {
    /// The message id of its name in menus (an ellipsis when a dialog follows).
    pub label: &'static str,
    /// The message id of what it does, in a sentence: the palette shows it and searches it.
    pub description: &'static str,
    /// Its shortcuts, the one menus show first; any number, none included.
    pub shortcuts: &'static [KeyboardShortcut],
    /// Where its shortcuts are heard.
    pub scope: Scope,
    /// What must hold for it to run.
    pub needs: Needs,
    /// Whether it changes the session.
    pub effect: Effect,
}

impl CommandSpec {
    const fn new(label: &'static str, description: &'static str) -> Self {
        Self {
            label,
            description,
            shortcuts: &[],
            scope: Scope::Window,
            needs: Needs::Nothing,
            effect: Effect::KeepsSession,
        }
    }

    const fn keys(self, shortcuts: &'static [KeyboardShortcut]) -> Self {
        Self { shortcuts, ..self }
    }

    const fn heard(self, scope: Scope) -> Self {
        Self { scope, ..self }
    }

    const fn needs(self, needs: Needs) -> Self {
        Self { needs, ..self }
    }

    const fn changes_session(self) -> Self {
        Self {
            effect: Effect::ChangesSession,
            ..self
        }
    }
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            alt: false,
            ctrl: false,
            shift: true,
            mac_cmd: false,
            command: true,
        },
        key,
    )
}

/// The arrow keys of `Nudge::ALL`, in its order.
static NUDGE_KEYS: [KeyboardShortcut; 8] = [
    key(Key::ArrowLeft),
    key(Key::ArrowRight),
    key(Key::ArrowUp),
    key(Key::ArrowDown),
    shift(Key::ArrowLeft),
    shift(Key::ArrowRight),
    shift(Key::ArrowUp),
    shift(Key::ArrowDown),
];

/// The digit keys of the slices, from active allies (1) to active opposition (5).
static SLICE_KEYS: [KeyboardShortcut; 5] = [
    key(Key::Num1),
    key(Key::Num2),
    key(Key::Num3),
    key(Key::Num4),
    key(Key::Num5),
];

impl Command {
    /// Every command, in the order menus, the shortcut overlay and the palette list them.
    pub fn all() -> &'static [Self] {
        static ALL: OnceLock<Vec<Command>> = OnceLock::new();
        ALL.get_or_init(Self::declared)
    }

    /// The command's row of the table.
    #[expect(
        clippy::too_many_lines,
        reason = "the table: one short arm per command reads better than any split"
    )]
    pub fn spec(self) -> CommandSpec {
        use Needs::{Actors, NotSharing, OneSelected, Reveal, Selection, Sharing};
        use Scope::{Map, OutsideTextFields};
        let spec = CommandSpec::new;
        match self {
            Self::New => spec("cmd-new", "cmd-new-about").keys(&const { [ctrl(Key::N)] }),
            Self::Open => spec("cmd-open", "cmd-open-about").keys(&const { [ctrl(Key::O)] }),
            Self::Save => spec("cmd-save", "cmd-save-about").keys(&const { [ctrl(Key::S)] }),
            Self::SaveAs => {
                spec("cmd-save-as", "cmd-save-as-about").keys(&const { [ctrl_shift(Key::S)] })
            }
            Self::Export => spec("cmd-export", "cmd-export-about").keys(&const { [ctrl(Key::E)] }),
            Self::Print => spec("cmd-print", "cmd-print-about").keys(&const { [ctrl(Key::P)] }),
            Self::ExportAllianceMarkdown => spec(
                "cmd-export-alliance-markdown",
                "cmd-export-alliance-markdown-about",
            ),
            Self::Import => spec("cmd-import", "cmd-import-about").keys(&const { [ctrl(Key::I)] }),
            Self::Merge => spec("cmd-merge", "cmd-merge-about"),
            Self::Lock => spec("cmd-lock", "cmd-lock-about"),
            Self::Unlock => spec("cmd-unlock", "cmd-unlock-about").needs(Needs::Lock),
            Self::Quit => spec("cmd-quit", "cmd-quit-about").keys(&const { [ctrl(Key::Q)] }),
            Self::Undo => spec("cmd-undo", "cmd-undo-about")
                .keys(&const { [ctrl(Key::Z)] })
                .heard(OutsideTextFields)
                .needs(Needs::UndoHistory)
                .changes_session(),
            Self::Redo => spec("cmd-redo", "cmd-redo-about")
                .keys(&const { [ctrl_shift(Key::Z), ctrl(Key::Y)] })
                .heard(OutsideTextFields)
                .needs(Needs::RedoHistory)
                .changes_session(),
            Self::QuickAdd => {
                spec("cmd-quick-add", "cmd-quick-add-about").keys(&const { [ctrl(Key::K)] })
            }
            Self::Duplicate => spec("cmd-duplicate", "cmd-duplicate-about")
                .keys(&const { [ctrl(Key::D)] })
                .heard(OutsideTextFields)
                .needs(Selection)
                .changes_session(),
            Self::Delete => spec("cmd-delete", "cmd-delete-about")
                .keys(&const { [key(Key::Delete)] })
                .heard(OutsideTextFields)
                .needs(Selection)
                .changes_session(),
            Self::SelectAll => spec("cmd-select-all", "cmd-select-all-about")
                .keys(&const { [ctrl(Key::A)] })
                .heard(OutsideTextFields),
            Self::SelectNone => spec("cmd-select-none", "cmd-select-none-about")
                .keys(&const { [key(Key::Escape)] })
                .heard(OutsideTextFields)
                .needs(Needs::SelectionOrReveal),
            Self::ZoomToFit => spec("cmd-zoom-to-fit", "cmd-zoom-to-fit-about")
                .keys(&const { [key(Key::Home)] })
                .heard(OutsideTextFields),
            Self::ZoomMapIn => spec("cmd-zoom-map-in", "cmd-zoom-map-in-about")
                .keys(&const { [ctrl(Key::CloseBracket)] }),
            Self::ZoomMapOut => spec("cmd-zoom-map-out", "cmd-zoom-map-out-about")
                .keys(&const { [ctrl(Key::OpenBracket)] }),
            Self::FlipSupportiveSide => {
                spec("cmd-flip-supportive-side", "cmd-flip-supportive-side-about").changes_session()
            }
            Self::ToggleLegend => spec("cmd-toggle-legend", "cmd-toggle-legend-about"),
            Self::ShowPowerMap => spec("cmd-show-power-map", "cmd-show-power-map-about")
                .keys(&const { [ctrl(Key::Num1)] }),
            Self::ShowSpectrum => spec("cmd-show-spectrum", "cmd-show-spectrum-about")
                .keys(&const { [ctrl(Key::Num2)] }),
            Self::ShowBoth => {
                spec("cmd-show-both", "cmd-show-both-about").keys(&const { [ctrl(Key::Num3)] })
            }
            Self::ShowAlliance => spec("cmd-show-alliance", "cmd-show-alliance-about")
                .keys(&const { [ctrl(Key::Num4)] }),
            Self::SliceTowardUs => spec("cmd-slice-toward-us", "cmd-slice-toward-us-about")
                .keys(&const { [key(Key::PageUp)] })
                .heard(OutsideTextFields)
                .needs(Selection)
                .changes_session(),
            Self::SliceAwayFromUs => spec("cmd-slice-away-from-us", "cmd-slice-away-from-us-about")
                .keys(&const { [key(Key::PageDown)] })
                .heard(OutsideTextFields)
                .needs(Selection)
                .changes_session(),
            Self::ToggleAllAims => spec("cmd-toggle-all-aims", "cmd-toggle-all-aims-about"),
            Self::Present => {
                spec("cmd-present", "cmd-present-about").keys(&const { [key(Key::F5)] })
            }
            Self::ShowShortcuts => spec("cmd-show-shortcuts", "cmd-show-shortcuts-about")
                .keys(&const { [key(Key::Questionmark)] })
                .heard(Map),
            Self::CommandPalette => spec("cmd-command-palette", "cmd-command-palette-about")
                .keys(&const { [ctrl_shift(Key::P), key(Key::F1)] }),
            Self::NextActor => spec("cmd-next-actor", "cmd-next-actor-about")
                .keys(&const { [key(Key::Tab)] })
                .heard(Map)
                .needs(Actors),
            Self::PreviousActor => spec("cmd-previous-actor", "cmd-previous-actor-about")
                .keys(&const { [shift(Key::Tab)] })
                .heard(Map)
                .needs(Actors),
            Self::Nudge(nudge) => spec("cmd-nudge", nudge.message_id())
                .keys(std::slice::from_ref(&NUDGE_KEYS[nudge.index()]))
                .heard(Map)
                .needs(Selection)
                .changes_session(),
            Self::Rename => spec("cmd-rename", "cmd-rename-about")
                .keys(&const { [key(Key::Enter)] })
                .heard(Map)
                .needs(OneSelected)
                .changes_session(),
            Self::ToSlice(slice) => spec("cmd-to-slice", "cmd-to-slice-named")
                .keys(std::slice::from_ref(&SLICE_KEYS[slice.index()]))
                .heard(Map)
                .needs(Selection)
                .changes_session(),
            Self::Park => spec("cmd-park", "cmd-park-about")
                .keys(&const { [key(Key::P)] })
                .heard(Map)
                .needs(Selection)
                .changes_session(),
            Self::LargerInterface => spec("cmd-larger-interface", "cmd-larger-interface-about")
                .keys(&const { [ctrl(Key::Plus), ctrl(Key::Equals)] }),
            Self::SmallerInterface => spec("cmd-smaller-interface", "cmd-smaller-interface-about")
                .keys(&const { [ctrl(Key::Minus)] }),
            Self::NormalInterfaceSize => spec(
                "cmd-normal-interface-size",
                "cmd-normal-interface-size-about",
            )
            .keys(&const { [ctrl(Key::Num0)] }),
            Self::UseTheme(theme) => spec(theme.label_id(), "cmd-use-theme-about"),
            Self::StartReveal => {
                spec("cmd-start-reveal", "cmd-start-reveal-about").keys(&const { [key(Key::F6)] })
            }
            Self::OpenRoom => spec("cmd-open-room", "cmd-open-room-about").needs(Actors),
            Self::ShareSession => {
                spec("cmd-share-session", "cmd-share-session-about").needs(NotSharing)
            }
            Self::JoinShare => spec("cmd-join-share", "cmd-join-share-about").needs(NotSharing),
            Self::StopSharing => spec("cmd-stop-sharing", "cmd-stop-sharing-about").needs(Sharing),
            Self::RevealNext => spec("cmd-reveal-next", "cmd-reveal-next-about")
                .keys(&const { [key(Key::Space)] })
                .heard(Map)
                .needs(Reveal),
            Self::RevealPrevious => spec("cmd-reveal-previous", "cmd-reveal-previous-about")
                .keys(&const { [key(Key::Backspace)] })
                .heard(Map)
                .needs(Reveal),
            Self::ToggleLeftPanel => spec("cmd-toggle-left-panel", "cmd-toggle-left-panel-about")
                .keys(&const { [ctrl(Key::L)] }),
            Self::ToggleRightPanel => {
                spec("cmd-toggle-right-panel", "cmd-toggle-right-panel-about")
                    .keys(&const { [ctrl(Key::R)] })
            }
        }
    }

    /// The menu label (an ellipsis when a dialog follows).
    pub fn label(self) -> &'static str {
        words::ui().get(self.spec().label)
    }

    /// The name of a menu entry: the label, or for a slice its own name (the entries sit in
    /// a "Send to a slice" menu).
    pub fn menu_label(self) -> String {
        match self {
            Self::ToSlice(slice) => words::ui().slice(slice).to_owned(),
            other => other.label().to_owned(),
        }
    }

    /// What the shortcut overlay and the palette call it: the label, with the context it
    /// needs where the label alone would be ambiguous (which way a nudge goes, which slice,
    /// which theme).
    pub fn describe(self) -> String {
        match self {
            Self::Nudge(_) | Self::ToSlice(_) => self.description(),
            Self::UseTheme(theme) => words::ui().with("cmd-use-theme", &[("theme", theme.label())]),
            other => other.label().to_owned(),
        }
    }

    /// What the command does, in a sentence.
    pub fn description(self) -> String {
        let id = self.spec().description;
        match self {
            Self::ToSlice(slice) => words::ui().with(id, &[("slice", words::ui().slice(slice))]),
            Self::UseTheme(theme) => words::ui().with(id, &[("theme", theme.label())]),
            _ => words::ui().get(id).to_owned(),
        }
    }

    /// Whether the command changes the session (and so waits while an earlier round or a
    /// reveal is shown).
    pub fn edits_session(self) -> bool {
        self.spec().effect == Effect::ChangesSession
    }

    /// The commands whose shortcuts were pressed this frame (consumed from the input);
    /// `map_shown` says whether a map view shows, where the map's own keys are heard.
    pub fn pressed(ctx: &egui::Context, map_shown: bool) -> Vec<Self> {
        let typing = ctx.text_edit_focused();
        let control_focused = ctx.memory(|m| m.focused().is_some());
        let heard = |command: &Self| match command.spec().scope {
            Scope::Window => true,
            Scope::OutsideTextFields => !typing,
            Scope::Map => map_shown && !control_focused,
        };
        let pressed: Vec<Self> = ctx.input_mut(|input| {
            shortcuts_in_matching_order()
                .iter()
                .filter(|(command, _)| heard(command))
                .filter(|(_, shortcut)| input.consume_shortcut(shortcut))
                .map(|&(command, _)| command)
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

    /// The first shortcut as people write it, for menus and buttons ("Ctrl+S", "Ctrl+]",
    /// "?"); empty for a command without one.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.spec()
            .shortcuts
            .first()
            .map(|shortcut| shortcut_text(*shortcut, ctx))
            .unwrap_or_default()
    }

    /// Every shortcut of the command, for the overlay and the palette ("Ctrl+Shift+Z or
    /// Ctrl+Y"); empty for a command without one.
    pub fn all_shortcuts_text(self, ctx: &egui::Context) -> String {
        self.spec()
            .shortcuts
            .iter()
            .map(|shortcut| shortcut_text(*shortcut, ctx))
            .reduce(|first, next| {
                words::ui().with("cmd-key-or", &[("first", &first), ("next", &next)])
            })
            .unwrap_or_default()
    }

    /// The text of a button that runs this command: the button's own words and the
    /// command's first shortcut ("Present (F5)").
    pub fn button_text(self, words_id: &str, ctx: &egui::Context) -> String {
        let text = words::ui().get(words_id);
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            return text.to_owned();
        }
        words::ui().with("cmd-button", &[("text", text), ("keys", &keys)])
    }
}

/// Every (command, shortcut) pair, most modifiers first: egui matches a shortcut even when
/// Shift or Alt are held besides, so Ctrl+Shift+S must be tried before Ctrl+S takes it.
fn shortcuts_in_matching_order() -> &'static [(Command, KeyboardShortcut)] {
    static ORDER: OnceLock<Vec<(Command, KeyboardShortcut)>> = OnceLock::new();
    ORDER.get_or_init(|| {
        let mut pairs: Vec<_> = Command::all()
            .iter()
            .flat_map(|&command| command.spec().shortcuts.iter().map(move |&s| (command, s)))
            .collect();
        pairs.sort_by_key(|(_, shortcut)| {
            let m = shortcut.modifiers;
            std::cmp::Reverse(
                u8::from(m.shift) + u8::from(m.alt) + u8::from(m.ctrl || m.command || m.mac_cmd),
            )
        });
        pairs
    })
}

/// A shortcut as people write it: egui's modifier names with our own key names, since egui
/// spells punctuation out (`CloseBracket`, `Questionmark`).
fn shortcut_text(shortcut: KeyboardShortcut, ctx: &egui::Context) -> String {
    let mut text = egui::ModifierNames::NAMES.format(&shortcut.modifiers, ctx.os().is_mac());
    if !text.is_empty() {
        text.push('+');
    }
    text.push_str(key_text(shortcut.logical_key));
    text
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
        Key::Escape => words::ui().get("cmd-key-escape"),
        other => other.symbol_or_name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn nudge(direction: Direction, step: NudgeStep) -> Command {
        Command::Nudge(Nudge { direction, step })
    }

    /// Press `shortcut` in a bare window showing a map and return the commands it ran.
    fn press(shortcut: KeyboardShortcut) -> Vec<Command> {
        press_where(shortcut, true)
    }

    /// Press `shortcut` in a bare window, a map shown or not, and return the commands it ran.
    fn press_where(shortcut: KeyboardShortcut, map_shown: bool) -> Vec<Command> {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            events: vec![egui::Event::Key {
                key: shortcut.logical_key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: shortcut.modifiers,
            }],
            ..Default::default()
        };
        let mut pressed = Vec::new();
        let _ = ctx.run_ui(input, |ui| pressed = Command::pressed(ui.ctx(), map_shown));
        pressed
    }

    #[test]
    fn the_maps_keys_are_not_heard_where_no_map_shows() {
        // On the alliance pages Tab moves between controls and the arrows, digits and P
        // must not move, send or park the selected actors unseen.
        for &command in Command::all() {
            for &shortcut in command.spec().shortcuts {
                let ran = press_where(shortcut, false);
                if command.spec().scope == Scope::Map {
                    assert!(ran.is_empty(), "{command:?} ran without a map: {ran:?}");
                } else {
                    assert_eq!(ran, [command], "{shortcut:?}");
                }
            }
        }
    }

    /// Every shortcut runs its own command and no other: two commands sharing a key, or a
    /// shortcut that a looser one of another command takes first (Ctrl+S catching
    /// Ctrl+Shift+S), fails here.
    #[test]
    fn every_shortcut_runs_its_own_command_and_no_other() {
        let mut seen = HashSet::new();
        let mut count = 0;
        for &command in Command::all() {
            for &shortcut in command.spec().shortcuts {
                assert!(
                    seen.insert((shortcut.modifiers, shortcut.logical_key)),
                    "{command:?} repeats a shortcut"
                );
                assert_eq!(press(shortcut), vec![command], "{shortcut:?}");
                count += 1;
            }
        }
        assert!(count >= 50, "only {count} shortcuts");
    }

    #[test]
    fn every_command_is_listed_once_with_every_value() {
        let all = Command::all();
        let distinct: HashSet<_> = all.iter().collect();
        assert_eq!(distinct.len(), all.len(), "listed twice");
        for nudge in Nudge::ALL {
            assert!(all.contains(&Command::Nudge(nudge)), "{nudge:?}");
        }
        for slice in Slice::ALL {
            assert!(all.contains(&Command::ToSlice(slice)), "{slice:?}");
        }
        for theme in Theme::ALL {
            assert!(all.contains(&Command::UseTheme(theme)), "{theme:?}");
        }
        let nudges: HashSet<_> = Nudge::ALL.iter().map(|n| n.index()).collect();
        assert_eq!(nudges.len(), 8, "two nudges share a key");
    }

    #[test]
    fn shortcuts_read_as_people_write_them() {
        let ctx = egui::Context::default();
        assert_eq!(Command::ZoomMapIn.shortcut_text(&ctx), "Ctrl+]");
        assert_eq!(Command::ZoomMapOut.shortcut_text(&ctx), "Ctrl+[");
        assert_eq!(Command::ShowShortcuts.shortcut_text(&ctx), "?");
        assert_eq!(Command::LargerInterface.shortcut_text(&ctx), "Ctrl+Plus");
        assert_eq!(
            Command::LargerInterface.all_shortcuts_text(&ctx),
            "Ctrl+Plus or Ctrl+="
        );
        assert_eq!(
            Command::Redo.all_shortcuts_text(&ctx),
            "Ctrl+Shift+Z or Ctrl+Y"
        );
        assert_eq!(
            Command::CommandPalette.all_shortcuts_text(&ctx),
            "Ctrl+Shift+P or F1"
        );
        assert_eq!(Command::SaveAs.shortcut_text(&ctx), "Ctrl+Shift+S");
        assert_eq!(Command::SliceTowardUs.shortcut_text(&ctx), "Page Up");
        assert_eq!(Command::SelectNone.shortcut_text(&ctx), "Esc");
        assert_eq!(
            nudge(Direction::Left, NudgeStep::Big).shortcut_text(&ctx),
            "Shift+Left"
        );
        assert_eq!(
            Command::Present.button_text("menu-present", &ctx),
            "Present (F5)"
        );
        assert_eq!(Command::Merge.shortcut_text(&ctx), "");
        for &command in Command::all() {
            let text = command.all_shortcuts_text(&ctx);
            for spelled in ["Bracket", "mark", "Equals", "Period", "Comma", "Slash"] {
                assert!(!text.contains(spelled), "{command:?} reads {text}");
            }
        }
    }

    #[test]
    fn labels_and_descriptions_read_as_they_did() {
        assert_eq!(Command::SaveAs.label(), "Save as…");
        assert_eq!(Command::Redo.label(), "Redo");
        assert_eq!(
            Command::UseTheme(Theme::HighContrast).label(),
            "High contrast"
        );
        assert_eq!(
            nudge(Direction::Left, NudgeStep::Big).describe(),
            "Move the selected actors left, a big step"
        );
        assert_eq!(
            nudge(Direction::Down, NudgeStep::Small).describe(),
            "Move the selected actors down, a small step"
        );
        assert_eq!(
            Command::ToSlice(Slice::PassiveAllies).describe(),
            "Send the selected actors to: Passive allies"
        );
        assert_eq!(Command::UseTheme(Theme::Dark).describe(), "Theme: Dark");
        assert_eq!(
            Command::ToSlice(Slice::ActiveOpposition).menu_label(),
            "Active opposition"
        );
        // Every command is written in the files: a missing message would show its id, which
        // is lower case.
        for &command in Command::all() {
            for text in [
                command.label().to_owned(),
                command.describe(),
                command.description(),
            ] {
                assert!(
                    text.starts_with(char::is_uppercase),
                    "{command:?} shows {text}"
                );
            }
        }
    }

    #[test]
    fn the_keys_of_slices_and_nudges_follow_their_order() {
        let ctx = egui::Context::default();
        assert_eq!(
            Command::ToSlice(Slice::ActiveAllies).shortcut_text(&ctx),
            "1"
        );
        assert_eq!(
            Command::ToSlice(Slice::ActiveOpposition).shortcut_text(&ctx),
            "5"
        );
        assert_eq!(
            nudge(Direction::Up, NudgeStep::Small).shortcut_text(&ctx),
            "Up"
        );
        assert_eq!(
            nudge(Direction::Down, NudgeStep::Big).shortcut_text(&ctx),
            "Shift+Down"
        );
    }
}
