//! The features the shipped binary is built with. `cargo test` builds the binary with the
//! dev-dependencies' features as well (`egui_kittest` turns on eframe's `accesskit`), so the
//! tests that run it cannot see that feature missing from `cargo build --release`: cargo
//! resolves that build's features here, without building. It also checks that the two builds
//! resolve the same features everywhere, so that the shipped build reuses the tested one.

use crate::desktop::run_bounded;
use std::process::Command;
use std::time::Duration;

/// What `cargo tree` with `args` prints for this package, offline.
fn cargo_tree(args: &[&str]) -> String {
    let scratch = tempfile::tempdir().expect("a scratch folder");
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args(["tree", "--frozen"])
        .args(args)
        .arg("--manifest-path")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"));
    let output = run_bounded(&mut cargo, Duration::from_secs(120), scratch.path());
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The features of `package` in the build of the binary alone, without dev-dependencies.
fn shipped_features(package: &str) -> Vec<String> {
    cargo_tree(&[
        "--edges",
        "no-dev",
        "--depth",
        "0",
        "--package",
        package,
        "--format",
        "{f}",
    ])
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

/// Every package compiled for the app's target (not build scripts and macros, which cargo
/// compiles apart) with the features cargo resolves for it, one `name version [features]` per
/// entry, in the build that `edges` describes.
fn resolved_packages(edges: &str) -> std::collections::BTreeSet<String> {
    cargo_tree(&[
        "--edges",
        edges,
        "--prefix",
        "none",
        "--format",
        "{p} [{f}]",
    ])
    .lines()
    .map(|line| line.trim_end_matches(" (*)").trim().to_owned())
    .filter(|line| !line.is_empty())
    .collect()
}

#[test]
fn shipped_build_and_test_build_share_their_dependencies_features() {
    // A package the tests' tools reach with more features than the app's build would be
    // compiled twice, with everything above it (the window's crates and the app itself):
    // the package after the suite (.ci/test) would take minutes more. Cargo.toml names such
    // features among the app's dependencies.
    let shipped = resolved_packages("normal,no-proc-macro");
    let tested = resolved_packages("normal,dev,no-proc-macro");
    let name_of = |entry: &str| entry.split(" [").next().unwrap_or(entry).to_owned();
    let shipped_names: std::collections::BTreeSet<String> =
        shipped.iter().map(|entry| name_of(entry)).collect();
    let differing: Vec<&String> = tested
        .iter()
        .filter(|entry| shipped_names.contains(&name_of(entry)) && !shipped.contains(*entry))
        .collect();
    assert!(
        differing.is_empty(),
        "the test build turns on features the shipped build lacks (name them in Cargo.toml): \
         {differing:?}"
    );
}
