//! `powermap room`: the room without a window. It prints what the projector would show,
//! then each join and the answer counts as they change (never the answers), and on Ctrl+C or
//! the time limit closes and writes the placement round into the session file.

use super::file_error;
use super::passphrase::load_keeping_lock;
use crate::model::{Edit, PlaceOn, Session};
use crate::room::{
    ActorChoice, Room, RoomEvent, RoomOptions, actors_to_place, default_listen, is_room_code,
};
use crate::storage::{UPDATE_WAIT, UpdateLock, load_file_with, save_file_with};
use crate::words::ui;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Which actors the room places.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ActorsArg {
    /// Every actor of the session.
    #[value(help = ui().get("cli-room-actors-all"))]
    All,
    /// Those not placed yet: in the parking lot (for the map) or without a slice (for the
    /// spectrum).
    #[value(help = ui().get("cli-room-actors-unplaced"))]
    Unplaced,
    /// Those marked uncertain.
    #[value(help = ui().get("cli-room-actors-uncertain"))]
    Uncertain,
}

/// Which views the actors are placed on, as the command line names them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OnArg {
    /// The power map: support x influence.
    #[value(help = ui().get("cli-room-on-map"))]
    Map,
    /// The spectrum of allies: a slice.
    #[value(help = ui().get("cli-room-on-spectrum"))]
    Spectrum,
    /// Both: a place and a slice.
    #[value(help = ui().get("cli-room-on-both"))]
    Both,
}

impl From<OnArg> for PlaceOn {
    fn from(on: OnArg) -> Self {
        match on {
            OnArg::Map => Self::Map,
            OnArg::Spectrum => Self::Spectrum,
            OnArg::Both => Self::Both,
        }
    }
}

/// The options of `powermap room`.
#[derive(Debug, Args)]
pub struct RoomArgs {
    /// The session whose actors the room places; the round is written into it.
    #[arg(help = ui().get("cli-room-file-help"))]
    pub file: PathBuf,
    /// The address and port to listen on (default: this computer's address on the local
    /// network, a port the system picks).
    #[arg(long, value_name = "ADDR:PORT", help = ui().get("cli-room-listen-help"))]
    pub listen: Option<SocketAddr>,
    /// The room code, six digits (default: drawn at random).
    #[arg(long, value_parser = parse_code, help = ui().get("cli-room-code-help"))]
    pub code: Option<String>,
    /// Close the room after this many seconds (default: at Ctrl+C).
    #[arg(long = "for", value_name = "SECONDS", help = ui().get("cli-room-for-help"))]
    pub for_seconds: Option<u64>,
    /// Which actors to place.
    #[arg(long, value_enum, default_value = "all", help = ui().get("cli-room-actors-help"))]
    pub actors: ActorsArg,
    /// Which views to place them on.
    #[arg(long, value_enum, default_value = "map", help = ui().get("cli-room-on-help"))]
    pub on: OnArg,
    /// Send codes (A1, A2, ...) instead of names; the key is printed here.
    #[arg(long, help = ui().get("cli-room-codes-help"))]
    pub codes: bool,
}

fn parse_code(text: &str) -> Result<String, String> {
    if is_room_code(text) {
        Ok(text.to_owned())
    } else {
        Err(ui().get("room-error-bad-code").to_owned())
    }
}

/// How often the room is looked at; Ctrl+C is answered within this.
const TICK: Duration = Duration::from_millis(100);

/// Run the room until Ctrl+C or the time limit, then write its round into the session.
/// Returns the last line to print, or the error line.
pub fn run_room(args: &RoomArgs) -> Result<String, String> {
    let (session, passphrase) =
        load_keeping_lock(&args.file).map_err(|e| file_error(&args.file, &e))?;
    let place_on = PlaceOn::from(args.on);
    let choice = match args.actors {
        ActorsArg::All => ActorChoice::All,
        ActorsArg::Unplaced => ActorChoice::Unplaced,
        ActorsArg::Uncertain => ActorChoice::Uncertain,
    };
    let chosen = actors_to_place(&session, &choice, place_on);
    let mut options = RoomOptions::new(args.listen.unwrap_or_else(default_listen));
    options.place_on = place_on;
    options.codes = args.codes;
    options.code.clone_from(&args.code);
    // Before the room opens: a handler that cannot be set must not leave a room running.
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))
        .map_err(|e| ui().with("cli-room-no-signal", &[("error", &e.to_string())]))?;
    let mut room = Room::open(&session, &chosen, &options).map_err(|e| e.message(ui()))?;
    let mut out = std::io::stdout().lock();
    print_invite(&mut out, &room);
    if args.codes {
        print_codes_key(&mut out, &room, &session);
    }
    let deadline = args
        .for_seconds
        .map(|s| Instant::now() + Duration::from_secs(s));
    let mut counts = room.answer_counts();
    while !stop.load(Ordering::SeqCst) && deadline.is_none_or(|d| Instant::now() < d) {
        std::thread::sleep(TICK);
        for event in room.poll() {
            print_event(&mut out, &event);
        }
        let now = room.answer_counts();
        if now != counts {
            print_counts(&mut out, &room, &now);
            counts = now;
        }
    }
    let round = room.close();
    if round.participants == 0 {
        return Ok(ui().with(
            "cli-room-closed-empty",
            &[("path", &args.file.display().to_string())],
        ));
    }
    let answers = round.answers.len();
    let participants = round.participants;
    keep_round(
        &args.file,
        passphrase.as_ref(),
        Edit::AddPlacementRound(round),
    )?;
    Ok(ui().with(
        "cli-room-closed",
        &[
            ("path", &args.file.display().to_string()),
            (
                "people",
                &ui().counted("cli-room-people", participants as usize),
            ),
            ("answers", &ui().counted("cli-room-answers", answers)),
        ],
    ))
}

/// Whether an actor still waits for a place on the views the room places on.
/// Write the round into the session as it is on disk now (it may have been saved meanwhile),
/// holding the file so that another writer waits, and locked as it was.
fn keep_round(
    path: &Path,
    passphrase: Option<&crate::storage::SecretString>,
    edit: Edit,
) -> Result<(), String> {
    let _held = UpdateLock::acquire(path, UPDATE_WAIT).map_err(|e| file_error(path, &e))?;
    let mut session: Session =
        load_file_with(path, passphrase).map_err(|e| file_error(path, &e))?;
    session.apply(edit);
    let saved = save_file_with(&session, path, passphrase).map_err(|e| file_error(path, &e))?;
    if let Some(warning) = saved.warning(path) {
        eprintln!("{warning}");
    }
    Ok(())
}

// A closed stdout (piped into `head`) must not stop the room from writing its round: lines
// that cannot be printed are dropped.

fn print_invite(out: &mut impl Write, room: &Room) {
    let invite = room.invite();
    let lines = [
        ui().with("cli-room-typed", &[("address", &invite.typed())]),
        ui().with("cli-room-scanned", &[("address", &invite.scanned())]),
        ui().with("cli-room-code", &[("code", &invite.code)]),
        ui().with(
            "cli-room-fingerprint",
            &[("fingerprint", &invite.fingerprint)],
        ),
    ];
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "{}", ui().get("cli-room-waiting"));
}

/// The key to the codes the phones show, to read aloud or project: each code and its actor.
fn print_codes_key(out: &mut impl Write, room: &Room, session: &Session) {
    let _ = writeln!(out, "{}", ui().get("cli-room-codes-key"));
    for actor in room.actors() {
        let name = session.actor(&actor.id).map_or("", |a| a.name.as_str());
        let _ = writeln!(out, "  {}  {name}", actor.label);
    }
}

fn print_event(out: &mut impl Write, event: &RoomEvent) {
    let line = match event {
        RoomEvent::Joined { number, nickname } if nickname.is_empty() => {
            ui().with("cli-room-joined", &[("number", &number.to_string())])
        }
        RoomEvent::Joined { number, nickname } => ui().with(
            "cli-room-joined-named",
            &[("number", &number.to_string()), ("nickname", nickname)],
        ),
        RoomEvent::Left { number } => {
            ui().with("cli-room-left", &[("number", &number.to_string())])
        }
        RoomEvent::Proposed(_) | RoomEvent::Answered { .. } => return,
    };
    let _ = writeln!(out, "{line}");
}

fn print_counts(out: &mut impl Write, room: &Room, counts: &[usize]) {
    let each: Vec<String> = room
        .actors()
        .iter()
        .zip(counts)
        .map(|(actor, count)| format!("{} {count}", actor.label))
        .collect();
    let line = ui().with("cli-room-counts", &[("counts", &each.join(", "))]);
    let _ = writeln!(out, "{line}");
}
