//! A share in progress, from this laptop's side: the engine's document, the connections,
//! and who else is there. The app calls [`Sharing::poll`] each frame with the session it
//! shows; the share writes the user's edits into the document, sends them, takes in the
//! others', and hands back the session when someone else changed it.
//!
//! The one who shares listens and passes every message on to the others (a star: the
//! joiners need not reach each other, only the sharer). A joiner that loses the sharer keeps
//! working and dials again every [`REDIAL`]; when it is back, each side sends what the other
//! lacks and the engine merges them.

use super::apart::PlacedApart;
use super::link::{self, Closed, Events, Link, LinkEvent, LinkId, LinkNumbers, Listener};
use super::message::{Hello, MAX_NAME, Message, Presence};
use super::mirror::Mirror;
use super::wire::{SHARE_ID_LEN, ShareKey};
use crate::model::{ActorId, Position, Session};
use rustc_hash::FxHashMap;
use std::net::SocketAddr;
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

/// How long a joiner waits before dialling a lost sharer again.
const REDIAL: Duration = Duration::from_secs(2);
/// While the user drags, the drag's moves are written and sent at most this often: the
/// others still see it glide, and the frames between skip comparing the whole session
/// (most of a millisecond on a 5,000-actor map).
const DRAG_SEND_EVERY: Duration = Duration::from_millis(33);
/// How many connection events one poll takes in; the rest wait for the next frame.
const EVENTS_PER_POLL: usize = 256;
/// How long after my own move a peer's move of the same actor counts as at the same time.
const SAME_TIME: Duration = Duration::from_secs(3);

/// The person at this laptop, as the others see them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// A name to show beside their selection.
    pub name: String,
    /// Their colour.
    pub colour: [u8; 3],
}

/// How the share stands, for the app to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Sharing, with this many others connected.
    Sharing(usize),
    /// Joining: reaching the sharer.
    Joining,
    /// Joining, but the sharer could not be reached yet: dialling again.
    NotReached(Closed),
    /// Joined and in step with the sharer.
    Joined,
    /// Joined before, the sharer is out of reach: editing alone, dialling again.
    Apart(Closed),
    /// Joining failed for good (wrong passphrase, not a share, removed by the sharer).
    Refused(Closed),
}

/// Something the user should be told.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Someone else moved an actor while this user was moving it; it ended where the later
    /// move put it, on every laptop.
    MovedTogether {
        /// The actor.
        actor: ActorId,
        /// Who else moved it, if their selection says.
        by: Option<String>,
        /// Where this user had put it.
        mine: Position,
        /// Where it is now.
        now: Position,
    },
    /// A peer sent something the engine could not read; its connection was closed.
    Refused(LinkId),
    /// Meeting again after being apart, this laptop and another had both moved these
    /// actors, to different places; each now stands where the later move put it.
    PlacedApart(Vec<PlacedApart>),
}

enum Role {
    Sharer {
        listener: Listener,
    },
    Joiner {
        address: SocketAddr,
        passphrase: String,
        /// The connection being dialled or open.
        link: Option<LinkId>,
        redial_at: Option<Instant>,
        /// Told by the sharer to leave, or refused: no more dialling.
        refused: Option<Closed>,
        /// Why the last connection ended, if one did.
        lost: Option<Closed>,
    },
}

struct Peer {
    link: Link,
    greeted: bool,
    /// The version the peer said hello with, until its catch-up (the first update after
    /// the hello) is taken in: what it edited while apart from this laptop is known then.
    hello_version: Option<Vec<u8>>,
}

/// The most people one connection can bring: the sharer and everyone it passes on (it keeps
/// at most [`link::MAX_PEERS`] connections). A laptop announcing more is making them up;
/// the others are not listed, so that it cannot grow this laptop's memory without end.
const PEOPLE_PER_LINK: usize = link::MAX_PEERS + 1;

/// This laptop's side of a share.
pub struct Sharing {
    role: Role,
    me: Person,
    person: u64,
    mirror: Option<Mirror>,
    peers: FxHashMap<LinkId, Peer>,
    /// Everyone else's selection, with the connection it came through.
    others: FxHashMap<u64, (LinkId, Presence)>,
    events: Events,
    inbox: Receiver<LinkEvent>,
    numbers: LinkNumbers,
    in_step: bool,
    /// When the drag under way was last written, and whether a frame of it waits to be.
    drag_written: Option<Instant>,
    drag_held: bool,
    selection: Vec<ActorId>,
    /// Actors this user moved lately, where, and when.
    my_moves: FxHashMap<ActorId, (Position, Instant)>,
    notices: Vec<Notice>,
    /// Engine bytes sent so far (updates only, before sealing), for the benchmarks.
    bytes_sent: usize,
    /// The session the app showed at the last poll.
    seen: Weak<Session>,
}

/// Why a share could not begin.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The address could not be listened on.
    #[error("{0}")]
    Listen(#[from] std::io::Error),
    /// The engine refused the session.
    #[error("{0}")]
    Engine(#[from] super::mirror::MirrorError),
}

impl Sharing {
    /// Share `session` on `address` (port 0: any free port) for those who know
    /// `passphrase`. `wake` is called from other threads when something arrives.
    pub fn share(
        session: &Arc<Session>,
        address: SocketAddr,
        passphrase: &str,
        me: Person,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Self, ShareError> {
        Self::share_from(Mirror::create(session)?, address, passphrase, me, wake)
    }

    /// Share a document that already has a history ([`Mirror::resume`]): laptops that
    /// kept the same history merge their copies when they join.
    pub fn share_from(
        mirror: Mirror,
        address: SocketAddr,
        passphrase: &str,
        me: Person,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Self, ShareError> {
        let mut share_id = [0; SHARE_ID_LEN];
        // Without the system's generator the id is still unique enough: it salts the key.
        let _ = getrandom::fill(&mut share_id);
        let key = ShareKey::derive(passphrase, &share_id);
        let (events, inbox) = Events::new(wake);
        let numbers = LinkNumbers::default();
        let listener = link::listen(address, key, share_id, events.clone(), numbers.clone())?;
        Ok(Self::with(
            Role::Sharer { listener },
            me,
            Some(mirror),
            events,
            inbox,
            numbers,
        ))
    }

    /// Join the share at `address` with `passphrase`. The session arrives with the first
    /// update: until then [`Sharing::poll`] returns nothing.
    pub fn join(
        address: SocketAddr,
        passphrase: &str,
        me: Person,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Self {
        Self::join_with(None, address, passphrase, me, wake)
    }

    /// Join with this laptop's own copy of the shared document (`mine`, from the history
    /// kept beside its file): the two sides send each other what the other lacks and merge.
    pub fn join_with(
        mine: Option<Mirror>,
        address: SocketAddr,
        passphrase: &str,
        me: Person,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Self {
        let (events, inbox) = Events::new(wake);
        let numbers = LinkNumbers::default();
        let link = link::dial(address, passphrase.to_owned(), events.clone(), &numbers);
        let role = Role::Joiner {
            address,
            passphrase: passphrase.to_owned(),
            link: Some(link),
            redial_at: None,
            refused: None,
            lost: None,
        };
        Self::with(role, me, mine, events, inbox, numbers)
    }

    fn with(
        role: Role,
        mut me: Person,
        mirror: Option<Mirror>,
        events: Events,
        inbox: Receiver<LinkEvent>,
        numbers: LinkNumbers,
    ) -> Self {
        me.name = me.name.chars().take(MAX_NAME).collect();
        let mut person = [0; 8];
        let _ = getrandom::fill(&mut person);
        Self {
            role,
            me,
            person: u64::from_le_bytes(person),
            mirror,
            peers: FxHashMap::default(),
            others: FxHashMap::default(),
            events,
            inbox,
            numbers,
            in_step: false,
            drag_written: None,
            drag_held: false,
            selection: Vec::new(),
            my_moves: FxHashMap::default(),
            notices: Vec::new(),
            bytes_sent: 0,
            seen: Weak::new(),
        }
    }

    /// Where the sharer listens (for the sharer), or dials (for a joiner).
    pub fn address(&self) -> SocketAddr {
        match &self.role {
            Role::Sharer { listener } => listener.address,
            Role::Joiner { address, .. } => *address,
        }
    }

    /// How the share stands.
    pub fn standing(&self) -> Standing {
        match &self.role {
            Role::Sharer { .. } => {
                Standing::Sharing(self.peers.values().filter(|p| p.greeted).count())
            }
            Role::Joiner {
                refused: Some(why), ..
            } => Standing::Refused(*why),
            Role::Joiner { lost, .. } if self.mirror.is_none() => {
                lost.map_or(Standing::Joining, Standing::NotReached)
            }
            Role::Joiner { link: Some(id), .. }
                if self.peers.get(id).is_some_and(|p| p.greeted) =>
            {
                Standing::Joined
            }
            Role::Joiner { lost, .. } => Standing::Apart(lost.unwrap_or(Closed::Left)),
        }
    }

    /// Whether this laptop is the one sharing.
    pub fn is_sharer(&self) -> bool {
        matches!(self.role, Role::Sharer { .. })
    }

    /// The session as the shared document holds it (`None` until a joiner has it).
    pub fn session(&self) -> Option<&Arc<Session>> {
        self.mirror.as_ref().map(Mirror::session)
    }

    /// The other people in the share, with their selections.
    pub fn others(&self) -> impl Iterator<Item = &Presence> {
        self.others.values().map(|(_, presence)| presence)
    }

    /// The connections open now: id and address (the sharer's list, to remove one).
    pub fn connections(&self) -> Vec<(LinkId, SocketAddr, Option<String>)> {
        let mut list: Vec<_> = self
            .peers
            .values()
            .map(|peer| {
                let name = self
                    .others
                    .values()
                    .find(|(link, _)| *link == peer.link.id)
                    .map(|(_, p)| p.name.clone());
                (peer.link.id, peer.link.address, name)
            })
            .collect();
        list.sort_by_key(|(id, ..)| *id);
        list
    }

    /// Engine bytes this laptop has sent so far.
    pub fn bytes_sent(&self) -> usize {
        self.bytes_sent
    }

    /// Records or fields from peers the engine could not read, so far.
    pub fn refused(&self) -> usize {
        self.mirror.as_ref().map_or(0, Mirror::refused)
    }

    /// Take the notices gathered since the last call.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    /// Tell the others which actors this user has selected (sent only when it changes).
    pub fn set_selection(&mut self, selection: &[ActorId]) {
        if self.selection != selection {
            self.selection = selection.to_vec();
            let presence = self.my_presence(false);
            self.broadcast(&Message::Presence(presence), None);
        }
    }

    /// Close a joiner's connection and tell them they were removed (the sharer only).
    pub fn remove(&mut self, id: LinkId) {
        if let Some(peer) = self.peers.remove(&id) {
            // Dropping the link lets its writer send this before it closes.
            peer.link.send(&Message::Removed);
        }
        self.forget_people_of(id);
    }

    /// Take in what arrived, and write and send the user's edits: `current` is the session
    /// the app shows, `merging` whether its last edit joins the one before (a drag under
    /// way: one undo step). Returns the session to show when others changed it.
    pub fn poll(&mut self, current: &Arc<Session>, merging: bool) -> Option<Arc<Session>> {
        // A drag frame may wait only while nothing arrives: what arrives is read into the
        // document's view, which must hold every local edit first.
        let first = self.inbox.try_recv().ok();
        let mut changed = self.record(current, merging, first.is_none());
        let events = first
            .into_iter()
            .chain(std::iter::from_fn(|| self.inbox.try_recv().ok()))
            .take(EVENTS_PER_POLL)
            .collect::<Vec<_>>();
        for event in events {
            if let Some(session) = self.take_in(event) {
                changed = Some(session);
            }
        }
        self.redial();
        if let Some(session) = &changed {
            self.notice_moved_together(session);
            self.seen = Arc::downgrade(session);
        }
        changed
    }

    /// Take back this user's last edit. Returns the session after it.
    pub fn undo(&mut self) -> Option<Arc<Session>> {
        let mirror = self.mirror.as_mut()?;
        mirror.end_step();
        self.in_step = false;
        let (session, update) = mirror.undo().ok()??;
        self.send_update(update, None);
        self.seen = Arc::downgrade(&session);
        Some(session)
    }

    /// Redo this user's last undone edit. Returns the session after it.
    pub fn redo(&mut self) -> Option<Arc<Session>> {
        let mirror = self.mirror.as_mut()?;
        let (session, update) = mirror.redo().ok()??;
        self.send_update(update, None);
        self.seen = Arc::downgrade(&session);
        Some(session)
    }

    /// Whether this user has an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.mirror.as_ref().is_some_and(Mirror::can_undo)
    }

    /// Whether this user has an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        self.mirror.as_ref().is_some_and(Mirror::can_redo)
    }

    /// The engine's whole document, to keep beside the file.
    pub fn snapshot(&self) -> Option<Vec<u8>> {
        self.mirror.as_ref().and_then(|m| m.snapshot().ok())
    }

    /// Write the user's edit, if `current` is one; the session to show instead of it when
    /// settling changed it. A drag's frame waits (`may_wait`) when one was written lately.
    fn record(
        &mut self,
        current: &Arc<Session>,
        merging: bool,
        may_wait: bool,
    ) -> Option<Arc<Session>> {
        let mirror = self.mirror.as_mut()?;
        if merging && !self.in_step {
            mirror.begin_step();
            self.in_step = true;
        }
        let mut settled = None;
        let held_back = may_wait
            && merging
            && self
                .drag_written
                .is_some_and(|at| at.elapsed() < DRAG_SEND_EVERY);
        // Held weakly, the session the app showed last time tells whether it changed
        // without keeping it alive (which would make the app copy it on its next edit).
        let changed = !Weak::ptr_eq(&self.seen, &Arc::downgrade(current));
        self.drag_held = changed && held_back;
        if changed && !held_back {
            if merging {
                self.drag_written = Some(Instant::now());
            }
            self.seen = Arc::downgrade(current);
            let moved = moved_since(mirror.session(), current);
            // An edit the engine refuses stays on this screen only; the next one that is
            // written carries it along (it is compared with the document's view).
            if let Ok(recorded) = mirror.record(current) {
                settled = recorded.settled;
                if let Some(update) = recorded.update {
                    self.remember_moves(moved);
                    self.send_update(update, None);
                }
            }
        }
        if !merging {
            self.drag_written = None;
        }
        if !merging && self.in_step {
            if let Some(mirror) = self.mirror.as_mut() {
                mirror.end_step();
            }
            self.in_step = false;
        }
        settled
    }

    fn remember_moves(&mut self, moved: Vec<(ActorId, Position)>) {
        let now_at = Instant::now();
        self.my_moves
            .retain(|_, (_, when)| now_at.duration_since(*when) < SAME_TIME);
        for (id, place) in moved {
            self.my_moves.insert(id, (place, now_at));
        }
    }

    fn notice_moved_together(&mut self, session: &Session) {
        let now_at = Instant::now();
        let mut noticed = Vec::new();
        for (id, (mine, when)) in &self.my_moves {
            if now_at.duration_since(*when) >= SAME_TIME {
                continue;
            }
            let Some(actor) = session.actor(id) else {
                continue;
            };
            if actor.position != *mine {
                let by = self
                    .others
                    .values()
                    .find(|(_, p)| p.selection.contains(id))
                    .map(|(_, p)| p.name.clone());
                noticed.push(Notice::MovedTogether {
                    actor: id.clone(),
                    by,
                    mine: *mine,
                    now: actor.position,
                });
            }
        }
        for notice in noticed {
            if let Notice::MovedTogether { actor, .. } = &notice {
                self.my_moves.remove(actor);
            }
            self.notices.push(notice);
        }
    }

    fn send_update(&mut self, update: Vec<u8>, except: Option<LinkId>) {
        self.bytes_sent += update.len() * self.peers.values().filter(|p| p.greeted).count();
        self.broadcast(&Message::Update(update), except);
    }

    /// Send to every greeted peer but `except`.
    fn broadcast(&self, message: &Message, except: Option<LinkId>) {
        for (id, peer) in &self.peers {
            if peer.greeted && Some(*id) != except {
                peer.link.send(message);
            }
        }
    }

    fn my_presence(&self, gone: bool) -> Presence {
        Presence {
            person: self.person,
            name: self.me.name.clone(),
            colour: self.me.colour,
            selection: self.selection.clone(),
            gone,
        }
    }

    fn take_in(&mut self, event: LinkEvent) -> Option<Arc<Session>> {
        match event {
            LinkEvent::Opened(link) => {
                let version = self
                    .mirror
                    .as_ref()
                    .map(Mirror::version)
                    .unwrap_or_default();
                link.send(&Message::Hello(Hello {
                    name: self.me.name.clone(),
                    colour: self.me.colour,
                    version,
                }));
                let stale = matches!(&self.role, Role::Joiner { link: Some(current), .. } if *current != link.id);
                if stale {
                    link.close();
                } else {
                    self.peers.insert(
                        link.id,
                        Peer {
                            link,
                            greeted: false,
                            hello_version: None,
                        },
                    );
                }
                None
            }
            LinkEvent::Received(id, message) => self.received(id, message),
            LinkEvent::Closed(id, why) => {
                self.closed(id, why);
                None
            }
        }
    }

    fn received(&mut self, id: LinkId, message: Message) -> Option<Arc<Session>> {
        if !self.peers.contains_key(&id) {
            return None;
        }
        match message {
            Message::Hello(hello) => {
                self.greet(id, &hello);
                None
            }
            Message::Update(bytes) => self.take_update(id, &bytes),
            Message::Presence(presence) => {
                if presence.person == self.person {
                    return None;
                }
                if self.is_sharer() {
                    self.broadcast(&Message::Presence(presence.clone()), Some(id));
                }
                if presence.gone {
                    self.others.remove(&presence.person);
                } else if self.others.contains_key(&presence.person)
                    || self.others.values().filter(|(link, _)| *link == id).count()
                        < PEOPLE_PER_LINK
                {
                    self.others.insert(presence.person, (id, presence));
                }
                None
            }
            Message::Removed => {
                if let Role::Joiner { refused, .. } = &mut self.role {
                    *refused = Some(Closed::Closed);
                }
                None
            }
            Message::KeepAlive => None,
        }
    }

    /// Answer a peer's hello: what it lacks of the document, and who is here.
    fn greet(&mut self, id: LinkId, hello: &Hello) {
        let mut replies = Vec::new();
        if let Some(mirror) = &self.mirror
            && let Ok(update) = mirror.updates_since(&hello.version)
        {
            replies.push(Message::Update(update));
        }
        replies.push(Message::Presence(self.my_presence(false)));
        if self.is_sharer() {
            replies.extend(
                self.others
                    .values()
                    .map(|(_, p)| Message::Presence(p.clone())),
            );
        }
        if let Some(peer) = self.peers.get_mut(&id) {
            peer.greeted = true;
            peer.hello_version = Some(hello.version.clone());
            for reply in &replies {
                peer.link.send(reply);
            }
        }
    }

    fn take_update(&mut self, id: LinkId, bytes: &[u8]) -> Option<Arc<Session>> {
        // The peer's catch-up: this laptop's side as it stood before it, to compare.
        let catching_up = self
            .peers
            .get_mut(&id)
            .and_then(|peer| peer.hello_version.take())
            .zip(
                self.mirror
                    .as_ref()
                    .map(|m| (Arc::clone(m.session()), m.version())),
            );
        let outcome = match self.mirror.as_mut() {
            Some(mirror) => mirror.import(bytes).map(|changed| (changed, None)),
            None => Mirror::join(bytes).map(|mirror| {
                let session = Arc::clone(mirror.session());
                (Some(session), Some(mirror))
            }),
        };
        let Ok((changed, joined)) = outcome else {
            if let Some(peer) = self.peers.remove(&id) {
                peer.link.close();
            }
            self.notices.push(Notice::Refused(id));
            return None;
        };
        if let Some(mirror) = joined {
            self.mirror = Some(mirror);
        }
        if let (Some((theirs, (before, mine))), Some(mirror)) = (catching_up, &self.mirror) {
            let apart = mirror.placed_apart(&before, &mine, &theirs);
            if !apart.is_empty() {
                self.notices.push(Notice::PlacedApart(apart));
            }
        }
        if self.is_sharer() {
            self.send_update(bytes.to_vec(), Some(id));
        }
        changed
    }

    fn closed(&mut self, id: LinkId, why: Closed) {
        self.peers.remove(&id);
        self.forget_people_of(id);
        if let Role::Joiner {
            link,
            redial_at,
            refused,
            lost,
            ..
        } = &mut self.role
            && *link == Some(id)
        {
            *link = None;
            *lost = Some(why);
            let for_good = matches!(why, Closed::WrongPassphrase | Closed::NotAShare);
            if for_good && self.mirror.is_none() {
                *refused = Some(why);
            } else {
                *redial_at = Some(Instant::now() + REDIAL);
            }
        }
    }

    fn forget_people_of(&mut self, id: LinkId) {
        let gone: Vec<Presence> = self
            .others
            .values()
            .filter(|(link, _)| *link == id)
            .map(|(_, p)| Presence {
                gone: true,
                ..p.clone()
            })
            .collect();
        for presence in gone {
            self.others.remove(&presence.person);
            if self.is_sharer() {
                self.broadcast(&Message::Presence(presence), None);
            }
        }
    }

    fn redial(&mut self) {
        let Role::Joiner {
            address,
            passphrase,
            link,
            redial_at,
            refused: None,
            ..
        } = &mut self.role
        else {
            return;
        };
        if link.is_none() && redial_at.is_some_and(|at| Instant::now() >= at) {
            *redial_at = None;
            *link = Some(link::dial(
                *address,
                passphrase.clone(),
                self.events.clone(),
                &self.numbers,
            ));
        }
    }

    /// Close every connection as a network failure would (tests of laptops apart).
    #[cfg(test)]
    pub(super) fn cut(&mut self) {
        for peer in self.peers.values() {
            peer.link.close();
        }
    }

    /// How long until a held-back frame of the drag under way is due to be written and sent
    /// (the app asks for a frame then, so a drag that stops is sent where it stopped).
    pub fn waiting_to_send(&self) -> Option<Duration> {
        self.drag_held.then(|| {
            self.drag_written.map_or(Duration::ZERO, |at| {
                DRAG_SEND_EVERY.saturating_sub(at.elapsed())
            })
        })
    }

    /// Whether a joiner is waiting to dial again (the app asks for a frame then).
    pub fn waiting_to_redial(&self) -> Option<Duration> {
        match &self.role {
            Role::Joiner {
                redial_at: Some(at),
                refused: None,
                ..
            } => Some(at.saturating_duration_since(Instant::now())),
            _ => None,
        }
    }
}

impl Drop for Sharing {
    fn drop(&mut self) {
        let goodbye = Message::Presence(self.my_presence(true));
        self.broadcast(&goodbye, None);
    }
}

/// The actors that stand elsewhere in `now` than in `before`, where they stand now (when
/// the actors are the same ones in the same order, as during a drag).
fn moved_since(before: &Session, now: &Session) -> Vec<(ActorId, Position)> {
    if before.actors.len() != now.actors.len() {
        return Vec::new();
    }
    before
        .actors
        .iter()
        .zip(&now.actors)
        .filter(|(old, new)| old.id == new.id && old.position != new.position)
        .map(|(_, new)| (new.id.clone(), new.position))
        .collect()
}
