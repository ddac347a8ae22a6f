//! The text the user reads, shared by the app, the exports and the command line: the
//! translation files of each language ([`Words`]) and small helpers.

mod catalog;
pub mod labels;
mod language;
mod names;

pub use catalog::{MAP_FILE, Words};
pub use language::Language;

use std::sync::atomic::{AtomicUsize, Ordering};

/// Which of [`Language::ALL`] the interface speaks; English until the program says.
static INTERFACE: AtomicUsize = AtomicUsize::new(0);

/// The words of the interface (menus, buttons, dialogs, messages, the command line), in the
/// language the program runs in. Its files may exist in English alone: English stands in
/// for any message a language lacks.
pub fn ui() -> &'static Words {
    let index = INTERFACE.load(Ordering::Relaxed);
    Words::of(
        Language::ALL
            .get(index)
            .copied()
            .unwrap_or(Language::English),
    )
}

/// Make the interface speak `language` from now on (the system's, when the program starts).
pub fn set_interface_language(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or_default();
    INTERFACE.store(index, Ordering::Relaxed);
}

/// Whether `text` holds a letter written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko
/// and their presentation forms).
pub fn has_right_to_left(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF
        )
    })
}
