//! The addresses a room can listen on: this computer's network interfaces, the one with a
//! route to the rest of the network first, and this computer alone last.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

/// One address a room can listen on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListenChoice {
    /// The interface's system name (`wlan0`, `Ethernet`); empty when unknown.
    pub interface: String,
    /// Its address.
    pub ip: IpAddr,
}

impl ListenChoice {
    /// Whether only this computer can reach it.
    pub fn is_loopback(&self) -> bool {
        self.ip.is_loopback()
    }

    /// The address to listen on, on a port the system picks.
    pub fn listen(&self) -> SocketAddr {
        SocketAddr::new(self.ip, 0)
    }
}

/// The address this computer would reach the rest of the network from, if it has a route.
/// Nothing is sent: connecting a UDP socket only asks the system for its route.
fn routed_ip() -> Option<IpAddr> {
    let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    // An address reserved for documentation: it is never reached, only routed.
    socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

/// Every IPv4 address of this computer a room can listen on: the routed one first (phones
/// on the same network reach it), then the other interfaces (a hotspot without a route, a
/// second card), then this computer alone. IPv6 is left out: phones type IPv4 addresses.
pub fn listen_choices() -> Vec<ListenChoice> {
    let routed = routed_ip();
    let mut choices: Vec<ListenChoice> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| i.ip().is_ipv4() && !i.is_loopback() && !i.ip().is_unspecified())
        .map(|i| ListenChoice {
            ip: i.ip(),
            interface: i.name,
        })
        .collect();
    if let Some(ip) = routed
        && !choices.iter().any(|c| c.ip == ip)
    {
        choices.push(ListenChoice {
            interface: String::new(),
            ip,
        });
    }
    choices.sort_by_key(|c| (Some(c.ip) != routed, c.interface.clone()));
    choices.dedup_by(|a, b| a.ip == b.ip);
    choices.push(ListenChoice {
        interface: String::new(),
        ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
    });
    choices
}

/// Where a room listens when nobody chose: the routed address, else the first interface,
/// else this computer alone; a port the system picks.
pub fn default_listen() -> SocketAddr {
    listen_choices().first().map_or(
        SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
        ListenChoice::listen,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_computer_alone_is_always_the_last_choice_and_nothing_repeats() {
        let choices = listen_choices();
        let last = choices.last().expect("at least loopback");
        assert!(last.is_loopback());
        assert!(
            choices[..choices.len() - 1]
                .iter()
                .all(|c| !c.is_loopback())
        );
        let mut ips: Vec<IpAddr> = choices.iter().map(|c| c.ip).collect();
        ips.dedup();
        assert_eq!(ips.len(), choices.len());
        assert_eq!(default_listen().ip(), choices[0].ip);
        assert_eq!(default_listen().port(), 0);
    }
}
