//! Rounds: record where everyone stands, look back at a round, compare a round with now.

use super::actor_list::LeftPanel;
use super::context::PanelContext;
use super::view_state::ViewState;
use crate::model::{Direction, Edit, Movement, Session, today};
use crate::scene::{Metrics, MovementView, Scene, add_movement_arrows, add_spread};
use crate::words::{self, Words};
use egui::{RichText, TextEdit, Ui};

/// How the canvas relates to a recorded round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundView {
    /// Show the session as it stood in the round, read-only.
    Look(String),
    /// Show now, with arrows from where actors stood in the round.
    Compare(String),
}

/// Add to a view the arrows of who moved since the round compared with (`now` is the session,
/// `shown` what the view draws); returns how many.
pub(super) fn draw_movements(
    scene: &mut Scene,
    looked_at: &ViewState,
    now: &Session,
    shown: &Session,
    view: &MovementView<'_>,
) -> usize {
    let movements = looked_at.compare_movements(now);
    let before = scene.arrows.len();
    add_movement_arrows(scene, shown, &movements, view, Metrics::SCREEN);
    scene.arrows.len() - before
}

/// Add to a view the spread of the placement round the view state names, if any (`now` is
/// the session, which keeps the rounds; `shown` the one the view draws).
pub(super) fn draw_spread(
    scene: &mut Scene,
    view_state: &ViewState,
    now: &Session,
    shown: &Session,
    view: &MovementView<'_>,
) {
    if let Some(round) = view_state.shown_spread(now) {
        add_spread(scene, shown, round, view, view_state.map_metrics());
    }
}

impl LeftPanel {
    /// Record, list, look at and compare rounds.
    pub(super) fn rounds_section(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ui.label(RichText::new(words::ui().get("rounds-heading")).strong());
        ui.label(RichText::new(words::ui().get("rounds-hint")).weak());
        // Wrapped: the button stays reachable in a narrow panel.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(words::ui().get("rounds-name"));
            ui.add(
                TextEdit::singleline(&mut self.round_label)
                    .hint_text(words::ui().get("rounds-name-hint"))
                    .desired_width(150.0),
            )
            .labelled_by(label.id);
            if ui.button(words::ui().get("rounds-record")).clicked() {
                let name = self.round_label.trim();
                let count = cx.session.rounds.len() + 1;
                let label = if name.is_empty() {
                    words::ui().with("rounds-default-name", &[("number", &count.to_string())])
                } else {
                    name.to_owned()
                };
                let round = cx.session.record_round(label.clone(), today());
                self.round_label.clear();
                cx.out
                    .status(words::ui().with("rounds-recorded", &[("name", &label)]));
                cx.out.edit(Edit::AddRound(round));
            }
        });
        let rounds: Vec<(String, String, String)> = cx
            .session
            .rounds
            .iter()
            .rev()
            .map(|r| (r.id.clone(), r.label.clone(), r.date.clone()))
            .collect();
        for (id, label, date) in rounds {
            ui.push_id(&id, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&label).strong());
                    ui.label(RichText::new(&date).weak());
                    let looking = cx.view.round_view == Some(RoundView::Look(id.clone()));
                    if ui
                        .selectable_label(looking, words::ui().get("rounds-look-back"))
                        .clicked()
                    {
                        let look = (!looking).then(|| RoundView::Look(id.clone()));
                        cx.out.change_view(move |view| view.round_view = look);
                    }
                    let comparing = cx.view.round_view == Some(RoundView::Compare(id.clone()));
                    if ui
                        .selectable_label(comparing, words::ui().get("rounds-compare"))
                        .clicked()
                    {
                        let compare = (!comparing).then(|| RoundView::Compare(id.clone()));
                        cx.out.change_view(move |view| view.round_view = compare);
                    }
                    if ui.small_button(words::ui().get("rounds-delete")).clicked() {
                        cx.out.change_view(|view| view.round_view = None);
                        cx.out.edit(Edit::DeleteRound(id.clone()));
                    }
                });
            });
        }
        Self::movement_list(ui, cx);
    }

    fn movement_list(ui: &mut Ui, cx: &mut PanelContext<'_>) {
        let Some((round, false)) = cx.view.active_round(cx.session) else {
            return;
        };
        let label = round.label.clone();
        let movements = cx.view.compare_movements(cx.session);
        ui.label(
            RichText::new(words::ui().counted_with(
                "rounds-moved-since",
                movements.len(),
                &[("name", &label)],
            ))
            .strong(),
        );
        let session = cx.session;
        let lines: Vec<(crate::model::ActorId, String)> = movements
            .iter()
            .filter_map(|m| {
                let name = session.actor(&m.id)?.name.as_str();
                Some((m.id.clone(), movement_line(session, name, m)))
            })
            .collect();
        for (id, text) in lines {
            if ui.link(text).clicked() {
                cx.selection.set_only(id);
            }
        }
    }
}

/// The banner above the canvas while an earlier round is shown or compared.
pub(super) fn round_banner(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let Some((round, looking)) = cx.view.active_round(cx.session) else {
        return;
    };
    let id = if looking {
        "rounds-looking-back"
    } else {
        "rounds-comparing"
    };
    let text = words::ui().with(id, &[("name", &round.label), ("date", &round.date)]);
    ui.horizontal(|ui| {
        ui.label(RichText::new(text).strong());
        if ui.button(words::ui().get("rounds-back-to-now")).clicked() {
            cx.out.change_view(|view| view.round_view = None);
        }
    });
}

/// One actor's move since the compared round: which way, and between which slices of the
/// spectrum, or else how its support changed.
fn movement_line(session: &Session, name: &str, movement: &Movement) -> String {
    match movement.spectrum {
        (Some(before), Some(after)) if before.slice != after.slice => {
            let map_words = Words::for_session(session);
            let id = match movement.direction {
                Direction::TowardUs => "rounds-moved-toward-us-slices",
                Direction::AwayFromUs => "rounds-moved-away-slices",
                Direction::Sideways => "rounds-moved-sideways-slices",
            };
            words::ui().with(
                id,
                &[
                    ("name", name),
                    ("from", map_words.slice(before.slice)),
                    ("to", map_words.slice(after.slice)),
                ],
            )
        }
        _ => {
            let id = match movement.direction {
                Direction::TowardUs => "rounds-moved-toward-us-support",
                Direction::AwayFromUs => "rounds-moved-away-support",
                Direction::Sideways => "rounds-moved-sideways-support",
            };
            let (before, after) = movement.position;
            words::ui().with(
                id,
                &[
                    ("name", name),
                    ("from", &format!("{:+.2}", before.support)),
                    ("to", &format!("{:+.2}", after.support)),
                ],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorId, Position, Slice, SpectrumPlacement};

    fn moved(direction: Direction, slices: Option<(Slice, Slice)>) -> Movement {
        let (before, after) = match slices {
            Some((a, b)) => (
                Some(SpectrumPlacement::middle_of(a)),
                Some(SpectrumPlacement::middle_of(b)),
            ),
            None => (None, None),
        };
        Movement {
            id: ActorId("a-1".into()),
            position: (Position::clamped(-0.5, 0.5), Position::clamped(0.25, 0.5)),
            spectrum: (before, after),
            direction,
        }
    }

    #[test]
    fn a_move_reads_as_one_sentence_with_its_way_and_its_slices_or_support() {
        let session = Session::default();
        let line =
            |direction, slices| movement_line(&session, "Council", &moved(direction, slices));
        assert_eq!(
            line(
                Direction::TowardUs,
                Some((Slice::Neutral, Slice::PassiveAllies))
            ),
            "Council, toward us: from Neutral to Passive allies"
        );
        assert_eq!(
            line(Direction::AwayFromUs, None),
            "Council, away from us: support from -0.50 to +0.25"
        );
        assert_eq!(
            line(Direction::Sideways, Some((Slice::Neutral, Slice::Neutral))),
            "Council, sideways: support from -0.50 to +0.25"
        );
    }

    #[test]
    fn round_messages_keep_their_english_wording() {
        assert_eq!(
            words::ui().counted_with("rounds-moved-since", 2, &[("name", "Round 1")]),
            "Moved since \"Round 1\" (2)"
        );
        assert_eq!(
            words::ui().with(
                "rounds-looking-back",
                &[("name", "Vote"), ("date", "2026-01-01")]
            ),
            "Looking back at \"Vote\" (2026-01-01). Nothing can be moved here."
        );
    }
}
