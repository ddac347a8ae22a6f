//! Finding shares on the local network without typing an address: a share announces itself
//! by mDNS (DNS-SD, the `mdns-sd` crate) and File > Join lists what it hears. Many venue and
//! office networks block multicast; joining by address and port works without it.
//!
//! An announcement says only what the user allowed: the session's title, or nothing but a
//! short random code when the title is hidden, under a made-up host name (never the
//! computer's), with the address and port to dial. Nothing in it is secret: the passphrase
//! protects the share, not the announcement. Announcing starts with a share and stops with
//! it; listening starts when the Join dialog opens and stops when it closes.

use mdns_sd::{IfKind, ServiceDaemon, ServiceEvent, ServiceInfo};
use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};

/// The DNS-SD service type of a powermap share.
pub const SERVICE: &str = "_powermap._tcp.local.";
/// The standard mDNS port.
const MDNS_PORT: u16 = 5353;
/// The longest instance name DNS-SD allows, in bytes.
const MAX_INSTANCE: usize = 63;
/// The TXT key that carries the title when it is shown.
const TITLE_KEY: &str = "title";
/// How many engine events one poll takes in at most, so a flood cannot hold a frame.
const EVENTS_PER_POLL: usize = 256;
/// How many shares the list keeps at most.
const MAX_HEARD: usize = 64;

/// Why announcing or listening could not start.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct DiscoveryError(#[from] mdns_sd::Error);

/// Which interfaces a daemon uses, and on which port.
#[derive(Clone, Copy, Debug)]
pub struct Network {
    /// The UDP port: 5353 on a real network; another for tests.
    pub port: u16,
    /// Loopback only (tests), or the interface of the share's address (else every one
    /// but loopback).
    pub loopback_only: bool,
}

impl Network {
    /// The local network, as every mDNS responder uses it.
    pub const LOCAL: Self = Self {
        port: MDNS_PORT,
        loopback_only: false,
    };
    /// Loopback only, on a port the system picks for each daemon: heard by nobody, hearing
    /// nobody (headless runs and tests that do not look for shares).
    pub const NOWHERE: Self = Self {
        port: 0,
        loopback_only: true,
    };
}

fn daemon(network: Network, ip: Option<IpAddr>) -> Result<ServiceDaemon, DiscoveryError> {
    let daemon = ServiceDaemon::new_with_port(network.port)?;
    if network.loopback_only {
        daemon.disable_interface(IfKind::All)?;
        daemon.enable_interface(IfKind::LoopbackV4)?;
        daemon.set_multicast_loop_v4(true)?;
    } else if let Some(ip) = ip.filter(|ip| !ip.is_unspecified()) {
        // Only where the share listens: an address on another network would be useless
        // there, and telling that network of the share says more than the user chose.
        daemon.disable_interface(IfKind::All)?;
        daemon.enable_interface(IfKind::Addr(ip))?;
    } else {
        daemon.disable_interface(vec![IfKind::LoopbackV4, IfKind::LoopbackV6])?;
    }
    Ok(daemon)
}

/// A share announced on the network; the announcement ends when this is dropped.
pub struct Announcement {
    daemon: ServiceDaemon,
    fullname: String,
    name: String,
}

impl Announcement {
    /// Announce the share listening at `address`, under `title` when the user shows it.
    /// `code` tells shares apart when titles are hidden or alike (a few random letters).
    pub fn start(
        network: Network,
        address: SocketAddr,
        title: Option<&str>,
        code: &str,
    ) -> Result<Self, DiscoveryError> {
        let daemon = daemon(network, Some(address.ip()))?;
        let instance = instance_name(title, code);
        let host = format!("powermap-{code}.local.");
        let mut properties = vec![("v", "1".to_owned())];
        if let Some(title) = title {
            properties.push((TITLE_KEY, clip(title, 200).to_owned()));
        }
        let info = ServiceInfo::new(
            SERVICE,
            &instance,
            &host,
            address.ip(),
            address.port(),
            &properties[..],
        )?;
        let fullname = info.get_fullname().to_owned();
        daemon.register(info)?;
        Ok(Self {
            daemon,
            fullname,
            name: instance,
        })
    }

    /// The name the share is announced under, as lists show it.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for Announcement {
    fn drop(&mut self) {
        // Said goodbye so that lists drop the share at once, not when their cache expires.
        let _ = self.daemon.unregister(&self.fullname);
        let _ = self.daemon.shutdown();
    }
}

/// The instance name: the title and the code, or the code alone, within DNS-SD's limit.
fn instance_name(title: Option<&str>, code: &str) -> String {
    match title {
        Some(title) => {
            let room = MAX_INSTANCE - code.len() - 3;
            format!("{} ({code})", clip(title.trim(), room))
        }
        None => format!("powermap ({code})"),
    }
}

/// `text` cut to at most `bytes` bytes, at a character boundary.
fn clip(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A share heard on the network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heard {
    /// The session's title, when the sharer shows it.
    pub title: Option<String>,
    /// The name it is announced under (the title or `powermap`, and the code).
    pub name: String,
    /// Where to dial.
    pub address: SocketAddr,
}

/// Listening for shares; stops when dropped.
pub struct Listening {
    daemon: ServiceDaemon,
    events: mdns_sd::Receiver<ServiceEvent>,
    /// By full name, so a share announced again replaces itself.
    heard: BTreeMap<String, Heard>,
}

impl Listening {
    /// Start listening on `network`.
    pub fn start(network: Network) -> Result<Self, DiscoveryError> {
        let daemon = daemon(network, None)?;
        let events = daemon.browse(SERVICE)?;
        Ok(Self {
            daemon,
            events,
            heard: BTreeMap::new(),
        })
    }

    /// Take in what was heard since the last call; the shares heard and still there.
    pub fn poll(&mut self) -> Vec<Heard> {
        for _ in 0..EVENTS_PER_POLL {
            let Ok(event) = self.events.try_recv() else {
                break;
            };
            match event {
                ServiceEvent::ServiceResolved(service) => {
                    let Some(ip) = service
                        .addresses
                        .iter()
                        .map(mdns_sd::ScopedIp::to_ip_addr)
                        .find(IpAddr::is_ipv4)
                    else {
                        continue;
                    };
                    if self.heard.len() >= MAX_HEARD && !self.heard.contains_key(&service.fullname)
                    {
                        continue;
                    }
                    let name = service
                        .fullname
                        .strip_suffix(SERVICE)
                        .unwrap_or(&service.fullname)
                        .trim_end_matches('.')
                        .replace('\\', "");
                    let title = service
                        .txt_properties
                        .get_property_val_str(TITLE_KEY)
                        .map(str::to_owned);
                    self.heard.insert(
                        service.fullname.clone(),
                        Heard {
                            title,
                            name,
                            address: SocketAddr::new(ip, service.port),
                        },
                    );
                }
                ServiceEvent::ServiceRemoved(_, fullname) => {
                    self.heard.remove(&fullname);
                }
                _ => {}
            }
        }
        self.heard.values().cloned().collect()
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        let _ = self.daemon.stop_browse(SERVICE);
        let _ = self.daemon.shutdown();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    /// A free UDP port on loopback, so the test's mDNS talks to nobody else's.
    fn test_network() -> Network {
        let socket = std::net::UdpSocket::bind("127.0.0.1:0").expect("a free port");
        Network {
            port: socket.local_addr().expect("its address").port(),
            loopback_only: true,
        }
    }

    /// Poll `listening` until `done` holds; fails after 20 seconds.
    fn poll_until(listening: &mut Listening, what: &str, done: impl Fn(&[Heard]) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if done(&listening.poll()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("waited 20 s for {what}; heard {:?}", listening.poll());
    }

    #[test]
    fn a_share_announced_on_loopback_is_heard_with_its_address_and_gone_when_it_ends() {
        let network = test_network();
        let mut listening = Listening::start(network).expect("listen");
        let address: SocketAddr = "127.0.0.1:47811".parse().expect("address");
        let shown = Announcement::start(network, address, Some("Río Lenna — مسح"), "K7QX")
            .expect("announce");
        let hidden = Announcement::start(
            network,
            "127.0.0.1:47812".parse().expect("address"),
            None,
            "B2HM",
        )
        .expect("announce");
        poll_until(&mut listening, "both shares", |heard| heard.len() == 2);
        let heard = listening.poll();
        let with_title = heard
            .iter()
            .find(|h| h.address == address)
            .expect("the titled share");
        assert_eq!(with_title.title.as_deref(), Some("Río Lenna — مسح"));
        let without = heard
            .iter()
            .find(|h| h.address != address)
            .expect("the other");
        assert_eq!(without.title, None);
        assert_eq!(without.name, "powermap (B2HM)", "nothing but the code");
        drop(shown);
        poll_until(&mut listening, "the ended share to go", |heard| {
            heard.len() == 1 && heard[0].title.is_none()
        });
        drop(hidden);
    }

    #[test]
    fn long_titles_fit_the_instance_name_whole_characters_only() {
        let title = "Коаліція за чисту річку Ленна та її притоки у трьох громадах";
        let name = instance_name(Some(title), "K7QX");
        assert!(name.len() <= MAX_INSTANCE, "{} bytes", name.len());
        assert!(name.ends_with(" (K7QX)"));
        assert_eq!(instance_name(None, "K7QX"), "powermap (K7QX)");
    }
}
