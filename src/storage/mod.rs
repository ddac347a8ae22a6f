//! Session files: reading with clear refusals, atomic writing, and the recent-files list.

mod error;
mod format;
mod limits;
mod load;
mod recent;
mod save;
mod validate;

pub use error::{LoadError, SaveError};
pub use format::{CURRENT_VERSION, FORMAT_NAME};
pub use limits::{MAX_FILE_BYTES, MAX_NESTING};
pub use load::{load_bytes, load_file, load_str};
pub use recent::RecentFiles;
pub use save::{backup_path, save_file, to_json};
