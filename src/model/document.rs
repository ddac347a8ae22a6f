//! A session being edited: the one path every edit takes, with undo, redo and the dirty flag.

use super::edit::Edit;
use super::session::Session;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// How many undo steps are kept; older ones are dropped.
const UNDO_LIMIT: usize = 200;

/// Tells `Document::apply` whether an edit starts a new undo step or joins the last one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoStep {
    /// This edit is its own undo step.
    New,
    /// Join the previous edit if it carried the same key (one drag, one text field's typing).
    Merge(u64),
}

/// A state of the session for undo and redo. Shared, not copied: the session is copied only
/// when an edit changes a state someone else still holds (copy on write).
#[derive(Clone)]
struct Snapshot {
    session: Arc<Session>,
    revision: u64,
}

/// The session under edit. Every change goes through [`Document::apply`], so undo,
/// the unsaved marker and autosave cannot drift apart.
#[derive(Clone)]
pub struct Document {
    /// Shared with undo steps and with jobs (saves, autosaves, exports) that hold a snapshot.
    session: Arc<Session>,
    revision: u64,
    /// The revision at which the session last changed by more than actors moving (on the
    /// map or on the spectrum).
    shape_revision: u64,
    saved_revision: u64,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    merge_key: Option<u64>,
    /// Which document this is: set when it is made, kept through every edit.
    lineage: u64,
}

impl Document {
    /// A document holding `session`, considered saved as it is.
    pub fn new(session: Session) -> Self {
        let revision = fresh_revision();
        Self {
            session: Arc::new(session),
            revision,
            shape_revision: revision,
            saved_revision: revision,
            undo: Vec::new(),
            redo: Vec::new(),
            merge_key: None,
            lineage: revision,
        }
    }

    /// A document holding `session` that has never been saved where it belongs (recovered
    /// work): it counts as unsaved until the user saves it.
    pub fn new_unsaved(session: Session) -> Self {
        let mut doc = Self::new(session);
        doc.saved_revision = u64::MAX;
        doc
    }

    /// Which document this is: no two documents made in one process share it, and edits,
    /// undo and peers' changes keep it (a share belongs to one document).
    pub fn lineage(&self) -> u64 {
        self.lineage
    }

    /// The session as it is now.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The session as it is now, shared: taking it copies nothing, so a job can take it on
    /// the UI thread for free; the next edit copies the session if the job still holds it.
    pub fn shared(&self) -> Arc<Session> {
        Arc::clone(&self.session)
    }

    /// A number that changes whenever the session does (also on undo), for caches: no two
    /// documents of one process share a revision, so an equal revision is the same session.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The revision at which the session last changed by anything but actors moving on the
    /// power map or the spectrum (an undo or a redo counts as any change): while it stays
    /// equal, every change since was a move, so a picture of a view's other parts, names and
    /// lines is still true for every actor that did not move (a drag's unmoving part).
    pub fn shape_revision(&self) -> u64 {
        self.shape_revision
    }

    /// Whether there are changes since the last save.
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Count the session as unsaved although it did not change (its file must be rewritten,
    /// as when a lock is added or removed).
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = u64::MAX;
    }

    /// Record that the session as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_revision = self.revision;
    }

    /// Apply an edit, recording an undo step unless it merges with the previous one.
    /// Returns whether the session changed.
    pub fn apply(&mut self, edit: Edit, step: UndoStep) -> bool {
        let merges = matches!(step, UndoStep::Merge(key) if self.merge_key == Some(key));
        // A merging edit (each frame of a drag) keeps the step's first snapshot: copying a
        // map of thousands of actors every frame would be wasted.
        let before = (!merges).then(|| self.snapshot());
        let only_moves = matches!(edit, Edit::MoveActors(_) | Edit::PlaceOnSpectrum(_));
        if !Arc::make_mut(&mut self.session).apply(edit) {
            return false;
        }
        if let Some(before) = before {
            self.undo.push(before);
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.merge_key = match step {
            UndoStep::Merge(key) => Some(key),
            UndoStep::New => None,
        };
        self.redo.clear();
        self.revision = fresh_revision();
        if !only_moves {
            self.shape_revision = self.revision;
        }
        true
    }

    /// Show the session as other people's edits made it (a shared session): no undo step is
    /// recorded, as undo is then each person's own (kept by the share, not here).
    pub fn replace_shared(&mut self, session: Arc<Session>) {
        let moved_only = same_but_places(&self.session, &session);
        self.session = session;
        self.revision = fresh_revision();
        if !moved_only {
            self.shape_revision = self.revision;
        }
    }

    /// Forget every undo and redo step: when a share begins or ends, the steps kept here
    /// would bring back other people's edits or take them away.
    pub fn forget_history(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.merge_key = None;
    }

    /// Whether the last edit may be joined by the next (a drag or a typing run under way).
    pub fn is_merging(&self) -> bool {
        self.merge_key.is_some()
    }

    /// End any merging run, so the next edit starts a new undo step (end of a drag, focus lost).
    pub fn close_undo_step(&mut self) {
        self.merge_key = None;
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Go back one step. Returns whether anything was undone.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        let current = self.snapshot();
        self.redo.push(current);
        self.restore(previous);
        true
    }

    /// Go forward one undone step. Returns whether anything was redone.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let current = self.snapshot();
        self.undo.push(current);
        self.restore(next);
        true
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            session: Arc::clone(&self.session),
            revision: self.revision,
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.session = snapshot.session;
        self.revision = snapshot.revision;
        self.shape_revision = fresh_revision();
        self.merge_key = None;
    }
}

/// Whether `b` differs from `a` only in where actors stand (on the map or the spectrum), as
/// after `MoveActors` and `PlaceOnSpectrum`: the drag's lifted picture stays true then (see
/// [`Document::shape_revision`]).
fn same_but_places(a: &Session, b: &Session) -> bool {
    let same_actors = a.actors.len() == b.actors.len()
        && a.actors.iter().zip(&b.actors).all(|(x, y)| {
            x == y || {
                let mut unmoved = y.clone();
                unmoved.position = x.position;
                unmoved.spectrum = x.spectrum;
                unmoved == *x
            }
        });
    same_actors && a.relationships == b.relationships && a.same_besides_records(b)
}

/// A revision no document of this process had before: a document opened after another
/// must not look like the same session to a cache keyed on revisions.
fn fresh_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position};

    fn doc_with_actor() -> (Document, crate::model::ActorId) {
        let mut session = Session::default();
        let actor = Actor::new("Mayor", Position::CENTER);
        let id = actor.id.clone();
        session.actors.push(actor);
        (Document::new(session), id)
    }

    #[test]
    fn a_revision_names_one_session_even_across_documents() {
        let (mut first, id) = doc_with_actor();
        let opened = first.revision();
        let (second, _) = doc_with_actor();
        // A map opened after another is another session, whatever it holds.
        assert_ne!(second.revision(), opened);
        first.apply(
            Edit::MoveActors(vec![(id, Position::clamped(0.3, 0.3))]),
            UndoStep::New,
        );
        let moved = first.revision();
        assert!(![opened, second.revision()].contains(&moved));
        // Undo brings back the session, and with it its revision.
        first.undo();
        assert_eq!(first.revision(), opened);
        assert!(!first.is_dirty());
    }

    #[test]
    fn the_shape_revision_holds_while_only_actors_move() {
        let (mut doc, id) = doc_with_actor();
        let shape = doc.shape_revision();
        doc.apply(
            Edit::MoveActors(vec![(id, Position::clamped(0.3, 0.3))]),
            UndoStep::Merge(1),
        );
        assert_eq!(doc.shape_revision(), shape);
        assert_ne!(doc.revision(), shape);
        let mut renamed = doc.session().actors[0].clone();
        renamed.name = "Mayor Varga".into();
        doc.apply(Edit::UpdateActor(renamed), UndoStep::New);
        let renamed = doc.shape_revision();
        assert_ne!(renamed, shape);
        // Undo may bring back anything: it counts as a change of shape.
        doc.undo();
        assert!(![shape, renamed].contains(&doc.shape_revision()));
    }

    #[test]
    fn one_drag_is_one_undo_step() {
        let (mut doc, id) = doc_with_actor();
        for step in 1..=10 {
            let pos = Position::clamped(step as f32 / 10.0, 0.5);
            doc.apply(
                Edit::MoveActors(vec![(id.clone(), pos)]),
                UndoStep::Merge(7),
            );
        }
        doc.close_undo_step();
        assert!(doc.is_dirty());
        assert!(doc.undo());
        assert!(!doc.can_undo());
        assert_eq!(doc.session().actors[0].position, Position::CENTER);
        assert!(
            !doc.is_dirty(),
            "undoing back to the saved state clears the marker"
        );
        assert!(doc.redo());
        assert_eq!(doc.session().actors[0].position.support, 1.0);
        assert!(doc.is_dirty());
    }

    #[test]
    fn separate_edits_are_separate_steps_and_new_edits_clear_redo() {
        let (mut doc, id) = doc_with_actor();
        doc.apply(
            Edit::MoveActors(vec![(id.clone(), Position::clamped(0.5, 0.5))]),
            UndoStep::New,
        );
        doc.apply(
            Edit::MoveActors(vec![(id.clone(), Position::clamped(0.7, 0.5))]),
            UndoStep::New,
        );
        doc.undo();
        assert!(doc.can_redo());
        doc.apply(
            Edit::MoveActors(vec![(id, Position::clamped(-0.7, 0.5))]),
            UndoStep::New,
        );
        assert!(!doc.can_redo());
        assert!(doc.undo() && doc.undo() && !doc.undo());
    }

    #[test]
    fn edits_that_change_nothing_leave_no_step() {
        let (mut doc, id) = doc_with_actor();
        assert!(!doc.apply(
            Edit::MoveActors(vec![(id, Position::CENTER)]),
            UndoStep::New
        ));
        assert!(!doc.can_undo());
        assert!(!doc.is_dirty());
    }

    #[test]
    fn saving_then_editing_marks_dirty_again() {
        let (mut doc, id) = doc_with_actor();
        doc.apply(
            Edit::MoveActors(vec![(id.clone(), Position::clamped(0.5, 0.5))]),
            UndoStep::New,
        );
        doc.mark_saved();
        assert!(!doc.is_dirty());
        doc.undo();
        assert!(doc.is_dirty(), "the file on disk holds the moved actor");
    }
}
