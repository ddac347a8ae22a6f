//! Native open and save dialogs behind a small trait, so tests never open one and systems
//! without a dialog get the in-app one (`file_browser.rs`) instead of silence.

use crate::words;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file dialog gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The user chose this file.
    Picked(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// The system has no file dialog; the app shows its own instead.
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
    /// The user's home and documents folders: where dialogs start without a current file,
    /// and what `~` means in a typed path.
    fn user_folders(&self) -> UserFolders {
        UserFolders::of_this_user()
    }
}

/// The extensions the import dialog lists (without the dot).
pub const IMPORT_EXTENSIONS: [&str; 7] = ["csv", "tsv", "txt", "xlsx", "xls", "ods", "json"];

/// The folders of the person using the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserFolders {
    /// The home folder, which `~` stands for.
    pub home: Option<PathBuf>,
    /// The documents folder, where new files go by default.
    pub documents: Option<PathBuf>,
}

impl UserFolders {
    /// The folders the system reports for the user running the app.
    pub fn of_this_user() -> Self {
        let dirs = directories::UserDirs::new();
        Self {
            home: dirs.as_ref().map(|d| d.home_dir().to_owned()),
            documents: dirs
                .as_ref()
                .and_then(|d| d.document_dir().map(Path::to_owned)),
        }
    }

    /// Where to look for or put a file when there is no better place: the documents folder,
    /// else home.
    pub fn default_folder(&self) -> Option<&Path> {
        self.documents
            .as_deref()
            .filter(|d| d.is_dir())
            .or(self.home.as_deref())
    }
}

/// `path` with a leading `~` replaced by the home folder, as a shell would; other paths, and
/// `~name` (another user's home), stay as they are.
pub fn expand_home(path: &Path, home: Option<&Path>) -> PathBuf {
    let mut components = path.components();
    match (components.next(), home) {
        (Some(Component::Normal(first)), Some(home)) if first == "~" => {
            home.join(components.as_path())
        }
        _ => path.to_owned(),
    }
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
        let dialog =
            rfd::FileDialog::new().add_filter(words::ui().get("file-filter-session"), &["json"]);
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
                .set_title(words::ui().get("file-open-title"))
                .pick_file(),
        )
    }

    fn pick_save(&self, start_in: Option<&Path>, file_name: &str) -> DialogOutcome {
        if !Self::available() {
            return DialogOutcome::Unavailable;
        }
        let started = Instant::now();
        let picked = Self::dialog(start_in)
            .set_title(words::ui().get("file-save-title"))
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
            .set_title(words::ui().get("export-title"))
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
            .add_filter(words::ui().get("file-filter-import"), &IMPORT_EXTENSIONS)
            .add_filter(words::ui().get("file-filter-any"), &["*"])
            .set_title(title)
            .pick_file();
        Self::outcome(started, picked)
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Dialogs that never open: every request goes to the in-app dialog. Tests use it, and so
/// does the app when started with `POWERMAP_NO_DIALOGS=1`.
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
    with_extension_if_none(path, "json")
}

/// `path` with `extension` added when it has none.
pub fn with_extension_if_none(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = Path::new("/home/ana");
        assert_eq!(
            expand_home(Path::new("~/maps/x.json"), Some(home)),
            home.join("maps/x.json")
        );
        assert_eq!(expand_home(Path::new("~"), Some(home)), home);
        for kept in ["/tmp/~/x.json", "~bob/x.json", "maps/~", "x.json"] {
            assert_eq!(expand_home(Path::new(kept), Some(home)), Path::new(kept));
        }
        assert_eq!(
            expand_home(Path::new("~/x.json"), None),
            Path::new("~/x.json"),
            "no home known: nothing to put there"
        );
    }
}
