//! The test suite in one binary: every file here is a module, so the whole app is linked once
//! for all of them rather than once per file (minutes of CI's build). `tests/real_binary` (the
//! shipped binary in a virtual display) and `tests/room` (the room's server and phones) are
//! binaries of their own.
//!
//! `harness` starts and drives the app through `egui_kittest` for the UI tests; `common` holds
//! what the image tests share; `client` is the room's phone, shared with `tests/room`. The
//! three are public so that the helpers only the other binaries use are not dead code here.

#[path = "../room/client.rs"]
pub mod client;
pub mod common;
pub mod harness;

mod cli_check;
mod cli_import;
mod cli_input_files;
mod cli_writes;
mod csv_roundtrip;
mod examples_roundtrip;
mod export;
mod export_alliance;
mod import;
mod import_workbook_bounds;
mod import_world;
mod languages;
mod locked;
mod migration;
mod naming;
mod packaging;
mod recovery;
mod roundtrip_property;
mod screen_matches_export;
mod scripts;
mod storage_bad_input;
mod storage_faults;
mod storage_writes;
mod ui_alliance;
mod ui_alliance_steps;
mod ui_commands;
mod ui_export;
mod ui_file_browser;
mod ui_import;
mod ui_jobs;
mod ui_layout;
mod ui_naming;
mod ui_power_map;
mod ui_print;
mod ui_reveal;
mod ui_room;
mod ui_share;
mod ui_spectrum;
mod ui_workshop;
mod words_in_code;
