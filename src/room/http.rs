//! One HTTP/1.1 exchange per connection, within limits: the head and body are read up to a
//! size and a deadline, parsed by httparse, and the answer closes the connection.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// How much one request may hold and take.
#[derive(Clone, Copy, Debug)]
pub struct HttpLimits {
    /// Bytes of the request line and headers.
    pub head_bytes: usize,
    /// Bytes of the body.
    pub body_bytes: usize,
    /// Time to receive the whole request, from the connection's acceptance.
    pub read_time: Duration,
    /// Time to send the answer.
    pub write_time: Duration,
}

impl Default for HttpLimits {
    fn default() -> Self {
        Self {
            head_bytes: 8 * 1024,
            body_bytes: 64 * 1024,
            read_time: Duration::from_secs(5),
            write_time: Duration::from_secs(5),
        }
    }
}

/// Headers one request may carry.
const MAX_HEADERS: usize = 32;

/// A request as the room reads it.
#[derive(Debug)]
pub struct Request {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path, without any query.
    pub path: String,
    /// The body (empty without `Content-Length`).
    pub body: Vec<u8>,
}

/// Why a request could not be read; each has its refusal.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the limits: 413 (body) or 431 (head).
    TooLarge {
        /// Whether the head (not the body) was too large.
        head: bool,
    },
    /// Not HTTP/1.x as the room speaks it: 400.
    Malformed,
    /// Not all there before the deadline: 408.
    TimedOut,
    /// The client closed the connection before a whole request: no answer.
    Closed,
}

impl ReadError {
    /// The status that answers it, if any.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::TooLarge { head: true } => Some(431),
            Self::TooLarge { head: false } => Some(413),
            Self::Malformed => Some(400),
            Self::TimedOut => Some(408),
            Self::Closed => None,
        }
    }
}

/// Read more bytes into `buf`, waiting at most until `deadline`.
fn read_some(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    deadline: Instant,
) -> Result<(), ReadError> {
    let left = deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
        .ok_or(ReadError::TimedOut)?;
    stream
        .set_read_timeout(Some(left))
        .map_err(|_| ReadError::Closed)?;
    let mut chunk = [0; 4096];
    match stream.read(&mut chunk) {
        Ok(0) => Err(ReadError::Closed),
        Ok(n) => {
            buf.extend_from_slice(&chunk[..n]);
            Ok(())
        }
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) =>
        {
            Err(ReadError::TimedOut)
        }
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Ok(()),
        Err(_) => Err(ReadError::Closed),
    }
}

/// Read one request: the head up to `head_bytes`, the body up to `body_bytes` (only with a
/// `Content-Length`: chunked bodies are refused), all before `started + read_time`.
pub fn read_request(
    stream: &mut TcpStream,
    limits: &HttpLimits,
    started: Instant,
) -> Result<Request, ReadError> {
    let deadline = started + limits.read_time;
    let mut buf = Vec::with_capacity(1024);
    loop {
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut parsed = httparse::Request::new(&mut headers);
        match parsed.parse(&buf) {
            Ok(httparse::Status::Complete(head_len)) => {
                let request = head_of(&parsed, limits)?;
                let (method, path, length) = request;
                let mut body = buf.split_off(head_len);
                if body.len() > length {
                    // A second request behind the first: the room answers one per connection.
                    body.truncate(length);
                }
                while body.len() < length {
                    read_some(stream, &mut body, deadline)?;
                    if body.len() > length {
                        body.truncate(length);
                    }
                }
                return Ok(Request { method, path, body });
            }
            Ok(httparse::Status::Partial) => {
                if buf.len() >= limits.head_bytes {
                    return Err(ReadError::TooLarge { head: true });
                }
                read_some(stream, &mut buf, deadline)?;
            }
            Err(httparse::Error::TooManyHeaders) => return Err(ReadError::TooLarge { head: true }),
            Err(_) => return Err(ReadError::Malformed),
        }
    }
}

/// The method, path and body length of a parsed head.
fn head_of(
    parsed: &httparse::Request<'_, '_>,
    limits: &HttpLimits,
) -> Result<(String, String, usize), ReadError> {
    let (Some(method), Some(target)) = (parsed.method, parsed.path) else {
        return Err(ReadError::Malformed);
    };
    let mut length = 0;
    let mut lengths = 0;
    for header in parsed.headers.iter() {
        if header.name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(ReadError::Malformed);
        }
        if header.name.eq_ignore_ascii_case("content-length") {
            lengths += 1;
            let text = std::str::from_utf8(header.value).map_err(|_| ReadError::Malformed)?;
            let text = text.trim();
            if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ReadError::Malformed);
            }
            length = text
                .parse::<usize>()
                .map_err(|_| ReadError::TooLarge { head: false })?;
        }
    }
    if lengths > 1 {
        return Err(ReadError::Malformed);
    }
    if length > limits.body_bytes {
        return Err(ReadError::TooLarge { head: false });
    }
    let path = target
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned();
    Ok((method.to_owned(), path, length))
}

/// An answer to send.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// The body.
    pub body: Vec<u8>,
}

impl Response {
    /// An answer with this status and body.
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type,
            body: body.into(),
        }
    }

    /// A refusal that says why in one word the page knows (`{"error":"locked"}`).
    pub fn refusal(status: u16, reason: &str) -> Self {
        Self::new(
            status,
            "application/json",
            format!("{{\"error\":\"{reason}\"}}"),
        )
    }
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

/// What every answer says besides its body: nothing is cached, nothing is loaded from
/// elsewhere, the page cannot be framed, nothing is sniffed, and the connection closes.
pub const SECURITY_HEADERS: &str = "Content-Security-Policy: default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; \
frame-ancestors 'none'\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
Cache-Control: no-store\r\nX-Frame-Options: DENY\r\nCross-Origin-Resource-Policy: same-origin\r\n";

/// Send the answer and close the connection; whatever the client still sends is read and
/// dropped for a moment first, so that it sees the answer rather than a reset.
pub fn write_response(stream: &mut TcpStream, response: &Response, limits: &HttpLimits) {
    let head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n{SECURITY_HEADERS}Connection: close\r\n\r\n",
        response.status,
        reason_phrase(response.status),
        response.content_type,
        response.body.len()
    );
    if stream.set_write_timeout(Some(limits.write_time)).is_err() {
        return;
    }
    let sent = stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(&response.body))
        .and_then(|()| stream.flush());
    if sent.is_err() {
        return;
    }
    if stream.shutdown(std::net::Shutdown::Write).is_err() {
        return;
    }
    linger(stream);
}

/// Read and drop what the client still sends, at most 256 KiB and half a second.
fn linger(stream: &mut TcpStream) {
    let until = Instant::now() + Duration::from_millis(500);
    let mut dropped = 0;
    let mut chunk = [0; 4096];
    while dropped < 256 * 1024 {
        let Some(left) = until
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
        else {
            return;
        };
        if stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => dropped += n,
        }
    }
}

/// The whole answer to a connection the room has no worker for: sent at once, unread.
pub(super) const BUSY_REPLY: &[u8] =
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 16\r\nConnection: close\r\n\r\n{\"error\":\"busy\"}";
