//! Sharing and joining in the app through `egui_kittest`: a share announced on the network is
//! listed in File > Join under what the sharer allowed, and choosing it fills in the address.
//! Everything runs on loopback, on an mDNS port of the test's own.

use crate::harness::{App, DESKTOP, command, example, start_with};
use egui_kittest::kittest::{NodeT, Queryable};
use powermap::app::{Announce, AppOptions, Command, ShareRequest};
use powermap::share::{Network, Person};
use powermap::words;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// Loopback only, on a UDP port free now: the test's announcements reach nobody else.
fn test_network() -> Network {
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").expect("a free port");
    Network {
        port: socket.local_addr().expect("its address").port(),
        loopback_only: true,
    }
}

fn app(network: Network) -> App {
    let options = AppOptions {
        discovery: network,
        ..AppOptions::headless(Some(example("river-cleanup.json")))
    };
    start_with(options, DESKTOP)
}

/// `app` shares its session on loopback, announced as `announce`; where it listens.
fn share(app: &mut App, name: &str, announce: Announce) -> SocketAddr {
    let request = ShareRequest {
        address: "127.0.0.1:0".parse().expect("address"),
        passphrase: "marigold harbour tin whistle".to_owned(),
        me: Person {
            name: name.to_owned(),
            colour: [10, 120, 200],
        },
        with_my_copy: false,
        announce,
    };
    app.state_mut()
        .start_sharing(&request)
        .expect("the share starts");
    app.state().share_address().expect("its address")
}

/// The list entry for a share called `name` at `address`.
fn entry(name: &str, address: SocketAddr) -> String {
    words::ui().with(
        "join-heard-share",
        &[("name", name), ("address", &address.to_string())],
    )
}

/// Draw frames of `app` until `done` holds; fails after 20 seconds.
fn frames_until(app: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        app.step();
        if done(app) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("waited 20 s for {what}");
}

#[test]
fn shares_announced_on_the_network_are_listed_in_join_as_their_sharers_allowed() {
    let network = test_network();
    let mut amina = app(network);
    let mut carol = app(network);
    let titled = share(&mut amina, "Amina", Announce::WithTitle);
    let untitled = share(&mut carol, "Carol", Announce::WithoutTitle);
    let title = amina.state().session().campaign.title.clone();
    assert!(!title.is_empty(), "the example has a title to show");

    let mut bo = app(network);
    command(&mut bo, Command::JoinShare);
    let with_title = entry(&title, titled);
    frames_until(&mut bo, "both shares in the list", |bo| {
        bo.query_by_label(&with_title).is_some()
            && bo
                .query_all_by_label_contains(&format!("— {untitled}"))
                .next()
                .is_some()
    });
    // Carol's share shows a code, never her session's title.
    let hidden = bo
        .get_by_label_contains(&format!("— {untitled}"))
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(hidden.starts_with("powermap ("), "{hidden}");
    assert!(!hidden.contains(&title), "{hidden}");

    // The dialog grew with the list and is centred again on the next frame: click after.
    bo.step();
    bo.get_by_label(&with_title).click();
    bo.step();
    bo.step();
    assert_eq!(
        bo.get_by_label(words::ui().get("join-address")).value(),
        Some(titled.to_string()),
        "choosing the share fills in its address"
    );

    // An announcement ends with its share.
    amina.state_mut().stop_sharing();
    frames_until(&mut bo, "the stopped share to leave the list", |bo| {
        bo.query_by_label(&with_title).is_none()
    });
}

#[test]
fn a_share_not_announced_is_not_listed() {
    let network = test_network();
    let mut amina = app(network);
    let quiet = share(&mut amina, "Amina", Announce::Not);
    let mut bo = app(network);
    command(&mut bo, Command::JoinShare);
    // Long enough for an announcement on loopback to arrive (under 2 s in the test above).
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(3) {
        bo.step();
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        bo.query_all_by_label_contains(&format!("— {quiet}"))
            .next()
            .is_none()
    );
}
