//! The geometry of the spectrum of allies: a half-disc cut into five wedges, our side first.

use crate::model::{Slice, SpectrumPlacement};
use emath::{Pos2, Rect, Vec2, pos2, vec2};
use std::f32::consts::PI;

/// The angle one wedge spans.
const WEDGE: f32 = PI / 5.0;

/// The space between the fan's arc or flat edge and a wedge's name.
pub const NAME_GAP: f32 = 6.0;
/// Space kept free along the canvas's edges.
const EDGE: f32 = 8.0;

/// Where the fan sits on a canvas and which side is ours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FanGeometry {
    /// The middle of the flat edge.
    pub center: Pos2,
    /// The inner radius (a small hole keeps the wedges' tips apart).
    pub inner: f32,
    /// The outer radius.
    pub outer: f32,
    /// Whether the allies' end is on the right (as supportive actors on the power map).
    pub allies_on_right: bool,
    /// The size of the widest wedge name, as `fit` was given it.
    pub name_size: Vec2,
    /// How far sideways from the centre the names may reach (the canvas's half width less a
    /// margin).
    pub room: f32,
}

impl FanGeometry {
    /// The largest fan that fits `rect` with its wedge names, centred in it: the two end
    /// wedges are named below the flat edge, the others outside the arc, each at most
    /// `label_width` wide and `label_height` tall. Where the canvas is too narrow for the
    /// diagonal wedges' names beside the arc, they move up over it (see `label_anchor`), so
    /// the fan still spans the width: on a tall canvas the width decides the fan's size, on a
    /// wide one the height.
    pub fn fit(rect: Rect, allies_on_right: bool, label_width: f32, label_height: f32) -> Self {
        let name_size = vec2(label_width, label_height);
        let room = (rect.width() / 2.0 - EDGE).max(0.0);
        // Below the flat edge: the end wedges' names. Above the arc: the neutral wedge's name.
        let below = NAME_GAP + label_height + EDGE;
        let above = NAME_GAP + label_height + EDGE;
        let by_height = rect.height() - below - above;
        let fits = |outer: f32| {
            diagonal_name_box(outer, name_size, room).is_some()
                && end_name_reach(outer, label_width) <= room
        };
        let mut outer = room.min(by_height).max(40.0);
        if !fits(outer) {
            // Bisect between a fan that fits and this one: what fits shrinks with the radius.
            let (mut lo, mut hi) = (0.0_f32, outer);
            for _ in 0..24 {
                let mid = f32::midpoint(lo, hi);
                if fits(mid) { lo = mid } else { hi = mid }
            }
            outer = lo.max(40.0);
        }
        // Centre the fan and its names vertically: what the width leaves over is shared.
        let block = above + outer + below;
        let top = rect.top() + ((rect.height() - block) / 2.0).max(0.0);
        let center = pos2(rect.center().x, top + above + outer);
        Self {
            center,
            inner: outer * 0.2,
            outer,
            allies_on_right,
            name_size,
            room,
        }
    }

    /// The canvas width at which a fan in a canvas `height` tall, with wedge names
    /// `label_height` tall, reaches the top and bottom: any wider only adds empty sides.
    pub fn width_for_height(height: f32, label_height: f32) -> f32 {
        let outer = height - 2.0 * (NAME_GAP + label_height + EDGE);
        2.0 * (outer.max(0.0) + EDGE)
    }

    /// The direction (unit vector, screen coordinates) of angle `t` measured from our end.
    fn direction(&self, t: f32) -> Vec2 {
        let theta = if self.allies_on_right { t } else { PI - t };
        vec2(theta.cos(), -theta.sin())
    }

    /// The angles, from our end, where a slice's wedge starts and ends.
    pub fn slice_angles(slice: Slice) -> (f32, f32) {
        let start = slice.index() as f32 * WEDGE;
        (start, start + WEDGE)
    }

    /// The pixel where a placement lands.
    pub fn to_screen(&self, placement: SpectrumPlacement) -> Pos2 {
        let (start, _) = Self::slice_angles(placement.slice);
        let t = start + placement.across.clamp(0.0, 1.0) * WEDGE;
        let r = self.inner + placement.out.clamp(0.0, 1.0) * (self.outer - self.inner);
        self.center + r * self.direction(t)
    }

    /// The placement under a pixel, or `None` outside the fan.
    pub fn placement_at(&self, pixel: Pos2) -> Option<SpectrumPlacement> {
        let v = pixel - self.center;
        let r = v.length();
        if v.y > 0.5 || r < self.inner || r > self.outer {
            return None;
        }
        let theta = (-v.y).atan2(v.x).clamp(0.0, PI);
        let t = if self.allies_on_right {
            theta
        } else {
            PI - theta
        };
        let position = t / WEDGE;
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "0..=5 by construction"
        )]
        let index = (position.floor() as usize).min(4);
        Some(
            SpectrumPlacement {
                slice: Slice::from_index(index),
                across: position - index as f32,
                out: (r - self.inner) / (self.outer - self.inner),
            }
            .clamped(),
        )
    }

    /// Points along the wedge's outer and inner arcs, `segments` + 1 each.
    pub fn wedge_arcs(&self, slice: Slice, segments: usize) -> (Vec<Pos2>, Vec<Pos2>) {
        let (start, end) = Self::slice_angles(slice);
        let steps = segments.max(1);
        let arc = |r: f32| -> Vec<Pos2> {
            (0..=steps)
                .map(|k| {
                    self.center
                        + r * self.direction(start + (end - start) * k as f32 / steps as f32)
                })
                .collect()
        };
        (arc(self.outer), arc(self.inner))
    }

    /// Where a slice's name goes and how it is anchored: the end wedges' under the flat edge,
    /// the neutral wedge's above the arc, the diagonal wedges' just outside their arc, or,
    /// where the canvas leaves no room beside the arc, against the canvas's edge and raised
    /// clear of the arc.
    pub fn label_anchor(&self, slice: Slice) -> (Pos2, emath::Align2) {
        let (start, end) = Self::slice_angles(slice);
        let dir = self.direction(f32::midpoint(start, end));
        if matches!(slice, Slice::ActiveAllies | Slice::ActiveOpposition) {
            // The end wedges are named under the flat edge, so they need no room at the sides.
            let x = self.center.x + dir.x.signum() * (self.inner + self.outer) / 2.0;
            return (pos2(x, self.center.y + NAME_GAP), emath::Align2::CENTER_TOP);
        }
        if slice == Slice::Neutral {
            let pos = self.center + (self.outer + NAME_GAP) * dir;
            return (pos, emath::Align2::CENTER_BOTTOM);
        }
        let side = dir.x.signum();
        match diagonal_name_box(self.outer, self.name_size, self.room) {
            Some(DiagonalName::Beside) | None => {
                let pos = self.center + (self.outer + NAME_GAP) * dir;
                let anchor = if side > 0.0 {
                    emath::Align2::LEFT_BOTTOM
                } else {
                    emath::Align2::RIGHT_BOTTOM
                };
                (pos, anchor)
            }
            Some(DiagonalName::Raised { bottom }) => {
                let pos = pos2(self.center.x + side * self.room, self.center.y - bottom);
                let anchor = if side > 0.0 {
                    emath::Align2::RIGHT_BOTTOM
                } else {
                    emath::Align2::LEFT_BOTTOM
                };
                (pos, anchor)
            }
        }
    }

    /// Whether `pixel` lies inside wedge `slice` (for texture dots).
    pub fn contains(&self, slice: Slice, pixel: Pos2) -> bool {
        self.placement_at(pixel).is_some_and(|p| p.slice == slice)
    }
}

/// Where a diagonal wedge's name fits, measured from the fan's centre.
#[derive(Clone, Copy, Debug, PartialEq)]
enum DiagonalName {
    /// Beside the arc, its inner bottom corner just outside the middle of the wedge's arc.
    Beside,
    /// Against the side of the canvas, its bottom this high above the flat edge: clear of the
    /// arc beneath it and below the neutral wedge's name.
    Raised {
        /// Height of the name's bottom edge above the flat edge.
        bottom: f32,
    },
}

/// Where a diagonal wedge's name (`size`) fits beside a fan of radius `outer`, with `room`
/// sideways from the centre; `None` if nowhere.
fn diagonal_name_box(outer: f32, size: Vec2, room: f32) -> Option<DiagonalName> {
    let mid = 1.5 * WEDGE;
    let (cos, sin) = (mid.cos(), mid.sin());
    if (outer + NAME_GAP) * cos + size.x <= room {
        return Some(DiagonalName::Beside);
    }
    let inner_x = room - size.x;
    if inner_x < 0.0 {
        return None;
    }
    // The arc is highest at the name's inner edge; the name sits just above it there, and no
    // lower than where it would sit beside the arc.
    let arc = (outer * outer - inner_x * inner_x).max(0.0).sqrt();
    let bottom = (arc + NAME_GAP).max((outer + NAME_GAP) * sin);
    // The neutral wedge's name spans the middle, up to the same width, from the arc's top.
    let clear_of_neutral = inner_x >= size.x / 2.0 || bottom + size.y <= outer + NAME_GAP;
    clear_of_neutral.then_some(DiagonalName::Raised { bottom })
}

/// How far sideways from the centre an end wedge's name (`width` wide) reaches.
fn end_name_reach(outer: f32, width: f32) -> f32 {
    0.6 * outer + width / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fan(right: bool) -> FanGeometry {
        FanGeometry::fit(
            Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 600.0)),
            right,
            150.0,
            20.0,
        )
    }

    #[test]
    fn placements_round_trip_through_pixels() {
        for right in [true, false] {
            let fan = fan(right);
            for slice in Slice::ALL {
                for (across, out) in [(0.1, 0.1), (0.5, 0.5), (0.9, 0.95)] {
                    let p = SpectrumPlacement { slice, across, out };
                    let back = fan.placement_at(fan.to_screen(p)).expect("inside");
                    assert_eq!(back.slice, slice);
                    assert!(
                        (back.across - across).abs() < 0.01 && (back.out - out).abs() < 0.01,
                        "{back:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn allies_sit_on_their_side_and_neutral_on_top() {
        let right = fan(true);
        let allies = right.to_screen(SpectrumPlacement::middle_of(Slice::ActiveAllies));
        let opposition = right.to_screen(SpectrumPlacement::middle_of(Slice::ActiveOpposition));
        let neutral = right.to_screen(SpectrumPlacement::middle_of(Slice::Neutral));
        assert!(allies.x > right.center.x && opposition.x < right.center.x);
        assert!((neutral.x - right.center.x).abs() < 1.0 && neutral.y < right.center.y);
        let left = fan(false);
        assert!(
            left.to_screen(SpectrumPlacement::middle_of(Slice::ActiveAllies))
                .x
                < left.center.x
        );
    }

    #[test]
    fn slice_boundaries_are_every_36_degrees() {
        let fan = fan(true);
        let r = f32::midpoint(fan.inner, fan.outer);
        let at = |degrees: f32| {
            let theta = degrees.to_radians();
            fan.placement_at(fan.center + r * vec2(theta.cos(), -theta.sin()))
                .map(|p| p.slice)
        };
        assert_eq!(at(35.0), Some(Slice::ActiveAllies));
        assert_eq!(at(37.0), Some(Slice::PassiveAllies));
        assert_eq!(at(71.0), Some(Slice::PassiveAllies));
        assert_eq!(at(73.0), Some(Slice::Neutral));
        assert_eq!(at(107.0), Some(Slice::Neutral));
        assert_eq!(at(109.0), Some(Slice::PassiveOpposition));
        assert_eq!(at(145.0), Some(Slice::ActiveOpposition));
    }

    #[test]
    fn outside_the_fan_is_no_placement() {
        let fan = fan(true);
        assert_eq!(
            fan.placement_at(fan.center + vec2(0.0, 20.0)),
            None,
            "below the flat edge"
        );
        assert_eq!(
            fan.placement_at(fan.center + vec2(0.0, -fan.outer - 5.0)),
            None,
            "beyond the arc"
        );
        assert_eq!(
            fan.placement_at(fan.center + vec2(2.0, -2.0)),
            None,
            "in the hole"
        );
    }

    #[test]
    fn the_fan_fills_its_canvas_and_every_wedge_name_fits() {
        // Canvases the app and exports give the fan: laptop, side by side, projector, print.
        // Wedge names are up to 30 % of the width (`build_spectrum`).
        for (w, h, label_w, label_h) in [
            (740.0, 510.0, 190.0, 23.0),
            (490.0, 650.0, 147.0, 20.0),
            (640.0, 690.0, 192.0, 23.0),
            (1280.0, 545.0, 330.0, 40.0),
            (1000.0, 600.0, 190.0, 20.0),
            (1118.0, 950.0, 335.0, 30.0),
        ] {
            let rect = Rect::from_min_size(pos2(10.0, 20.0), vec2(w, h));
            for right in [true, false] {
                let fan = FanGeometry::fit(rect, right, label_w, label_h);
                let wide = 2.0 * fan.outer / w;
                let tall = (fan.outer + 2.0 * (NAME_GAP + label_h)) / h;
                assert!(
                    wide >= 0.9 || tall >= 0.85,
                    "{w} x {h}: the fan spans {:.0} % of the width and {:.0} % of the height",
                    wide * 100.0,
                    tall * 100.0
                );
                let boxes: Vec<Rect> = Slice::ALL
                    .iter()
                    .map(|&slice| {
                        let (pos, anchor) = fan.label_anchor(slice);
                        anchor.anchor_size(pos, vec2(label_w, label_h))
                    })
                    .collect();
                for (i, b) in boxes.iter().enumerate() {
                    assert!(
                        rect.contains_rect(*b),
                        "{w} x {h}: name {i} at {b:?} leaves the canvas"
                    );
                    for other in &boxes[i + 1..] {
                        assert!(!b.intersects(*other), "{w} x {h}: names overlap");
                    }
                    let inside = b.shrink(0.5);
                    for k in 0..=8 {
                        for l in 0..=8 {
                            let p = inside.lerp_inside(vec2(k as f32 / 8.0, l as f32 / 8.0));
                            let v = p - fan.center;
                            assert!(
                                v.y >= 0.0 || v.length() > fan.outer,
                                "{w} x {h}: name {i} covers the fan"
                            );
                        }
                    }
                }
            }
        }
    }
}
