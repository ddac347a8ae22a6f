//! The room panel: what the projector shows while the room is open (the QR code, the address,
//! the code, how many answered), and the facilitator's controls. Outside presentation mode it
//! also lists who joined and what the room proposed; while presenting only their counts show,
//! as a nickname or a proposal can be anything.

use super::qr::QrPicture;
use crate::room::{Invite, Proposal, RoomActor, Seat};
use crate::words::{self, Words};
use egui::{RichText, ScrollArea, Ui};
use std::collections::VecDeque;

/// What the panel shows of the open room this frame.
pub struct RoomFacts<'a> {
    /// The address, key, code and fingerprint.
    pub invite: &'a Invite,
    /// The actors placed, as the phones show them.
    pub actors: &'a [RoomActor],
    /// How many answered each actor, in the order of `actors`.
    pub counts: &'a [usize],
    /// Everyone who joined.
    pub seats: &'a [Seat],
    /// The proposals waiting.
    pub proposals: &'a VecDeque<Proposal>,
    /// When codes stand for the names: the names, in the order of `actors`, for the key.
    pub key_of_codes: Option<&'a [String]>,
    /// Whether newcomers are refused.
    pub locked: bool,
    /// Whether the answers were revealed.
    pub revealed: bool,
    /// Whether the window is in presentation mode.
    pub presenting: bool,
}

impl RoomFacts<'_> {
    /// People in the room now: joined, not left, not removed.
    pub fn people(&self) -> usize {
        self.seats.iter().filter(|s| !s.left && !s.removed).count()
    }
}

/// What the facilitator asked for in the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoomAction {
    /// Lock the room (`true`) or let newcomers in again.
    Lock(bool),
    /// Draw a new room code.
    NewCode,
    /// Remove a participant.
    Remove(u32),
    /// Accept the proposal at this index into the parking lot.
    Accept(usize),
    /// Reject the proposal at this index.
    Reject(usize),
    /// Reveal the answers.
    Reveal,
    /// Close the room.
    Close,
    /// Put the panel away; the room stays open.
    Hide,
}

/// The panel's own state.
pub struct RoomPanel {
    show_qr: bool,
    show_key: bool,
    qr: Option<QrPicture>,
}

impl Default for RoomPanel {
    fn default() -> Self {
        Self {
            show_qr: true,
            show_key: false,
            qr: None,
        }
    }
}

/// The QR code's largest side, in points: a phone reads it from the back of a room on a
/// projector, and larger only pushes the counts out of sight.
const QR_MAX: f32 = 300.0;

impl RoomPanel {
    /// Draw the panel; what was asked for, if anything.
    pub fn ui(&mut self, ui: &mut Ui, facts: &RoomFacts<'_>) -> Option<RoomAction> {
        let say = words::ui();
        let mut action = None;
        ui.add_space(4.0);
        ui.heading(say.get("room-panel-title"));
        controls(ui, facts, &mut action);
        ui.separator();
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.invite(ui, facts);
                ui.separator();
                answers(ui, facts);
                if let Some(names) = facts.key_of_codes {
                    self.codes_key(ui, facts.actors, names);
                }
                if !facts.presenting {
                    people(ui, facts, &mut action);
                }
                proposals(ui, facts, &mut action);
            });
        action
    }

    fn invite(&mut self, ui: &mut Ui, facts: &RoomFacts<'_>) {
        let say = words::ui();
        let invite = facts.invite;
        let scanned = invite.scanned();
        if self.qr.as_ref().is_none_or(|qr| qr.text() != scanned) {
            self.qr = QrPicture::new(&scanned);
        }
        let toggle = if self.show_qr {
            "room-panel-hide-qr"
        } else {
            "room-panel-show-qr"
        };
        if self.show_qr {
            ui.label(say.get("room-panel-scan"));
            if let Some(qr) = &self.qr {
                let side = ui.available_width().min(QR_MAX);
                let alt = say.with("room-panel-qr-alt", &[("address", &scanned)]);
                ui.vertical_centered(|ui| qr.show(ui, side, &alt));
            }
        }
        if ui.small_button(say.get(toggle)).clicked() {
            self.show_qr = !self.show_qr;
        }
        ui.add_space(4.0);
        ui.label(RichText::new(say.get("room-panel-code")).strong());
        ui.label(
            RichText::new(spaced_code(&invite.code))
                .size(34.0)
                .monospace(),
        );
        ui.label(RichText::new(say.get("room-panel-address")).strong());
        ui.label(RichText::new(&invite.address).size(18.0).monospace());
        ui.label(RichText::new(say.get("room-panel-key")).strong());
        ui.label(RichText::new(&invite.key).size(16.0).monospace());
        ui.label(
            RichText::new(say.with(
                "room-panel-fingerprint",
                &[("fingerprint", &invite.fingerprint)],
            ))
            .small(),
        );
    }

    fn codes_key(&mut self, ui: &mut Ui, actors: &[RoomActor], names: &[String]) {
        let say = words::ui();
        ui.separator();
        let toggle = if self.show_key {
            "room-panel-hide-key"
        } else {
            "room-panel-show-key"
        };
        if ui.button(say.get(toggle)).clicked() {
            self.show_key = !self.show_key;
        }
        if self.show_key {
            for (actor, name) in actors.iter().zip(names) {
                ui.label(say.with(
                    "room-panel-key-line",
                    &[("code", &actor.label), ("name", name)],
                ));
            }
        }
    }
}

/// The room code in two groups of three, as it is read aloud.
fn spaced_code(code: &str) -> String {
    match (code.get(..3), code.get(3..)) {
        (Some(head), Some(tail)) if !tail.is_empty() => format!("{head} {tail}"),
        _ => code.to_owned(),
    }
}

fn controls(ui: &mut Ui, facts: &RoomFacts<'_>, action: &mut Option<RoomAction>) {
    let say = words::ui();
    ui.horizontal_wrapped(|ui| {
        // Nothing to reveal before the first answer: an empty round would only clutter the
        // Plan tab.
        let answered = facts.counts.iter().any(|&n| n > 0);
        if !facts.revealed
            && ui
                .add_enabled(answered, egui::Button::new(say.get("room-panel-reveal")))
                .clicked()
        {
            *action = Some(RoomAction::Reveal);
        }
        if ui.button(say.get("room-panel-close")).clicked() {
            *action = Some(RoomAction::Close);
        }
        let lock = if facts.locked {
            "room-panel-unlock"
        } else {
            "room-panel-lock"
        };
        if ui.button(say.get(lock)).clicked() {
            *action = Some(RoomAction::Lock(!facts.locked));
        }
        if ui.button(say.get("room-panel-new-code")).clicked() {
            *action = Some(RoomAction::NewCode);
        }
        if ui.button(say.get("room-panel-hide")).clicked() {
            *action = Some(RoomAction::Hide);
        }
    });
    if facts.locked {
        ui.label(RichText::new(say.get("room-panel-locked")).strong());
    }
    if facts.revealed {
        ui.label(say.get("room-panel-revealed"));
    }
}

fn answers(ui: &mut Ui, facts: &RoomFacts<'_>) {
    let say = words::ui();
    let people = facts.people();
    ui.label(
        RichText::new(say.counted("room-panel-people", people))
            .size(20.0)
            .strong(),
    );
    ui.label(RichText::new(say.get("room-panel-actors")).small());
    let everyone = people.to_string();
    for (actor, &count) in facts.actors.iter().zip(facts.counts) {
        // The count first and whole; a long name is cut to the panel's width (its full
        // text stays its accessible name).
        ui.horizontal(|ui| {
            ui.label(say.with(
                "room-panel-answered",
                &[("answered", &count.to_string()), ("people", &everyone)],
            ));
            ui.add(egui::Label::new(RichText::new(&actor.label).strong()).truncate());
        });
    }
}

fn seat_name(say: &Words, seat: &Seat) -> String {
    let number = seat.number.to_string();
    if seat.nickname.is_empty() {
        say.with("room-panel-seat", &[("number", &number)])
    } else {
        say.with(
            "room-panel-seat-named",
            &[("number", &number), ("nickname", &seat.nickname)],
        )
    }
}

fn people(ui: &mut Ui, facts: &RoomFacts<'_>, action: &mut Option<RoomAction>) {
    if facts.seats.is_empty() {
        return;
    }
    let say = words::ui();
    ui.separator();
    ui.label(RichText::new(say.get("room-panel-people-heading")).strong());
    for seat in facts.seats {
        let who = seat_name(say, seat);
        ui.horizontal(|ui| {
            if seat.removed {
                ui.weak(say.with("room-panel-removed", &[("who", &who)]));
            } else if seat.left {
                ui.weak(say.with("room-panel-seat-left", &[("who", &who)]));
            } else {
                ui.label(&who);
                let remove = ui
                    .small_button(say.get("room-panel-remove"))
                    .on_hover_text(say.get("room-panel-remove-about"));
                if remove.clicked() {
                    *action = Some(RoomAction::Remove(seat.number));
                }
            }
        });
    }
}

fn proposals(ui: &mut Ui, facts: &RoomFacts<'_>, action: &mut Option<RoomAction>) {
    if facts.proposals.is_empty() {
        return;
    }
    let say = words::ui();
    ui.separator();
    ui.label(RichText::new(say.get("room-panel-proposals")).strong());
    if facts.presenting {
        ui.label(say.counted("room-panel-proposals-waiting", facts.proposals.len()));
        return;
    }
    for (i, proposal) in facts.proposals.iter().enumerate() {
        let text = say.with(
            "room-panel-proposal",
            &[("name", &proposal.name), ("kind", say.kind(proposal.kind))],
        );
        ui.horizontal_wrapped(|ui| {
            ui.label(text);
            if ui.small_button(say.get("room-panel-accept")).clicked() {
                *action = Some(RoomAction::Accept(i));
            }
            if ui.small_button(say.get("room-panel-reject")).clicked() {
                *action = Some(RoomAction::Reject(i));
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_reads_in_two_groups() {
        assert_eq!(spaced_code("123456"), "123 456");
        assert_eq!(spaced_code("12"), "12");
    }
}
