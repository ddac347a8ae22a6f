//! The Continuum page: every partner with where the relationship is now and where we aim to
//! take it, our trust, the benefits and the risks (1-5 and a note each), and the cautions
//! that apply to working with it, beside it. A reference grid says what sets the levels apart.

use super::levels::{Named, level_combo, rating_combo, reference_grid};
use super::needs::{continuum_rows, off_the_continuum, on_the_continuum};
use crate::app::context::PanelContext;
use crate::app::widgets::{Typing, name_text, text_block};
use crate::guidance::cautions;
use crate::model::{Actor, ActorId, Assessment, Edit, Partnering};
use crate::words;
use egui::{Align, Layout, RichText, TextWrapMode, Ui};
use std::collections::HashSet;

/// The columns' widths, in points: partner (at least; it takes what a wider window leaves),
/// now, aimed, one rating, notes, take off. They fit the central area of a 1280 px window
/// with one side panel open.
const NAME: f32 = 180.0;
/// The widest the partner column grows: beyond it a long name is shortened.
const NAME_MAX: f32 = 340.0;
const LEVEL: f32 = 180.0;
const RATING: f32 = 75.0;
const NOTES: f32 = 70.0;
/// Room for the take-off button and the spacing between nine cells.
const REST: f32 = 110.0;

/// The Continuum page's own state.
#[derive(Default)]
pub(crate) struct ContinuumPage {
    /// Actors just added to the list, shown until a level or note keeps them there.
    added: Vec<ActorId>,
    /// The partners whose notes are open.
    notes_open: HashSet<ActorId>,
}

impl ContinuumPage {
    /// The page: the reference grid (folded), the table of partners, adding one.
    pub(crate) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        let map_words = cx.words();
        ui.heading(words::ui().get("alliance-continuum-heading"));
        ui.add(
            egui::Label::new(RichText::new(words::ui().get("alliance-continuum-hint")).weak())
                .wrap(),
        );
        ui.add_space(4.0);
        egui::CollapsingHeader::new(words::ui().get("alliance-levels-heading"))
            .id_salt("levels reference")
            .show(ui, |ui| reference_grid(ui, map_words));
        ui.add_space(6.0);
        // Added actors that got something recorded no longer need remembering; deleted ones go.
        let session = cx.session;
        self.added.retain(|id| {
            session
                .actor(id)
                .is_some_and(|a| !on_the_continuum(&a.partner))
        });
        let rows = continuum_rows(session, &self.added);
        let others = 2.0 * LEVEL + 3.0 * RATING + NOTES + REST;
        let name_width = (ui.available_width() - others).clamp(NAME, NAME_MAX);
        header_row(ui, name_width);
        ui.separator();
        if rows.is_empty() {
            ui.label(words::ui().get("alliance-no-partners"));
        }
        for index in rows {
            let Some(actor) = session.actors.get(index) else {
                continue;
            };
            ui.push_id(("partner", &actor.id), |ui| {
                self.partner_row(ui, actor, name_width, cx);
            });
            ui.separator();
        }
        self.add_partner(ui, cx);
    }

    fn partner_row(
        &mut self,
        ui: &mut Ui,
        actor: &Actor,
        name_width: f32,
        cx: &mut PanelContext<'_>,
    ) {
        let map_words = cx.words();
        let name = actor.name.as_str();
        let mut updated = actor.partner.clone();
        let mut dropped = false;
        ui.horizontal(|ui| {
            cell(ui, name_width, |ui| {
                ui.style_mut().wrap_mode = Some(TextWrapMode::Truncate);
                let text = name_text(ui, name, None, true);
                let selected = cx.selection.contains(&actor.id);
                if ui
                    .selectable_label(selected, text)
                    .on_hover_text(words::ui().with("alliance-select", &[("name", name)]))
                    .clicked()
                {
                    cx.selection.set_only(actor.id.clone());
                }
            });
            cell(ui, LEVEL, |ui| {
                let label = words::ui().with("alliance-now-of", &[("name", name)]);
                level_combo(
                    ui,
                    Named::As(&label),
                    "now",
                    &mut updated.now,
                    map_words,
                    LEVEL - 8.0,
                );
            });
            cell(ui, LEVEL, |ui| {
                let label = words::ui().with("alliance-aim-of", &[("name", name)]);
                level_combo(
                    ui,
                    Named::As(&label),
                    "aim",
                    &mut updated.aim,
                    map_words,
                    LEVEL - 8.0,
                );
            });
            for (id, salt, slot) in rating_slots(&mut updated) {
                cell(ui, RATING, |ui| {
                    let label = words::ui().with(id, &[("name", name)]);
                    rating_combo(ui, Named::As(&label), salt, slot, RATING - 8.0);
                });
            }
            cell(ui, NOTES, |ui| {
                let open = self.notes_open.contains(&actor.id);
                if ui
                    .selectable_label(open, words::ui().get("alliance-col-notes"))
                    .accessible_name(words::ui().with("alliance-notes-of", &[("name", name)]))
                    .clicked()
                {
                    if open {
                        self.notes_open.remove(&actor.id);
                    } else {
                        self.notes_open.insert(actor.id.clone());
                    }
                }
            });
            dropped = ui
                .small_button(words::ui().get("alliance-remove-mark"))
                .accessible_name(words::ui().with("alliance-drop-partner-of", &[("name", name)]))
                .on_hover_text(words::ui().get("alliance-drop-partner-hint"))
                .clicked();
        });
        let mut typing = Typing::default();
        if self.notes_open.contains(&actor.id) {
            notes(ui, &actor.partner, &mut updated, &mut typing);
        }
        if !on_the_continuum(&actor.partner) {
            ui.label(
                RichText::new(words::ui().with("alliance-new-partner", &[("name", name)]))
                    .italics(),
            );
        }
        if !cautions(actor).is_empty() {
            ui.indent("cautions", |ui| {
                for caution in cautions(actor) {
                    ui.label(RichText::new(format!("⚠ {}", map_words.get(caution))).italics());
                }
            });
        }
        if dropped {
            updated = off_the_continuum(&actor.partner);
            self.added.retain(|id| id != &actor.id);
            self.notes_open.remove(&actor.id);
        }
        send(actor, updated, &typing, cx);
    }

    /// The drop-down that puts another actor on the list.
    fn add_partner(&mut self, ui: &mut Ui, cx: &PanelContext<'_>) {
        let session = cx.session;
        let mut chosen = None;
        ui.horizontal(|ui| {
            let label = ui.label(words::ui().get("alliance-add-partner"));
            egui::ComboBox::from_id_salt("add partner")
                .selected_text(words::ui().get("alliance-add-partner-choose"))
                .width(LEVEL)
                .show_ui(ui, |ui| {
                    for actor in &session.actors {
                        if actor.is_us
                            || on_the_continuum(&actor.partner)
                            || self.added.contains(&actor.id)
                        {
                            continue;
                        }
                        let text = name_text(ui, &actor.name, None, false);
                        if ui.selectable_label(false, text).clicked() {
                            chosen = Some(actor.id.clone());
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if let Some(id) = chosen {
            self.added.push(id);
        }
    }
}

/// The rating slots of a partner with the message ids that name them for one actor.
fn rating_slots(p: &mut Partnering) -> [(&'static str, &'static str, &mut Option<u8>); 3] {
    [
        ("alliance-trust-of", "trust", &mut p.trust.rating),
        ("alliance-benefits-of", "benefits", &mut p.benefits.rating),
        ("alliance-risks-of", "risks", &mut p.risks.rating),
    ]
}

/// The table's column names, in the rows' widths.
fn header_row(ui: &mut Ui, name_width: f32) {
    ui.horizontal(|ui| {
        for (id, width) in [
            ("alliance-col-partner", name_width),
            ("alliance-col-now", LEVEL),
            ("alliance-col-aim", LEVEL),
            ("alliance-col-trust", RATING),
            ("alliance-col-benefits", RATING),
            ("alliance-col-risks", RATING),
        ] {
            cell(ui, width, |ui| {
                ui.label(RichText::new(words::ui().get(id)).strong());
            });
        }
    });
}

/// A partner's three notes side by side, typed into `updated`.
fn notes(ui: &mut Ui, stored: &Partnering, updated: &mut Partnering, typing: &mut Typing) {
    ui.columns(3, |columns| {
        let fields: [(&str, &Assessment, &mut String); 3] = [
            (
                "alliance-trust-note",
                &stored.trust,
                &mut updated.trust.note,
            ),
            (
                "alliance-benefits-note",
                &stored.benefits,
                &mut updated.benefits.note,
            ),
            (
                "alliance-risks-note",
                &stored.risks,
                &mut updated.risks.note,
            ),
        ];
        for (column, (id, assessment, slot)) in columns.iter_mut().zip(fields) {
            typing.track(
                text_block(column, words::ui().get(id), &assessment.note, ""),
                slot,
            );
        }
    });
}

/// Sends what changed in a partner's row as one edit; typing in a note merges key by key.
pub(crate) fn send(actor: &Actor, partner: Partnering, typing: &Typing, cx: &mut PanelContext<'_>) {
    if partner != actor.partner {
        let mut updated = actor.clone();
        updated.partner = partner;
        match typing.key {
            Some(key) => cx.out.edit_merging(Edit::UpdateActor(updated), key),
            None => cx.out.edit(Edit::UpdateActor(updated)),
        }
    }
    if typing.finished {
        cx.out.close_undo_step();
    }
}

/// A cell of the table: `width` wide whatever it holds, so the rows line up as columns.
fn cell<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}
