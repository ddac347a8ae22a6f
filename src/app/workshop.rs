//! The workshop's commands: walking through actors and nudging them from the keyboard,
//! renaming, sending them to a slice, the parking lot, presentation mode and its step-by-step
//! reveal. The bar drawn while presenting is in `presentation`; the theme and interface size
//! are in `appearance`.

use super::PowermapApp;
use super::commands::{Nudge, NudgeStep};
use super::dialogs::Dialog;
use super::views::ViewMode;
use crate::model::{ActorId, Edit, Slice, SpectrumPlacement};
use crate::words;

/// Screen pixels an arrow key moves an actor; Shift moves five times as far.
const NUDGE_PX: f32 = 6.0;
const FAR_NUDGE_PX: f32 = 30.0;

/// Workshop state that is not part of the session.
#[derive(Default)]
pub struct Workshop {
    /// Presentation mode is on.
    pub presenting: bool,
    /// The step-by-step reveal: how many actors are shown so far.
    pub reveal: Option<usize>,
}

impl PowermapApp {
    /// Start revealing the map one actor at a time.
    pub(super) fn start_reveal(&mut self) {
        self.view.workshop.reveal = Some(0);
        // A selected actor would show in the side panel before its turn.
        self.selection.clear();
        words::ui()
            .get("workshop-reveal-started")
            .clone_into(&mut self.status);
    }

    /// Stop the step-by-step reveal and show every actor again.
    pub(super) fn end_reveal(&mut self) {
        if self.view.workshop.reveal.take().is_some() {
            words::ui()
                .get("workshop-reveal-ended")
                .clone_into(&mut self.status);
        }
    }

    /// Enter or leave presentation mode.
    pub(super) fn toggle_presentation(&mut self, ctx: &egui::Context) {
        self.view.workshop.presenting = !self.view.workshop.presenting;
        if !self.view.workshop.presenting {
            self.view.workshop.reveal = None;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(
            self.view.workshop.presenting,
        ));
        self.apply_theme(ctx);
        self.canvas.zoom_to_fit();
        let id = if self.view.workshop.presenting {
            "workshop-presenting"
        } else {
            "workshop-presentation-left"
        };
        words::ui().get(id).clone_into(&mut self.status);
    }

    /// Show one more (`1`) or one fewer (`-1`) actor of the reveal.
    pub(super) fn step_reveal(&mut self, step: isize) {
        let total = self.session().actors.len();
        if let Some(shown) = self.view.workshop.reveal.as_mut() {
            *shown = shown.saturating_add_signed(step).min(total);
            self.status = words::ui().counted_with(
                "workshop-revealed",
                total,
                &[("shown", &shown.to_string())],
            );
        }
    }

    /// Select the next (`1`) or previous (`-1`) actor in session order, wrapping around.
    pub(super) fn walk(&mut self, step: isize) {
        let listed = self.view.listed(self.session());
        let actors = &listed.actors;
        let count = actors.len();
        if count == 0 {
            return;
        }
        let current = self
            .selection
            .ids()
            .iter()
            .filter_map(|id| actors.iter().position(|a| &a.id == id))
            .max();
        let next = match current {
            Some(i) => (i + count).wrapping_add_signed(step) % count,
            None if step > 0 => 0,
            None => count - 1,
        };
        let actor = &actors[next];
        let status = words::ui().with(
            "workshop-walked-to",
            &[
                ("name", &actor.name),
                ("number", &(next + 1).to_string()),
                ("total", &count.to_string()),
            ],
        );
        let id = actor.id.clone();
        drop(listed);
        self.status = status;
        self.selection.set_only(id);
    }

    /// Move the selection a step on screen, on the power map if it shows, else on the fan.
    /// The presses of one run on the same actors make one undo step.
    pub(super) fn nudge(&mut self, nudge: Nudge) {
        let pixels = match nudge.step {
            NudgeStep::Small => NUDGE_PX,
            NudgeStep::Big => FAR_NUDGE_PX,
        };
        let delta = nudge.direction.offset() * pixels;
        let ids = self.selection.in_session_order(self.session());
        let key = nudge_key(&ids);
        let session = self.session();
        let edit = match (
            self.view.mode,
            self.canvas.last_transform,
            self.canvas.last_fan,
        ) {
            (ViewMode::Spectrum, _, Some(fan)) => Edit::PlaceOnSpectrum(
                ids.iter()
                    .filter_map(|id| {
                        let place = session.actor(id)?.spectrum?;
                        let moved = fan.placement_at(fan.to_screen(place) + delta)?;
                        Some((id.clone(), Some(moved)))
                    })
                    .collect(),
            ),
            (_, Some(transform), _) => {
                let (d_support, d_influence) = transform.delta_to_model(delta);
                Edit::MoveActors(
                    ids.iter()
                        .filter_map(|id| {
                            let actor = session.actor(id)?;
                            Some((id.clone(), actor.position.offset(d_support, d_influence)))
                        })
                        .collect(),
                )
            }
            _ => return,
        };
        self.edit_merging(edit, key);
    }

    /// Ask for a new name of the one selected actor.
    pub(super) fn start_rename(&mut self) {
        let Some(id) = self
            .selection
            .in_session_order(self.session())
            .first()
            .cloned()
        else {
            return;
        };
        let Some(actor) = self.session().actor(&id) else {
            return;
        };
        self.out.open(Dialog::Rename {
            text: actor.name.clone(),
            id,
        });
    }

    /// Give an actor a new name (from the rename dialog).
    pub(super) fn rename_actor(&mut self, id: &ActorId, name: String) {
        if let Some(actor) = self.session().actor(id) {
            let mut renamed = actor.clone();
            renamed.name = name;
            self.edit(Edit::UpdateActor(renamed));
        }
    }

    /// Send the selection to `slice`, keeping where in the slice placed actors were.
    pub(super) fn send_to_slice(&mut self, slice: Slice) {
        self.status = words::ui().with("workshop-sent-to", &[("slice", self.words().slice(slice))]);
        self.place_selection_on_spectrum(|current| match current {
            Some(p) => SpectrumPlacement { slice, ..p },
            None => SpectrumPlacement::middle_of(slice),
        });
    }

    /// Give every selected actor the spectrum place `place` makes of its current one (`None`
    /// for an actor not yet placed), as one edit.
    pub(super) fn place_selection_on_spectrum(
        &mut self,
        place: impl Fn(Option<SpectrumPlacement>) -> SpectrumPlacement,
    ) {
        let session = self.session();
        let places = self
            .selection
            .in_session_order(session)
            .into_iter()
            .filter_map(|id| {
                let current = session.actor(&id)?.spectrum;
                Some((id, Some(place(current))))
            })
            .collect();
        self.edit(Edit::PlaceOnSpectrum(places));
    }

    /// Park the selection, or put it back on the map if every selected actor is parked.
    pub(super) fn toggle_parked(&mut self) {
        let session = self.session();
        let ids = self.selection.in_session_order(session);
        let all_parked = ids
            .iter()
            .all(|id| session.actor(id).is_some_and(|a| a.parked));
        let id = if all_parked {
            "workshop-unparked"
        } else {
            "workshop-parked"
        };
        words::ui().get(id).clone_into(&mut self.status);
        self.edit(if all_parked {
            Edit::UnparkActors(ids)
        } else {
            Edit::ParkActors(ids)
        });
    }
}

/// One undo step for a run of arrow presses on the same actors.
fn nudge_key(ids: &[ActorId]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    "nudge".hash(&mut hasher);
    ids.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use crate::words;

    #[test]
    fn counts_choose_the_singular_for_one_actor() {
        let revealed = |shown: usize, total| {
            words::ui().counted_with("workshop-revealed", total, &[("shown", &shown.to_string())])
        };
        assert_eq!(revealed(1, 1), "Revealed 1 of 1 actor.");
        assert_eq!(revealed(2, 5), "Revealed 2 of 5 actors.");
        assert_eq!(
            words::ui().counted("inspector-selected", 1),
            "1 actor selected"
        );
        assert_eq!(
            words::ui().counted("inspector-selected", 3),
            "3 actors selected"
        );
    }
}
