//! The list of actors two sides place differently, side by side with a choice for each:
//! File > Merge's review (this session and another file) and, while shared, the actors two
//! laptops moved differently while they were apart.

use crate::model::Actor;
use crate::words;
use egui::{Grid, RichText, ScrollArea, Ui};

/// What the other side is called: the message ids of its column and of its choice.
#[derive(Clone, Copy)]
pub struct OtherSide {
    /// The header of the other side's column ("In the other file").
    pub column: &'static str,
    /// The choice that keeps the other side's place ("Other file").
    pub choice: &'static str,
}

/// One row: the actor here, the same actor on the other side, and whether the other side's
/// place is kept.
pub type Row<'a> = (&'a Actor, &'a Actor, &'a mut bool);

/// Draw the list: actor, where it stands here, where on the other side, and which to keep.
pub fn conflict_grid<'a>(
    ui: &mut Ui,
    id: &str,
    other: OtherSide,
    rows: impl Iterator<Item = Row<'a>>,
) {
    let say = words::ui();
    ScrollArea::vertical()
        .id_salt(id)
        .max_height(260.0)
        .show(ui, |ui| {
            Grid::new((id, "grid")).striped(true).show(ui, |ui| {
                for header in [
                    "merge-column-actor",
                    "merge-column-here",
                    other.column,
                    "merge-column-keep",
                ] {
                    ui.label(RichText::new(say.get(header)).strong());
                }
                ui.end_row();
                for (here, theirs, take_theirs) in rows {
                    ui.label(&here.name);
                    ui.label(place_text(here));
                    ui.label(place_text(theirs));
                    ui.horizontal(|ui| {
                        ui.radio_value(take_theirs, false, say.get("merge-keep-here"));
                        ui.radio_value(take_theirs, true, say.get(other.choice));
                    });
                    ui.end_row();
                }
            });
        });
}

/// Where an actor stands: its place on the map (or none yet) and its slice.
pub fn place_text(actor: &Actor) -> String {
    let map = if actor.parked {
        words::ui().get("import-not-placed").to_owned()
    } else {
        let support = format!("{:+.2}", actor.position.support);
        let influence = format!("{:.2}", actor.position.influence);
        words::ui().with(
            "import-place",
            &[("support", &support), ("influence", &influence)],
        )
    };
    match actor.spectrum {
        Some(place) => words::ui().with(
            "import-place-and-slice",
            &[("place", &map), ("slice", words::ui().slice(place.slice))],
        ),
        None => map,
    }
}
