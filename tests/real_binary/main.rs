//! The real release binary, run in a virtual X display: what only the shipped binary does and
//! kittest cannot show, because kittest builds eframe with features of its own.
//!
//! Needs Xvfb, xdotool, xclip, a D-Bus daemon, the AT-SPI registry, Python's `gi` bindings,
//! `import` (from the imagemagick package) and `zbarimg`, and for the room `node` with
//! tests/browser installed and `chromium`
//! (`desktop::PACKAGES`; `.ci/run` installs them). A missing tool fails the test: never a skip.

mod a11y;
mod atspi;
mod clipboard;
mod desktop;
mod import;
mod room;
mod shipped_features;
