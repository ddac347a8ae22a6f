//! The geometry of the spectrum of allies: a half-disc cut into five wedges, our side first.

use crate::model::{Slice, SpectrumPlacement};
use emath::{Pos2, Rect, Vec2, pos2, vec2};
use std::f32::consts::PI;

/// The angle one wedge spans.
const WEDGE: f32 = PI / 5.0;

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
}

impl FanGeometry {
    /// The largest fan that fits `rect`, leaving room for wedge names: the two end wedges
    /// are named below the flat edge, the others outside the arc, as wide as `label_width`
    /// and as tall as `label_height`.
    pub fn fit(rect: Rect, allies_on_right: bool, label_width: f32, label_height: f32) -> Self {
        // The diagonal wedges' names start at cos(54°) of the radius out from the centre.
        let diagonal = (1.5 * WEDGE).cos();
        let by_width =
            ((rect.width() / 2.0 - label_width - 8.0) / diagonal).min(rect.width() / 2.0 - 8.0);
        let by_height = rect.height() - 3.0 * label_height - 16.0;
        let outer = by_width.min(by_height).max(40.0);
        let center = pos2(rect.center().x, rect.bottom() - 1.6 * label_height - 8.0);
        Self {
            center,
            inner: outer * 0.2,
            outer,
            allies_on_right,
        }
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

    /// Where a slice's name goes: just outside the middle of its arc, and how it is anchored.
    pub fn label_anchor(&self, slice: Slice, gap: f32) -> (Pos2, emath::Align2) {
        let (start, end) = Self::slice_angles(slice);
        let dir = self.direction(f32::midpoint(start, end));
        if matches!(slice, Slice::ActiveAllies | Slice::ActiveOpposition) {
            // The end wedges are named under the flat edge, so they need no room at the sides.
            let x = self.center.x + dir.x.signum() * (self.inner + self.outer) / 2.0;
            return (pos2(x, self.center.y + gap), emath::Align2::CENTER_TOP);
        }
        let pos = self.center + (self.outer + gap) * dir;
        let anchor = if dir.x > 0.3 {
            emath::Align2::LEFT_BOTTOM
        } else if dir.x < -0.3 {
            emath::Align2::RIGHT_BOTTOM
        } else {
            emath::Align2::CENTER_BOTTOM
        };
        (pos, anchor)
    }

    /// Whether `pixel` lies inside wedge `slice` (for texture dots).
    pub fn contains(&self, slice: Slice, pixel: Pos2) -> bool {
        self.placement_at(pixel).is_some_and(|p| p.slice == slice)
    }
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
}
