//! Other people's selections on the views: a ring in their colour around each actor they
//! have selected, and their name beside it, large enough to read on a projector.

use crate::scene::Marker;
use crate::share::Presence;
use egui::{Align2, Color32, FontId, Painter, Stroke, Vec2};
use rustc_hash::FxHashMap;

/// How far outside the marker a person's ring sits, and how far each further person's.
const RING_GAP: f32 = 5.0;
/// The ring's width.
const RING_WIDTH: f32 = 3.0;
/// The size of the name beside the ring.
const NAME_SIZE: f32 = 14.0;

/// The colour a person chose, as egui draws it.
pub fn colour_of(presence: &Presence) -> Color32 {
    let [r, g, b] = presence.colour;
    Color32::from_rgb(r, g, b)
}

/// Paint `others`' selections over the view's `markers`. Several people on one actor get
/// rings one outside the other, and their names one under the other.
pub fn paint_presence(painter: &Painter, markers: &[Marker], others: &[Presence]) {
    if others.iter().all(|p| p.selection.is_empty()) {
        return;
    }
    let by_id: FxHashMap<&str, &Marker> = markers
        .iter()
        .filter(|m| m.actor != usize::MAX)
        .map(|m| (m.id.0.as_str(), m))
        .collect();
    let mut taken: FxHashMap<&str, usize> = FxHashMap::default();
    for person in others {
        let colour = colour_of(person);
        for id in &person.selection {
            let Some(marker) = by_id.get(id.0.as_str()) else {
                continue;
            };
            let nth = taken.entry(marker.id.0.as_str()).or_insert(0);
            let radius = marker.radius + RING_GAP * (*nth as f32 + 1.0);
            painter.circle_stroke(marker.center, radius, Stroke::new(RING_WIDTH, colour));
            let at = marker.center + Vec2::new(-radius, -radius - NAME_SIZE * 1.4 * *nth as f32);
            name_tag(painter, at, &person.name, colour);
            *nth += 1;
        }
    }
}

/// The person's name in white on their colour, its bottom-right corner at `at`.
fn name_tag(painter: &Painter, at: egui::Pos2, name: &str, colour: Color32) {
    let galley = painter.layout_no_wrap(
        name.to_owned(),
        FontId::proportional(NAME_SIZE),
        Color32::WHITE,
    );
    let rect = Align2::RIGHT_BOTTOM.anchor_size(at, galley.size() + Vec2::new(8.0, 4.0));
    painter.rect_filled(rect, 3.0, colour);
    painter.galley(rect.min + Vec2::new(4.0, 2.0), galley, Color32::WHITE);
}
