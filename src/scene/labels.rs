//! Label placement: each name goes beside its marker where it overlaps nothing placed before.

use emath::{Pos2, Rect, Vec2, pos2};

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

/// A uniform grid of rectangles over the canvas, for fast overlap queries. Only the canvas
/// matters: labels must lie inside it, so what lies outside is never asked about.
struct Occupancy {
    origin: Pos2,
    columns: usize,
    rows: usize,
    cells: Vec<Vec<Rect>>,
    full: FullCells,
}

/// A finer grid of the cells that lie wholly inside something taken. A box containing such
/// a cell overlaps for sure, which settles most questions on a crowded map without looking
/// at the hundreds of rectangles in a coarse cell.
struct FullCells {
    origin: Pos2,
    columns: usize,
    rows: usize,
    full: Vec<bool>,
}

/// The side of a fine cell in pixels.
const FINE: f32 = 4.0;

impl FullCells {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "canvas sizes divided by the cell size are small and not negative"
    )]
    fn new(bounds: Rect) -> Self {
        let columns = (bounds.width() / FINE).ceil().max(1.0) as usize;
        let rows = (bounds.height() / FINE).ceil().max(1.0) as usize;
        Self {
            origin: bounds.min,
            columns,
            rows,
            full: vec![false; columns * rows],
        }
    }

    /// The fine cells lying wholly inside `rect` (clipped to the grid), as rows of ranges.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "clamped into the grid before the casts"
    )]
    fn inside(&self, rect: Rect) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
        let min = (rect.min - self.origin) / FINE;
        let max = (rect.max - self.origin) / FINE;
        let x0 = min.x.ceil().max(0.0);
        let y0 = min.y.ceil().max(0.0);
        let x1 = max.x.floor().min(self.columns as f32);
        let y1 = max.y.floor().min(self.rows as f32);
        (x0 < x1 && y0 < y1).then_some((x0 as usize..x1 as usize, y0 as usize..y1 as usize))
    }

    fn insert(&mut self, rect: Rect) {
        if let Some((xs, ys)) = self.inside(rect) {
            for y in ys {
                self.full[y * self.columns + xs.start..y * self.columns + xs.end].fill(true);
            }
        }
    }

    fn any_full_inside(&self, rect: Rect) -> bool {
        self.inside(rect).is_some_and(|(xs, ys)| {
            ys.into_iter().any(|y| {
                self.full[y * self.columns + xs.start..y * self.columns + xs.end]
                    .iter()
                    .any(|&f| f)
            })
        })
    }
}

impl Occupancy {
    fn new(bounds: Rect) -> Self {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "canvas sizes divided by the cell size are small and not negative"
        )]
        let (columns, rows) = (
            (bounds.width() / CELL).ceil().max(1.0) as usize,
            (bounds.height() / CELL).ceil().max(1.0) as usize,
        );
        Self {
            origin: bounds.min,
            columns,
            rows,
            cells: vec![Vec::new(); columns * rows],
            full: FullCells::new(bounds),
        }
    }

    /// The cells `rect` touches, clipped to the grid.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped into the grid before the casts"
    )]
    fn cell_range(&self, rect: Rect) -> impl Iterator<Item = usize> + use<> {
        let min = (rect.min - self.origin) / CELL;
        let max = (rect.max - self.origin) / CELL;
        let last_x = self.columns as f32 - 1.0;
        let last_y = self.rows as f32 - 1.0;
        let outside = max.x < 0.0 || max.y < 0.0 || min.x > last_x + 1.0 || min.y > last_y + 1.0;
        let (x0, x1) = (
            min.x.floor().clamp(0.0, last_x) as usize,
            max.x.floor().clamp(0.0, last_x) as usize,
        );
        let (y0, y1) = (
            min.y.floor().clamp(0.0, last_y) as usize,
            max.y.floor().clamp(0.0, last_y) as usize,
        );
        let columns = self.columns;
        let (ys, xs) = if outside {
            (0..0, 0..0)
        } else {
            (y0..y1 + 1, x0..x1 + 1)
        };
        ys.flat_map(move |y| xs.clone().map(move |x| y * columns + x))
    }

    fn insert(&mut self, rect: Rect) {
        for cell in self.cell_range(rect) {
            self.cells[cell].push(rect);
        }
        self.full.insert(rect);
    }

    fn collides(&self, rect: Rect) -> bool {
        let shrunk = rect.shrink(0.5);
        if self.full.any_full_inside(shrunk) {
            return true;
        }
        self.cell_range(rect)
            .any(|cell| self.cells[cell].iter().any(|r| r.intersects(shrunk)))
    }
}

/// The places to try, nearest and most natural first: right, left, above, below, diagonals.
/// A wider box at the same anchor contains the narrower one at every place, which is what
/// lets `label_markers` skip measuring names that cannot fit anyway.
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

/// Places boxes one at a time inside a canvas where they overlap nothing placed before.
pub struct LabelPlacer {
    bounds: Rect,
    taken: Occupancy,
}

impl LabelPlacer {
    /// A placer for boxes inside `bounds` that already avoids `obstacles`.
    pub fn new(bounds: Rect, obstacles: &[Rect]) -> Self {
        let mut placer = Self {
            bounds,
            taken: Occupancy::new(bounds),
        };
        for &rect in obstacles {
            placer.taken.insert(rect);
        }
        placer
    }

    /// Mark `rect` as taken.
    pub fn block(&mut self, rect: Rect) {
        self.taken.insert(rect);
    }

    /// Whether `rect` lies inside the canvas and overlaps nothing taken.
    pub fn is_free(&self, rect: Rect) -> bool {
        self.bounds.contains_rect(rect) && !self.taken.collides(rect)
    }

    /// The first of `options` that is free; it becomes taken.
    pub fn place_first_free(&mut self, options: &[Rect]) -> Option<Rect> {
        let free = options.iter().copied().find(|&rect| self.is_free(rect))?;
        self.taken.insert(free);
        Some(free)
    }

    /// Place one label: the first free candidate, or (when `forced`) the first candidate
    /// even if it overlaps; `None` when there is no room.
    pub fn place(&mut self, request: &LabelRequest) -> Option<Rect> {
        let options = candidates(request.anchor, request.radius, request.size);
        self.place_first_free(&options).or_else(|| {
            request.forced.then(|| {
                self.block(options[0]);
                options[0]
            })
        })
    }
}

/// Place labels in the order given (most important first). Each gets the first candidate
/// inside the placer's canvas that overlaps no obstacle and no label placed before it; a
/// label with no free place is left out (`None`) unless forced, so what is drawn stays
/// readable.
pub fn place_labels(placer: &mut LabelPlacer, requests: &[LabelRequest]) -> Vec<Option<Rect>> {
    requests.iter().map(|req| placer.place(req)).collect()
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
            &mut LabelPlacer::new(bounds(), &[]),
            &[request(100.0, 100.0)],
        );
        let rect = placed[0].expect("placed");
        assert!(rect.min.x > 100.0 && (rect.center().y - 100.0).abs() < 0.01);
    }

    #[test]
    fn crowded_labels_never_overlap() {
        let requests: Vec<_> = (0..40)
            .map(|i| request(300.0 + (i % 5) as f32 * 6.0, 300.0 + (i / 5) as f32 * 6.0))
            .collect();
        let placed: Vec<Rect> = place_labels(&mut LabelPlacer::new(bounds(), &[]), &requests)
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
            &mut LabelPlacer::new(bounds(), &[obstacle]),
            &[request(100.0, 100.0)],
        )[0]
        .expect("placed");
        assert!(!rect.intersects(obstacle));
        let edge = place_labels(
            &mut LabelPlacer::new(bounds(), &[]),
            &[request(995.0, 500.0)],
        )[0]
        .expect("placed");
        assert!(edge.max.x < 995.0, "flipped to the left at the right edge");
    }

    #[test]
    fn forced_labels_are_placed_even_when_crowded() {
        let mut reqs = vec![request(100.0, 100.0); 10];
        reqs[9].forced = true;
        let placed = place_labels(&mut LabelPlacer::new(bounds(), &[]), &reqs);
        assert!(placed[9].is_some());
    }
}
