//! The room's server over loopback, driven as phones drive it.

use super::client::{Phone, exchange, get, post};
use powermap::model::{Actor, ActorId, PlaceOn, Position, Quadrant, Session, Slice};
use powermap::room::{HttpLimits, Room, RoomEvent, RoomOptions, ServerLimits};
use serde_json::json;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// A session with "us" and three actors to place; their ids.
pub fn session() -> (Session, Vec<ActorId>) {
    let mut session = Session::new_with_us();
    for name in ["Mayor Dupont", "Chamber of commerce", "Tenants' union"] {
        session
            .actors
            .push(Actor::new(name, Position::clamped(0.1, 0.5)));
    }
    session.actors[1].notes = "private note".into();
    let ids = session.actors[1..].iter().map(|a| a.id.clone()).collect();
    (session, ids)
}

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

pub fn open(options: impl FnOnce(&mut RoomOptions)) -> (Room, Session, Vec<ActorId>) {
    let (session, ids) = session();
    let mut o = RoomOptions::new(loopback());
    options(&mut o);
    let room = Room::open(&session, &ids, &o).expect("the room opens on loopback");
    (room, session, ids)
}

/// Poll until `done` holds, at most two seconds.
fn poll_until(room: &mut Room, done: impl Fn(&Room) -> bool) {
    let until = Instant::now() + Duration::from_secs(2);
    room.poll();
    while !done(room) && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(10));
        room.poll();
    }
}

#[test]
fn phones_join_place_and_the_reveal_shows_the_spread() {
    let (mut room, _, ids) = open(|o| o.place_on = PlaceOn::Both);
    assert_eq!(room.address().ip(), std::net::IpAddr::from([127, 0, 0, 1]));
    let invite = room.invite();
    assert!(invite.typed().starts_with("http://127.0.0.1:"));
    assert!(invite.scanned().ends_with(&format!(".{}", invite.code)));

    let mut phones: Vec<Phone> = (1..=4)
        .map(|i| Phone::new(room.address(), &invite, i))
        .collect();
    for (i, phone) in phones.iter_mut().enumerate() {
        let (answer, joined) = phone.join(&invite.code).expect("join");
        assert_eq!(answer.status, 200, "{}", answer.refusal());
        assert_eq!(joined["number"], i + 1);
        // Names and kinds only: nothing else about an actor reaches a phone.
        assert_eq!(
            joined["actors"][0],
            json!({"label": "Mayor Dupont", "kind": "organization"})
        );
        assert!(!String::from_utf8_lossy(&answer.body).contains("Mayor"));
        assert!(!joined.to_string().contains("private note"));
    }
    // Two see the mayor as a partner, two as someone to monitor; all agree on the union.
    let places = [(0.8, 0.9), (0.7, 0.8), (-0.7, 0.2), (-0.8, 0.1)];
    for (phone, (s, i)) in phones.iter_mut().zip(places) {
        let (answer, stored) = phone
            .call(
                "answers",
                json!({"answers": [
                    {"actor": 0, "support": s, "influence": i, "slice": "neutral"},
                    {"actor": 2, "support": 0.9, "influence": 0.3},
                    {"actor": 1, "dont_know": true},
                ]}),
            )
            .expect("answers");
        assert_eq!(answer.status, 200, "{}", answer.refusal());
        assert_eq!(stored["stored"], 3);
    }
    poll_until(&mut room, |r| r.answer_counts() == vec![4, 4, 4]);
    assert_eq!(room.answer_counts(), vec![4, 4, 4]);
    assert_eq!(room.seats().len(), 4);

    // A phone changes its mind: the newer answer replaces the older.
    let (answer, _) = phones[3]
        .call(
            "answers",
            json!({"answers": [{"actor": 0, "support": -0.8, "influence": 0.1}]}),
        )
        .expect("answers");
    assert_eq!(answer.status, 200);

    let reveal = room.reveal();
    assert_eq!(reveal.round.answers.len(), 12);
    assert_eq!(reveal.round.participants, 4);
    let first = &reveal.spreads[0];
    assert_eq!(first.actor, ids[0], "the split actor is the most disputed");
    assert_eq!(first.split(), vec![Quadrant::Partner, Quadrant::Monitor]);
    assert_eq!(first.slices, vec![Slice::Neutral; 3]);
    let union = reveal
        .spreads
        .iter()
        .find(|s| s.actor == ids[2])
        .expect("union");
    assert_eq!(union.split(), vec![Quadrant::CapacityDevelopment]);
    let chamber = reveal
        .spreads
        .iter()
        .find(|s| s.actor == ids[1])
        .expect("chamber");
    assert_eq!((chamber.dont_know, chamber.answered()), (4, 0));

    // After the reveal answers are closed; the round is what the session keeps.
    let (answer, _) = phones[0]
        .call(
            "answers",
            json!({"answers": [{"actor": 0, "dont_know": true}]}),
        )
        .expect("answers");
    assert_eq!((answer.status, answer.refusal().as_str()), (409, "closed"));
    let round = room.close();
    assert_eq!(round.answers.len(), 12);
    assert_eq!(round.actors, ids);
}

#[test]
fn codes_instead_of_names_send_no_name_and_no_kind() {
    let (room, _, _) = open(|o| o.codes = true);
    let mut phone = Phone::new(room.address(), &room.invite(), 1);
    let (_, joined) = phone.join(&room.invite().code).expect("join");
    assert_eq!(
        joined["actors"],
        json!([{"label": "A1"}, {"label": "A2"}, {"label": "A3"}])
    );
    assert_eq!(room.actors()[1].label, "A2");
}

#[test]
fn wrong_codes_are_refused_then_the_address_must_wait() {
    let (room, _, _) = open(|o| {
        o.wrong_tries = 3;
        o.wrong_window = Duration::from_millis(800);
    });
    let invite = room.invite();
    let mut phone = Phone::new(room.address(), &invite, 1);
    let wrong = if invite.code == "000000" {
        "000001"
    } else {
        "000000"
    };
    for _ in 0..3 {
        let (answer, _) = phone.join(wrong).expect("join");
        assert_eq!((answer.status, answer.refusal().as_str()), (403, "code"));
    }
    // Even the right code waits now, and so does anything else from this address.
    let (answer, _) = phone.join(&invite.code).expect("join");
    assert_eq!((answer.status, answer.refusal().as_str()), (429, "wait"));
    std::thread::sleep(Duration::from_millis(900));
    let (answer, _) = phone.join(&invite.code).expect("join");
    assert_eq!(answer.status, 200, "{}", answer.refusal());
}

#[test]
fn payloads_sealed_with_another_key_count_as_wrong_tries() {
    let (room, _, _) = open(|o| o.wrong_tries = 2);
    let invite = room.invite();
    let mut other = invite.clone();
    other.key = "00000-00000-00000-00000".into();
    let mut stranger = Phone::new(room.address(), &other, 1);
    for _ in 0..2 {
        let (answer, _) = stranger.join(&invite.code).expect("join");
        assert_eq!((answer.status, answer.refusal().as_str()), (403, "key"));
    }
    let mut phone = Phone::new(room.address(), &invite, 2);
    let (answer, _) = phone.join(&invite.code).expect("join");
    assert_eq!(answer.status, 429, "same address, so it waits");
}

#[test]
fn a_locked_room_takes_no_newcomer_but_gives_a_seat_back() {
    let (mut room, _, _) = open(|_| {});
    let invite = room.invite();
    let mut first = Phone::new(room.address(), &invite, 1);
    assert_eq!(first.join(&invite.code).expect("join").0.status, 200);
    room.set_locked(true);
    assert!(room.is_locked());
    let mut late = Phone::new(room.address(), &invite, 2);
    let (answer, _) = late.join(&invite.code).expect("join");
    assert_eq!((answer.status, answer.refusal().as_str()), (403, "locked"));
    // The first phone reloaded its page: same id, same seat.
    let mut reloaded = Phone::new(room.address(), &invite, 1);
    let (answer, joined) = reloaded.join(&invite.code).expect("join");
    assert_eq!((answer.status, joined["number"].as_u64()), (200, Some(1)));
    room.set_locked(false);
    assert_eq!(late.join(&invite.code).expect("join").0.status, 200);
    // A new code: newcomers need it, those in keep their seats.
    let old = invite.code.clone();
    let new = room.renew_code().expect("code");
    let mut newcomer = Phone::new(room.address(), &invite, 3);
    if new != old {
        assert_eq!(newcomer.join(&old).expect("join").0.status, 403);
    }
    assert_eq!(newcomer.join(&new).expect("join").0.status, 200);
    assert_eq!(
        first.call("actors", json!({})).expect("actors").0.status,
        200
    );
}

#[test]
fn a_removed_participant_is_refused_and_their_answers_dropped() {
    let (mut room, _, _) = open(|_| {});
    let invite = room.invite();
    let mut a = Phone::new(room.address(), &invite, 1);
    let mut b = Phone::new(room.address(), &invite, 2);
    for phone in [&mut a, &mut b] {
        phone.join(&invite.code).expect("join");
        let (answer, _) = phone
            .call(
                "answers",
                json!({"answers": [{"actor": 0, "support": 0.5, "influence": 0.5}]}),
            )
            .expect("answers");
        assert_eq!(answer.status, 200);
    }
    poll_until(&mut room, |r| r.answer_counts()[0] == 2);
    assert!(room.remove(2));
    assert!(!room.remove(2), "already removed");
    assert_eq!(room.answer_counts()[0], 1);
    let (answer, _) = b.call("actors", json!({})).expect("actors");
    assert_eq!((answer.status, answer.refusal().as_str()), (403, "removed"));
    let (answer, _) = b.join(&invite.code).expect("join");
    assert_eq!((answer.status, answer.refusal().as_str()), (403, "removed"));
    assert!(room.seats().iter().any(|s| s.number == 2 && s.removed));
    let round = room.close();
    assert_eq!(round.answers.len(), 1);
    assert_eq!(round.answers[0].participant, 1);
}

#[test]
fn replayed_and_out_of_range_calls_change_nothing() {
    let (mut room, _, _) = open(|_| {});
    let invite = room.invite();
    let mut phone = Phone::new(room.address(), &invite, 1);
    phone.join(&invite.code).expect("join");
    // A recorded request sent again is refused by its number.
    phone.n += 1;
    let call = json!({"op": "propose", "token": phone.token, "n": phone.n, "name": "Bishop", "kind": "individual"});
    let sealed = phone
        .sealer
        .seal(call.to_string().as_bytes())
        .expect("seal");
    assert_eq!(post(room.address(), &sealed).expect("post").status, 200);
    let again = post(room.address(), &sealed).expect("post");
    assert_eq!((again.status, again.refusal().as_str()), (409, "replay"));
    poll_until(&mut room, |r| !r.proposals().is_empty());
    assert_eq!(room.proposals().len(), 1);
    assert_eq!(
        room.take_proposal(0).map(|p| p.name),
        Some("Bishop".to_owned())
    );

    for bad in [
        json!({"answers": [{"actor": 0, "support": 1.5, "influence": 0.5}]}),
        json!({"answers": [{"actor": 0, "support": 0.5}]}),
        json!({"answers": [{"actor": 9, "dont_know": true}]}),
        json!({"answers": [{"actor": 0, "slice": "neutral"}]}),
        json!({"answers": [{"actor": 0, "dont_know": true}, {"actor": 0, "dont_know": true}]}),
        json!({"answers": []}),
        json!({"answers": [{"actor": 0, "dont_know": true, "extra": 1}]}),
        json!({"answers": [{"actor": 0, "support": 0.1, "influence": 0.1, "dont_know": true}]}),
    ] {
        let (answer, _) = phone.call("answers", bad.clone()).expect("answers");
        assert_eq!(
            (answer.status, answer.refusal().as_str()),
            (400, "invalid"),
            "{bad}"
        );
    }
    for bad in [
        json!({"name": "", "kind": "group"}),
        json!({"name": "x".repeat(81), "kind": "group"}),
        json!({"name": "a\u{7}b", "kind": "group"}),
        json!({"name": "A", "kind": "dragon"}),
    ] {
        let (answer, _) = phone.call("propose", bad.clone()).expect("propose");
        assert_eq!(answer.status, 400, "{bad}");
    }
    let (answer, _) = phone.call("actors", json!({})).expect("actors");
    assert_eq!(
        answer.status, 200,
        "a refused call does not lock the phone out"
    );
    room.poll();
    assert_eq!(room.answer_counts(), vec![0, 0, 0]);
}

/// A POST of `body` to `/api`, as raw bytes.
fn raw_post(body: &[u8]) -> Vec<u8> {
    [
        format!(
            "POST /api HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes(),
        body.to_vec(),
    ]
    .concat()
}

/// Requests the room must refuse with their status: broken, oversized, slow or unknown.
fn bad_requests(phone: &Phone) -> Vec<(&'static str, Vec<u8>, u16)> {
    let sealed = |text: &[u8]| raw_post(&phone.sealer.seal(text).expect("seal"));
    let big_head = [
        b"GET / HTTP/1.1\r\nX: ".to_vec(),
        vec![b'a'; 20_000],
        b"\r\n\r\n".to_vec(),
    ];
    let headers = ["GET / HTTP/1.1\r\n", &"A: b\r\n".repeat(40), "\r\n"].concat();
    vec![
        ("not HTTP", b"\x00\x01\x02 hello\r\n\r\n".to_vec(), 400),
        ("unsealed body", raw_post(b"hello"), 403),
        ("sealed, not JSON", sealed(b"{not json"), 400),
        ("sealed, not a call", sealed(b"[1,2,3]"), 400),
        (
            "body too large",
            b"POST /api HTTP/1.1\r\nContent-Length: 70000\r\n\r\n".to_vec(),
            413,
        ),
        (
            "length too large to hold",
            b"POST /api HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n".to_vec(),
            413,
        ),
        (
            "two lengths",
            b"POST /api HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab".to_vec(),
            400,
        ),
        (
            "chunked",
            b"POST /api HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
                .to_vec(),
            400,
        ),
        ("head too large", big_head.concat(), 431),
        ("too many headers", headers.into_bytes(), 431),
        (
            "body shorter than said",
            b"POST /api HTTP/1.1\r\nContent-Length: 100\r\n\r\nshort".to_vec(),
            408,
        ),
        (
            "head never ends",
            b"GET / HTTP/1.1\r\nHost: x\r\n".to_vec(),
            408,
        ),
        (
            "unknown path",
            b"GET /../../etc/passwd HTTP/1.1\r\n\r\n".to_vec(),
            404,
        ),
        (
            "unknown method",
            b"DELETE /api HTTP/1.1\r\n\r\n".to_vec(),
            405,
        ),
    ]
}

#[test]
fn malformed_and_oversized_requests_are_refused_and_the_room_keeps_serving() {
    let (room, _, _) = open(|o| {
        o.server = ServerLimits {
            workers: 2,
            queue: 8,
            http: HttpLimits {
                read_time: Duration::from_millis(400),
                ..HttpLimits::default()
            },
        };
    });
    let address = room.address();
    let invite = room.invite();
    for (what, request, status) in bad_requests(&Phone::new(address, &invite, 1)) {
        let answer = exchange(address, &request).expect(what);
        assert_eq!(answer.status, status, "{what}");
        let page = get(address, "/").expect("the page");
        assert_eq!(page.status, 200, "still serving after: {what}");
    }
    // The unsealed body counted as a wrong try, but a phone with the key still joins.
    let mut phone = Phone::new(address, &invite, 2);
    assert_eq!(phone.join(&invite.code).expect("join").0.status, 200);
}

#[test]
fn the_page_is_served_with_a_strict_policy_and_nothing_else_is() {
    let (room, _, _) = open(|_| {});
    let address = room.address();
    let page = exchange(address, b"GET / HTTP/1.1\r\n\r\n").expect("page");
    assert_eq!(page.status, 200);
    for path in [
        "/room.js",
        "/room.css",
        "/nacl.min.js",
        "/words.json",
        "/index.html",
    ] {
        assert_eq!(get(address, path).expect(path).status, 200, "{path}");
    }
    let mut raw = Vec::new();
    {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(address).expect("connect");
        s.write_all(b"GET / HTTP/1.1\r\n\r\n").expect("write");
        s.set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        s.read_to_end(&mut raw).expect("read");
    }
    let head = String::from_utf8_lossy(&raw);
    assert!(head.contains("Content-Security-Policy: default-src 'none'; script-src 'self';"));
    assert!(head.contains("Cache-Control: no-store"));
    // The bytes served are the bytes fingerprinted.
    let served: Vec<u8> = ["/", "/room.js", "/room.css", "/nacl.min.js"]
        .iter()
        .flat_map(|p| get(address, p).expect("file").body)
        .collect();
    let digest = {
        use sha2::Digest;
        sha2::Sha256::digest(&served)
    };
    assert_eq!(
        room.invite().fingerprint.replace('-', ""),
        super::client::hex(&digest[..10])
    );
    assert_eq!(get(address, "/api").expect("api").status, 404);
}

#[test]
fn a_full_queue_says_busy_at_once_and_the_room_recovers() {
    let (room, _, _) = open(|o| {
        o.server = ServerLimits {
            workers: 1,
            queue: 1,
            http: HttpLimits {
                read_time: Duration::from_millis(600),
                ..HttpLimits::default()
            },
        };
    });
    let address = room.address();
    // Two silent connections hold the one worker and the one place in the queue.
    // (One at a time, so that the worker has taken the first before the second arrives.)
    let idle: Vec<std::net::TcpStream> = (0..2)
        .map(|_| {
            let stream = std::net::TcpStream::connect(address).expect("connect");
            std::thread::sleep(Duration::from_millis(100));
            stream
        })
        .collect();
    let started = Instant::now();
    let answer = get(address, "/").expect("busy");
    assert_eq!(answer.status, 503);
    assert!(
        started.elapsed() < Duration::from_millis(400),
        "{:?}",
        started.elapsed()
    );
    drop(idle);
    let until = Instant::now() + Duration::from_secs(3);
    let mut status = 0;
    while status != 200 && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
        status = get(address, "/").map_or(0, |a| a.status);
    }
    assert_eq!(status, 200);
}

#[test]
fn too_many_participants_or_proposals_are_refused() {
    let (mut room, _, _) = open(|o| {
        o.participants = 2;
        o.proposals_each = 1;
    });
    let invite = room.invite();
    let mut phones: Vec<Phone> = (1..=3)
        .map(|i| Phone::new(room.address(), &invite, i))
        .collect();
    assert_eq!(phones[0].join(&invite.code).expect("join").0.status, 200);
    assert_eq!(phones[1].join(&invite.code).expect("join").0.status, 200);
    let (full, _) = phones[2].join(&invite.code).expect("join");
    assert_eq!((full.status, full.refusal().as_str()), (503, "full"));
    let kinds = json!({"name": "Press", "kind": "group"});
    assert_eq!(
        phones[0]
            .call("propose", kinds.clone())
            .expect("p")
            .0
            .status,
        200
    );
    assert_eq!(phones[0].call("propose", kinds).expect("p").0.status, 429);
    let (left, _) = phones[1].call("leave", json!({})).expect("leave");
    assert_eq!(left.status, 200);
    poll_until(&mut room, |r| r.seats().iter().any(|s| s.left));
    let events = room.poll();
    assert!(
        events
            .iter()
            .all(|e| !matches!(e, RoomEvent::Joined { number: 3, .. }))
    );
}

#[test]
fn closing_the_room_stops_listening() {
    let (room, _, _) = open(|_| {});
    let address = room.address();
    assert_eq!(get(address, "/").expect("page").status, 200);
    let started = Instant::now();
    let _round = room.close();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(std::net::TcpStream::connect_timeout(&address, Duration::from_millis(500)).is_err());
}
