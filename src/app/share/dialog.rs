//! File > Share on this network and File > Join a shared session: who I am to the others,
//! the passphrase, and where to listen or whom to reach.

use super::heard::HeardShares;
use crate::room::ListenChoice;
use crate::share::{MAX_NAME, Network, Person};
use crate::words;
use egui::{Id, Modal, RichText, TextEdit, Ui};
use std::net::SocketAddr;

/// The port a share listens on unless the user picks another: one number to remember
/// when the others type the address by hand.
pub const DEFAULT_PORT: u16 = 47_800;
/// The shortest passphrase a share accepts.
pub const MIN_PASSPHRASE: usize = 12;

/// What a share or join dialog asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareRequest {
    /// Where to listen (sharing) or whom to reach (joining).
    pub address: SocketAddr,
    /// The passphrase typed or suggested.
    pub passphrase: String,
    /// Who this user is to the others.
    pub me: Person,
    /// Join with the copy open here and its history (it was shared before), merging both,
    /// instead of taking the sharer's session in its place.
    pub with_my_copy: bool,
    /// Whether and how a share is announced on the network (a join announces nothing).
    pub announce: Announce,
}

/// What a share's announcement on the network says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announce {
    /// No announcement: the others type the address.
    Not,
    /// Announced without the session's title (a short random code only).
    WithoutTitle,
    /// Announced under the session's title.
    WithTitle,
}

/// What a dialog answered this frame.
pub enum DialogAnswer {
    /// Still filling it in.
    Stay,
    /// Go ahead.
    Go(ShareRequest),
    /// Cancelled.
    Cancel,
}

/// A colour for a person, picked from their name: the same name has the same colour on
/// every laptop, and the colours are dark enough for white writing on them.
pub fn colour_for(name: &str) -> [u8; 3] {
    const COLOURS: [[u8; 3]; 8] = [
        [178, 34, 34],
        [0, 105, 148],
        [46, 125, 50],
        [123, 31, 162],
        [191, 87, 0],
        [0, 121, 107],
        [173, 20, 87],
        [69, 90, 100],
    ];
    let sum = name.bytes().fold(0usize, |acc, b| {
        acc.wrapping_mul(31).wrapping_add(usize::from(b))
    });
    COLOURS[sum % COLOURS.len()]
}

fn person(name: &str) -> Person {
    let name: String = name.trim().chars().take(MAX_NAME).collect();
    Person {
        colour: colour_for(&name),
        name,
    }
}

/// The name the system knows this user by, as a first guess at the name to show.
pub fn system_user_name() -> String {
    ["USER", "USERNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok())
        .unwrap_or_default()
}

fn passphrase_problem(passphrase: &str) -> Option<String> {
    (passphrase.chars().count() < MIN_PASSPHRASE).then(|| {
        words::ui().with(
            "share-passphrase-short",
            &[("count", &MIN_PASSPHRASE.to_string())],
        )
    })
}

/// A new random passphrase: 20 letters and digits (100 bits), in groups of five.
fn suggested_passphrase() -> String {
    crate::room::RoomKey::generate()
        .map(|key| key.grouped())
        .unwrap_or_default()
}

fn name_field(ui: &mut Ui, name: &mut String) {
    let label = ui.label(RichText::new(words::ui().get("share-your-name")).strong());
    ui.add(TextEdit::singleline(name).char_limit(MAX_NAME))
        .labelled_by(label.id);
}

fn passphrase_field(ui: &mut Ui, passphrase: &mut String) -> egui::Response {
    let label = ui.label(RichText::new(words::ui().get("share-passphrase")).strong());
    let field = ui
        .add(TextEdit::singleline(passphrase).desired_width(260.0))
        .labelled_by(label.id);
    ui.label(RichText::new(words::ui().get("share-passphrase-about")).small());
    field
}

fn buttons(
    ui: &mut Ui,
    go_label: &str,
    ready: Option<ShareRequest>,
    error: Option<&str>,
) -> DialogAnswer {
    let say = words::ui();
    if let Some(error) = error {
        ui.add_space(6.0);
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    ui.add_space(8.0);
    let mut answer = DialogAnswer::Stay;
    ui.horizontal(|ui| {
        let go = ui.add_enabled(ready.is_some(), egui::Button::new(go_label));
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(request) = ready
            && (go.clicked() || enter)
        {
            answer = DialogAnswer::Go(request);
        }
        if ui.button(say.get("share-cancel")).clicked() {
            answer = DialogAnswer::Cancel;
        }
    });
    answer
}

/// File > Share on this network.
pub struct ShareDialog {
    name: String,
    passphrase: String,
    networks: Vec<ListenChoice>,
    network: usize,
    port: String,
    error: Option<String>,
    announce: bool,
    show_title: bool,
}

impl ShareDialog {
    /// The dialog, with a suggested passphrase and the first of `networks` chosen.
    pub fn new(name: String, networks: Vec<ListenChoice>) -> Self {
        Self {
            name,
            passphrase: suggested_passphrase(),
            networks,
            network: 0,
            port: DEFAULT_PORT.to_string(),
            error: None,
            // Announced so that the others can pick it from a list, but without the title
            // unless the user shows it: a name can say more than the people in the room know.
            announce: true,
            show_title: false,
        }
    }

    /// Show why sharing could not start; the choices stay.
    pub fn say(&mut self, error: String) {
        self.error = Some(error);
    }

    /// The request the fields make now, or what is wrong with them.
    fn request(&self) -> Result<ShareRequest, String> {
        let port = self
            .port
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|port| *port >= 1024)
            .ok_or_else(|| words::ui().get("share-port-invalid").to_owned())?;
        if let Some(problem) = passphrase_problem(&self.passphrase) {
            return Err(problem);
        }
        let ip = self
            .networks
            .get(self.network)
            .map_or_else(|| crate::room::default_listen().ip(), |choice| choice.ip);
        Ok(ShareRequest {
            address: SocketAddr::new(ip, port),
            passphrase: self.passphrase.clone(),
            me: person(&self.name),
            with_my_copy: false,
            announce: match (self.announce, self.show_title) {
                (false, _) => Announce::Not,
                (true, false) => Announce::WithoutTitle,
                (true, true) => Announce::WithTitle,
            },
        })
    }

    /// Draw the dialog.
    pub fn show(&mut self, ctx: &egui::Context) -> DialogAnswer {
        let say = words::ui();
        let mut answer = DialogAnswer::Stay;
        let modal = Modal::new(Id::unique("powermap share")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(say.get("share-title"));
            ui.label(say.get("share-intro"));
            ui.add_space(8.0);
            name_field(ui, &mut self.name);
            ui.add_space(6.0);
            passphrase_field(ui, &mut self.passphrase);
            if ui.button(say.get("share-new-passphrase")).clicked() {
                self.passphrase = suggested_passphrase();
            }
            ui.add_space(6.0);
            ui.label(RichText::new(say.get("share-network")).strong());
            ui.label(RichText::new(say.get("share-network-about")).small());
            for (i, choice) in self.networks.iter().enumerate() {
                ui.radio_value(
                    &mut self.network,
                    i,
                    super::super::room::network_label(choice),
                );
            }
            ui.horizontal(|ui| {
                let label = ui.label(say.get("share-port"));
                ui.add(TextEdit::singleline(&mut self.port).desired_width(70.0))
                    .labelled_by(label.id);
            });
            ui.add_space(6.0);
            ui.checkbox(&mut self.announce, say.get("share-announce"));
            ui.add_enabled_ui(self.announce, |ui| {
                ui.checkbox(&mut self.show_title, say.get("share-announce-title"));
            });
            ui.label(RichText::new(say.get("share-announce-about")).small());
            let request = self.request();
            let problem = request.as_ref().err().cloned();
            let shown = self.error.as_deref().or(problem.as_deref());
            answer = buttons(ui, say.get("share-start"), request.ok(), shown);
        });
        if modal.should_close() && matches!(answer, DialogAnswer::Stay) {
            answer = DialogAnswer::Cancel;
        }
        answer
    }
}

/// A field of the join dialog that can take the keyboard.
#[derive(Clone, Copy, PartialEq, Eq)]
enum JoinField {
    Address,
    Passphrase,
}

/// File > Join a shared session.
pub struct JoinDialog {
    name: String,
    address: String,
    passphrase: String,
    /// Whether the open file has a history of an earlier share beside it.
    has_history: bool,
    with_my_copy: bool,
    error: Option<String>,
    /// The field that takes the keyboard on the next frame: the address when the dialog
    /// first shows, the passphrase once a share heard on the network is chosen.
    focus: Option<JoinField>,
    /// The shares heard on the network while the dialog is open.
    heard: HeardShares,
}

impl JoinDialog {
    /// An empty dialog, with `name` as the name to show; `has_history` offers to join with
    /// the copy open here (its file kept the history of an earlier share). It listens for
    /// shares on `network` while it is open.
    pub fn new(name: String, has_history: bool, network: Network) -> Self {
        Self {
            heard: HeardShares::listen(network),
            name,
            address: String::new(),
            passphrase: String::new(),
            has_history,
            with_my_copy: has_history,
            error: None,
            focus: Some(JoinField::Address),
        }
    }

    fn request(&self) -> Result<ShareRequest, String> {
        let address = self
            .address
            .trim()
            .parse::<SocketAddr>()
            .map_err(|_| words::ui().get("join-address-invalid").to_owned())?;
        if let Some(problem) = passphrase_problem(&self.passphrase) {
            return Err(problem);
        }
        Ok(ShareRequest {
            address,
            passphrase: self.passphrase.trim().to_owned(),
            me: person(&self.name),
            with_my_copy: self.has_history && self.with_my_copy,
            announce: Announce::Not,
        })
    }

    /// Draw the dialog.
    pub fn show(&mut self, ctx: &egui::Context) -> DialogAnswer {
        let say = words::ui();
        let mut answer = DialogAnswer::Stay;
        let modal = Modal::new(Id::unique("powermap join")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(say.get("join-title"));
            ui.label(say.get("join-intro"));
            ui.add_space(8.0);
            if let Some(address) = self.heard.show(ui) {
                self.address = address.to_string();
                self.focus = Some(JoinField::Passphrase);
            }
            ui.add_space(6.0);
            let label = ui.label(RichText::new(say.get("join-address")).strong());
            let address = ui
                .add(TextEdit::singleline(&mut self.address).hint_text("192.168.1.20:47800"))
                .labelled_by(label.id);
            if self.focus == Some(JoinField::Address) {
                self.focus = None;
                address.request_focus();
            }
            ui.add_space(6.0);
            let passphrase = passphrase_field(ui, &mut self.passphrase);
            if self.focus == Some(JoinField::Passphrase) {
                self.focus = None;
                passphrase.request_focus();
            }
            ui.add_space(6.0);
            name_field(ui, &mut self.name);
            ui.add_space(6.0);
            if self.has_history {
                ui.checkbox(&mut self.with_my_copy, say.get("join-with-my-copy"));
            }
            let replaces = if self.has_history && self.with_my_copy {
                "join-merges"
            } else {
                "join-replaces"
            };
            ui.label(RichText::new(say.get(replaces)).small());
            let request = self.request();
            // Say what is missing only once something was typed.
            let problem = request
                .as_ref()
                .err()
                .filter(|_| !self.address.is_empty() && !self.passphrase.is_empty())
                .cloned();
            let shown = self.error.as_deref().or(problem.as_deref());
            answer = buttons(ui, say.get("join-start"), request.ok(), shown);
        });
        if modal.should_close() && matches!(answer, DialogAnswer::Stay) {
            answer = DialogAnswer::Cancel;
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{IpAddr, Ipv4Addr};

    /// Loopback only, on a port of its own: the dialog's listening reaches nobody.
    fn test_network() -> Network {
        Network {
            port: 0,
            loopback_only: true,
        }
    }

    #[test]
    fn the_share_request_follows_the_fields_and_refuses_short_passphrases_and_bad_ports() {
        let networks = vec![ListenChoice {
            interface: "wlan0".into(),
            ip: IpAddr::V4(Ipv4Addr::new(192, 168, 1, 20)),
        }];
        let mut dialog = ShareDialog::new("Amina".into(), networks);
        assert!(
            dialog.passphrase.chars().count() >= MIN_PASSPHRASE,
            "a usable suggestion"
        );
        let request = dialog.request().expect("a request");
        assert_eq!(
            request.address,
            "192.168.1.20:47800".parse().expect("address")
        );
        assert_eq!(request.me.name, "Amina");
        dialog.passphrase = "short".into();
        assert!(dialog.request().is_err());
        dialog.passphrase = "long enough passphrase".into();
        dialog.port = "80".into();
        assert!(
            dialog.request().is_err(),
            "ports below 1024 need privileges"
        );
    }

    #[test]
    fn a_join_needs_an_address_with_its_port() {
        let mut dialog = JoinDialog::new("Bo".into(), false, test_network());
        dialog.passphrase = "marigold harbour tin".into();
        dialog.address = "192.168.1.20".into();
        assert!(dialog.request().is_err());
        dialog.address = " 192.168.1.20:47800 ".into();
        let request = dialog.request().expect("request");
        assert_eq!(request.address.port(), 47_800);
        assert!(
            !request.with_my_copy,
            "no history, no copy of one's own to merge"
        );
        let mut dialog = JoinDialog::new("Bo".into(), true, test_network());
        dialog.passphrase = "marigold harbour tin".into();
        dialog.address = "192.168.1.20:47800".into();
        assert!(
            dialog.request().expect("request").with_my_copy,
            "offered and chosen"
        );
    }

    #[test]
    fn a_name_has_the_same_colour_everywhere() {
        assert_eq!(colour_for("Amina"), colour_for("Amina"));
        assert_eq!(person("  Amina ").name, "Amina");
    }
}
