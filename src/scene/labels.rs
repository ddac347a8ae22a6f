//! Label placement: each name goes beside its marker where it overlaps nothing placed before.

use emath::{Pos2, Rect, Vec2, pos2};
use std::collections::HashMap;

/// A label waiting for a place.
#[derive(Clone, Copy, Debug)]
pub struct LabelRequest {
    /// The marker's centre.
    pub anchor: Pos2,
    /// The marker's radius; labels keep clear of it.
    pub radius: f32,
    /// The text's size.
    pub size: Vec2,
    /// Placed even if it must overlap (the selected actor).
    pub forced: bool,
}

const GAP: f32 = 4.0;
const CELL: f32 = 64.0;

/// A uniform grid of rectangles for fast overlap queries.
#[derive(Default)]
struct Occupancy {
    cells: HashMap<(i32, i32), Vec<Rect>>,
}

impl Occupancy {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "pixel coordinates divided by the cell size are small"
    )]
    fn cell_range(rect: Rect) -> impl Iterator<Item = (i32, i32)> {
        let (x0, x1) = (
            (rect.min.x / CELL).floor() as i32,
            (rect.max.x / CELL).floor() as i32,
        );
        let (y0, y1) = (
            (rect.min.y / CELL).floor() as i32,
            (rect.max.y / CELL).floor() as i32,
        );
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn insert(&mut self, rect: Rect) {
        for cell in Self::cell_range(rect) {
            self.cells.entry(cell).or_default().push(rect);
        }
    }

    fn collides(&self, rect: Rect) -> bool {
        let shrunk = rect.shrink(0.5);
        Self::cell_range(rect).any(|cell| {
            self.cells
                .get(&cell)
                .is_some_and(|rects| rects.iter().any(|r| r.intersects(shrunk)))
        })
    }
}

/// The places to try, nearest and most natural first: right, left, above, below, diagonals.
pub fn candidates(anchor: Pos2, radius: f32, size: Vec2) -> [Rect; 8] {
    let d = radius + GAP;
    let (w, h) = (size.x, size.y);
    let at = |x: f32, y: f32| Rect::from_min_size(pos2(x, y), size);
    [
        at(anchor.x + d, anchor.y - h / 2.0),
        at(anchor.x - d - w, anchor.y - h / 2.0),
        at(anchor.x - w / 2.0, anchor.y - d - h),
        at(anchor.x - w / 2.0, anchor.y + d),
        at(anchor.x + d * 0.7, anchor.y - d * 0.7 - h),
        at(anchor.x + d * 0.7, anchor.y + d * 0.7),
        at(anchor.x - d * 0.7 - w, anchor.y - d * 0.7 - h),
        at(anchor.x - d * 0.7 - w, anchor.y + d * 0.7),
    ]
}

/// Places boxes one at a time where they overlap nothing placed before.
#[derive(Default)]
pub struct LabelPlacer {
    taken: Occupancy,
}

impl LabelPlacer {
    /// A placer that already avoids `obstacles`.
    pub fn with_obstacles(obstacles: &[Rect]) -> Self {
        let mut placer = Self::default();
        for &rect in obstacles {
            placer.taken.insert(rect);
        }
        placer
    }

    /// Mark `rect` as taken.
    pub fn block(&mut self, rect: Rect) {
        self.taken.insert(rect);
    }

    /// The first of `options` inside `bounds` that is free; it becomes taken.
    pub fn place_first_free(&mut self, options: &[Rect], bounds: Rect) -> Option<Rect> {
        let free = options
            .iter()
            .copied()
            .find(|&rect| bounds.contains_rect(rect) && !self.taken.collides(rect))?;
        self.taken.insert(free);
        Some(free)
    }
}

/// Place labels in the order given (most important first). Each gets the first candidate
/// inside `bounds` that overlaps no obstacle and no label placed before it; a label with no
/// free place is left out (`None`) unless forced, so what is drawn stays readable.
pub fn place_labels(
    placer: &mut LabelPlacer,
    requests: &[LabelRequest],
    bounds: Rect,
) -> Vec<Option<Rect>> {
    requests
        .iter()
        .map(|req| {
            let options = candidates(req.anchor, req.radius, req.size);
            placer.place_first_free(&options, bounds).or_else(|| {
                req.forced.then(|| {
                    placer.block(options[0]);
                    options[0]
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::vec2;

    fn request(x: f32, y: f32) -> LabelRequest {
        LabelRequest {
            anchor: pos2(x, y),
            radius: 8.0,
            size: vec2(60.0, 16.0),
            forced: false,
        }
    }

    fn bounds() -> Rect {
        Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 1000.0))
    }

    #[test]
    fn a_lone_label_sits_to_the_right() {
        let placed = place_labels(
            &mut LabelPlacer::default(),
            &[request(100.0, 100.0)],
            bounds(),
        );
        let rect = placed[0].expect("placed");
        assert!(rect.min.x > 100.0 && (rect.center().y - 100.0).abs() < 0.01);
    }

    #[test]
    fn crowded_labels_never_overlap() {
        let requests: Vec<_> = (0..40)
            .map(|i| request(300.0 + (i % 5) as f32 * 6.0, 300.0 + (i / 5) as f32 * 6.0))
            .collect();
        let placed: Vec<Rect> = place_labels(&mut LabelPlacer::default(), &requests, bounds())
            .into_iter()
            .flatten()
            .collect();
        assert!(placed.len() >= 4, "some labels fit");
        assert!(placed.len() < 40, "not all can fit without overlap");
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(!a.shrink(0.5).intersects(*b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn labels_avoid_obstacles_and_stay_in_bounds() {
        let obstacle = Rect::from_min_size(pos2(108.0, 80.0), vec2(100.0, 40.0));
        let rect = place_labels(
            &mut LabelPlacer::with_obstacles(&[obstacle]),
            &[request(100.0, 100.0)],
            bounds(),
        )[0]
        .expect("placed");
        assert!(!rect.intersects(obstacle));
        let edge = place_labels(
            &mut LabelPlacer::default(),
            &[request(995.0, 500.0)],
            bounds(),
        )[0]
        .expect("placed");
        assert!(edge.max.x < 995.0, "flipped to the left at the right edge");
    }

    #[test]
    fn forced_labels_are_placed_even_when_crowded() {
        let mut reqs = vec![request(100.0, 100.0); 10];
        reqs[9].forced = true;
        let placed = place_labels(&mut LabelPlacer::default(), &reqs, bounds());
        assert!(placed[9].is_some());
    }
}
