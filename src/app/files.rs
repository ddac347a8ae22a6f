//! New, open, save, save as, recent files, dropped files, and asking before losing work.

use super::canvas::CanvasState;
use super::dialogs::Dialog;
use super::examples::EXAMPLES;
use super::file_browser::{BrowseRequest, Mode};
use super::file_dialogs::{DialogOutcome, with_json_extension};
use super::jobs::JobKind;
use super::{PowermapApp, Selection};
use crate::model::{Document, Session};
use crate::storage::{
    LoadError, Repaired, Saved, SecretString, load_file, load_file_with, load_str, repair_str,
    save_file_with, write_sidecar,
};
use crate::words::{self, Language};
use std::path::{Path, PathBuf};

/// The repaired copy of a file that is valid JSON but partly wrong, if repair can fix it.
fn repairable(path: &Path) -> Option<Repaired> {
    let text = std::fs::read_to_string(path).ok()?;
    repair_str(&text).ok()
}

/// What a file looked like on disk when we last read or wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl DiskStamp {
    /// The stamp of the file at `path` now, if it exists.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

/// Something that replaces or closes the session, and so must ask first when work is unsaved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingAction {
    /// Start a new session.
    New,
    /// Ask for a file, then open it.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open this file from the recent list; if it is gone, take it off the list.
    OpenRecent(PathBuf),
    /// Open a bundled example.
    OpenExample(usize),
    /// Join a session another laptop shares: it replaces the one on screen.
    JoinShare(Box<super::share::ShareRequest>),
    /// Close the window.
    Quit,
}

impl PendingAction {
    /// The unsaved-changes question asked before this action.
    pub fn question(&self) -> &'static str {
        let say = words::ui();
        match self {
            Self::New => say.get("dialog-confirm-new"),
            Self::Open
            | Self::OpenPath(_)
            | Self::OpenRecent(_)
            | Self::OpenExample(_)
            | Self::JoinShare(_) => say.get("dialog-confirm-open"),
            Self::Quit => say.get("dialog-confirm-quit"),
        }
    }
}

impl PowermapApp {
    /// Do `action` now, or ask first if there is unsaved work.
    pub(super) fn request(&mut self, action: PendingAction) {
        if let PendingAction::OpenRecent(path) = &action
            && !path.exists()
        {
            self.forget_recent(path);
            self.status =
                words::ui().with("menu-recent-gone", &[("path", &path.display().to_string())]);
            return;
        }
        // The room belongs to the session on screen: its answers join it before the question.
        self.close_room_first();
        if self.doc.is_dirty() {
            self.ask(Dialog::ConfirmDiscard(action));
        } else {
            self.perform(action);
        }
    }

    /// Do `action` without asking (the user already agreed, or nothing would be lost).
    pub(super) fn perform(&mut self, action: PendingAction) {
        match action {
            PendingAction::JoinShare(request) => self.start_joining(&request),
            PendingAction::New => {
                // A new session speaks the language the room has been working in.
                self.replace_session(Language::of(self.session()).new_session(), None);
                words::ui()
                    .get("file-status-new")
                    .clone_into(&mut self.status);
            }
            PendingAction::Open => match self.dialogs.pick_open(self.start_folder().as_deref()) {
                DialogOutcome::Picked(path) => self.open_path(&path),
                DialogOutcome::Cancelled => {}
                DialogOutcome::Unavailable => self.browse(BrowseRequest {
                    mode: Mode::Open,
                    title: words::ui().get("file-open-title"),
                    button: words::ui().get("file-open-button"),
                    extensions: vec!["json"],
                    start_in: self.start_folder(),
                    file_name: String::new(),
                    then: Box::new(|app, path| app.open_path(&path)),
                }),
            },
            PendingAction::OpenPath(path) | PendingAction::OpenRecent(path) => {
                self.open_path(&path);
            }
            PendingAction::OpenExample(index) => self.open_example(index),
            PendingAction::Quit => {
                // Quitting without saving was a choice: the autosaved copy goes too.
                self.discard_autosave();
                self.quit_confirmed = true;
            }
        }
    }

    /// Open the session at `path`, or explain why not and keep the current work.
    pub(super) fn open_path(&mut self, path: &Path) {
        match load_file(path) {
            Ok(session) => {
                let unknown = session.unknown.count();
                self.replace_session(session, Some(path.to_owned()));
                self.disk_stamp = DiskStamp::of(path);
                if unknown > 0 {
                    // Said once, on opening: the fields ride along silently after that.
                    self.ask(Dialog::Error {
                        title: words::ui().get("file-unknown-fields-title").to_owned(),
                        message: words::ui().counted("file-unknown-fields-body", unknown),
                    });
                }
                self.recent.touch(path);
                self.store_recent();
                self.status = words::ui().with(
                    "file-status-opened",
                    &[("path", &path.display().to_string())],
                );
            }
            Err(LoadError::Locked) => {
                self.ask(Dialog::Unlock {
                    path: path.to_owned(),
                    text: String::new(),
                    error: None,
                });
            }
            Err(error) => {
                if let (LoadError::Invalid { .. }, Some(repaired)) = (&error, repairable(path)) {
                    self.ask(Dialog::OfferRepair {
                        path: path.to_owned(),
                        reason: error.to_string(),
                        changes: repaired.changes,
                        repaired: Box::new(repaired.session),
                    });
                    return;
                }
                self.ask(open_failed(path, &error));
            }
        }
    }

    fn open_example(&mut self, index: usize) {
        let Some(example) = EXAMPLES.get(index) else {
            return;
        };
        match load_str(example.json) {
            Ok(session) => {
                self.replace_session(session, None);
                self.status = words::ui().with("file-status-example", &[("title", example.title)]);
            }
            Err(error) => {
                self.ask(Dialog::Error {
                    title: words::ui().get("file-example-failed").to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }

    pub(super) fn replace_session(&mut self, session: Session, path: Option<PathBuf>) {
        // A save or autosave under way belongs to the session going away: it lands first.
        self.wait_for_writes();
        self.disk_stamp = None;
        // A new or opened session starts unlocked; opening a locked file sets the lock after.
        self.lock = None;
        self.doc = Document::new(session);
        self.path = path;
        self.selection = Selection::default();
        self.canvas = CanvasState::default();
        self.out.edits.clear();
        // Whatever path led here, the room must not go on serving the old session's actors.
        self.room = None;
    }

    /// Save to the current file, or ask where if there is none.
    pub(super) fn save(&mut self) {
        self.save_then(None);
    }

    /// Save, then do `then` once the file is written (a pending quit or open).
    pub(super) fn save_then(&mut self, then: Option<PendingAction>) {
        // A save still running finishes first: the check below needs the file it wrote.
        self.wait_for(JobKind::Save);
        match self.path.clone() {
            Some(path) if self.changed_on_disk(&path) => {
                self.ask(Dialog::ChangedOnDisk(path));
            }
            Some(path) => self.save_to(&path, then),
            None => self.save_as(then),
        }
    }

    /// Whether the file was changed by someone else since we opened or saved it (another
    /// powermap, a sync folder). A file that vanished counts as unchanged: saving recreates it.
    fn changed_on_disk(&self, path: &Path) -> bool {
        match (&self.disk_stamp, DiskStamp::of(path)) {
            (Some(known), Some(now)) => *known != now,
            _ => false,
        }
    }

    /// Ask where to save, then save; `then` runs after a successful save (a pending quit).
    pub(super) fn save_as(&mut self, then: Option<PendingAction>) {
        let suggested = self.suggested_file_name();
        match self
            .dialogs
            .pick_save(self.start_folder().as_deref(), &suggested)
        {
            DialogOutcome::Picked(path) => self.save_to(&with_json_extension(path), then),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                // The in-app dialog answers in a later frame and saves then.
                self.browse(BrowseRequest {
                    mode: Mode::Save,
                    title: words::ui().get("file-save-title"),
                    button: words::ui().get("file-save-button"),
                    extensions: vec!["json"],
                    start_in: self.start_folder(),
                    file_name: suggested,
                    then: Box::new(move |app, path| app.save_to(&path, then)),
                });
            }
        }
    }

    /// Save to `path` as a job, with a copy of the session as it is now (and its lock), so
    /// that serialising, encrypting and writing never hold up a frame; `then` runs once the
    /// file is written.
    pub(super) fn save_to(&mut self, path: &Path, then: Option<PendingAction>) {
        // One save at a time: two writing one file at once could finish in either order.
        self.wait_for(JobKind::Save);
        let session = self.doc.shared();
        let revision = self.doc.revision();
        let lock = self.lock.clone();
        let path = path.to_owned();
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let what = words::ui().with("job-saving", &[("file", &file)]);
        // While shared, the engine's history is kept beside the file (docs/SHARE.md).
        let history = self.share_history();
        self.jobs.start(JobKind::Save, what, move |_| {
            let result = save_file_with(&session, &path, lock.as_ref()).map_err(|e| e.to_string());
            let history_failed = match (&result, history) {
                (Ok(_), Some(history)) => write_sidecar(&path, &history, lock.as_ref())
                    .err()
                    .map(|e| e.to_string()),
                _ => None,
            };
            Box::new(move |app: &mut PowermapApp| {
                app.finish_save(&SaveDone {
                    path,
                    revision,
                    lock,
                    result,
                    history_failed,
                });
                if let Some(action) = then {
                    // Work edited while the file was written is asked about, never dropped.
                    app.request(action);
                }
            })
        });
    }

    /// Take in a save's result: on success the session is saved (unless it changed while the
    /// file was written); on failure say why, and keep it open and marked unsaved.
    fn finish_save(&mut self, done: &SaveDone) {
        let path = &done.path;
        match &done.result {
            Ok(saved) => {
                // The file holds the session as it was when the save began: an edit, or a
                // lock set or removed since, leaves the session unsaved.
                if self.doc.revision() == done.revision
                    && same_lock(self.lock.as_ref(), done.lock.as_ref())
                {
                    self.doc.mark_saved();
                }
                self.disk_stamp = DiskStamp::of(path);
                self.path = Some(path.clone());
                self.recent.touch(path);
                self.store_recent();
                self.status = saved.warning(path).unwrap_or_else(|| {
                    words::ui().with(
                        "file-status-saved",
                        &[("path", &path.display().to_string())],
                    )
                });
                if let Some(reason) = &done.history_failed {
                    self.status = words::ui().with("share-history-not-kept", &[("reason", reason)]);
                }
            }
            Err(error) => {
                self.ask(Dialog::Error {
                    title: words::ui().get("file-save-failed-title").to_owned(),
                    message: words::ui().with("file-save-failed-body", &[("error", error)]),
                });
            }
        }
    }

    /// The name Save as proposes: the file's own, else one made from the campaign title.
    fn suggested_file_name(&self) -> String {
        if let Some(name) = self.path.as_deref().and_then(Path::file_name) {
            return name.to_string_lossy().into_owned();
        }
        let title = self.session().campaign.title.trim();
        let stem: String = title
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        // The double extension lets the desktop tell a session from any JSON file.
        if stem.is_empty() {
            format!("power-map.{}", crate::desktop::SESSION_EXTENSION)
        } else {
            format!("{stem}.{}", crate::desktop::SESSION_EXTENSION)
        }
    }

    /// Where file dialogs start: the current file's folder, else the last file's, else the
    /// user's documents folder (or home).
    pub(super) fn start_folder(&self) -> Option<PathBuf> {
        self.path
            .as_deref()
            .or_else(|| self.recent.last())
            .and_then(Path::parent)
            .filter(|folder| folder.is_dir())
            .map(Path::to_owned)
            .or_else(|| {
                self.dialogs
                    .user_folders()
                    .default_folder()
                    .map(Path::to_owned)
            })
    }

    fn store_recent(&mut self) {
        let Some(folder) = &self.config_dir else {
            return;
        };
        if let Err(error) = self.recent.store(folder) {
            // The list is a convenience; failing to keep it must not interrupt work.
            self.status = words::ui().with("file-recent-failed", &[("error", &error.to_string())]);
        }
    }

    /// Open a locked file with the passphrase typed; a wrong one asks again, saying so.
    pub(super) fn open_locked(&mut self, path: &Path, passphrase: SecretString) {
        match load_file_with(path, Some(&passphrase)) {
            Ok(session) => {
                self.replace_session(session, Some(path.to_owned()));
                self.disk_stamp = DiskStamp::of(path);
                self.lock = Some(passphrase);
                self.recent.touch(path);
                self.store_recent();
                self.status = words::ui().with(
                    "file-status-opened-locked",
                    &[("path", &path.display().to_string())],
                );
            }
            Err(error @ (LoadError::WrongPassphrase | LoadError::Locked)) => {
                self.ask(Dialog::Unlock {
                    path: path.to_owned(),
                    text: String::new(),
                    error: Some(error.to_string()),
                });
            }
            Err(error) => {
                self.ask(open_failed(path, &error));
            }
        }
    }

    /// Lock the session with a passphrase, or remove the lock; the file changes on the next save.
    pub(super) fn set_lock(&mut self, passphrase: Option<SecretString>) {
        let locking = passphrase.is_some();
        self.lock = passphrase;
        self.doc.mark_unsaved();
        let said = if locking {
            words::ui().get("file-status-locked")
        } else {
            words::ui().get("file-status-unlocked")
        };
        said.clone_into(&mut self.status);
        // After the status, so that a failed autosave is what the status line says.
        self.autosave_lock_changed();
    }

    /// Open the repaired copy the user agreed to: unsaved and belonging to no file, so the
    /// original is only replaced if the user saves over it on purpose.
    pub(super) fn open_repaired(&mut self, original: &Path, session: Session) {
        self.replace_session(session, None);
        self.doc = Document::new_unsaved(self.doc.session().clone());
        self.status = words::ui().with(
            "file-status-repaired",
            &[("path", &original.display().to_string())],
        );
    }

    /// Forget a recent file that can no longer be opened.
    pub(super) fn forget_recent(&mut self, path: &Path) {
        self.recent.forget(path);
        self.store_recent();
    }

    /// Open a .json file dropped on the window.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let Some(file) = dropped.into_iter().next() else {
            return;
        };
        let path = file.path().to_owned();
        if path.is_absolute() {
            self.request(PendingAction::OpenPath(path));
        } else {
            self.ask(Dialog::Error {
                title: words::ui().get("file-drop-failed-title").to_owned(),
                message: words::ui().get("file-drop-failed-body").to_owned(),
            });
        }
    }

    /// Shade the window while a file is dragged over it, saying what dropping will do.
    pub(super) fn show_file_hover(ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if !hovering {
            return;
        }
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("powermap file drop"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            words::ui().get("file-drop-hint"),
            egui::FontId::proportional(28.0),
            egui::Color32::WHITE,
        );
    }

    /// Stop the window from closing while there is unsaved work, and ask instead.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if std::mem::take(&mut self.quit_confirmed) {
            // The user chose to quit; the close request this causes must not ask again.
            self.closing = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        let asked = ctx.input(|i| i.viewport().close_requested()) && !self.closing;
        if asked {
            // The room's answers join the session before the unsaved-work question.
            self.close_room_first();
        }
        if asked && self.jobs_holding_quit() {
            // A file is being written: the window closes when it is done (`quit_when_saved`).
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.jobs.quit_waiting = true;
            return;
        }
        if asked && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ask(Dialog::ConfirmDiscard(PendingAction::Quit));
        }
    }
}

/// What a save job hands back to the UI thread.
struct SaveDone {
    path: PathBuf,
    /// The revision of the session the file holds.
    revision: u64,
    /// The lock it was written with.
    lock: Option<SecretString>,
    result: Result<Saved, String>,
    /// Why the co-editing history could not be kept beside the file, if it could not.
    history_failed: Option<String>,
}

/// Whether two locks are the same passphrase (or both absent); compared in memory only.
fn same_lock(a: Option<&SecretString>, b: Option<&SecretString>) -> bool {
    use age::secrecy::ExposeSecret;
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.expose_secret() == b.expose_secret(),
        _ => false,
    }
}

/// The error dialog for a session that could not be opened, saying the work open is kept.
fn open_failed(path: &Path, error: &LoadError) -> Dialog {
    let say = words::ui();
    Dialog::Error {
        title: say.get("file-open-failed-title").to_owned(),
        message: say.with(
            "file-open-failed-body",
            &[
                ("path", &path.display().to_string()),
                ("error", &error.to_string()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages with blank lines and counts read exactly as the English they replaced.
    #[test]
    fn messages_keep_their_lines_and_counts() {
        let error = LoadError::Locked;
        assert_eq!(
            open_failed(Path::new("/maps/river.json"), &error),
            Dialog::Error {
                title: "Could not open the session".to_owned(),
                message: format!(
                    "/maps/river.json\n\n{error}\n\nYour current session is still open."
                ),
            }
        );
        let say = words::ui();
        assert_eq!(
            say.with("file-save-failed-body", &[("error", "Disk full.")]),
            "Disk full.\n\nYour session is still open and nothing was lost. Try another folder \
             with Save as…"
        );
        assert!(
            say.counted("file-unknown-fields-body", 1)
                .starts_with("This file has 1 field this version")
        );
        assert!(
            say.counted("file-unknown-fields-body", 3)
                .starts_with("This file has 3 fields this version")
        );
        assert_eq!(
            PendingAction::Quit.question(),
            "This session has unsaved changes. Save them before quitting?"
        );
    }
}
