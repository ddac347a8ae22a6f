//! The Plan tab's reveal order: which actor a step-by-step reveal shows first, second, ...

use super::PowermapApp;
use super::commands::Command;
use crate::model::Edit;
use crate::words;
use egui::{CollapsingHeader, RichText, Ui};

/// The accessible name of the button that moves an actor earlier in the reveal.
pub fn earlier_label(name: &str) -> String {
    words::ui().with("list-reveal-earlier", &[("name", name)])
}

impl PowermapApp {
    /// The order the reveal follows, with buttons to move an actor up or down.
    pub(super) fn reveal_order_section(&mut self, ui: &mut Ui) {
        CollapsingHeader::new(RichText::new(words::ui().get("list-reveal-order")).strong())
            .id_salt("reveal order")
            .show(ui, |ui| {
                ui.label(RichText::new(words::ui().get("list-reveal-order-hint")).weak());
                if self.view.revealed_count().is_some() {
                    ui.label(words::ui().get("list-reveal-order-later"));
                    return;
                }
                let sequence = self.session().reveal_sequence();
                let mut swap = None;
                for (place, &index) in sequence.iter().enumerate() {
                    let name = self.session().actors[index].name.clone();
                    ui.horizontal(|ui| {
                        let up = ui
                            .add_enabled(place > 0, egui::Button::new("▲").small())
                            .accessible_name(earlier_label(&name));
                        if up.clicked() {
                            swap = Some(place - 1);
                        }
                        let down = ui
                            .add_enabled(place + 1 < sequence.len(), egui::Button::new("▼").small())
                            .accessible_name(
                                words::ui().with("list-reveal-later", &[("name", &name)]),
                            );
                        if down.clicked() {
                            swap = Some(place);
                        }
                        ui.label(words::ui().with(
                            "list-reveal-place",
                            &[("place", &(place + 1).to_string()), ("name", &name)],
                        ));
                    });
                }
                if let Some(at) = swap {
                    let mut order = sequence;
                    order.swap(at, at + 1);
                    let mut settings = self.session().settings.clone();
                    settings.reveal_order = order
                        .into_iter()
                        .map(|i| self.session().actors[i].id.clone())
                        .collect();
                    self.edit(Edit::SetSettings(settings));
                }
                if ui.button(Command::StartReveal.label()).clicked() {
                    if !self.view.is_presenting() {
                        self.commands.push(Command::Present);
                    }
                    self.commands.push(Command::StartReveal);
                }
            });
    }
}
