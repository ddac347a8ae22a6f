//! The shipped binary shares the system clipboard: a name copied in another program pastes
//! into the quick-add field, and text copied in a powermap field reaches other programs.
//! Checked against the real X clipboard with xclip, since kittest has no system clipboard.
//!
//! The field is clicked where the accessibility tree says it is, and each step waits until
//! the tree shows its effect (focus, the field's text): keys sent before the app has drawn
//! the frame that focuses the field would be lost on a busy machine.

use crate::atspi::{self, Node};
use crate::desktop::{App, Desktop, START_TIMEOUT, require, wait_for};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::Duration;

/// A name with letters beyond ASCII, as names pasted from documents and e-mails have.
const PASTED: &str = "Dr. Amara Nwosu-Kovač, Tenants' Union";
/// Typed with xdotool, which cannot reliably type letters missing from the X keymap.
const COPIED: &str = "Copied from powermap: Zeljka Horvat";

/// The quick-add field's accessible name.
const QUICK_ADD: &str = "Add an actor";

/// How long one step (the clipboard, the field) may take to show its effect.
const STEP_TIMEOUT: Duration = Duration::from_secs(20);

/// The app open on a copy of an example, with the keyboard in the quick-add field.
fn app_in_quick_add(desktop: &Desktop) -> (App, PathBuf) {
    require("xclip");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/river-cleanup.json");
    let map = desktop.home().join("map.json");
    std::fs::copy(&example, &map).expect("a copy of the example");
    atspi::enable(desktop);
    let app = desktop.launch(&map);
    let field = quick_add(desktop, "on screen", START_TIMEOUT, |_| true);
    desktop.click_at(&app, field.center());
    quick_add(desktop, "focused after a click", STEP_TIMEOUT, |node| {
        node.has_state("focused")
    });
    (app, map)
}

/// The quick-add field once `ready` holds for it (`what` says what that means).
fn quick_add(
    desktop: &Desktop,
    what: &str,
    limit: Duration,
    ready: impl Fn(&Node) -> bool,
) -> Node {
    atspi::wait_for_node(desktop, ("entry", QUICK_ADD), what, limit, ready)
}

/// Another program that owns the clipboard with `text`, until it is dropped.
struct ClipboardOwner(Child);

impl ClipboardOwner {
    fn new(desktop: &Desktop, text: &str) -> Self {
        // `-quiet` keeps xclip in the foreground, so it is ours to stop.
        let mut child = desktop
            .command("xclip")
            .args(["-quiet", "-selection", "clipboard", "-in"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclip starts");
        child
            .stdin
            .take()
            .expect("xclip's input")
            .write_all(text.as_bytes())
            .expect("text for xclip");
        let owner = Self(child);
        wait_for(STEP_TIMEOUT, || match clipboard_text(desktop) {
            Some(held) if held == text => Ok(()),
            other => Err(format!("xclip does not hold the text yet: {other:?}")),
        });
        owner
    }
}

impl Drop for ClipboardOwner {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What the X clipboard holds, as any other program reads it.
fn clipboard_text(desktop: &Desktop) -> Option<String> {
    let output = desktop.run("xclip", &["-out", "-selection", "clipboard"]);
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn actor_names(path: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let Ok(session) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Vec::new();
    };
    session["actors"]
        .as_array()
        .map(|actors| {
            actors
                .iter()
                .filter_map(|a| a["name"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn paste_from_another_program_into_quick_add() {
    let desktop = Desktop::start();
    let owner = ClipboardOwner::new(&desktop, PASTED);
    let (app, map) = app_in_quick_add(&desktop);

    desktop.keys(&app, &["ctrl+v"]);
    quick_add(&desktop, "holding the pasted name", STEP_TIMEOUT, |node| {
        node.text == PASTED
    });
    // Enter adds the actor to the parking lot, where quick-added actors wait to be placed;
    // once it is there, Ctrl+S saves it to the file.
    desktop.keys(&app, &["Return"]);
    let parked = format!("{PASTED}, in the parking lot");
    wait_for(STEP_TIMEOUT, || {
        app.assert_running();
        atspi::read_tree(&desktop)
            .into_iter()
            .find(|node| node.name == parked)
            .ok_or_else(|| format!("no node named {parked:?} yet"))
    });
    desktop.keys(&app, &["ctrl+s"]);
    wait_for(STEP_TIMEOUT, || {
        app.assert_running();
        let names = actor_names(&map);
        if names.iter().any(|n| n == PASTED) {
            Ok(())
        } else {
            Err(format!(
                "the saved map has no actor named {PASTED:?} ({} actors)",
                names.len()
            ))
        }
    });
    drop(owner);
    drop(app);
}

#[test]
fn copy_from_a_text_field_to_other_programs() {
    let desktop = Desktop::start();
    let (app, _map) = app_in_quick_add(&desktop);

    desktop.type_text(&app, COPIED);
    quick_add(&desktop, "holding the typed text", STEP_TIMEOUT, |node| {
        node.text == COPIED
    });
    desktop.keys(&app, &["ctrl+a", "ctrl+c"]);
    wait_for(STEP_TIMEOUT, || {
        app.assert_running();
        match clipboard_text(&desktop) {
            Some(text) if text == COPIED => Ok(()),
            other => Err(format!(
                "the X clipboard holds {other:?}, not the copied text"
            )),
        }
    });
    drop(app);
}
