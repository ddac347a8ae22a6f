//! The app's side of File > Import and File > Merge: it opens the dialog and answers what
//! the dialog asks for with file dialogs and jobs (reading the file, building the mapping's
//! preview, planning, merging), and takes in what those jobs hand back; a stopped or failed
//! job changes nothing. The dialog itself draws in `import_dialog.rs`.

use super::PowermapApp;
use super::file_browser::{BrowseRequest, Mode};
use super::file_dialogs::{DialogOutcome, IMPORT_EXTENSIONS, expand_home};
use super::import_dialog::{FileField, ImportAnswer, ImportDialog, MergeWanted, Step};
use super::import_mapping::{BuildRequest, MapState};
use super::jobs::{JobKind, Progress};
use super::modal::Modal;
use crate::exchange::Imported;
use crate::model::{Edit, MergePlan, Session, apply_merge_watched};
use crate::words;
use std::path::{Path, PathBuf};
use std::sync::Arc;

impl PowermapApp {
    /// Open the import dialog, or with `merge` the dialog that merges another session.
    pub(super) fn open_import_dialog(&mut self, merge: bool) {
        self.modal = Some(Modal::Import(Box::new(ImportDialog::new(merge))));
    }

    /// Draw the import dialog, taken out of the modal slot, and do what it asks for; it goes
    /// back into the slot unless it closed.
    pub(super) fn show_import_dialog(&mut self, ctx: &egui::Context, mut dialog: ImportDialog) {
        match dialog.show(ctx) {
            ImportAnswer::Stay => {}
            ImportAnswer::Close => {
                // Closing the dialog stops the work done for it; none of it is applied.
                self.jobs.cancel(JobKind::ImportRead);
                self.jobs.cancel(JobKind::Import);
                return;
            }
            ImportAnswer::ChooseFile(field) => self.choose_import_file(&mut dialog, field),
            ImportAnswer::Read { path, relations } => {
                let home = self.dialogs.user_folders().home;
                let typed = |text: &str| expand_home(Path::new(text.trim()), home.as_deref());
                self.start_reading(dialog.merge(), typed(&path), typed(&relations));
            }
            ImportAnswer::Build(request) => self.start_building(request),
            ImportAnswer::Plan(imported) => self.start_planning(imported),
            ImportAnswer::Merge(wanted) => self.start_merging(dialog.merge(), wanted),
        }
        // What the answer led to may have put up another modal meanwhile; that one stays.
        if self.modal.is_none() {
            self.modal = Some(Modal::Import(Box::new(dialog)));
        }
    }

    /// A job of the dialog's stopped without an answer: it stops waiting and says so.
    pub(super) fn import_job_lost(&mut self, said: &str) {
        if let Some(dialog) = self.import_dialog_mut() {
            dialog.job_lost(said);
        }
    }

    /// Read the file as a job (a sheet of thousands of rows takes a while): its tables, the
    /// guessed mapping and a first preview, or for a merge the other session and the plan.
    fn start_reading(&mut self, merge: bool, path: PathBuf, relations: PathBuf) {
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let what = words::ui().with("job-reading", &[("file", &file)]);
        // Only a merge compares with the session, which the job shares.
        let ours = merge.then(|| (self.doc.shared(), self.doc.revision()));
        let config_dir = self.config_dir.clone();
        self.jobs.start(JobKind::ImportRead, what, move |progress| {
            let result = match ours {
                Some((ours, revision)) => read_session(ours, revision, &path, progress),
                None => read_for_mapping(&path, &relations, config_dir, progress),
            };
            let stopped = progress.cancelled();
            Box::new(move |app: &mut PowermapApp| {
                let Some(dialog) = app.import_dialog_mut().filter(|d| d.waiting()) else {
                    return;
                };
                dialog.stop_waiting();
                match result {
                    _ if stopped => words::ui()
                        .get("job-import-cancelled")
                        .clone_into(&mut app.status),
                    Ok(Some(step)) => dialog.go_to(step),
                    Ok(None) => {}
                    Err(error) => dialog.say(&error),
                }
            })
        });
    }

    /// Ask for a file with the system's dialog, else the in-app one, and put it in `field`.
    fn choose_import_file(&self, dialog: &mut ImportDialog, field: FileField) {
        let merge = dialog.merge();
        let title = words::ui().get(if merge {
            "merge-choose-title"
        } else {
            "import-title"
        });
        let start = self.start_folder();
        match self.dialogs.pick_import(start.as_deref(), title) {
            DialogOutcome::Picked(path) => dialog.choose_file(field, &path),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => self.browse(BrowseRequest {
                mode: Mode::Open,
                title,
                button: words::ui().get("import-choose-button"),
                extensions: if merge {
                    vec!["json"]
                } else {
                    IMPORT_EXTENSIONS.to_vec()
                },
                start_in: start,
                file_name: String::new(),
                then: Box::new(move |app, path| {
                    if let Some(dialog) = app.import_dialog_mut() {
                        dialog.choose_file(field, &path);
                    }
                }),
            }),
        }
    }

    /// Build the mapping step's preview as a job; a newer choice stops the build before.
    fn start_building(&mut self, request: BuildRequest) {
        self.jobs.cancel(JobKind::Import);
        let number = request.number;
        let what = words::ui().get("job-building-preview").to_owned();
        self.jobs.start(JobKind::Import, what, move |progress| {
            progress.count_in("job-rows");
            let built = request.run(progress);
            Box::new(move |app: &mut PowermapApp| {
                if let Some(dialog) = app.import_dialog_mut() {
                    dialog.build_arrived(number, built);
                }
            })
        });
    }

    /// Make the import's actors a session and plan merging it into ours, as a job.
    fn start_planning(&mut self, imported: Arc<Imported>) {
        let (ours, revision) = (self.doc.shared(), self.doc.revision());
        let what = words::ui().get("job-planning").to_owned();
        self.jobs.start(JobKind::Import, what, move |progress| {
            let problems = imported.problems.len();
            let incoming = Arc::unwrap_or_clone(imported).into_session();
            let step = Step::review(ours, revision, incoming, problems, progress);
            finish_planning(step, progress.cancelled())
        });
    }

    /// Merge the reviewed import into the session as a job; the session is replaced (one
    /// undo step) when it ends, if it is still the one the plan was made against.
    fn start_merging(&mut self, merge: bool, wanted: MergeWanted) {
        let MergeWanted {
            ours,
            revision,
            incoming,
            plan,
            take_theirs,
        } = wanted;
        let what = words::ui().get(if merge {
            "job-merging"
        } else {
            "job-importing"
        });
        self.jobs
            .start(JobKind::Import, what.to_owned(), move |progress| {
                progress.count_in("job-actors");
                let merged = apply_merge_watched(&ours, &incoming, &plan, &take_theirs, progress)
                    .filter(|_| !progress.cancelled());
                Box::new(move |app: &mut PowermapApp| {
                    app.finish_merging(merge, revision, merged, &plan);
                })
            });
    }

    /// Take in a merge: the new session, or (stopped, or the session changed meanwhile)
    /// nothing, said in the dialog.
    fn finish_merging(
        &mut self,
        merge: bool,
        revision: u64,
        merged: Option<Session>,
        plan: &MergePlan,
    ) {
        let changed_meanwhile = self.doc.revision() != revision;
        let Some(dialog) = self.import_dialog_mut().filter(|d| d.waiting()) else {
            return;
        };
        dialog.stop_waiting();
        let Some(merged) = merged else {
            let stopped = words::ui().get("job-import-stopped");
            dialog.say(stopped);
            stopped.clone_into(&mut self.status);
            return;
        };
        if changed_meanwhile {
            dialog.say(words::ui().get("job-import-map-changed"));
            dialog.go_to(Step::Choose);
            return;
        }
        self.close_import_dialog();
        self.edit(Edit::ReplaceSession(Box::new(merged)));
        let done = if merge { "merge-done" } else { "import-done" };
        let updated = plan.updated.to_string();
        self.status = words::ui().counted_with(done, plan.added, &[("updated", &updated)]);
    }
}

/// What the app does with a plan made on the job's thread: the review step, a failure said
/// in the dialog, or (stopped) nothing.
fn finish_planning(step: Option<Step>, stopped: bool) -> super::jobs::Finish {
    Box::new(move |app: &mut PowermapApp| {
        let Some(dialog) = app.import_dialog_mut().filter(|d| d.waiting()) else {
            return;
        };
        dialog.stop_waiting();
        match step {
            Some(step) if !stopped => dialog.go_to(step),
            _ => words::ui()
                .get("job-import-stopped")
                .clone_into(&mut app.status),
        }
    })
}

/// The other session, ready for review against ours; `Ok(None)` when stopped.
fn read_session(
    ours: Arc<Session>,
    revision: u64,
    path: &Path,
    progress: &Progress,
) -> Result<Option<Step>, String> {
    if path.as_os_str().is_empty() {
        return Err(words::ui().get("merge-no-file").to_owned());
    }
    let theirs = crate::storage::load_file(path).map_err(|e| match e {
        crate::storage::LoadError::Locked => {
            let file = path.display().to_string();
            words::ui().with("merge-locked", &[("file", &file)])
        }
        other => {
            let (file, error) = (path.display().to_string(), other.to_string());
            words::ui().with("import-file-error", &[("file", &file), ("error", &error)])
        }
    })?;
    progress.count_in("job-actors");
    Ok(Step::review(ours, revision, theirs, 0, progress))
}

/// Read a file for the mapping step: its tables, the guessed mapping and a first preview.
fn read_for_mapping(
    path: &Path,
    relations: &Path,
    config_dir: Option<PathBuf>,
    progress: &Progress,
) -> Result<Option<Step>, String> {
    if path.as_os_str().is_empty() {
        return Err(words::ui().get("import-no-file").to_owned());
    }
    let relations = (!relations.as_os_str().is_empty()).then_some(relations);
    progress.count_in("job-rows");
    let state = MapState::read(path, relations, config_dir, progress)?;
    Ok(state.map(|state| Step::Map(Box::new(state))))
}
