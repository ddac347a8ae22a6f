//! The co-editing figures of BENCHMARKS.md ("Co-editing"), over loopback only.
//!
//! `cargo run --release --example share_bench` prints one JSON line per figure:
//! laptops converging (2, 5 and 20 of them, 100 moves each, on a 500-actor map), the bytes
//! one drag sends, the engine's memory and times for a 5,000-actor session, and the app's
//! drag frames on a 5,000-actor map while it is shared with a laptop that follows every
//! move. Every wait is bounded; a figure that does not converge in time fails the run.
//! `-- --only GROUP` runs one group (engine, drag, converge, frames).

#[path = "../benches/support/mod.rs"]
#[expect(
    dead_code,
    reason = "the bench uses the headless app and the drag, not the rest"
)]
mod support;

use powermap::app::{Command, ShareRequest};
use powermap::model::{Edit, Position, Session, synthetic_session};
use powermap::share::{Mirror, Person, Sharing, Standing};
use serde_json::json;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use support::{HeadlessApp, drag_step, start_drag};

/// The allocator the app uses (see `src/main.rs`), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PASSPHRASE: &str = "bench passphrase on loopback";
/// How long any wait may take before the run fails.
const PATIENCE: Duration = Duration::from_secs(120);

struct Laptop {
    sharing: Sharing,
    session: Arc<Session>,
}

impl Laptop {
    fn poll(&mut self) {
        if let Some(session) = self.sharing.poll(&self.session, false) {
            self.session = session;
        }
    }
}

fn person(n: usize) -> Person {
    Person {
        name: format!("Laptop {n}"),
        colour: [20, 20, 20],
    }
}

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

fn quiet() -> Arc<dyn Fn() + Send + Sync> {
    Arc::new(|| {})
}

fn poll_until(laptops: &mut [Laptop], done: impl Fn(&[Laptop]) -> bool) -> Result<(), String> {
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        for laptop in laptops.iter_mut() {
            laptop.poll();
        }
        if done(laptops) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    Err(format!("no convergence within {PATIENCE:?}"))
}

fn all_equal(laptops: &[Laptop]) -> bool {
    laptops.windows(2).all(|w| w[0].session == w[1].session)
}

/// `peers` laptops (the sharer and the others) make 100 moves each, in turns; the time from
/// the first move until every laptop shows the same session.
fn convergence(peers: usize) -> Result<serde_json::Value, String> {
    let session = Arc::new(synthetic_session(500));
    let sharer = Sharing::share(&session, loopback(), PASSPHRASE, person(0), quiet())
        .map_err(|e| e.to_string())?;
    let address = sharer.address();
    let mut laptops = vec![Laptop {
        sharing: sharer,
        session,
    }];
    for n in 1..peers {
        laptops.push(Laptop {
            sharing: Sharing::join(address, PASSPHRASE, person(n), quiet()),
            session: Arc::new(Session::default()),
        });
    }
    poll_until(&mut laptops, |l| {
        l[1..]
            .iter()
            .all(|l| l.sharing.standing() == Standing::Joined)
            && all_equal(l)
    })?;
    let start = Instant::now();
    for round in 0..100 {
        for (n, laptop) in laptops.iter_mut().enumerate() {
            let index = (n * 100 + round) % laptop.session.actors.len();
            let id = laptop.session.actors[index].id.clone();
            let place = Position::clamped(
                ((n + round) % 20) as f32 / 10.0 - 1.0,
                (round % 10) as f32 / 10.0,
            );
            let mut next = (*laptop.session).clone();
            next.apply(Edit::MoveActors(vec![(id, place)]));
            laptop.session = Arc::new(next);
            laptop.poll();
        }
    }
    let last_edit = Instant::now();
    poll_until(&mut laptops, all_equal)?;
    Ok(json!({
        "figure": "share_converge_ms",
        "peers": peers,
        "edits": peers * 100,
        "total_ms": round3(start.elapsed().as_secs_f64() * 1000.0),
        "after_last_edit_ms": round3(last_edit.elapsed().as_secs_f64() * 1000.0),
        "sharer_sent_kib": round3(laptops[0].sharing.bytes_sent() as f64 / 1024.0),
    }))
}

/// A 60-frame drag of one actor, written frame by frame as the app does: the update each
/// frame sends, and the time to write it and to read it on the other side.
fn drag_bytes(actors: usize) -> Result<serde_json::Value, String> {
    let mut host =
        Mirror::create(&Arc::new(synthetic_session(actors))).map_err(|e| e.to_string())?;
    let mut guest =
        Mirror::join(&host.snapshot().map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    let id = host.session().actors[actors / 2].id.clone();
    let (mut sizes, mut write_ms, mut read_ms) = (Vec::new(), Vec::new(), Vec::new());
    host.begin_step();
    for frame in 0..60 {
        let mut next = (**host.session()).clone();
        next.apply(Edit::MoveActors(vec![(
            id.clone(),
            Position::clamped(frame as f32 / 60.0, 0.5),
        )]));
        let next = Arc::new(next);
        let start = Instant::now();
        let update = host
            .record(&next)
            .map_err(|e| e.to_string())?
            .update
            .ok_or("no update")?;
        write_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        sizes.push(update.len() as f64);
        let start = Instant::now();
        guest.import(&update).map_err(|e| e.to_string())?;
        read_ms.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    host.end_step();
    if guest.session() != host.session() {
        return Err("the drag did not arrive".to_owned());
    }
    // Each message adds its tag, each frame its length, "more" byte and Noise's tag.
    let sealed: Vec<f64> = sizes.iter().map(|s| s + 1.0 + 2.0 + 1.0 + 16.0).collect();
    Ok(json!({
        "figure": "share_drag_frame",
        "actors": actors,
        "update_bytes_median": median(&sizes),
        "sent_bytes_median": median(&sealed),
        "sent_bytes_per_60_frame_drag": sealed.iter().sum::<f64>(),
        "write_ms_median": round3(median(&write_ms)),
        "read_ms_median": round3(median(&read_ms)),
    }))
}

/// Two laptops apart, each moving 100 actors of `actors` (20 of them the same, to different
/// places): the time one takes, on meeting again, to find the actors moved on both sides
/// (the two older versions read from the history), and how many it lists.
fn placed_apart(actors: usize) -> Result<serde_json::Value, String> {
    let mut host =
        Mirror::create(&Arc::new(synthetic_session(actors))).map_err(|e| e.to_string())?;
    let mut guest =
        Mirror::join(&host.snapshot().map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    let ids: Vec<_> = host.session().actors.iter().map(|a| a.id.clone()).collect();
    let move_all = |mirror: &mut Mirror, chosen: &[powermap::model::ActorId], support: f32| {
        let mut next = (**mirror.session()).clone();
        next.apply(Edit::MoveActors(
            chosen
                .iter()
                .map(|id| (id.clone(), Position::clamped(support, 0.9)))
                .collect(),
        ));
        mirror.record(&Arc::new(next)).map(|_| ())
    };
    move_all(&mut host, &ids[0..100], -0.9).map_err(|e| e.to_string())?;
    move_all(&mut guest, &ids[80..180], 0.9).map_err(|e| e.to_string())?;
    let before = Arc::clone(guest.session());
    let mine = guest.version();
    let theirs = host.version();
    let catch_up = host.updates_since(&mine).map_err(|e| e.to_string())?;
    guest.import(&catch_up).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let listed = guest.placed_apart(&before, &mine, &theirs);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    if listed.len() != 20 {
        return Err(format!(
            "listed {} actors, not the 20 moved on both sides",
            listed.len()
        ));
    }
    Ok(json!({
        "figure": "share_placed_apart",
        "actors": actors,
        "listed": listed.len(),
        "find_ms": round3(ms),
    }))
}

/// The engine's document for a 5,000-actor session: time to make it, the resident memory it
/// adds, its size, and a joiner's time to read it.
fn engine_memory(actors: usize) -> Result<serde_json::Value, String> {
    let session = Arc::new(synthetic_session(actors));
    let before = resident_mib();
    let start = Instant::now();
    let mirror = Mirror::create(&session).map_err(|e| e.to_string())?;
    let create_ms = start.elapsed().as_secs_f64() * 1000.0;
    let after = resident_mib();
    let snapshot = mirror.snapshot().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let joined = Mirror::join(&snapshot).map_err(|e| e.to_string())?;
    let join_ms = start.elapsed().as_secs_f64() * 1000.0;
    if joined.session() != mirror.session() {
        return Err("the joiner read another session".to_owned());
    }
    Ok(json!({
        "figure": "share_engine",
        "actors": actors,
        "share_start_ms": round3(create_ms),
        "join_read_ms": round3(join_ms),
        "document_mib": round3((after - before).max(0.0)),
        "snapshot_mib": round3(snapshot.len() as f64 / 1024.0 / 1024.0),
    }))
}

/// Drag frames of the app on a map of `actors`, shared with one laptop that follows every
/// move on another thread, against the same drag unshared.
fn frames_while_shared(actors: usize) -> Result<serde_json::Value, String> {
    let folder = std::env::temp_dir().join(format!("powermap-share-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
    let file = folder.join("map.json");
    powermap::storage::save_file(&synthetic_session(actors), &file).map_err(|e| e.to_string())?;
    let mut app = HeadlessApp::open(&file);
    app.show(Command::ShowPowerMap);
    app.settle(5);
    let alone = drag(&mut app);
    let request = ShareRequest {
        address: loopback(),
        passphrase: PASSPHRASE.to_owned(),
        me: person(0),
        with_my_copy: false,
        announce: powermap::app::Announce::Not,
    };
    app.app_mut().start_sharing(&request)?;
    app.frame();
    let address = app.app().share_address().ok_or("not shared")?;
    let stop = Arc::new(AtomicBool::new(false));
    let follower = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut laptop = Laptop {
                sharing: Sharing::join(address, PASSPHRASE, person(1), quiet()),
                session: Arc::new(Session::default()),
            };
            let start = Instant::now();
            while !stop.load(Ordering::Relaxed) && start.elapsed() < PATIENCE {
                laptop.poll();
                std::thread::sleep(Duration::from_micros(500));
            }
            laptop.session
        })
    };
    let start = Instant::now();
    while app.app().share_standing() != Some(Standing::Sharing(1)) {
        app.frame();
        if start.elapsed() > PATIENCE {
            return Err("the follower did not join".to_owned());
        }
    }
    let shared = drag(&mut app);
    // Let the last moves reach the follower, then compare.
    std::thread::sleep(Duration::from_millis(500));
    app.frame();
    std::thread::sleep(Duration::from_millis(500));
    stop.store(true, Ordering::Relaxed);
    let their_map = follower.join().map_err(|_| "the follower failed")?;
    let _ = std::fs::remove_dir_all(&folder);
    if *their_map != *app.app().session() {
        return Err("the follower's map differs".to_owned());
    }
    Ok(json!({
        "figure": "share_frame_power_drag_ms",
        "actors": actors,
        "alone_median": round3(median(&alone)),
        "alone_p95": round3(p95(&alone)),
        "shared_median": round3(median(&shared)),
        "shared_p95": round3(p95(&shared)),
    }))
}

fn drag(app: &mut HeadlessApp) -> Vec<f64> {
    let grab = app.grab_point_on_map();
    let mut pointer = start_drag(app, grab);
    let times = (0..120)
        .map(|step| {
            pointer = drag_step(pointer, step);
            app.move_to(pointer);
            let start = Instant::now();
            app.frame();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    app.release(pointer);
    app.settle(2);
    times
}

fn resident_mib() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0.0);
    pages * 4096.0 / 1024.0 / 1024.0
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(0.0)
}

fn p95(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = (sorted.len() * 95 / 100).min(sorted.len().saturating_sub(1));
    sorted.get(at).copied().unwrap_or(0.0)
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

fn main() -> ExitCode {
    type Figure<'a> = (&'a str, &'a dyn Fn() -> Result<serde_json::Value, String>);
    let figures: [Figure; 10] = [
        ("engine", &|| engine_memory(5_000)),
        ("apart", &|| placed_apart(500)),
        ("apart", &|| placed_apart(5_000)),
        ("drag", &|| drag_bytes(500)),
        ("drag", &|| drag_bytes(5_000)),
        ("converge", &|| convergence(2)),
        ("converge", &|| convergence(5)),
        ("converge", &|| convergence(20)),
        ("frames", &|| frames_while_shared(500)),
        ("frames", &|| frames_while_shared(5_000)),
    ];
    // `--only drag` (or engine, apart, converge, frames) runs one group, to profile it.
    let args: Vec<String> = std::env::args().collect();
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1));
    for (group, figure) in figures {
        if only.is_some_and(|only| only != group) {
            continue;
        }
        match figure() {
            Ok(line) => println!("{line}"),
            Err(error) => {
                eprintln!("share_bench: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
