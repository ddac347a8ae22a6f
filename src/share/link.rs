//! Connections between laptops: the sharer's listener, the joiner's dialling, and for each
//! connection a reading and a writing thread that the app talks to through channels.
//!
//! Every thread here ends by itself: reads and waits time out every [`TICK`] to look at the
//! stop flag, a connection that hears nothing for [`SILENCE`] is closed, a handshake that
//! hears nothing for [`HANDSHAKE_TIME`] ends, and the listener takes at most [`MAX_PEERS`]
//! connections (so a handshake dribbling bytes holds one slot, not the app).

use super::message::Message;
use super::wire::{self, SHARE_ID_LEN, Sealed, ShareKey, WireError};
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

/// How often blocked threads look at their stop flag.
const TICK: Duration = Duration::from_millis(100);
/// A connection quiet this long is taken as gone (a laptop closed without a goodbye).
const SILENCE: Duration = Duration::from_secs(15);
/// How often a quiet connection says it is still there.
const KEEPALIVE: Duration = Duration::from_secs(4);
/// How long a handshake waits for the other side's next bytes (and a joiner to reach the
/// sharer).
const HANDSHAKE_TIME: Duration = Duration::from_secs(5);
/// How many messages may wait for a slow connection before it is closed.
const QUEUE: usize = 4096;
/// The most connections a sharer keeps open at once.
pub const MAX_PEERS: usize = 32;

/// Which connection an event is about: numbered by the app's side in the order they began.
pub type LinkId = u64;

/// Why a connection ended or never began, for the app to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closed {
    /// The other side closed it, or the network went away.
    Left,
    /// The other side could not be reached.
    Unreachable,
    /// The other side is something else than a powermap share.
    NotAShare,
    /// The handshake failed: the passphrases differ.
    WrongPassphrase,
    /// A message did not open (changed, replayed or reordered on the way), or made no sense.
    Tampered,
    /// A message was larger than allowed.
    TooLarge,
    /// Nothing was heard for too long.
    Silent,
    /// This side closed it (the share ended, or the peer was removed).
    Closed,
}

impl From<WireError> for Closed {
    fn from(error: WireError) -> Self {
        match error {
            WireError::Io(_) => Self::Left,
            WireError::NotAShare => Self::NotAShare,
            WireError::Handshake => Self::WrongPassphrase,
            WireError::Tampered => Self::Tampered,
            WireError::TooLarge => Self::TooLarge,
        }
    }
}

/// What the connections tell the app.
pub enum LinkEvent {
    /// A connection finished its handshake; the app keeps the handle to send through it.
    Opened(Link),
    /// A message came.
    Received(LinkId, Message),
    /// A connection ended (or a dialled one never opened).
    Closed(LinkId, Closed),
}

/// Where connections send their events, and how they wake the app up to read them.
#[derive(Clone)]
pub struct Events {
    sender: Sender<LinkEvent>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Events {
    /// A channel for connection events; `wake` is called after each (it asks for a frame).
    pub fn new(wake: Arc<dyn Fn() + Send + Sync>) -> (Self, Receiver<LinkEvent>) {
        let (sender, receiver) = mpsc::channel();
        (Self { sender, wake }, receiver)
    }

    fn send(&self, event: LinkEvent) {
        // The app's side may be gone (the share ended): then nobody needs the event.
        if self.sender.send(event).is_ok() {
            (self.wake)();
        }
    }
}

/// The app's handle on one open connection.
pub struct Link {
    /// Which connection this is.
    pub id: LinkId,
    /// The other side's address.
    pub address: SocketAddr,
    outgoing: SyncSender<Vec<u8>>,
    stop: Arc<AtomicBool>,
    stream: TcpStream,
}

impl Link {
    /// Queue a message; it is sealed and written by the connection's writer. A connection
    /// that has ended, or whose other side has not taken [`QUEUE`] messages, is closed
    /// (it catches up when it connects again): returns false then.
    pub fn send(&self, message: &Message) -> bool {
        if self.outgoing.try_send(message.encode()).is_ok() {
            return true;
        }
        self.close();
        false
    }

    /// Close the connection; its threads end within a tick.
    pub fn close(&self) {
        self.stop.store(true, Ordering::Relaxed);
        // The stream may already be closed; either way it is closed now.
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}

impl Drop for Link {
    /// Let the writer send what is queued, then close (a goodbye still reaches the other
    /// side); close at once if the queue is full.
    fn drop(&mut self) {
        if self.outgoing.try_send(Vec::new()).is_err() {
            self.close();
        }
    }
}

/// A sharer's listener: takes connections until stopped or dropped.
pub struct Listener {
    /// Where it listens.
    pub address: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Numbers connections for one app side; the listener and dialling share it.
#[derive(Clone, Default)]
pub struct LinkNumbers(Arc<AtomicUsize>);

impl LinkNumbers {
    fn next(&self) -> LinkId {
        self.0.fetch_add(1, Ordering::Relaxed) as LinkId + 1
    }
}

/// Listen on `address` for joiners who know the passphrase `key` was derived from.
pub fn listen(
    address: SocketAddr,
    key: ShareKey,
    share_id: [u8; SHARE_ID_LEN],
    events: Events,
    numbers: LinkNumbers,
) -> io::Result<Listener> {
    let listener = TcpListener::bind(address)?;
    listener.set_nonblocking(true)?;
    let address = listener.local_addr()?;
    let stop = Arc::new(AtomicBool::new(false));
    let open = Arc::new(AtomicUsize::new(0));
    let flag = Arc::clone(&stop);
    thread::Builder::new()
        .name("sharing: listen".to_owned())
        .spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, from)) if open.load(Ordering::Relaxed) < MAX_PEERS => {
                        let (key, events, open) = (key.clone(), events.clone(), Arc::clone(&open));
                        let id = numbers.next();
                        let flag = Arc::clone(&flag);
                        open.fetch_add(1, Ordering::Relaxed);
                        let _ = thread::Builder::new()
                            .name("sharing: accept".to_owned())
                            .spawn(move || {
                                let outcome =
                                    accept_one(stream, from, id, &key, &share_id, &events, &flag);
                                if let Err(why) = outcome {
                                    events.send(LinkEvent::Closed(id, why));
                                }
                                open.fetch_sub(1, Ordering::Relaxed);
                            });
                    }
                    // One too many: closed at once, unanswered.
                    Ok(_) => {}
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => thread::sleep(TICK / 2),
                    Err(_) => thread::sleep(TICK),
                }
            }
        })?;
    Ok(Listener { address, stop })
}

fn accept_one(
    mut stream: TcpStream,
    from: SocketAddr,
    id: LinkId,
    key: &ShareKey,
    share_id: &[u8; SHARE_ID_LEN],
    events: &Events,
    stop: &Arc<AtomicBool>,
) -> Result<(), Closed> {
    stream.set_nonblocking(false).map_err(|_| Closed::Left)?;
    stream
        .set_read_timeout(Some(HANDSHAKE_TIME))
        .map_err(|_| Closed::Left)?;
    let sealed = wire::accept(&mut stream, key, share_id)?;
    run(stream, from, id, sealed, events, stop);
    Ok(())
}

/// Dial a sharer at `address` with `passphrase`, on a thread of its own: the key is
/// derived there (it takes a tenth of a second). The outcome comes as an event.
pub fn dial(
    address: SocketAddr,
    passphrase: String,
    events: Events,
    numbers: &LinkNumbers,
) -> LinkId {
    let id = numbers.next();
    let _ = thread::Builder::new()
        .name("sharing: dial".to_owned())
        .spawn(move || {
            if let Err(why) = dial_one(address, &passphrase, id, &events) {
                events.send(LinkEvent::Closed(id, why));
            }
        });
    id
}

fn dial_one(
    address: SocketAddr,
    passphrase: &str,
    id: LinkId,
    events: &Events,
) -> Result<(), Closed> {
    let mut stream =
        TcpStream::connect_timeout(&address, HANDSHAKE_TIME).map_err(|_| Closed::Unreachable)?;
    stream
        .set_read_timeout(Some(HANDSHAKE_TIME))
        .map_err(|_| Closed::Left)?;
    let share_id = wire::read_share_id(&mut stream)?;
    let key = ShareKey::derive(passphrase, &share_id);
    let sealed = wire::connect(&mut stream, &key, &share_id)?;
    run(
        stream,
        address,
        id,
        sealed,
        events,
        &Arc::new(AtomicBool::new(false)),
    );
    Ok(())
}

/// Start a connection's writer, hand the app its link, and read on this thread until the
/// connection ends.
fn run(
    stream: TcpStream,
    address: SocketAddr,
    id: LinkId,
    sealed: Sealed,
    events: &Events,
    listener_stop: &Arc<AtomicBool>,
) {
    let sealed = Arc::new(Mutex::new(sealed));
    let stop = Arc::new(AtomicBool::new(false));
    let (outgoing, queue) = mpsc::sync_channel(QUEUE);
    let writable = stream.set_write_timeout(Some(SILENCE)).is_ok();
    let (true, Ok(writer), Ok(handle)) = (writable, stream.try_clone(), stream.try_clone()) else {
        events.send(LinkEvent::Closed(id, Closed::Left));
        return;
    };
    {
        let (sealed, stop) = (Arc::clone(&sealed), Arc::clone(&stop));
        let _ = thread::Builder::new()
            .name("sharing: write".to_owned())
            .spawn(move || write_loop(writer, &queue, &sealed, &stop));
    }
    events.send(LinkEvent::Opened(Link {
        id,
        address,
        outgoing,
        stop: Arc::clone(&stop),
        stream: handle,
    }));
    let why = read_loop(stream, id, &sealed, events, &stop, listener_stop);
    stop.store(true, Ordering::Relaxed);
    events.send(LinkEvent::Closed(id, why));
}

fn read_loop(
    mut stream: TcpStream,
    id: LinkId,
    sealed: &Mutex<Sealed>,
    events: &Events,
    stop: &AtomicBool,
    listener_stop: &AtomicBool,
) -> Closed {
    if stream.set_read_timeout(Some(TICK)).is_err() {
        return Closed::Left;
    }
    let stopped = || stop.load(Ordering::Relaxed) || listener_stop.load(Ordering::Relaxed);
    let mut heard = Instant::now();
    loop {
        let mut len = [0; 2];
        match read_full(&mut stream, &mut len, &stopped, &mut heard) {
            Ok(()) => {}
            Err(why) => return why,
        }
        let mut frame = vec![0; usize::from(u16::from_be_bytes(len))];
        if let Err(why) = read_full(&mut stream, &mut frame, &stopped, &mut heard) {
            return why;
        }
        let opened = sealed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .open(&frame);
        match opened {
            Ok(Some(bytes)) => match Message::decode(&bytes) {
                Some(Message::KeepAlive) => {}
                Some(message) => events.send(LinkEvent::Received(id, message)),
                None => return Closed::Tampered,
            },
            Ok(None) => {}
            Err(e) => return e.into(),
        }
    }
}

/// Fill `buffer`, looking at the stop flag and the silence between reads.
fn read_full(
    stream: &mut TcpStream,
    buffer: &mut [u8],
    stopped: &dyn Fn() -> bool,
    heard: &mut Instant,
) -> Result<(), Closed> {
    let mut filled = 0;
    while filled < buffer.len() {
        if stopped() {
            return Err(Closed::Closed);
        }
        match stream.read(&mut buffer[filled..]) {
            Ok(0) => return Err(Closed::Left),
            Ok(n) => {
                filled += n;
                *heard = Instant::now();
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                if heard.elapsed() > SILENCE {
                    return Err(Closed::Silent);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return Err(Closed::Left),
        }
    }
    Ok(())
}

fn write_loop(
    mut stream: TcpStream,
    queue: &Receiver<Vec<u8>>,
    sealed: &Mutex<Sealed>,
    stop: &AtomicBool,
) {
    let mut sent = Instant::now();
    let keepalive = Message::KeepAlive.encode();
    while !stop.load(Ordering::Relaxed) {
        let plain = match queue.recv_timeout(TICK) {
            // An empty message (no message is: each has its tag) asks to close.
            Ok(plain) if plain.is_empty() => break,
            Ok(plain) => plain,
            Err(RecvTimeoutError::Timeout) if sent.elapsed() > KEEPALIVE => keepalive.clone(),
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let frames = sealed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .seal(&plain);
        let written = frames.map(|frames| stream.write_all(&frames));
        if !matches!(written, Ok(Ok(()))) {
            break;
        }
        sent = Instant::now();
    }
    stop.store(true, Ordering::Relaxed);
    let _ = stream.shutdown(Shutdown::Both);
}
