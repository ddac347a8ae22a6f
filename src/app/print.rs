//! File > Print: the report page, as the export dialog makes it by default, written as a PDF
//! to a private temporary file and handed to the system: the desktop portal's print dialog
//! where there is one, else the default PDF viewer, which prints it. Where nothing takes it, a
//! dialog says so and offers to save the PDF instead.
//!
//! The temporary file is readable by its owner only (0600) and lies in the user's runtime
//! folder (`XDG_RUNTIME_DIR`, memory on most systems) where there is one, else in the temporary
//! folder. The portal reads it before it answers, so the file is deleted at once; a viewer
//! reads it when it likes and may read it again (to print, to reload), so that file is kept
//! until the app ends.

use super::PowermapApp;
use super::dialogs::Dialog;
use super::file_browser::{BrowseRequest, Mode};
use super::file_dialogs::DialogOutcome;
use super::jobs::{JobKind, Progress};
use crate::model::Session;
use crate::render::{ExportFormat, ExportRequest, export};
use crate::scene::has_alliance_plan;
use crate::words;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tempfile::TempPath;

/// What became of a printout handed to the system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    /// A print dialog took the file and printed it (or is printing it).
    Printed,
    /// The print dialog was closed without printing.
    Cancelled,
    /// A PDF viewer opened it; the user prints from there, and it may read the file again.
    InViewer,
}

/// Gives a PDF to whatever prints or shows it. The app uses `SystemOpener`; tests give their
/// own.
pub trait PdfOpener: Send + Sync {
    /// Hand the PDF at `pdf` to the system. The error says, in the user's words, why nothing
    /// could take it.
    fn open(&self, pdf: &Path) -> Result<Handed, String>;
}

/// The system's way: the XDG print portal (Linux), else the default PDF viewer (`xdg-open`,
/// `open` on macOS, `start` on Windows).
pub struct SystemOpener;

impl PdfOpener for SystemOpener {
    fn open(&self, pdf: &Path) -> Result<Handed, String> {
        #[cfg(target_os = "linux")]
        if let Some(handed) = portal::print(pdf) {
            return Ok(handed);
        }
        open_in_viewer(pdf)
    }
}

/// The desktop portal's print dialog (org.freedesktop.portal.Print), which prints through the
/// desktop's own printing: present under GNOME and KDE, also outside Flatpak.
#[cfg(target_os = "linux")]
mod portal {
    use super::Handed;
    use ashpd::desktop::{ResponseError, print::PrintProxy};
    use std::path::Path;

    /// Show the portal's print dialog for the PDF; `None` when there is no portal that prints
    /// (no session bus, no portal, or one without a print backend), so the viewer is tried.
    pub(super) fn print(pdf: &Path) -> Option<Handed> {
        let file = std::fs::File::open(pdf).ok()?;
        let title = crate::words::ui().get("print-title");
        pollster::block_on(async {
            let proxy = PrintProxy::new().await.ok()?;
            // Without a token from PreparePrint, the portal shows its own print dialog.
            let request = proxy.print(None, title, &file, None, true).await.ok()?;
            match request.response() {
                Ok(()) => Some(Handed::Printed),
                Err(ashpd::Error::Response(ResponseError::Cancelled)) => Some(Handed::Cancelled),
                Err(_) => None,
            }
        })
    }
}

/// How long a viewer launcher may take to say it failed. `xdg-open` outside a desktop
/// environment runs the viewer itself and returns only when it is closed: still running by
/// then means the viewer is up.
const LAUNCH_WAIT: std::time::Duration = std::time::Duration::from_secs(4);

/// Open the PDF in the default viewer.
fn open_in_viewer(pdf: &Path) -> Result<Handed, String> {
    let (program, args): (&str, Vec<&std::ffi::OsStr>) = if cfg!(target_os = "windows") {
        // `start` takes its first quoted argument as the window's title.
        ("cmd", vec!["/c".as_ref(), "start".as_ref(), "".as_ref()])
    } else if cfg!(target_os = "macos") {
        ("open", Vec::new())
    } else {
        ("xdg-open", Vec::new())
    };
    let say = words::ui();
    let mut child = std::process::Command::new(program)
        .args(args)
        .arg(pdf)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound => {
                say.with("print-why-no-program", &[("program", program)])
            }
            _ => say.with(
                "print-why-error",
                &[("program", program), ("error", &error.to_string())],
            ),
        })?;
    let started = std::time::Instant::now();
    while started.elapsed() < LAUNCH_WAIT {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(Handed::InViewer),
            Ok(Some(_)) => return Err(say.with("print-why-failed", &[("program", program)])),
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(50)),
            Err(error) => {
                return Err(say.with(
                    "print-why-error",
                    &[("program", program), ("error", &error.to_string())],
                ));
            }
        }
    }
    // The viewer runs in the launcher's place: wait for it elsewhere, so it leaves no zombie.
    std::thread::spawn(move || child.wait());
    Ok(Handed::InViewer)
}

/// The report that File > Print makes: the export dialog's first choices, as a PDF, with the
/// alliance plan's pages after the map when the session has one (without the partners'
/// ratings and notes, which the export dialog offers only when asked).
fn print_request(session: &Session) -> ExportRequest {
    ExportRequest {
        format: ExportFormat::Pdf,
        alliance: has_alliance_plan(session),
        ..ExportRequest::default()
    }
}

/// Where printouts are written: the user's runtime folder, else the temporary folder.
fn printout_folder() -> PathBuf {
    directories::BaseDirs::new()
        .and_then(|dirs| dirs.runtime_dir().map(Path::to_owned))
        .filter(|dir| dir.is_dir())
        .unwrap_or_else(std::env::temp_dir)
}

/// Write the PDF to a new file readable by its owner only, deleted when the path is dropped.
fn write_printout(folder: &Path, bytes: &[u8]) -> std::io::Result<TempPath> {
    // tempfile creates the file new, under a random name, with mode 0600.
    let mut file = tempfile::Builder::new()
        .prefix("powermap-print-")
        .suffix(".pdf")
        .tempfile_in(folder)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    Ok(file.into_temp_path())
}

/// A printout nothing could take: the dialog says why and offers to save it.
pub(super) struct NotPrinted {
    /// Why, in the user's words.
    pub why: String,
    /// The PDF, to save.
    pub pdf: Vec<u8>,
}

/// Printing's state in the app: how PDFs are handed on, and the printouts viewers may still
/// read.
pub(super) struct Printing {
    opener: Arc<dyn PdfOpener>,
    /// Printouts open in a viewer: deleted when the app ends (when this is dropped).
    kept: Vec<TempPath>,
}

impl Default for Printing {
    fn default() -> Self {
        Self {
            opener: Arc::new(SystemOpener),
            kept: Vec::new(),
        }
    }
}

/// How a print job ended.
enum Printed {
    /// Handed to the system; the path when a viewer may read it again.
    Handed(Handed, Option<TempPath>),
    /// Nothing took it.
    NotTaken(NotPrinted),
    /// Stopped from the status bar before it was handed on.
    Stopped,
    /// The PDF could not be made or written.
    Failed(String),
}

/// Draw the PDF, write it and hand it on: the work of the print job.
fn print_job(
    session: &Session,
    folder: &Path,
    opener: &dyn PdfOpener,
    progress: &Progress,
) -> Printed {
    let say = words::ui();
    progress.set_total(3);
    progress.step(0, say.get("job-export-drawing"));
    let pdf = match export(session, &print_request(session)) {
        Ok(output) => output.bytes,
        Err(error) => return Printed::Failed(error.to_string()),
    };
    if progress.cancelled() {
        return Printed::Stopped;
    }
    progress.step(1, say.get("job-export-writing"));
    let printout = match write_printout(folder, &pdf) {
        Ok(path) => path,
        Err(error) => {
            return Printed::Failed(
                say.with("print-not-written", &[("error", &error.to_string())]),
            );
        }
    };
    if progress.cancelled() {
        return Printed::Stopped;
    }
    progress.step(2, say.get("print-handing"));
    match opener.open(&printout) {
        // The portal has read the file: it goes now.
        Ok(handed @ (Handed::Printed | Handed::Cancelled)) => Printed::Handed(handed, None),
        Ok(Handed::InViewer) => Printed::Handed(Handed::InViewer, Some(printout)),
        Err(why) => Printed::NotTaken(NotPrinted { why, pdf }),
    }
}

impl PowermapApp {
    /// Hand PDFs to `opener` instead of the system (tests; a packager's own way of printing).
    pub fn set_pdf_opener(&mut self, opener: Arc<dyn PdfOpener>) {
        self.printing.opener = opener;
    }

    /// The printouts a viewer may still read, deleted when the app ends.
    pub fn kept_printouts(&self) -> Vec<&Path> {
        self.printing.kept.iter().map(AsRef::as_ref).collect()
    }

    /// File > Print: draw the PDF and hand it on, as a job that the status bar shows and can
    /// stop; it runs as an export, so one of them runs at a time.
    pub(super) fn print(&mut self) {
        if self.jobs.busy(JobKind::Export) {
            words::ui()
                .get("job-export-busy")
                .clone_into(&mut self.status);
            return;
        }
        let session = self.doc.shared();
        let opener = Arc::clone(&self.printing.opener);
        let folder = printout_folder();
        let what = words::ui().get("print-job").to_owned();
        self.jobs.start(JobKind::Export, what, move |progress| {
            let printed = print_job(&session, &folder, opener.as_ref(), progress);
            Box::new(move |app: &mut PowermapApp| app.finish_print(printed))
        });
    }

    fn finish_print(&mut self, printed: Printed) {
        let say = words::ui();
        self.status = match printed {
            Printed::Handed(Handed::Printed, _) => say.get("print-sent").to_owned(),
            Printed::Handed(Handed::Cancelled, _) => say.get("print-cancelled").to_owned(),
            Printed::Handed(Handed::InViewer, printout) => {
                self.printing.kept.extend(printout);
                say.get("print-in-viewer").to_owned()
            }
            Printed::NotTaken(not_printed) => {
                // The dialog says it; the status line keeps what it said before.
                self.ask(Dialog::PrintFailed {
                    why: not_printed.why,
                    pdf: not_printed.pdf,
                });
                return;
            }
            Printed::Stopped => say.get("print-stopped").to_owned(),
            Printed::Failed(error) => error,
        };
    }

    /// Ask where to save the PDF (the native dialog, else the in-app one) and write it the
    /// way exports are written: private when the session is.
    pub(super) fn save_printout(&mut self, pdf: Vec<u8>) {
        let start_in = self
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_owned);
        let name = print_file_name(self.path.as_deref());
        match self.dialogs.pick_export(start_in.as_deref(), &name, "pdf") {
            DialogOutcome::Picked(path) => self.write_saved_printout(&path, &pdf),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => self.browse(BrowseRequest {
                mode: Mode::Save,
                title: words::ui().get("print-save-title"),
                button: words::ui().get("print-save-button"),
                extensions: vec!["pdf"],
                start_in,
                file_name: name,
                then: Box::new(move |app, path| app.write_saved_printout(&path, &pdf)),
            }),
        }
    }

    fn write_saved_printout(&mut self, path: &Path, pdf: &[u8]) {
        let written = crate::storage::write_export_files(&crate::storage::ExportFiles {
            files: vec![(path, pdf)],
            session_file: self.path.as_deref(),
            locked: self.lock.is_some(),
        });
        let shown = path.display().to_string();
        self.status = match written {
            Ok(()) => words::ui().with("export-done", &[("path", &shown)]),
            Err(error) => error.to_string(),
        };
    }
}

/// `NAME-power.pdf` for the session `NAME.json`, as the export dialog proposes.
fn print_file_name(session_path: Option<&Path>) -> String {
    let stem = session_path.and_then(Path::file_stem).map_or_else(
        || "power-map".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    format!("{stem}-power.pdf")
}
