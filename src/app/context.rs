//! What a panel is given for one frame, in the spirit of egui's demo `View`s: the session to
//! read, the selection, how the session is looked at, and an outbox for everything else it
//! wants done. `PowermapApp` builds the context, lets each panel draw, and then applies the
//! outbox in one place, so no panel reaches into the app and a panel can be tested alone.

use super::commands::Command;
use super::dialogs::Dialog;
use super::files::PendingAction;
use super::selection::Selection;
use super::view_state::ViewState;
use crate::model::{Edit, Session, UndoStep};
use crate::words::Words;
use std::borrow::Cow;

/// A change to how the session is looked at, applied after the panels drew.
pub type ViewChange = Box<dyn FnOnce(&mut ViewState)>;

/// What a panel sees and may change during one frame.
pub struct PanelContext<'a> {
    /// The session as it is now; panels change it only by sending edits.
    pub session: &'a Session,
    /// The selected actors; a panel may select others right away.
    pub selection: &'a mut Selection,
    /// How the session is looked at; changes go through `out.change_view`.
    pub view: &'a ViewState,
    /// The file the session belongs to, its state and its history.
    pub facts: AppFacts<'a>,
    /// Everything else the panel wants done.
    pub out: &'a mut Outbox,
}

impl<'a> PanelContext<'a> {
    /// The words of the session's language: what the map and the side panels say of it.
    pub fn words(&self) -> &'static Words {
        Words::for_session(self.session)
    }

    /// Whether `command` can run now (a disabled menu entry or button otherwise).
    pub fn enabled(&self, command: Command) -> bool {
        super::dispatch::command_enabled(
            command,
            self.session,
            self.selection,
            self.view,
            &self.facts,
        )
    }

    /// The session as lists and counts may show it: while a reveal runs, only the actors
    /// revealed so far.
    pub fn listed(&self) -> Cow<'a, Session> {
        self.view.listed(self.session)
    }
}

/// What panels may know of the file and the session's history: read-only facts.
#[derive(Clone, Copy)]
pub struct AppFacts<'a> {
    /// Whether the session is locked with a passphrase.
    pub locked: bool,
    /// The sessions opened lately, newest first.
    pub recent: &'a [std::path::PathBuf],
    /// Whether there is an edit to undo.
    pub can_undo: bool,
    /// Whether there is an undone edit to redo.
    pub can_redo: bool,
    /// The session's revision (`Document::revision`): an equal revision is the same
    /// session, so a view may draw again what it drew from it. `None` where the session
    /// has none (a panel drawn alone in a test): nothing is reused then.
    pub revision: Option<u64>,
    /// The revision at which the session last changed by more than actors moving
    /// (`Document::shape_revision`); `None` where `revision` is.
    pub shape_revision: Option<u64>,
    /// While the session is shared with other laptops (or being joined): the other people
    /// and what they have selected.
    pub share: Option<&'a [crate::share::Presence]>,
}

/// What the panels asked for during a frame, applied by the app in one place.
#[derive(Default)]
pub struct Outbox {
    /// Edits of the session, in order, with how each joins the undo history.
    pub(super) edits: Vec<(Edit, UndoStep)>,
    /// Whether the undo step under way ends after this frame's edits (a drag or typing ended).
    pub(super) close_undo_step: bool,
    /// Commands, as if chosen from the menu.
    pub(super) commands: Vec<Command>,
    /// The status bar's new message.
    pub(super) status: Option<String>,
    /// A modal dialog to show.
    pub(super) dialog: Option<Dialog>,
    /// File actions (open, new, an example), asked for as the menu would.
    pub(super) file_actions: Vec<PendingAction>,
    /// Changes to how the session is looked at.
    pub(super) view_changes: Vec<ViewChange>,
}

impl Outbox {
    /// Change the session; the edit is its own undo step.
    pub fn edit(&mut self, edit: Edit) {
        self.edits.push((edit, UndoStep::New));
    }

    /// Change the session; edits with the same `key` in a row are undone together (typing,
    /// dragging).
    pub fn edit_merging(&mut self, edit: Edit, key: u64) {
        self.edits.push((edit, UndoStep::Merge(key)));
    }

    /// End the undo step under way after this frame's edits.
    pub fn close_undo_step(&mut self) {
        self.close_undo_step = true;
    }

    /// Run a command, as if its menu entry was chosen.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Say something in the status bar.
    pub fn status(&mut self, message: impl Into<String>) {
        self.status = Some(message.into());
    }

    /// Show a modal dialog.
    pub fn open(&mut self, dialog: Dialog) {
        self.dialog = Some(dialog);
    }

    /// Open a file, start a new session or open an example, asking first if work is unsaved.
    pub fn request(&mut self, action: PendingAction) {
        self.file_actions.push(action);
    }

    /// Change how the session is looked at, after the panels drew this frame.
    pub fn change_view(&mut self, change: impl FnOnce(&mut ViewState) + 'static) {
        self.view_changes.push(Box::new(change));
    }

    /// Whether nothing was asked for.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
            && !self.close_undo_step
            && self.commands.is_empty()
            && self.status.is_none()
            && self.dialog.is_none()
            && self.file_actions.is_empty()
            && self.view_changes.is_empty()
    }
}

/// What a context is made of, for drawing one panel alone in a test, with no app around it.
#[cfg(test)]
#[derive(Default)]
pub(super) struct Detached {
    /// The session the panel reads.
    pub session: Session,
    /// The selection it may change.
    pub selection: Selection,
    /// How the session is looked at.
    pub view: ViewState,
    /// What the panel asked for.
    pub out: Outbox,
    /// The session's revision, if the test keeps one (it must change it with the session).
    pub revision: Option<u64>,
    /// The revision of the last change that was more than a move, if the test keeps it
    /// apart; else every change counts as one.
    pub shape_revision: Option<u64>,
}

#[cfg(test)]
impl Detached {
    /// A context over these parts: no lock, no recent files, no history.
    pub fn context(&mut self) -> PanelContext<'_> {
        PanelContext {
            session: &self.session,
            selection: &mut self.selection,
            view: &self.view,
            facts: AppFacts {
                locked: false,
                recent: &[],
                can_undo: false,
                can_redo: false,
                revision: self.revision,
                shape_revision: self.shape_revision.or(self.revision),
                share: None,
            },
            out: &mut self.out,
        }
    }
}
