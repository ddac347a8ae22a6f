//! powermap: power mapping for organizers. A session (the model) is drawn as views (scenes)
//! that the app paints with egui and that exports write to files.

pub mod app;
pub mod cli;
pub mod desktop;
pub mod exchange;
pub mod guidance;
pub mod model;
pub mod render;
pub mod room;
pub mod scene;
pub mod share;
pub mod storage;
pub mod words;
