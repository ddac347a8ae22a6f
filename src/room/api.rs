//! The room's one API address, `POST /api`: a sealed JSON call in, a sealed JSON answer out.
//! The operation itself is inside the seal, so the network sees only sizes and times.

use super::gate::WrongTries;
use super::http::Response;
use super::seal::Sealer;
use super::state::{Refusal, RoomActor, State};
use crate::model::{ActorKind, PlaceOn, PlacementAnswer, Position, Slice};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

/// Characters of a nickname at most.
pub const NICKNAME_CHARS: usize = 40;
/// Characters of a proposed actor's name at most.
pub const PROPOSAL_CHARS: usize = 80;

/// What the workers share: the room's seal, its state and its gate.
pub struct Shared {
    /// Seals and opens payloads with the room's key.
    pub sealer: Sealer,
    /// The room's state.
    pub state: Mutex<State>,
    /// Wrong tries per address.
    pub gate: Mutex<WrongTries>,
}

/// A call from a page, once opened.
#[derive(Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
enum Call {
    Join {
        code: String,
        client: String,
        #[serde(default)]
        nick: String,
    },
    Actors {
        token: String,
        n: u64,
    },
    Answers {
        token: String,
        n: u64,
        answers: Vec<WireAnswer>,
    },
    Propose {
        token: String,
        n: u64,
        name: String,
        kind: ActorKind,
    },
    Leave {
        token: String,
        n: u64,
    },
}

/// An answer as the page sends and receives it; `actor` is an index into the room's actors.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct WireAnswer {
    actor: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    support: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    influence: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    slice: Option<Slice>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    dont_know: bool,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A worker that panicked mid-change cannot leave the state half-written: every change
    // is a single insert or flag, so the state stays usable.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn refuse(refusal: Refusal) -> Response {
    let (status, word) = refusal.status_and_word();
    Response::refusal(status, word)
}

/// Answer one `POST /api` from `peer`.
pub fn handle(shared: &Shared, peer: IpAddr, body: &[u8]) -> Response {
    let now = Instant::now();
    if lock(&shared.gate).shut_for(peer, now) {
        return Response::refusal(429, "wait");
    }
    let Some(plain) = shared.sealer.open(body) else {
        // Sealed with another key, or changed on the way: a wrong try like a wrong code.
        lock(&shared.gate).record(peer, now);
        return Response::refusal(403, "key");
    };
    let Ok(call) = serde_json::from_slice::<Call>(&plain) else {
        return refuse(Refusal::Invalid);
    };
    let answer = match call {
        Call::Join { code, client, nick } => {
            let result = join(shared, &code, &client, &nick);
            if result == Err(Refusal::Code) {
                lock(&shared.gate).record(peer, now);
            }
            result
        }
        Call::Actors { token, n } => {
            let mut state = lock(&shared.state);
            state.admit(&token, n).map(|_| {
                json!({
                    "place_on": state.place_on,
                    "supportive_left": state.supportive_left,
                    "actors": actors_json(&state.actors),
                })
            })
        }
        Call::Answers { token, n, answers } => store_answers(shared, &token, n, &answers),
        Call::Propose {
            token,
            n,
            name,
            kind,
        } => match plain_text(&name, PROPOSAL_CHARS) {
            Some(name) if !name.is_empty() => {
                let mut state = lock(&shared.state);
                state
                    .admit(&token, n)
                    .and_then(|who| state.propose(who, name, kind))
                    .map(|()| json!({ "queued": true }))
            }
            _ => Err(Refusal::Invalid),
        },
        Call::Leave { token, n } => {
            let mut state = lock(&shared.state);
            state.admit(&token, n).map(|who| {
                state.leave(who);
                json!({ "left": true })
            })
        }
    };
    match answer {
        Ok(value) => match shared.sealer.seal(value.to_string().as_bytes()) {
            Ok(sealed) => Response::new(200, "application/octet-stream", sealed),
            Err(_) => Response::refusal(503, "busy"),
        },
        Err(refusal) => refuse(refusal),
    }
}

/// Text a participant typed, trimmed, if it is at most `chars` characters and holds no
/// control characters.
fn plain_text(text: &str, chars: usize) -> Option<String> {
    let text = text.trim();
    (text.chars().count() <= chars && !text.chars().any(char::is_control)).then(|| text.to_owned())
}

/// A page's own id: 16 to 64 lowercase hex digits.
fn client_id(text: &str) -> bool {
    (16..=64).contains(&text.len()) && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn actors_json(actors: &[RoomActor]) -> serde_json::Value {
    actors
        .iter()
        .map(|a| match a.kind {
            Some(kind) => json!({ "label": a.label, "kind": kind }),
            None => json!({ "label": a.label }),
        })
        .collect()
}

fn join(
    shared: &Shared,
    code: &str,
    client: &str,
    nick: &str,
) -> Result<serde_json::Value, Refusal> {
    let nick = plain_text(nick, NICKNAME_CHARS).ok_or(Refusal::Invalid)?;
    if !client_id(client) {
        return Err(Refusal::Invalid);
    }
    let mut state = lock(&shared.state);
    let (who, token, number, last_seq) = {
        let p = state.join(code, client, &nick, super::key::token)?;
        (p.number as usize - 1, p.token.clone(), p.number, p.last_seq)
    };
    let given: Vec<WireAnswer> = state
        .answers_of(who)
        .map(|(index, a)| WireAnswer {
            actor: index,
            support: a.position.map(|p| f64::from(p.support)),
            influence: a.position.map(|p| f64::from(p.influence)),
            slice: a.slice,
            dont_know: a.dont_know(),
        })
        .collect();
    Ok(json!({
        "token": token,
        "number": number,
        "n": last_seq,
        "place_on": state.place_on,
        "supportive_left": state.supportive_left,
        "actors": actors_json(&state.actors),
        "answers": given,
        "closed": state.revealed,
    }))
}

/// An answer from the wire, checked against the room: a known actor, values in range, and
/// only what this round asks for.
fn checked(wire: &WireAnswer, actors: usize, place_on: PlaceOn) -> Option<PlacementAnswer> {
    if wire.actor >= actors {
        return None;
    }
    let position = match (wire.support, wire.influence) {
        (Some(s), Some(i))
            if place_on.map() && (-1.0..=1.0).contains(&s) && (0.0..=1.0).contains(&i) =>
        {
            #[expect(clippy::cast_possible_truncation, reason = "in -1..=1")]
            Some(Position::clamped(s as f32, i as f32))
        }
        (None, None) => None,
        _ => return None,
    };
    if wire.slice.is_some() && !place_on.spectrum() {
        return None;
    }
    let empty = position.is_none() && wire.slice.is_none();
    if empty != wire.dont_know {
        return None;
    }
    Some(PlacementAnswer {
        participant: 0,
        actor: crate::model::ActorId(String::new()),
        position,
        slice: wire.slice,
        seconds: 0,
    })
}

fn store_answers(
    shared: &Shared,
    token: &str,
    n: u64,
    answers: &[WireAnswer],
) -> Result<serde_json::Value, Refusal> {
    let mut state = lock(&shared.state);
    let count = state.actors.len();
    if answers.is_empty() || answers.len() > count {
        return Err(Refusal::Invalid);
    }
    let mut seen = vec![false; count];
    let mut given = Vec::with_capacity(answers.len());
    for wire in answers {
        let mut answer = checked(wire, count, state.place_on).ok_or(Refusal::Invalid)?;
        if std::mem::replace(&mut seen[wire.actor], true) {
            return Err(Refusal::Invalid);
        }
        answer.actor = state.actors[wire.actor].id.clone();
        given.push((wire.actor, answer));
    }
    // Checked before admitting, so that a refused call does not use up its number.
    let who = state.admit(token, n)?;
    let stored = given.len();
    state.answer(who, given)?;
    Ok(json!({ "stored": stored }))
}
