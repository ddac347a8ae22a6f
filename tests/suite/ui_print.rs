//! File > Print in the real app, with a made-up opener in place of the system's: the PDF it is
//! handed, where that file lies and when it goes, and the dialog shown when nothing opens it.

use crate::harness;
use crate::harness::{
    App, click, click_and_finish_jobs, example, press_and_finish_jobs, start_with,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, DialogOutcome, FileDialogs, Handed, PdfOpener};
use powermap::words::labels;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What the opener was handed: the file's path, its bytes and its mode at that moment.
#[derive(Default)]
struct Handled {
    path: PathBuf,
    bytes: Vec<u8>,
    mode: u32,
}

/// An opener that keeps what it was handed and answers `answer`.
struct FakeOpener {
    seen: Mutex<Vec<Handled>>,
    answer: Result<Handed, String>,
}

impl FakeOpener {
    fn answering(answer: Result<Handed, String>) -> Arc<Self> {
        Arc::new(Self {
            seen: Mutex::new(Vec::new()),
            answer,
        })
    }

    /// The one printout it was handed.
    fn only(&self) -> Handled {
        let mut seen = self.seen.lock().expect("not poisoned");
        assert_eq!(seen.len(), 1, "handed one printout");
        seen.pop().expect("one")
    }
}

impl PdfOpener for FakeOpener {
    fn open(&self, pdf: &Path) -> Result<Handed, String> {
        let meta = std::fs::metadata(pdf).expect("the printout exists when handed on");
        self.seen.lock().expect("not poisoned").push(Handled {
            path: pdf.to_owned(),
            bytes: std::fs::read(pdf).expect("readable by us"),
            mode: meta.permissions().mode() & 0o777,
        });
        self.answer.clone()
    }
}

/// Export dialogs that write where the test says, as if the user chose it.
struct SaveTo(PathBuf);

impl FileDialogs for SaveTo {
    fn pick_open(&self, _: Option<&Path>) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
    fn pick_save(&self, _: Option<&Path>, _: &str) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
    fn pick_export(&self, _: Option<&Path>, _: &str, extension: &str) -> DialogOutcome {
        assert_eq!(extension, "pdf");
        DialogOutcome::Picked(self.0.clone())
    }
    fn pick_import(&self, _: Option<&Path>, _: &str) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
}

/// The river example open, with `opener` in place of the system's and `dialogs` for files.
fn river_with(opener: Arc<FakeOpener>, dialogs: Box<dyn FileDialogs>) -> App {
    example_with("river-cleanup.json", opener, dialogs)
}

/// The app on the example `file`, handing PDFs to `opener`.
fn example_with(file: &str, opener: Arc<FakeOpener>, dialogs: Box<dyn FileDialogs>) -> App {
    let options = AppOptions {
        dialogs,
        ..AppOptions::headless(Some(example(file)))
    };
    let mut h = start_with(options, harness::DESKTOP);
    h.state_mut().set_pdf_opener(opener);
    h
}

/// Print with Ctrl+P and let the job end.
fn print(h: &mut App) {
    press_and_finish_jobs(h, Modifiers::COMMAND, Key::P);
}

/// The first page of `pdf` as poppler draws it: its size in pixels.
fn rendered_by_poppler(pdf: &[u8]) -> (u32, u32) {
    let dir = tempfile::tempdir().expect("temp");
    let input = dir.path().join("page.pdf");
    std::fs::write(&input, pdf).expect("written");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "30", "-singlefile"])
        .arg(&input)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm runs (poppler-utils)");
    assert!(status.success(), "pdftoppm renders the PDF");
    let png = std::fs::read(dir.path().join("page.png")).expect("a page drawn");
    let image = image_size(&png);
    assert!(image.0 > 100 && image.1 > 100, "{image:?}");
    image
}

/// Width and height from a PNG's header.
fn image_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("four bytes"));
    (word(16), word(20))
}

#[test]
fn print_hands_a_private_pdf_to_the_viewer_and_deletes_it_when_the_app_ends() {
    let opener = FakeOpener::answering(Ok(Handed::InViewer));
    let mut h = river_with(Arc::clone(&opener), Box::new(powermap::app::NoDialogs));
    print(&mut h);
    let handed = opener.only();
    assert!(handed.bytes.starts_with(b"%PDF"), "a PDF");
    let (width, height) = rendered_by_poppler(&handed.bytes);
    assert!(width > height, "an A4 page on its side: {width} x {height}");
    assert_eq!(handed.mode, 0o600, "readable by its owner only");
    assert_eq!(
        handed.path.extension().and_then(|e| e.to_str()),
        Some("pdf")
    );
    assert_eq!(h.state().kept_printouts(), vec![handed.path.as_path()]);
    assert!(handed.path.exists(), "kept while the viewer may read it");
    h.get_by_label_contains("open in your PDF viewer");
    drop(h);
    assert!(!handed.path.exists(), "deleted when the app ended");
}

#[test]
fn a_print_dialog_that_took_the_printout_leaves_no_file_behind() {
    for answer in [Handed::Printed, Handed::Cancelled] {
        let opener = FakeOpener::answering(Ok(answer));
        let mut h = river_with(Arc::clone(&opener), Box::new(powermap::app::NoDialogs));
        print(&mut h);
        let handed = opener.only();
        assert!(!handed.path.exists(), "{answer:?}: deleted at once");
        assert!(h.state().kept_printouts().is_empty());
    }
}

#[test]
fn when_nothing_opens_the_printout_the_dialog_says_so_and_saves_the_pdf() {
    let dir = tempfile::tempdir().expect("temp");
    let saved = dir.path().join("river.pdf");
    let opener = FakeOpener::answering(Err("xdg-open is not installed.".to_owned()));
    let mut h = river_with(Arc::clone(&opener), Box::new(SaveTo(saved.clone())));
    print(&mut h);
    let handed = opener.only();
    assert!(!handed.path.exists(), "no printout left behind");
    h.get_by_label(labels::text("print-failed"));
    h.get_by_label("xdg-open is not installed.");
    click_and_finish_jobs(&mut h, labels::text("print-save"));
    let pdf = std::fs::read(&saved).expect("the PDF was saved");
    assert_eq!(pdf, handed.bytes, "the page that was to be printed");
    assert!(
        h.query_by_label(labels::text("print-failed")).is_none(),
        "the dialog closed"
    );
    h.get_by_label_contains("Exported to");
}

#[test]
fn closing_the_dialog_saves_nothing() {
    let dir = tempfile::tempdir().expect("temp");
    let saved = dir.path().join("river.pdf");
    let opener = FakeOpener::answering(Err("xdg-open could not open the PDF.".to_owned()));
    let mut h = river_with(opener, Box::new(SaveTo(saved.clone())));
    print(&mut h);
    click(&mut h, labels::text("dialog-cancel"));
    assert!(h.query_by_label(labels::text("print-failed")).is_none());
    assert!(!saved.exists());
}

/// How many pages poppler counts in `pdf`.
fn page_count(pdf: &[u8]) -> usize {
    let dir = tempfile::tempdir().expect("temp");
    let input = dir.path().join("report.pdf");
    std::fs::write(&input, pdf).expect("written");
    let out = std::process::Command::new("pdfinfo")
        .arg(&input)
        .output()
        .expect("pdfinfo runs (poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

#[test]
fn the_printout_has_the_alliance_plan_after_the_map_when_there_is_one() {
    let opener = FakeOpener::answering(Ok(Handed::InViewer));
    let mut h = river_with(Arc::clone(&opener), Box::new(powermap::app::NoDialogs));
    print(&mut h);
    assert_eq!(
        page_count(&opener.only().bytes),
        1,
        "no plan: the map alone"
    );
    drop(h);
    let opener = FakeOpener::answering(Ok(Handed::InViewer));
    let mut h = example_with(
        "migrant-voting-rights.json",
        Arc::clone(&opener),
        Box::new(powermap::app::NoDialogs),
    );
    print(&mut h);
    let pdf = opener.only().bytes;
    assert!(page_count(&pdf) > 1, "the map, then the alliance plan");
}
