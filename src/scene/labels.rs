//! Label placement: a name goes beside its marker where it can, else farther out with a thin
//! leader line back to it. Nothing placed overlaps a marker, another name or an obstacle
//! (titles, captions), and nothing leaves the canvas; a leader line may cross a name, at a
//! cost that makes other places preferred.

use super::fan::FanGeometry;
use super::label_space::{MarkerDiscs, Occupancy};
use emath::{Pos2, Rect, Vec2, pos2, vec2};

/// The gap between a marker's edge and its name.
const GAP: f32 = 4.0;

/// How many directions each ring of places farther out tries.
const DIRECTIONS: usize = 16;

/// A leader line shorter than this is not drawn: the name sits beside its marker.
const ADJACENT: f32 = GAP + 3.0;

/// A name's place: its box, and the leader line from the marker's edge when it needs one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    /// The box the name fills.
    pub rect: Rect,
    /// From the marker's edge to the box, when the name sits away from its marker or across
    /// a dividing line.
    pub leader: Option<[Pos2; 2]>,
}

/// Which part of a view a point lies in (a quadrant, a slice). A name set down across a
/// dividing line gets a leader line, so no one reads its actor into the wrong part.
#[derive(Clone, Copy, Debug, Default)]
pub enum Regions {
    /// The view has no parts (tests, plain canvases).
    #[default]
    None,
    /// The power map's quadrants: `area` split at `split`.
    Quadrants {
        /// Where the dividing lines cross.
        split: Pos2,
        /// The shaded plot area; outside it nothing belongs to a quadrant.
        area: Rect,
    },
    /// The spectrum's five wedges.
    Fan(FanGeometry),
}

impl Regions {
    /// The part `p` lies in; `None` outside every part.
    fn at(&self, p: Pos2) -> Option<u8> {
        match self {
            Self::None => None,
            Self::Quadrants { split, area } => area
                .contains(p)
                .then(|| u8::from(p.x >= split.x) + 2 * u8::from(p.y >= split.y)),
            Self::Fan(fan) => fan.placement_at(p).map(|place| {
                #[expect(clippy::cast_possible_truncation, reason = "five slices, index 0..5")]
                let index = place.slice.index() as u8;
                index
            }),
        }
    }

    /// The part a marker at `p` belongs to: none when it sits on a dividing line, as such an
    /// actor belongs to no part and any side is as true as the other.
    fn home(&self, p: Pos2) -> Option<u8> {
        let part = self.at(p)?;
        let near = [
            vec2(1.5, 0.0),
            vec2(-1.5, 0.0),
            vec2(0.0, 1.5),
            vec2(0.0, -1.5),
        ];
        near.iter()
            .all(|&d| self.at(p + d).is_none_or(|q| q == part))
            .then_some(part)
    }

    /// Whether every part of `rect` that lies in some part of the view lies in `home`.
    fn keeps_to(&self, rect: Rect, home: Option<u8>) -> bool {
        let Some(home) = home else {
            return true;
        };
        let points = [
            rect.left_top(),
            rect.right_top(),
            rect.left_bottom(),
            rect.right_bottom(),
            rect.center(),
            rect.center_top(),
            rect.center_bottom(),
            rect.left_center(),
            rect.right_center(),
        ];
        points.iter().all(|&p| self.at(p).is_none_or(|q| q == home))
    }
}

/// The eight places beside a marker, nearest and most natural first: right, left, above,
/// below, then the diagonals.
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

/// A box of `size` whose side facing `anchor` lies `distance` away in direction `dir`: to the
/// right its left edge faces the marker, above its bottom edge, on a diagonal its corner.
fn box_toward(anchor: Pos2, dir: Vec2, distance: f32, size: Vec2) -> Rect {
    let p = anchor + dir * distance;
    let fx = 0.5 - 0.5 * (dir.x * 1.6).clamp(-1.0, 1.0);
    let fy = 0.5 - 0.5 * (dir.y * 1.6).clamp(-1.0, 1.0);
    Rect::from_min_size(p - vec2(fx * size.x, fy * size.y), size)
}

/// The leader line from the edge of a marker at `anchor` (of `radius`) to the nearest point of
/// `rect`, or `None` when the box touches the marker's side.
fn leader_to(anchor: Pos2, radius: f32, rect: Rect) -> Option<[Pos2; 2]> {
    let end = rect.clamp(anchor);
    let offset = end - anchor;
    let length = offset.length();
    (length > radius + ADJACENT).then(|| [anchor + offset * (radius / length), end])
}

/// One name looking for a place: where its marker is and the sizes it can take (one line,
/// two lines), best first.
#[derive(Clone, Copy, Debug)]
pub struct LabelRequest<'a> {
    /// The marker's centre.
    pub anchor: Pos2,
    /// How far from the centre the marker draws anything; names keep clear of it.
    pub radius: f32,
    /// The sizes the name can take, preferred first.
    pub sizes: &'a [Vec2],
}

/// Places boxes one at a time inside a canvas where they overlap nothing placed before.
pub struct LabelPlacer {
    bounds: Rect,
    taken: Occupancy,
    markers: MarkerDiscs,
    regions: Regions,
    /// How far from a marker's edge a name may move, in pixels.
    reach: f32,
    /// Candidate places that may still be tried (a crowded screen stops searching in time).
    budget: usize,
    /// How far around its own marker, in sums of radii, a leader line may pass over other
    /// markers: 0 but for the last resorts before a name is left out, for a marker buried
    /// in a clump of others.
    clump: f32,
}

impl LabelPlacer {
    /// A placer for boxes inside `bounds` that already avoids `obstacles` and the marker discs
    /// `markers` (centre, radius).
    pub fn new(
        bounds: Rect,
        obstacles: &[Rect],
        markers: &[(Pos2, f32)],
        regions: Regions,
    ) -> Self {
        let mut taken = Occupancy::new(bounds);
        for &rect in obstacles {
            taken.insert(rect);
        }
        let mut discs = MarkerDiscs::new(bounds);
        for &(center, radius) in markers {
            discs.insert(center, radius);
            // The square inside a disc is taken for sure, which answers most questions on a
            // crowded map at once.
            taken.insert_solid(Rect::from_center_size(
                center,
                Vec2::splat(radius * std::f32::consts::SQRT_2),
            ));
        }
        Self {
            bounds,
            taken,
            markers: discs,
            regions,
            reach: (bounds.width().min(bounds.height()) * 0.6).max(60.0),
            budget: usize::MAX,
            clump: 0.0,
        }
    }

    /// How far around its own marker, in sums of radii, a leader line may pass over other
    /// markers (see `clump`; 0 by default).
    pub fn set_clump(&mut self, reach: f32) {
        self.clump = reach;
    }

    /// Try at most `budget` more candidate places in all, so a screen of thousands of
    /// crowded actors stops searching in time.
    pub fn set_budget(&mut self, budget: usize) {
        self.budget = budget;
    }

    /// Mark `rect` as taken.
    pub fn block(&mut self, rect: Rect) {
        self.taken.insert(rect);
    }

    /// Free a place taken before, so its name can move.
    pub fn remove(&mut self, placed: &Placed) {
        self.taken.remove(placed.rect);
        if let Some([a, b]) = placed.leader {
            self.taken.remove_segment(a, b);
        }
    }

    /// Take a place again that was removed, with nothing placed since where it lies.
    pub fn restore(&mut self, placed: Placed) {
        self.take(placed);
    }

    /// Whether candidate places may still be tried.
    pub fn has_budget(&self) -> bool {
        self.budget > 0
    }

    /// How many candidate places may still be tried.
    pub fn budget_left(&self) -> usize {
        self.budget
    }

    /// Whether `rect` lies inside the canvas and overlaps no box and no marker (leader lines
    /// may pass under it, at a cost).
    pub fn is_free(&self, rect: Rect) -> bool {
        self.bounds.contains_rect(rect)
            && !self.taken.collides(rect)
            && !self.markers.hit_rect(rect)
    }

    /// The first of `options` that is free; it becomes taken.
    pub fn place_first_free(&mut self, options: &[Rect]) -> Option<Rect> {
        let free = options.iter().copied().find(|&rect| self.is_free(rect))?;
        self.taken.insert(free);
        Some(free)
    }

    /// Whether a name at `rect` for the marker at `anchor` can stand: the box is free, and
    /// the leader it needs (away from its marker, or across a dividing line) crosses no
    /// other marker. Returns the place without taking it, and how many other names its leader
    /// crosses or leaders cross it (allowed, but each costs as much as moving farther out).
    fn check(
        &mut self,
        anchor: Pos2,
        radius: f32,
        home: Option<u8>,
        rect: Rect,
    ) -> Option<(Placed, usize)> {
        self.budget = self.budget.checked_sub(1)?;
        if !self.is_free(rect) {
            return None;
        }
        let leader = match leader_to(anchor, radius, rect) {
            None if self.regions.keeps_to(rect, home) => None,
            None => {
                // Beside its marker but across a line: a short leader says whose it is.
                let end = rect.clamp(anchor);
                let dir = (end - anchor).normalized();
                Some([anchor + dir * radius, end])
            }
            Some(line) => Some(line),
        };
        let mut crossed = self.taken.leaders_under(rect);
        if let Some([start, end]) = leader {
            if self
                .markers
                .hit_segment(start, end, anchor, radius, self.clump)
            {
                return None;
            }
            crossed += self.taken.crossings(start, end);
        }
        Some((Placed { rect, leader }, crossed))
    }

    fn take(&mut self, placed: Placed) -> Placed {
        self.taken.insert(placed.rect);
        if let Some([start, end]) = placed.leader {
            self.taken.insert_segment(start, end);
        }
        placed
    }

    /// Put a name exactly at `rect` (where it was last frame) if it can still stand there.
    pub fn place_at(&mut self, anchor: Pos2, radius: f32, rect: Rect) -> Option<Placed> {
        let home = self.regions.home(anchor);
        let (placed, _) = self.check(anchor, radius, home, rect)?;
        Some(self.take(placed))
    }

    /// Put a name of `size` beside its marker, on its own side of every dividing line, if one
    /// of the eight places there is free.
    pub fn place_beside(&mut self, anchor: Pos2, radius: f32, size: Vec2) -> Option<Placed> {
        let home = self.regions.home(anchor);
        for rect in candidates(anchor, radius, size) {
            if !self.regions.keeps_to(rect, home) {
                continue;
            }
            if let Some((placed, 0)) = self.check(anchor, radius, home, rect) {
                return Some(self.take(placed));
            }
        }
        None
    }

    /// Whether the smallest name could sit anywhere beside its marker; where not, measuring
    /// the real name (the costly part on a crowded map) is skipped.
    pub fn has_room_beside(&self, anchor: Pos2, radius: f32, smallest: Vec2) -> bool {
        candidates(anchor, radius, smallest)
            .iter()
            .any(|&rect| self.is_free(rect))
    }

    /// Put a name in the best free place near its marker: rings of places farther and
    /// farther out, each in sixteen directions, in each of the request's sizes. A place costs
    /// its distance, more for a later size and more across a dividing line; the cheapest
    /// place of the nearest ring that has one wins. Returns the place and the size's index.
    pub fn place_near(&mut self, request: &LabelRequest<'_>) -> Option<(Placed, usize)> {
        let LabelRequest {
            anchor,
            radius,
            sizes,
        } = *request;
        let home = self.regions.home(anchor);
        let step = sizes.first().map_or(12.0, |s| s.y.min(40.0)).max(6.0);
        let mut best: Option<(f32, Placed, usize)> = None;
        let rings = (self.reach / step).ceil().max(1.0);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a canvas divided by a line height is small"
        )]
        for ring in 0..=rings as usize {
            let distance = radius + GAP + ring as f32 * step;
            if best.as_ref().is_some_and(|(cost, ..)| *cost <= distance) {
                break;
            }
            for (index, &size) in sizes.iter().enumerate() {
                let size_cost = index as f32 * step * 1.5;
                let options: Vec<Rect> = if ring == 0 {
                    candidates(anchor, radius, size).to_vec()
                } else {
                    (0..DIRECTIONS)
                        .map(|k| {
                            let angle = std::f32::consts::TAU * k as f32 / DIRECTIONS as f32;
                            box_toward(anchor, Vec2::angled(angle), distance, size)
                        })
                        .collect()
                };
                for rect in options {
                    if self.budget == 0 {
                        return best.map(|(_, placed, index)| (self.take(placed), index));
                    }
                    let Some((placed, crossed)) = self.check(anchor, radius, home, rect) else {
                        continue;
                    };
                    let across = if self.regions.keeps_to(rect, home) {
                        0.0
                    } else {
                        step * 2.0
                    };
                    let cost = distance + size_cost + across + crossed as f32 * step * 2.0;
                    if best.as_ref().is_none_or(|(c, ..)| cost < *c) {
                        best = Some((cost, placed, index));
                    }
                }
            }
        }
        best.map(|(_, placed, index)| (self.take(placed), index))
    }

    /// Put a name beside its marker even though it overlaps (the selected actor's name is
    /// always shown).
    pub fn force(&mut self, anchor: Pos2, radius: f32, size: Vec2) -> Placed {
        let rect = candidates(anchor, radius, size)
            .into_iter()
            .find(|&rect| self.bounds.contains_rect(rect))
            .unwrap_or_else(|| candidates(anchor, radius, size)[0]);
        self.take(Placed { rect, leader: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds() -> Rect {
        Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 1000.0))
    }

    fn placer(markers: &[(Pos2, f32)]) -> LabelPlacer {
        LabelPlacer::new(bounds(), &[], markers, Regions::None)
    }

    #[test]
    fn a_lone_label_sits_to_the_right_without_a_leader() {
        let anchor = pos2(100.0, 100.0);
        let placed = placer(&[(anchor, 8.0)])
            .place_beside(anchor, 8.0, vec2(60.0, 16.0))
            .expect("placed");
        assert!(placed.rect.min.x > 100.0 && (placed.rect.center().y - 100.0).abs() < 0.01);
        assert!(placed.leader.is_none());
    }

    #[test]
    fn labels_avoid_obstacles_and_stay_in_bounds() {
        let obstacle = Rect::from_min_size(pos2(108.0, 80.0), vec2(100.0, 40.0));
        let anchor = pos2(100.0, 100.0);
        let rect = LabelPlacer::new(bounds(), &[obstacle], &[(anchor, 8.0)], Regions::None)
            .place_beside(anchor, 8.0, vec2(60.0, 16.0))
            .expect("placed")
            .rect;
        assert!(!rect.intersects(obstacle));
        let edge = pos2(995.0, 500.0);
        let rect = placer(&[(edge, 8.0)])
            .place_beside(edge, 8.0, vec2(60.0, 16.0))
            .expect("placed")
            .rect;
        assert!(edge.x > rect.max.x, "flipped to the left at the right edge");
    }

    #[test]
    fn a_name_with_no_room_beside_moves_out_with_a_leader_that_crosses_no_marker() {
        // A ring of markers around the one to name leaves no place beside it, only gaps a
        // line can pass.
        let anchor = pos2(500.0, 500.0);
        let mut markers = vec![(anchor, 8.0)];
        for k in 0..8 {
            let angle = std::f32::consts::TAU * k as f32 / 8.0;
            markers.push((anchor + Vec2::angled(angle) * 30.0, 8.0));
        }
        let mut space = placer(&markers);
        let size = vec2(80.0, 16.0);
        assert!(space.place_beside(anchor, 8.0, size).is_none());
        let (placed, _) = space
            .place_near(&LabelRequest {
                anchor,
                radius: 8.0,
                sizes: &[size],
            })
            .expect("placed farther out");
        let [start, end] = placed.leader.expect("a leader line");
        assert!(
            (start.distance(anchor) - 8.0).abs() < 0.01,
            "starts at the edge"
        );
        assert!(placed.rect.distance_to_pos(end) < 0.01, "ends at the box");
        for &(center, radius) in &markers[1..] {
            assert!(
                distance_to_segment(center, start, end) >= radius,
                "the leader crosses the marker at {center:?}"
            );
            assert!(placed.rect.distance_to_pos(center) >= radius);
        }
        assert!(placed.rect.distance_to_pos(anchor) < 120.0, "stays near");
    }

    fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
        let ab = b - a;
        let t = ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0);
        p.distance(a + ab * t)
    }

    #[test]
    fn a_name_across_a_dividing_line_gets_a_leader() {
        // The marker sits just left of the line, with its right side blocked: the name may
        // only go right, across the line, or far away.
        let split = pos2(500.0, 500.0);
        let area = Rect::from_min_size(pos2(100.0, 100.0), vec2(800.0, 800.0));
        let anchor = pos2(490.0, 300.0);
        let blocks = [
            Rect::from_min_max(pos2(380.0, 200.0), pos2(482.0, 400.0)),
            Rect::from_min_max(pos2(400.0, 200.0), pos2(600.0, 290.0)),
            Rect::from_min_max(pos2(400.0, 310.0), pos2(600.0, 400.0)),
        ];
        let mut space = LabelPlacer::new(
            bounds(),
            &blocks,
            &[(anchor, 6.0)],
            Regions::Quadrants { split, area },
        );
        assert!(space.place_beside(anchor, 6.0, vec2(60.0, 16.0)).is_none());
        let (placed, _) = space
            .place_near(&LabelRequest {
                anchor,
                radius: 6.0,
                sizes: &[vec2(60.0, 16.0)],
            })
            .expect("placed");
        if placed.rect.max.x > split.x {
            assert!(placed.leader.is_some(), "across the line without a leader");
        }
    }

    #[test]
    fn labels_never_overlap_each_other_or_leaders() {
        let mut markers = Vec::new();
        for i in 0..40 {
            markers.push((
                pos2(420.0 + (i % 8) as f32 * 20.0, 420.0 + (i / 8) as f32 * 20.0),
                6.0,
            ));
        }
        let mut space = placer(&markers);
        let mut names = Vec::new();
        for &(anchor, radius) in &markers {
            let size = vec2(110.0, 16.0);
            if let Some((p, _)) = space.place_near(&LabelRequest {
                anchor,
                radius,
                sizes: &[size],
            }) {
                names.push(p);
            }
        }
        assert_eq!(names.len(), 40, "room enough around the crowd for all");
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                assert!(
                    !a.rect.shrink(0.5).intersects(b.rect),
                    "{a:?} overlaps {b:?}"
                );
            }
            for &(center, radius) in &markers {
                assert!(a.rect.distance_to_pos(center) >= radius - 0.01);
            }
        }
    }

    #[test]
    fn a_spent_budget_stops_the_search() {
        let anchor = pos2(500.0, 500.0);
        let mut space = placer(&[(anchor, 8.0)]);
        space.set_budget(0);
        assert!(space.place_beside(anchor, 8.0, vec2(60.0, 16.0)).is_none());
    }
}
