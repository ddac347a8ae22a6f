//! Markers hidden under other markers: on a crowded map of thousands of actors most markers
//! are fully covered, and drawing them costs time and shows nothing.

use super::shapes::Marker;
use super::style::MarkerShape;
use emath::{Pos2, Rect, vec2};

/// The side of a coverage cell in pixels: small enough that a marker is only called covered
/// when it truly is, large enough that thousands of markers are checked in a millisecond.
const CELL: f32 = 3.0;

impl Marker {
    /// The radius of the opaque disc around the centre that this marker's fill hides, if it
    /// hides anything (a faint, filtered-out marker or a see-through fill hides nothing).
    fn solid_radius(&self) -> Option<f32> {
        let fill = self.body.fill?;
        if self.opacity < 1.0 || fill.a() < 255 {
            return None;
        }
        let r = self.radius;
        // The largest disc about the centre that fits inside the shape, and the outer half
        // of the outline where the outline is opaque.
        let inside = match self.shape {
            MarkerShape::Circle => r,
            MarkerShape::Square => r * 0.85,
            MarkerShape::Diamond => r * 1.15 * std::f32::consts::FRAC_1_SQRT_2,
            MarkerShape::Triangle => r * 0.5,
        };
        let outline = self
            .body
            .pen
            .filter(|pen| pen.color.a() == 255 && pen.dash.is_none())
            .map_or(0.0, |pen| pen.width / 2.0);
        Some(inside + outline)
    }
}

/// Which cells of the canvas are hidden under an opaque marker already. A cell stands for
/// its centre, like a pixel: a marker counts as hidden when every cell centre inside it is.
struct CoverGrid {
    cells: GridCells,
    /// One bit per cell, row after row.
    covered: Vec<u64>,
}

/// Where the grid lies and how many cells it has.
struct GridCells {
    origin: Pos2,
    columns: usize,
    rows: usize,
}

impl CoverGrid {
    fn new(area: Rect) -> Self {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a canvas is a few thousand pixels wide at most; negative sizes become 0"
        )]
        let (columns, rows) = (
            (area.width() / CELL).ceil().max(0.0) as usize,
            (area.height() / CELL).ceil().max(0.0) as usize,
        );
        Self {
            cells: GridCells {
                origin: area.min,
                columns,
                rows,
            },
            covered: vec![0; (columns * rows).div_ceil(64)],
        }
    }

    /// Whether every cell centre inside the disc is covered already.
    fn disc_is_covered(&self, center: Pos2, radius: f32) -> bool {
        let mut any = false;
        let all = self.cells.each_span(center, radius, |cells| {
            any = true;
            bit_words(cells).all(|(word, mask)| self.covered[word] & mask == mask)
        });
        all == Some(true) && any
    }

    /// Mark the cells whose centres lie inside the disc as covered.
    fn cover_disc(&mut self, center: Pos2, radius: f32) {
        self.cells.each_span(center, radius, |cells| {
            for (word, mask) in bit_words(cells) {
                self.covered[word] |= mask;
            }
            true
        });
    }
}

/// The 64-bit words a range of bits falls in, each with the mask of its bits in the range.
fn bit_words(bits: std::ops::Range<usize>) -> impl Iterator<Item = (usize, u64)> {
    let (first, last) = (bits.start / 64, (bits.end - 1) / 64);
    (first..=last).map(move |word| {
        let lo = if word == first { bits.start % 64 } else { 0 };
        let hi = if word == last {
            (bits.end - 1) % 64
        } else {
            63
        };
        // Bits lo..=hi set.
        let mask = (u64::MAX >> (63 - hi)) & (u64::MAX << lo);
        (word, mask)
    })
}

impl GridCells {
    /// Call `visit` with each grid row the disc crosses and the range of its cells whose
    /// centres lie inside the disc, until `visit` says stop; `None` when the disc reaches
    /// outside the grid, else whether every call said go on.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "checked to lie inside the grid before the casts; grids are small"
    )]
    fn each_span(
        &self,
        center: Pos2,
        radius: f32,
        mut visit: impl FnMut(std::ops::Range<usize>) -> bool,
    ) -> Option<bool> {
        // Cell (x, y) has its centre at origin + ((x, y) + 0.5) * CELL.
        let local = (center - self.origin) / CELL - vec2(0.5, 0.5);
        let r = radius / CELL;
        if local.x - r < -0.5
            || local.y - r < -0.5
            || local.x + r > self.columns as f32 - 0.5
            || local.y + r > self.rows as f32 - 0.5
        {
            return None;
        }
        let (y0, y1) = (
            (local.y - r).ceil() as usize,
            (local.y + r).floor() as usize,
        );
        for y in y0..=y1 {
            let dy = y as f32 - local.y;
            let half = (r * r - dy * dy).max(0.0).sqrt();
            let (x0, x1) = ((local.x - half).ceil(), (local.x + half).floor());
            let row = y * self.columns;
            if x0 <= x1 && !visit(row + x0 as usize..row + x1 as usize + 1) {
                return Some(false);
            }
        }
        Some(true)
    }
}

/// Flag the markers that later (higher) markers hide, so the screen skips them. Markers
/// reaching outside `frame` are never flagged. Cells are 3 px, so a marker showing less than
/// a sliver that thin may be skipped: right for a crowded screen, which is why exports,
/// drawn at print resolution, do not use this.
pub fn flag_covered_markers(markers: &mut [Marker], frame: Rect) {
    if markers.len() < 2 {
        return;
    }
    let mut grid = CoverGrid::new(frame);
    for marker in markers.iter_mut().rev() {
        // The selected actor is never skipped: its forced name needs its marker.
        if !marker.selected && grid.disc_is_covered(marker.center, marker.extent()) {
            marker.covered = true;
            continue;
        }
        if let Some(solid) = marker.solid_radius() {
            grid.cover_disc(marker.center, solid);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActorId;
    use crate::scene::{Emphasis, MarkerLook, Palette};
    use emath::pos2;

    fn look() -> MarkerLook {
        MarkerLook::plain(
            MarkerShape::Circle,
            ecolor::Color32::from_rgb(200, 100, 50),
            ecolor::Color32::BLACK,
            1.5,
        )
    }

    fn dressed(look: MarkerLook, x: f32, y: f32, radius: f32) -> Marker {
        look.marker(
            0,
            ActorId("a".to_owned()),
            pos2(x, y),
            radius,
            &Palette::light(),
        )
    }

    fn marker(x: f32, y: f32) -> Marker {
        dressed(look(), x, y, 10.0)
    }

    fn frame() -> Rect {
        Rect::from_min_size(Pos2::ZERO, vec2(400.0, 300.0))
    }

    #[test]
    fn a_marker_under_a_bigger_one_is_covered_and_a_peeking_one_is_not() {
        let big = dressed(look(), 100.0, 100.0, 30.0);
        let mut markers = vec![marker(100.0, 100.0), marker(125.0, 100.0), big];
        flag_covered_markers(&mut markers, frame());
        assert!(markers[0].covered, "fully under the big marker");
        assert!(!markers[1].covered, "sticks out to the right");
        assert!(!markers[2].covered, "the top marker is always drawn");
    }

    #[test]
    fn badges_rings_and_see_through_markers_are_respected() {
        let big = dressed(look(), 100.0, 100.0, 16.0);
        let uncertain = MarkerLook {
            uncertain: true,
            ..look()
        };
        let badged = dressed(uncertain, 100.0, 100.0, 10.0);
        let mut markers = vec![marker(100.0, 100.0), badged, big];
        flag_covered_markers(&mut markers, frame());
        assert!(markers[0].covered);
        assert!(
            !markers[1].covered,
            "its badge sticks out of the big marker"
        );

        let dimmed = MarkerLook {
            emphasis: Emphasis::Dimmed,
            ..look()
        };
        let big = dressed(dimmed, 100.0, 100.0, 16.0);
        let mut markers = vec![marker(100.0, 100.0), big];
        flag_covered_markers(&mut markers, frame());
        assert!(!markers[0].covered, "a faint marker hides nothing");
    }

    #[test]
    fn markers_at_the_edge_of_the_canvas_are_kept() {
        let big = dressed(look(), 2.0, 2.0, 40.0);
        let mut markers = vec![marker(2.0, 2.0), big];
        flag_covered_markers(&mut markers, frame());
        assert!(!markers[0].covered);
    }

    #[test]
    fn bit_masks_cover_exactly_the_range() {
        let words: Vec<(usize, u64)> = bit_words(3..5).collect();
        assert_eq!(words, vec![(0, 0b11000)]);
        let words: Vec<(usize, u64)> = bit_words(62..66).collect();
        assert_eq!(words, vec![(0, 0b11 << 62), (1, 0b11)]);
        let words: Vec<(usize, u64)> = bit_words(64..192).collect();
        assert_eq!(words, vec![(1, u64::MAX), (2, u64::MAX)]);
    }

    #[test]
    fn identical_positions_hide_all_but_the_top() {
        let mut markers: Vec<Marker> = (0..50).map(|_| marker(200.0, 150.0)).collect();
        flag_covered_markers(&mut markers, frame());
        assert_eq!(markers.iter().filter(|m| !m.covered).count(), 1);
        assert!(!markers[49].covered);
    }
}
