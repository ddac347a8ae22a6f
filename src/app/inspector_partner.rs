//! The inspector's partner section: what the selected actor could offer, how closely we work
//! with it now and where we aim, our ratings and notes, and the cautions that apply.

use super::alliance::levels::{Named, level_combo, rating_combo};
use super::alliance::needs::with_offer;
use super::context::PanelContext;
use super::inspector::Inspector;
use super::widgets::{Typing, text_line};
use crate::guidance::{cautions, need_label};
use crate::model::{Actor, Assessment};
use crate::words;
use egui::{RichText, Ui};

/// The width of the level and rating drop-downs.
const COMBO: f32 = 170.0;

impl Inspector {
    /// The partner section, folded until something is recorded; edits go into `updated`.
    /// "Us" has none: we do not partner with ourselves.
    pub(super) fn partner_section(
        ui: &mut Ui,
        actor: &Actor,
        updated: &mut Actor,
        typing: &mut Typing,
        cx: &PanelContext<'_>,
    ) {
        if actor.is_us {
            return;
        }
        let map_words = cx.words();
        egui::CollapsingHeader::new(
            RichText::new(words::ui().get("alliance-inspector-heading")).strong(),
        )
        .id_salt("partner section")
        .default_open(!actor.partner.is_empty())
        .show(ui, |ui| {
            ui.label(RichText::new(words::ui().get("alliance-inspector-offers")).weak());
            ui.horizontal_wrapped(|ui| {
                for need in cx.session.alliance.needs() {
                    let mut offers = updated.partner.offers(&need.id);
                    if ui
                        .checkbox(&mut offers, need_label(&need, map_words))
                        .changed()
                    {
                        updated.partner = with_offer(&updated.partner, &need.id, offers);
                    }
                }
            });
            ui.add_space(4.0);
            for (id, salt, level) in [
                ("alliance-inspector-now", "now", &mut updated.partner.now),
                ("alliance-inspector-aim", "aim", &mut updated.partner.aim),
            ] {
                ui.horizontal(|ui| {
                    let label = ui.label(words::ui().get(id)).id;
                    level_combo(ui, Named::By(label), salt, level, map_words, COMBO);
                });
            }
            let partner = &mut updated.partner;
            for (rating_id, note_id, salt, stored, slot) in [
                (
                    "alliance-inspector-trust",
                    "alliance-trust-note",
                    "trust",
                    &actor.partner.trust,
                    &mut partner.trust,
                ),
                (
                    "alliance-inspector-benefits",
                    "alliance-benefits-note",
                    "benefits",
                    &actor.partner.benefits,
                    &mut partner.benefits,
                ),
                (
                    "alliance-inspector-risks",
                    "alliance-risks-note",
                    "risks",
                    &actor.partner.risks,
                    &mut partner.risks,
                ),
            ] {
                assessment(ui, (rating_id, note_id, salt), stored, slot, typing);
            }
            let apply = cautions(updated);
            if !apply.is_empty() {
                ui.label(RichText::new(words::ui().get("alliance-inspector-cautions")).weak());
                for caution in apply {
                    ui.label(RichText::new(format!("⚠ {}", map_words.get(caution))).italics());
                }
            }
        });
    }
}

/// One rating with its note: (the rating's message id, the note's, the widget salt).
fn assessment(
    ui: &mut Ui,
    (rating_id, note_id, salt): (&str, &str, &str),
    stored: &Assessment,
    slot: &mut Assessment,
    typing: &mut Typing,
) {
    ui.horizontal(|ui| {
        let label = ui.label(words::ui().get(rating_id)).id;
        rating_combo(ui, Named::By(label), salt, &mut slot.rating, 90.0);
    });
    typing.track(
        text_line(ui, words::ui().get(note_id), &stored.note, ""),
        &mut slot.note,
    );
}
