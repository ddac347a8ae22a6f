//! File > Export: choose view, format, size and privacy, see exactly what will be written,
//! and never replace a file without being asked.

use super::PowermapApp;
use super::file_dialogs::DialogOutcome;
use super::jobs::{JobKind, Progress};
use crate::render::{
    ExportError, ExportFormat, ExportRequest, MAX_SIDE, MIN_SIDE, PixelSize, export, export_svg,
    neutral_title, render_preview,
};
use crate::scene::{PageView, Paper};
use crate::words::{self, Words};
use egui::{Id, Modal, RichText, TextEdit, TextureHandle, Ui};
use std::path::{Path, PathBuf};

/// PNG size presets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PngPreset {
    /// The paper at 300 dpi (A4: 3508 x 2480).
    Print,
    /// 1920 x 1080.
    Slides,
    /// Typed width and height.
    Custom,
}

/// The export dialog's choices and its preview.
pub struct ExportDialog {
    request: ExportRequest,
    preset: PngPreset,
    custom: (u32, u32),
    path: String,
    /// The path the dialog proposed last; while the path is still that one, choosing another
    /// view or format proposes that one's own name.
    proposed: String,
    /// The session's file, whose name the proposals start from.
    session_path: Option<PathBuf>,
    /// The user's home folder, for a typed path starting with `~`.
    home: Option<PathBuf>,
    save_key: bool,
    /// The preview and the choices it was drawn for (no texture when drawing failed, so a
    /// failure is not retried every frame).
    preview: Option<(ExportRequest, Option<TextureHandle>)>,
    /// The choices a preview is being drawn for, as a job; the one before stays on show.
    preview_asked: Option<ExportRequest>,
    /// A preview drawn by its job, to become a texture when the dialog is next drawn.
    preview_drawn: Option<(ExportRequest, Result<egui::ColorImage, String>)>,
    error: Option<String>,
    /// Write the actors and relationships as CSV instead of a page.
    csv: bool,
    /// Files the export would replace: the dialog asks before writing over them.
    replace: Option<Vec<PathBuf>>,
}

/// The largest preview, in pixels; within every GPU's texture limit.
const PREVIEW_SIZE: (u32, u32) = (400, 320);

impl ExportDialog {
    /// A dialog with print-quality defaults and a path beside the session file.
    pub fn new(session_path: Option<&Path>, home: Option<PathBuf>) -> Self {
        let request = ExportRequest::default();
        let path = suggested_path(session_path, request.view, request.format, false);
        Self {
            request,
            preset: PngPreset::Print,
            custom: (1920, 1080),
            proposed: path.clone(),
            path,
            session_path: session_path.map(Path::to_owned),
            home,
            save_key: false,
            preview: None,
            preview_asked: None,
            preview_drawn: None,
            error: None,
            csv: false,
            replace: None,
        }
    }

    /// Every file the export writes: the page or the actors, and the relationships or the
    /// codes key beside it.
    fn targets(&self) -> Vec<PathBuf> {
        let path = self.chosen_path();
        if self.csv {
            let relations = crate::exchange::relationships_path(&path);
            vec![path, relations]
        } else if self.request.redact && self.save_key {
            let key = key_path(&path);
            vec![path, key]
        } else {
            vec![path]
        }
    }

    /// The path typed or chosen, with a leading `~` as the home folder.
    fn chosen_path(&self) -> PathBuf {
        super::file_dialogs::expand_home(Path::new(self.path.trim()), self.home.as_deref())
    }

    /// The files the export would write over.
    fn existing_targets(&self) -> Vec<PathBuf> {
        self.targets().into_iter().filter(|p| p.exists()).collect()
    }

    /// Propose the name of the chosen view and format, unless the user typed a path of their
    /// own; that one only takes the format's extension.
    fn follow_choices(&mut self) {
        let proposal = suggested_path(
            self.session_path.as_deref(),
            self.request.view,
            self.request.format,
            self.csv,
        );
        if proposal == self.proposed {
            return;
        }
        if self.path.trim() == self.proposed {
            self.path.clone_from(&proposal);
        } else {
            let extension = if self.csv {
                "csv"
            } else {
                self.request.format.extension()
            };
            self.path = PathBuf::from(self.path.trim())
                .with_extension(extension)
                .display()
                .to_string();
        }
        self.proposed = proposal;
    }
}

/// Where the codes key of a redacted export goes: beside it, as `NAME.key.txt`.
fn key_path(path: &Path) -> PathBuf {
    path.with_extension("key.txt")
}

/// `NAME-power.png`, `NAME-spectrum.pdf`, `NAME-both.svg` (or `NAME.csv`) beside the session,
/// so exporting each view in turn never proposes the same file twice.
fn suggested_path(
    session_path: Option<&Path>,
    view: PageView,
    format: ExportFormat,
    csv: bool,
) -> String {
    let base = session_path.map_or_else(|| PathBuf::from("power-map.json"), Path::to_owned);
    // `river.powermap.json` is `river`: the whole session extension goes, not its last part.
    let double = format!(".{}", crate::desktop::SESSION_EXTENSION);
    let name = base.file_name().map(|n| n.to_string_lossy().into_owned());
    let stem = match name.as_deref().and_then(|n| n.strip_suffix(&double)) {
        Some(stem) if !stem.is_empty() => stem.to_owned(),
        _ => base.file_stem().map_or_else(
            || "power-map".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        ),
    };
    let name = if csv {
        format!("{stem}.csv")
    } else {
        let view = match view {
            PageView::PowerMap => "power",
            PageView::Spectrum => "spectrum",
            PageView::Both => "both",
        };
        format!("{stem}-{view}.{}", format.extension())
    };
    base.with_file_name(name).display().to_string()
}

/// "map.png already exists. Replace it?", or of two files (an export writes at most two).
fn replace_question(files: &[PathBuf]) -> String {
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            f.file_name().map_or_else(
                || f.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    let say = words::ui();
    match names.as_slice() {
        [one] => say.with("export-replace-one", &[("file", one)]),
        [first, second] => say.with(
            "export-replace-two",
            &[("first", first), ("second", second)],
        ),
        more => say.counted("export-replace-many", more.len()),
    }
}

impl PowermapApp {
    /// Open the export dialog.
    pub(super) fn open_export_dialog(&mut self) {
        let home = self.dialogs.user_folders().home;
        self.export_dialog = Some(ExportDialog::new(self.path.as_deref(), home));
    }

    /// Draw the export dialog if it is open, and export when asked.
    pub(super) fn show_export_dialog(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.export_dialog.take() else {
            return;
        };
        let mut close = false;
        let mut go = false;
        let mut replace = false;
        let modal = Modal::new(Id::unique("powermap export")).show(ctx, |ui| {
            ui.set_max_width(760.0);
            ui.heading(words::ui().get("export-title"));
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(330.0);
                    choices(ui, &mut dialog, self.session());
                    self.path_row(ui, &mut dialog);
                });
                preview(ui, &mut dialog, self.session());
            });
            if let Some(error) = &dialog.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            // A question about files that no longer would be replaced goes away by itself.
            if dialog
                .replace
                .as_ref()
                .is_some_and(|asked| *asked != dialog.existing_targets())
            {
                dialog.replace = None;
            }
            if let Some(files) = &dialog.replace {
                ui.label(RichText::new(replace_question(files)).strong());
                let keep = words::ui().counted("export-keep", files.len());
                ui.horizontal(|ui| {
                    replace = ui.button(words::ui().get("export-replace")).clicked();
                    if ui.button(keep).clicked() {
                        dialog.replace = None;
                    }
                });
            } else {
                ui.horizontal(|ui| {
                    go = ui.button(words::ui().get("export-button")).clicked();
                    close = ui.button(words::ui().get("dialog-cancel")).clicked();
                });
            }
        });
        if go && !dialog.path.trim().is_empty() {
            let existing = dialog.existing_targets();
            if !existing.is_empty() {
                dialog.replace = Some(existing);
                go = false;
            }
        }
        self.ask_for_preview(ctx, &mut dialog);
        if go || replace {
            dialog.replace = None;
            if dialog.path.trim().is_empty() {
                dialog.error = Some(words::ui().get("export-needs-path").to_owned());
            } else if self.jobs.busy(JobKind::Export) {
                dialog.error = Some(words::ui().get("job-export-busy").to_owned());
            } else {
                // The dialog goes with the job and comes back if the export fails.
                self.start_export(dialog);
                return;
            }
        }
        if !(close || modal.should_close()) {
            self.export_dialog = Some(dialog);
        }
    }

    /// Draw the preview of the choices as they are now as a job, unless it is on show or
    /// being drawn; a job drawing older choices is stopped.
    fn ask_for_preview(&mut self, ctx: &egui::Context, dialog: &mut ExportDialog) {
        let request = &dialog.request;
        let shown = dialog.preview.as_ref().map(|(made_for, _)| made_for);
        if dialog.csv || shown == Some(request) || dialog.preview_asked.as_ref() == Some(request) {
            return;
        }
        self.jobs.cancel(JobKind::Preview);
        dialog.preview_asked = Some(request.clone());
        let request = request.clone();
        let session = self.doc.shared();
        // The page's own SVG, drawn to fit the preview box whatever the page's size: a
        // texture never larger than the box (nor than what the GPU takes).
        let max_side = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(u32::MAX);
        let (width, height) = (PREVIEW_SIZE.0.min(max_side), PREVIEW_SIZE.1.min(max_side));
        let what = words::ui().get("job-drawing-preview").to_owned();
        self.jobs.start(JobKind::Preview, what, move |progress| {
            let drawn = draw_preview(&session, &request, (width, height), progress);
            Box::new(move |app: &mut PowermapApp| {
                let Some(dialog) = app.export_dialog.as_mut() else {
                    return;
                };
                if dialog.preview_asked.as_ref() != Some(&request) {
                    // Newer choices were made meanwhile: their preview is on its way.
                    return;
                }
                match drawn {
                    Some(drawn) => dialog.preview_drawn = Some((request, drawn)),
                    None => dialog.preview_asked = None,
                }
            })
        });
    }

    /// A preview's job stopped without an answer: say so, and do not ask again for the same
    /// choices.
    pub(super) fn preview_job_lost(&mut self, said: &str) {
        if let Some(dialog) = self.export_dialog.as_mut()
            && let Some(request) = dialog.preview_asked.take()
        {
            dialog.preview = Some((request, None));
            dialog.error = Some(said.to_owned());
        }
    }

    fn path_row(&self, ui: &mut Ui, dialog: &mut ExportDialog) {
        let label = ui.label(words::ui().get("export-path-label"));
        ui.horizontal(|ui| {
            ui.add(TextEdit::singleline(&mut dialog.path).desired_width(240.0))
                .labelled_by(label.id);
            if ui.button(words::ui().get("export-choose")).clicked() {
                let path = PathBuf::from(&dialog.path);
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match self.dialogs.pick_export(
                    path.parent(),
                    &name,
                    dialog.request.format.extension(),
                ) {
                    DialogOutcome::Picked(picked) => dialog.path = picked.display().to_string(),
                    DialogOutcome::Cancelled => {}
                    DialogOutcome::Unavailable => {
                        let extension = if dialog.csv {
                            "csv"
                        } else {
                            dialog.request.format.extension()
                        };
                        self.browse(super::file_browser::BrowseRequest {
                            mode: super::file_browser::Mode::Save,
                            title: words::ui().get("export-title"),
                            button: words::ui().get("export-button"),
                            extensions: vec![extension],
                            start_in: path.parent().map(Path::to_owned),
                            file_name: name,
                            then: Box::new(|app, picked| {
                                if let Some(export) = app.export_dialog.as_mut() {
                                    export.path = picked.display().to_string();
                                    export.error = None;
                                }
                            }),
                        });
                    }
                }
            }
        });
    }

    /// Draw and write the export as a job, with a copy of the session; the status bar shows
    /// its steps and can stop it before anything is written.
    fn start_export(&mut self, dialog: ExportDialog) {
        let job = ExportJob {
            session: self.doc.shared(),
            request: dialog.request.clone(),
            csv: dialog.csv,
            save_key: dialog.save_key,
            path: dialog.chosen_path(),
            session_file: self.path.clone(),
            locked: self.lock.is_some(),
        };
        let file = job.path.file_name().map_or_else(
            || job.path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let what = words::ui().with("job-exporting", &[("file", &file)]);
        self.jobs.start(JobKind::Export, what, move |progress| {
            let result = job.run(progress);
            Box::new(move |app: &mut PowermapApp| app.finish_export(dialog, result))
        });
    }

    /// Say where the export went, that it was stopped, or (in the dialog, with every choice
    /// as it was) why it failed.
    fn finish_export(&mut self, mut dialog: ExportDialog, result: Result<Option<String>, String>) {
        match result {
            Ok(Some(message)) => self.status = message,
            Ok(None) => words::ui()
                .get("job-export-cancelled")
                .clone_into(&mut self.status),
            Err(error) if self.export_dialog.is_none() => {
                dialog.error = Some(error);
                self.export_dialog = Some(dialog);
            }
            // A dialog opened meanwhile is not taken away: the status line says it.
            Err(error) => self.status = error,
        }
    }
}

/// What an export job needs: a copy of the session and every choice made.
struct ExportJob {
    session: std::sync::Arc<crate::model::Session>,
    request: ExportRequest,
    csv: bool,
    save_key: bool,
    path: PathBuf,
    /// The session's file, which an export never replaces.
    session_file: Option<PathBuf>,
    /// Whether the session is locked: its exports are private files.
    locked: bool,
}

impl ExportJob {
    /// Draw and write; `None` when stopped before anything was written. The message says
    /// where the files went.
    fn run(&self, progress: &Progress) -> Result<Option<String>, String> {
        let say = words::ui();
        if self.csv {
            progress.set_total(1);
            progress.step(0, say.get("job-export-writing"));
            return self.write_csv().map(Some);
        }
        progress.set_total(2);
        progress.step(0, say.get("job-export-drawing"));
        let output = export(&self.session, &self.request).map_err(|e| e.to_string())?;
        if progress.cancelled() {
            return Ok(None);
        }
        progress.step(1, say.get("job-export-writing"));
        let key_path = key_path(&self.path);
        let mut files = vec![(self.path.as_path(), output.bytes.as_slice())];
        let key = output.key.filter(|_| self.save_key);
        if let Some(key) = &key {
            files.push((key_path.as_path(), key.as_bytes()));
        }
        crate::storage::write_export_files(&crate::storage::ExportFiles {
            files,
            session_file: self.session_file.as_deref(),
            locked: self.locked,
        })
        .map_err(|e| e.to_string())?;
        progress.step(2, say.get("job-export-writing"));
        let path = self.path.display().to_string();
        if key.is_some() {
            return Ok(Some(say.with(
                "export-done-key",
                &[("path", &path), ("key", &key_path.display().to_string())],
            )));
        }
        Ok(Some(say.with("export-done", &[("path", &path)])))
    }

    /// Actors to the path, relationships beside it as `NAME-relationships.csv`.
    fn write_csv(&self) -> Result<String, String> {
        let session = &self.session;
        let relations = crate::exchange::write_csv_export(
            session,
            &self.path,
            self.request.notes,
            self.session_file.as_deref(),
            self.locked,
        )
        .map_err(|e| e.to_string())?;
        let say = words::ui();
        Ok(say.with(
            "export-csv-done",
            &[
                (
                    "actors",
                    &say.counted("export-csv-actors", session.actors.len()),
                ),
                ("actors_file", &self.path.display().to_string()),
                (
                    "relationships",
                    &say.counted("export-csv-relationships", session.relationships.len()),
                ),
                ("relationships_file", &relations.display().to_string()),
            ],
        ))
    }
}

/// Image formats, or the data as CSV.
fn format_row(ui: &mut Ui, dialog: &mut ExportDialog) {
    let say = words::ui();
    ui.label(RichText::new(say.get("export-format")).strong());
    ui.horizontal(|ui| {
        for (format, id) in [
            (ExportFormat::Png, "export-format-png"),
            (ExportFormat::Svg, "export-format-svg"),
            (ExportFormat::Pdf, "export-format-pdf"),
        ] {
            if ui
                .radio(!dialog.csv && dialog.request.format == format, say.get(id))
                .clicked()
            {
                dialog.request.format = format;
                dialog.csv = false;
            }
        }
    });
    if ui.radio(dialog.csv, say.get("export-format-csv")).clicked() {
        dialog.csv = true;
    }
}

fn choices(ui: &mut Ui, dialog: &mut ExportDialog, session: &crate::model::Session) {
    let say = words::ui();
    format_row(ui, dialog);
    if dialog.csv {
        ui.checkbox(&mut dialog.request.notes, say.get("export-csv-notes"));
        dialog.follow_choices();
        return;
    }
    let r = &mut dialog.request;
    ui.label(RichText::new(say.get("export-view")).strong());
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut r.view,
            PageView::PowerMap,
            say.get("export-view-power"),
        );
        ui.radio_value(
            &mut r.view,
            PageView::Spectrum,
            say.get("export-view-spectrum"),
        );
        ui.radio_value(&mut r.view, PageView::Both, say.get("export-view-both"));
    });
    ui.label(RichText::new(say.get("export-size")).strong());
    ui.horizontal(|ui| {
        ui.radio_value(&mut r.paper, Paper::A4, say.get("export-paper-a-four"));
        ui.radio_value(&mut r.paper, Paper::Letter, say.get("export-paper-letter"));
    });
    if r.format == ExportFormat::Png {
        png_size(ui, dialog);
    } else {
        // The dialog sizes SVG and PDF by paper: a slide size chosen for a PNG must not
        // reshape their page.
        r.pixels = PixelSize::Dpi(300);
    }
    privacy(ui, dialog, session);
    dialog.follow_choices();
}

/// The PNG's pixels: print, slides, or a typed size within the limits every export keeps.
fn png_size(ui: &mut Ui, dialog: &mut ExportDialog) {
    let say = words::ui();
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut dialog.preset,
            PngPreset::Print,
            say.get("export-png-print"),
        );
        ui.radio_value(
            &mut dialog.preset,
            PngPreset::Slides,
            say.get("export-png-slides"),
        );
        ui.radio_value(
            &mut dialog.preset,
            PngPreset::Custom,
            say.get("export-png-custom"),
        );
    });
    if dialog.preset == PngPreset::Custom {
        ui.horizontal(|ui| {
            ui.add(
                egui::DragValue::new(&mut dialog.custom.0)
                    .range(MIN_SIDE..=MAX_SIDE)
                    .prefix(say.get("export-width")),
            );
            ui.add(
                egui::DragValue::new(&mut dialog.custom.1)
                    .range(MIN_SIDE..=MAX_SIDE)
                    .prefix(say.get("export-height")),
            );
        });
        ui.label(
            RichText::new(say.with(
                "export-side-limits",
                &[
                    ("min", &MIN_SIDE.to_string()),
                    ("max", &MAX_SIDE.to_string()),
                ],
            ))
            .small()
            .weak(),
        );
    }
    dialog.request.pixels = match dialog.preset {
        PngPreset::Print => PixelSize::Dpi(300),
        PngPreset::Slides => PixelSize::Exact(1920, 1080),
        PngPreset::Custom => PixelSize::Exact(dialog.custom.0, dialog.custom.1),
    };
}

/// Codes instead of names, the page's title, the table, notes, and movement arrows.
fn privacy(ui: &mut Ui, dialog: &mut ExportDialog, session: &crate::model::Session) {
    let say = words::ui();
    let r = &mut dialog.request;
    ui.label(RichText::new(say.get("export-privacy")).strong());
    ui.checkbox(&mut r.redact, say.get("export-redact"));
    if r.redact {
        ui.checkbox(&mut dialog.save_key, say.get("export-save-key"));
    }
    // Under redaction the campaign's title and the rounds' names stay out: they are free
    // text that often names people. A title typed here is shown instead.
    let campaign = session.campaign.title.trim();
    let hint = if r.redact || campaign.is_empty() {
        neutral_title(Words::for_session(session))
    } else {
        campaign
    };
    ui.horizontal(|ui| {
        let label = ui.label(say.get("export-page-title"));
        ui.add(
            TextEdit::singleline(&mut r.title)
                .hint_text(hint)
                .desired_width(180.0),
        )
        .labelled_by(label.id);
    });
    if r.redact {
        ui.label(
            RichText::new(say.get("export-redacted-title"))
                .small()
                .weak(),
        );
    }
    ui.checkbox(&mut r.table, say.get("export-table"));
    ui.add_enabled(
        r.table && !r.redact,
        egui::Checkbox::new(&mut r.notes, say.get("export-table-notes")),
    );
    let rounds = &session.rounds;
    if !rounds.is_empty() {
        let shown = r
            .compare_round
            .as_ref()
            .and_then(|id| rounds.iter().find(|x| &x.id == id))
            .map_or(say.get("export-no-arrows").to_owned(), |x| x.label.clone());
        let label = say.get("export-movement");
        super::widgets::labelled_combo(ui, label, "export round", shown, 160.0, |ui| {
            ui.selectable_value(&mut r.compare_round, None, say.get("export-no-arrows"));
            for round in rounds {
                ui.selectable_value(&mut r.compare_round, Some(round.id.clone()), &round.label);
            }
        });
    }
}

/// The preview of `request`, drawn within `size` on a job's thread; `None` when a newer
/// request stopped it. The error says why it could not be drawn.
fn draw_preview(
    session: &crate::model::Session,
    request: &ExportRequest,
    (width, height): (u32, u32),
    progress: &Progress,
) -> Option<Result<egui::ColorImage, String>> {
    let drawn = match export_svg(session, request) {
        Ok(_) if progress.cancelled() => return None,
        Ok((svg, _)) => render_preview(&svg, width, height),
        Err(error) => Err(error),
    };
    Some(match drawn {
        Ok(pixmap) => {
            let size = [pixmap.width() as usize, pixmap.height() as usize];
            // tiny-skia stores premultiplied RGBA, which this constructor takes.
            Ok(egui::ColorImage::from_rgba_premultiplied(
                size,
                pixmap.data(),
            ))
        }
        Err(ExportError::TooManyShapes(_)) => {
            Err(words::ui().get("export-too-many-shapes").to_owned())
        }
        Err(error) => Err(error.to_string()),
    })
}

/// A small picture of exactly the page that will be written (at its own size and shape),
/// redrawn (as a job) when a choice changes; the last one stays on show meanwhile.
fn preview(ui: &mut Ui, dialog: &mut ExportDialog, session: &crate::model::Session) {
    if dialog.csv {
        ui.vertical(|ui| {
            ui.set_width(400.0);
            ui.label(words::ui().with(
                "export-csv-preview",
                &[
                    ("actors", &session.actors.len().to_string()),
                    ("relationships", &session.relationships.len().to_string()),
                ],
            ));
        });
        return;
    }
    if let Some((made_for, drawn)) = dialog.preview_drawn.take() {
        dialog.preview_asked = None;
        let texture = match drawn {
            Ok(image) => {
                dialog.error = None;
                Some(
                    ui.ctx()
                        .load_texture("export preview", image, egui::TextureOptions::LINEAR),
                )
            }
            Err(error) => {
                dialog.error = Some(error);
                None
            }
        };
        dialog.preview = Some((made_for, texture));
    }
    ui.vertical(|ui| {
        if let Some((_, Some(texture))) = &dialog.preview {
            ui.add(egui::Image::new(texture).max_width(PREVIEW_SIZE.0 as f32))
                .on_hover_text(words::ui().get("export-preview-hover"));
        }
        if dialog.preview_asked.is_some() {
            ui.horizontal(|ui| {
                super::jobs::spinner(ui);
                ui.label(words::ui().get("job-drawing-preview"));
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A session saved as `river.powermap.json` exports as `river-power.png`, not
    /// `river.powermap-power.png`: the whole session extension goes, as the CLI's does.
    #[test]
    fn the_proposed_name_drops_the_whole_session_extension() {
        let session = PathBuf::from("/maps/river.powermap.json");
        let proposed = |view, format, csv| suggested_path(Some(&session), view, format, csv);
        assert_eq!(
            proposed(PageView::PowerMap, ExportFormat::Png, false),
            "/maps/river-power.png"
        );
        assert_eq!(
            proposed(PageView::Both, ExportFormat::Pdf, false),
            "/maps/river-both.pdf"
        );
        assert_eq!(
            proposed(PageView::PowerMap, ExportFormat::Png, true),
            "/maps/river.csv"
        );
        // A plain `.json` session, and none at all, keep their names as before.
        assert_eq!(
            suggested_path(
                Some(Path::new("/maps/river.json")),
                PageView::Spectrum,
                ExportFormat::Svg,
                false
            ),
            "/maps/river-spectrum.svg"
        );
        assert_eq!(
            suggested_path(None, PageView::PowerMap, ExportFormat::Png, false),
            "power-map-power.png"
        );
    }

    /// The messages with spaces at their edges, names and counts read exactly as the English
    /// they replaced.
    #[test]
    fn messages_keep_their_spaces_names_and_counts() {
        let say = words::ui();
        assert_eq!(say.get("export-width"), "width ");
        assert_eq!(say.get("export-height"), "height ");
        assert_eq!(
            replace_question(&[PathBuf::from("/maps/river.png")]),
            "river.png already exists. Replace it?"
        );
        assert_eq!(
            replace_question(&[
                PathBuf::from("/maps/r.csv"),
                PathBuf::from("/maps/r-rel.csv")
            ]),
            "r.csv and r-rel.csv already exist. Replace them?"
        );
        assert_eq!(say.counted("export-keep", 1), "Keep the file");
        assert_eq!(say.counted("export-keep", 2), "Keep the files");
        assert_eq!(say.counted("export-csv-actors", 1), "1 actor");
        assert_eq!(
            say.counted("export-csv-relationships", 0),
            "0 relationships"
        );
    }
}
