//! The mapping between model coordinates (support, influence) and pixels on a canvas.

use crate::model::{Position, SupportiveSide};
use emath::{Pos2, Rect, pos2, vec2};

/// The part of the model plane in view. `x` is support as drawn (already flipped when
/// supportive sits on the left), `y` is influence; both in model units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelView {
    /// The visible model rectangle: x = drawn support, y = influence (up is more).
    pub visible: Rect,
}

impl Default for ModelView {
    fn default() -> Self {
        Self::FIT
    }
}

impl ModelView {
    /// The whole map with a margin for labels: what "zoom to fit" shows.
    pub const FIT: Self = Self {
        visible: Rect {
            min: Pos2 { x: -1.12, y: -0.08 },
            max: Pos2 { x: 1.12, y: 1.08 },
        },
    };
    /// The narrowest visible width in model units (the deepest zoom).
    pub const MIN_WIDTH: f32 = 0.05;
    /// The widest visible width in model units (the farthest zoom out).
    pub const MAX_WIDTH: f32 = 8.0;

    /// Zoom by `factor` (>1 zooms in) keeping the model point `anchor` still.
    #[must_use]
    pub fn zoomed(self, factor: f32, anchor: Pos2) -> Self {
        let width = self.visible.width();
        // A degenerate view (no width) has no zoom range to clamp into.
        if !factor.is_finite() || factor <= 0.0 || !width.is_finite() || width <= 0.0 {
            return self;
        }
        let factor = factor.clamp(width / Self::MAX_WIDTH, width / Self::MIN_WIDTH);
        let min = anchor + (self.visible.min - anchor) / factor;
        let max = anchor + (self.visible.max - anchor) / factor;
        Self {
            visible: Rect::from_min_max(min, max),
        }
    }

    /// Shift the view by a model-space amount.
    #[must_use]
    pub fn panned(self, delta: emath::Vec2) -> Self {
        Self {
            visible: self.visible.translate(delta),
        }
    }
}

/// Converts between model positions and canvas pixels for one canvas size and view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapTransform {
    /// The canvas in pixels.
    pub screen: Rect,
    /// What part of the model is shown.
    pub view: ModelView,
    /// Whether supportive sits on the left.
    pub flipped: bool,
}

impl MapTransform {
    /// A transform for a canvas, a view and the session's choice of supportive side.
    pub fn new(screen: Rect, view: ModelView, side: SupportiveSide) -> Self {
        Self {
            screen,
            view,
            flipped: side == SupportiveSide::Left,
        }
    }

    fn drawn_support(&self, support: f32) -> f32 {
        if self.flipped { -support } else { support }
    }

    /// The pixel where raw model coordinates land (values outside the ranges allowed).
    pub fn point_to_screen(&self, support: f32, influence: f32) -> Pos2 {
        let v = self.view.visible;
        let x = self.screen.left()
            + (self.drawn_support(support) - v.min.x) / v.width() * self.screen.width();
        let y = self.screen.bottom() - (influence - v.min.y) / v.height() * self.screen.height();
        pos2(x, y)
    }

    /// The pixel where a model position lands.
    pub fn to_screen(&self, position: Position) -> Pos2 {
        self.point_to_screen(position.support, position.influence)
    }

    /// The model coordinates under a pixel, unclamped (support, influence).
    pub fn to_model_unclamped(&self, pixel: Pos2) -> (f32, f32) {
        let v = self.view.visible;
        let drawn = v.min.x + (pixel.x - self.screen.left()) / self.screen.width() * v.width();
        let influence =
            v.min.y + (self.screen.bottom() - pixel.y) / self.screen.height() * v.height();
        (self.drawn_support(drawn), influence)
    }

    /// The model position under a pixel, clamped into the valid ranges.
    pub fn to_model(&self, pixel: Pos2) -> Position {
        let (support, influence) = self.to_model_unclamped(pixel);
        Position::clamped(support, influence)
    }

    /// How far a pixel movement moves a position in model units (support, influence).
    pub fn delta_to_model(&self, pixels: emath::Vec2) -> (f32, f32) {
        let v = self.view.visible;
        let d_drawn = pixels.x / self.screen.width() * v.width();
        let d_influence = -pixels.y / self.screen.height() * v.height();
        (self.drawn_support(d_drawn), d_influence)
    }

    /// The view's model-plane point (drawn support, influence) under a pixel, for zooming.
    pub fn view_point(&self, pixel: Pos2) -> Pos2 {
        let v = self.view.visible;
        pos2(
            v.min.x + (pixel.x - self.screen.left()) / self.screen.width() * v.width(),
            v.min.y + (self.screen.bottom() - pixel.y) / self.screen.height() * v.height(),
        )
    }

    /// A pixel movement as a view-plane movement, for panning (drag right shows what is left).
    pub fn pan_delta(&self, pixels: emath::Vec2) -> emath::Vec2 {
        let v = self.view.visible;
        vec2(
            -pixels.x / self.screen.width() * v.width(),
            pixels.y / self.screen.height() * v.height(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transform(side: SupportiveSide) -> MapTransform {
        MapTransform::new(
            Rect::from_min_size(pos2(10.0, 20.0), vec2(800.0, 600.0)),
            ModelView::FIT,
            side,
        )
    }

    #[test]
    fn model_to_screen_and_back() {
        for side in [SupportiveSide::Right, SupportiveSide::Left] {
            let t = transform(side);
            for (s, i) in [(-1.0, 0.0), (0.0, 0.5), (1.0, 1.0), (0.37, 0.81)] {
                let p = Position::clamped(s, i);
                let back = t.to_model(t.to_screen(p));
                assert!(
                    (back.support - s).abs() < 1e-4 && (back.influence - i).abs() < 1e-4,
                    "{side:?} {s} {i}"
                );
            }
        }
    }

    #[test]
    fn supportive_is_right_by_default_and_left_when_flipped() {
        let right = transform(SupportiveSide::Right);
        assert!(
            right.to_screen(Position::clamped(1.0, 0.5)).x
                > right.to_screen(Position::clamped(-1.0, 0.5)).x
        );
        let left = transform(SupportiveSide::Left);
        assert!(
            left.to_screen(Position::clamped(1.0, 0.5)).x
                < left.to_screen(Position::clamped(-1.0, 0.5)).x
        );
        assert!(
            right.to_screen(Position::clamped(0.0, 1.0)).y
                < right.to_screen(Position::clamped(0.0, 0.0)).y,
            "high influence is up"
        );
    }

    #[test]
    fn pixel_deltas_follow_the_flip() {
        let (ds, di) = transform(SupportiveSide::Left).delta_to_model(vec2(100.0, -60.0));
        assert!(ds < 0.0 && di > 0.0);
    }

    #[test]
    fn zoom_keeps_anchor_and_respects_limits() {
        let view = ModelView::FIT.zoomed(2.0, pos2(0.5, 0.5));
        assert!((view.visible.width() - ModelView::FIT.visible.width() / 2.0).abs() < 1e-5);
        let t = MapTransform::new(
            Rect::from_min_size(Pos2::ZERO, vec2(100.0, 100.0)),
            view,
            SupportiveSide::Right,
        );
        let anchor_px = t.point_to_screen(0.5, 0.5);
        let t_fit = MapTransform::new(t.screen, ModelView::FIT, SupportiveSide::Right);
        let before = t_fit.point_to_screen(0.5, 0.5);
        assert!((anchor_px - before).length() < 1e-3);
        let deep = ModelView::FIT.zoomed(1e9, Pos2::ZERO);
        assert!((deep.visible.width() - ModelView::MIN_WIDTH).abs() < 1e-5);
        assert_eq!(ModelView::FIT.zoomed(f32::NAN, Pos2::ZERO), ModelView::FIT);
    }
}
