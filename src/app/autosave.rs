//! Autosave: a few quiet seconds after the last edit, unsaved work goes to the recovery
//! folder; at start, work found there is offered back.

use super::PowermapApp;
use super::dialogs::Dialog;
use super::jobs::JobKind;
use crate::model::Document;
use crate::storage::{HeldSlot, Recovery, RecoverySlots, SaveError, SecretString, describe_time};
use crate::words;
use std::time::{Duration, Instant};

/// How long the session must stay unchanged before it is autosaved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);

/// The autosave state of the app.
pub struct Autosave {
    /// This app's own slot; `None` when the recovery folder cannot be written.
    own: Option<HeldSlot>,
    /// The revision last written to the recovery folder, and whether that copy was locked: a
    /// lock set or removed since makes the copy out of date even with no edit.
    written: Option<(u64, bool)>,
    /// The revision seen last frame and when it first appeared.
    seen: (u64, Instant),
    /// An autosave failure was already reported (say it once, not every few seconds).
    failure_reported: bool,
    /// Work left by apps that are gone, newest first; the first is the one being offered.
    pub pending: Vec<(HeldSlot, Recovery)>,
}

impl Autosave {
    /// Autosave into a new slot of `slots`, picking up any work left there by a crash.
    pub fn new(slots: &RecoverySlots) -> Self {
        let pending = slots.orphans();
        let own = slots.claim().ok();
        Self {
            failure_reported: own.is_none(),
            own,
            written: None,
            seen: (u64::MAX, Instant::now()),
            pending,
        }
    }

    /// Why autosave is off, if it is.
    pub fn unavailable(&self) -> Option<&'static str> {
        self.own.is_none().then(|| words::ui().get("autosave-off"))
    }
}

impl PowermapApp {
    /// Offer work left by a crash, if any (at start, and after the previous offer was
    /// discarded).
    pub(super) fn offer_recovery(&mut self) {
        let Some(autosave) = self.autosave.as_ref() else {
            return;
        };
        if let Some(reason) = autosave.unavailable() {
            reason.clone_into(&mut self.status);
        }
        let Some((_, recovery)) = autosave.pending.first() else {
            return;
        };
        self.ask(Dialog::Recover {
            saved_at: describe_time(recovery.saved_at),
            original: recovery.original.clone(),
            passphrase: recovery.locked.then(String::new),
            error: None,
        });
    }

    /// Put the recovered work on the canvas, unsaved, still belonging to its file. A locked
    /// copy needs its passphrase; a wrong one is said in the dialog, which stays.
    pub(super) fn recover(&mut self, passphrase: Option<SecretString>) -> Result<(), String> {
        // Recovered work replaces the session: whatever is being written of it lands first.
        self.wait_for_writes();
        let Some(autosave) = self.autosave.as_mut() else {
            return Ok(());
        };
        let Some((slot, recovery)) = autosave.pending.first() else {
            return Ok(());
        };
        let session = match (&recovery.session, &passphrase) {
            (Some(session), _) => session.clone(),
            (None, Some(passphrase)) => {
                slot.store().unlock(passphrase).map_err(|e| e.to_string())?
            }
            (None, None) => return Err(words::ui().get("recover-needs-passphrase").to_owned()),
        };
        let (slot, recovery) = autosave.pending.remove(0);
        let lock = if recovery.locked { passphrase } else { None };
        // The work moves into this app's own slot before the old slot goes, so that a crash
        // right now still leaves it somewhere.
        let moved = autosave.own.as_ref().is_some_and(|own| {
            own.store()
                .write(&session, recovery.original.as_deref(), lock.as_ref())
                .is_ok()
        });
        if moved {
            slot.remove();
        }
        let waiting = autosave.pending.len();
        // Later offers would replace this work on the canvas: leave them for the next start.
        autosave.pending.clear();
        self.doc = Document::new_unsaved(session);
        self.path = recovery.original;
        self.lock = lock;
        self.selection = super::Selection::default();
        self.status = match waiting {
            0 => words::ui().get("recover-done").to_owned(),
            n => words::ui().counted("recover-done-more", n),
        };
        Ok(())
    }

    /// Throw the recovered work away, as the user asked.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(autosave) = self.autosave.as_mut()
            && !autosave.pending.is_empty()
        {
            let (slot, _) = autosave.pending.remove(0);
            slot.remove();
        }
        self.offer_recovery();
    }

    /// Forget autosaved work that the user chose not to keep (quit without saving), and stop
    /// autosaving: discarded means gone, so no later tick may write it again.
    pub(super) fn discard_autosave(&mut self) {
        // A write under way would bring the files back after they were removed.
        self.wait_for(JobKind::Autosave);
        if let Some(autosave) = self.autosave.as_mut() {
            if let Some(own) = autosave.own.take() {
                own.remove();
            }
            autosave.written = None;
        }
    }

    /// Bring the autosaved copy in line with a lock just set or removed, at once: a plaintext
    /// copy of a session that is now locked must not wait for the next quiet moment (a crash
    /// then would leave it readable). If the locked copy cannot be written, the plaintext one
    /// goes anyway. The write is a job, after any autosave under way, so it is the last word.
    pub(super) fn autosave_lock_changed(&mut self) {
        self.wait_for(JobKind::Autosave);
        let Some(autosave) = self.autosave.as_ref() else {
            return;
        };
        // Whether or not this app wrote a copy yet (recovered work sits in the slot too).
        let Some(own) = &autosave.own else {
            return;
        };
        let store = own.store().clone();
        let (session, path, lock) = (self.doc.shared(), self.path.clone(), self.lock.clone());
        let written = (self.doc.revision(), lock.is_some());
        let what = words::ui().get("job-autosaving").to_owned();
        self.jobs.start(JobKind::Autosave, what, move |_| {
            let result = store.write(&session, path.as_deref(), lock.as_ref());
            if result.is_err() {
                store.clear();
            }
            Box::new(move |app: &mut PowermapApp| {
                let Some(autosave) = app.autosave.as_mut() else {
                    return;
                };
                match result {
                    Ok(()) => autosave.written = Some(written),
                    Err(error) => {
                        autosave.written = None;
                        app.status =
                            words::ui().with("autosave-failed", &[("error", &error.to_string())]);
                    }
                }
            })
        });
    }

    /// Write unsaved work after a quiet moment, as a job with a copy of the session (a locked
    /// one pays scrypt, a tenth of a second, which no frame can spare); clear it once the
    /// session is saved.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        if self.jobs.busy(JobKind::Autosave) {
            // One write at a time, in order; the next tick after it sees what it wrote.
            return;
        }
        let dirty = self.doc.is_dirty();
        let revision = self.doc.revision();
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        let Some(own) = &autosave.own else {
            return;
        };
        if !dirty {
            if autosave.written.take().is_some() {
                own.store().clear();
            }
            return;
        }
        let locked = self.lock.is_some();
        if autosave.written == Some((revision, locked)) {
            return;
        }
        if autosave.seen.0 != revision {
            autosave.seen = (revision, Instant::now());
        }
        let quiet = autosave.seen.1.elapsed();
        if quiet < AUTOSAVE_AFTER {
            ctx.request_repaint_after(AUTOSAVE_AFTER.saturating_sub(quiet));
            return;
        }
        let store = own.store().clone();
        let (session, path, lock) = (self.doc.shared(), self.path.clone(), self.lock.clone());
        let what = words::ui().get("job-autosaving").to_owned();
        self.jobs.start(JobKind::Autosave, what, move |_| {
            let result = store.write(&session, path.as_deref(), lock.as_ref());
            Box::new(move |app: &mut PowermapApp| app.autosaved(revision, locked, result))
        });
    }

    /// Take in an autosave's result; a failure is said once, not every few seconds.
    fn autosaved(&mut self, revision: u64, locked: bool, result: Result<(), SaveError>) {
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        // Written or not, this revision is not tried again: the next edit tries anew.
        autosave.written = Some((revision, locked));
        match result {
            Ok(()) => autosave.failure_reported = false,
            Err(error) if !autosave.failure_reported => {
                autosave.failure_reported = true;
                self.status = words::ui().with("autosave-failed", &[("error", &error.to_string())]);
            }
            Err(_) => {}
        }
    }

    /// Autosave now, whatever the quiet time (for tests and before risky moments).
    pub fn autosave_now(&mut self) {
        if let Some(autosave) = self.autosave.as_mut() {
            autosave.seen = (
                self.doc.revision(),
                Instant::now()
                    .checked_sub(AUTOSAVE_AFTER)
                    .unwrap_or_else(Instant::now),
            );
        }
    }
}
