//! The share bar, at the bottom of the window while a session is shared or joined: how the
//! share stands, who is there in their colours, the last thing to know, and for the one
//! sharing a way to remove a laptop. While presenting it shows only the people: the
//! address is not for the projector.

use super::presence::colour_of;
use crate::share::{Closed, LinkId, Presence, Standing};
use crate::words;
use egui::{Color32, RichText, Ui};
use std::net::SocketAddr;

/// What the bar shows.
pub struct BarFacts<'a> {
    /// How the share stands.
    pub standing: Standing,
    /// Where it is shared, or whom a joiner reaches.
    pub address: SocketAddr,
    /// The other people, with their selections.
    pub others: &'a [Presence],
    /// The sharer's connections: id, address and the name they gave, if known.
    pub connections: &'a [(LinkId, SocketAddr, Option<String>)],
    /// The last notice, still fresh.
    pub notice: Option<&'a str>,
    /// How many actors moved on both sides while apart wait to be reviewed.
    pub apart: usize,
    /// Whether the window is presenting.
    pub presenting: bool,
}

/// What the user asked for in the bar.
pub enum BarAction {
    /// Close this laptop's connection.
    Remove(LinkId),
    /// Stop sharing.
    Stop,
    /// Show the actors moved on both sides while apart.
    ReviewApart,
}

/// The words for how the share stands.
pub fn standing_text(standing: Standing, address: SocketAddr) -> String {
    let say = words::ui();
    let address = address.to_string();
    let at = [("address", address.as_str())];
    match standing {
        Standing::Sharing(count) => say.counted_with("share-bar-sharing", count, &at),
        Standing::Joining => say.with("share-bar-joining", &at),
        Standing::NotReached(_) => say.with("share-bar-not-reached", &at),
        Standing::Joined => say.with("share-bar-joined", &at),
        Standing::Apart(_) => say.with("share-bar-apart", &at),
        Standing::Refused(Closed::WrongPassphrase) => say.with("share-bar-refused-passphrase", &at),
        Standing::Refused(Closed::NotAShare) => say.with("share-bar-refused-not-share", &at),
        Standing::Refused(Closed::Unreachable) => say.with("share-bar-refused-unreachable", &at),
        Standing::Refused(_) => say.get("share-bar-removed").to_owned(),
    }
}

/// Draw the bar; what the user asked for, if anything.
pub fn share_bar(ui: &mut Ui, facts: &BarFacts<'_>) -> Option<BarAction> {
    let say = words::ui();
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        if !facts.presenting {
            ui.label(standing_text(facts.standing, facts.address));
        }
        for person in facts.others {
            let chip = RichText::new(format!(" {} ", person.name))
                .color(Color32::WHITE)
                .background_color(colour_of(person));
            ui.label(chip);
        }
        if facts.presenting {
            return;
        }
        if let Some(notice) = facts.notice {
            ui.separator();
            ui.label(RichText::new(notice).strong());
        }
        if facts.apart > 0 {
            let review = ui
                .button(say.get("share-apart-review"))
                .on_hover_text(say.counted("share-placed-apart", facts.apart));
            if review.clicked() {
                action = Some(BarAction::ReviewApart);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(say.get("cmd-stop-sharing")).clicked() {
                action = Some(BarAction::Stop);
            }
            for (id, address, name) in facts.connections.iter().rev() {
                let who = name.clone().unwrap_or_else(|| address.ip().to_string());
                let remove = ui
                    .small_button(format!("{} {who}", say.get("share-remove")))
                    .on_hover_text(say.with("share-remove-about", &[("name", &who)]));
                if remove.clicked() {
                    action = Some(BarAction::Remove(*id));
                }
            }
        });
    });
    action
}
