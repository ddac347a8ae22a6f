//! The reveal: the spread of a kept placement round, actor by actor, most disputed first, so
//! the room talks about where it disagrees. Nothing moves by itself: each actor is moved to
//! the room's median ("Adopt the median", one undo step) or left where it is ("Keep").

mod adopt;

use super::actor_list::LeftPanel;
use super::context::PanelContext;
use crate::guidance::strategy;
use crate::model::{ActorId, ActorSpread, PlacementRound, most_disputed_first};
use crate::words;
use egui::{Id, RichText, Ui};
use std::collections::HashSet;

pub(super) use adopt::adopted;

/// The actors marked "Keep" in the panel, per round (this window only: deciding to keep a
/// place changes nothing in the session).
fn kept_id(round: &str) -> Id {
    Id::unique(("reveal kept", round))
}

impl LeftPanel {
    /// The kept placement rounds, one of which may be shown, and the shown one's spread.
    pub(super) fn reveal_section(ui: &mut Ui, cx: &mut PanelContext<'_>) {
        if cx.session.placement_rounds.is_empty() {
            return;
        }
        ui.label(RichText::new(words::ui().get("reveal-heading")).strong());
        for round in cx.session.placement_rounds.iter().rev() {
            let shown = cx.view.spread_round.as_deref() == Some(round.id.as_str());
            let label = words::ui().counted_with(
                "reveal-round",
                round.participants as usize,
                &[("opened", &round.opened_readable())],
            );
            if ui.selectable_label(shown, label).clicked() {
                let id = (!shown).then(|| round.id.clone());
                cx.out.change_view(move |view| view.spread_round = id);
            }
        }
        let Some(round) = cx.view.shown_spread(cx.session) else {
            return;
        };
        if ui.button(words::ui().get("reveal-close")).clicked() {
            cx.out.change_view(|view| view.spread_round = None);
        }
        let round = round.clone();
        let mut kept: HashSet<ActorId> = ui
            .data(|d| d.get_temp(kept_id(&round.id)))
            .unwrap_or_default();
        let before = kept.len();
        for spread in most_disputed_first(&round) {
            actor_row(ui, cx, &round, &spread, &mut kept);
        }
        if kept.len() != before {
            ui.data_mut(|d| d.insert_temp(kept_id(&round.id), kept));
        }
    }
}

/// One actor of the shown round: how many answered, how much the room disagrees, the
/// strategies its answers point to, and the two choices.
fn actor_row(
    ui: &mut Ui,
    cx: &mut PanelContext<'_>,
    round: &PlacementRound,
    spread: &ActorSpread,
    kept: &mut HashSet<ActorId>,
) {
    let Some(actor) = cx.session.actors.iter().find(|a| a.id == spread.actor) else {
        return;
    };
    ui.push_id(&spread.actor, |ui| {
        ui.label(RichText::new(&actor.name).strong());
        let percent = format!("{:.0}", spread.disagreement * 100.0);
        ui.label(words::ui().with(
            "reveal-answered",
            &[
                ("answered", &spread.answered().to_string()),
                ("asked", &round.participants.to_string()),
                ("percent", &percent),
            ],
        ));
        let strategies: Vec<&str> = spread
            .split()
            .into_iter()
            .map(|q| strategy(q, cx.words()).name)
            .collect();
        if !strategies.is_empty() {
            ui.label(
                RichText::new(
                    words::ui().with("reveal-strategies", &[("list", &strategies.join(" / "))]),
                )
                .weak(),
            );
        }
        let done = kept.contains(&spread.actor) || adopted(actor, round, spread);
        ui.horizontal_wrapped(|ui| {
            if done {
                ui.label(RichText::new(words::ui().get("reveal-done")).weak());
            }
            if let Some(moved) = adopt::to_median(actor, round, spread)
                && ui
                    .add_enabled(!done, egui::Button::new(words::ui().get("reveal-adopt")))
                    .clicked()
            {
                cx.out.edit(crate::model::Edit::UpdateActor(moved));
            }
            if ui
                .add_enabled(!done, egui::Button::new(words::ui().get("reveal-keep")))
                .clicked()
            {
                kept.insert(spread.actor.clone());
            }
        });
        ui.add_space(4.0);
    });
}
