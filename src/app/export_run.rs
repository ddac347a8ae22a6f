//! The app's side of File > Export: it opens the dialog, answers what the dialog asks for
//! (a preview, a file dialog, the export itself) with jobs and file dialogs, and takes in
//! what those jobs hand back. The dialog itself draws in `export_dialog.rs`.

use super::PowermapApp;
use super::export_dialog::{BrowseWanted, ExportAnswer, ExportDialog, PREVIEW_SIZE, key_path};
use super::file_browser::{BrowseRequest, Mode};
use super::file_dialogs::DialogOutcome;
use super::jobs::{JobKind, Progress};
use super::modal::Modal;
use crate::exchange::{Notes, SessionLock};
use crate::render::{ExportError, ExportRequest, export_svg, export_watched, render_preview};
use crate::words;
use std::path::PathBuf;

impl PowermapApp {
    /// Open the export dialog.
    pub(super) fn open_export_dialog(&mut self) {
        let home = self.dialogs.user_folders().home;
        self.modal = Some(Modal::Export(Box::new(ExportDialog::new(
            self.path.as_deref(),
            home,
        ))));
    }

    /// Open the export dialog on the alliance plan as Markdown.
    pub(super) fn open_markdown_export(&mut self) {
        self.open_export_dialog();
        if let Some(dialog) = self.export_dialog_mut() {
            dialog.choose_markdown();
        }
    }

    /// Draw the export dialog, taken out of the modal slot, and do what it asks for; it goes
    /// back into the slot unless it closed (or went with its export job).
    pub(super) fn show_export_dialog(&mut self, ctx: &egui::Context, mut dialog: ExportDialog) {
        match dialog.show(ctx, self.doc.session()) {
            ExportAnswer::Stay => {}
            ExportAnswer::PreviewWanted(request) => self.start_preview(ctx, &mut dialog, request),
            ExportAnswer::Browse(wanted) => self.browse_for_export(&mut dialog, wanted),
            ExportAnswer::Export if self.jobs.busy(JobKind::Export) => {
                dialog.say(words::ui().get("job-export-busy"));
            }
            ExportAnswer::Export => {
                // The dialog goes with the job and comes back if the export fails.
                self.start_export(dialog);
                return;
            }
            ExportAnswer::Close => return,
        }
        // What the answer led to may have put up another modal meanwhile; that one stays.
        if self.modal.is_none() {
            self.modal = Some(Modal::Export(Box::new(dialog)));
        }
    }

    /// Draw the preview of `request` as a job; a job drawing older choices is stopped.
    fn start_preview(
        &mut self,
        ctx: &egui::Context,
        dialog: &mut ExportDialog,
        request: ExportRequest,
    ) {
        self.jobs.cancel(JobKind::Preview);
        dialog.preview_asked(request.clone());
        let session = self.doc.shared();
        // The page's own SVG, drawn to fit the preview box whatever the page's size: a
        // texture never larger than the box (nor than what the GPU takes).
        let max_side = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(u32::MAX);
        let (width, height) = (PREVIEW_SIZE.0.min(max_side), PREVIEW_SIZE.1.min(max_side));
        let what = words::ui().get("job-drawing-preview").to_owned();
        self.jobs.start(JobKind::Preview, what, move |progress| {
            let drawn = draw_preview(&session, &request, (width, height), progress);
            Box::new(move |app: &mut PowermapApp| {
                if let Some(dialog) = app.export_dialog_mut() {
                    dialog.preview_arrived(request, drawn);
                }
            })
        });
    }

    /// A preview's job stopped without an answer: the dialog says so, and does not ask
    /// again for the same choices.
    pub(super) fn preview_job_lost(&mut self, said: &str) {
        if let Some(dialog) = self.export_dialog_mut() {
            dialog.preview_lost(said);
        }
    }

    /// Ask where to write with the system's dialog, else the in-app one.
    fn browse_for_export(&self, dialog: &mut ExportDialog, wanted: BrowseWanted) {
        let BrowseWanted {
            folder,
            name,
            extension,
        } = wanted;
        match self
            .dialogs
            .pick_export(folder.as_deref(), &name, extension)
        {
            DialogOutcome::Picked(picked) => dialog.choose_path(&picked),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => self.browse(BrowseRequest {
                mode: Mode::Save,
                title: words::ui().get("export-title"),
                button: words::ui().get("export-button"),
                extensions: vec![extension],
                start_in: folder,
                file_name: name,
                then: Box::new(|app, picked| {
                    if let Some(export) = app.export_dialog_mut() {
                        export.choose_path(&picked);
                    }
                }),
            }),
        }
    }

    /// Draw and write the export as a job, with a copy of the session; the status bar shows
    /// its steps and can stop it before anything is written.
    fn start_export(&mut self, dialog: ExportDialog) {
        let job = ExportJob {
            session: self.doc.shared(),
            request: dialog.request().clone(),
            csv: dialog.csv(),
            save_key: dialog.save_key(),
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
            Err(error) if self.modal.is_none() => {
                dialog.say(&error);
                self.modal = Some(Modal::Export(Box::new(dialog)));
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
        // A PNG's strips are counted as they are drawn, and Cancel stops between two.
        let Some(output) =
            export_watched(&self.session, &self.request, progress).map_err(|e| e.to_string())?
        else {
            return Ok(None);
        };
        if progress.cancelled() {
            return Ok(None);
        }
        progress.set_total(2);
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
        let notes = if self.request.notes {
            Notes::Written
        } else {
            Notes::LeftOut
        };
        let lock = if self.locked {
            SessionLock::Locked
        } else {
            SessionLock::Unlocked
        };
        let relations = crate::exchange::write_csv_export(
            session,
            &self.path,
            notes,
            self.session_file.as_deref(),
            lock,
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
