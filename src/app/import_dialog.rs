//! File > Import actors and File > Merge another session: choose the file, say what its
//! columns mean (with a preview and every row's problems), then read what will be added,
//! updated and left alone, and decide each disagreement, before anything changes.

use super::PowermapApp;
use super::file_browser::{BrowseRequest, Mode};
use super::file_dialogs::{DialogOutcome, IMPORT_EXTENSIONS, expand_home};
use crate::exchange::{
    ActorColumn, ImportError, Imported, Mapping, RelationColumn, Scale, Source, SourceFormat,
    Table, import_tables, read_source,
};
use crate::model::{Edit, MergePlan, Session, apply_merge, plan_merge};
use crate::words::count;
use egui::{ComboBox, Grid, Id, Modal, RichText, ScrollArea, TextEdit, Ui};
use std::path::Path;

/// The accessible name of the dialog's file field.
pub const IMPORT_PATH_LABEL: &str = "File to bring in";

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
    /// Saying what the columns mean.
    Map {
        format: SourceFormat,
        tables: Vec<Table>,
        mapping: Mapping,
        preview: Result<Imported, ImportError>,
    },
    /// Reading what will happen and deciding disagreements.
    Review {
        incoming: Box<Session>,
        plan: MergePlan,
        take_theirs: Vec<bool>,
        problems: usize,
    },
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
        }
    }

    fn field(&mut self, field: FileField) -> &mut String {
        match field {
            FileField::Main => &mut self.path,
            FileField::Relations => &mut self.relations_path,
        }
    }

    fn title(&self) -> &'static str {
        if self.merge {
            "Merge another session"
        } else {
            "Import actors"
        }
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
            ui.set_max_width(820.0);
            ui.heading(dialog.title());
            let finished = match dialog.step {
                Step::Choose => {
                    self.choose_step(ui, &mut dialog);
                    false
                }
                Step::Map { .. } => {
                    self.map_step(ui, &mut dialog);
                    false
                }
                Step::Review { .. } => self.review_step(ui, &mut dialog),
            };
            if let Some(error) = &dialog.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            if ui.button("Cancel").clicked() || finished {
                close = true;
            }
        });
        if !(close || modal.should_close()) {
            self.import_dialog = Some(dialog);
        }
    }

    fn choose_step(&self, ui: &mut Ui, dialog: &mut ImportDialog) {
        ui.label(if dialog.merge {
            "A session file another organizer made of the same campaign. Actors are matched by \
             id, then by name; you will see every place where the two maps disagree."
        } else {
            "A CSV file or spreadsheet (.xlsx, .ods), a Kumu project backup or an Oligrapher map. \
             Actors without support and influence wait in the parking lot for the room to place."
        });
        let label = ui.label(IMPORT_PATH_LABEL);
        let mut entered = false;
        ui.horizontal(|ui| {
            let field = ui
                .add(TextEdit::singleline(&mut dialog.path).desired_width(420.0))
                .labelled_by(label.id);
            if std::mem::take(&mut dialog.focus_path) {
                field.request_focus();
            }
            entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Choose…").clicked() {
                self.choose_file(dialog, FileField::Main);
            }
        });
        if !dialog.merge && dialog.path.trim().to_lowercase().ends_with(".csv") {
            let label = ui.label("Relationships, from a second CSV file (optional)");
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut dialog.relations_path).desired_width(420.0))
                    .labelled_by(label.id);
                if ui.button("Choose…").clicked() {
                    self.choose_file(dialog, FileField::Relations);
                }
            });
        }
        if ui.button("Read the file").clicked() || entered {
            dialog.error = None;
            let home = self.dialogs.user_folders().home;
            let typed = |text: &str| expand_home(Path::new(text.trim()), home.as_deref());
            let path = typed(&dialog.path);
            let result = if dialog.merge {
                self.read_session(&path)
            } else {
                read_for_mapping(&path, &typed(&dialog.relations_path))
            };
            match result {
                Ok(step) => dialog.step = step,
                Err(error) => dialog.error = Some(error),
            }
        }
    }

    /// Ask for a file with the system's dialog, else the in-app one, and put it in `field`.
    fn choose_file(&self, dialog: &mut ImportDialog, field: FileField) {
        let title = if dialog.merge {
            "Merge a session"
        } else {
            "Import actors"
        };
        let start = self.start_folder();
        match self.dialogs.pick_import(start.as_deref(), title) {
            DialogOutcome::Picked(path) => *dialog.field(field) = path.display().to_string(),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => self.browse(BrowseRequest {
                mode: Mode::Open,
                title,
                button: "Choose",
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

    /// The other session, ready for review.
    fn read_session(&self, path: &Path) -> Result<Step, String> {
        if path.as_os_str().is_empty() {
            return Err("Type or choose the session to merge.".to_owned());
        }
        let theirs = crate::storage::load_file(path).map_err(|e| match e {
            crate::storage::LoadError::Locked => format!(
                "{} is locked with a passphrase: open it, remove its lock (File menu), save, \
                 and merge that copy.",
                path.display()
            ),
            other => format!("{}: {other}", path.display()),
        })?;
        Ok(self.review(theirs, 0))
    }

    fn review(&self, incoming: Session, problems: usize) -> Step {
        let plan = plan_merge(self.session(), &incoming);
        Step::Review {
            take_theirs: vec![false; plan.conflicts.len()],
            incoming: Box::new(incoming),
            plan,
            problems,
        }
    }

    fn map_step(&self, ui: &mut Ui, dialog: &mut ImportDialog) {
        let Step::Map {
            format,
            tables,
            mapping,
            preview,
        } = &mut dialog.step
        else {
            return;
        };
        ui.label(format!(
            "Read as a {}. Say what each column holds; the preview below follows your choices.",
            format.label()
        ));
        let before = mapping.clone();
        sheet_choices(ui, tables, mapping);
        ScrollArea::vertical()
            .id_salt("import columns")
            .max_height(220.0)
            .show(ui, |ui| column_grid(ui, tables, mapping));
        ui.horizontal(|ui| {
            scale_choice(
                ui,
                "Support runs",
                "support scale",
                &mut mapping.support_scale,
            );
            scale_choice(
                ui,
                "Influence runs",
                "influence scale",
                &mut mapping.influence_scale,
            );
        });
        ui.checkbox(
            &mut mapping.keep_other_columns,
            "Keep the other columns in each actor's notes",
        );
        if *mapping != before {
            *preview = import_tables(tables, mapping);
        }
        let (mut next, mut back) = (None, false);
        if let Err(error) = preview {
            ui.label(RichText::new(error.to_string()).color(ui.visuals().error_fg_color));
        }
        if let Ok(imported) = preview {
            preview_list(ui, imported);
        }
        ui.horizontal(|ui| {
            back = ui.button("Back").clicked();
            if let Ok(imported) = preview
                && ui.button("Next: what will change").clicked()
            {
                next = Some((imported.clone().into_session(), imported.problems.len()));
            }
        });
        if let Some((incoming, problems)) = next {
            dialog.step = self.review(incoming, problems);
        } else if back {
            dialog.step = Step::Choose;
        }
    }

    /// The summary and the disagreements; returns whether the import was made.
    fn review_step(&mut self, ui: &mut Ui, dialog: &mut ImportDialog) -> bool {
        let Step::Review {
            incoming,
            plan,
            take_theirs,
            problems,
        } = &mut dialog.step
        else {
            return false;
        };
        let waiting = plan
            .matches
            .iter()
            .zip(&incoming.actors)
            .filter(|(m, a)| m.is_none() && a.parked)
            .count();
        ui.label(format!(
            "{} ({waiting} of them wait in the parking lot), {} updated, {} already here and \
             unchanged; {}.",
            count(plan.added, "new actor", "new actors"),
            plan.updated,
            plan.unchanged,
            count(
                plan.relationships_added,
                "new relationship",
                "new relationships"
            )
        ));
        if *problems > 0 {
            ui.label(format!(
                "{} could not be read as the file asked (listed in the step before).",
                count(*problems, "row", "rows")
            ));
        }
        if !plan.conflicts.is_empty() {
            ui.label(
                RichText::new(format!(
                    "{} in different places in the two maps. Choose, for each, which to keep:",
                    count(plan.conflicts.len(), "actor stands", "actors stand")
                ))
                .strong(),
            );
            ScrollArea::vertical()
                .id_salt("merge conflicts")
                .max_height(260.0)
                .show(ui, |ui| {
                    Grid::new("merge conflicts grid")
                        .striped(true)
                        .show(ui, |ui| {
                            ui.label(RichText::new("Actor").strong());
                            ui.label(RichText::new("Here").strong());
                            ui.label(RichText::new("In the other file").strong());
                            ui.label(RichText::new("Keep").strong());
                            ui.end_row();
                            for (conflict, take) in
                                plan.conflicts.iter().zip(take_theirs.iter_mut())
                            {
                                let ours = &self.doc.session().actors[conflict.ours];
                                let theirs = &incoming.actors[conflict.theirs];
                                ui.label(&ours.name);
                                ui.label(place_text(ours));
                                ui.label(place_text(theirs));
                                ui.horizontal(|ui| {
                                    ui.radio_value(take, false, "Here");
                                    ui.radio_value(take, true, "Other file");
                                });
                                ui.end_row();
                            }
                        });
                });
        }
        let verb = if dialog.merge { "Merge" } else { "Import" };
        let (go, back) = ui
            .horizontal(|ui| (ui.button(verb).clicked(), ui.button("Back").clicked()))
            .inner;
        if back {
            // The mapping is read again from the file: quick, and the file may have changed.
            dialog.step = Step::Choose;
            return false;
        }
        if go {
            let merged = apply_merge(self.doc.session(), incoming, plan, take_theirs);
            let added = plan.added;
            self.edit(Edit::ReplaceSession(Box::new(merged)));
            let done = if dialog.merge { "Merged" } else { "Imported" };
            self.status = format!(
                "{done}: {}, {} updated. Undo takes it back.",
                count(added, "new actor", "new actors"),
                plan.updated
            );
            return true;
        }
        false
    }
}

/// Read a file for the mapping step: its tables, the guessed mapping and a first preview.
fn read_for_mapping(path: &Path, relations: &Path) -> Result<Step, String> {
    if path.as_os_str().is_empty() {
        return Err("Type or choose the file to import.".to_owned());
    }
    let relations = (!relations.as_os_str().is_empty()).then_some(relations);
    let Source {
        format,
        tables,
        mapping,
    } = read_source(path, None, relations)
        .map_err(|(file, e)| format!("{}: {e}", file.display()))?;
    let preview = import_tables(&tables, &mapping);
    Ok(Step::Map {
        format,
        tables,
        mapping,
        preview,
    })
}

fn place_text(actor: &crate::model::Actor) -> String {
    let map = if actor.parked {
        "not placed".to_owned()
    } else {
        format!(
            "support {:+.2}, influence {:.2}",
            actor.position.support, actor.position.influence
        )
    };
    match actor.spectrum {
        Some(place) => format!("{map}; {}", place.slice.label()),
        None => map,
    }
}

fn sheet_choices(ui: &mut Ui, tables: &[Table], mapping: &mut Mapping) {
    if tables.len() < 2 {
        return;
    }
    let before = (mapping.actor_sheet, mapping.relation_sheet);
    ui.horizontal(|ui| {
        let name = |i: usize| tables.get(i).map_or("", |t| t.name.as_str()).to_owned();
        let label = ui.label("Actors in");
        ComboBox::from_id_salt("actor sheet")
            .selected_text(name(mapping.actor_sheet))
            .show_ui(ui, |ui| {
                for (i, table) in tables.iter().enumerate() {
                    ui.selectable_value(&mut mapping.actor_sheet, i, &table.name);
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label("Relationships in");
        ComboBox::from_id_salt("relation sheet")
            .selected_text(
                mapping
                    .relation_sheet
                    .map_or_else(|| "none".to_owned(), name),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut mapping.relation_sheet, None, "none");
                for (i, table) in tables.iter().enumerate() {
                    ui.selectable_value(&mut mapping.relation_sheet, Some(i), &table.name);
                }
            })
            .response
            .labelled_by(label.id);
    });
    if (mapping.actor_sheet, mapping.relation_sheet) != before {
        mapping.guess_columns(tables);
    }
}

/// The column grids of the actors' sheet and, if chosen, the relationships' sheet.
fn column_grid(ui: &mut Ui, tables: &[Table], mapping: &mut Mapping) {
    if let Some(actors) = tables.get(mapping.actor_sheet) {
        role_grid(
            ui,
            actors,
            &mut mapping.actor_columns,
            &ActorColumn::ALL,
            ActorColumn::label,
        );
    }
    if let Some(relations) = mapping.relation_sheet.and_then(|r| tables.get(r)) {
        role_grid(
            ui,
            relations,
            &mut mapping.relation_columns,
            &RelationColumn::ALL,
            RelationColumn::label,
        );
    }
}

/// One row per column of `table`: its header, a menu of what it holds, its first values.
fn role_grid<R: Copy + PartialEq>(
    ui: &mut Ui,
    table: &Table,
    roles: &mut [R],
    options: &[R],
    label_of: fn(R) -> &'static str,
) {
    Grid::new(("columns", &table.name))
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(format!("Column of {}", table.name)).strong());
            ui.label(RichText::new("Holds").strong());
            ui.label(RichText::new("First values").strong());
            ui.end_row();
            for (c, (header, role)) in table.headers.iter().zip(roles.iter_mut()).enumerate() {
                let label = ui.label(header);
                ComboBox::from_id_salt(("column role", &table.name, c))
                    .selected_text(label_of(*role))
                    .show_ui(ui, |ui| {
                        for &option in options {
                            ui.selectable_value(role, option, label_of(option));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.label(samples(table, c));
                ui.end_row();
            }
        });
}

fn samples(table: &Table, column: usize) -> String {
    let values: Vec<String> = table
        .rows
        .iter()
        .map(|row| row[column].text())
        .filter(|t| !t.is_empty())
        .take(3)
        .map(|t| {
            if t.chars().count() > 28 {
                format!("{}…", t.chars().take(27).collect::<String>())
            } else {
                t
            }
        })
        .collect();
    values.join(" · ")
}

fn scale_choice(ui: &mut Ui, text: &str, salt: &str, scale: &mut Scale) {
    let label = ui.label(text);
    ComboBox::from_id_salt(salt)
        .selected_text(scale.label())
        .show_ui(ui, |ui| {
            for option in Scale::ALL {
                ui.selectable_value(scale, option, option.label());
            }
        })
        .response
        .labelled_by(label.id);
}

/// The first actors as they will arrive, then every problem.
fn preview_list(ui: &mut Ui, imported: &Imported) {
    let waiting = imported.actors.iter().filter(|a| a.parked).count();
    ui.label(
        RichText::new(format!(
            "{} ({waiting} wait to be placed), {}",
            count(imported.actors.len(), "actor", "actors"),
            count(
                imported.relationships.len(),
                "relationship",
                "relationships"
            )
        ))
        .strong(),
    );
    ScrollArea::vertical()
        .id_salt("import preview")
        .max_height(160.0)
        .show(ui, |ui| {
            for actor in imported.actors.iter().take(8) {
                ui.label(format!(
                    "{} · {} · {}",
                    actor.name,
                    actor.kind.label(),
                    place_text(actor)
                ));
            }
            if imported.actors.len() > 8 {
                ui.label(format!("… and {} more", imported.actors.len() - 8));
            }
            if !imported.problems.is_empty() {
                ui.label(
                    RichText::new(format!(
                        "{}:",
                        count(imported.problems.len(), "problem", "problems")
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                for problem in imported.problems.iter().take(200) {
                    ui.label(problem.to_string());
                }
            }
        });
}
