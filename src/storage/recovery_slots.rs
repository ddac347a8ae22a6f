//! One recovery slot per running app, so two powermaps open at once never overwrite each
//! other's autosaved work. A running app holds an operating-system lock on its slot; the lock
//! goes away with the process, however it ends, which is how a slot left by a crash is told
//! apart from the slot of an app that is still running.

use super::recovery::RecoveryStore;
use crate::words::ui;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The file whose lock says "a running app owns this slot".
const OWNER_FILE: &str = "owner.lock";
/// Files an earlier powermap (one slot for all) left directly in the recovery folder.
const SINGLE_SLOT_FILES: [&str; 2] = ["recovery.json", "recovery-info.json"];

/// The recovery folder: a sub-folder (slot) for each app that autosaved there.
#[derive(Clone, Debug)]
pub struct RecoverySlots {
    root: PathBuf,
}

/// A slot this process holds: its own, or one left by an app that is gone.
#[derive(Debug)]
pub struct HeldSlot {
    store: RecoveryStore,
    folder: PathBuf,
    /// Kept open: the lock lasts as long as the file stays open.
    _owner: File,
}

impl HeldSlot {
    /// The store inside the slot.
    pub fn store(&self) -> &RecoveryStore {
        &self.store
    }

    /// Delete the slot and everything in it.
    pub fn remove(self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

impl RecoverySlots {
    /// The platform's data folder for powermap's recovery files, if the system has one.
    pub fn default_folder() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "powermap", "powermap")
            .map(|d| d.data_dir().join("recovery"))
    }

    /// The slots in `root` (created on the first claim).
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    /// A new slot for this running app, held until the returned value is dropped.
    pub fn claim(&self) -> std::io::Result<HeldSlot> {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let folder = self.root.join(format!("{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&folder)?;
        hold(&folder)?.ok_or_else(|| std::io::Error::other(ui().get("storage-slot-held")))
    }

    /// Slots whose app is no longer running and which hold work, newest first, each held by
    /// this process until dropped (so a second app starting now does not offer them too).
    /// Abandoned empty slots are deleted on the way.
    pub fn orphans(&self) -> Vec<(HeldSlot, super::Recovery)> {
        self.adopt_single_slot();
        let mut found = Vec::new();
        for folder in self.folders() {
            let Ok(Some(slot)) = hold(&folder) else {
                continue;
            };
            match slot.store.read() {
                Some(recovery) => found.push((slot, recovery)),
                None => slot.remove(),
            }
        }
        found.sort_by_key(|(_, recovery)| std::cmp::Reverse(recovery.saved_at));
        found
    }

    /// Every slot's store, held or not (to look, never to write).
    pub fn stores(&self) -> Vec<RecoveryStore> {
        self.folders().into_iter().map(RecoveryStore::new).collect()
    }

    fn folders(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(&self.root) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.path())
            .collect()
    }

    /// Move work autosaved by an earlier powermap, which kept one slot directly in the
    /// recovery folder, into a slot of its own so that it is offered like any other.
    fn adopt_single_slot(&self) {
        if !self.root.join(SINGLE_SLOT_FILES[1]).is_file() {
            return;
        }
        let folder = self.root.join("earlier");
        if std::fs::create_dir_all(&folder).is_err() {
            return;
        }
        for name in SINGLE_SLOT_FILES {
            let _ = std::fs::rename(self.root.join(name), folder.join(name));
        }
    }
}

/// Take the owner lock of the slot in `folder`; `None` if a running app holds it.
fn hold(folder: &Path) -> std::io::Result<Option<HeldSlot>> {
    let owner = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(folder.join(OWNER_FILE))?;
    match owner.try_lock() {
        Ok(()) => Ok(Some(HeldSlot {
            store: RecoveryStore::new(folder.to_owned()),
            folder: folder.to_owned(),
            _owner: owner,
        })),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(error)) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Session;

    #[test]
    fn a_running_apps_slot_is_never_offered_and_a_dead_ones_is() {
        let dir = tempfile::tempdir().expect("temp");
        let slots = RecoverySlots::new(dir.path().join("recovery"));
        let first = slots.claim().expect("first app");
        let second = slots.claim().expect("second app");
        first
            .store()
            .write(&Session::new_with_us(), None, None)
            .expect("write");
        second
            .store()
            .write(&Session::new_with_us(), None, None)
            .expect("write");
        assert!(slots.orphans().is_empty(), "both apps are running");
        drop(first);
        let orphans = slots.orphans();
        assert_eq!(orphans.len(), 1, "the first app is gone");
        assert!(
            slots.orphans().is_empty(),
            "an offered slot is held by whoever offers it"
        );
        drop(orphans);
        assert_eq!(slots.orphans().len(), 1);
    }

    #[test]
    fn empty_dead_slots_are_cleaned_and_old_single_slot_work_is_adopted() {
        let dir = tempfile::tempdir().expect("temp");
        let root = dir.path().join("recovery");
        let slots = RecoverySlots::new(root.clone());
        drop(slots.claim().expect("an app that autosaved nothing"));
        RecoveryStore::new(root.clone())
            .write(&Session::new_with_us(), None, None)
            .expect("an earlier version's autosave");
        let orphans = slots.orphans();
        assert_eq!(orphans.len(), 1, "the earlier work is offered");
        assert_eq!(slots.stores().len(), 1, "the empty slot is gone");
        assert!(!root.join("recovery.json").exists());
    }
}
