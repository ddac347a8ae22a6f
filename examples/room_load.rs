//! The room under load, on loopback only: 60 phones at once place 30 actors each (a join,
//! the actors, one call per actor as a phone sends after each placement, then all 30 at once),
//! and the figures BENCHMARKS.md quotes: request times, the server's CPU time, answers kept.
//!
//! `cargo run --release --example room_load [PHONES] [ACTORS]`

#[path = "../tests/room/client.rs"]
#[expect(
    dead_code,
    reason = "the tests use more of the phone than the load does"
)]
mod client;

use client::Phone;
use powermap::model::{PlaceOn, synthetic_session};
use powermap::room::{Invite, Room, RoomOptions};
use serde_json::json;
use std::net::SocketAddr;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

/// The time on a CPU of this process's threads whose names start with `room ` (the server's),
/// from /proc's scheduler statistics (Linux, in nanoseconds); `None` elsewhere.
fn server_cpu() -> Option<Duration> {
    let mut nanos = 0u64;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let path = task.ok()?.path();
        let name = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        if !name.starts_with("room ") {
            continue;
        }
        let stat = std::fs::read_to_string(path.join("schedstat")).ok()?;
        nanos += stat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(Duration::from_nanos(nanos))
}

/// The value at `percent` of sorted times (nearest rank).
fn percentile(sorted: &[Duration], percent: usize) -> Duration {
    let i = (sorted.len().saturating_sub(1) * percent + 50) / 100;
    sorted.get(i).copied().unwrap_or_default()
}

/// Where phone `p` puts actor `i`: spread over the map, the same each run.
fn place(p: usize, i: usize) -> serde_json::Value {
    let s = ((p * 7 + i * 13) % 201) as f64 / 100.0 - 1.0;
    let f = ((p * 11 + i * 5) % 101) as f64 / 100.0;
    json!({"actor": i, "support": s, "influence": f, "slice": "neutral"})
}

/// One phone's run: join, the actors, one answer per actor, then all at once. The time of
/// each request, and how many were refused.
fn phone_run(
    p: usize,
    address: SocketAddr,
    invite: &Invite,
    actors: usize,
    go: &Barrier,
) -> (Vec<Duration>, usize) {
    let mut phone = Phone::new(address, invite, u32::try_from(p + 1).unwrap_or(0));
    let mut times = Vec::with_capacity(actors + 2);
    let mut failures = 0;
    let mut measure = |f: &mut dyn FnMut() -> std::io::Result<u16>| {
        let t = Instant::now();
        let ok = matches!(f(), Ok(200));
        times.push(t.elapsed());
        if !ok {
            failures += 1;
        }
    };
    go.wait();
    measure(&mut || phone.join(&invite.code).map(|(a, _)| a.status));
    measure(&mut || phone.call("actors", json!({})).map(|(a, _)| a.status));
    for i in 0..actors {
        measure(&mut || {
            phone
                .call("answers", json!({"answers": [place(p, i)]}))
                .map(|(a, _)| a.status)
        });
    }
    let all: Vec<_> = (0..actors).map(|i| place(p, i)).collect();
    measure(&mut || {
        phone
            .call("answers", json!({"answers": all}))
            .map(|(a, _)| a.status)
    });
    (times, failures)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let phones: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let actors: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(30);
    let session = synthetic_session(actors);
    let ids: Vec<_> = session
        .actors
        .iter()
        .filter(|a| !a.is_us)
        .map(|a| a.id.clone())
        .take(actors)
        .collect();
    let mut options = RoomOptions::new(SocketAddr::from(([127, 0, 0, 1], 0)));
    options.place_on = PlaceOn::Both;
    let mut room = Room::open(&session, &ids, &options).expect("the room opens on loopback");
    let invite = room.invite();
    let address = room.address();
    let cpu_before = server_cpu();
    let go = Arc::new(Barrier::new(phones));
    let started = Instant::now();
    let threads: Vec<_> = (0..phones)
        .map(|p| {
            let invite = invite.clone();
            let go = Arc::clone(&go);
            std::thread::spawn(move || phone_run(p, address, &invite, actors, &go))
        })
        .collect();
    let mut times = Vec::new();
    let mut failures = 0;
    for thread in threads {
        let (t, f) = thread.join().expect("a phone thread");
        times.extend(t);
        failures += f;
    }
    let wall = started.elapsed();
    let cpu = server_cpu()
        .zip(cpu_before)
        .map(|(after, before)| after.saturating_sub(before));
    room.poll();
    let counts = room.answer_counts();
    let reveal = room.reveal();
    times.sort();
    println!(
        "room load: {phones} phones x {actors} actors on loopback, {} requests in {:.2} s",
        times.len(),
        wall.as_secs_f64()
    );
    println!(
        "request time: p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&times, 50).as_secs_f64() * 1e3,
        percentile(&times, 95).as_secs_f64() * 1e3,
        percentile(&times, 99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    match cpu {
        Some(cpu) => println!(
            "server CPU time: {:.3} s ({:.0} % of one core over the run)",
            cpu.as_secs_f64(),
            cpu.as_secs_f64() / wall.as_secs_f64() * 100.0
        ),
        None => println!("server CPU time: not measured on this system"),
    }
    println!(
        "answers kept: {} of {} ({} refused requests); every actor answered by {} phones: {}",
        reveal.round.answers.len(),
        phones * actors,
        failures,
        phones,
        counts.iter().all(|&c| c == phones)
    );
    if failures > 0 || reveal.round.answers.len() != phones * actors {
        std::process::exit(1);
    }
}
