//! The gate's memory of wrong tries (a wrong room code, or a payload sealed with another key)
//! per network address: past a few in a window, that address is refused until the window ends.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Addresses remembered at once; past this, the one whose window started first is forgotten.
const ADDRESSES: usize = 4096;

/// Wrong tries per address within a window.
#[derive(Debug)]
pub struct WrongTries {
    allowed: u32,
    window: Duration,
    seen: HashMap<IpAddr, (Instant, u32)>,
}

impl WrongTries {
    /// A gate allowing `allowed` wrong tries per address in each `window`.
    pub fn new(allowed: u32, window: Duration) -> Self {
        Self {
            allowed,
            window,
            seen: HashMap::new(),
        }
    }

    /// Whether `address` has used up its wrong tries for now.
    pub fn shut_for(&mut self, address: IpAddr, now: Instant) -> bool {
        match self.seen.get(&address) {
            Some(&(start, count)) if now.duration_since(start) < self.window => {
                count >= self.allowed
            }
            Some(_) => {
                self.seen.remove(&address);
                false
            }
            None => false,
        }
    }

    /// Count one wrong try from `address`.
    pub fn record(&mut self, address: IpAddr, now: Instant) {
        if !self.seen.contains_key(&address) && self.seen.len() >= ADDRESSES {
            let window = self.window;
            self.seen
                .retain(|_, (start, _)| now.duration_since(*start) < window);
            if self.seen.len() >= ADDRESSES
                && let Some(oldest) = self
                    .seen
                    .iter()
                    .min_by_key(|(_, (start, _))| *start)
                    .map(|(a, _)| *a)
            {
                self.seen.remove(&oldest);
            }
        }
        let window = self.window;
        let entry = self.seen.entry(address).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_shut_after_its_wrong_tries_until_the_window_ends() {
        let mut gate = WrongTries::new(3, Duration::from_secs(60));
        let a: IpAddr = [192, 168, 1, 5].into();
        let b: IpAddr = [192, 168, 1, 6].into();
        let t = Instant::now();
        for _ in 0..3 {
            assert!(!gate.shut_for(a, t));
            gate.record(a, t);
        }
        assert!(gate.shut_for(a, t + Duration::from_secs(59)));
        assert!(!gate.shut_for(b, t));
        assert!(!gate.shut_for(a, t + Duration::from_secs(60)));
    }

    #[test]
    fn the_memory_stays_bounded() {
        let mut gate = WrongTries::new(1, Duration::from_secs(60));
        let t = Instant::now();
        let addresses = u32::try_from(ADDRESSES).expect("a few thousand");
        for i in 0..addresses + 10 {
            gate.record(
                IpAddr::from(i.to_be_bytes()),
                t + Duration::from_millis(u64::from(i)),
            );
        }
        assert_eq!(gate.seen.len(), ADDRESSES);
        let last = IpAddr::from((addresses + 9).to_be_bytes());
        assert!(gate.shut_for(last, t + Duration::from_secs(5)));
    }
}
