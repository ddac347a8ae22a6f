//! The features the shipped binary is built with. `cargo test` builds the binary with the
//! dev-dependencies' features as well (`egui_kittest` turns on eframe's `accesskit`), so the
//! tests that run it cannot see that feature missing from `cargo build --release`: cargo
//! resolves that build's features here, without building.

use crate::desktop::run_bounded;
use std::process::Command;
use std::time::Duration;

/// The features of `package` in the build of the binary alone, without dev-dependencies.
fn shipped_features(package: &str) -> Vec<String> {
    let scratch = tempfile::tempdir().expect("a scratch folder");
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args(["tree", "--frozen", "--edges", "no-dev", "--depth", "0"])
        .args(["--package", package, "--format", "{f}", "--manifest-path"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"));
    let output = run_bounded(&mut cargo, Duration::from_secs(120), scratch.path());
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .split(',')
        .map(str::to_owned)
        .collect()
}

#[test]
fn shipped_build_reaches_screen_readers_and_the_clipboard_and_opens_no_links() {
    let features = shipped_features("egui-winit");
    for needed in ["accesskit", "clipboard"] {
        assert!(
            features.iter().any(|f| f == needed),
            "the shipped binary is built without eframe's {needed:?} feature: {features:?}"
        );
    }
    // Links kept from an import are text to copy; the app must have no way to open a browser.
    assert!(
        !features.iter().any(|f| f == "links"),
        "the shipped binary could open links in a browser: {features:?}"
    );
}
