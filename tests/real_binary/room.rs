//! The room end to end, as a workshop runs it: the shipped binary in a real window opens the
//! room from the command palette, a phone's camera reads the QR code off the screen (zbarimg
//! on a screenshot), two phones in headless Chromium join through that address, drag their
//! dots by touch and send, the window counts them, the facilitator reveals (a screen reader's
//! click on the button) and saves, and the file holds the round.
//!
//! `ROOM_SCREENSHOTS=DIR` keeps the screenshots (the panel, the reveal, the projector, the
//! phones) for a person to look at.

use crate::atspi::{self, Node};
use crate::desktop::{App, Desktop, START_TIMEOUT, require, run_bounded, wait_for};
use powermap::model::{Actor, Position, Session};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// How long one step (a dialog, the phones' answers reaching the panel) may take.
const STEP_TIMEOUT: Duration = Duration::from_secs(30);

/// The accessible name of the QR code starts so; the address the code carries follows.
const QR_ALT: &str = "QR code that opens the room's page: ";

fn session_file(desktop: &Desktop) -> PathBuf {
    let mut session = Session::new_with_us();
    for name in ["Mayor Dupont", "Chamber of commerce", "Tenants' union"] {
        session
            .actors
            .push(Actor::new(name, Position::clamped(0.2, 0.5)));
    }
    let path = desktop.home().join("room.json");
    powermap::storage::save_file(&session, &path).expect("save");
    path
}

/// Wait for a node named `name` (any role) for which `ready` holds.
fn node_named(desktop: &Desktop, app: &App, what: &str, ready: impl Fn(&Node) -> bool) -> Node {
    wait_for(STEP_TIMEOUT, || {
        app.assert_running();
        atspi::read_tree(desktop)
            .into_iter()
            .find(|n| ready(n))
            .ok_or_else(|| format!("no node {what}"))
    })
}

/// A screenshot of the whole screen, kept in `ROOM_SCREENSHOTS` when set.
fn screenshot(desktop: &Desktop, name: &str) -> PathBuf {
    let path = desktop.home().join(name);
    let out = desktop.run("import", &["-window", "root", &path.to_string_lossy()]);
    assert!(
        out.status.success(),
        "the screenshot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    if let Some(dir) = std::env::var_os("ROOM_SCREENSHOTS") {
        std::fs::copy(&path, Path::new(&dir).join(name)).expect("keep the screenshot");
    }
    path
}

#[test]
fn a_real_window_opens_the_room_phones_scan_answer_and_the_reveal_is_saved() {
    for tool in ["import", "zbarimg", "node", "chromium"] {
        require(tool);
    }
    let browser = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    assert!(
        browser.join("node_modules/playwright-core").is_dir(),
        "playwright-core is not installed: run `npm ci --prefix tests/browser` (as .ci/run does)"
    );
    let desktop = Desktop::start();
    let file = session_file(&desktop);
    atspi::enable(&desktop);
    let app = desktop.launch(&file);
    node_named(&desktop, &app, "for the map", |n| {
        n.name == "Mayor Dupont on the map"
    });

    // Workshop > Open the room, found in the command palette as a facilitator would.
    desktop.keys(&app, &["F1"]);
    node_named(&desktop, &app, "for the palette's field", |n| {
        n.role == "entry" && n.has_state("focused")
    });
    desktop.type_text(&app, "open the room");
    desktop.keys(&app, &["Return"]);
    let alone = "This computer only: 127.0.0.1";
    node_named(&desktop, &app, "for this computer", |n| n.name == alone);
    atspi::click(&desktop, alone);
    node_named(&desktop, &app, "checked", |n| {
        n.name == alone && n.has_state("checked")
    });
    atspi::click(&desktop, "Open the room");

    // The address the QR code carries, as a screen reader reads it, and as a camera does.
    let qr = node_named(&desktop, &app, "for the QR code", |n| {
        n.name.starts_with(QR_ALT)
    });
    let address = qr.name[QR_ALT.len()..].to_owned();
    assert!(address.starts_with("http://127.0.0.1:"), "{address}");
    let shot = screenshot(&desktop, "room-panel.png");
    let scanned = desktop.run("zbarimg", &["--raw", "-q", &shot.to_string_lossy()]);
    let scanned = String::from_utf8_lossy(&scanned.stdout);
    assert_eq!(
        scanned.lines().collect::<Vec<_>>(),
        [address.as_str()],
        "the QR code on screen scans to the room's address"
    );

    // Two phones scan it, place the actors by touch and send.
    let mut phones = Command::new("node");
    phones.arg(browser.join("phone.mjs")).arg(&address).arg("2");
    if let Some(dir) = std::env::var_os("ROOM_SCREENSHOTS") {
        phones.arg(dir);
    }
    let out = run_bounded(&mut phones, Duration::from_secs(90), desktop.home());
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the phones failed: {printed}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reports: Vec<Value> = printed
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let sent = reports
        .iter()
        .filter(|r| r["phone"].is_number() && r["statusIsError"] == false)
        .count();
    assert_eq!(sent, 2, "{printed}");

    // The window counts them, never showing what they answered, until the reveal.
    node_named(&desktop, &app, "counting two people", |n| {
        n.name == "2 people in the room"
    });
    node_named(&desktop, &app, "counting every answer", |n| {
        n.name == "2 of 2 answered"
    });
    atspi::click(&desktop, "Reveal the answers");
    node_named(&desktop, &app, "saying the answers are revealed", |n| {
        n.name.starts_with("The answers are revealed")
    });
    screenshot(&desktop, "room-revealed.png");
    desktop.keys(&app, &["F5"]);
    node_named(&desktop, &app, "for presentation mode", |n| {
        n.name.starts_with("Leave presentation")
    });
    screenshot(&desktop, "room-projector.png");
    desktop.keys(&app, &["F5", "ctrl+s"]);

    let round = wait_for(START_TIMEOUT, || {
        app.assert_running();
        let session = powermap::storage::load_file(&file).map_err(|e| e.to_string())?;
        session
            .placement_rounds
            .first()
            .cloned()
            .ok_or_else(|| "no round in the file yet".to_owned())
    });
    assert_eq!(round.participants, 2);
    assert_eq!(round.actors.len(), 3, "every actor but us");
    // Each phone placed two actors and did not know the third.
    assert_eq!(round.answers.len(), 6);
    assert_eq!(round.answers.iter().filter(|a| a.dont_know()).count(), 2);
    drop(app);
}
