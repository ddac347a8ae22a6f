//! The alliance report's charts as scene primitives: bars are areas, axes are lines, every
//! label is a text. Two kinds: bars along a row per item (partners per level, needs
//! covered) and stacked columns (actors per slice, round by round). A right-to-left page
//! mirrors them: labels start at the right and bars grow leftward, rounds run right to left.

use super::Scene;
use super::alliance_report::Bar;
use super::measure::TextMeasure;
use super::shapes::{Area, Line, Text};
use super::style::Palette;
use ecolor::Color32;
use emath::{Align2, Rect, pos2};

/// Where a chart goes and how it reads.
pub struct ChartFrame<'a> {
    /// The chart's box on the page, title included.
    pub rect: Rect,
    /// Right to left (Arabic).
    pub rtl: bool,
    /// Text size of labels; the title is a little larger.
    pub size: f32,
    /// The page's colours.
    pub palette: &'a Palette,
    /// Measures labels so they fit their room.
    pub measure: &'a dyn TextMeasure,
}

/// One series of a chart: its name in the legend and its colour.
pub struct Series<'a> {
    /// The legend's words.
    pub label: &'a str,
    /// The fill.
    pub color: Color32,
}

impl ChartFrame<'_> {
    /// The x of a point `offset` from the chart's starting edge (left, or right in Arabic).
    fn x(&self, offset: f32) -> f32 {
        if self.rtl {
            self.rect.right() - offset
        } else {
            self.rect.left() + offset
        }
    }

    /// The box from `from` to `to` (distances from the starting edge), `top` to `bottom`.
    fn span(&self, from: f32, to: f32, top: f32, bottom: f32) -> Rect {
        let (a, b) = (self.x(from), self.x(to));
        Rect::from_min_max(pos2(a.min(b), top), pos2(a.max(b), bottom))
    }

    /// The anchor of a text that starts at its point (`start`) or ends there.
    fn anchor(&self, start: bool, vertical_center: bool) -> Align2 {
        let left = start != self.rtl;
        match (left, vertical_center) {
            (true, true) => Align2::LEFT_CENTER,
            (true, false) => Align2::LEFT_TOP,
            (false, true) => Align2::RIGHT_CENTER,
            (false, false) => Align2::RIGHT_TOP,
        }
    }

    fn text(&self, scene: &mut Scene, text: String, pos: emath::Pos2, anchor: Align2) {
        scene.texts.push(Text {
            text,
            pos,
            anchor,
            size: self.size,
            color: self.palette.text,
            strong: false,
        });
    }

    /// `text` shortened with an ellipsis to `width`: a chart's label has a fixed room; the
    /// full words stand in the tables that follow the charts.
    fn fit(&self, text: &str, width: f32) -> String {
        let m = self.measure;
        if m.measure(text, self.size, false).x <= width {
            return text.to_owned();
        }
        let room = width - m.measure("…", self.size, false).x;
        let end = m.fitting_prefix(text, self.size, false, room.max(0.0));
        format!("{}…", text[..end].trim_end())
    }

    /// The title at the top; returns where the chart below it starts.
    fn title(&self, scene: &mut Scene, title: &str) -> f32 {
        let size = self.size * 1.15;
        let text = self.fit(title, self.rect.width());
        scene.texts.push(Text {
            text,
            pos: pos2(self.x(0.0), self.rect.top()),
            anchor: self.anchor(true, false),
            size,
            color: self.palette.text,
            strong: true,
        });
        self.rect.top() + size * 1.6
    }

    /// A filled box with a thin outline, so a pale fill (the neutral slice) still shows on
    /// white paper.
    fn bar(&self, scene: &mut Scene, rect: Rect, color: Color32) {
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return;
        }
        scene.areas.push(Area {
            rect,
            fill: self.palette.axis,
        });
        scene.areas.push(Area {
            rect: rect.shrink(0.6_f32.min(rect.width() / 3.0).min(rect.height() / 3.0)),
            fill: color,
        });
    }

    /// The legend as a row of swatches and names from the starting edge, wrapping when the
    /// row is full; returns the y below it.
    fn legend_row(&self, scene: &mut Scene, series: &[Series<'_>], top: f32, width: f32) -> f32 {
        let swatch = self.size * 0.9;
        let row = self.size * 1.5;
        let (mut at, mut y) = (0.0, top);
        for s in series {
            let text = self.fit(s.label, width - swatch - 4.0);
            let used = swatch + 4.0 + self.measure.measure(&text, self.size, false).x + 12.0;
            if at > 0.0 && at + used > width {
                at = 0.0;
                y += row;
            }
            let box_top = y + (row - swatch) / 2.0;
            self.bar(
                scene,
                self.span(at, at + swatch, box_top, box_top + swatch),
                s.color,
            );
            self.text(
                scene,
                text,
                pos2(self.x(at + swatch + 4.0), y + row / 2.0),
                self.anchor(true, true),
            );
            at += used;
        }
        y + row
    }
}

/// Bars along one row per item, each with its count at its end; item labels take the first
/// third of the width. With `by_bar`, each item has one value drawn in its own series'
/// colour (needs covered, needs nobody covers) and no legend is needed; otherwise each item
/// has one thin bar per series, in the series' colours, with a legend.
pub fn row_bars(
    scene: &mut Scene,
    frame: &ChartFrame<'_>,
    title: &str,
    bars: &[Bar],
    series: &[Series<'_>],
    by_bar: bool,
) {
    let mut top = frame.title(scene, title);
    if !by_bar && series.len() > 1 {
        top = frame.legend_row(scene, series, top, frame.rect.width());
    }
    let label_width = frame.rect.width() * 0.36;
    let count_room = frame.measure.measure("000", frame.size, false).x + 6.0;
    let bar_room = (frame.rect.width() - label_width - 8.0 - count_room).max(1.0);
    let most = bars
        .iter()
        .flat_map(|b| b.values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let per_series = if by_bar { 1 } else { series.len().max(1) };
    let row = ((frame.rect.bottom() - top) / bars.len().max(1) as f32).max(1.0);
    let thickness = (row * 0.7 / per_series as f32).min(frame.size * 1.3);
    // The axis the bars grow from.
    let axis_x = frame.x(label_width + 8.0);
    scene.lines.push(Line {
        points: [
            pos2(axis_x, top),
            pos2(axis_x, top + row * bars.len() as f32),
        ],
        width: 0.8,
        color: frame.palette.axis,
        dashed: false,
    });
    for (i, bar) in bars.iter().enumerate() {
        let row_top = top + row * i as f32;
        frame.text(
            scene,
            frame.fit(&bar.label, label_width),
            pos2(frame.x(0.0), row_top + row / 2.0),
            frame.anchor(true, true),
        );
        let block = thickness * per_series as f32;
        let mut y = row_top + (row - block) / 2.0;
        let colours: &[Series<'_>] = if by_bar {
            series.get(i..=i).unwrap_or_default()
        } else {
            series
        };
        for (value, s) in bar.values.iter().zip(colours) {
            #[expect(
                clippy::cast_precision_loss,
                reason = "counts of actors, far below 2^24"
            )]
            let length = bar_room * (*value as f32) / (most as f32);
            let start = label_width + 8.0;
            frame.bar(
                scene,
                frame.span(start, start + length, y, y + thickness * 0.9),
                s.color,
            );
            frame.text(
                scene,
                value.to_string(),
                pos2(frame.x(start + length + 4.0), y + thickness * 0.45),
                frame.anchor(true, true),
            );
            y += thickness;
        }
    }
}

/// Stacked columns, one per bar, its series stacked from the baseline up in order, its
/// total above it and its label below; the legend stands in the last third of the width.
pub fn stacked_columns(
    scene: &mut Scene,
    frame: &ChartFrame<'_>,
    title: &str,
    bars: &[Bar],
    series: &[Series<'_>],
) {
    let top = frame.title(scene, title);
    let legend_width = frame.rect.width() * 0.34;
    let plot_width = frame.rect.width() - legend_width - 10.0;
    // The legend, one series per row, at the chart's far side.
    let row = frame.size * 1.5;
    let swatch = frame.size * 0.9;
    let legend_start = plot_width + 10.0;
    for (i, s) in series.iter().enumerate() {
        let y = top + row * i as f32;
        let box_top = y + (row - swatch) / 2.0;
        frame.bar(
            scene,
            frame.span(
                legend_start,
                legend_start + swatch,
                box_top,
                box_top + swatch,
            ),
            s.color,
        );
        frame.text(
            scene,
            frame.fit(s.label, legend_width - swatch - 4.0),
            pos2(frame.x(legend_start + swatch + 4.0), y + row / 2.0),
            frame.anchor(true, true),
        );
    }
    let label_row = frame.size * 1.6;
    let baseline = frame.rect.bottom() - label_row;
    let total_room = frame.size * 1.4;
    let height = (baseline - top - total_room).max(1.0);
    let most = bars
        .iter()
        .map(|b| b.values.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let slot = plot_width / bars.len().max(1) as f32;
    let width = (slot * 0.6).min(frame.size * 4.0);
    scene.lines.push(Line {
        points: [
            pos2(frame.x(0.0), baseline),
            pos2(frame.x(plot_width), baseline),
        ],
        width: 0.8,
        color: frame.palette.axis,
        dashed: false,
    });
    for (i, bar) in bars.iter().enumerate() {
        let middle = slot * (i as f32 + 0.5);
        let (from, to) = (middle - width / 2.0, middle + width / 2.0);
        let mut y = baseline;
        for (value, s) in bar.values.iter().zip(series) {
            #[expect(
                clippy::cast_precision_loss,
                reason = "counts of actors, far below 2^24"
            )]
            let length = height * (*value as f32) / (most as f32);
            frame.bar(scene, frame.span(from, to, y - length, y), s.color);
            y -= length;
        }
        let total: usize = bar.values.iter().sum();
        frame.text(
            scene,
            total.to_string(),
            pos2(frame.x(middle), y - 2.0),
            Align2::CENTER_BOTTOM,
        );
        frame.text(
            scene,
            frame.fit(&bar.label, slot - 2.0),
            pos2(frame.x(middle), baseline + 3.0),
            Align2::CENTER_TOP,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::ApproxMeasure;
    use emath::vec2;

    fn bars() -> Vec<Bar> {
        vec![
            Bar {
                label: "Before".into(),
                values: vec![1, 2, 3, 0, 4],
            },
            Bar {
                label: "Now".into(),
                values: vec![5, 2, 1, 0, 2],
            },
        ]
    }

    #[test]
    fn columns_stay_in_their_box_and_grow_with_their_counts_in_either_direction() {
        let palette = Palette::print();
        let colors = palette.slice_fills;
        let names = ["a", "b", "c", "d", "e"];
        let series: Vec<Series<'_>> = names
            .iter()
            .zip(colors)
            .map(|(label, color)| Series { label, color })
            .collect();
        for rtl in [false, true] {
            let rect = Rect::from_min_size(pos2(100.0, 50.0), vec2(360.0, 200.0));
            let frame = ChartFrame {
                rect,
                rtl,
                size: 9.0,
                palette: &palette,
                measure: &ApproxMeasure,
            };
            let mut scene = Scene::empty(rect.expand(50.0), palette.clone());
            stacked_columns(&mut scene, &frame, "Actors per slice", &bars(), &series);
            for area in &scene.areas {
                assert!(rect.expand(0.5).contains_rect(area.rect), "{area:?}");
            }
            // The tallest column (ten actors) reaches highest; its total says 10.
            assert!(scene.texts.iter().any(|t| t.text == "10"));
            let firsts: Vec<f32> = scene
                .areas
                .iter()
                .filter(|a| a.fill == colors[0])
                .map(|a| a.rect.center().x)
                .collect();
            // Legend swatch, then the two columns' first segments.
            assert_eq!(firsts.len(), 3, "{firsts:?}");
            assert_eq!(firsts[1] < firsts[2], !rtl, "rounds run in reading order");
        }
    }
}
