//! The real release binary, run in a virtual X display: what only the shipped binary does and
//! kittest cannot show, because kittest builds eframe with features of its own.
//!
//! Needs Xvfb, xdotool, xclip, a D-Bus daemon, the AT-SPI registry and Python's `gi` bindings
//! (`desktop::PACKAGES`; `.ci/run` installs them). A missing tool fails the test: never a skip.

mod a11y;
mod atspi;
mod clipboard;
mod desktop;
mod import;
mod shipped_features;
