//! The labels widgets are found by in the accessibility tree (buttons, fields, tabs, markers),
//! by message id. The UI tests drive the app through these instead of typing the English text
//! again, so rewording a button in the translation files breaks no test, and an id that no
//! longer exists fails `tests/suite/words_in_code.rs`.
//!
//! Texts the tests check (a strategy named, a count said) are not here: a test states those
//! in its own words, as the user reads them.

use super::ui;

/// The text of the label with message id `id`, in the interface's language.
pub fn text(id: &'static str) -> &'static str {
    ui().get(id)
}

/// "NAME on the map": how a marker on the power map is announced.
pub fn on_the_map(name: &str) -> String {
    ui().with("view-marker-on-map", &[("name", name)])
}

/// "NAME on the spectrum": how a marker on the spectrum is announced.
pub fn on_the_spectrum(name: &str) -> String {
    ui().with("view-marker-on-spectrum", &[("name", name)])
}

/// "NAME, not yet placed": a name in the spectrum's tray.
pub fn in_the_tray(name: &str) -> String {
    ui().with("view-tray-name", &[("name", name)])
}

/// "NAME, in the parking lot": a name waiting off the power map.
pub fn in_the_parking_lot(name: &str) -> String {
    ui().with("view-parking-name", &[("name", name)])
}

/// "Connect NAME to another actor": the link handle beside the one selected actor.
pub fn link_handle(name: &str) -> String {
    ui().with("view-link-handle", &[("name", name)])
}

/// "Open "TITLE"": the welcome dialog's button for an example.
pub fn open_example(title: &str) -> String {
    ui().with("dialog-welcome-open-example", &[("title", title)])
}

/// "Keep the file" (or files): the export's answer to "Replace it?".
pub fn keep_files(count: usize) -> String {
    ui().counted("export-keep", count)
}

/// The welcome dialog's button that starts an empty map.
pub const START_EMPTY_MAP: &str = "dialog-welcome-empty";
/// The Cancel button dialogs end with.
pub const CANCEL: &str = "dialog-cancel";
/// The OK button of an error.
pub const OK: &str = "dialog-ok";
/// The unsaved-changes question's button that goes on without saving.
pub const DONT_SAVE: &str = "dialog-confirm-dont-save";
/// The changed-on-disk question's button that saves over the other copy.
pub const OVERWRITE: &str = "dialog-changed-overwrite";
/// The repair offer's button.
pub const OPEN_REPAIRED: &str = "dialog-repair-open";
/// The in-app file dialog's file name field.
pub const FILE_NAME: &str = "browser-file-name";
/// The in-app file dialog's folder field.
pub const FOLDER: &str = "browser-folder";
/// The in-app file dialog's button when it opens a session.
pub const BROWSE_OPEN: &str = "file-open-button";
/// The in-app file dialog's button when it saves a session.
pub const BROWSE_SAVE: &str = "file-save-button";
/// The in-app file dialog's button when it chooses a file to import.
pub const BROWSE_CHOOSE: &str = "import-choose-button";
/// The in-app file dialog's answer to "Replace the file?" that replaces it.
pub const BROWSE_REPLACE: &str = "browser-replace";
/// The in-app file dialog's answer to "Replace the file?" that goes back to the name.
pub const BROWSE_CHOOSE_ANOTHER: &str = "browser-choose-another";

/// The quick-add field of the actors' tab.
pub const QUICK_ADD: &str = "list-quick-add";
/// The actors' tab's search field.
pub const FIND: &str = "list-find";
/// The left panel's Plan tab.
pub const PLAN_TAB: &str = "list-tab-plan";
/// The toggle of the actors' panel.
pub const ACTOR_PANEL: &str = "view-actor-panel";
/// What the inspector says with nothing selected (it is open).
pub const NOTHING_SELECTED: &str = "inspector-nothing-selected";
/// The spectrum section's menu of the aim.
pub const AIM: &str = "view-aim";

/// The rounds' button that records one.
pub const RECORD_ROUND: &str = "rounds-record";
/// The rounds' button that draws movement since a round.
pub const COMPARE_WITH_NOW: &str = "rounds-compare";
/// The rounds' button that shows the map as it was.
pub const LOOK_BACK: &str = "rounds-look-back";
/// The button that leaves a round shown and comes back to now.
pub const BACK_TO_NOW: &str = "rounds-back-to-now";

/// The export dialog's button.
pub const EXPORT: &str = "export-button";
/// The export dialog's path field.
pub const EXPORT_PATH: &str = "export-path-label";
/// The export dialog's button that chooses where, in a file dialog.
pub const EXPORT_CHOOSE: &str = "export-choose";
/// The export format PNG.
pub const EXPORT_PNG: &str = "export-format-png";
/// The export format SVG.
pub const EXPORT_SVG: &str = "export-format-svg";
/// The export format PDF.
pub const EXPORT_PDF: &str = "export-format-pdf";
/// The export format CSV.
pub const EXPORT_CSV: &str = "export-format-csv";
/// Exporting the spectrum.
pub const EXPORT_SPECTRUM: &str = "export-view-spectrum";
/// Exporting both views side by side.
pub const EXPORT_BOTH_VIEWS: &str = "export-view-both";
/// The export's choice to replace names with codes.
pub const EXPORT_REDACT: &str = "export-redact";
/// The export's field for the title on the page.
pub const EXPORT_PAGE_TITLE: &str = "export-page-title";
/// The export's custom image size.
pub const EXPORT_CUSTOM_SIZE: &str = "export-png-custom";
/// The export's answer to "Replace it?" that replaces.
pub const EXPORT_REPLACE: &str = "export-replace";

/// The import dialog's file field.
pub const IMPORT_FILE: &str = "import-file-field";
/// The import dialog's button that chooses the file, in a file dialog.
pub const IMPORT_CHOOSE: &str = "import-choose-file";
/// The import dialog's button that reads the file.
pub const READ_FILE: &str = "import-read-file";
/// The import dialog's last button.
pub const IMPORT: &str = "import-button";
/// The merge dialog's last button.
pub const MERGE: &str = "merge-button";
/// The import dialog's Cancel.
pub const IMPORT_CANCEL: &str = "import-cancel";
/// The mapping step's button to the values step.
pub const NEXT_VALUES: &str = "mapping-values-button";
/// The mapping step's button to what will change.
pub const NEXT_CHANGES: &str = "mapping-next";
/// The mapping step's choice to remember the mapping.
pub const REMEMBER_MAPPING: &str = "mapping-remember";
/// The mapping step's offer of a remembered mapping.
pub const USE_REMEMBERED: &str = "mapping-use-remembered";
/// The merge's choice to take the other file's place.
pub const MERGE_KEEP_THEIRS: &str = "merge-keep-theirs";
/// The actor panel's partner section (folded until something is recorded).
pub const PARTNER_SECTION: &str = "alliance-inspector-heading";
