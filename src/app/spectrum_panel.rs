//! The inspector's spectrum section: slice, aim, next-action mark, tactics, hints and bridges.

use super::context::PanelContext;
use super::inspector::Inspector;
use super::widgets::labelled_combo;
use crate::guidance::{aim_note, tactics};
use crate::model::{Actor, ActorId, Edit, RelationshipKind, Session, Slice, SpectrumPlacement};
use crate::words::{self, Words};
use egui::{Color32, RichText, Ui};

/// The heading of the tactics box; tests look for it.
pub fn tactics_heading() -> &'static str {
    words::ui().get("view-tactics-heading")
}

impl Inspector {
    /// Slice, aim and next-action controls; edits go into `updated` (aim, next action) or out
    /// as a placement edit (slice).
    pub(super) fn spectrum_section(
        ui: &mut Ui,
        actor: &Actor,
        updated: &mut Actor,
        cx: &mut PanelContext<'_>,
    ) {
        ui.label(RichText::new(words::ui().get("view-spectrum-heading")).strong());
        let current = actor.spectrum.map(|p| p.slice);
        let mut chosen = current;
        let map_words = cx.words();
        let not_placed = map_words.get("place-not-placed");
        let shown = current.map_or(not_placed, |s| map_words.slice(s));
        labelled_combo(
            ui,
            words::ui().get("view-slice"),
            "slice",
            shown,
            170.0,
            |ui| {
                ui.selectable_value(&mut chosen, None, not_placed);
                for slice in Slice::ALL {
                    ui.selectable_value(&mut chosen, Some(slice), map_words.slice(slice));
                }
            },
        );
        if chosen != current {
            // A new slice keeps the place inside the wedge, so the room's arrangement survives.
            let place = chosen.map(|slice| match actor.spectrum {
                Some(p) => SpectrumPlacement { slice, ..p },
                None => SpectrumPlacement::middle_of(slice),
            });
            cx.out
                .edit(Edit::PlaceOnSpectrum(vec![(actor.id.clone(), place)]));
        }
        if let Some(current) = current {
            let default = current.toward_us();
            let one_step = map_words.with(
                "aim-one-step-toward-us",
                &[("next", map_words.slice(default))],
            );
            let aim_text = match actor.target_slice {
                None => one_step.clone(),
                Some(slice) => map_words.slice(slice).to_owned(),
            };
            labelled_combo(
                ui,
                words::ui().get("view-aim"),
                "aim",
                aim_text,
                200.0,
                |ui| {
                    ui.selectable_value(&mut updated.target_slice, None, one_step);
                    for slice in Slice::ALL {
                        ui.selectable_value(
                            &mut updated.target_slice,
                            Some(slice),
                            map_words.slice(slice),
                        );
                    }
                },
            );
        }
        ui.checkbox(
            &mut updated.next_action,
            words::ui().get("view-next-action-target"),
        );
        if let Some(current) = current {
            tactics_box(ui, current, actor.aim().unwrap_or(current), map_words);
        }
        if actor.slice_disagrees_with_support() {
            ui.label(
                RichText::new(words::ui().with(
                    "view-slice-disagrees",
                    &[
                        ("slice", current.map_or("", |s| map_words.slice(s))),
                        ("support", &format!("{:+.2}", actor.position.support)),
                    ],
                ))
                .color(Color32::from_rgb(160, 90, 0)),
            );
        }
        bridges(ui, cx.session, &actor.id);
    }
}

fn tactics_box(ui: &mut Ui, current: Slice, aim: Slice, words: &'static Words) {
    let advice = tactics(current, words);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tactics_heading()).weak());
        ui.label(RichText::new(advice.aim).strong());
        ui.label(advice.how);
        if let Some(note) = aim_note(current, aim, words) {
            ui.label(RichText::new(note).italics());
        }
    });
}

/// Allies connected to this actor by cooperation: people who could carry our message to it.
fn bridges(ui: &mut Ui, session: &Session, actor: &ActorId) {
    let names: Vec<&str> = session
        .connections(actor)
        .filter(|r| r.kind == RelationshipKind::Cooperating)
        .filter_map(|r| session.actor(r.other_end(actor)))
        .filter(|other| is_ally(other))
        .map(|other| other.name.as_str())
        .collect();
    if names.is_empty() {
        ui.label(RichText::new(words::ui().get("view-no-bridge")).weak());
    } else {
        ui.label(words::ui().with("view-bridges", &[("names", &names.join(", "))]));
    }
}

fn is_ally(actor: &Actor) -> bool {
    actor.is_us
        || match actor.spectrum {
            Some(p) => matches!(p.slice, Slice::ActiveAllies | Slice::PassiveAllies),
            None => actor.position.support >= 0.5,
        }
}
