//! Paints a scene with egui's painter: the on-screen renderer.

use super::bidi::{has_right_to_left, visual_job};
use super::lines::LineBatch;
use crate::scene::{
    ActorLabel, Arrow, Band, Edge, Emphasis, LegendSymbol, Marker, MarkerShape, Palette, Scene,
    Text, TextMeasure,
};
use egui::{
    Color32, CornerRadius, FontId, Painter, Pos2, Shape, Stroke, StrokeKind, Vec2, pos2, vec2,
};

/// Measures text with egui's own fonts, so labels are placed where they will really fit.
pub struct EguiMeasure<'a> {
    /// The context whose fonts draw the text.
    pub ctx: &'a egui::Context,
}

impl TextMeasure for EguiMeasure<'_> {
    fn measure(&self, text: &str, font_size: f32, strong: bool) -> Vec2 {
        let font = font(font_size, strong);
        self.ctx.fonts_mut(|fonts| {
            if has_right_to_left(text) {
                fonts
                    .layout_job(visual_job(text, &font, Color32::BLACK))
                    .size()
            } else {
                fonts
                    .layout_no_wrap(text.to_owned(), font, Color32::BLACK)
                    .size()
            }
        })
    }
}

/// Text as it is read: a text with right-to-left letters laid out run by run in visual
/// order (`bidi`), any other as egui lays it out.
fn paint_read_text(
    painter: &Painter,
    pos: Pos2,
    anchor: egui::Align2,
    text: &str,
    font: FontId,
    color: Color32,
) {
    if !has_right_to_left(text) {
        painter.text(pos, anchor, text, font, color);
        return;
    }
    let galley = painter.layout_job(visual_job(text, &font, color));
    let rect = anchor.anchor_size(pos, galley.size());
    painter.galley(rect.min, galley, color);
}

/// The bundled font at `size`, bold when `strong` (see `fonts::install_egui_fonts`).
fn font(size: f32, strong: bool) -> FontId {
    if strong {
        FontId::new(size, egui::FontFamily::Name(super::fonts::EGUI_BOLD.into()))
    } else {
        FontId::proportional(size)
    }
}

/// Paint every part of `scene`, in drawing order.
pub fn paint_scene(painter: &Painter, scene: &Scene) {
    painter.rect_filled(scene.frame, CornerRadius::ZERO, scene.palette.background);
    for area in &scene.areas {
        painter.rect_filled(area.rect, CornerRadius::ZERO, area.fill);
    }
    for band in &scene.bands {
        paint_band(painter, band);
    }
    for dot in &scene.dots {
        painter.circle_filled(dot.center, dot.radius, dot.color);
    }
    for line in &scene.lines {
        let stroke = Stroke::new(line.width, line.color);
        if line.dashed {
            painter.extend(Shape::dashed_line(&line.points, stroke, 6.0, 4.0));
        } else {
            painter.line_segment(line.points, stroke);
        }
    }
    for text in &scene.texts {
        paint_text(painter, text);
    }
    paint_edges(painter, &scene.edges, scene.palette.halo);
    for arrow in &scene.arrows {
        paint_arrow(painter, arrow);
    }
    for marker in scene.markers.iter().filter(|m| !m.covered) {
        paint_marker(painter, marker, &scene.palette);
    }
    // Leader lines first, so each ends under its name's halo.
    let leader = Stroke::new(1.0, scene.palette.muted_text);
    for label in &scene.labels {
        if let Some(ends) = label.leader {
            painter.line_segment(ends, leader);
        }
    }
    for label in &scene.labels {
        paint_label(painter, label, scene.palette.halo);
    }
}

fn paint_text(painter: &Painter, text: &Text) {
    paint_read_text(
        painter,
        text.pos,
        text.anchor,
        &text.text,
        font(text.size, text.strong),
        text.color,
    );
}

/// Relationship lines, then their labels on top. Lines of one width and style share a mesh.
fn paint_edges(painter: &Painter, edges: &[Edge], halo: Color32) {
    let mut batches: Vec<LineBatch> = Vec::new();
    for edge in edges {
        let at = if let Some(at) = batches
            .iter()
            .position(|b| b.holds(edge.width, edge.dashed))
        {
            at
        } else {
            batches.push(LineBatch::new(painter.ctx(), edge.width, edge.dashed));
            batches.len() - 1
        };
        batches[at].add(edge.from, edge.to, edge.color);
    }
    for batch in batches {
        painter.add(batch.into_shape());
    }
    for edge in edges {
        paint_edge_label(painter, edge, halo);
    }
}

fn paint_edge_label(painter: &Painter, edge: &Edge, halo: Color32) {
    if let Some(label) = &edge.label {
        let galley = painter.layout_no_wrap(
            label.text.clone(),
            FontId::proportional(label.size),
            label.color,
        );
        let rect = label
            .anchor
            .anchor_size(label.pos, galley.size())
            .expand(2.0);
        painter.rect_filled(rect, CornerRadius::same(3), halo);
        painter.galley(rect.min + vec2(2.0, 2.0), galley, label.color);
    }
}

/// A wedge: convex quads between the two arcs (egui fills only convex shapes), then its outline.
fn paint_band(painter: &Painter, band: &Band) {
    // One mesh of triangles sharing vertices: no seams, unlike separate quads.
    let mut mesh = egui::Mesh::default();
    for (o, i) in band.outer.iter().zip(&band.inner) {
        mesh.colored_vertex(*o, band.fill);
        mesh.colored_vertex(*i, band.fill);
    }
    for k in 0..band.outer.len().saturating_sub(1) {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a wedge has a few dozen vertices"
        )]
        let v = (2 * k) as u32;
        mesh.add_triangle(v, v + 1, v + 2);
        mesh.add_triangle(v + 1, v + 3, v + 2);
    }
    painter.add(Shape::mesh(mesh));
    let mut outline = band.outer.clone();
    outline.extend(band.inner.iter().rev());
    outline.push(band.outer[0]);
    painter.add(Shape::line(outline, Stroke::new(1.0, band.stroke)));
}

/// An arrow with a filled head, dashed for an aim and solid for a movement.
fn paint_arrow(painter: &Painter, arrow: &Arrow) {
    let stroke = Stroke::new(arrow.width, arrow.color);
    let direction = (arrow.to - arrow.from).normalized();
    let head = arrow.width * 4.0 + 4.0;
    let base = arrow.to - direction * head;
    if arrow.dashed {
        painter.extend(Shape::dashed_line(
            &[arrow.from, base],
            stroke,
            arrow.width * 3.0,
            arrow.width * 2.0,
        ));
    } else {
        painter.line_segment([arrow.from, base], stroke);
    }
    let side = direction.rot90() * head * 0.5;
    painter.add(Shape::convex_polygon(
        vec![arrow.to, base + side, base - side],
        arrow.color,
        Stroke::NONE,
    ));
}

/// Paint one marker with its rings: selection, reach, us, and the uncertain badge.
pub fn paint_marker(painter: &Painter, marker: &Marker, palette: &Palette) {
    if marker.emphasis == Emphasis::Dimmed {
        // Filtered out: drawn faintly, never hidden.
        let mut faint = painter.clone();
        faint.multiply_opacity(0.25);
        paint_marker_body(&faint, marker, palette);
        return;
    }
    if marker.emphasis == Emphasis::Highlighted {
        painter.circle_filled(
            marker.center,
            marker.radius + 10.0,
            palette.highlight.gamma_multiply(0.6),
        );
    }
    paint_marker_body(painter, marker, palette);
}

fn paint_marker_body(painter: &Painter, marker: &Marker, palette: &Palette) {
    let (c, r) = (marker.center, marker.radius);
    let outline = Stroke::new(marker.outline_width, marker.outline);
    if marker.selected {
        painter.circle_filled(c, r + 7.0, palette.selection.gamma_multiply(0.25));
        painter.circle_stroke(c, r + 7.0, Stroke::new(2.5, palette.selection));
    }
    if marker.reachable {
        painter.extend(dashed_ring(c, r + 4.0, Stroke::new(2.5, palette.reachable)));
    }
    painter.add(marker_shape(marker.shape, c, r, marker.fill, outline));
    if marker.is_us {
        painter.circle_stroke(c, r + 4.0, Stroke::new(2.0, marker.outline));
    }
    if marker.uncertain {
        let badge = c + vec2(r * 0.9, -r * 0.9);
        let badge_r = (r * 0.55).max(6.0);
        painter.circle(
            badge,
            badge_r,
            palette.background,
            Stroke::new(1.0, marker.outline),
        );
        painter.text(
            badge,
            egui::Align2::CENTER_CENTER,
            "?",
            FontId::proportional(badge_r * 1.6),
            marker.outline,
        );
    }
    if marker.hint {
        // A quiet amber "!" below-right: the slice and the map disagree.
        let badge = c + vec2(r * 0.9, r * 0.9);
        let badge_r = (r * 0.5).max(5.0);
        painter.circle(
            badge,
            badge_r,
            palette.hint,
            Stroke::new(1.0, palette.background),
        );
        painter.text(
            badge,
            egui::Align2::CENTER_CENTER,
            "!",
            FontId::proportional(badge_r * 1.6),
            palette.background,
        );
    }
}

/// The outline of a marker of `shape`, filled.
pub fn marker_shape(shape: MarkerShape, c: Pos2, r: f32, fill: Color32, stroke: Stroke) -> Shape {
    match shape {
        MarkerShape::Circle => Shape::circle_filled(c, r, fill).with_stroke(stroke),
        MarkerShape::Square => {
            let half = r * 0.85;
            let rect = egui::Rect::from_center_size(c, Vec2::splat(2.0 * half));
            Shape::Rect(egui::epaint::RectShape::new(
                rect,
                CornerRadius::same(2),
                fill,
                stroke,
                StrokeKind::Middle,
            ))
        }
        MarkerShape::Triangle => Shape::convex_polygon(
            vec![
                pos2(c.x, c.y - r * 1.1),
                pos2(c.x + r, c.y + r * 0.75),
                pos2(c.x - r, c.y + r * 0.75),
            ],
            fill,
            stroke,
        ),
        MarkerShape::Diamond => Shape::convex_polygon(
            vec![
                pos2(c.x, c.y - r * 1.15),
                pos2(c.x + r * 1.15, c.y),
                pos2(c.x, c.y + r * 1.15),
                pos2(c.x - r * 1.15, c.y),
            ],
            fill,
            stroke,
        ),
    }
}

trait WithStroke {
    fn with_stroke(self, stroke: Stroke) -> Shape;
}

impl WithStroke for Shape {
    fn with_stroke(self, stroke: Stroke) -> Shape {
        match self {
            Shape::Circle(mut circle) => {
                circle.stroke = stroke;
                Shape::Circle(circle)
            }
            other => other,
        }
    }
}

fn dashed_ring(center: Pos2, radius: f32, stroke: Stroke) -> Vec<Shape> {
    const SEGMENTS: usize = 16;
    (0..SEGMENTS)
        .map(|i| {
            let a0 = i as f32 / SEGMENTS as f32 * std::f32::consts::TAU;
            let a1 = a0 + 0.6 * std::f32::consts::TAU / SEGMENTS as f32;
            let points: Vec<Pos2> = (0..=4)
                .map(|k| {
                    let a = a0 + (a1 - a0) * k as f32 / 4.0;
                    center + radius * Vec2::angled(a)
                })
                .collect();
            Shape::line(points, stroke)
        })
        .collect()
}

fn paint_label(painter: &Painter, label: &ActorLabel, halo: Color32) {
    painter.rect_filled(label.rect, CornerRadius::same(4), halo);
    let font = font(label.size, label.strong);
    if !label.text.contains('\n') {
        paint_read_text(
            painter,
            label.rect.left_center() + vec2(3.0, 0.0),
            egui::Align2::LEFT_CENTER,
            &label.text,
            font,
            label.color,
        );
        return;
    }
    // A name on two lines: each line centred under the box's middle, one row below the other.
    let rows: Vec<&str> = label.text.split('\n').collect();
    let row_height = (label.rect.height() - 2.0) / rows.len() as f32;
    for (k, row) in rows.iter().enumerate() {
        paint_read_text(
            painter,
            label.rect.center_top() + vec2(0.0, 1.0 + row_height * k as f32),
            egui::Align2::CENTER_TOP,
            row,
            font.clone(),
            label.color,
        );
    }
}

/// Paint a legend symbol centred in `rect` (a small box beside the entry's text).
pub fn paint_legend_symbol(
    painter: &Painter,
    rect: egui::Rect,
    symbol: &LegendSymbol,
    palette: &Palette,
) {
    let c = rect.center();
    let r = (rect.height() * 0.32).min(rect.width() * 0.32);
    let outline = Stroke::new(1.0, palette.outline);
    match symbol {
        LegendSymbol::Marker(shape, fill) => {
            painter.add(marker_shape(*shape, c, r, *fill, outline));
        }
        LegendSymbol::Line { color, dashed } => {
            let ends = [
                rect.left_center() + vec2(2.0, 0.0),
                rect.right_center() - vec2(2.0, 0.0),
            ];
            let stroke = Stroke::new(2.0, *color);
            if *dashed {
                painter.extend(Shape::dashed_line(&ends, stroke, 5.0, 3.0));
            } else {
                painter.line_segment(ends, stroke);
            }
        }
        LegendSymbol::ReachRing(color) => {
            painter.circle(c, r * 0.7, palette.background, outline);
            painter.extend(dashed_ring(c, r + 2.0, Stroke::new(2.0, *color)));
        }
        LegendSymbol::UsRing => {
            painter.circle(c, r * 0.7, palette.background, outline);
            painter.circle_stroke(c, r + 2.0, Stroke::new(1.5, palette.outline));
        }
        LegendSymbol::UncertainBadge => {
            painter.circle(c, r, palette.background, outline);
            painter.text(
                c,
                egui::Align2::CENTER_CENTER,
                "?",
                FontId::proportional(r * 1.6),
                palette.outline,
            );
        }
        LegendSymbol::HintBadge(color) => {
            painter.circle(c, r, *color, Stroke::new(1.0, palette.background));
            painter.text(
                c,
                egui::Align2::CENTER_CENTER,
                "!",
                FontId::proportional(r * 1.6),
                palette.background,
            );
        }
        LegendSymbol::Arrow { color, dashed } => {
            let arrow = Arrow {
                actor: 0,
                from: rect.left_center() + vec2(2.0, 0.0),
                to: rect.right_center() - vec2(1.0, 0.0),
                color: *color,
                width: 1.5,
                dashed: *dashed,
            };
            paint_arrow(painter, &arrow);
        }
    }
}
