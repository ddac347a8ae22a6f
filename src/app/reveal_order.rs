//! The Plan tab's reveal order: which actor a step-by-step reveal shows first, second, ...

use super::actor_list::LeftPanel;
use super::commands::Command;
use super::context::PanelContext;
use crate::model::Edit;
use crate::words;
use egui::{CollapsingHeader, RichText, Ui};

/// The accessible name of the button that moves an actor earlier in the reveal.
pub fn earlier_label(name: &str) -> String {
    words::ui().with("list-reveal-earlier", &[("name", name)])
}

impl LeftPanel {
    /// The order the reveal follows, with buttons to move an actor up or down.
    pub(super) fn reveal_order_section(ui: &mut Ui, cx: &mut PanelContext<'_>) {
        CollapsingHeader::new(RichText::new(words::ui().get("list-reveal-order")).strong())
            .id_salt("reveal order")
            .show(ui, |ui| {
                ui.label(RichText::new(words::ui().get("list-reveal-order-hint")).weak());
                if cx.view.revealed_count().is_some() {
                    ui.label(words::ui().get("list-reveal-order-later"));
                    return;
                }
                let sequence = cx.session.reveal_sequence();
                let mut swap = None;
                for (place, &index) in sequence.iter().enumerate() {
                    let name = cx.session.actors[index].name.clone();
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
                    let mut settings = cx.session.settings.clone();
                    settings.reveal_order = order
                        .into_iter()
                        .map(|i| cx.session.actors[i].id.clone())
                        .collect();
                    cx.out.edit(Edit::SetSettings(settings));
                }
                if ui.button(Command::StartReveal.label()).clicked() {
                    if !cx.view.is_presenting() {
                        cx.out.command(Command::Present);
                    }
                    cx.out.command(Command::StartReveal);
                }
            });
    }
}
