//! What is taken on a canvas while names are placed: boxes, leader lines and marker discs,
//! kept in grids so that asking about one place costs the same on a map of thousands.

use emath::{Pos2, Rect, Vec2};

/// The side of a coarse cell in pixels.
const CELL: f32 = 64.0;

/// The side of a fine cell in pixels.
const FINE: f32 = 4.0;

/// A uniform grid over the canvas. Only the canvas matters: names must lie inside it, so what
/// lies outside is never asked about.
#[derive(Clone, Copy)]
struct Grid {
    origin: Pos2,
    columns: usize,
    rows: usize,
}

impl Grid {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "canvas sizes divided by the cell size are small and not negative"
    )]
    fn new(bounds: Rect) -> Self {
        Self {
            origin: bounds.min,
            columns: (bounds.width() / CELL).ceil().max(1.0) as usize,
            rows: (bounds.height() / CELL).ceil().max(1.0) as usize,
        }
    }

    fn len(self) -> usize {
        self.columns * self.rows
    }

    /// The cells `rect` touches, clipped to the grid.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped into the grid before the casts"
    )]
    fn cells(self, rect: Rect) -> impl Iterator<Item = usize> {
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
}

/// A finer grid counting, per cell, the things taken that cover it wholly. A box containing
/// a covered cell overlaps for sure, which settles most questions on a crowded map without
/// looking at the hundreds of rectangles in a coarse cell. Counts, not flags, so a name
/// taken off again uncovers its cells; a count that saturates only makes the shortcut miss,
/// and the rectangles answer instead.
struct FullCells {
    origin: Pos2,
    columns: usize,
    rows: usize,
    full: Vec<u8>,
}

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
            full: vec![0; columns * rows],
        }
    }

    /// The fine cells lying wholly inside `rect` (clipped to the grid), as rows of ranges.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
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
                for count in &mut self.full[y * self.columns + xs.start..y * self.columns + xs.end]
                {
                    *count = count.saturating_add(1);
                }
            }
        }
    }

    fn remove(&mut self, rect: Rect) {
        if let Some((xs, ys)) = self.inside(rect) {
            for y in ys {
                for count in &mut self.full[y * self.columns + xs.start..y * self.columns + xs.end]
                {
                    *count = count.saturating_sub(1);
                }
            }
        }
    }

    fn any_full_inside(&self, rect: Rect) -> bool {
        self.inside(rect).is_some_and(|(xs, ys)| {
            ys.into_iter().any(|y| {
                self.full[y * self.columns + xs.start..y * self.columns + xs.end]
                    .iter()
                    .any(|&f| f > 0)
            })
        })
    }
}

/// The boxes and leader lines taken so far.
pub struct Occupancy {
    grid: Grid,
    rects: Vec<Vec<Rect>>,
    segments: Vec<Vec<[Pos2; 2]>>,
    full: FullCells,
}

impl Occupancy {
    /// Nothing taken yet inside `bounds`.
    pub fn new(bounds: Rect) -> Self {
        let grid = Grid::new(bounds);
        Self {
            grid,
            rects: vec![Vec::new(); grid.len()],
            segments: vec![Vec::new(); grid.len()],
            full: FullCells::new(bounds),
        }
    }

    /// Take `rect`.
    pub fn insert(&mut self, rect: Rect) {
        for cell in self.grid.cells(rect) {
            self.rects[cell].push(rect);
        }
        self.full.insert(rect);
    }

    /// Free `rect`, taken before.
    pub fn remove(&mut self, rect: Rect) {
        for cell in self.grid.cells(rect) {
            if let Some(at) = self.rects[cell].iter().position(|r| *r == rect) {
                self.rects[cell].swap_remove(at);
            }
        }
        self.full.remove(rect);
    }

    /// Free the leader line from `a` to `b`.
    pub fn remove_segment(&mut self, a: Pos2, b: Pos2) {
        for cell in self.grid.cells(Rect::from_two_pos(a, b)) {
            if let Some(at) = self.segments[cell].iter().position(|s| *s == [a, b]) {
                self.segments[cell].swap_remove(at);
            }
        }
    }

    /// Take `rect` only as far as the fine cells wholly inside it: for what is already kept
    /// elsewhere more exactly (a marker's disc), so questions about it end early.
    pub fn insert_solid(&mut self, rect: Rect) {
        self.full.insert(rect);
    }

    /// Take the leader line from `a` to `b`.
    pub fn insert_segment(&mut self, a: Pos2, b: Pos2) {
        for cell in self.grid.cells(Rect::from_two_pos(a, b)) {
            self.segments[cell].push([a, b]);
        }
    }

    /// Whether `rect` overlaps a box taken.
    pub fn collides(&self, rect: Rect) -> bool {
        let shrunk = rect.shrink(0.5);
        if self.full.any_full_inside(shrunk) {
            return true;
        }
        self.grid
            .cells(rect)
            .any(|cell| self.rects[cell].iter().any(|r| r.intersects(shrunk)))
    }

    /// How many leader lines taken pass under `rect`: allowed, as a line may cross a name,
    /// but each makes the place worse.
    pub fn leaders_under(&self, rect: Rect) -> usize {
        let shrunk = rect.shrink(0.5);
        let mut under: Vec<[Pos2; 2]> = Vec::new();
        for cell in self.grid.cells(rect) {
            for &[a, b] in &self.segments[cell] {
                // A line spanning several cells is listed in each; count it once.
                if segment_hits_rect(a, b, shrunk) && !under.contains(&[a, b]) {
                    under.push([a, b]);
                }
            }
        }
        under.len()
    }

    /// How many boxes taken the line from `a` to `b` crosses (its last pixel aside, where it
    /// meets the box it leads to).
    pub fn crossings(&self, a: Pos2, b: Pos2) -> usize {
        let length = a.distance(b);
        if length < 1.5 {
            return 0;
        }
        let b = a + (b - a) * ((length - 1.5) / length);
        let mut crossed: Vec<Rect> = Vec::new();
        for cell in self.grid.cells(Rect::from_two_pos(a, b)) {
            for r in &self.rects[cell] {
                // A box spanning several cells is listed in each; count it once.
                if segment_hits_rect(a, b, r.shrink(0.5)) && !crossed.contains(r) {
                    crossed.push(*r);
                }
            }
        }
        crossed.len()
    }
}

/// Whether the segment from `a` to `b` meets `rect` (Liang-Barsky clipping).
pub fn segment_hits_rect(a: Pos2, b: Pos2, rect: Rect) -> bool {
    let d = b - a;
    let (mut t0, mut t1) = (0.0_f32, 1.0_f32);
    for (p, q) in [
        (-d.x, a.x - rect.min.x),
        (d.x, rect.max.x - a.x),
        (-d.y, a.y - rect.min.y),
        (d.y, rect.max.y - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// The distance from `p` to the segment from `a` to `b`.
fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab: Vec2 = b - a;
    let length_sq = ab.length_sq();
    if length_sq == 0.0 {
        return p.distance(a);
    }
    let t = ((p - a).dot(ab) / length_sq).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

/// The markers' discs, which names and leader lines keep clear of.
pub struct MarkerDiscs {
    grid: Grid,
    discs: Vec<Vec<(Pos2, f32)>>,
}

impl MarkerDiscs {
    /// No markers yet inside `bounds`.
    pub fn new(bounds: Rect) -> Self {
        let grid = Grid::new(bounds);
        Self {
            grid,
            discs: vec![Vec::new(); grid.len()],
        }
    }

    /// A marker at `center` drawing nothing farther out than `radius`.
    pub fn insert(&mut self, center: Pos2, radius: f32) {
        let rect = Rect::from_center_size(center, Vec2::splat(2.0 * radius));
        for cell in self.grid.cells(rect) {
            self.discs[cell].push((center, radius));
        }
    }

    /// Whether a marker reaches into `rect`.
    pub fn hit_rect(&self, rect: Rect) -> bool {
        self.grid.cells(rect).any(|cell| {
            self.discs[cell]
                .iter()
                .any(|&(c, r)| rect.distance_sq_to_pos(c) < (r - 0.5).max(0.0).powi(2))
        })
    }

    /// Whether the segment from `a` to `b` passes through a marker other than the one at
    /// `own` (where a leader line starts). Markers nearer the own one (of `own_radius`) than
    /// `clump` times the sum of their radii do not count: a leader must cross them to leave
    /// a clump (0: every marker counts).
    pub fn hit_segment(&self, a: Pos2, b: Pos2, own: Pos2, own_radius: f32, clump: f32) -> bool {
        let reach = Rect::from_two_pos(a, b);
        self.grid.cells(reach).any(|cell| {
            self.discs[cell].iter().any(|&(c, r)| {
                let apart = c.distance(own);
                apart > 0.5 && apart >= (r + own_radius) * clump && distance_to_segment(c, a, b) < r
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::{pos2, vec2};

    #[test]
    fn segments_meet_boxes_they_cross_and_miss_the_others() {
        let rect = Rect::from_min_size(pos2(10.0, 10.0), vec2(10.0, 10.0));
        assert!(segment_hits_rect(pos2(0.0, 15.0), pos2(30.0, 15.0), rect));
        assert!(segment_hits_rect(pos2(0.0, 0.0), pos2(30.0, 30.0), rect));
        assert!(!segment_hits_rect(pos2(0.0, 0.0), pos2(30.0, 5.0), rect));
        assert!(!segment_hits_rect(pos2(0.0, 25.0), pos2(5.0, 0.0), rect));
        assert!(
            segment_hits_rect(pos2(12.0, 12.0), pos2(13.0, 13.0), rect),
            "inside"
        );
    }

    #[test]
    fn taken_boxes_and_lines_are_found() {
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(500.0, 500.0));
        let mut taken = Occupancy::new(bounds);
        taken.insert(Rect::from_min_size(pos2(100.0, 100.0), vec2(50.0, 20.0)));
        taken.insert_segment(pos2(300.0, 300.0), pos2(400.0, 400.0));
        assert!(taken.collides(Rect::from_min_size(pos2(120.0, 110.0), vec2(50.0, 20.0))));
        assert!(!taken.collides(Rect::from_min_size(pos2(151.0, 100.0), vec2(50.0, 20.0))));
        assert_eq!(
            taken.leaders_under(Rect::from_center_size(pos2(350.0, 350.0), vec2(10.0, 10.0))),
            1
        );
        assert_eq!(taken.crossings(pos2(90.0, 110.0), pos2(200.0, 110.0)), 1);
        assert_eq!(taken.crossings(pos2(90.0, 90.0), pos2(200.0, 90.0)), 0);
    }

    #[test]
    fn marker_discs_block_boxes_and_lines_but_not_their_own_leader() {
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(500.0, 500.0));
        let mut discs = MarkerDiscs::new(bounds);
        discs.insert(pos2(100.0, 100.0), 10.0);
        discs.insert(pos2(200.0, 100.0), 10.0);
        assert!(discs.hit_rect(Rect::from_min_size(pos2(105.0, 95.0), vec2(40.0, 10.0))));
        assert!(!discs.hit_rect(Rect::from_min_size(pos2(111.0, 95.0), vec2(40.0, 10.0))));
        let own = pos2(100.0, 100.0);
        assert!(!discs.hit_segment(pos2(110.0, 100.0), pos2(150.0, 140.0), own, 10.0, 0.0));
        assert!(discs.hit_segment(pos2(110.0, 100.0), pos2(250.0, 100.0), own, 10.0, 0.0));
        discs.insert(pos2(115.0, 100.0), 10.0);
        assert!(discs.hit_segment(pos2(110.0, 100.0), pos2(150.0, 100.0), own, 10.0, 0.0));
        assert!(
            !discs.hit_segment(pos2(110.0, 100.0), pos2(150.0, 100.0), own, 10.0, 1.5),
            "a marker on top of the own one may be crossed to leave the clump"
        );
    }
}
