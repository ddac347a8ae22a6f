//! File > Export: choose view, format, size and privacy, see exactly what will be written,
//! and never replace a file without being asked.

use crate::model::Session;
use crate::render::{
    ExportFormat, ExportRequest, MAX_SIDE, MIN_SIDE, PixelSize, export_markdown, neutral_title,
};
use crate::scene::{PageView, Paper, has_alliance_plan};
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
    /// The alliance plan was ticked: it goes into a PDF, and stays ticked while another
    /// format is looked at.
    alliance_wanted: bool,
    /// The Markdown that would be written, and the choices it was written for.
    markdown: Option<(ExportRequest, String)>,
}

/// The largest preview, in pixels; within every GPU's texture limit.
pub(super) const PREVIEW_SIZE: (u32, u32) = (400, 320);

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
            alliance_wanted: false,
            markdown: None,
        }
    }

    /// Start on the alliance plan as Markdown (File > Export the alliance plan as
    /// Markdown).
    pub fn choose_markdown(&mut self) {
        self.request.format = ExportFormat::Markdown;
        self.csv = false;
        self.follow_choices();
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
    pub fn chosen_path(&self) -> PathBuf {
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
pub(super) fn key_path(path: &Path) -> PathBuf {
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
    } else if format == ExportFormat::Markdown {
        format!("{stem}-alliance.md")
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

/// What the user asked of the export dialog in a frame; the app carries it out.
#[derive(Debug, PartialEq)]
pub enum ExportAnswer {
    /// Nothing to do: the dialog stays as it is.
    Stay,
    /// Draw the preview of these choices; the one on show stays meanwhile.
    PreviewWanted(ExportRequest),
    /// Ask where to write, with a file dialog.
    Browse(BrowseWanted),
    /// Write the export: a path is set, and any file it replaces was agreed to.
    Export,
    /// Close the dialog without exporting.
    Close,
}

/// Where a file dialog for the export starts, and what it proposes.
#[derive(Debug, PartialEq, Eq)]
pub struct BrowseWanted {
    /// The folder of the path typed, if it has one.
    pub folder: Option<PathBuf>,
    /// The file name typed.
    pub name: String,
    /// The extension the export will have (`csv` for the data).
    pub extension: &'static str,
}

impl ExportDialog {
    /// Draw the dialog over `ctx` for `session`, and say what the user asked for.
    pub fn show(&mut self, ctx: &egui::Context, session: &Session) -> ExportAnswer {
        let mut close = false;
        let mut go = false;
        let mut replace = false;
        let mut browse = false;
        let modal = Modal::new(Id::unique("powermap export")).show(ctx, |ui| {
            ui.set_max_width(760.0);
            ui.heading(words::ui().get("export-title"));
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(330.0);
                    choices(ui, self, session);
                    browse = self.path_row(ui);
                });
                preview(ui, self, session);
            });
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            // A question about files that no longer would be replaced goes away by itself.
            if self
                .replace
                .as_ref()
                .is_some_and(|asked| *asked != self.existing_targets())
            {
                self.replace = None;
            }
            // Ids of their own: the preview above comes and goes as its job runs, and would
            // otherwise shift the buttons' ids between frames, so that a screen reader's click
            // (asked for by id) could miss.
            ui.push_id("export actions", |ui| {
                if let Some(files) = &self.replace {
                    ui.label(RichText::new(replace_question(files)).strong());
                    let keep = words::ui().counted("export-keep", files.len());
                    ui.horizontal(|ui| {
                        replace = ui.button(words::ui().get("export-replace")).clicked();
                        if ui.button(keep).clicked() {
                            self.replace = None;
                        }
                    });
                } else {
                    ui.horizontal(|ui| {
                        go = ui.button(words::ui().get("export-button")).clicked();
                        close = ui.button(words::ui().get("dialog-cancel")).clicked();
                    });
                }
            });
        });
        if go && !self.path.trim().is_empty() {
            let existing = self.existing_targets();
            if !existing.is_empty() {
                self.replace = Some(existing);
                go = false;
            }
        }
        if go || replace {
            self.replace = None;
            if !self.path.trim().is_empty() {
                return ExportAnswer::Export;
            }
            self.error = Some(words::ui().get("export-needs-path").to_owned());
        }
        if close || modal.should_close() {
            return ExportAnswer::Close;
        }
        if browse {
            return ExportAnswer::Browse(self.browse_wanted());
        }
        self.preview_wanted()
            .map_or(ExportAnswer::Stay, ExportAnswer::PreviewWanted)
    }

    /// The path field and its button; whether the button was pressed.
    fn path_row(&mut self, ui: &mut Ui) -> bool {
        let label = ui.label(words::ui().get("export-path-label"));
        ui.horizontal(|ui| {
            ui.add(TextEdit::singleline(&mut self.path).desired_width(240.0))
                .labelled_by(label.id);
            ui.button(words::ui().get("export-choose")).clicked()
        })
        .inner
    }

    /// Where a file dialog starts and what it proposes: the path typed so far.
    fn browse_wanted(&self) -> BrowseWanted {
        let path = PathBuf::from(&self.path);
        BrowseWanted {
            folder: path.parent().map(Path::to_owned),
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            extension: self.extension(),
        }
    }

    /// The choices whose preview should be drawn now: none for CSV, nor while the preview
    /// of the choices is on show or being drawn.
    fn preview_wanted(&self) -> Option<ExportRequest> {
        let request = &self.request;
        let shown = self.preview.as_ref().map(|(made_for, _)| made_for);
        let asked = self.preview_asked.as_ref();
        let page = !self.csv && request.format != ExportFormat::Markdown;
        (page && shown != Some(request) && asked != Some(request)).then(|| request.clone())
    }

    /// The preview of `request` is being drawn; the one before stays on show meanwhile.
    pub fn preview_asked(&mut self, request: ExportRequest) {
        self.preview_asked = Some(request);
    }

    /// A preview drawn by its job (`None`: it was stopped), shown when the dialog is next
    /// drawn unless newer choices were made meanwhile.
    pub fn preview_arrived(
        &mut self,
        request: ExportRequest,
        drawn: Option<Result<egui::ColorImage, String>>,
    ) {
        if self.preview_asked.as_ref() != Some(&request) {
            // Newer choices were made meanwhile: their preview is on its way.
            return;
        }
        match drawn {
            Some(drawn) => self.preview_drawn = Some((request, drawn)),
            None => self.preview_asked = None,
        }
    }

    /// The preview's job stopped without an answer: say so, and do not ask again for the
    /// same choices.
    pub fn preview_lost(&mut self, said: &str) {
        if let Some(request) = self.preview_asked.take() {
            self.preview = Some((request, None));
            self.error = Some(said.to_owned());
        }
    }

    /// Say why the export cannot be written (or failed), under the choices.
    pub fn say(&mut self, error: &str) {
        self.error = Some(error.to_owned());
    }

    /// Write to `path`, chosen in a file dialog.
    pub fn choose_path(&mut self, path: &Path) {
        self.path = path.display().to_string();
        self.error = None;
    }

    /// The page's choices.
    pub fn request(&self) -> &ExportRequest {
        &self.request
    }

    /// Whether the actors and relationships are written as CSV instead of a page.
    pub fn csv(&self) -> bool {
        self.csv
    }

    /// Whether a redacted export writes its codes key beside it.
    pub fn save_key(&self) -> bool {
        self.save_key
    }

    /// The extension the export will have.
    fn extension(&self) -> &'static str {
        if self.csv {
            "csv"
        } else {
            self.request.format.extension()
        }
    }
}

/// Image formats, or the data as CSV.
fn format_row(ui: &mut Ui, dialog: &mut ExportDialog, session: &Session) {
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
    let markdown = !dialog.csv && dialog.request.format == ExportFormat::Markdown;
    if (markdown || has_alliance_plan(session))
        && ui
            .radio(markdown, say.get("export-format-markdown"))
            .clicked()
    {
        dialog.request.format = ExportFormat::Markdown;
        dialog.csv = false;
    }
}

fn choices(ui: &mut Ui, dialog: &mut ExportDialog, session: &crate::model::Session) {
    let say = words::ui();
    format_row(ui, dialog, session);
    if dialog.csv {
        ui.checkbox(&mut dialog.request.notes, say.get("export-csv-notes"));
        dialog.follow_choices();
        return;
    }
    if dialog.request.format == ExportFormat::Markdown {
        dialog.request.alliance = false;
        privacy(ui, dialog, session);
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
    let markdown = r.format == ExportFormat::Markdown;
    let plan = has_alliance_plan(session);
    if !markdown {
        ui.checkbox(&mut r.table, say.get("export-table"));
    }
    if plan && !markdown {
        alliance_choices(ui, &mut dialog.alliance_wanted, r);
    }
    let r = &mut dialog.request;
    let alliance = r.alliance || markdown;
    if alliance {
        ui.checkbox(&mut r.ratings, say.get("export-ratings"));
    }
    // Notes go in the table, and beside the ratings of the alliance plan.
    let notes = if alliance {
        say.get("export-notes-ratings")
    } else {
        say.get("export-table-notes")
    };
    // Markdown has no table: its notes are those beside the ratings.
    let has_notes = if markdown {
        r.ratings
    } else {
        r.table || (alliance && r.ratings)
    };
    ui.add_enabled(
        has_notes && !r.redact,
        egui::Checkbox::new(&mut r.notes, notes),
    );
    if markdown {
        return;
    }
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
    let placements = &session.placement_rounds;
    if !placements.is_empty() {
        // Named by when the room opened: a round has no label, and the time names no one.
        let shown = r
            .spread_round
            .as_ref()
            .and_then(|id| placements.iter().find(|x| &x.id == id))
            .map_or(say.get("export-no-spread").to_owned(), |x| {
                x.opened_readable()
            });
        let label = say.get("export-spread");
        super::widgets::labelled_combo(ui, label, "export spread", shown, 160.0, |ui| {
            ui.selectable_value(&mut r.spread_round, None, say.get("export-no-spread"));
            for round in placements {
                let text = round.opened_readable();
                ui.selectable_value(&mut r.spread_round, Some(round.id.clone()), text);
            }
        });
    }
}

/// The alliance plan's tick: it goes into a PDF, on pages after the map; an image holds one
/// page, so for PNG and SVG the tick is kept but greyed, with a line saying why.
fn alliance_choices(ui: &mut Ui, wanted: &mut bool, r: &mut ExportRequest) {
    let say = words::ui();
    let pdf = r.format == ExportFormat::Pdf;
    ui.add_enabled(pdf, egui::Checkbox::new(wanted, say.get("export-alliance")));
    if !pdf {
        ui.label(
            RichText::new(say.get("export-alliance-pdf-only"))
                .small()
                .weak(),
        );
    }
    r.alliance = *wanted && pdf;
    if !r.alliance {
        r.ratings = false;
    }
}

/// The Markdown that will be written, as text to read before writing it; written again only
/// when a choice changes.
fn markdown_preview(ui: &mut Ui, dialog: &mut ExportDialog, session: &Session) {
    let request = &dialog.request;
    if dialog
        .markdown
        .as_ref()
        .is_none_or(|(made_for, _)| made_for != request)
    {
        let (text, _) = export_markdown(session, request);
        dialog.markdown = Some((request.clone(), text));
    }
    let text = dialog
        .markdown
        .as_ref()
        .map_or("", |(_, text)| text.as_str());
    ui.vertical(|ui| {
        ui.set_width(PREVIEW_SIZE.0 as f32);
        egui::ScrollArea::vertical()
            .max_height(PREVIEW_SIZE.1 as f32)
            .show(ui, |ui| {
                ui.label(RichText::new(text).monospace().small());
            });
    });
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
    if dialog.request.format == ExportFormat::Markdown {
        markdown_preview(ui, dialog, session);
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
        // The preview keeps one box whether it is drawn, being drawn or failed: the dialog's
        // buttons must not move under the pointer when a preview arrives.
        let frame = egui::vec2(PREVIEW_SIZE.0 as f32, PREVIEW_SIZE.1 as f32);
        ui.allocate_ui_with_layout(frame, egui::Layout::top_down(egui::Align::Center), |ui| {
            ui.set_min_size(frame);
            if let Some((_, Some(texture))) = &dialog.preview {
                ui.add(egui::Image::new(texture).max_size(frame))
                    .on_hover_text(words::ui().get("export-preview-hover"));
            }
        });
        if dialog.request.alliance {
            ui.label(words::ui().get("export-alliance-follows"));
        }
        // The line under the preview keeps its height when nothing is being drawn, for the
        // same reason.
        ui.horizontal(|ui| {
            ui.set_min_height(ui.spacing().interact_size.y);
            if dialog.preview_asked.is_some() {
                super::jobs::spinner(ui);
                ui.label(words::ui().get("job-drawing-preview"));
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dialog alone, with a session and what it answered: no app around it.
    struct Alone {
        dialog: ExportDialog,
        session: Session,
        answers: Vec<ExportAnswer>,
    }

    fn dialog_alone(folder: &Path) -> egui_kittest::Harness<'static, Alone> {
        let alone = Alone {
            dialog: ExportDialog::new(Some(&folder.join("river.json")), None),
            session: Session::default(),
            answers: Vec::new(),
        };
        let mut harness = egui_kittest::Harness::builder()
            .with_size(egui::vec2(1000.0, 700.0))
            .with_context_setup(crate::app::install_style)
            .build_ui_state(
                |ui, alone: &mut Alone| {
                    let answer = alone.dialog.show(ui.ctx(), &alone.session);
                    // As the app does: a preview asked for is on its way.
                    if let ExportAnswer::PreviewWanted(request) = &answer {
                        alone.dialog.preview_asked(request.clone());
                    }
                    if answer != ExportAnswer::Stay {
                        alone.answers.push(answer);
                    }
                },
                alone,
            );
        harness.run();
        harness
    }

    #[test]
    fn choosing_a_format_and_pressing_export_answers_export_with_that_format() {
        use egui_kittest::kittest::Queryable;
        let dir = tempfile::tempdir().expect("temp");
        let mut h = dialog_alone(dir.path());
        let say = words::ui();
        h.get_by_label(say.get("export-format-svg")).click();
        h.run();
        h.get_by_label(say.get("export-format-png")).click();
        h.run();
        h.get_by_label(say.get("export-button")).click();
        h.run();
        let alone = h.state();
        let previews: Vec<ExportFormat> = alone
            .answers
            .iter()
            .filter_map(|a| match a {
                ExportAnswer::PreviewWanted(r) => Some(r.format),
                _ => None,
            })
            .collect();
        assert_eq!(
            previews,
            [ExportFormat::Png, ExportFormat::Svg, ExportFormat::Png],
            "each choice asks for its own preview once"
        );
        assert_eq!(alone.answers.last(), Some(&ExportAnswer::Export));
        assert_eq!(alone.dialog.request().format, ExportFormat::Png);
        assert!(!alone.dialog.csv());
        assert_eq!(
            alone.dialog.chosen_path(),
            dir.path().join("river-power.png")
        );
    }

    #[test]
    fn an_existing_file_is_asked_about_before_the_answer_is_export() {
        use egui_kittest::kittest::Queryable;
        let dir = tempfile::tempdir().expect("temp");
        std::fs::write(dir.path().join("river-power.png"), b"old").expect("write");
        let mut h = dialog_alone(dir.path());
        let say = words::ui();
        h.get_by_label(say.get("export-button")).click();
        h.run();
        assert!(
            !h.state().answers.contains(&ExportAnswer::Export),
            "nothing is written before the user agrees"
        );
        h.get_by_label(say.get("export-replace")).click();
        h.run();
        assert_eq!(h.state().answers.last(), Some(&ExportAnswer::Export));
    }

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

    /// A click lands where the button was drawn: the preview arriving (a job, at any moment)
    /// must not move the dialog's buttons under the pointer.
    #[test]
    fn the_buttons_stay_put_when_the_preview_arrives() {
        use egui_kittest::kittest::Queryable;
        let dir = tempfile::tempdir().expect("temp");
        let mut h = dialog_alone(dir.path());
        let say = words::ui();
        let export_at = |h: &egui_kittest::Harness<'static, Alone>| {
            h.get_by_label(say.get("export-button")).rect()
        };
        let before = export_at(&h);
        let asked = h
            .state()
            .dialog
            .preview_asked
            .clone()
            .expect("a preview is asked for");
        // A tall page drawn small, as a custom size gives.
        let image = egui::ColorImage::filled([120, 320], egui::Color32::WHITE);
        h.state_mut().dialog.preview_arrived(asked, Some(Ok(image)));
        h.run();
        assert!(h.state().dialog.preview.is_some(), "the preview is shown");
        assert_eq!(export_at(&h), before);
    }
}
