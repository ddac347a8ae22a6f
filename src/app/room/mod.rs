//! The room in the window: Workshop > Open the room asks which actors and which network
//! (`open_dialog`), the room panel shows the invite and the counts (`panel`, `qr`), and this
//! file carries out what the facilitator asks: reveal (the round is kept in the session and
//! its spread shown), lock, remove, proposals into the parking lot, close. The room closes
//! before the session it belongs to goes away (quit, open, new), its answers kept first.

mod open_dialog;
mod panel;
mod qr;

pub use open_dialog::{OpenRoomAnswer, OpenRoomDialog, network_label};

use super::PowermapApp;
use super::modal::Modal;
use crate::model::{Actor, Edit, PlacementRound, Position, UndoStep, free_position_near};
use crate::room::{Room, listen_choices};
use crate::words;
use panel::{RoomAction, RoomFacts, RoomPanel};
use std::time::Duration;

/// How often an open room is looked at when nothing else redraws the window.
const POLL_EVERY: Duration = Duration::from_millis(250);

/// The room panel's width when it opens: a 300-point QR code and its margins.
const PANEL_WIDTH: f32 = 330.0;
/// The narrowest the room panel gets.
const PANEL_MIN: f32 = 240.0;

/// The room while it is open.
pub struct OpenRoom {
    room: Room,
    panel: RoomPanel,
    /// Whether the phones see codes instead of names.
    codes: bool,
    /// The actors' names, in the room's order (for the key of codes).
    names: Vec<String>,
}

impl PowermapApp {
    /// Workshop > Open the room: the dialog, or the panel again if the room is open.
    pub(super) fn open_room_dialog(&mut self) {
        if self.room.is_some() {
            self.view.room_panel_hidden = false;
            return;
        }
        let selected = self.selection.ids().iter().cloned().collect();
        let dialog = OpenRoomDialog::new(selected, listen_choices());
        self.modal = Some(Modal::Room(Box::new(dialog)));
    }

    /// Draw the dialog and open the room when asked.
    pub(super) fn show_room_dialog(&mut self, ctx: &egui::Context, mut dialog: OpenRoomDialog) {
        match dialog.show(ctx, self.doc.session()) {
            OpenRoomAnswer::Stay => {}
            OpenRoomAnswer::Cancel => return,
            OpenRoomAnswer::Open(request) => {
                match Room::open(self.doc.session(), &request.actors, &request.options) {
                    Ok(room) => {
                        self.start_room(room, request.options.codes);
                        return;
                    }
                    Err(error) => dialog.say(error.message(words::ui())),
                }
            }
        }
        if self.modal.is_none() {
            self.modal = Some(Modal::Room(Box::new(dialog)));
        }
    }

    fn start_room(&mut self, room: Room, codes: bool) {
        let index = self.session().actor_index();
        let names = room
            .actors()
            .iter()
            .map(|a| {
                index
                    .get(&a.id)
                    .map_or_else(String::new, |&i| self.session().actors[i].name.clone())
            })
            .collect();
        self.status =
            words::ui().with("room-status-opened", &[("address", &room.invite().address)]);
        self.view.room_panel_hidden = false;
        self.room = Some(OpenRoom {
            room,
            panel: RoomPanel::default(),
            codes,
            names,
        });
    }

    /// Whether the room panel is on screen (a room is open and its panel not put away).
    pub(super) fn room_panel_shows(&self) -> bool {
        self.room.is_some() && !self.view.room_panel_hidden
    }

    /// Whether a room is open.
    pub fn room_is_open(&self) -> bool {
        self.room.is_some()
    }

    /// The open room's invite: the address, key, code and fingerprint (for tests and the
    /// command line's twin).
    pub fn room_invite(&self) -> Option<crate::room::Invite> {
        self.room.as_ref().map(|open| open.room.invite())
    }

    /// Take in what the phones did since the last frame, and look again soon.
    pub(super) fn poll_room(&mut self, ctx: &egui::Context) {
        if let Some(open) = &mut self.room {
            if !open.room.poll().is_empty() {
                ctx.request_repaint();
            }
            ctx.request_repaint_after(POLL_EVERY);
        }
    }

    /// The room panel, on the right, at most `max` points wide, while the room is open and
    /// not hidden; the width it took. Drawn in and out of presentation mode: the projector is
    /// where people read the code.
    pub(super) fn room_panel(&mut self, ui: &mut egui::Ui, max: f32) -> f32 {
        let presenting = self.view.is_presenting();
        let Some(open) = &mut self.room else {
            return 0.0;
        };
        let invite = open.room.invite();
        let counts = open.room.answer_counts();
        let facts = RoomFacts {
            invite: &invite,
            actors: open.room.actors(),
            counts: &counts,
            seats: open.room.seats(),
            proposals: open.room.proposals(),
            key_of_codes: open.codes.then_some(open.names.as_slice()),
            locked: open.room.is_locked(),
            revealed: open.room.is_revealed(),
            presenting,
        };
        let shown = egui::Panel::right("room")
            .resizable(true)
            .default_size(PANEL_WIDTH.min(max))
            .size_range(PANEL_MIN.min(max)..=max)
            .show(ui, |ui| open.panel.ui(ui, &facts));
        if let Some(action) = shown.inner {
            self.act_on_room(action);
        }
        shown.response.rect.width()
    }

    fn act_on_room(&mut self, action: RoomAction) {
        let say = words::ui();
        let Some(open) = &mut self.room else {
            return;
        };
        match action {
            RoomAction::Lock(locked) => open.room.set_locked(locked),
            RoomAction::NewCode => match open.room.renew_code() {
                Ok(code) => self.status = say.with("room-status-new-code", &[("code", &code)]),
                Err(error) => self.status = error.message(say),
            },
            RoomAction::Remove(number) => {
                if open.room.remove(number) {
                    self.status =
                        say.with("room-status-removed", &[("number", &number.to_string())]);
                }
            }
            RoomAction::Accept(index) => {
                if let Some(proposal) = open.room.take_proposal(index) {
                    let session = self.doc.session();
                    let mut actor =
                        Actor::new(proposal.name, free_position_near(session, Position::CENTER));
                    actor.id = session.fresh_actor_id();
                    actor.kind = proposal.kind;
                    actor.parked = true;
                    self.status = say.with("room-status-accepted", &[("name", &actor.name)]);
                    self.edit(Edit::AddActors(vec![actor]));
                }
            }
            RoomAction::Reject(index) => {
                if open.room.take_proposal(index).is_some() {
                    say.get("room-status-rejected").clone_into(&mut self.status);
                }
            }
            RoomAction::Reveal => {
                let reveal = open.room.reveal();
                let id = reveal.round.id.clone();
                self.edit(Edit::AddPlacementRound(reveal.round));
                self.view.spread_round = Some(id);
                self.left.show_plan();
                say.get("room-status-revealed").clone_into(&mut self.status);
            }
            RoomAction::Hide => {
                self.view.room_panel_hidden = true;
                say.get("room-status-hidden").clone_into(&mut self.status);
            }
            RoomAction::Close => {
                let kept = self.close_room();
                let id = if kept {
                    "room-status-closed"
                } else {
                    "room-status-closed-empty"
                };
                say.get(id).clone_into(&mut self.status);
            }
        }
    }

    /// Close the room, if one is open, and keep its answers in the session (one undo step)
    /// unless the session already holds them as they are (after the reveal). Whether the
    /// room had answers, now in the session either way.
    pub(super) fn close_room(&mut self) -> bool {
        let Some(open) = self.room.take() else {
            return false;
        };
        let round = open.room.close();
        if round.answers.is_empty() {
            return false;
        }
        if worth_keeping(&round, self.doc.session()) {
            // Applied now, not at the end of the frame: a quit or an open asks about unsaved
            // work right after this, and must see the answers.
            self.doc
                .apply(Edit::AddPlacementRound(round), UndoStep::New);
        }
        true
    }

    /// Before the session goes away (quit, open, new): close the room and keep its answers.
    pub(super) fn close_room_first(&mut self) {
        if self.room.is_some() && self.close_room() {
            words::ui()
                .get("room-status-kept-before")
                .clone_into(&mut self.status);
        }
    }
}

/// Whether `round` holds answers the session does not already hold just so.
fn worth_keeping(round: &PlacementRound, session: &crate::model::Session) -> bool {
    !round.answers.is_empty()
        && session
            .placement_rounds
            .iter()
            .find(|kept| kept.id == round.id)
            .is_none_or(|kept| kept != round)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorId, PlaceOn, PlacementAnswer, Session};

    fn round(answers: usize) -> PlacementRound {
        PlacementRound {
            id: "placement-1".into(),
            opened: "2026-12-01T10:00:00Z".into(),
            place_on: PlaceOn::Map,
            actors: vec![ActorId("a1".into())],
            participants: 2,
            answers: (1..=answers)
                .map(|n| PlacementAnswer {
                    participant: u32::try_from(n).expect("small"),
                    actor: ActorId("a1".into()),
                    position: None,
                    slice: None,
                    seconds: 5,
                })
                .collect(),
        }
    }

    #[test]
    fn an_empty_round_or_one_already_kept_is_not_kept_again() {
        let mut session = Session::default();
        assert!(!worth_keeping(&round(0), &session));
        assert!(worth_keeping(&round(1), &session));
        session.placement_rounds.push(round(1));
        assert!(!worth_keeping(&round(1), &session));
        assert!(worth_keeping(&round(2), &session), "more answers came in");
    }
}
