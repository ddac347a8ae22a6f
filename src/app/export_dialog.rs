//! File > Export: choose view, format, size and privacy, see exactly what will be written.

use super::PowermapApp;
use super::file_dialogs::DialogOutcome;
use crate::render::{ExportFormat, ExportRequest, PixelSize, export, export_svg, render_png};
use crate::scene::{PageView, Paper};
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
    save_key: bool,
    preview: Option<(ExportRequest, TextureHandle)>,
    error: Option<String>,
    /// Write the actors and relationships as CSV instead of a page.
    csv: bool,
}

/// The accessible name of the export dialog's path field.
pub const EXPORT_PATH_LABEL: &str = "Export to";

impl ExportDialog {
    /// A dialog with print-quality defaults and a path beside the session file.
    pub fn new(session_path: Option<&Path>) -> Self {
        let request = ExportRequest::default();
        let path = suggested_path(session_path, request.format);
        Self {
            request,
            preset: PngPreset::Print,
            custom: (1920, 1080),
            path,
            save_key: false,
            preview: None,
            error: None,
            csv: false,
        }
    }
}

fn suggested_path(session_path: Option<&Path>, format: ExportFormat) -> String {
    let base = session_path.map_or_else(|| PathBuf::from("power-map.json"), Path::to_owned);
    base.with_extension(format.extension())
        .display()
        .to_string()
}

impl PowermapApp {
    /// Open the export dialog.
    pub(super) fn open_export_dialog(&mut self) {
        self.export_dialog = Some(ExportDialog::new(self.path.as_deref()));
    }

    /// Draw the export dialog if it is open, and export when asked.
    pub(super) fn show_export_dialog(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.export_dialog.take() else {
            return;
        };
        let mut close = false;
        let mut go = false;
        let modal = Modal::new(Id::unique("powermap export")).show(ctx, |ui| {
            ui.set_max_width(760.0);
            ui.heading("Export the map");
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(330.0);
                    choices(ui, &mut dialog, &self.session().rounds);
                    self.path_row(ui, &mut dialog);
                });
                preview(ui, &mut dialog, self.session());
            });
            if let Some(error) = &dialog.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            ui.horizontal(|ui| {
                go = ui.button("Export").clicked();
                close = ui.button("Cancel").clicked();
            });
        });
        if go {
            match self.write_export(&dialog) {
                Ok(message) => {
                    self.status = message;
                    close = true;
                }
                Err(error) => dialog.error = Some(error),
            }
        }
        if !(close || modal.should_close()) {
            self.export_dialog = Some(dialog);
        }
    }

    fn path_row(&self, ui: &mut Ui, dialog: &mut ExportDialog) {
        let label = ui.label(EXPORT_PATH_LABEL);
        ui.horizontal(|ui| {
            ui.add(TextEdit::singleline(&mut dialog.path).desired_width(240.0))
                .labelled_by(label.id);
            if ui.button("Choose…").clicked() {
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
                            title: "Export the map",
                            button: "Export",
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

    /// Write the export (and the codes key if asked); the message says where.
    fn write_export(&self, dialog: &ExportDialog) -> Result<String, String> {
        let path = PathBuf::from(dialog.path.trim());
        if dialog.path.trim().is_empty() {
            return Err("Type where to write the export.".to_owned());
        }
        if dialog.csv {
            return write_csv(self.session(), &path, dialog.request.notes);
        }
        let output = export(self.session(), &dialog.request).map_err(|e| e.to_string())?;
        std::fs::write(&path, &output.bytes)
            .map_err(|e| format!("Could not write {}: {e}", path.display()))?;
        if dialog.save_key
            && let Some(key) = output.key
        {
            let key_path = path.with_extension("key.txt");
            std::fs::write(&key_path, key)
                .map_err(|e| format!("Could not write {}: {e}", key_path.display()))?;
            return Ok(format!(
                "Exported to {}; the codes key is in {}.",
                path.display(),
                key_path.display()
            ));
        }
        Ok(format!("Exported to {}.", path.display()))
    }
}

/// Image formats, or the data as CSV.
fn format_row(ui: &mut Ui, dialog: &mut ExportDialog) {
    ui.label(RichText::new("Format").strong());
    ui.horizontal(|ui| {
        for (format, text) in [
            (ExportFormat::Png, "PNG image"),
            (ExportFormat::Svg, "SVG (vector)"),
            (ExportFormat::Pdf, "PDF (vector)"),
        ] {
            if ui
                .radio(!dialog.csv && dialog.request.format == format, text)
                .clicked()
            {
                dialog.request.format = format;
                dialog.csv = false;
            }
        }
    });
    if ui
        .radio(
            dialog.csv,
            "CSV data: actors, and relationships beside them",
        )
        .clicked()
    {
        dialog.csv = true;
    }
}

fn choices(ui: &mut Ui, dialog: &mut ExportDialog, rounds: &[crate::model::Round]) {
    let before = dialog.request.format;
    let was_csv = dialog.csv;
    format_row(ui, dialog);
    if dialog.csv {
        ui.checkbox(&mut dialog.request.notes, "Include the private notes");
        if !was_csv {
            dialog.path = PathBuf::from(&dialog.path)
                .with_extension("csv")
                .display()
                .to_string();
        }
        return;
    }
    let r = &mut dialog.request;
    ui.label(RichText::new("View").strong());
    ui.horizontal(|ui| {
        ui.radio_value(&mut r.view, PageView::PowerMap, "Power map");
        ui.radio_value(&mut r.view, PageView::Spectrum, "Spectrum");
        ui.radio_value(&mut r.view, PageView::Both, "Both side by side");
    });
    ui.label(RichText::new("Size").strong());
    ui.horizontal(|ui| {
        ui.radio_value(&mut r.paper, Paper::A4, "A4");
        ui.radio_value(&mut r.paper, Paper::Letter, "Letter");
    });
    if r.format == ExportFormat::Png {
        ui.horizontal(|ui| {
            ui.radio_value(&mut dialog.preset, PngPreset::Print, "Print, 300 dpi");
            ui.radio_value(&mut dialog.preset, PngPreset::Slides, "Slides, 1920 x 1080");
            ui.radio_value(&mut dialog.preset, PngPreset::Custom, "Custom");
        });
        if dialog.preset == PngPreset::Custom {
            ui.horizontal(|ui| {
                ui.add(
                    egui::DragValue::new(&mut dialog.custom.0)
                        .range(16..=crate::render::MAX_SIDE)
                        .prefix("width "),
                );
                ui.add(
                    egui::DragValue::new(&mut dialog.custom.1)
                        .range(16..=crate::render::MAX_SIDE)
                        .prefix("height "),
                );
            });
        }
        r.pixels = match dialog.preset {
            PngPreset::Print => PixelSize::Dpi(300),
            PngPreset::Slides => PixelSize::Exact(1920, 1080),
            PngPreset::Custom => PixelSize::Exact(dialog.custom.0, dialog.custom.1),
        };
    }
    ui.label(RichText::new("Privacy").strong());
    ui.checkbox(
        &mut r.redact,
        "Replace names with codes (A1, A2, ...), leave notes and tags out",
    );
    if r.redact {
        ui.checkbox(
            &mut dialog.save_key,
            "Also save the codes key (it names everyone) as a separate file",
        );
    }
    ui.checkbox(&mut r.table, "Add a table of actors");
    ui.add_enabled(
        r.table && !r.redact,
        egui::Checkbox::new(&mut r.notes, "Include notes in the table"),
    );
    if !rounds.is_empty() {
        let shown = r
            .compare_round
            .as_ref()
            .and_then(|id| rounds.iter().find(|x| &x.id == id))
            .map_or("No arrows".to_owned(), |x| x.label.clone());
        super::widgets::labelled_combo(ui, "Movement since", "export round", shown, 160.0, |ui| {
            ui.selectable_value(&mut r.compare_round, None, "No arrows");
            for round in rounds {
                ui.selectable_value(&mut r.compare_round, Some(round.id.clone()), &round.label);
            }
        });
    }
    if r.format != before || was_csv {
        let path = PathBuf::from(&dialog.path);
        dialog.path = path
            .with_extension(r.format.extension())
            .display()
            .to_string();
    }
}

/// Actors to `path`, relationships beside it as `NAME-relationships.csv`.
fn write_csv(session: &crate::model::Session, path: &Path, notes: bool) -> Result<String, String> {
    let relations = crate::exchange::write_csv_files(session, path, notes)
        .map_err(|(file, e)| format!("Could not write {}: {e}", file.display()))?;
    Ok(format!(
        "Exported {} actors to {} and {} relationships to {}.",
        session.actors.len(),
        path.display(),
        session.relationships.len(),
        relations.display()
    ))
}

/// A small picture of exactly the page that will be written, redrawn when a choice changes.
fn preview(ui: &mut Ui, dialog: &mut ExportDialog, session: &crate::model::Session) {
    if dialog.csv {
        ui.vertical(|ui| {
            ui.set_width(400.0);
            ui.label(format!(
                "Two files for a spreadsheet: one row per actor ({}), with its kind, category, \
                 support, influence, slice, tags and links; and one row per relationship ({}). \
                 powermap can import them back.",
                session.actors.len(),
                session.relationships.len()
            ));
        });
        return;
    }
    let stale = dialog
        .preview
        .as_ref()
        .is_none_or(|(made_for, _)| *made_for != dialog.request);
    if stale {
        // The preview is the page's own SVG, rendered small: what you see is what is written.
        let mut small = dialog.request.clone();
        small.format = ExportFormat::Svg;
        match export_svg(session, &small) {
            Ok((svg, _)) => {
                let page_width = page_width(&dialog.request);
                match render_png(&svg, 400.0 / page_width)
                    .ok()
                    .and_then(|png| decode(&png))
                {
                    Some(image) => {
                        let texture = ui.ctx().load_texture(
                            "export preview",
                            image,
                            egui::TextureOptions::LINEAR,
                        );
                        dialog.preview = Some((dialog.request.clone(), texture));
                        dialog.error = None;
                    }
                    None => dialog.error = Some("Could not draw the preview.".to_owned()),
                }
            }
            Err(error) => dialog.error = Some(error.to_string()),
        }
    }
    if let Some((_, texture)) = &dialog.preview {
        ui.add(egui::Image::new(texture).max_width(400.0))
            .on_hover_text("Preview of the exported page");
    }
}

fn page_width(request: &ExportRequest) -> f32 {
    match (request.format, request.pixels) {
        (ExportFormat::Png, PixelSize::Exact(w, _)) => w as f32,
        _ => request.paper.landscape().x,
    }
}

fn decode(png: &[u8]) -> Option<egui::ColorImage> {
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(png).ok()?;
    let size = [pixmap.width() as usize, pixmap.height() as usize];
    // tiny-skia stores premultiplied RGBA, which is what egui's premultiplied constructor takes.
    Some(egui::ColorImage::from_rgba_premultiplied(
        size,
        pixmap.data(),
    ))
}
