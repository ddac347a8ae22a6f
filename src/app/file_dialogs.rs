//! Native open and save dialogs behind a small trait, so tests never open one and systems
//! without a dialog get a path field instead of silence.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file dialog gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The user chose this file.
    Picked(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// The system has no file dialog; the app asks for a typed path instead.
    Unavailable,
}

/// Open and save dialogs.
pub trait FileDialogs {
    /// Ask for a session file to open.
    fn pick_open(&self, start_in: Option<&Path>) -> DialogOutcome;
    /// Ask where to save, suggesting `file_name`.
    fn pick_save(&self, start_in: Option<&Path>, file_name: &str) -> DialogOutcome;
    /// Ask where to write an export with this extension (`png`, `svg`, `pdf`).
    fn pick_export(
        &self,
        start_in: Option<&Path>,
        file_name: &str,
        extension: &str,
    ) -> DialogOutcome;
    /// Ask for a file to import or merge (spreadsheets, CSV, Kumu, Oligrapher, sessions).
    fn pick_import(&self, start_in: Option<&Path>, title: &str) -> DialogOutcome;
}

/// The system's dialogs through rfd (a desktop portal or zenity on Linux).
#[derive(Clone, Copy, Debug, Default)]
pub struct NativeDialogs;

/// No person closes a dialog this fast: an answer sooner means the dialog never showed
/// (rfd returns "nothing chosen" both when cancelled and when no dialog could start).
const TOO_FAST_TO_BE_A_PERSON: Duration = Duration::from_millis(250);

impl NativeDialogs {
    /// Whether this system can show a file dialog at all.
    pub fn available() -> bool {
        if !cfg!(target_os = "linux") {
            return true;
        }
        let has_session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
        has_session_bus || on_path("zenity")
    }

    fn dialog(start_in: Option<&Path>) -> rfd::FileDialog {
        let dialog = rfd::FileDialog::new().add_filter("powermap session", &["json"]);
        match start_in {
            Some(folder) if folder.is_dir() => dialog.set_directory(folder),
            _ => dialog,
        }
    }

    fn outcome(started: Instant, picked: Option<PathBuf>) -> DialogOutcome {
        match picked {
            Some(path) => DialogOutcome::Picked(path),
            None if started.elapsed() < TOO_FAST_TO_BE_A_PERSON => DialogOutcome::Unavailable,
            None => DialogOutcome::Cancelled,
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&self, start_in: Option<&Path>) -> DialogOutcome {
        if !Self::available() {
            return DialogOutcome::Unavailable;
        }
        let started = Instant::now();
        Self::outcome(
            started,
            Self::dialog(start_in)
                .set_title("Open a session")
                .pick_file(),
        )
    }

    fn pick_save(&self, start_in: Option<&Path>, file_name: &str) -> DialogOutcome {
        if !Self::available() {
            return DialogOutcome::Unavailable;
        }
        let started = Instant::now();
        let picked = Self::dialog(start_in)
            .set_title("Save the session")
            .set_file_name(file_name)
            .save_file();
        Self::outcome(started, picked)
    }

    fn pick_export(
        &self,
        start_in: Option<&Path>,
        file_name: &str,
        extension: &str,
    ) -> DialogOutcome {
        if !Self::available() {
            return DialogOutcome::Unavailable;
        }
        let started = Instant::now();
        let mut dialog = rfd::FileDialog::new().add_filter(extension.to_uppercase(), &[extension]);
        if let Some(folder) = start_in.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        let picked = dialog
            .set_title("Export the map")
            .set_file_name(file_name)
            .save_file();
        Self::outcome(started, picked)
    }

    fn pick_import(&self, start_in: Option<&Path>, title: &str) -> DialogOutcome {
        if !Self::available() {
            return DialogOutcome::Unavailable;
        }
        let started = Instant::now();
        let picked = Self::dialog(start_in)
            .add_filter(
                "Spreadsheets and maps",
                &["csv", "tsv", "txt", "xlsx", "xls", "ods", "json"],
            )
            .add_filter("Any file", &["*"])
            .set_title(title)
            .pick_file();
        Self::outcome(started, picked)
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Dialogs that never open: every request asks for a typed path. Tests use it, and so does
/// the app when started with `POWERMAP_NO_DIALOGS=1`.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&self, _start_in: Option<&Path>) -> DialogOutcome {
        DialogOutcome::Unavailable
    }

    fn pick_save(&self, _start_in: Option<&Path>, _file_name: &str) -> DialogOutcome {
        DialogOutcome::Unavailable
    }

    fn pick_export(
        &self,
        _start_in: Option<&Path>,
        _file_name: &str,
        _extension: &str,
    ) -> DialogOutcome {
        DialogOutcome::Unavailable
    }

    fn pick_import(&self, _start_in: Option<&Path>, _title: &str) -> DialogOutcome {
        DialogOutcome::Unavailable
    }
}

/// `name.json` for a typed path without an extension.
pub fn with_json_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("json")
    }
}
