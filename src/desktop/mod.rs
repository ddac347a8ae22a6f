//! What makes powermap a desktop application beyond its window: its icon, and the files a
//! package installs that are made from the code (man pages, shell completions, the icon at
//! each size).

mod generated;
mod icon;

pub use generated::{GeneratedFile, generated_files};
pub use icon::{ICON_SIZES, icon_png, window_icon};

/// The double extension Save proposes for a session, which tells the desktop a session from
/// any other JSON file (the shared-mime-info rule in `assets/packaging/powermap-mime.xml`).
pub const SESSION_EXTENSION: &str = "powermap.json";
