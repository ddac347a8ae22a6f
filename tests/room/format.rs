//! Placement rounds in the session file: written and read back whole, bad answers refused
//! with their place in the file.

use super::server::open;
use powermap::model::PlaceOn;
use powermap::storage::{load_str, to_json};
use serde_json::json;

#[test]
fn a_closed_rooms_round_is_saved_and_loaded_back() {
    let (room, mut session, _) = open(|o| o.place_on = PlaceOn::Both);
    let invite = room.invite();
    let mut phone = super::client::Phone::new(room.address(), &invite, 1);
    phone.join(&invite.code).expect("join");
    phone
        .call(
            "answers",
            json!({"answers": [
                {"actor": 0, "support": -0.25, "influence": 0.75, "slice": "passive_opposition"},
                {"actor": 1, "dont_know": true}
            ]}),
        )
        .expect("answers");
    session.placement_rounds.push(room.close());
    let text = to_json(&session).expect("written");
    assert!(text.contains("\"placement_rounds\""));
    assert!(text.contains("\"dont_know\": true"));
    let back = load_str(&text).expect("read back");
    assert_eq!(back.placement_rounds, session.placement_rounds);
    assert_eq!(back.placement_rounds[0].answers.len(), 2);
}

#[test]
fn a_bad_answer_is_refused_with_its_path() {
    let (session, ids) = super::server::session();
    let mut file: serde_json::Value =
        serde_json::from_str(&to_json(&session).expect("written")).expect("json");
    file["placement_rounds"] = json!([{
        "id": "p", "opened": "2026-11-30T19:00:00Z", "actors": [ids[0].0],
        "participants": 1,
        "answers": [
            {"participant": 1, "actor": ids[0].0, "support": 0.5, "influence": 0.5},
            {"participant": 1, "actor": ids[0].0, "support": 3.0, "influence": 0.5}
        ]
    }]);
    let error = load_str(&file.to_string()).expect_err("out of range");
    let message = error.to_string();
    assert!(
        message.contains("placement_rounds[0].answers[1]"),
        "{message}"
    );
}
