//! A phone as the tests and the load figures play it: plain HTTP/1.1 over loopback, every
//! call sealed like the page seals it.

use powermap::room::{Invite, RoomKey, Sealer};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// Bytes as lowercase hex digits.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// An answer from the room: status and body.
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The body as received.
    pub body: Vec<u8>,
}

impl Answer {
    /// The refusal's word (`{"error":"code"}` gives "code").
    pub fn refusal(&self) -> String {
        serde_json::from_slice::<Value>(&self.body)
            .ok()
            .and_then(|v| v["error"].as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// Send raw bytes and read the whole answer (the room closes every connection).
pub fn exchange(address: SocketAddr, request: &[u8]) -> std::io::Result<Answer> {
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(10)))?;
    // The room may answer (and close) before all of a refused request is written.
    let _ = stream.write_all(request);
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no head"))?;
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status"))?;
    Ok(Answer {
        status,
        body: raw[end + 4..].to_vec(),
    })
}

/// A GET of `path`.
pub fn get(address: SocketAddr, path: &str) -> std::io::Result<Answer> {
    exchange(
        address,
        format!("GET {path} HTTP/1.1\r\nHost: {address}\r\n\r\n").as_bytes(),
    )
}

/// A POST of `body` to `/api`.
pub fn post(address: SocketAddr, body: &[u8]) -> std::io::Result<Answer> {
    let mut request = format!(
        "POST /api HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(body);
    exchange(address, &request)
}

/// One phone: the room's key, its own id, its token and request number once joined.
pub struct Phone {
    /// Where the room listens.
    pub address: SocketAddr,
    /// Seals with the key from the invite.
    pub sealer: Sealer,
    /// The page's own id.
    pub client: String,
    /// Given on joining.
    pub token: String,
    /// The last request number used.
    pub n: u64,
}

impl Phone {
    /// A phone that read the invite's key; `client` tells phones apart.
    pub fn new(address: SocketAddr, invite: &Invite, client: u32) -> Self {
        let key = RoomKey::parse(&invite.key).expect("the invite's key parses");
        Self {
            address,
            sealer: Sealer::new(&key.box_key()),
            client: format!("{client:032x}"),
            token: String::new(),
            n: 0,
        }
    }

    /// Seal `call` and post it; a 200's body is opened and parsed.
    pub fn send(&self, call: &Value) -> std::io::Result<(Answer, Value)> {
        let sealed = self.sealer.seal(call.to_string().as_bytes())?;
        let answer = post(self.address, &sealed)?;
        let value = if answer.status == 200 {
            let plain = self
                .sealer
                .open(&answer.body)
                .ok_or_else(|| std::io::Error::other("the answer does not open"))?;
            serde_json::from_slice(&plain)?
        } else {
            Value::Null
        };
        Ok((answer, value))
    }

    /// Join with `code`, without a nickname; on success the token is kept.
    pub fn join(&mut self, code: &str) -> std::io::Result<(Answer, Value)> {
        self.join_as(code, "")
    }

    /// Join with `code` as `nick`; on success the token is kept.
    pub fn join_as(&mut self, code: &str, nick: &str) -> std::io::Result<(Answer, Value)> {
        let (answer, value) =
            self.send(&json!({"op": "join", "code": code, "client": self.client, "nick": nick}))?;
        if let Some(token) = value["token"].as_str() {
            token.clone_into(&mut self.token);
            self.n = value["n"].as_u64().unwrap_or(0);
        }
        Ok((answer, value))
    }

    /// A call that needs the token: `fields` plus op, token and the next number.
    pub fn call(&mut self, op: &str, fields: Value) -> std::io::Result<(Answer, Value)> {
        self.n += 1;
        let mut call = json!({"op": op, "token": self.token, "n": self.n});
        if let (Some(call), Value::Object(fields)) = (call.as_object_mut(), fields) {
            call.extend(fields);
        }
        self.send(&call)
    }
}
