//! The phones' page in a real browser: headless Chromium on a phone-sized touch screen, driven
//! by playwright-core (tests/browser/phone.mjs), joins through the address the projector
//! shows, drags dots by touch and sends; the room then holds what the phones placed.

use super::crypto::available;
use super::server::session;
use powermap::model::{LanguageCode, PlaceOn, Quadrant, SupportiveSide};
use powermap::room::{Room, RoomOptions};
use serde_json::Value;
use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Whether node and Chromium are here (a loud skip outside CI, a failure in CI), and
/// playwright-core installed.
fn browser_ready() -> bool {
    if !available("node", "the browser test") || !available("chromium", "the browser test") {
        return false;
    }
    assert!(
        browser_folder()
            .join("node_modules/playwright-core")
            .is_dir(),
        "playwright-core is not installed: run `npm ci --prefix tests/browser` (as .ci/run does)"
    );
    true
}

fn browser_folder() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Run `phones` phones on `room`'s scanned address; one JSON value per line they printed.
fn run_phones(room: &Room, phones: usize) -> Vec<Value> {
    let mut command = Command::new("node");
    command
        .arg(browser_folder().join("phone.mjs"))
        .arg(room.invite().scanned())
        .arg(phones.to_string());
    if let Some(shots) = std::env::var_os("ROOM_SCREENSHOTS") {
        command.arg(shots);
    }
    let out = command.output().expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the phones failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON line each"))
        .collect()
}

/// Poll `room` until every actor has `answers` answers, at most three seconds.
fn wait_for_answers(room: &mut Room, answers: usize) {
    let want = vec![answers; room.actors().len()];
    let until = Instant::now() + Duration::from_secs(3);
    while room.answer_counts() != want && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
        room.poll();
    }
    assert_eq!(room.answer_counts(), want);
}

#[test]
fn phones_in_chromium_join_drag_by_touch_and_send() {
    if !browser_ready() {
        return;
    }
    let (mut session, ids) = session();
    session.language = LanguageCode("fr".into());
    let mut options = RoomOptions::new(SocketAddr::from(([127, 0, 0, 1], 0)));
    options.place_on = PlaceOn::Map;
    let mut room = Room::open(&session, &ids, &options).expect("the room opens");
    let lines = run_phones(&room, 2);
    let stdout = format!("{lines:?}");
    assert_eq!(lines.len(), 3, "{stdout}");
    for phone in &lines[..2] {
        assert_eq!(phone["actors"], 3, "{phone}");
        assert_eq!(phone["statusIsError"], false, "{phone}");
        assert_eq!(phone["lang"], "fr", "the session's language: {phone}");
        assert_eq!(
            phone["status"],
            "Envoyé. Vous pouvez les modifier et renvoyer jusqu'à la révélation."
        );
        assert_eq!(phone["progress"], "3 sur 3 répondus", "{phone}");
        assert_eq!(
            phone["errors"],
            Value::Array(vec![]),
            "no script error: {phone}"
        );
        let address = phone["addressAfterLoad"].as_str().unwrap_or_default();
        assert!(
            !address.contains('#'),
            "the key left the address bar: {address}"
        );
        let label = phone["labels"][0].as_str().unwrap_or_default();
        assert!(
            label.starts_with("Mayor Dupont: Soutien "),
            "a text alternative: {label}"
        );
    }
    assert_eq!(
        lines[2]["outside"],
        Value::Array(vec![]),
        "nothing loaded from elsewhere"
    );

    wait_for_answers(&mut room, 2);
    assert_eq!(room.seats()[0].nickname, "phone 1");
    let reveal = room.reveal();
    let mayor = reveal
        .spreads
        .iter()
        .find(|s| s.actor == ids[0])
        .expect("mayor");
    assert_eq!(mayor.split(), vec![Quadrant::Partner, Quadrant::Monitor]);
    let first = mayor.places[0];
    assert!(
        (first.support - 0.8).abs() < 0.05 && (first.influence - 0.9).abs() < 0.05,
        "{first:?}"
    );
    let union = reveal
        .spreads
        .iter()
        .find(|s| s.actor == ids[2])
        .expect("union");
    assert_eq!((union.dont_know, union.answered()), (2, 0));
}

#[test]
fn with_supportive_actors_on_the_left_the_phones_square_is_mirrored() {
    if !browser_ready() {
        return;
    }
    let (mut session, ids) = session();
    session.settings.supportive_side = SupportiveSide::Left;
    let mut room = Room::open(
        &session,
        &ids,
        &RoomOptions::new(SocketAddr::from(([127, 0, 0, 1], 0))),
    )
    .expect("the room opens");
    let lines = run_phones(&room, 1);
    assert_eq!(lines[0]["statusIsError"], false, "{lines:?}");
    wait_for_answers(&mut room, 1);
    let reveal = room.reveal();
    let mayor = reveal
        .spreads
        .iter()
        .find(|s| s.actor == ids[0])
        .expect("mayor");
    // The phone dragged to the top right: high influence, and opposed, since the right is
    // the opposed side of this map.
    let place = mayor.places[0];
    assert!(
        (place.support + 0.8).abs() < 0.05 && (place.influence - 0.9).abs() < 0.05,
        "{place:?}"
    );
    assert_eq!(mayor.split(), vec![Quadrant::AwarenessRaising]);
}
