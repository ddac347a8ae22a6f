//! The recent-files list, kept as a small JSON file in the platform's config folder.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files are remembered.
const MAX_RECENT: usize = 10;
const FILE_NAME: &str = "recent.json";

/// Recently opened or saved sessions, newest first; the first is reopened at start.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RecentFiles {
    /// Newest first.
    pub paths: Vec<PathBuf>,
}

impl RecentFiles {
    /// The platform's config folder for powermap, if the system has one.
    pub fn default_folder() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "powermap", "powermap")
            .map(|d| d.config_dir().to_owned())
    }

    /// Read the list from `folder`. A missing or unreadable list is an empty one: losing
    /// it costs a user nothing they cannot redo, and must never stop the app from starting.
    pub fn load(folder: &Path) -> Self {
        std::fs::read_to_string(folder.join(FILE_NAME))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Write the list to `folder`, creating it if needed.
    pub fn store(&self, folder: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(folder)?;
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        std::fs::write(folder.join(FILE_NAME), text)
    }

    /// Put `path` first, dropping any older entry for it and the oldest beyond the limit.
    pub fn touch(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| p != &path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
    }

    /// Forget `path` (it was moved or deleted).
    pub fn forget(&mut self, path: &Path) {
        self.paths.retain(|p| p != path);
    }

    /// The session to reopen at start, if any.
    pub fn last(&self) -> Option<&Path> {
        self.paths.first().map(PathBuf::as_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn touch_moves_to_front_and_limits_length() {
        let mut recent = RecentFiles::default();
        for i in 0..15 {
            recent.touch(Path::new(&format!("/nowhere/{i}.json")));
        }
        recent.touch(Path::new("/nowhere/3.json"));
        assert_eq!(recent.paths.len(), MAX_RECENT);
        assert_eq!(recent.last(), Some(Path::new("/nowhere/3.json")));
    }

    #[test]
    fn round_trip_and_broken_list_is_empty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut recent = RecentFiles::default();
        recent.touch(Path::new("/nowhere/a.json"));
        recent.store(dir.path()).expect("store");
        assert_eq!(RecentFiles::load(dir.path()), recent);
        std::fs::write(dir.path().join(FILE_NAME), "{oops").expect("write");
        assert_eq!(RecentFiles::load(dir.path()), RecentFiles::default());
    }
}
