//! The actors this laptop and another moved to different places while they were apart,
//! listed side by side when they meet again, each with a choice of which place to keep (the
//! list File > Merge shows). Each already stands where the later move put it, on every
//! laptop; what the user keeps here is one edit, sent to the others like any other.

use super::super::conflict_grid::{OtherSide, conflict_grid};
use crate::model::{Session, stands_elsewhere};
use crate::share::PlacedApart;
use crate::words;
use egui::{Id, Modal};

/// The other side here: another laptop.
const OTHER_LAPTOP: OtherSide = OtherSide {
    column: "share-apart-column-theirs",
    choice: "share-apart-keep-theirs",
};

/// What the user answered.
pub enum ApartAnswer {
    /// Still choosing.
    Stay,
    /// Keep the places chosen; the list is done with.
    Keep,
    /// Decide later: the list stays on the share bar.
    Later,
}

/// The list, with the user's choices.
pub struct ApartDialog {
    listed: Vec<PlacedApart>,
    take_theirs: Vec<bool>,
}

impl ApartDialog {
    /// The list of `listed`, each choice set to where the actor stands in `now`.
    pub fn new(listed: Vec<PlacedApart>, now: &Session) -> Self {
        let take_theirs = listed
            .iter()
            .map(|apart| {
                now.actor(&apart.here.id)
                    .is_some_and(|actor| !stands_elsewhere(actor, &apart.theirs))
            })
            .collect();
        Self {
            listed,
            take_theirs,
        }
    }

    /// The listed actors, for the share bar when the user decides later.
    pub fn into_listed(self) -> Vec<PlacedApart> {
        self.listed
    }

    /// `now` with every listed actor placed as chosen (on the map and the spectrum); `None`
    /// when that changes nothing. An actor deleted since is left deleted.
    pub fn chosen(&self, now: &Session) -> Option<Session> {
        let mut next = now.clone();
        let mut changed = false;
        for (apart, &take_theirs) in self.listed.iter().zip(&self.take_theirs) {
            let chosen = if take_theirs {
                &apart.theirs
            } else {
                &apart.here
            };
            let Some(actor) = next.actors.iter_mut().find(|a| a.id == chosen.id) else {
                continue;
            };
            if stands_elsewhere(actor, chosen) {
                actor.position = chosen.position;
                actor.parked = chosen.parked;
                actor.spectrum = chosen.spectrum;
                changed = true;
            }
        }
        changed.then_some(next)
    }

    /// Draw the list.
    pub fn show(&mut self, ctx: &egui::Context) -> ApartAnswer {
        let say = words::ui();
        let mut answer = ApartAnswer::Stay;
        let modal = Modal::new(Id::unique("powermap placed apart")).show(ctx, |ui| {
            ui.set_max_width(720.0);
            ui.heading(say.get("share-apart-title"));
            ui.label(say.counted("share-apart-intro", self.listed.len()));
            ui.add_space(6.0);
            let rows = self
                .listed
                .iter()
                .zip(self.take_theirs.iter_mut())
                .map(|(apart, take)| (&apart.here, &apart.theirs, take));
            conflict_grid(ui, "placed apart", OTHER_LAPTOP, rows);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(say.get("share-apart-keep")).clicked() {
                    answer = ApartAnswer::Keep;
                }
                if ui.button(say.get("share-apart-later")).clicked() {
                    answer = ApartAnswer::Later;
                }
            });
        });
        if modal.should_close() && matches!(answer, ApartAnswer::Stay) {
            answer = ApartAnswer::Later;
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Position, synthetic_session};

    fn apart(now: &Session, index: usize, here: Position, theirs: Position) -> PlacedApart {
        let mut mine = now.actors[index].clone();
        mine.position = here;
        let mut other = mine.clone();
        other.position = theirs;
        PlacedApart {
            here: mine,
            theirs: other,
        }
    }

    #[test]
    fn the_choices_start_where_the_actors_stand_and_keep_what_is_chosen() {
        let mut now = synthetic_session(5);
        let (a, b) = (Position::clamped(-0.6, 0.2), Position::clamped(0.6, 0.9));
        let listed = vec![apart(&now, 0, a, b), apart(&now, 1, a, b)];
        // The later move was theirs for the first actor, mine for the second.
        now.actors[0].position = b;
        now.actors[1].position = a;
        let mut dialog = ApartDialog::new(listed, &now);
        assert_eq!(dialog.take_theirs, [true, false]);
        assert!(
            dialog.chosen(&now).is_none(),
            "as they stand: nothing to change"
        );
        dialog.take_theirs = vec![false, true];
        let next = dialog.chosen(&now).expect("both change");
        assert_eq!(next.actors[0].position, a);
        assert_eq!(next.actors[1].position, b);
        now.actors.remove(0);
        let next = dialog.chosen(&now).expect("the second still changes");
        assert_eq!(
            next.actors.len(),
            now.actors.len(),
            "a deleted actor stays deleted"
        );
    }
}
