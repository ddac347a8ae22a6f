//! Laptops sharing a session over loopback, each a `Sharing` polled as the app polls it
//! (compiled for tests only: `#[cfg(test)]` in mod.rs).
//! Every wait here is bounded: it polls every few milliseconds and gives up after
//! [`PATIENCE`], failing the test.

use super::link::Closed;
use super::message::Message;
use super::sharing::{Notice, Person, Sharing, Standing};
use super::wire::{self, ShareKey};
use crate::model::{Actor, Edit, Position, Session, synthetic_session};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(15);
const PASSPHRASE: &str = "marigold harbour tin whistle";

/// One laptop: its share and the session its window would show.
struct Laptop {
    sharing: Sharing,
    session: Arc<Session>,
    /// What the share told this laptop's user so far.
    notices: Vec<Notice>,
}

impl Laptop {
    fn poll(&mut self) {
        if let Some(session) = self.sharing.poll(&self.session, false) {
            self.session = session;
        }
        self.notices.extend(self.sharing.take_notices());
    }

    fn edit(&mut self, edit: Edit) {
        let mut next = (*self.session).clone();
        assert!(next.apply(edit), "the test's edit changes the session");
        self.session = Arc::new(next);
    }

    fn actor_id(&self, index: usize) -> crate::model::ActorId {
        self.session.actors[index].id.clone()
    }
}

fn person(name: &str) -> Person {
    Person {
        name: name.to_owned(),
        colour: [10, 120, 200],
    }
}

fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().expect("address")
}

fn quiet() -> Arc<dyn Fn() + Send + Sync> {
    Arc::new(|| {})
}

fn sharer(actors: usize) -> Laptop {
    let session = Arc::new(synthetic_session(actors));
    let sharing =
        Sharing::share(&session, loopback(), PASSPHRASE, person("Sharer"), quiet()).expect("share");
    Laptop {
        sharing,
        session,
        notices: Vec::new(),
    }
}

fn joiner(sharer: &Laptop, name: &str, passphrase: &str) -> Laptop {
    Laptop {
        sharing: Sharing::join(sharer.sharing.address(), passphrase, person(name), quiet()),
        session: Arc::new(Session::default()),
        notices: Vec::new(),
    }
}

/// Poll every laptop until `done` holds; panics after [`PATIENCE`].
fn poll_until(laptops: &mut [&mut Laptop], what: &str, done: impl Fn(&[&mut Laptop]) -> bool) {
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        for laptop in laptops.iter_mut() {
            laptop.poll();
        }
        if done(laptops) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("waited {PATIENCE:?} for {what}");
}

fn all_equal(laptops: &[&mut Laptop]) -> bool {
    laptops.windows(2).all(|w| w[0].session == w[1].session)
}

/// A connection to `sharer` that knows the passphrase, spoken by hand (to send what no
/// laptop would).
fn by_hand(sharer: &Laptop) -> (TcpStream, wire::Sealed) {
    let mut stream = TcpStream::connect(sharer.sharing.address()).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let id = wire::read_share_id(&mut stream).expect("id");
    let sealed =
        wire::connect(&mut stream, &ShareKey::derive(PASSPHRASE, &id), &id).expect("handshake");
    (stream, sealed)
}

fn joined(laptop: &Laptop) -> bool {
    laptop.sharing.standing() == Standing::Joined
}

/// A sharer with a session of `actors` and Amina joined to it, in step.
fn joined_pair(actors: usize) -> (Laptop, Laptop) {
    let mut host = sharer(actors);
    let mut amina = joiner(&host, "Amina", PASSPHRASE);
    poll_until(&mut [&mut host, &mut amina], "the join", |l| {
        joined(l[1]) && all_equal(l)
    });
    (host, amina)
}

/// Cut Amina off the sharer; she works apart until she dials again.
fn cut_apart(host: &mut Laptop, amina: &mut Laptop) {
    amina.sharing.cut();
    poll_until(&mut [host, amina], "the cut", |l| {
        matches!(l[1].sharing.standing(), Standing::Apart(_))
    });
}

#[test]
fn three_laptops_editing_at_once_end_with_the_same_session() {
    let mut host = sharer(40);
    let mut amina = joiner(&host, "Amina", PASSPHRASE);
    let mut bo = joiner(&host, "Bo", PASSPHRASE);
    poll_until(&mut [&mut host, &mut amina, &mut bo], "both to join", |l| {
        joined(l[1]) && joined(l[2]) && all_equal(l)
    });
    assert_eq!(host.sharing.standing(), Standing::Sharing(2));

    let (first, second, third) = (host.actor_id(0), host.actor_id(1), host.actor_id(2));
    host.edit(Edit::MoveActors(vec![(
        first.clone(),
        Position::clamped(0.9, 0.9),
    )]));
    let mut renamed = amina.session.actor(&second).expect("actor").clone();
    renamed.name = "Ассоциация учителей".to_owned();
    amina.edit(Edit::UpdateActor(renamed));
    bo.edit(Edit::DeleteActors(vec![third.clone()]));
    bo.edit(Edit::AddActors(vec![Actor::new(
        "مجلس المدينة",
        Position::CENTER,
    )]));
    let count = synthetic_session(40).actors.len();
    poll_until(
        &mut [&mut host, &mut amina, &mut bo],
        "all three edits everywhere",
        |l| all_equal(l) && l[0].session.actors.len() == count,
    );
    let session = &host.session;
    assert_eq!(
        session.actor(&first).expect("moved").position,
        Position::clamped(0.9, 0.9)
    );
    assert_eq!(
        session.actor(&second).expect("renamed").name,
        "Ассоциация учителей"
    );
    assert!(session.actor(&third).is_none());
    assert!(session.actors.iter().any(|a| a.name == "مجلس المدينة"));
    crate::storage::validate(session).expect("a session a file can hold");
}

#[test]
fn selections_show_on_the_other_laptops_with_the_name_and_go_when_they_leave() {
    let mut host = sharer(10);
    let mut amina = joiner(&host, "Amina", PASSPHRASE);
    poll_until(&mut [&mut host, &mut amina], "the join", |l| joined(l[1]));
    let picked = vec![amina.actor_id(4)];
    amina.sharing.set_selection(&picked);
    poll_until(&mut [&mut host, &mut amina], "the selection", |l| {
        l[0].sharing
            .others()
            .any(|p| p.name == "Amina" && p.selection == picked)
    });
    drop(amina);
    poll_until(&mut [&mut host], "Amina to leave", |l| {
        l[0].sharing.others().next().is_none() && l[0].sharing.standing() == Standing::Sharing(0)
    });
}

#[test]
fn laptops_apart_keep_editing_and_merge_with_nothing_lost_when_they_meet() {
    let (mut host, mut amina) = joined_pair(30);
    cut_apart(&mut host, &mut amina);
    let (a, b) = (host.actor_id(0), host.actor_id(1));
    host.edit(Edit::MoveActors(vec![(
        a.clone(),
        Position::clamped(-0.7, 0.2),
    )]));
    amina.edit(Edit::MoveActors(vec![(
        b.clone(),
        Position::clamped(0.7, 0.8),
    )]));
    let added = Actor::new("Added while apart", Position::CENTER);
    amina.edit(Edit::AddActors(vec![added.clone()]));
    let count = synthetic_session(30).actors.len() + 1;
    poll_until(&mut [&mut host, &mut amina], "the heal", |l| {
        joined(l[1]) && all_equal(l) && l[0].session.actors.len() == count
    });
    assert_eq!(
        host.session.actor(&a).expect("a").position,
        Position::clamped(-0.7, 0.2)
    );
    assert_eq!(
        host.session.actor(&b).expect("b").position,
        Position::clamped(0.7, 0.8)
    );
    assert!(host.session.actor(&added.id).is_some());
}

#[test]
fn actors_both_sides_moved_while_apart_are_listed_on_both_when_they_meet() {
    let (mut host, mut amina) = joined_pair(12);
    cut_apart(&mut host, &mut amina);
    let (both, host_only, amina_only) = (host.actor_id(0), host.actor_id(1), host.actor_id(2));
    let (host_place, amina_place) = (Position::clamped(-0.8, 0.9), Position::clamped(0.8, 0.1));
    host.edit(Edit::MoveActors(vec![
        (both.clone(), host_place),
        (host_only, Position::clamped(0.2, 0.2)),
    ]));
    amina.edit(Edit::MoveActors(vec![
        (both.clone(), amina_place),
        (amina_only, Position::clamped(-0.2, 0.7)),
    ]));
    poll_until(&mut [&mut host, &mut amina], "the heal", |l| {
        joined(l[1])
            && all_equal(l)
            && l.iter().all(|laptop| {
                laptop
                    .notices
                    .iter()
                    .any(|n| matches!(n, Notice::PlacedApart(_)))
            })
    });
    for (laptop, mine, theirs) in [
        (&host, host_place, amina_place),
        (&amina, amina_place, host_place),
    ] {
        let listed: Vec<_> = laptop
            .notices
            .iter()
            .filter_map(|n| match n {
                Notice::PlacedApart(list) => Some(list),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(listed.len(), 1, "only the actor both moved: {listed:?}");
        assert_eq!(listed[0].here.id, both);
        assert_eq!(listed[0].here.position, mine);
        assert_eq!(listed[0].theirs.position, theirs);
    }
}

#[test]
fn a_drag_is_sent_a_few_times_a_second_and_ends_where_it_stopped_on_every_laptop() {
    let (mut host, mut amina) = joined_pair(10);
    let id = host.actor_id(4);
    let sent_before = host.sharing.bytes_sent();
    let mut one_frame = 0;
    let (mut held, frames) = (false, 60);
    for frame in 0..=frames {
        let place = Position::clamped(frame as f32 / frames as f32 - 0.5, 0.3);
        host.edit(Edit::MoveActors(vec![(id.clone(), place)]));
        let before = host.sharing.bytes_sent();
        if let Some(session) = host.sharing.poll(&host.session, true) {
            host.session = session;
        }
        if one_frame == 0 {
            one_frame = host.sharing.bytes_sent() - before;
        }
        held |= host.sharing.waiting_to_send().is_some();
        std::thread::sleep(Duration::from_millis(2));
    }
    let sent = host.sharing.bytes_sent() - sent_before;
    assert!(held, "some frames wait");
    assert!(
        sent < one_frame * 20,
        "{sent} bytes for 61 frames of about {one_frame} each"
    );
    // The drag ends (the button is let go): where it stopped reaches the other laptop.
    let last = Position::clamped(0.5, 0.3);
    poll_until(&mut [&mut host, &mut amina], "the drag's end", |l| {
        l[1].session.actor(&id).is_some_and(|a| a.position == last)
    });
    assert!(host.sharing.waiting_to_send().is_none());
}

#[test]
fn a_laptop_that_dies_mid_sync_leaves_the_others_in_step() {
    let mut host = sharer(200);
    let mut amina = joiner(&host, "Amina", PASSPHRASE);
    let mut bo = joiner(&host, "Bo", PASSPHRASE);
    poll_until(&mut [&mut host, &mut amina, &mut bo], "both to join", |l| {
        joined(l[1]) && joined(l[2])
    });
    for i in 0..50 {
        let id = bo.actor_id(i);
        bo.edit(Edit::MoveActors(vec![(
            id,
            Position::clamped(0.5, 0.01 * i as f32),
        )]));
        bo.poll();
    }
    drop(bo);
    for i in 50..60 {
        let id = amina.actor_id(i);
        amina.edit(Edit::MoveActors(vec![(id, Position::clamped(-0.5, 0.5))]));
    }
    poll_until(&mut [&mut host, &mut amina], "the two left to agree", |l| {
        all_equal(l) && l[0].sharing.standing() == Standing::Sharing(1)
    });
    let moved = host.actor_id(55);
    assert_eq!(
        host.session.actor(&moved).expect("actor").position,
        Position::clamped(-0.5, 0.5)
    );
}

#[test]
fn a_wrong_passphrase_is_refused_and_learns_nothing() {
    let mut host = sharer(10);
    let mut guess = joiner(&host, "Guess", "marigold harbour tin whistles");
    poll_until(&mut [&mut host, &mut guess], "the refusal", |l| {
        l[1].sharing.standing() == Standing::Refused(Closed::WrongPassphrase)
    });
    assert!(guess.sharing.session().is_none());
    assert_eq!(host.sharing.standing(), Standing::Sharing(0));
}

#[test]
fn a_joiner_nobody_answers_says_so_and_keeps_trying() {
    // A port just given up by a listener: nothing answers there.
    let address = std::net::TcpListener::bind(loopback())
        .and_then(|l| l.local_addr())
        .expect("a free port");
    let mut alone = Laptop {
        sharing: Sharing::join(address, PASSPHRASE, person("Alone"), quiet()),
        session: Arc::new(Session::default()),
        notices: Vec::new(),
    };
    poll_until(&mut [&mut alone], "the failed attempt", |l| {
        l[0].sharing.standing() == Standing::NotReached(Closed::Unreachable)
    });
    assert!(
        alone.sharing.waiting_to_redial().is_some(),
        "it dials again"
    );
}

#[test]
fn a_tampered_message_closes_that_connection_only() {
    let mut host = sharer(10);
    let mut amina = joiner(&host, "Amina", PASSPHRASE);
    poll_until(&mut [&mut host, &mut amina], "the join", |l| joined(l[1]));
    // A joiner that knows the passphrase, speaking by hand, then flipping a bit.
    let (mut stream, mut sealed) = by_hand(&host);
    let mut frames = sealed.seal(&Message::KeepAlive.encode()).expect("seal");
    let last = frames.len() - 1;
    frames[last] ^= 0x40;
    std::io::Write::write_all(&mut stream, &frames).expect("write");
    poll_until(
        &mut [&mut host, &mut amina],
        "the tampered connection to close",
        |l| l[0].sharing.connections().len() == 1,
    );
    let id = amina.actor_id(0);
    amina.edit(Edit::MoveActors(vec![(id, Position::clamped(0.3, 0.3))]));
    poll_until(
        &mut [&mut host, &mut amina],
        "the others to go on",
        all_equal,
    );
}

#[test]
fn an_authenticated_peer_sending_garbage_is_refused_without_harm() {
    let mut host = sharer(10);
    let before = Arc::clone(&host.session);
    let (mut stream, mut sealed) = by_hand(&host);
    let hello = Message::Hello(super::message::Hello {
        name: "Mallory".to_owned(),
        colour: [0; 3],
        version: Vec::new(),
    });
    for message in [hello, Message::Update(vec![0x6c; 5000])] {
        let frames = sealed.seal(&message.encode()).expect("seal");
        std::io::Write::write_all(&mut stream, &frames).expect("write");
    }
    poll_until(&mut [&mut host], "the refusal", |l| {
        l[0].notices.iter().any(|n| matches!(n, Notice::Refused(_)))
    });
    assert!(
        host.sharing.connections().is_empty(),
        "the connection is closed"
    );
    assert_eq!(host.session, before);
}

#[test]
fn a_peer_announcing_people_without_end_is_heard_for_a_few_only() {
    let mut host = sharer(10);
    let (mut stream, mut sealed) = by_hand(&host);
    let hello = Message::Hello(super::message::Hello {
        name: "Mallory".to_owned(),
        colour: [0; 3],
        version: Vec::new(),
    });
    let made_up = (0..200).map(|person| {
        Message::Presence(super::message::Presence {
            person,
            name: format!("Made up {person}"),
            colour: [0; 3],
            selection: Vec::new(),
            gone: false,
        })
    });
    for message in std::iter::once(hello).chain(made_up) {
        let frames = sealed.seal(&message.encode()).expect("seal");
        std::io::Write::write_all(&mut stream, &frames).expect("write");
    }
    poll_until(&mut [&mut host], "the people", |l| {
        l[0].sharing.others().count() > super::link::MAX_PEERS
    });
    // The rest arrive meanwhile; the list stays within the limit.
    for _ in 0..20 {
        host.poll();
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(host.sharing.others().count(), super::link::MAX_PEERS + 1);
}

#[test]
fn undo_over_the_network_takes_back_only_my_own_edit() {
    let (mut host, mut amina) = joined_pair(10);
    let (mine, theirs) = (host.actor_id(0), host.actor_id(1));
    let was = host.session.actor(&mine).expect("actor").position;
    host.edit(Edit::MoveActors(vec![(
        mine.clone(),
        Position::clamped(0.8, 0.8),
    )]));
    poll_until(&mut [&mut host, &mut amina], "my move", all_equal);
    amina.edit(Edit::MoveActors(vec![(
        theirs.clone(),
        Position::clamped(-0.8, 0.8),
    )]));
    poll_until(&mut [&mut host, &mut amina], "their move", all_equal);
    host.session = host.sharing.undo().expect("my move to undo");
    poll_until(
        &mut [&mut host, &mut amina],
        "the undo everywhere",
        all_equal,
    );
    assert_eq!(amina.session.actor(&mine).expect("actor").position, was);
    assert_eq!(
        amina.session.actor(&theirs).expect("actor").position,
        Position::clamped(-0.8, 0.8)
    );
}

#[test]
fn two_people_dragging_one_actor_end_in_one_place_and_are_told() {
    let (mut host, mut amina) = joined_pair(10);
    let id = host.actor_id(3);
    amina.sharing.set_selection(std::slice::from_ref(&id));
    host.edit(Edit::MoveActors(vec![(
        id.clone(),
        Position::clamped(0.6, 0.6),
    )]));
    amina.edit(Edit::MoveActors(vec![(
        id.clone(),
        Position::clamped(-0.6, 0.4),
    )]));
    // Both write their move before either hears of the other's.
    host.poll();
    amina.poll();
    poll_until(&mut [&mut host, &mut amina], "one place", all_equal);
    let notices: Vec<Notice> = [&host, &amina]
        .into_iter()
        .flat_map(|l| l.notices.clone())
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| matches!(n, Notice::MovedTogether { actor, .. } if *actor == id)),
        "the one whose move gave way is told: {notices:?}"
    );
}

#[test]
fn a_laptop_closed_while_apart_merges_its_saved_copy_when_it_joins_again() {
    let (mut host, amina) = joined_pair(20);
    // Amina saves (the history goes beside her file) and closes the app.
    let history = amina.sharing.snapshot().expect("the history");
    let mut file = (*amina.session).clone();
    drop(amina);
    // Apart: the sharer moves one actor; Amina, later, renames another in her file.
    let (moved, renamed) = (host.actor_id(1), host.actor_id(2));
    host.edit(Edit::MoveActors(vec![(
        moved.clone(),
        Position::clamped(0.4, 0.9),
    )]));
    let mut actor = file.actor(&renamed).expect("actor").clone();
    actor.name = "Renamed while apart".to_owned();
    assert!(file.apply(Edit::UpdateActor(actor)));
    // She opens her file again and joins with her copy.
    let mirror = super::mirror::Mirror::resume(&history, &file).expect("the history reads");
    let mut amina = Laptop {
        sharing: Sharing::join_with(
            Some(mirror),
            host.sharing.address(),
            PASSPHRASE,
            person("Amina"),
            quiet(),
        ),
        session: Arc::new(file),
        notices: Vec::new(),
    };
    poll_until(&mut [&mut host, &mut amina], "the merge", |l| {
        joined(l[1]) && all_equal(l)
    });
    for laptop in [&host, &amina] {
        let session = &laptop.session;
        assert_eq!(
            session.actor(&moved).expect("moved").position,
            Position::clamped(0.4, 0.9)
        );
        assert_eq!(
            session.actor(&renamed).expect("renamed").name,
            "Renamed while apart"
        );
    }
}
