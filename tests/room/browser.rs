//! The phones' page in a real browser: headless Chromium on a phone-sized touch screen, driven
//! by playwright-core (tests/browser/phone.mjs), joins through the address the projector
//! shows, drags dots by touch and sends; the room then holds what the phones placed.

use super::crypto::available;
use super::server::session;
use powermap::model::{LanguageCode, PlaceOn, Quadrant};
use powermap::room::{Room, RoomOptions};
use serde_json::Value;
use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn phones_in_chromium_join_drag_by_touch_and_send() {
    if !available("node", "the browser test") || !available("chromium", "the browser test") {
        return;
    }
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    assert!(
        folder.join("node_modules/playwright-core").is_dir(),
        "playwright-core is not installed: run `npm ci --prefix tests/browser` (as .ci/run does)"
    );
    let (mut session, ids) = session();
    session.language = LanguageCode("fr".into());
    let mut options = RoomOptions::new(SocketAddr::from(([127, 0, 0, 1], 0)));
    options.place_on = PlaceOn::Map;
    let mut room = Room::open(&session, &ids, &options).expect("the room opens");
    let invite = room.invite();
    let mut command = Command::new("node");
    command
        .arg(folder.join("phone.mjs"))
        .arg(invite.scanned())
        .arg("2");
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
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON line each"))
        .collect();
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

    let until = Instant::now() + Duration::from_secs(3);
    while room.answer_counts() != vec![2, 2, 2] && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
        room.poll();
    }
    assert_eq!(room.answer_counts(), vec![2, 2, 2]);
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
