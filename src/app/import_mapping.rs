//! The import's mapping step: how the file was read (its encoding, its header row), what each
//! column holds and on which scale, and then the values step, what each word of a word column
//! becomes. Every choice asks for the preview to be rebuilt (or the file re-read); the
//! import dialog does that as a job, and the step shows the last preview meanwhile.

use super::distinct_words::DistinctWords;
use crate::exchange::{
    ActorColumn, DistinctValue, Encoding, ImportError, Imported, Mapping, OFFERED_ENCODINGS,
    ReadOptions, RelationColumn, RememberedMapping, RememberedMappings, Scale, Source,
    SourceFormat, Table, TextEncoding, WORD_ROLES, has_words, import_tables_watched, read_source,
    split_unit,
};
use crate::guidance::BUILT_IN_CATEGORIES;
use crate::model::{ActorKind, Slice, Watch};
use crate::words;
use egui::{ComboBox, Grid, RichText, ScrollArea, Ui};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The height of the mapping step's rows other than the columns and the preview (title,
/// menus, scales, buttons, and the room the modal keeps around them).
const FIXED_ROWS_HEIGHT: f32 = 400.0;

/// Which page of the mapping step is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Columns,
    Values,
}

/// The mapping step's state: the file as read, the mapping, and the preview it gives.
pub struct MapState {
    path: PathBuf,
    relations: Option<PathBuf>,
    format: SourceFormat,
    encoding: Option<TextEncoding>,
    /// Shared with the job that builds the preview from them.
    tables: Arc<Vec<Table>>,
    /// Goes up whenever `tables` change (a new encoding, another header row).
    tables_generation: u64,
    /// The values step's words, counted once per state of the tables.
    distinct: DistinctWords,
    mapping: Mapping,
    /// The last preview built; while a newer one is built it stays on show.
    preview: Result<Arc<Imported>, ImportError>,
    /// What the next build must do, once the dialog starts it.
    wanted: Option<Rebuild>,
    /// Which request the preview on show answers, and the newest one asked for: a build
    /// that answers an older request is dropped.
    built: u64,
    asked: u64,
    page: Page,
    /// Mappings remembered in the config folder (`None`: nowhere to keep them).
    config_dir: Option<PathBuf>,
    remembered: RememberedMappings,
    /// What the last remember or re-read said, for the user, and whether it is a failure.
    note: Option<(String, bool)>,
}

/// What the user asked of the mapping step.
pub enum MapAction {
    /// Nothing yet.
    Stay,
    /// Back to choosing the file.
    Back,
    /// On to the review, with this import.
    Review(Arc<Imported>),
}

/// What the preview's job must do.
enum Rebuild {
    /// Build the rows again with the mapping as it is now.
    Build,
    /// Read the file again in another encoding, then build.
    Reread(&'static Encoding),
}

/// A build of the preview for the dialog to run as a job: everything it needs, shared or
/// copied, so that it can run on a thread of its own.
pub struct BuildRequest {
    /// Which request this is, for [`MapState::take_built`].
    pub number: u64,
    tables: Arc<Vec<Table>>,
    mapping: Mapping,
    reread: Option<(PathBuf, Option<PathBuf>, ReadOptions)>,
}

/// What a build hands back: the file as read again (after a new encoding), and the preview.
pub struct Built {
    source: Option<Result<Source, String>>,
    preview: Result<Imported, ImportError>,
}

impl BuildRequest {
    /// Read (if asked) and build, telling `watch` how many rows are done; `None` when it
    /// asked to stop.
    pub fn run(self, watch: &dyn Watch) -> Option<Built> {
        let (tables, mapping, source) = match self.reread {
            None => (self.tables, self.mapping, None),
            Some((path, relations, options)) => {
                match read_source(&path, options, relations.as_deref()) {
                    Ok(mut source) => {
                        source.mapping.values = self.mapping.values;
                        let tables = Arc::new(std::mem::take(&mut source.tables));
                        let mapping = source.mapping.clone();
                        (tables, mapping, Some(Ok(source)))
                    }
                    Err((file, e)) => {
                        let failed = Err(file_error(&file, &e));
                        (self.tables, self.mapping, Some(failed))
                    }
                }
            }
        };
        let preview = import_tables_watched(&tables, &mapping, watch).transpose()?;
        let source = source.map(|read| {
            read.map(|mut source| {
                // The tables went to the build; they come back to the step with the source.
                source.tables = Arc::unwrap_or_clone(tables);
                source
            })
        });
        Some(Built { source, preview })
    }
}

impl MapState {
    /// Read `path` (and a CSV of relationships) for mapping, and build the first preview,
    /// telling `watch` how many rows are done; `Ok(None)` when it asked to stop.
    pub fn read(
        path: &Path,
        relations: Option<&Path>,
        config_dir: Option<PathBuf>,
        watch: &dyn Watch,
    ) -> Result<Option<Self>, String> {
        let source = read_source(path, ReadOptions::default(), relations)
            .map_err(|(file, e)| file_error(&file, &e))?;
        let remembered = config_dir
            .as_deref()
            .map(RememberedMappings::load)
            .unwrap_or_default();
        let Some(preview) =
            import_tables_watched(&source.tables, &source.mapping, watch).transpose()
        else {
            return Ok(None);
        };
        Ok(Some(Self {
            path: path.to_owned(),
            relations: relations.map(Path::to_owned),
            format: source.format,
            encoding: source.encoding,
            tables: Arc::new(source.tables),
            tables_generation: 0,
            distinct: DistinctWords::default(),
            mapping: source.mapping,
            preview: preview.map(Arc::new),
            wanted: None,
            built: 0,
            asked: 0,
            page: Page::Columns,
            config_dir,
            remembered,
            note: None,
        }))
    }

    /// Ask for the preview to be built again (the mapping changed).
    fn refresh(&mut self) {
        // A re-read asked for in the same frame builds too.
        if self.wanted.is_none() {
            self.wanted = Some(Rebuild::Build);
        }
    }

    /// Ask for the file to be read again in `encoding` (and the preview built).
    fn reread(&mut self, encoding: &'static Encoding) {
        self.wanted = Some(Rebuild::Reread(encoding));
    }

    /// The build the step asked for since the last call, for the dialog to run as a job.
    pub fn build_request(&mut self) -> Option<BuildRequest> {
        let wanted = self.wanted.take()?;
        self.asked += 1;
        let reread = match wanted {
            Rebuild::Build => None,
            Rebuild::Reread(encoding) => Some((
                self.path.clone(),
                self.relations.clone(),
                ReadOptions {
                    format: Some(self.format),
                    encoding: Some(encoding),
                },
            )),
        };
        Some(BuildRequest {
            number: self.asked,
            tables: Arc::clone(&self.tables),
            mapping: self.mapping.clone(),
            reread,
        })
    }

    /// Whether a preview newer than the one on show is being built.
    pub fn building(&self) -> bool {
        self.built != self.asked || self.wanted.is_some()
    }

    /// Take in the build that answers request `number`, unless a newer one was asked for
    /// meanwhile; a re-read brings the file as read again (the word choices made still
    /// hold), or says why it could not be read.
    pub fn take_built(&mut self, number: u64, built: Built) {
        if number != self.asked {
            return;
        }
        self.built = number;
        match built.source {
            Some(Ok(source)) => {
                let values = std::mem::take(&mut self.mapping.values);
                self.format = source.format;
                self.encoding = source.encoding;
                self.tables = Arc::new(source.tables);
                self.tables_generation += 1;
                self.mapping = source.mapping;
                self.mapping.values = values;
                self.note = None;
            }
            Some(Err(error)) => {
                self.note = Some((error, true));
                // The file as it was read before stays, with its preview.
                return;
            }
            None => {}
        }
        self.preview = built.preview.map(Arc::new);
    }

    /// The build of request `number` was stopped or lost: nothing newer is coming for it.
    pub fn build_ended(&mut self, number: u64) {
        if number == self.asked {
            self.built = number;
        }
    }

    fn actors(&self) -> Option<&Table> {
        self.tables.get(self.mapping.actor_sheet)
    }

    /// Draw the step; `room` is the height the dialog may take.
    pub fn show(&mut self, ui: &mut Ui, room: f32) -> MapAction {
        let before = self.mapping.clone();
        let action = match self.page {
            Page::Columns => self.columns_page(ui, room),
            Page::Values => self.values_page(ui, room),
        };
        if self.mapping != before {
            self.refresh();
        }
        action
    }

    fn columns_page(&mut self, ui: &mut Ui, room: f32) -> MapAction {
        ui.label(words::ui().with("mapping-intro", &[("read", self.format.read_as())]));
        self.encoding_choice(ui);
        self.header_row_choice(ui);
        sheet_choices(ui, &self.tables, &mut self.mapping);
        // What the screen leaves beside the fixed rows, shared by the columns and the preview.
        let spare = room - FIXED_ROWS_HEIGHT;
        let grid_height = (spare * 0.5).clamp(110.0, 340.0);
        ScrollArea::vertical()
            .id_salt("import columns")
            .max_height(grid_height)
            .show(ui, |ui| column_grid(ui, &self.tables, &mut self.mapping));
        self.scale_choices(ui);
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(
                &mut self.mapping.keep_other_columns,
                words::ui().get("mapping-keep-other-columns"),
            );
            let slice_column = self.mapping.column_of(ActorColumn::Slice);
            let header = slice_column.and_then(|c| self.actors()?.headers.get(c).cloned());
            if let Some(header) = header.filter(|_| {
                self.mapping.may_take_support_from_slice() || self.mapping.support_from_slice
            }) {
                let text = words::ui().with("mapping-support-from-slice", &[("header", &header)]);
                ui.checkbox(&mut self.mapping.support_from_slice, text)
                    .on_hover_text(words::ui().get("mapping-support-from-slice-hint"));
            }
        });
        self.remember_row(ui);
        self.show_note(ui);
        if let Err(error) = &self.preview {
            ui.label(RichText::new(error.to_string()).color(ui.visuals().error_fg_color));
        }
        if let Ok(imported) = &self.preview {
            preview_list(ui, imported, (spare * 0.5).clamp(90.0, 300.0));
        }
        let has_words = self.word_columns().next().is_some();
        let (mut back, mut values, mut next) = (false, false, false);
        ui.horizontal(|ui| {
            back = ui.button(words::ui().get("import-back")).clicked();
            if self.preview.is_ok() && has_words {
                values = ui
                    .button(words::ui().get("mapping-values-button"))
                    .clicked();
            }
            if self.building() {
                building(ui);
            } else if self.preview.is_ok() {
                next = ui.button(words::ui().get("mapping-next")).clicked();
            }
        });
        if values {
            self.page = Page::Values;
        }
        self.finish(back, next)
    }

    fn finish(&self, back: bool, next: bool) -> MapAction {
        match (&self.preview, back, next) {
            (_, true, _) => MapAction::Back,
            // Only the preview of the choices on show goes on to the review.
            (Ok(imported), _, true) if !self.building() => MapAction::Review(Arc::clone(imported)),
            _ => MapAction::Stay,
        }
    }

    /// The file's encoding, with a menu to read it in another.
    fn encoding_choice(&mut self, ui: &mut Ui) {
        let Some(read) = self.encoding else {
            return;
        };
        let mut chosen = read.encoding;
        ui.horizontal(|ui| {
            let label = ui.label(words::ui().get("mapping-encoding"));
            ComboBox::from_id_salt("import encoding")
                .selected_text(chosen.name())
                .show_ui(ui, |ui| {
                    for encoding in OFFERED_ENCODINGS {
                        ui.selectable_value(&mut chosen, encoding, encoding.name());
                    }
                })
                .response
                .labelled_by(label.id);
            let origin = words::ui().with(
                "mapping-encoding-origin",
                &[("origin", read.origin.describe())],
            );
            ui.label(RichText::new(origin).weak());
        });
        if chosen != read.encoding {
            self.reread(chosen);
        }
    }

    /// The row the headers are read from, with a menu of the first rows.
    fn header_row_choice(&mut self, ui: &mut Ui) {
        let Some(table) = self.actors() else {
            return;
        };
        let Some(current) = table.header_row else {
            return;
        };
        let candidates = table.header_candidates();
        let first = table.used_rows().map_or(current, |(first, _)| first);
        let mut chosen = current;
        ui.horizontal(|ui| {
            let label = ui.label(words::ui().get("mapping-header-row"));
            ComboBox::from_id_salt("import header row")
                .selected_text(current.to_string())
                .width(60.0)
                .show_ui(ui, |ui| {
                    for (number, text) in &candidates {
                        let row = number.to_string();
                        let choice = words::ui().with(
                            "mapping-header-row-choice",
                            &[("row", &row), ("cells", text)],
                        );
                        ui.selectable_value(&mut chosen, *number, choice);
                    }
                })
                .response
                .labelled_by(label.id);
            if current > first {
                let (first, last) = (first.to_string(), (current - 1).to_string());
                let text =
                    words::ui().with("mapping-rows-above", &[("first", &first), ("last", &last)]);
                ui.label(RichText::new(text).weak());
            }
        });
        if chosen != current
            && let Some(headed) = table.headed_by(chosen)
        {
            let sheet = self.mapping.actor_sheet;
            Arc::make_mut(&mut self.tables)[sheet] = headed;
            self.tables_generation += 1;
            self.mapping.guess_columns(&self.tables);
            self.refresh();
        }
    }

    /// The range of the support and influence columns, where the sheet has them.
    fn scale_choices(&mut self, ui: &mut Ui) {
        let Some(table) = self.tables.get(self.mapping.actor_sheet) else {
            return;
        };
        for (role, salt) in [
            (ActorColumn::Support, "support scale"),
            (ActorColumn::Influence, "influence scale"),
        ] {
            let Some(column) = self.mapping.column_of(role) else {
                continue;
            };
            let header = &table.headers[column];
            let scale = if role == ActorColumn::Support {
                &mut self.mapping.support_scale
            } else {
                &mut self.mapping.influence_scale
            };
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(words::ui().with("mapping-scale-runs", &[("header", header)]));
                scale_menu(ui, salt, scale).labelled_by(label.id);
                let origin = match split_unit(header).1 {
                    Some(named) if named == *scale => "mapping-scale-from-header",
                    Some(Scale::ZERO_TO_HUNDRED) if *scale == Scale::ZERO_TO_ONE => {
                        "mapping-scale-percent-cells"
                    }
                    _ => "mapping-scale-from-values",
                };
                ui.label(RichText::new(words::ui().get(origin)).weak());
                ui.label(converted_samples(table, column, role, *scale));
                let outside = table
                    .rows
                    .iter()
                    .filter_map(|row| row[column].number())
                    .filter(|&n| scale.unit(n).is_none())
                    .count();
                if outside > 0 {
                    let text = words::ui().counted_with(
                        "mapping-values-outside",
                        outside,
                        &[("scale", &scale.label())],
                    );
                    ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
                }
            });
        }
    }

    /// Offer a mapping remembered for these headers, and remembering this one.
    fn remember_row(&mut self, ui: &mut Ui) {
        let Some(folder) = self.config_dir.clone() else {
            return;
        };
        let Some(table) = self.actors() else {
            return;
        };
        let this = RememberedMapping::of(table, &self.mapping);
        let offered = self.remembered.for_table(table).cloned();
        ui.horizontal_wrapped(|ui| {
            if let Some(offered) = offered.filter(|m| *m != this) {
                ui.label(words::ui().get("mapping-remembered-offer"));
                if ui
                    .button(words::ui().get("mapping-use-remembered"))
                    .clicked()
                {
                    offered.apply(&mut self.mapping);
                    let note = words::ui().get("mapping-remembered-in-use");
                    self.note = Some((note.to_owned(), false));
                }
            }
            if ui.button(words::ui().get("mapping-remember")).clicked() {
                self.note = Some(match self.remembered.remember(this, &folder) {
                    Ok(()) => (words::ui().get("mapping-remembered").to_owned(), false),
                    Err(error) => {
                        let error = error.to_string();
                        let note =
                            words::ui().with("mapping-remember-failed", &[("error", &error)]);
                        (note, true)
                    }
                });
            }
        });
    }

    /// What the last re-read or remember said.
    fn show_note(&self, ui: &mut Ui) {
        if let Some((note, failed)) = &self.note {
            let text = RichText::new(note);
            ui.label(if *failed {
                text.color(ui.visuals().error_fg_color)
            } else {
                text.weak()
            });
        }
    }

    /// The columns of words whose values the values step lists: (role, column).
    fn word_columns(&self) -> impl Iterator<Item = (ActorColumn, usize)> + '_ {
        WORD_ROLES.into_iter().filter_map(|role| {
            let column = self.mapping.column_of(role)?;
            let table = self.actors()?;
            // Asked every frame: whether there are words, not which.
            has_words(table, column).then_some((role, column))
        })
    }

    fn values_page(&mut self, ui: &mut Ui, room: f32) -> MapAction {
        ui.label(words::ui().get("value-intro"));
        let columns: Vec<(ActorColumn, usize)> = self.word_columns().collect();
        let sheet = self.mapping.actor_sheet;
        let Some(table) = self.tables.get(sheet) else {
            return MapAction::Back;
        };
        let numbers: Vec<usize> = columns.iter().map(|&(_, column)| column).collect();
        let listed = self
            .distinct
            .of(self.tables_generation, sheet, table, &numbers);
        ScrollArea::vertical()
            .id_salt("import values")
            .max_height((room - 260.0).clamp(160.0, 640.0))
            .show(ui, |ui| {
                for (&(role, column), values) in columns.iter().zip(listed) {
                    let heading = words::ui().with(
                        "value-column-heading",
                        &[("role", role.label()), ("header", &table.headers[column])],
                    );
                    ui.label(RichText::new(heading).strong());
                    values_grid(ui, values, column, role, &mut self.mapping);
                    ui.add_space(6.0);
                }
            });
        if let Ok(imported) = &self.preview {
            ui.label(RichText::new(summary(imported)).strong());
        }
        self.remember_row(ui);
        self.show_note(ui);
        let mut next = false;
        ui.horizontal(|ui| {
            if ui.button(words::ui().get("value-back")).clicked() {
                self.page = Page::Columns;
            }
            if self.building() {
                building(ui);
            } else if self.preview.is_ok() {
                next = ui.button(words::ui().get("mapping-next")).clicked();
            }
        });
        self.finish(false, next)
    }
}

/// One row per distinct word of `column`: the word, how many rows hold it, what it becomes.
fn values_grid(
    ui: &mut Ui,
    distinct: &[DistinctValue],
    column: usize,
    role: ActorColumn,
    mapping: &mut Mapping,
) {
    Grid::new(("import values", column))
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for id in ["value-in-file", "value-rows", "value-becomes"] {
                ui.label(RichText::new(words::ui().get(id)).strong());
            }
            ui.end_row();
            for value in distinct {
                let label = ui.label(&value.text);
                ui.label(value.count.to_string());
                let salt = ("value choice", column, value.key.as_str());
                let values = &mut mapping.values;
                let key = value.key.as_str();
                let menu = match role {
                    ActorColumn::Slice => {
                        let current = values.slice(&value.text);
                        choose(ui, salt, current, &slice_options(), &mut values.slice, key)
                    }
                    ActorColumn::Support => {
                        let current = values.support_step(&value.text);
                        let options = support_options();
                        choose(ui, salt, current, &options, &mut values.support, key)
                    }
                    ActorColumn::Kind => {
                        let current = values.kind(&value.text).0;
                        choose(ui, salt, current, &kind_options(), &mut values.kind, key)
                    }
                    _ => {
                        let written = values.category(&value.text);
                        let current = BUILT_IN_CATEGORIES
                            .iter()
                            .find(|c| c.key == written)
                            .map(|c| c.key.to_owned());
                        let options = category_options(&value.text);
                        choose(ui, salt, current, &options, &mut values.category, key)
                    }
                };
                menu.labelled_by(label.id);
                ui.end_row();
            }
        });
}

/// A menu of `options` showing `current`; a choice the user makes is kept under `key`.
fn choose<T: Clone + PartialEq>(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: T,
    options: &[(T, String)],
    choices: &mut BTreeMap<String, T>,
    key: &str,
) -> egui::Response {
    let mut choice = current;
    let (response, changed) = option_menu(ui, salt, &mut choice, options);
    if changed {
        choices.insert(key.to_owned(), choice);
    }
    response
}

/// A menu of `options` (a value and its label) setting `choice`; whether it changed.
fn option_menu<T: Clone + PartialEq>(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    choice: &mut T,
    options: &[(T, String)],
) -> (egui::Response, bool) {
    let before = choice.clone();
    let selected = options
        .iter()
        .find(|(value, _)| value == choice)
        .map_or_else(String::new, |(_, label)| label.clone());
    let response = ComboBox::from_id_salt(salt)
        .selected_text(selected)
        .width(230.0)
        .show_ui(ui, |ui| {
            for (value, label) in options {
                ui.selectable_value(choice, value.clone(), label);
            }
        })
        .response;
    let changed = *choice != before;
    (response, changed)
}

fn slice_options() -> Vec<(Option<Slice>, String)> {
    Slice::ALL
        .into_iter()
        .map(|s| (Some(s), words::ui().slice(s).to_owned()))
        .chain([(None, words::ui().get("value-slice-none").to_owned())])
        .collect()
}

fn support_options() -> Vec<(Option<Slice>, String)> {
    let labels = [
        "value-strongly-supportive",
        "value-supportive",
        "value-neutral",
        "value-opposed",
        "value-strongly-opposed",
    ];
    Slice::ALL
        .into_iter()
        .zip(labels)
        .map(|(s, label)| (Some(s), words::ui().get(label).to_owned()))
        .chain([(None, words::ui().get("value-support-none").to_owned())])
        .collect()
}

fn kind_options() -> Vec<(Option<ActorKind>, String)> {
    ActorKind::ALL
        .into_iter()
        .map(|k| (Some(k), words::ui().kind(k).to_owned()))
        .chain([(None, words::ui().get("value-kind-none").to_owned())])
        .collect()
}

fn category_options(text: &str) -> Vec<(Option<String>, String)> {
    let own = words::ui().with("value-own-category", &[("category", text.trim())]);
    std::iter::once((None, own))
        .chain(
            BUILT_IN_CATEGORIES
                .iter()
                .map(|c| (Some(c.key.to_owned()), c.label(words::ui()).to_owned())),
        )
        .collect()
}

fn scale_menu(ui: &mut Ui, salt: &str, scale: &mut Scale) -> egui::Response {
    let mut options: Vec<Scale> = Scale::ALL.to_vec();
    if !options.contains(scale) {
        options.insert(0, *scale);
    }
    ComboBox::from_id_salt(salt)
        .selected_text(scale.label())
        .show_ui(ui, |ui| {
            for option in options {
                ui.selectable_value(scale, option, option.label());
            }
        })
        .response
}

/// The first values of a numeric column and where each lands on its axis.
fn converted_samples(table: &Table, column: usize, role: ActorColumn, scale: Scale) -> String {
    let samples: Vec<String> = table
        .rows
        .iter()
        .filter_map(|row| {
            let cell = &row[column];
            let n = cell.number()?;
            let landed = match scale.unit(n) {
                Some(u) if role == ActorColumn::Support => format!("{:+.2}", u * 2.0 - 1.0),
                Some(u) => format!("{u:.2}"),
                None => words::ui().get("mapping-sample-outside").to_owned(),
            };
            Some(format!("{} → {landed}", cell.text()))
        })
        .take(4)
        .collect();
    samples.join(" · ")
}

fn sheet_choices(ui: &mut Ui, tables: &[Table], mapping: &mut Mapping) {
    if tables.len() < 2 {
        return;
    }
    let before = (mapping.actor_sheet, mapping.relation_sheet);
    ui.horizontal(|ui| {
        let name = |i: usize| tables.get(i).map_or("", |t| t.name.as_str()).to_owned();
        let label = ui.label(words::ui().get("mapping-actors-sheet"));
        ComboBox::from_id_salt("actor sheet")
            .selected_text(name(mapping.actor_sheet))
            .show_ui(ui, |ui| {
                for (i, table) in tables.iter().enumerate() {
                    ui.selectable_value(&mut mapping.actor_sheet, i, &table.name);
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(words::ui().get("mapping-relations-sheet"));
        ComboBox::from_id_salt("relation sheet")
            .selected_text(
                mapping
                    .relation_sheet
                    .map_or_else(|| words::ui().get("mapping-no-sheet").to_owned(), name),
            )
            .show_ui(ui, |ui| {
                let none = words::ui().get("mapping-no-sheet");
                ui.selectable_value(&mut mapping.relation_sheet, None, none);
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
        let before = mapping.actor_columns.clone();
        let mut roles = before.clone();
        role_grid(
            ui,
            actors,
            &mut roles,
            &ActorColumn::ALL,
            ActorColumn::label,
        );
        // A role only one column may hold moves to the column it was given.
        for (column, (&new, &old)) in roles.iter().zip(&before).enumerate() {
            if new != old {
                mapping.assign(column, new);
                if let Some(scale) = mapping.column_scale(actors, new) {
                    match new {
                        ActorColumn::Support => mapping.support_scale = scale,
                        ActorColumn::Influence => mapping.influence_scale = scale,
                        _ => {}
                    }
                }
            }
        }
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
            let first = words::ui().with("mapping-column-of", &[("sheet", &table.name)]);
            ui.label(RichText::new(first).strong());
            ui.label(RichText::new(words::ui().get("mapping-holds")).strong());
            ui.label(RichText::new(words::ui().get("mapping-first-values")).strong());
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

fn summary(imported: &Imported) -> String {
    let waiting = imported.actors.iter().filter(|a| a.parked).count();
    let tray = imported
        .actors
        .iter()
        .filter(|a| a.spectrum.is_none())
        .count();
    let ui = words::ui();
    let actors = ui.counted("mapping-actors", imported.actors.len());
    let relationships = ui.counted("mapping-relationships", imported.relationships.len());
    ui.with(
        "mapping-summary",
        &[
            ("actors", &actors),
            ("waiting", &waiting.to_string()),
            ("tray", &tray.to_string()),
            ("relationships", &relationships),
        ],
    )
}

/// Every problem first (what the user must act on), then the first actors as they will
/// arrive.
fn preview_list(ui: &mut Ui, imported: &Imported, height: f32) {
    ui.label(RichText::new(summary(imported)).strong());
    ScrollArea::vertical()
        .id_salt("import preview")
        .max_height(height)
        .show(ui, |ui| {
            if !imported.problems.is_empty() {
                let heading = words::ui().counted("mapping-problems", imported.problems.len());
                ui.label(RichText::new(heading).color(ui.visuals().warn_fg_color));
                for problem in imported.problems.iter().take(PROBLEMS_LISTED) {
                    ui.label(problem.to_string());
                }
                if imported.problems.len() > PROBLEMS_LISTED {
                    let more = imported.problems.len() - PROBLEMS_LISTED;
                    ui.label(words::ui().counted("mapping-and-more", more));
                }
                ui.separator();
            }
            for actor in imported.actors.iter().take(ACTORS_LISTED) {
                ui.label(format!(
                    "{} · {} · {}",
                    actor.name,
                    words::ui().kind(actor.kind),
                    super::conflict_grid::place_text(actor)
                ));
            }
            if imported.actors.len() > ACTORS_LISTED {
                let more = imported.actors.len() - ACTORS_LISTED;
                ui.label(words::ui().counted("mapping-and-more", more));
            }
        });
}

/// Said where the next button will be, while the preview of the latest choices is built.
fn building(ui: &mut Ui) {
    super::jobs::spinner(ui);
    ui.label(words::ui().get("job-building-preview"));
}

/// "path: what went wrong", for a file that could not be read.
fn file_error(file: &Path, error: &ImportError) -> String {
    let (file, error) = (file.display().to_string(), error.to_string());
    words::ui().with("import-file-error", &[("file", &file), ("error", &error)])
}

/// How many problems the preview lists (the CLI prints them all).
const PROBLEMS_LISTED: usize = 200;
/// How many actors the preview shows.
const ACTORS_LISTED: usize = 8;
