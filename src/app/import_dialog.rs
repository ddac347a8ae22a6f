//! File > Import actors and File > Merge another session: choose the file, say what its
//! columns mean (with a preview and every row's problems), then read what will be added,
//! updated and left alone, and decide each disagreement, before anything changes. The dialog
//! draws and says what the user asked for; the app reads, builds, plans and merges as jobs
//! (`import_run.rs`), and the dialog waits for them with the window alive.

use super::conflict_grid::{OtherSide, conflict_grid};
use super::import_mapping::{BuildRequest, Built, MapAction, MapState};
use crate::exchange::Imported;
use crate::model::{MergePlan, Session, Watch, plan_merge_watched};
use crate::words;
use egui::{Id, Modal, RichText, TextEdit, Ui};
use std::sync::Arc;

/// The other side of a merge: another file.
const OTHER_FILE: OtherSide = OtherSide {
    column: "merge-column-theirs",
    choice: "merge-keep-theirs",
};

/// Which of the dialog's file fields a chosen file goes into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileField {
    /// The file to import or merge.
    Main,
    /// The relationships CSV beside an actors CSV.
    Relations,
}

/// Where the dialog is.
pub enum Step {
    /// Choosing the file.
    Choose,
    /// Saying what the columns and their words mean.
    Map(Box<MapState>),
    /// Reading what will happen and deciding disagreements.
    Review(Box<Review>),
}

impl Step {
    /// The review of merging `incoming` into `ours` (at `revision`), with no disagreement
    /// decided yet; `None` when `watch` asked to stop.
    pub fn review(
        ours: Arc<Session>,
        revision: u64,
        incoming: Session,
        problems: usize,
        watch: &dyn Watch,
    ) -> Option<Self> {
        let plan = plan_merge_watched(&ours, &incoming, watch)?;
        Some(Self::Review(Box::new(Review {
            ours,
            revision,
            take_theirs: vec![false; plan.conflicts.len()],
            incoming: Arc::new(incoming),
            plan,
            problems,
        })))
    }
}

/// The review step: the plan, and what it was made from.
pub struct Review {
    /// The session the plan was made against, and its revision then: the merge is applied
    /// to exactly this, and only if the session is still this one.
    ours: Arc<Session>,
    revision: u64,
    incoming: Arc<Session>,
    plan: MergePlan,
    take_theirs: Vec<bool>,
    problems: usize,
}

impl Review {
    /// The summary of what will happen, and a choice for each disagreement.
    fn show(&mut self, ui: &mut Ui) {
        let Review {
            ours,
            incoming,
            plan,
            take_theirs,
            problems,
            ..
        } = self;
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
            let rows = plan
                .conflicts
                .iter()
                .zip(take_theirs.iter_mut())
                .map(|(conflict, take)| {
                    (
                        &ours.actors[conflict.ours],
                        &incoming.actors[conflict.theirs],
                        take,
                    )
                });
            conflict_grid(ui, "merge conflicts", OTHER_FILE, rows);
        }
    }
}

/// What the user asked of the import dialog in a frame; the app carries it out.
pub enum ImportAnswer {
    /// Nothing to do: the dialog stays as it is.
    Stay,
    /// Close the dialog; the work done for it stops and none of it is applied.
    Close,
    /// Ask for a file, with a file dialog, for this field.
    ChooseFile(FileField),
    /// Read the file typed (and the relationships beside it), as typed: the dialog waits.
    Read {
        /// The file field's text.
        path: String,
        /// The relationships field's text (empty when none).
        relations: String,
    },
    /// Build the mapping step's preview with the latest choices; a build before is stale.
    Build(BuildRequest),
    /// Plan adding the mapped actors to the session: the dialog waits.
    Plan(Arc<Imported>),
    /// Merge as reviewed: the dialog waits.
    Merge(MergeWanted),
}

/// A reviewed merge, as the user decided each disagreement.
pub struct MergeWanted {
    /// The session the plan was made against.
    pub ours: Arc<Session>,
    /// Its revision then: the merge applies only if the session is still at it.
    pub revision: u64,
    /// The session coming in.
    pub incoming: Arc<Session>,
    /// What will be added and updated.
    pub plan: MergePlan,
    /// For each disagreement, whether theirs is kept.
    pub take_theirs: Vec<bool>,
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
    /// The import dialog, or with `merge` the dialog that merges another session.
    pub fn new(merge: bool) -> Self {
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

    /// Whether it merges another session (else it imports actors).
    pub fn merge(&self) -> bool {
        self.merge
    }

    /// Put `path`, chosen in a file dialog, in `field`.
    pub fn choose_file(&mut self, field: FileField, path: &std::path::Path) {
        *self.field(field) = path.display().to_string();
        self.error = None;
    }

    /// Whether it waits for a job (reading, planning, merging).
    pub fn waiting(&self) -> bool {
        self.busy
    }

    /// The job it waited for ended; whether it was waiting.
    pub fn stop_waiting(&mut self) -> bool {
        std::mem::take(&mut self.busy)
    }

    /// Go on to `step` (a job read the file or made the plan).
    pub fn go_to(&mut self, step: Step) {
        self.step = step;
    }

    /// Say what went wrong, under the step.
    pub fn say(&mut self, error: &str) {
        self.error = Some(error.to_owned());
    }

    /// The preview built for the mapping's choices numbered `number`, or `None` when its
    /// build stopped.
    pub fn build_arrived(&mut self, number: u64, built: Option<Built>) {
        let Step::Map(state) = &mut self.step else {
            return;
        };
        match built {
            Some(built) => state.take_built(number, built),
            None => state.build_ended(number),
        }
    }

    /// A job of the dialog's stopped without an answer: it stops waiting and says so.
    pub fn job_lost(&mut self, said: &str) {
        self.busy = false;
        self.error = Some(said.to_owned());
        if let Step::Map(state) = &mut self.step {
            state.build_ended(u64::MAX);
        }
    }

    /// Draw the dialog over `ctx`, and say what the user asked for.
    pub fn show(&mut self, ctx: &egui::Context) -> ImportAnswer {
        let mut close = false;
        let mut answer = ImportAnswer::Stay;
        let modal = Modal::new(Id::unique("powermap import")).show(ctx, |ui| {
            ui.set_max_width(900.0);
            ui.heading(self.title());
            answer = match self.step {
                Step::Choose => self.choose_step(ui),
                Step::Map(_) => self.map_step(ui),
                Step::Review(_) => self.review_step(ui),
            };
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            if ui.button(words::ui().get("import-cancel")).clicked() {
                close = true;
            }
        });
        if close || modal.should_close() {
            return ImportAnswer::Close;
        }
        answer
    }

    fn choose_step(&mut self, ui: &mut Ui) -> ImportAnswer {
        ui.label(words::ui().get(if self.merge {
            "merge-what-file"
        } else {
            "import-what-file"
        }));
        let label = ui.label(words::ui().get("import-file-field"));
        let mut entered = false;
        let mut choose = None;
        ui.horizontal(|ui| {
            let field = ui
                .add(TextEdit::singleline(&mut self.path).desired_width(420.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_path) {
                field.request_focus();
            }
            entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(words::ui().get("import-choose-file")).clicked() {
                choose = Some(FileField::Main);
            }
        });
        if !self.merge && self.path.trim().to_lowercase().ends_with(".csv") {
            let label = ui.label(words::ui().get("import-relations-field"));
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut self.relations_path).desired_width(420.0))
                    .labelled_by(label.id);
                if ui.button(words::ui().get("import-choose-file")).clicked() {
                    choose = Some(FileField::Relations);
                }
            });
        }
        if let Some(field) = choose {
            return ImportAnswer::ChooseFile(field);
        }
        if self.busy {
            wait_for_job(ui, "job-reading-file");
            return ImportAnswer::Stay;
        }
        if ui.button(words::ui().get("import-read-file")).clicked() || entered {
            self.error = None;
            self.busy = true;
            return ImportAnswer::Read {
                path: self.path.clone(),
                relations: self.relations_path.clone(),
            };
        }
        ImportAnswer::Stay
    }

    fn map_step(&mut self, ui: &mut Ui) -> ImportAnswer {
        let Step::Map(state) = &mut self.step else {
            return ImportAnswer::Stay;
        };
        let room = ui.ctx().content_rect().height();
        if self.busy {
            // The import is being planned: the choices stay as they are meanwhile.
            ui.disable();
        }
        let action = state.show(ui, room);
        if self.busy {
            wait_for_job(ui, "job-planning");
        }
        match action {
            _ if self.busy => {}
            MapAction::Stay => {}
            MapAction::Back => {
                self.step = Step::Choose;
                return ImportAnswer::Stay;
            }
            MapAction::Review(imported) => {
                self.busy = true;
                return ImportAnswer::Plan(imported);
            }
        }
        // The choices changed: their preview is built (the next frame asks again if a
        // button above was pressed in the same frame).
        state
            .build_request()
            .map_or(ImportAnswer::Stay, ImportAnswer::Build)
    }

    /// The summary and the disagreements; on confirming, the merge is asked for.
    fn review_step(&mut self, ui: &mut Ui) -> ImportAnswer {
        let Step::Review(review) = &mut self.step else {
            return ImportAnswer::Stay;
        };
        review.show(ui);
        let verb = words::ui().get(if self.merge {
            "merge-button"
        } else {
            "import-button"
        });
        if self.busy {
            wait_for_job(ui, "job-merging");
            return ImportAnswer::Stay;
        }
        let back_text = words::ui().get("import-back");
        let (go, back) = ui
            .horizontal(|ui| (ui.button(verb).clicked(), ui.button(back_text).clicked()))
            .inner;
        if back {
            // The mapping is read again from the file: quick, and the file may have changed.
            self.step = Step::Choose;
        } else if go {
            self.busy = true;
            self.error = None;
            return ImportAnswer::Merge(MergeWanted {
                ours: Arc::clone(&review.ours),
                revision: review.revision,
                incoming: Arc::clone(&review.incoming),
                plan: review.plan.clone(),
                take_theirs: review.take_theirs.clone(),
            });
        }
        ImportAnswer::Stay
    }
}

/// A spinner and what the dialog waits for, where its buttons were.
fn wait_for_job(ui: &mut Ui, message: &'static str) {
    ui.horizontal(|ui| {
        super::jobs::spinner(ui);
        ui.label(words::ui().get(message));
    });
}
