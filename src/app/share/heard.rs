//! The shares heard on the network, listed in File > Join: choosing one fills in its address.
//! Listening starts with the dialog and stops when it closes (`share::Listening`).

use crate::share::{Heard, Listening, Network};
use crate::words;
use egui::{RichText, Ui};
use std::net::SocketAddr;
use std::time::Duration;

/// How often the dialog looks again while nothing else redraws it.
const LOOK_EVERY: Duration = Duration::from_millis(400);

/// Listening for shares, and what was heard.
pub struct HeardShares {
    listening: Result<Listening, String>,
    heard: Vec<Heard>,
}

impl HeardShares {
    /// Start listening on `network`; a failure is shown in the list's place.
    pub fn listen(network: Network) -> Self {
        Self {
            listening: Listening::start(network).map_err(|e| e.to_string()),
            heard: Vec::new(),
        }
    }

    /// Draw the list; the address of the share chosen, if one was.
    pub fn show(&mut self, ui: &mut Ui) -> Option<SocketAddr> {
        let say = words::ui();
        ui.label(RichText::new(say.get("join-heard")).strong());
        let listening = match &mut self.listening {
            Ok(listening) => listening,
            Err(reason) => {
                ui.label(
                    RichText::new(say.with("join-heard-failed", &[("reason", reason)])).small(),
                );
                return None;
            }
        };
        self.heard = listening.poll();
        ui.ctx().request_repaint_after(LOOK_EVERY);
        if self.heard.is_empty() {
            ui.label(RichText::new(say.get("join-heard-none")).small());
            return None;
        }
        let mut chosen = None;
        for heard in &self.heard {
            let name = heard.title.as_deref().unwrap_or(&heard.name);
            let text = say.with(
                "join-heard-share",
                &[("name", name), ("address", &heard.address.to_string())],
            );
            if ui.button(text).clicked() {
                chosen = Some(heard.address);
            }
        }
        chosen
    }
}
