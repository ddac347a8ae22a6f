//! What the open room holds while it runs: its participants, their answers, the proposals,
//! and the facilitator's switches (locked, revealed). The server's workers change it under
//! one lock, held for microseconds; the app hears of each change through [`RoomEvent`]s.

use super::key::same_secret;
use crate::model::{ActorId, ActorKind, PlaceOn, PlacementAnswer, PlacementRound};
use std::collections::{BTreeMap, HashMap};
use std::sync::mpsc::Sender;
use std::time::Instant;

/// An actor as the phones see it: a label (its name, or a code such as `A3`) and, with
/// names, its kind. Nothing else about it leaves the app.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomActor {
    /// The actor in the session (never sent to phones).
    pub id: ActorId,
    /// What phones show: the name, or the code.
    pub label: String,
    /// The kind, sent only with names.
    pub kind: Option<ActorKind>,
}

/// Something that happened in the room, for the app to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoomEvent {
    /// Someone joined (or came back after reloading the page).
    Joined {
        /// Their number.
        number: u32,
        /// The nickname they gave, perhaps empty.
        nickname: String,
    },
    /// Someone sent answers for these actors (indices into the room's actors), replacing
    /// any they had sent before for them.
    Answered {
        /// Their number.
        number: u32,
        /// The actors answered.
        actors: Vec<usize>,
    },
    /// Someone proposed an actor.
    Proposed(Proposal),
    /// Someone left.
    Left {
        /// Their number.
        number: u32,
    },
}

/// An actor a participant proposes for the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// Who proposed it.
    pub number: u32,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: ActorKind,
}

/// One person in the room.
#[derive(Debug)]
pub struct Participant {
    /// Their number, from 1 in the order they joined.
    pub number: u32,
    /// The secret the page sends with each request after joining.
    pub token: String,
    /// The highest request number seen: each request must carry a higher one, so a request
    /// recorded on the network and sent again is refused.
    pub last_seq: u64,
    /// Removed by the facilitator: refused from now on, answers dropped.
    pub removed: bool,
    /// Proposals made.
    pub proposals: usize,
}

/// Why the room refused a request, as the page is told it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Wrong room code.
    Code,
    /// The room is locked to newcomers.
    Locked,
    /// Removed by the facilitator.
    Removed,
    /// No seat left.
    Full,
    /// An unknown token.
    Token,
    /// A request number not above the last one: a replay.
    Replay,
    /// Answers are closed (the reveal has begun).
    Closed,
    /// Not a request the room understands, or values out of range.
    Invalid,
    /// Too many proposals.
    TooMany,
}

impl Refusal {
    /// The status and the word the page knows it by.
    pub fn status_and_word(self) -> (u16, &'static str) {
        match self {
            Self::Code => (403, "code"),
            Self::Locked => (403, "locked"),
            Self::Removed => (403, "removed"),
            Self::Full => (503, "full"),
            Self::Token => (403, "token"),
            Self::Replay => (409, "replay"),
            Self::Closed => (409, "closed"),
            Self::Invalid => (400, "invalid"),
            Self::TooMany => (429, "too_many"),
        }
    }
}

/// Caps on what participants can add.
#[derive(Clone, Copy, Debug)]
pub struct Caps {
    /// People in the room at most (removed ones count: their seat is not given again).
    pub participants: usize,
    /// Proposals one participant may make.
    pub proposals_each: usize,
}

/// The room's state.
#[derive(Debug)]
pub struct State {
    /// The code a join must carry.
    pub code: String,
    /// No newcomers while locked.
    pub locked: bool,
    /// Answers are closed once revealed.
    pub revealed: bool,
    /// Everyone who joined, by number - 1.
    pub participants: Vec<Participant>,
    tokens: HashMap<String, usize>,
    /// Each page's own random id, so that a reloaded page (or a replayed join) gets its
    /// seat back instead of a new one.
    clients: HashMap<String, usize>,
    /// Answers by (participant number, actor index); a newer answer replaces the older.
    answers: BTreeMap<(u32, usize), PlacementAnswer>,
    /// What the phones place.
    pub actors: Vec<RoomActor>,
    /// On which views.
    pub place_on: PlaceOn,
    /// Whether the facilitator's map puts supportive actors on the left: the phones' squares
    /// do the same, so that a place means what it means on the projector.
    pub supportive_left: bool,
    /// When the room opened, for the answers' times.
    opened: Instant,
    /// The opening as a UTC timestamp, for the round.
    opened_utc: String,
    round_id: String,
    caps: Caps,
    events: Sender<RoomEvent>,
}

impl State {
    /// A new room's state.
    pub fn new(
        code: String,
        actors: Vec<RoomActor>,
        place_on: PlaceOn,
        caps: Caps,
        events: Sender<RoomEvent>,
    ) -> Self {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Self {
            code,
            locked: false,
            revealed: false,
            participants: Vec::new(),
            tokens: HashMap::new(),
            clients: HashMap::new(),
            answers: BTreeMap::new(),
            actors,
            place_on,
            supportive_left: false,
            opened: Instant::now(),
            opened_utc: crate::model::utc_timestamp(seconds),
            round_id: format!("placement-{seconds}"),
            caps,
            events,
        }
    }

    fn tell(&self, event: RoomEvent) {
        // The app may have stopped listening while the room closes; nothing to do then.
        let _ = self.events.send(event);
    }

    /// Join with `code`, as the page with id `client`. A known client gets its seat back,
    /// even in a locked room.
    pub fn join(
        &mut self,
        code: &str,
        client: &str,
        nickname: &str,
        new_token: impl FnOnce() -> Result<String, std::io::Error>,
    ) -> Result<&Participant, Refusal> {
        if !same_secret(code, &self.code) {
            return Err(Refusal::Code);
        }
        if let Some(&i) = self.clients.get(client) {
            if self.participants[i].removed {
                return Err(Refusal::Removed);
            }
            return Ok(&self.participants[i]);
        }
        if self.locked {
            return Err(Refusal::Locked);
        }
        if self.participants.len() >= self.caps.participants {
            return Err(Refusal::Full);
        }
        let token = new_token().map_err(|_| Refusal::Invalid)?;
        let number = u32::try_from(self.participants.len() + 1).map_err(|_| Refusal::Full)?;
        let i = self.participants.len();
        self.tokens.insert(token.clone(), i);
        self.clients.insert(client.to_owned(), i);
        self.participants.push(Participant {
            number,
            token,
            last_seq: 0,
            removed: false,
            proposals: 0,
        });
        self.tell(RoomEvent::Joined {
            number,
            nickname: nickname.to_owned(),
        });
        Ok(&self.participants[i])
    }

    /// The participant a request's token and number belong to, after checking that the
    /// number is new (and recording it).
    pub fn admit(&mut self, token: &str, seq: u64) -> Result<usize, Refusal> {
        let &i = self.tokens.get(token).ok_or(Refusal::Token)?;
        let p = &mut self.participants[i];
        if p.removed {
            return Err(Refusal::Removed);
        }
        if seq <= p.last_seq {
            return Err(Refusal::Replay);
        }
        p.last_seq = seq;
        Ok(i)
    }

    /// Store a participant's answers (already checked against the room's actors).
    pub fn answer(
        &mut self,
        who: usize,
        given: Vec<(usize, PlacementAnswer)>,
    ) -> Result<(), Refusal> {
        if self.revealed {
            return Err(Refusal::Closed);
        }
        let number = self.participants[who].number;
        let seconds = u32::try_from(self.opened.elapsed().as_secs()).unwrap_or(u32::MAX);
        let mut actors = Vec::with_capacity(given.len());
        for (index, mut answer) in given {
            answer.participant = number;
            answer.seconds = seconds;
            self.answers.insert((number, index), answer);
            actors.push(index);
        }
        self.tell(RoomEvent::Answered { number, actors });
        Ok(())
    }

    /// The answers a participant has given, by actor index (so a reloaded page shows them).
    pub fn answers_of(&self, who: usize) -> impl Iterator<Item = (usize, &PlacementAnswer)> {
        let number = self.participants[who].number;
        self.answers
            .range((number, 0)..(number, usize::MAX))
            .map(|(&(_, index), a)| (index, a))
    }

    /// Queue a proposal.
    pub fn propose(&mut self, who: usize, name: String, kind: ActorKind) -> Result<(), Refusal> {
        let p = &mut self.participants[who];
        if p.proposals >= self.caps.proposals_each {
            return Err(Refusal::TooMany);
        }
        p.proposals += 1;
        let number = p.number;
        self.tell(RoomEvent::Proposed(Proposal { number, name, kind }));
        Ok(())
    }

    /// A participant leaves: their answers stay in the round.
    pub fn leave(&mut self, who: usize) {
        let number = self.participants[who].number;
        self.tell(RoomEvent::Left { number });
    }

    /// The facilitator removes a participant: refused from now on, their answers dropped.
    /// Whether there was such a participant.
    pub fn remove(&mut self, number: u32) -> bool {
        let Some(p) = self
            .participants
            .iter_mut()
            .find(|p| p.number == number && !p.removed)
        else {
            return false;
        };
        p.removed = true;
        self.answers.retain(|&(n, _), _| n != number);
        true
    }

    /// The round as it stands: every answer of everyone not removed.
    pub fn round(&self) -> PlacementRound {
        PlacementRound {
            id: self.round_id.clone(),
            opened: self.opened_utc.clone(),
            place_on: self.place_on,
            actors: self.actors.iter().map(|a| a.id.clone()).collect(),
            participants: u32::try_from(self.participants.len()).unwrap_or(u32::MAX),
            answers: self.answers.values().cloned().collect(),
        }
    }
}
