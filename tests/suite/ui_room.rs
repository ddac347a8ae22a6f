//! The room in the window, driven through `egui_kittest` with phones played over loopback:
//! Workshop > Open the room, the panel's counts as phones answer, a proposal into the parking
//! lot, the reveal (the round kept, its spread drawn), closing, what presentation mode hides,
//! and the answers kept when the session is about to go away.

use crate::client::Phone;
use crate::harness;
use crate::harness::{App, command, start};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use powermap::app::Command;
use powermap::model::{Actor, ActorKind, Position, Session};
use powermap::words::Words;
use serde_json::json;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn say() -> &'static Words {
    Words::english()
}

/// A session of "us" and three others, saved in a temporary folder.
fn saved_session(dir: &tempfile::TempDir) -> PathBuf {
    let mut session = Session::new_with_us();
    for name in ["Mayor Dupont", "Chamber of commerce", "Tenants' union"] {
        session
            .actors
            .push(Actor::new(name, Position::clamped(0.2, 0.5)));
    }
    let path = dir.path().join("room.json");
    powermap::storage::save_file(&session, &path).expect("save");
    path
}

/// Open the room on this computer alone, through the dialog.
fn open_room(h: &mut App) -> (SocketAddr, powermap::room::Invite) {
    command(h, Command::OpenRoom);
    let alone = say().with("room-open-this-computer", &[("address", "127.0.0.1")]);
    h.get_by_label(&alone).click();
    h.run();
    h.get_by_role_and_label(Role::Button, say().get("room-open-go"))
        .click();
    h.run();
    h.run();
    let invite = h.state().room_invite().expect("the room is open");
    let host = invite
        .address
        .trim_start_matches("http://")
        .trim_end_matches('/');
    (host.parse().expect("ADDR:PORT"), invite)
}

/// Run frames until `label` shows, at most five seconds (the phones' requests are served by
/// the room's threads; the window takes them in as it polls).
fn wait_for_label(h: &mut App, label: &str) {
    let until = Instant::now() + Duration::from_secs(5);
    loop {
        h.run();
        if h.query_by_label(label).is_some() {
            return;
        }
        assert!(Instant::now() < until, "{label:?} never showed");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Phone `client` joins as "Nick client", places the first actor, says "don't know" for the second.
fn phone_answers(address: SocketAddr, invite: &powermap::room::Invite, client: u32, support: f32) {
    let mut phone = Phone::new(address, invite, client);
    let (answer, _) = phone
        .join_as(&invite.code, &format!("Nick {client}"))
        .expect("join");
    assert_eq!(answer.status, 200, "{}", answer.refusal());
    let (answer, _) = phone
        .call(
            "answers",
            json!({"answers": [
                {"actor": 0, "support": support, "influence": 0.8},
                {"actor": 1, "dont_know": true},
            ]}),
        )
        .expect("answers");
    assert_eq!(answer.status, 200, "{}", answer.refusal());
}

#[test]
fn phones_answer_the_panel_counts_and_the_reveal_keeps_the_round() {
    let dir = tempfile::tempdir().expect("temp");
    let mut h = start(Some(saved_session(&dir)));
    let (address, invite) = open_room(&mut h);
    assert!(address.ip().is_loopback());
    assert_eq!(invite.code.len(), 6);
    // The projector shows the code and a QR code carrying the address that joins at once.
    let alt = say().with("room-panel-qr-alt", &[("address", &invite.scanned())]);
    assert!(h.query_by_label(&alt).is_some(), "no QR code");

    let reveal = h.get_by_label(say().get("room-panel-reveal"));
    assert!(
        reveal.accesskit_node().is_disabled(),
        "nothing to reveal before an answer"
    );
    phone_answers(address, &invite, 1, 0.7);
    phone_answers(address, &invite, 2, -0.5);
    wait_for_label(&mut h, &say().counted("room-panel-people", 2));
    let both = say().with("room-panel-answered", &[("answered", "2"), ("people", "2")]);
    assert_eq!(
        h.query_all_by_label(&both).count(),
        2,
        "two actors answered by both"
    );
    let none = say().with("room-panel-answered", &[("answered", "0"), ("people", "2")]);
    assert_eq!(
        h.query_all_by_label(&none).count(),
        1,
        "the third by nobody"
    );
    assert!(
        h.state().session().placement_rounds.is_empty(),
        "nothing is kept before the reveal"
    );

    // A proposal from a phone goes into the parking lot when accepted.
    let mut phone = Phone::new(address, &invite, 3);
    phone.join(&invite.code).expect("join");
    let (answer, _) = phone
        .call("propose", json!({"name": "Bakers' guild", "kind": "group"}))
        .expect("propose");
    assert_eq!(answer.status, 200, "{}", answer.refusal());
    wait_for_label(&mut h, say().get("room-panel-accept"));
    // Below the QR code and the counts: scrolled to, as a facilitator would.
    h.get_by_label(say().get("room-panel-accept"))
        .scroll_to_me();
    h.run();
    h.get_by_label(say().get("room-panel-accept")).click();
    h.run();
    h.run();
    let bakers = h
        .state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == "Bakers' guild")
        .expect("the proposal is an actor");
    assert!(bakers.parked, "it waits in the parking lot");
    assert_eq!(bakers.kind, ActorKind::Group);

    h.get_by_label(say().get("room-panel-reveal")).click();
    h.run();
    h.run();
    let rounds = &h.state().session().placement_rounds;
    assert_eq!(rounds.len(), 1, "the reveal keeps the round");
    assert_eq!(rounds[0].answers.len(), 4);
    let spread = h.state().power_map_scene().map_or(0, |scene| {
        scene
            .dots
            .iter()
            .filter(|d| d.color == scene.palette.spread)
            .count()
    });
    // Two answers and a median for the one actor placed on the map.
    assert_eq!(spread, 3, "the spread is drawn on the map");
    assert!(h.query_by_label(say().get("room-panel-revealed")).is_some());

    h.get_by_label(say().get("room-panel-close")).click();
    h.run();
    assert!(!h.state().room_is_open());
    assert!(
        h.query_by_label(say().get("room-status-closed")).is_some(),
        "closing after the reveal says the answers are kept"
    );
    assert_eq!(
        h.state().session().placement_rounds.len(),
        1,
        "closing after the reveal keeps nothing twice"
    );
    assert!(
        std::net::TcpStream::connect_timeout(&address, Duration::from_millis(500)).is_err(),
        "the server stopped with the room"
    );
}

#[test]
fn presentation_mode_shows_counts_but_no_nickname_or_proposal() {
    let dir = tempfile::tempdir().expect("temp");
    let mut h = start(Some(saved_session(&dir)));
    let (address, invite) = open_room(&mut h);
    let mut phone = Phone::new(address, &invite, 1);
    let (answer, _) = phone.join_as(&invite.code, "Amira").expect("join");
    assert_eq!(answer.status, 200, "{}", answer.refusal());
    phone
        .call(
            "propose",
            json!({"name": "Secret ally", "kind": "individual"}),
        )
        .expect("propose");
    let amira = say().with(
        "room-panel-seat-named",
        &[("number", "1"), ("nickname", "Amira")],
    );
    wait_for_label(&mut h, &amira);
    command(&mut h, Command::Present);
    h.run();
    assert!(
        h.query_by_label(&amira).is_none(),
        "a nickname on the projector"
    );
    assert!(
        h.query_by_label_contains("Secret ally").is_none(),
        "a proposal on the projector"
    );
    assert!(
        h.query_by_label(&say().counted("room-panel-proposals-waiting", 1))
            .is_some()
    );
    assert!(
        h.query_by_label(&say().counted("room-panel-people", 1))
            .is_some(),
        "the count shows"
    );
}

#[test]
fn answers_not_yet_revealed_are_kept_before_the_session_goes_away() {
    let dir = tempfile::tempdir().expect("temp");
    let path = saved_session(&dir);
    let mut h = start(Some(path.clone()));
    let (address, invite) = open_room(&mut h);
    phone_answers(address, &invite, 1, 0.4);
    wait_for_label(&mut h, &say().counted("room-panel-people", 1));
    h.state_mut().request_open(&path);
    h.run();
    assert!(!h.state().room_is_open(), "the room closed first");
    assert_eq!(
        h.state().session().placement_rounds.len(),
        1,
        "its answers kept"
    );
    assert!(
        h.state().dialog_message().is_some(),
        "and the unsaved work is asked about"
    );
}

#[test]
fn a_room_with_nothing_to_place_cannot_be_opened() {
    let mut h = harness::empty_map();
    // Only "us": the command is there, the dialog's button is not enabled.
    command(&mut h, Command::OpenRoom);
    let open = h.get_by_role_and_label(Role::Button, say().get("room-open-go"));
    assert!(open.accesskit_node().is_disabled());
}
