//! Co-editing in the window: File > Share on this network and File > Join a shared session
//! (`dialog`), the share bar (`bar`), other people's selections on the views (`presence`),
//! and here what ties the share to the app: it is polled at the end of every frame with the
//! session as the frame left it, undo and redo become each person's own while it runs, and
//! it ends when another session is opened in the window.

mod apart;
mod bar;
mod dialog;
mod heard;
pub mod presence;

pub use apart::{ApartAnswer, ApartDialog};
pub use dialog::{Announce, DialogAnswer, JoinDialog, ShareDialog, ShareRequest};

use super::PowermapApp;
use super::files::PendingAction;
use super::modal::Modal;
use crate::model::{Document, Edit, Session, UndoStep};
use crate::share::{Announcement, Mirror, Notice, PlacedApart, Presence, Sharing, Standing};
use crate::words;
use bar::{BarAction, BarFacts};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a notice stays on the share bar.
const NOTICE_FOR: Duration = Duration::from_secs(12);

/// A share while it runs.
pub struct OpenShare {
    sharing: Sharing,
    /// The document the share belongs to (`Document::lineage`): when another is opened in
    /// the window, the share ends instead of sending it to the others.
    lineage: u64,
    /// A joiner still waiting for the shared session.
    awaiting: bool,
    /// The other people and their selections, as of the last poll.
    others: Vec<Presence>,
    notice: Option<(String, Instant)>,
    /// Records from peers not read so far, as last told.
    refused: usize,
    /// The selection as the others were last told it.
    told_selection: std::collections::HashSet<crate::model::ActorId>,
    /// Actors moved to different places here and on another laptop while apart, not
    /// reviewed yet (the share bar offers the list).
    apart: Vec<PlacedApart>,
    /// The share's announcement on the network, if the sharer chose one; it ends with the
    /// share.
    _announcement: Option<Announcement>,
}

impl OpenShare {
    /// The other people and their selections, for the views.
    pub fn others(&self) -> &[Presence] {
        &self.others
    }
}

/// Whether Edit > Undo has something to take back: this person's edits while shared.
pub(super) fn can_undo(share: Option<&OpenShare>, doc: &Document) -> bool {
    share.map_or_else(|| doc.can_undo(), |s| s.sharing.can_undo())
}

/// Whether Edit > Redo has something to do again.
pub(super) fn can_redo(share: Option<&OpenShare>, doc: &Document) -> bool {
    share.map_or_else(|| doc.can_redo(), |s| s.sharing.can_redo())
}

/// The other people and their selections while a share runs, for the views and commands.
pub(super) fn others(share: Option<&OpenShare>) -> Option<&[Presence]> {
    share.map(OpenShare::others)
}

/// What the share's threads call when something arrives: a frame, to take it in.
fn wake(ctx: Option<&egui::Context>) -> Arc<dyn Fn() + Send + Sync> {
    let ctx = ctx.cloned();
    Arc::new(move || {
        if let Some(ctx) = &ctx {
            ctx.request_repaint();
        }
    })
}

impl PowermapApp {
    /// Whether a session is shared or joined in this window.
    pub fn is_sharing(&self) -> bool {
        self.share.is_some()
    }

    /// Where the share listens (or, joined, whom it reaches), if one runs.
    pub fn share_address(&self) -> Option<std::net::SocketAddr> {
        self.share.as_ref().map(|s| s.sharing.address())
    }

    /// How the share stands, if one runs.
    pub fn share_standing(&self) -> Option<Standing> {
        self.share.as_ref().map(|s| s.sharing.standing())
    }

    /// File > Share on this network.
    pub(super) fn open_share_dialog(&mut self) {
        let dialog = ShareDialog::new(dialog::system_user_name(), crate::room::listen_choices());
        self.modal = Some(Modal::Share(Box::new(dialog)));
    }

    /// File > Join a shared session.
    pub(super) fn open_join_dialog(&mut self) {
        let has_history = self
            .path
            .as_deref()
            .is_some_and(|path| crate::storage::sidecar_path(path).exists());
        let dialog = JoinDialog::new(dialog::system_user_name(), has_history, self.discovery);
        self.modal = Some(Modal::Join(Box::new(dialog)));
    }

    /// Draw the share dialog; start sharing when asked.
    pub(super) fn show_share_dialog(&mut self, ctx: &egui::Context, mut dialog: ShareDialog) {
        match dialog.show(ctx) {
            DialogAnswer::Stay => {}
            DialogAnswer::Cancel => return,
            DialogAnswer::Go(request) => match self.start_sharing(&request) {
                Ok(()) => return,
                Err(error) => dialog.say(error),
            },
        }
        if self.modal.is_none() {
            self.modal = Some(Modal::Share(Box::new(dialog)));
        }
    }

    /// Share the session on screen as `request` asks.
    pub fn start_sharing(&mut self, request: &ShareRequest) -> Result<(), String> {
        let failed = |e: &dyn std::fmt::Display| {
            words::ui().with("share-failed", &[("reason", &e.to_string())])
        };
        // A history kept beside the file goes on: laptops that kept it too merge their copies.
        let mirror = match self.kept_history() {
            Some(mirror) => mirror,
            None => Mirror::create(self.doc.session()).map_err(|e| failed(&e))?,
        };
        let sharing = Sharing::share_from(
            mirror,
            request.address,
            &request.passphrase,
            request.me.clone(),
            wake(self.ui_context.as_ref()),
        )
        .map_err(|e| failed(&e))?;
        self.doc.forget_history();
        let announcement = self.announce(request.announce, sharing.address());
        self.share = Some(OpenShare {
            sharing,
            lineage: self.doc.lineage(),
            awaiting: false,
            others: Vec::new(),
            notice: None,
            refused: 0,
            told_selection: std::collections::HashSet::new(),
            apart: Vec::new(),
            _announcement: announcement,
        });
        Ok(())
    }

    /// Draw the join dialog; join (after the unsaved-work question) when asked.
    pub(super) fn show_join_dialog(&mut self, ctx: &egui::Context, mut dialog: JoinDialog) {
        match dialog.show(ctx) {
            DialogAnswer::Stay => {}
            DialogAnswer::Cancel => return,
            // Joining with the copy open here replaces nothing: no question to ask first.
            DialogAnswer::Go(request) if request.with_my_copy => {
                self.start_joining(&request);
                return;
            }
            DialogAnswer::Go(request) => {
                self.request(PendingAction::JoinShare(Box::new(request)));
                return;
            }
        }
        if self.modal.is_none() {
            self.modal = Some(Modal::Join(Box::new(dialog)));
        }
    }

    /// Join the share `request` names; the session on screen is replaced when the shared
    /// one arrives (the unsaved-work question was asked before).
    pub fn start_joining(&mut self, request: &ShareRequest) {
        self.share = None;
        let mine = if request.with_my_copy {
            self.kept_history()
        } else {
            None
        };
        let awaiting = mine.is_none();
        let sharing = Sharing::join_with(
            mine,
            request.address,
            &request.passphrase,
            request.me.clone(),
            wake(self.ui_context.as_ref()),
        );
        if !awaiting {
            self.doc.forget_history();
        }
        let announcement = None;
        self.share = Some(OpenShare {
            sharing,
            lineage: self.doc.lineage(),
            awaiting,
            others: Vec::new(),
            notice: None,
            refused: 0,
            told_selection: std::collections::HashSet::new(),
            apart: Vec::new(),
            _announcement: announcement,
        });
    }

    /// Announce the share listening at `address` as the user chose; the status says how it
    /// went (a share that cannot be announced still runs: the others type the address).
    fn announce(
        &mut self,
        announce: Announce,
        address: std::net::SocketAddr,
    ) -> Option<Announcement> {
        let title = match announce {
            Announce::Not => return None,
            Announce::WithoutTitle => None,
            Announce::WithTitle => Some(self.doc.session().campaign.title.clone())
                .filter(|title| !title.trim().is_empty()),
        };
        let address_text = address.to_string();
        let code = announcement_code();
        match Announcement::start(self.discovery, address, title.as_deref(), &code) {
            Ok(announcement) => {
                self.status = words::ui().with(
                    "share-announced",
                    &[("address", &address_text), ("name", announcement.name())],
                );
                Some(announcement)
            }
            Err(error) => {
                self.status = words::ui().with(
                    "share-announce-failed",
                    &[("address", &address_text), ("reason", &error.to_string())],
                );
                None
            }
        }
    }

    /// The engine's document of an earlier share, from the history beside the open file,
    /// brought up to the session on screen. `None` (and the status says why) when there is
    /// none or it cannot be read.
    fn kept_history(&mut self) -> Option<Mirror> {
        let path = self.path.clone()?;
        let read = crate::storage::read_sidecar(&path, self.lock.as_ref())
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                bytes
                    .map(|bytes| Mirror::resume(&bytes, self.doc.session()))
                    .transpose()
                    .map_err(|e| e.to_string())
            });
        match read {
            Ok(mirror) => mirror,
            Err(reason) => {
                self.status = words::ui().with("share-history-unreadable", &[("reason", &reason)]);
                None
            }
        }
    }

    /// The engine's whole document while a share runs, to keep beside the file on save.
    pub(super) fn share_history(&self) -> Option<Vec<u8>> {
        self.share
            .as_ref()
            .filter(|s| !s.awaiting)
            .and_then(|s| s.sharing.snapshot())
    }

    /// Stop sharing; the session stays open here as it is.
    pub fn stop_sharing(&mut self) {
        if self.share.take().is_some() {
            self.doc.forget_history();
            words::ui()
                .get("share-stopped")
                .clone_into(&mut self.status);
        }
    }

    /// Send this frame's edits and take in the others': at the end of every frame.
    pub(super) fn poll_share(&mut self, ctx: &egui::Context) {
        let Some(open) = &mut self.share else {
            return;
        };
        if open.lineage != self.doc.lineage() {
            // Another session was opened in this window: it is not the shared one.
            self.share = None;
            self.doc.forget_history();
            words::ui()
                .get("share-ends-with-file")
                .clone_into(&mut self.status);
            return;
        }
        let current = self.doc.shared();
        let changed = open.sharing.poll(&current, self.doc.is_merging());
        // Told the others only when it changed: ordering a selection costs a pass over
        // every actor, too much for each frame of a drag on a large map.
        if *self.selection.ids() != open.told_selection {
            open.told_selection.clone_from(self.selection.ids());
            let selection = self.selection.in_session_order(self.doc.session());
            open.sharing.set_selection(&selection);
        }
        open.others = open.sharing.others().cloned().collect();
        let notices = open.sharing.take_notices();
        let refused = open.sharing.refused();
        if let Some(wait) = open.sharing.waiting_to_send() {
            ctx.request_repaint_after(wait);
        }
        if let Some(wait) = open.sharing.waiting_to_redial() {
            ctx.request_repaint_after(wait + Duration::from_millis(10));
        }
        let awaiting = open.awaiting;
        open.awaiting = awaiting && changed.is_none();
        if let Some(session) = changed {
            if awaiting {
                self.take_joined_session(&session);
            } else {
                self.doc.replace_shared(session);
                self.selection.retain_existing(self.doc.session());
            }
            ctx.request_repaint();
        }
        self.tell_notices(notices, refused);
    }

    fn take_joined_session(&mut self, session: &Arc<Session>) {
        self.replace_session((**session).clone(), None);
        self.doc.forget_history();
        if let Some(open) = &mut self.share {
            open.lineage = self.doc.lineage();
            let address = open.sharing.address().to_string();
            self.status = words::ui().with("share-joined", &[("address", &address)]);
        }
    }

    fn tell_notices(&mut self, notices: Vec<Notice>, refused: usize) {
        let Some(open) = &mut self.share else {
            return;
        };
        let say = words::ui();
        for notice in notices {
            let text = match notice {
                Notice::MovedTogether { actor, by, .. } => {
                    let name = self
                        .doc
                        .session()
                        .actor(&actor)
                        .map(|a| a.name.clone())
                        .unwrap_or_default();
                    let who = by.unwrap_or_else(|| say.get("share-someone").to_owned());
                    say.with("share-moved-together", &[("who", &who), ("actor", &name)])
                }
                Notice::Refused(_) => say.get("share-refused-peer").to_owned(),
                Notice::PlacedApart(listed) => {
                    // A later meeting's list of the same actor replaces the earlier one.
                    open.apart
                        .retain(|old| listed.iter().all(|new| new.here.id != old.here.id));
                    open.apart.extend(listed);
                    say.counted("share-placed-apart", open.apart.len())
                }
            };
            open.notice = Some((text, Instant::now()));
        }
        if refused > open.refused {
            open.refused = refused;
            open.notice = Some((say.counted("share-unreadable", refused), Instant::now()));
        }
    }

    /// Draw the list of actors moved on both sides while apart; keep the places chosen.
    pub(super) fn show_apart_dialog(&mut self, ctx: &egui::Context, mut dialog: ApartDialog) {
        match dialog.show(ctx) {
            ApartAnswer::Stay => {
                if self.modal.is_none() {
                    self.modal = Some(Modal::PlacedApart(Box::new(dialog)));
                }
            }
            ApartAnswer::Keep => {
                if let Some(next) = dialog.chosen(self.doc.session()) {
                    self.doc
                        .apply(Edit::ReplaceSession(Box::new(next)), UndoStep::New);
                }
            }
            ApartAnswer::Later => {
                if let Some(open) = &mut self.share {
                    let mut listed = dialog.into_listed();
                    listed.retain(|old| open.apart.iter().all(|new| new.here.id != old.here.id));
                    open.apart.splice(0..0, listed);
                }
            }
        }
    }

    /// Edit > Undo while shared: this person's last edit, never another's.
    pub(super) fn undo_shared(&mut self) -> bool {
        let Some(open) = self.share.as_mut().filter(|s| !s.awaiting) else {
            return false;
        };
        if let Some(session) = open.sharing.undo() {
            self.doc.replace_shared(session);
        }
        true
    }

    /// Edit > Redo while shared.
    pub(super) fn redo_shared(&mut self) -> bool {
        let Some(open) = self.share.as_mut().filter(|s| !s.awaiting) else {
            return false;
        };
        if let Some(session) = open.sharing.redo() {
            self.doc.replace_shared(session);
        }
        true
    }

    /// The share bar at the bottom of the window, while a share runs.
    pub(super) fn share_bar(&mut self, ui: &mut egui::Ui) {
        let presenting = self.view.is_presenting();
        let Some(open) = &mut self.share else {
            return;
        };
        if open
            .notice
            .as_ref()
            .is_some_and(|(_, at)| at.elapsed() > NOTICE_FOR)
        {
            open.notice = None;
        }
        let connections = if open.sharing.is_sharer() {
            open.sharing.connections()
        } else {
            Vec::new()
        };
        let facts = BarFacts {
            standing: open.sharing.standing(),
            address: open.sharing.address(),
            others: &open.others,
            connections: &connections,
            notice: open.notice.as_ref().map(|(text, _)| text.as_str()),
            apart: open.apart.len(),
            presenting,
        };
        let action = egui::Panel::bottom("share")
            .show(ui, |ui| bar::share_bar(ui, &facts))
            .inner;
        match action {
            Some(BarAction::Remove(id)) => open.sharing.remove(id),
            Some(BarAction::Stop) => self.stop_sharing(),
            Some(BarAction::ReviewApart) => {
                let listed = std::mem::take(&mut open.apart);
                let dialog = ApartDialog::new(listed, self.doc.session());
                self.modal = Some(Modal::PlacedApart(Box::new(dialog)));
            }
            None => {}
        }
    }
}

/// Four random letters and digits that tell shares apart on the network (without the
/// letters and digits people mix up).
fn announcement_code() -> String {
    const SIGNS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 4];
    // Without the system's generator the code is less unlikely to repeat, nothing worse.
    let _ = getrandom::fill(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(SIGNS[usize::from(*b) % SIGNS.len()]))
        .collect()
}
