//! Session files: reading with clear refusals, atomic writing, locking, recovery, and the
//! recent-files list.

mod error;
mod format;
mod input;
mod limits;
mod load;
mod lock;
mod outline;
mod output;
mod placement_checks;
mod recent;
mod recovery;
mod recovery_slots;
mod repair;
mod save;
mod sidecar;
mod unknown;
mod update_lock;
mod validate;

pub use error::{LoadError, SaveError};
pub use format::{CURRENT_VERSION, FORMAT_NAME};
pub use input::{InputError, describe_size, read_input};
pub use limits::{MAX_FILE_BYTES, MAX_NESTING};
pub use load::{load_bytes, load_file, load_file_with, load_str, parse_unchecked, read_capped};
pub use lock::{is_locked, lock, unlock};
pub use output::{
    BackupOutcome, ExportFiles, NewFileAccess, OutputError, WriteOptions, backup_path,
    check_outputs, existing_target, resolve_links, same_file, write_export_files, write_file,
    write_file_with,
};
pub use placement_checks::repair_placement_rounds;
pub use recent::RecentFiles;
pub use recovery::{Recovery, RecoveryStore, describe_time};
pub use recovery_slots::{HeldSlot, RecoverySlots};
pub use repair::{Repaired, repair_str};
pub use save::{Saved, save_file, save_file_with, to_json};
pub use sidecar::{MAX_SIDECAR_BYTES, read_sidecar, sidecar_path, write_sidecar};
pub use update_lock::{UPDATE_WAIT, UpdateLock, UpdateLockError};
pub use validate::validate;

/// The passphrase type of locked sessions (kept out of logs and zeroed when dropped).
pub use age::secrecy::SecretString;
