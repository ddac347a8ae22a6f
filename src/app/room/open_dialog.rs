//! Workshop > Open the room: which actors, on which views, names or codes, and which network.

use crate::model::{ActorId, PlaceOn, Session};
use crate::room::{ActorChoice, ListenChoice, RoomOptions, actors_to_place};
use crate::words;
use egui::{Id, Modal, RichText, Ui};

/// Which actors the facilitator picked, before they are resolved against the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    All,
    Unplaced,
    Uncertain,
    Selected,
}

/// The dialog's choices.
pub struct OpenRoomDialog {
    which: Which,
    /// The actors selected when the dialog opened.
    selected: Vec<ActorId>,
    place_on: PlaceOn,
    codes: bool,
    networks: Vec<ListenChoice>,
    network: usize,
    error: Option<String>,
}

/// What the facilitator asked for: the actors to place and how the room opens.
pub struct RoomRequest {
    /// The actors, in session order.
    pub actors: Vec<ActorId>,
    /// The options the room opens with.
    pub options: RoomOptions,
}

/// What the dialog answered this frame.
pub enum OpenRoomAnswer {
    /// Still choosing.
    Stay,
    /// Open the room so.
    Open(RoomRequest),
    /// Cancelled.
    Cancel,
}

impl OpenRoomDialog {
    /// The dialog, with the selection (if any) as the actors and `networks` to listen on
    /// (the first is chosen).
    pub fn new(selected: Vec<ActorId>, networks: Vec<ListenChoice>) -> Self {
        Self {
            which: if selected.is_empty() {
                Which::All
            } else {
                Which::Selected
            },
            selected,
            place_on: PlaceOn::Map,
            codes: false,
            networks,
            network: 0,
            error: None,
        }
    }

    /// Show why the room could not open; the choices stay.
    pub fn say(&mut self, error: String) {
        self.error = Some(error);
    }

    fn choice(&self, which: Which) -> ActorChoice {
        match which {
            Which::All => ActorChoice::All,
            Which::Unplaced => ActorChoice::Unplaced,
            Which::Uncertain => ActorChoice::Uncertain,
            Which::Selected => ActorChoice::These(self.selected.clone()),
        }
    }

    /// The request the choices make now.
    fn request(&self, session: &Session) -> RoomRequest {
        let listen = self
            .networks
            .get(self.network)
            .map_or_else(crate::room::default_listen, ListenChoice::listen);
        let mut options = RoomOptions::new(listen);
        options.place_on = self.place_on;
        options.codes = self.codes;
        RoomRequest {
            actors: actors_to_place(session, &self.choice(self.which), self.place_on),
            options,
        }
    }

    /// Draw the dialog.
    pub fn show(&mut self, ctx: &egui::Context, session: &Session) -> OpenRoomAnswer {
        let say = words::ui();
        let mut answer = OpenRoomAnswer::Stay;
        let modal = Modal::new(Id::unique("powermap open room")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(say.get("room-open-title"));
            ui.label(say.get("room-open-intro"));
            ui.add_space(8.0);
            self.actor_choices(ui, session);
            ui.add_space(6.0);
            self.view_choices(ui);
            ui.add_space(6.0);
            ui.checkbox(&mut self.codes, say.get("room-open-codes"));
            ui.label(RichText::new(say.get("room-open-codes-about")).small());
            ui.add_space(6.0);
            self.network_choices(ui);
            if let Some(error) = &self.error {
                ui.add_space(6.0);
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            ui.add_space(8.0);
            let request = self.request(session);
            ui.horizontal(|ui| {
                let go = ui.add_enabled(
                    !request.actors.is_empty(),
                    egui::Button::new(say.get("room-open-go")),
                );
                // Enter opens, as in the app's other dialogs; Escape cancels (the modal's own).
                let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                if go.clicked() || (enter && go.enabled()) {
                    answer = OpenRoomAnswer::Open(request);
                }
                if ui.button(say.get("room-open-cancel")).clicked() {
                    answer = OpenRoomAnswer::Cancel;
                }
            });
        });
        if modal.should_close() && matches!(answer, OpenRoomAnswer::Stay) {
            answer = OpenRoomAnswer::Cancel;
        }
        answer
    }

    fn actor_choices(&mut self, ui: &mut Ui, session: &Session) {
        let say = words::ui();
        ui.label(RichText::new(say.get("room-open-which")).strong());
        let mut options = vec![
            (Which::All, "room-open-all"),
            (Which::Unplaced, "room-open-unplaced"),
            (Which::Uncertain, "room-open-uncertain"),
        ];
        if !self.selected.is_empty() {
            options.push((Which::Selected, "room-open-selected"));
        }
        for (which, id) in options {
            let count = actors_to_place(session, &self.choice(which), self.place_on).len();
            let text = say.with(id, &[("count", &count.to_string())]);
            ui.radio_value(&mut self.which, which, text);
        }
    }

    fn view_choices(&mut self, ui: &mut Ui) {
        let say = words::ui();
        ui.label(RichText::new(say.get("room-open-on")).strong());
        ui.horizontal_wrapped(|ui| {
            for (on, id) in [
                (PlaceOn::Map, "room-open-on-map"),
                (PlaceOn::Spectrum, "room-open-on-spectrum"),
                (PlaceOn::Both, "room-open-on-both"),
            ] {
                ui.radio_value(&mut self.place_on, on, say.get(id));
            }
        });
    }

    fn network_choices(&mut self, ui: &mut Ui) {
        let say = words::ui();
        ui.label(RichText::new(say.get("room-open-network")).strong());
        ui.label(RichText::new(say.get("room-open-network-about")).small());
        if self.networks.iter().all(ListenChoice::is_loopback) {
            ui.label(say.get("room-open-no-network"));
        }
        for (i, choice) in self.networks.iter().enumerate() {
            ui.radio_value(&mut self.network, i, network_label(choice));
        }
    }
}

/// How a network reads in a dialog: its interface and address.
pub fn network_label(choice: &ListenChoice) -> String {
    let say = words::ui();
    let address = choice.ip.to_string();
    if choice.is_loopback() {
        say.with("room-open-this-computer", &[("address", &address)])
    } else {
        let name = if choice.interface.is_empty() {
            "-"
        } else {
            &choice.interface
        };
        say.with(
            "room-open-interface",
            &[("name", name), ("address", &address)],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position};
    use std::net::{IpAddr, Ipv4Addr};

    fn networks() -> Vec<ListenChoice> {
        vec![
            ListenChoice {
                interface: "wlan0".into(),
                ip: IpAddr::V4(Ipv4Addr::new(192, 168, 1, 20)),
            },
            ListenChoice {
                interface: String::new(),
                ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
            },
        ]
    }

    #[test]
    fn the_request_follows_the_choices() {
        let mut session = Session::default();
        let mut us = Actor::new("Us", Position::CENTER);
        us.is_us = true;
        let mayor = Actor::new("Mayor", Position::CENTER);
        let mut council = Actor::new("Council", Position::CENTER);
        council.parked = true;
        let council_id = council.id.clone();
        session.actors = vec![us, mayor, council];

        let mut dialog = OpenRoomDialog::new(Vec::new(), networks());
        let request = dialog.request(&session);
        assert_eq!(request.actors.len(), 2, "every actor but us");
        assert_eq!(request.options.listen.ip(), networks()[0].ip);
        assert_eq!(request.options.listen.port(), 0);
        assert!(!request.options.codes);

        dialog.which = Which::Unplaced;
        dialog.codes = true;
        dialog.network = 1;
        let request = dialog.request(&session);
        assert_eq!(request.actors, vec![council_id.clone()]);
        assert!(request.options.codes);
        assert!(request.options.listen.ip().is_loopback());

        let dialog = OpenRoomDialog::new(vec![council_id.clone()], networks());
        assert_eq!(dialog.which, Which::Selected);
        assert_eq!(dialog.request(&session).actors, vec![council_id]);
    }

    #[test]
    fn networks_read_as_interface_and_address() {
        let [wifi, alone] = <[ListenChoice; 2]>::try_from(networks()).expect("two");
        assert_eq!(network_label(&wifi), "wlan0: 192.168.1.20");
        assert!(network_label(&alone).contains("127.0.0.1"));
    }
}
