//! The room's HTTP server on std's `TcpListener`: one thread accepts, a fixed number of
//! workers answer one request per connection each, and a bounded queue between them. When
//! the queue is full a connection is told "busy" at once; nothing grows with the load.

use super::api::{self, Shared};
use super::http::{self, HttpLimits, Request, Response};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Threads, queue and per-request limits of the server.
#[derive(Clone, Copy, Debug)]
pub struct ServerLimits {
    /// Worker threads answering requests.
    pub workers: usize,
    /// Connections accepted and waiting for a worker; more are refused as busy.
    pub queue: usize,
    /// Per request.
    pub http: HttpLimits,
}

impl Default for ServerLimits {
    fn default() -> Self {
        Self {
            workers: 8,
            queue: 128,
            http: HttpLimits::default(),
        }
    }
}

/// How long the accepting thread waits before trying again when accepting fails (the system
/// out of descriptors for a moment).
const ACCEPT_RETRY: Duration = Duration::from_millis(20);
/// How long closing waits for the accepting thread to let the address go.
const STOP_WAIT: Duration = Duration::from_secs(2);

/// A running server; dropping it stops it.
pub struct Server {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    accepting: Option<JoinHandle<()>>,
    stopped: Receiver<()>,
}

type Job = (TcpStream, IpAddr);

impl Server {
    /// Start serving the room on `listener` (already bound by the caller, on the one address
    /// the facilitator chose).
    pub fn start(
        listener: TcpListener,
        shared: &Arc<Shared>,
        words: &Arc<String>,
        limits: ServerLimits,
    ) -> std::io::Result<Self> {
        let address = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let (jobs, queue) = sync_channel::<Job>(limits.queue.max(1));
        let queue = Arc::new(Mutex::new(queue));
        // Workers are not joined: each ends by itself once the accepting thread has gone and
        // its request is answered, within the request's limits.
        for i in 0..limits.workers.max(1) {
            let queue = Arc::clone(&queue);
            let shared = Arc::clone(shared);
            let words = Arc::clone(words);
            std::thread::Builder::new()
                .name(format!("room worker {i}"))
                .spawn(move || work(&queue, &shared, &words, &limits.http))?;
        }
        let stopping = Arc::clone(&stop);
        let (done, stopped) = sync_channel(1);
        let accepting = std::thread::Builder::new()
            .name("room accept".to_owned())
            .spawn(move || {
                accept(&listener, &jobs, &stopping);
                drop(listener);
                let _ = done.send(());
            })?;
        Ok(Self {
            address,
            stop,
            accepting: Some(accepting),
            stopped,
        })
    }

    /// The address and port it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stop listening: the accepting thread, blocked in `accept`, is woken by a connection
    /// of our own, sees the flag and lets the address go. Waits for that (at most
    /// [`STOP_WAIT`]); the workers finish what they hold and end by themselves.
    pub fn stop(&mut self) {
        let Some(accepting) = self.accepting.take() else {
            return;
        };
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&wake_address(self.address), Duration::from_millis(500));
        if self.stopped.recv_timeout(STOP_WAIT).is_ok() {
            // A thread that panicked has nothing left to clean up.
            let _ = accepting.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn accept(listener: &TcpListener, jobs: &SyncSender<Job>, stop: &AtomicBool) {
    while !stop.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, peer)) => {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                // Small answers: send them as soon as they are written.
                let _ = stream.set_nodelay(true);
                match jobs.try_send((stream, peer.ip())) {
                    Ok(()) => {}
                    Err(TrySendError::Full((mut stream, _))) => busy(&mut stream),
                    Err(TrySendError::Disconnected(_)) => return,
                }
            }
            // A connection that failed between its arrival and its acceptance, or the system
            // out of descriptors for a moment: wait, then go on.
            Err(_) => std::thread::sleep(ACCEPT_RETRY),
        }
    }
}

/// Where to connect to wake the accepting thread: the address itself, or loopback when the
/// server listens on every interface.
fn wake_address(address: SocketAddr) -> SocketAddr {
    let ip = match address.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, address.port())
}

/// Tell a connection the room is busy, without waiting on it.
fn busy(stream: &mut TcpStream) {
    use std::io::{Read, Write};
    let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
    let _ = stream.write_all(super::http::BUSY_REPLY);
    let _ = stream.shutdown(std::net::Shutdown::Write);
    // Closing with the request still unread would reset the connection, and the client could
    // lose the answer: drop what has arrived, without waiting for more.
    if stream.set_nonblocking(true).is_ok() {
        let mut chunk = [0; 4096];
        for _ in 0..16 {
            if !matches!(stream.read(&mut chunk), Ok(n) if n > 0) {
                break;
            }
        }
    }
}

fn work(queue: &Mutex<Receiver<Job>>, shared: &Shared, words: &str, limits: &HttpLimits) {
    loop {
        // Waiting for work holds the queue's lock; the others wait on the lock instead.
        let job = queue.lock().unwrap_or_else(PoisonError::into_inner).recv();
        // The accepting thread has stopped: the room is closing.
        let Ok((mut stream, peer)) = job else {
            return;
        };
        // The request's time starts when a worker takes it: waiting in the queue behind slow
        // connections does not count against a phone.
        let started = Instant::now();
        let response = match http::read_request(&mut stream, limits, started) {
            Ok(request) => route(&request, peer, shared, words),
            Err(e) => match e.status() {
                Some(status) => Response::refusal(status, "request"),
                None => continue,
            },
        };
        http::write_response(&mut stream, &response, limits);
    }
}

/// The answer to one request.
fn route(request: &Request, peer: IpAddr, shared: &Shared, words: &str) -> Response {
    match (request.method.as_str(), request.path.as_str()) {
        ("POST", "/api") => api::handle(shared, peer, &request.body),
        // Browsers ask for an icon by themselves; the page has none.
        ("GET", "/favicon.ico") => Response::new(204, "text/plain", Vec::new()),
        ("GET", "/words.json") => {
            Response::new(200, "application/json; charset=utf-8", words.as_bytes())
        }
        ("GET", path) => match super::page::file(path) {
            Some((kind, text)) => Response::new(200, kind, text.as_bytes()),
            None => Response::refusal(404, "missing"),
        },
        _ => Response::refusal(405, "method"),
    }
}
