//! Moving an actor to where the room put it: the median place on the map, the median slice
//! on the spectrum, or both, as one change.

use crate::model::{Actor, ActorSpread, PlacementRound, SpectrumPlacement};

/// The actor moved to the round's medians on the views the round placed it on; `None` when
/// nobody placed it there.
pub(super) fn to_median(
    actor: &Actor,
    round: &PlacementRound,
    spread: &ActorSpread,
) -> Option<Actor> {
    let mut moved = actor.clone();
    let mut any = false;
    if round.place_on.map()
        && let Some(map) = spread.map
    {
        moved.position = map.median;
        any = true;
    }
    if round.place_on.spectrum()
        && let Some(slices) = spread.slice
    {
        // In the middle of the slice, at the distance from the centre it had (or halfway).
        let out = actor.spectrum.map_or(0.5, |p| p.out);
        moved.spectrum = Some(SpectrumPlacement {
            slice: slices.median,
            across: 0.5,
            out,
        });
        any = true;
    }
    any.then_some(moved)
}

/// Whether the actor already stands at the round's medians (its median was adopted).
pub(in crate::app) fn adopted(actor: &Actor, round: &PlacementRound, spread: &ActorSpread) -> bool {
    to_median(actor, round, spread).is_some_and(|moved| {
        moved.position == actor.position
            && moved.spectrum.map(|p| p.slice) == actor.spectrum.map(|p| p.slice)
    })
}
