//! The Partners page: the campaign's needs, and for each the actors who could meet it, best
//! fit first with the reason in one line. Needs nobody covers stand out, by a sign and words
//! as well as colour.

use super::needs::{NeedChange, changed, with_offer};
use crate::app::context::PanelContext;
use crate::app::widgets::name_text;
use crate::guidance::{Coverage, coverage, need_label};
use crate::model::{Actor, Edit, Need, Session};
use crate::words::{self, Words};
use egui::{RichText, Ui};

/// The widest the page's text runs: long lines are hard to read across a wide screen.
const PAGE_WIDTH: f32 = 900.0;

/// The Partners page's own state: what is being typed before it becomes an edit.
#[derive(Default)]
pub(crate) struct PartnersPage {
    /// The name of a need being added.
    new_need: String,
    /// The need being renamed, and its name as typed so far.
    renaming: Option<(String, String)>,
}

impl PartnersPage {
    /// The page: the uncovered needs first in one line, then every need with its offers,
    /// then adding a need and going back to the method's list.
    pub(crate) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ui.set_max_width(PAGE_WIDTH);
        let map_words = cx.words();
        ui.heading(words::ui().get("alliance-partners-heading"));
        ui.label(RichText::new(words::ui().get("alliance-partners-hint")).weak());
        ui.add_space(6.0);
        let all = coverage(cx.session);
        uncovered_summary(ui, &all, map_words);
        ui.add_space(6.0);
        for entry in &all {
            ui.push_id(("need", &entry.need.id), |ui| self.need_box(ui, entry, cx));
            ui.add_space(4.0);
        }
        ui.add_space(6.0);
        self.add_need(ui, cx);
    }

    fn need_box(&mut self, ui: &mut Ui, entry: &Coverage, cx: &mut PanelContext<'_>) {
        let map_words = cx.words();
        let label = need_label(&entry.need, map_words).into_owned();
        let mut frame = egui::Frame::group(ui.style());
        if entry.is_uncovered() {
            frame = frame.stroke(egui::Stroke::new(2.0, ui.visuals().warn_fg_color));
        }
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            self.need_header(ui, &entry.need, &label, cx);
            if entry.is_uncovered() {
                ui.label(
                    RichText::new(words::ui().get("alliance-uncovered"))
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                );
            } else {
                ui.label(
                    RichText::new(words::ui().counted("alliance-offered-by", entry.offers.len()))
                        .weak(),
                );
            }
            for (rank, ranked) in entry.offers.iter().enumerate() {
                let Some(actor) = cx.session.actors.get(ranked.actor) else {
                    continue;
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{}.", rank + 1));
                    let selected = cx.selection.contains(&actor.id);
                    let text = name_text(ui, &actor.name, None, true);
                    let name = ui
                        .selectable_label(selected, text)
                        .accessible_name(words::ui().with(
                            "alliance-ranked-name",
                            &[("name", &actor.name), ("need", &label)],
                        ))
                        .on_hover_text(
                            words::ui().with("alliance-select", &[("name", &actor.name)]),
                        );
                    if name.clicked() {
                        cx.selection.set_only(actor.id.clone());
                    }
                    ui.label(RichText::new(ranked.explain(map_words)).weak());
                    let stop = words::ui().with(
                        "alliance-stop-offer-hint",
                        &[("name", &actor.name), ("need", &label)],
                    );
                    if ui
                        .small_button(words::ui().get("alliance-remove-mark"))
                        .accessible_name(stop.clone())
                        .on_hover_text(stop)
                        .clicked()
                    {
                        cx.out.edit(offer_edit(actor, &entry.need.id, false));
                    }
                });
            }
            add_offer(ui, &entry.need, &label, cx);
        });
    }

    /// The need's name with its Rename (the user's own needs) and Remove buttons, or the
    /// field that renames it.
    fn need_header(&mut self, ui: &mut Ui, need: &Need, label: &str, cx: &mut PanelContext<'_>) {
        if let Some((id, draft)) = self.renaming.as_mut()
            && *id == need.id
        {
            let mut done = None;
            ui.horizontal(|ui| {
                let field = ui
                    .add(egui::TextEdit::singleline(draft).desired_width(300.0))
                    .accessible_name(words::ui().with("alliance-need-name", &[("need", label)]));
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button(words::ui().get("alliance-rename-save")).clicked() || entered {
                    done = Some(true);
                }
                if ui
                    .button(words::ui().get("alliance-rename-cancel"))
                    .clicked()
                {
                    done = Some(false);
                }
            });
            match done {
                Some(true) => {
                    let name = draft.clone();
                    self.renaming = None;
                    let change = NeedChange::Rename {
                        id: need.id.clone(),
                        name,
                    };
                    if let Some(plan) = changed(&cx.session.alliance, change) {
                        cx.out.edit(Edit::SetAlliance(plan));
                    }
                }
                Some(false) => self.renaming = None,
                None => {}
            }
            return;
        }
        ui.horizontal(|ui| {
            let title = ui.label(
                RichText::new(label)
                    .strong()
                    .size(egui::TextStyle::Body.resolve(ui.style()).size * 1.15),
            );
            if need.is_method() {
                title.on_hover_text(words::ui().get("alliance-method-need-hint"));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .small_button(words::ui().get("alliance-remove-need"))
                    .accessible_name(
                        words::ui().with("alliance-remove-need-of", &[("need", label)]),
                    )
                    .on_hover_text(words::ui().get("alliance-remove-need-hint"))
                    .clicked()
                    && let Some(plan) =
                        changed(&cx.session.alliance, NeedChange::Remove(need.id.clone()))
                {
                    cx.out.edit(Edit::SetAlliance(plan));
                }
                if !need.is_method()
                    && ui
                        .small_button(words::ui().get("alliance-rename"))
                        .accessible_name(words::ui().with("alliance-rename-of", &[("need", label)]))
                        .clicked()
                {
                    self.renaming = Some((need.id.clone(), need.name.clone()));
                }
            });
        });
    }

    /// The field that adds a need, and the way back to the method's list.
    fn add_need(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ui.horizontal(|ui| {
            let label = ui.label(words::ui().get("alliance-new-need"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.new_need)
                        .hint_text(words::ui().get("alliance-new-need-hint"))
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(words::ui().get("alliance-add-need")).clicked() || entered)
                && let Some(plan) = changed(
                    &cx.session.alliance,
                    NeedChange::Add(std::mem::take(&mut self.new_need)),
                )
            {
                cx.out.edit(Edit::SetAlliance(plan));
            }
        });
        let custom = cx.session.alliance.needs.is_some();
        if ui
            .add_enabled(
                custom,
                egui::Button::new(words::ui().get("alliance-reset-needs")),
            )
            .on_hover_text(words::ui().get("alliance-reset-needs-hint"))
            .clicked()
            && let Some(plan) = changed(&cx.session.alliance, NeedChange::Reset)
        {
            cx.out.edit(Edit::SetAlliance(plan));
        }
    }
}

/// One line naming the needs nobody covers, or saying every need is covered.
fn uncovered_summary(ui: &mut Ui, all: &[Coverage], map_words: &'static Words) {
    let uncovered: Vec<String> = all
        .iter()
        .filter(|c| c.is_uncovered())
        .map(|c| need_label(&c.need, map_words).into_owned())
        .collect();
    if uncovered.is_empty() {
        ui.label(words::ui().get("alliance-all-covered"));
        return;
    }
    let text = words::ui().counted_with(
        "alliance-uncovered-summary",
        uncovered.len(),
        &[("needs", &uncovered.join(", "))],
    );
    ui.label(
        RichText::new(text)
            .strong()
            .color(ui.visuals().warn_fg_color),
    );
}

/// The drop-down that marks another actor as offering `need`.
fn add_offer(ui: &mut Ui, need: &Need, label: &str, cx: &mut PanelContext<'_>) {
    let session: &Session = cx.session;
    let mut chosen: Option<usize> = None;
    egui::ComboBox::from_id_salt("add offer")
        .selected_text(words::ui().get("alliance-add-offer"))
        .width(220.0)
        .show_ui(ui, |ui| {
            for (i, actor) in session.actors.iter().enumerate() {
                if actor.is_us || actor.partner.offers(&need.id) {
                    continue;
                }
                let text = name_text(ui, &actor.name, None, false);
                if ui.selectable_label(false, text).clicked() {
                    chosen = Some(i);
                }
            }
        })
        .response
        .accessible_name(words::ui().with("alliance-add-offer-of", &[("need", label)]));
    if let Some(actor) = chosen.and_then(|i| session.actors.get(i)) {
        cx.out.edit(offer_edit(actor, &need.id, true));
    }
}

/// The edit that makes `actor` offer the need `id`, or stop offering it.
fn offer_edit(actor: &Actor, id: &str, offers: bool) -> Edit {
    let mut updated = actor.clone();
    updated.partner = with_offer(&actor.partner, id, offers);
    Edit::UpdateActor(updated)
}
