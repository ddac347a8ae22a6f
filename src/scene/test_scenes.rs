//! Scenes the scene module's tests build: a power map as the screen draws it (markers hidden
//! under others skipped, names kept from the frame before), in a canvas of a given size.

use super::{
    ApproxMeasure, LabelMemory, MapTransform, Metrics, ModelView, Palette, PowerMapInput, Scene,
    build_power_map,
};
use crate::model::{ActorId, Session};
use emath::{Pos2, Rect, Vec2};
use std::collections::HashSet;

/// `session`'s power map on a screen canvas of `size`, fitted, with `selection` selected and
/// the names of `previous` kept where they still fit.
pub fn screen_power_map(
    session: &Session,
    size: Vec2,
    selection: &HashSet<ActorId>,
    previous: Option<&LabelMemory>,
) -> Scene {
    build_power_map(&PowerMapInput {
        session,
        transform: MapTransform::new(
            Rect::from_min_size(Pos2::ZERO, size),
            ModelView::FIT,
            session.settings.supportive_side,
        ),
        selection,
        palette: &Palette::light(),
        metrics: Metrics::SCREEN,
        measure: &ApproxMeasure,
        emphasis: &[],
        hide_covered: true,
        previous_labels: previous,
    })
}
