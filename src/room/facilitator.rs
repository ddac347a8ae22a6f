//! The room as the app holds it: opened by the facilitator, polled each frame without
//! waiting, and closed (or dropped) to stop serving.

use super::api::Shared;
use super::gate::WrongTries;
use super::key::{RoomKey, room_code};
use super::seal::Sealer;
use super::server::{Server, ServerLimits};
use super::state::{Caps, Proposal, RoomActor, RoomEvent, State};
use crate::model::{
    ActorId, ActorSpread, PlaceOn, PlacementRound, Session, SupportiveSide, most_disputed_first,
};
use crate::words::{Language, Words};
use std::collections::{BTreeSet, VecDeque};
use std::net::{SocketAddr, TcpListener};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// How a room is opened.
#[derive(Clone, Debug)]
pub struct RoomOptions {
    /// The one address and port to listen on (the LAN interface the facilitator picked;
    /// port 0 lets the system choose).
    pub listen: SocketAddr,
    /// Which views the actors are placed on.
    pub place_on: PlaceOn,
    /// Send codes (A1, A2, ...) instead of names and kinds.
    pub codes: bool,
    /// The room code, six digits, when the facilitator chose it (a headless room whose code
    /// was printed in advance); `None` draws one at random.
    pub code: Option<String>,
    /// People in the room at most.
    pub participants: usize,
    /// Proposals each participant may make.
    pub proposals_each: usize,
    /// Wrong tries (codes, keys) an address may make per `wrong_window`.
    pub wrong_tries: u32,
    /// See `wrong_tries`.
    pub wrong_window: Duration,
    /// Threads, queue and request limits.
    pub server: ServerLimits,
}

impl RoomOptions {
    /// The usual limits, listening on `listen`.
    pub fn new(listen: SocketAddr) -> Self {
        Self {
            listen,
            place_on: PlaceOn::Map,
            codes: false,
            code: None,
            participants: 100,
            proposals_each: 20,
            wrong_tries: 5,
            wrong_window: Duration::from_secs(60),
            server: ServerLimits::default(),
        }
    }
}

/// Why a room could not open.
#[derive(Debug, thiserror::Error)]
pub enum RoomError {
    /// The address could not be listened on (taken, or not this computer's).
    #[error("Could not listen on {address}: {source}")]
    Listen {
        /// The address asked for.
        address: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
    /// The system's random generator or threads failed.
    #[error("Could not start the room: {0}")]
    System(#[from] std::io::Error),
    /// No actor to place.
    #[error("Choose at least one actor to place.")]
    NoActors,
    /// The chosen room code is not six digits.
    #[error("The room code must be six digits.")]
    BadCode,
}

impl RoomError {
    /// What the facilitator reads, in `words`' language (the `Display` text, in English, is
    /// for logs).
    pub fn message(&self, words: &'static Words) -> String {
        match self {
            Self::Listen { address, source } => words.with(
                "room-error-listen",
                &[
                    ("address", &address.to_string()),
                    ("reason", &system_reason(words, source)),
                ],
            ),
            Self::System(source) => words.with(
                "room-error-system",
                &[("reason", &system_reason(words, source))],
            ),
            Self::NoActors => words.get("room-error-no-actors").to_owned(),
            Self::BadCode => words.get("room-error-bad-code").to_owned(),
        }
    }
}

/// Why the system refused, in plain words for the usual cases, its own words otherwise.
fn system_reason(words: &'static Words, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::AddrInUse => words.get("room-error-address-in-use").to_owned(),
        ErrorKind::AddrNotAvailable => words.get("room-error-address-not-here").to_owned(),
        ErrorKind::PermissionDenied => words.get("room-error-address-denied").to_owned(),
        _ => error.to_string(),
    }
}

/// Whether `code` can be a room code: six digits, as phones type it on a number pad.
pub fn is_room_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// What the projector shows so that phones can join.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    /// The page's address, `http://192.168.1.20:7311/`.
    pub address: String,
    /// The room key, in four groups of five characters.
    pub key: String,
    /// The room code, six digits.
    pub code: String,
    /// The fingerprint of the page the room serves.
    pub fingerprint: String,
}

impl Invite {
    /// The address to type: the page with the key after `#` (the page asks for the code).
    pub fn typed(&self) -> String {
        format!("{}#{}", self.address, self.key)
    }

    /// The address a QR code carries: key and code after `#`, so one scan joins.
    pub fn scanned(&self) -> String {
        format!("{}#{}.{}", self.address, self.key, self.code)
    }
}

/// Someone in the room, as the facilitator sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seat {
    /// Their number.
    pub number: u32,
    /// Their nickname, perhaps empty.
    pub nickname: String,
    /// Whether they left.
    pub left: bool,
    /// Whether the facilitator removed them.
    pub removed: bool,
}

/// The room's answers once revealed.
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    /// The round, every answer in it.
    pub round: PlacementRound,
    /// Each actor's spread, most disputed first.
    pub spreads: Vec<ActorSpread>,
}

/// Events one poll takes at most, so a flood cannot stretch a frame.
const EVENTS_PER_POLL: usize = 10_000;

/// An open room. It serves only while it exists: dropping it (or [`Room::close`]) stops
/// the server and waits for its threads.
pub struct Room {
    server: Server,
    shared: Arc<Shared>,
    events: Receiver<RoomEvent>,
    key: RoomKey,
    actors: Vec<RoomActor>,
    seats: Vec<Seat>,
    answered: Vec<BTreeSet<u32>>,
    proposals: VecDeque<Proposal>,
}

impl Room {
    /// Open a room for placing `actors` of `session` (unknown ids are skipped), listening
    /// only on `options.listen`.
    pub fn open(
        session: &Session,
        actors: &[ActorId],
        options: &RoomOptions,
    ) -> Result<Self, RoomError> {
        let index = session.actor_index();
        let room_actors: Vec<RoomActor> = actors
            .iter()
            .filter_map(|id| index.get(id).map(|&i| &session.actors[i]))
            .enumerate()
            .map(|(i, actor)| RoomActor {
                id: actor.id.clone(),
                label: if options.codes {
                    format!("A{}", i + 1)
                } else {
                    actor.name.clone()
                },
                kind: (!options.codes).then_some(actor.kind),
            })
            .collect();
        if room_actors.is_empty() {
            return Err(RoomError::NoActors);
        }
        let code = match &options.code {
            Some(code) if is_room_code(code) => code.clone(),
            Some(_) => return Err(RoomError::BadCode),
            None => room_code()?,
        };
        let key = RoomKey::generate()?;
        let (tell, events) = channel();
        let mut state = State::new(
            code,
            room_actors.clone(),
            options.place_on,
            Caps {
                participants: options.participants,
                proposals_each: options.proposals_each,
            },
            tell,
        );
        state.supportive_left = session.settings.supportive_side == SupportiveSide::Left;
        let shared = Arc::new(Shared {
            sealer: Sealer::new(&key.box_key()),
            state: Mutex::new(state),
            gate: Mutex::new(WrongTries::new(options.wrong_tries, options.wrong_window)),
        });
        let language = Language::from_code(&session.language.0).unwrap_or(Language::English);
        let words = Arc::new(super::words::words_json(language));
        let listener = TcpListener::bind(options.listen).map_err(|source| RoomError::Listen {
            address: options.listen,
            source,
        })?;
        let server = Server::start(listener, &shared, &words, options.server)?;
        Ok(Self {
            server,
            shared,
            events,
            key,
            answered: vec![BTreeSet::new(); room_actors.len()],
            actors: room_actors,
            seats: Vec::new(),
            proposals: VecDeque::new(),
        })
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.shared
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.server.address()
    }

    /// What the projector shows.
    pub fn invite(&self) -> Invite {
        Invite {
            address: format!("http://{}/", self.address()),
            key: self.key.grouped(),
            code: self.state().code.clone(),
            fingerprint: super::page::fingerprint(),
        }
    }

    /// The actors the phones place, in order, with what they are shown as (names or codes).
    pub fn actors(&self) -> &[RoomActor] {
        &self.actors
    }

    /// Take in what happened since the last poll, without waiting, and return it.
    pub fn poll(&mut self) -> Vec<RoomEvent> {
        let taken: Vec<RoomEvent> = self.events.try_iter().take(EVENTS_PER_POLL).collect();
        for event in &taken {
            match event {
                RoomEvent::Joined { number, nickname } => {
                    if let Some(seat) = self.seats.iter_mut().find(|s| s.number == *number) {
                        seat.left = false;
                    } else {
                        self.seats.push(Seat {
                            number: *number,
                            nickname: nickname.clone(),
                            left: false,
                            removed: false,
                        });
                    }
                }
                RoomEvent::Answered { number, actors } => {
                    // Answers sent just before a removal arrive after it: they were dropped.
                    if self.seats.iter().any(|s| s.number == *number && s.removed) {
                        continue;
                    }
                    for &i in actors {
                        if let Some(set) = self.answered.get_mut(i) {
                            set.insert(*number);
                        }
                    }
                }
                RoomEvent::Proposed(proposal) => self.proposals.push_back(proposal.clone()),
                RoomEvent::Left { number } => {
                    if let Some(seat) = self.seats.iter_mut().find(|s| s.number == *number) {
                        seat.left = true;
                    }
                }
            }
        }
        taken
    }

    /// Everyone who joined, in order.
    pub fn seats(&self) -> &[Seat] {
        &self.seats
    }

    /// How many participants have answered each actor (a place, a slice or "don't know"),
    /// in the order of [`Room::actors`]. The answers themselves stay hidden until the reveal.
    pub fn answer_counts(&self) -> Vec<usize> {
        self.answered.iter().map(BTreeSet::len).collect()
    }

    /// Lock the room to newcomers (those who joined can come back), or open it again.
    pub fn set_locked(&mut self, locked: bool) {
        self.state().locked = locked;
    }

    /// Whether the room is locked.
    pub fn is_locked(&self) -> bool {
        self.state().locked
    }

    /// Remove a participant: refused from now on, their answers dropped. Whether they were
    /// in the room.
    pub fn remove(&mut self, number: u32) -> bool {
        let removed = self.state().remove(number);
        if removed {
            for set in &mut self.answered {
                set.remove(&number);
            }
            if let Some(seat) = self.seats.iter_mut().find(|s| s.number == number) {
                seat.removed = true;
            }
        }
        removed
    }

    /// A new room code: newcomers need it, those already in keep their seats.
    pub fn renew_code(&mut self) -> Result<String, RoomError> {
        let code = room_code()?;
        self.state().code.clone_from(&code);
        Ok(code)
    }

    /// The proposals waiting for the facilitator, oldest first.
    pub fn proposals(&self) -> &VecDeque<Proposal> {
        &self.proposals
    }

    /// Take a proposal out of the queue (to accept it into the parking lot, or to reject it).
    pub fn take_proposal(&mut self, index: usize) -> Option<Proposal> {
        self.proposals.remove(index)
    }

    /// Close the answers and show them: the round and each actor's spread, most disputed
    /// first. Phones can no longer change their answers.
    pub fn reveal(&mut self) -> Reveal {
        let round = {
            let mut state = self.state();
            state.revealed = true;
            state.round()
        };
        let spreads = most_disputed_first(&round);
        Reveal { round, spreads }
    }

    /// Whether the answers were revealed.
    pub fn is_revealed(&self) -> bool {
        self.state().revealed
    }

    /// Stop serving and hand back the round, to be kept in the session.
    pub fn close(mut self) -> PlacementRound {
        self.server.stop();
        self.state().round()
    }
}
