//! Autosave: a few quiet seconds after the last edit, unsaved work goes to the recovery
//! folder; at start, work found there is offered back.

use super::PowermapApp;
use super::dialogs::Dialog;
use crate::model::Document;
use crate::storage::{Recovery, RecoveryStore, SecretString, describe_time};
use std::time::{Duration, Instant};

/// How long the session must stay unchanged before it is autosaved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);

/// The autosave state of the app.
pub struct Autosave {
    store: RecoveryStore,
    /// The revision last written to the recovery folder.
    written: Option<u64>,
    /// The revision seen last frame and when it first appeared.
    seen: (u64, Instant),
    /// An autosave failure was already reported (say it once, not every few seconds).
    failure_reported: bool,
    /// Work found at start, waiting for the user to recover or discard it.
    pub pending: Option<Recovery>,
}

impl Autosave {
    /// Autosave into `store`, picking up any work left there by a crash.
    pub fn new(store: RecoveryStore) -> Self {
        let pending = store.read();
        Self {
            store,
            written: None,
            seen: (u64::MAX, Instant::now()),
            failure_reported: false,
            pending,
        }
    }
}

impl PowermapApp {
    /// Offer work left by a crash, if any (called once at start).
    pub(super) fn offer_recovery(&mut self) {
        let Some(recovery) = self.autosave.as_ref().and_then(|a| a.pending.as_ref()) else {
            return;
        };
        self.dialog = Some(Dialog::Recover {
            saved_at: describe_time(recovery.saved_at),
            original: recovery.original.clone(),
            passphrase: recovery.locked.then(String::new),
            error: None,
        });
    }

    /// Put the recovered work on the canvas, unsaved, still belonging to its file. A locked
    /// copy needs its passphrase; a wrong one is said in the dialog, which stays.
    pub(super) fn recover(&mut self, passphrase: Option<SecretString>) -> Result<(), String> {
        let Some(autosave) = self.autosave.as_mut() else {
            return Ok(());
        };
        let Some(recovery) = autosave.pending.as_ref() else {
            return Ok(());
        };
        let session = match (&recovery.session, &passphrase) {
            (Some(session), _) => session.clone(),
            (None, Some(passphrase)) => autosave
                .store
                .unlock(passphrase)
                .map_err(|e| e.to_string())?,
            (None, None) => return Err("This work was locked; type its passphrase.".to_owned()),
        };
        let Some(recovery) = autosave.pending.take() else {
            return Ok(());
        };
        self.doc = Document::new_unsaved(session);
        self.path = recovery.original;
        self.lock = if recovery.locked { passphrase } else { None };
        self.selection = super::Selection::default();
        "Recovered unsaved work. Save it to keep it.".clone_into(&mut self.status);
        Ok(())
    }

    /// Throw the recovered work away, as the user asked.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(autosave) = self.autosave.as_mut() {
            autosave.pending = None;
            autosave.store.clear();
        }
    }

    /// Forget autosaved work that the user chose not to keep (quit without saving).
    pub(super) fn clear_autosave(&mut self) {
        if let Some(autosave) = self.autosave.as_mut() {
            autosave.store.clear();
            autosave.written = None;
        }
    }

    /// Write unsaved work after a quiet moment; clear it once the session is saved.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let dirty = self.doc.is_dirty();
        let revision = self.doc.revision();
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        if autosave.pending.is_some() {
            // Never overwrite work that is still waiting to be recovered.
            return;
        }
        if !dirty {
            if autosave.written.take().is_some() {
                autosave.store.clear();
            }
            return;
        }
        if autosave.written == Some(revision) {
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
        match autosave
            .store
            .write(self.doc.session(), self.path.as_deref(), self.lock.as_ref())
        {
            Ok(()) => {
                autosave.written = Some(revision);
                autosave.failure_reported = false;
            }
            Err(error) if !autosave.failure_reported => {
                autosave.failure_reported = true;
                autosave.written = Some(revision);
                self.status = format!("Could not autosave: {error}");
            }
            Err(_) => autosave.written = Some(revision),
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
