//! File > Import actors and File > Merge another session: choose the file, say what its
//! columns mean (with a preview and every row's problems), then read what will be added,
//! updated and left alone, and decide each disagreement, before anything changes. Reading,
//! building the rows, planning and merging are jobs: the dialog waits for them with the
//! window alive, their rows counted in the status bar, and a stopped or failed one changes
//! nothing.

use super::PowermapApp;
use super::file_browser::{BrowseRequest, Mode};
use super::file_dialogs::{DialogOutcome, IMPORT_EXTENSIONS, expand_home};
use super::import_mapping::{BuildRequest, MapAction, MapState};
use super::jobs::{JobKind, Progress};
use crate::exchange::Imported;
use crate::model::{Edit, MergePlan, Session, Watch, apply_merge_watched, plan_merge_watched};
use crate::words;
use egui::{Grid, Id, Modal, RichText, ScrollArea, TextEdit, Ui};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Which of the dialog's file fields a chosen file goes into.
#[derive(Clone, Copy)]
enum FileField {
    /// The file to import or merge.
    Main,
    /// The relationships CSV beside an actors CSV.
    Relations,
}

/// Where the dialog is.
enum Step {
    /// Choosing the file.
    Choose,
    /// Saying what the columns and their words mean.
    Map(Box<MapState>),
    /// Reading what will happen and deciding disagreements.
    Review(Box<Review>),
}

/// The review step: the plan, and what it was made from.
struct Review {
    /// The session the plan was made against, and its revision then: the merge is applied
    /// to exactly this, and only if the session is still this one.
    ours: Arc<Session>,
    revision: u64,
    incoming: Arc<Session>,
    plan: MergePlan,
    take_theirs: Vec<bool>,
    problems: usize,
}

/// The import (or merge) dialog's state.
pub struct ImportDialog {
    merge: bool,
    path: String,
    relations_path: String,
    step: Step,
    error: Option<String>,
    /// The file field takes the keyboard when the dialog opens.
    focus_path: bool,
    /// A job works for the dialog (reading the file, planning, merging): it waits for it.
    busy: bool,
}

impl ImportDialog {
    fn new(merge: bool) -> Self {
        Self {
            merge,
            path: String::new(),
            relations_path: String::new(),
            step: Step::Choose,
            error: None,
            focus_path: true,
            busy: false,
        }
    }

    fn field(&mut self, field: FileField) -> &mut String {
        match field {
            FileField::Main => &mut self.path,
            FileField::Relations => &mut self.relations_path,
        }
    }

    fn title(&self) -> &'static str {
        words::ui().get(if self.merge {
            "merge-title"
        } else {
            "import-title"
        })
    }
}

impl PowermapApp {
    /// Open the import dialog, or with `merge` the dialog that merges another session.
    pub(super) fn open_import_dialog(&mut self, merge: bool) {
        self.import_dialog = Some(ImportDialog::new(merge));
    }

    /// Whether the import or merge dialog is open.
    pub(super) fn import_dialog_open(&self) -> bool {
        self.import_dialog.is_some()
    }

    /// Draw the dialog if it is open; import or merge when confirmed.
    pub(super) fn show_import_dialog(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.import_dialog.take() else {
            return;
        };
        let mut close = false;
        let modal = Modal::new(Id::unique("powermap import")).show(ctx, |ui| {
            ui.set_max_width(900.0);
            ui.heading(dialog.title());
            match dialog.step {
                Step::Choose => self.choose_step(ui, &mut dialog),
                Step::Map(_) => self.map_step(ui, &mut dialog),
                Step::Review(_) => self.review_step(ui, &mut dialog),
            }
            if let Some(error) = &dialog.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            if ui.button(words::ui().get("import-cancel")).clicked() {
                close = true;
            }
        });
        if close || modal.should_close() {
            // Closing the dialog stops the work done for it; none of it is applied.
            self.jobs.cancel(JobKind::ImportRead);
            self.jobs.cancel(JobKind::Import);
        } else {
            self.import_dialog = Some(dialog);
        }
    }

    /// A job of the dialog's stopped without an answer: it stops waiting and says so.
    pub(super) fn import_job_lost(&mut self, said: &str) {
        if let Some(dialog) = self.import_dialog.as_mut() {
            dialog.busy = false;
            dialog.error = Some(said.to_owned());
            if let Step::Map(state) = &mut dialog.step {
                state.build_ended(u64::MAX);
            }
        }
    }

    fn choose_step(&mut self, ui: &mut Ui, dialog: &mut ImportDialog) {
        ui.label(words::ui().get(if dialog.merge {
            "merge-what-file"
        } else {
            "import-what-file"
        }));
        let label = ui.label(words::ui().get("import-file-field"));
        let mut entered = false;
        ui.horizontal(|ui| {
            let field = ui
                .add(TextEdit::singleline(&mut dialog.path).desired_width(420.0))
                .labelled_by(label.id);
            if std::mem::take(&mut dialog.focus_path) {
                field.request_focus();
            }
            entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(words::ui().get("import-choose-file")).clicked() {
                self.choose_file(dialog, FileField::Main);
            }
        });
        if !dialog.merge && dialog.path.trim().to_lowercase().ends_with(".csv") {
            let label = ui.label(words::ui().get("import-relations-field"));
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut dialog.relations_path).desired_width(420.0))
                    .labelled_by(label.id);
                if ui.button(words::ui().get("import-choose-file")).clicked() {
                    self.choose_file(dialog, FileField::Relations);
                }
            });
        }
        if dialog.busy {
            wait_for_job(ui, "job-reading-file");
            return;
        }
        if ui.button(words::ui().get("import-read-file")).clicked() || entered {
            dialog.error = None;
            let home = self.dialogs.user_folders().home;
            let typed = |text: &str| expand_home(Path::new(text.trim()), home.as_deref());
            let path = typed(&dialog.path);
            let relations = typed(&dialog.relations_path);
            self.start_reading(dialog, path, relations);
        }
    }

    /// Read the file as a job (a sheet of thousands of rows takes a while): its tables, the
    /// guessed mapping and a first preview, or for a merge the other session and the plan.
    fn start_reading(&mut self, dialog: &mut ImportDialog, path: PathBuf, relations: PathBuf) {
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let what = words::ui().with("job-reading", &[("file", &file)]);
        let merge = dialog.merge;
        // Only a merge compares with the session, which the job shares.
        let ours = merge.then(|| (self.doc.shared(), self.doc.revision()));
        let config_dir = self.config_dir.clone();
        dialog.busy = true;
        self.jobs.start(JobKind::ImportRead, what, move |progress| {
            let result = match ours {
                Some((ours, revision)) => read_session(ours, revision, &path, progress),
                None => read_for_mapping(&path, &relations, config_dir, progress),
            };
            let stopped = progress.cancelled();
            Box::new(move |app: &mut PowermapApp| {
                let Some(dialog) = app.import_dialog.as_mut().filter(|d| d.busy) else {
                    return;
                };
                dialog.busy = false;
                match result {
                    _ if stopped => words::ui()
                        .get("job-import-cancelled")
                        .clone_into(&mut app.status),
                    Ok(Some(step)) => dialog.step = step,
                    Ok(None) => {}
                    Err(error) => dialog.error = Some(error),
                }
            })
        });
    }

    /// Ask for a file with the system's dialog, else the in-app one, and put it in `field`.
    fn choose_file(&self, dialog: &mut ImportDialog, field: FileField) {
        let title = words::ui().get(if dialog.merge {
            "merge-choose-title"
        } else {
            "import-title"
        });
        let start = self.start_folder();
        match self.dialogs.pick_import(start.as_deref(), title) {
            DialogOutcome::Picked(path) => *dialog.field(field) = path.display().to_string(),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => self.browse(BrowseRequest {
                mode: Mode::Open,
                title,
                button: words::ui().get("import-choose-button"),
                extensions: if dialog.merge {
                    vec!["json"]
                } else {
                    IMPORT_EXTENSIONS.to_vec()
                },
                start_in: start,
                file_name: String::new(),
                then: Box::new(move |app, path| {
                    if let Some(dialog) = app.import_dialog.as_mut() {
                        *dialog.field(field) = path.display().to_string();
                        dialog.error = None;
                    }
                }),
            }),
        }
    }

    fn map_step(&mut self, ui: &mut Ui, dialog: &mut ImportDialog) {
        let Step::Map(state) = &mut dialog.step else {
            return;
        };
        let room = ui.ctx().content_rect().height();
        if dialog.busy {
            // The import is being planned: the choices stay as they are meanwhile.
            ui.disable();
        }
        let action = state.show(ui, room);
        if let Some(request) = state.build_request() {
            self.start_building(request);
        }
        if dialog.busy {
            wait_for_job(ui, "job-planning");
            return;
        }
        match action {
            MapAction::Stay => {}
            MapAction::Back => dialog.step = Step::Choose,
            MapAction::Review(imported) => self.start_planning(dialog, imported),
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
                let Some(dialog) = app.import_dialog.as_mut() else {
                    return;
                };
                let Step::Map(state) = &mut dialog.step else {
                    return;
                };
                match built {
                    Some(built) => state.take_built(number, built),
                    None => state.build_ended(number),
                }
            })
        });
    }

    /// Make the import's actors a session and plan merging it into ours, as a job.
    fn start_planning(&mut self, dialog: &mut ImportDialog, imported: Arc<Imported>) {
        let (ours, revision) = (self.doc.shared(), self.doc.revision());
        dialog.busy = true;
        let what = words::ui().get("job-planning").to_owned();
        self.jobs.start(JobKind::Import, what, move |progress| {
            let problems = imported.problems.len();
            let incoming = Arc::unwrap_or_clone(imported).into_session();
            let step = review(ours, revision, incoming, problems, progress);
            finish_planning(step, progress.cancelled())
        });
    }

    /// The summary and the disagreements; on confirming, the merge starts as a job.
    fn review_step(&mut self, ui: &mut Ui, dialog: &mut ImportDialog) {
        let Step::Review(review) = &mut dialog.step else {
            return;
        };
        let Review {
            ours,
            incoming,
            plan,
            take_theirs,
            problems,
            ..
        } = review.as_mut();
        let waiting = plan
            .matches
            .iter()
            .zip(&incoming.actors)
            .filter(|(m, a)| m.is_none() && a.parked)
            .count();
        let actors = words::ui().counted("merge-new-actors", plan.added);
        let relationships =
            words::ui().counted("merge-new-relationships", plan.relationships_added);
        ui.label(words::ui().with(
            "merge-summary",
            &[
                ("actors", &actors),
                ("waiting", &waiting.to_string()),
                ("updated", &plan.updated.to_string()),
                ("unchanged", &plan.unchanged.to_string()),
                ("relationships", &relationships),
            ],
        ));
        if *problems > 0 {
            ui.label(words::ui().counted("merge-problems-before", *problems));
        }
        if !plan.conflicts.is_empty() {
            ui.label(
                RichText::new(words::ui().counted("merge-conflicts", plan.conflicts.len()))
                    .strong(),
            );
            ScrollArea::vertical()
                .id_salt("merge conflicts")
                .max_height(260.0)
                .show(ui, |ui| {
                    Grid::new("merge conflicts grid")
                        .striped(true)
                        .show(ui, |ui| {
                            for id in [
                                "merge-column-actor",
                                "merge-column-here",
                                "merge-column-theirs",
                                "merge-column-keep",
                            ] {
                                ui.label(RichText::new(words::ui().get(id)).strong());
                            }
                            ui.end_row();
                            for (conflict, take) in
                                plan.conflicts.iter().zip(take_theirs.iter_mut())
                            {
                                let ours = &ours.actors[conflict.ours];
                                let theirs = &incoming.actors[conflict.theirs];
                                ui.label(&ours.name);
                                ui.label(place_text(ours));
                                ui.label(place_text(theirs));
                                ui.horizontal(|ui| {
                                    ui.radio_value(take, false, words::ui().get("merge-keep-here"));
                                    ui.radio_value(
                                        take,
                                        true,
                                        words::ui().get("merge-keep-theirs"),
                                    );
                                });
                                ui.end_row();
                            }
                        });
                });
        }
        let verb = words::ui().get(if dialog.merge {
            "merge-button"
        } else {
            "import-button"
        });
        if dialog.busy {
            wait_for_job(ui, "job-merging");
            return;
        }
        let back_text = words::ui().get("import-back");
        let (go, back) = ui
            .horizontal(|ui| (ui.button(verb).clicked(), ui.button(back_text).clicked()))
            .inner;
        if back {
            // The mapping is read again from the file: quick, and the file may have changed.
            dialog.step = Step::Choose;
        } else if go {
            dialog.busy = true;
            dialog.error = None;
            self.start_merging(dialog.merge, review);
        }
    }

    /// Merge the reviewed import into the session as a job; the session is replaced (one
    /// undo step) when it ends, if it is still the one the plan was made against.
    fn start_merging(&mut self, merge: bool, review: &Review) {
        let ours = Arc::clone(&review.ours);
        let incoming = Arc::clone(&review.incoming);
        let (plan, take_theirs) = (review.plan.clone(), review.take_theirs.clone());
        let revision = review.revision;
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
        let Some(dialog) = self.import_dialog.as_mut().filter(|d| d.busy) else {
            return;
        };
        dialog.busy = false;
        let Some(merged) = merged else {
            let stopped = words::ui().get("job-import-stopped");
            dialog.error = Some(stopped.to_owned());
            stopped.clone_into(&mut self.status);
            return;
        };
        if self.doc.revision() != revision {
            let changed = words::ui().get("job-import-map-changed");
            dialog.error = Some(changed.to_owned());
            dialog.step = Step::Choose;
            return;
        }
        self.import_dialog = None;
        self.edit(Edit::ReplaceSession(Box::new(merged)));
        let done = if merge { "merge-done" } else { "import-done" };
        let updated = plan.updated.to_string();
        self.status = words::ui().counted_with(done, plan.added, &[("updated", &updated)]);
    }
}

/// A spinner and what the dialog waits for, where its buttons were.
fn wait_for_job(ui: &mut Ui, message: &'static str) {
    ui.horizontal(|ui| {
        super::jobs::spinner(ui);
        ui.label(words::ui().get(message));
    });
}

/// What the app does with a plan made on the job's thread: the review step, a failure said
/// in the dialog, or (stopped) nothing.
fn finish_planning(step: Option<Step>, stopped: bool) -> super::jobs::Finish {
    Box::new(move |app: &mut PowermapApp| {
        let Some(dialog) = app.import_dialog.as_mut().filter(|d| d.busy) else {
            return;
        };
        dialog.busy = false;
        match step {
            Some(step) if !stopped => dialog.step = step,
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
    Ok(review(ours, revision, theirs, 0, progress))
}

/// What merging `incoming` into `ours` will do, with no disagreement decided yet; `None`
/// when `watch` asked to stop.
fn review(
    ours: Arc<Session>,
    revision: u64,
    incoming: Session,
    problems: usize,
    watch: &dyn Watch,
) -> Option<Step> {
    let plan = plan_merge_watched(&ours, &incoming, watch)?;
    Some(Step::Review(Box::new(Review {
        ours,
        revision,
        take_theirs: vec![false; plan.conflicts.len()],
        incoming: Arc::new(incoming),
        plan,
        problems,
    })))
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

/// Where an actor will stand: its place on the map (or none yet) and its slice.
pub(super) fn place_text(actor: &crate::model::Actor) -> String {
    let map = if actor.parked {
        words::ui().get("import-not-placed").to_owned()
    } else {
        let support = format!("{:+.2}", actor.position.support);
        let influence = format!("{:.2}", actor.position.influence);
        words::ui().with(
            "import-place",
            &[("support", &support), ("influence", &influence)],
        )
    };
    match actor.spectrum {
        Some(place) => words::ui().with(
            "import-place-and-slice",
            &[("place", &map), ("slice", words::ui().slice(place.slice))],
        ),
        None => map,
    }
}
