//! Rounds: record where everyone stands, look back at a round, compare a round with now.

use super::PowermapApp;
use crate::model::{Direction, Edit, Movement, Round, Session, today};
use crate::scene::{Metrics, MovementView, Scene, add_movement_arrows};
use crate::words::Words;
use egui::{RichText, TextEdit, Ui};

/// How the canvas relates to a recorded round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundView {
    /// Show the session as it stood in the round, read-only.
    Look(String),
    /// Show now, with arrows from where actors stood in the round.
    Compare(String),
}

impl PowermapApp {
    /// The round being looked at or compared with, if any and if it still exists.
    pub(super) fn active_round(&self) -> Option<(&Round, bool)> {
        let (id, looking) = match self.round_view.as_ref()? {
            RoundView::Look(id) => (id, true),
            RoundView::Compare(id) => (id, false),
        };
        self.session()
            .rounds
            .iter()
            .find(|r| &r.id == id)
            .map(|r| (r, looking))
    }

    /// The session the canvas should draw: an earlier round when looking back, else now.
    pub(super) fn shown_session(&self) -> Option<Session> {
        let looked = match self.active_round() {
            Some((round, true)) => Some(self.session().as_of(round)),
            _ => None,
        };
        // A step-by-step reveal shows only the actors revealed so far, and cannot be edited.
        match (self.revealed_count(), looked) {
            (Some(shown), looked) => Some(
                looked
                    .as_ref()
                    .unwrap_or_else(|| self.session())
                    .revealed(shown),
            ),
            (None, looked) => looked,
        }
    }

    /// Who moved since the round being compared with (empty when not comparing).
    pub fn compare_movements(&self) -> Vec<Movement> {
        match self.active_round() {
            Some((round, false)) => self.session().movements_since(round),
            _ => Vec::new(),
        }
    }

    /// Add the arrows of movement since the compared round to a view; returns how many.
    pub(super) fn draw_movements(
        &self,
        scene: &mut Scene,
        session: &Session,
        view: &MovementView<'_>,
    ) -> usize {
        let movements = self.compare_movements();
        let before = scene.arrows.len();
        add_movement_arrows(scene, session, &movements, view, Metrics::SCREEN);
        scene.arrows.len() - before
    }

    /// Whether the canvas shows an earlier round, where nothing can be moved.
    pub fn is_looking_back(&self) -> bool {
        matches!(self.active_round(), Some((_, true)))
    }

    /// Record, list, look at and compare rounds.
    pub(super) fn rounds_section(&mut self, ui: &mut Ui) {
        ui.label(RichText::new("Rounds").strong());
        ui.label(RichText::new("Freeze where everyone stands today, to compare later.").weak());
        // Wrapped: the button stays reachable in a narrow panel.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Round name");
            ui.add(
                TextEdit::singleline(&mut self.panels.round_label)
                    .hint_text("After the council vote")
                    .desired_width(150.0),
            )
            .labelled_by(label.id);
            if ui.button("Record a round").clicked() {
                let name = self.panels.round_label.trim();
                let count = self.session().rounds.len() + 1;
                let label = if name.is_empty() {
                    format!("Round {count}")
                } else {
                    name.to_owned()
                };
                let round = self.session().record_round(label.clone(), today());
                self.panels.round_label.clear();
                self.status = format!("Recorded \"{label}\".");
                self.edit(Edit::AddRound(round));
            }
        });
        let rounds: Vec<(String, String, String)> = self
            .session()
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
                    let looking = self.round_view == Some(RoundView::Look(id.clone()));
                    if ui.selectable_label(looking, "Look back").clicked() {
                        self.round_view = (!looking).then(|| RoundView::Look(id.clone()));
                    }
                    let comparing = self.round_view == Some(RoundView::Compare(id.clone()));
                    if ui.selectable_label(comparing, "Compare with now").clicked() {
                        self.round_view = (!comparing).then(|| RoundView::Compare(id.clone()));
                    }
                    if ui.small_button("Delete round").clicked() {
                        self.round_view = None;
                        self.edit(Edit::DeleteRound(id.clone()));
                    }
                });
            });
        }
        self.movement_list(ui);
    }

    fn movement_list(&mut self, ui: &mut Ui) {
        let Some((round, false)) = self.active_round() else {
            return;
        };
        let label = round.label.clone();
        let movements = self.compare_movements();
        ui.label(RichText::new(format!("Moved since \"{label}\" ({})", movements.len())).strong());
        let session = self.session();
        let lines: Vec<(crate::model::ActorId, String)> = movements
            .iter()
            .filter_map(|m| {
                let name = &session.actor(&m.id)?.name;
                let way = match m.direction {
                    Direction::TowardUs => "toward us",
                    Direction::AwayFromUs => "away from us",
                    Direction::Sideways => "sideways",
                };
                let slices = match m.spectrum {
                    (Some(a), Some(b)) if a.slice != b.slice => {
                        let words = Words::for_session(session);
                        format!(
                            ": from {} to {}",
                            words.slice(a.slice),
                            words.slice(b.slice)
                        )
                    }
                    _ => format!(
                        ": support from {:+.2} to {:+.2}",
                        m.position.0.support, m.position.1.support
                    ),
                };
                Some((m.id.clone(), format!("{name}, {way}{slices}")))
            })
            .collect();
        for (id, text) in lines {
            if ui.link(text).clicked() {
                self.selection.set_only(id);
            }
        }
    }

    /// The banner above the canvas while an earlier round is shown or compared.
    pub(super) fn round_banner(&mut self, ui: &mut Ui) {
        let Some((round, looking)) = self.active_round() else {
            return;
        };
        let text = if looking {
            format!(
                "Looking back at \"{}\" ({}). Nothing can be moved here.",
                round.label, round.date
            )
        } else {
            format!(
                "Arrows show how actors moved since \"{}\" ({}).",
                round.label, round.date
            )
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new(text).strong());
            if ui.button("Back to now").clicked() {
                self.round_view = None;
            }
        });
    }
}
