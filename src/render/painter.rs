//! Paints a scene with egui's painter: the on-screen renderer.

use super::bidi::{has_right_to_left, visual_job};
use super::lines::LineBatch;
use super::mark_layer::MarkLayer;
use crate::scene::{
    ActorLabel, Arrow, Band, Edge, Figure, LegendSymbol, Marker, Overlay, Palette, Path, Pen,
    Scene, Text, TextMeasure, add_legend_symbol,
};
use egui::epaint::{CircleShape, RectShape};
use egui::{Color32, CornerRadius, FontId, Painter, Pos2, Shape, Stroke, StrokeKind, Vec2, vec2};

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
/// order (`bidi`), any other as egui lays it out; its shape goes to `out`, laid out with
/// `painter`'s fonts.
fn read_text(
    painter: &Painter,
    pos: Pos2,
    anchor: egui::Align2,
    text: &str,
    font: FontId,
    color: Color32,
    out: &mut Vec<Shape>,
) {
    let galley = if has_right_to_left(text) {
        painter.layout_job(visual_job(text, &font, color))
    } else {
        painter.layout_no_wrap(text.to_owned(), font, color)
    };
    if !galley.is_empty() {
        let rect = anchor.anchor_size(pos, galley.size());
        out.push(Shape::galley(rect.min, galley, color));
    }
}

/// The bundled font at `size`, bold when `strong` (see `fonts::install_egui_fonts`).
fn font(size: f32, strong: bool) -> FontId {
    if strong {
        FontId::new(size, egui::FontFamily::Name(super::fonts::EGUI_BOLD.into()))
    } else {
        FontId::proportional(size)
    }
}

/// Paint every part of `scene`, in drawing order, on its background.
pub fn paint_scene(painter: &Painter, scene: &Scene) {
    painter.rect_filled(scene.frame, CornerRadius::ZERO, scene.palette.background);
    paint_contents(painter, scene, None);
}

/// Paint `scene` as `paint_scene` does, its markers and names drawn through `layer`: a view
/// keeps one layer across frames, so that frames showing the same markers and names (a
/// window left alone) reuse the triangles of the frame before instead of making them again.
pub fn paint_scene_kept(painter: &Painter, scene: &Scene, layer: &mut MarkLayer) {
    painter.rect_filled(scene.frame, CornerRadius::ZERO, scene.palette.background);
    paint_contents(painter, scene, Some(layer));
}

/// Paint `scene` over what is drawn already, without its background: a part of a picture
/// that moves over the rest of it (the actors being dragged).
pub fn paint_scene_over(painter: &Painter, scene: &Scene) {
    paint_contents(painter, scene, None);
}

/// Everything of `scene` but its background; markers and names through `layer` if given.
fn paint_contents(painter: &Painter, scene: &Scene, layer: Option<&mut MarkLayer>) {
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
    let mut texts = Vec::with_capacity(scene.texts.len());
    for text in &scene.texts {
        text_shape(painter, text, &mut texts);
    }
    painter.extend(texts);
    paint_edges(painter, &scene.edges, scene.palette.halo);
    for arrow in &scene.arrows {
        paint_arrow(painter, arrow);
    }
    match layer {
        Some(layer) => layer.paint(painter, scene),
        None => painter.extend(mark_shapes(painter, scene)),
    }
}

/// The shapes of `scene`'s markers and names, in drawing order, leaving out markers hidden
/// under others and what lies wholly outside `painter`'s clip rectangle (which egui would
/// not draw either); text is laid out with `painter`'s fonts.
pub(super) fn mark_shapes(painter: &Painter, scene: &Scene) -> Vec<Shape> {
    let clip = painter.clip_rect();
    let mut out = Vec::new();
    for marker in &scene.markers {
        if !marker.covered && clip.expand(marker.extent()).contains(marker.center) {
            marker_shapes(painter, marker, &mut out);
        }
    }
    // Leader lines first, so each ends under its name's halo.
    let leader = Stroke::new(1.0, scene.palette.muted_text);
    for label in &scene.labels {
        if let Some(ends) = label.leader {
            out.push(Shape::line_segment(ends, leader));
        }
    }
    for label in &scene.labels {
        // A name's text stays inside its halo's box.
        if clip.intersects(label.rect) {
            label_shapes(painter, label, scene.palette.halo, &mut out);
        }
    }
    out
}

fn text_shape(painter: &Painter, text: &Text, out: &mut Vec<Shape>) {
    read_text(
        painter,
        text.pos,
        text.anchor,
        &text.text,
        font(text.size, text.strong),
        text.color,
        out,
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

/// One marker's shapes: the figures under its body, the body, and the rings and badges over
/// it, all as the scene measured them; a faint marker is drawn at its opacity.
fn marker_shapes(painter: &Painter, marker: &Marker, out: &mut Vec<Shape>) {
    let start = out.len();
    for figure in &marker.under {
        figure_shapes(figure, out);
    }
    figure_shapes(&marker.body, out);
    for overlay in &marker.over {
        match overlay {
            Overlay::Figure(figure) => figure_shapes(figure, out),
            Overlay::Mark(text) => text_shape(painter, text, out),
        }
    }
    let opacity = marker.opacity;
    if opacity < 1.0 {
        // As egui's painter fades what it draws with `multiply_opacity`.
        for shape in &mut out[start..] {
            egui::epaint::shape_transform::adjust_colors(shape, move |color| {
                if *color != Color32::PLACEHOLDER {
                    *color = color.gamma_multiply(opacity);
                }
            });
        }
    }
}

fn stroke_of(pen: Option<Pen>) -> Stroke {
    pen.map_or(Stroke::NONE, |p| Stroke::new(p.width, p.color))
}

/// One figure's shapes: filled, then outlined with its pen (dashed along the outline if the
/// pen is).
fn figure_shapes(figure: &Figure, out: &mut Vec<Shape>) {
    let fill = figure.fill.unwrap_or(Color32::TRANSPARENT);
    let dash = figure.pen.and_then(|p| p.dash);
    // A dashed outline is drawn on its own, after the fill.
    let stroke = if dash.is_some() {
        Stroke::NONE
    } else {
        stroke_of(figure.pen)
    };
    match figure.path {
        Path::Circle { center, radius } => {
            // egui strokes a circle outside its radius; the scene's pens are centred on the
            // outline, as SVG's are, so the radius egui gets is half a pen smaller.
            let inner = radius - stroke.width / 2.0;
            if stroke.width > 0.0 && stroke.color.is_opaque() && inner > 0.0 {
                // One shape: the fill and the outline share their vertices, where a disc
                // under a ring makes a third more triangles; the opaque pen hides the fill
                // beneath it in SVG too.
                out.push(Shape::Circle(CircleShape {
                    center,
                    radius: inner,
                    fill,
                    stroke,
                }));
            } else {
                out.push(Shape::circle_filled(center, radius, fill));
                if stroke.width > 0.0 {
                    out.push(Shape::circle_stroke(center, inner.max(0.0), stroke));
                }
            }
        }
        Path::RoundedRect { rect, corner } => {
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "corner radii are a few pixels"
            )]
            let corner = CornerRadius::same(corner.round().clamp(0.0, 255.0) as u8);
            // Where the scene put it, not snapped to whole pixels: a marker's square keeps
            // its size and place, as in exports.
            out.push(Shape::Rect(
                RectShape::new(rect, corner, fill, stroke, StrokeKind::Middle)
                    .with_round_to_pixels(false),
            ));
        }
        Path::Triangle(_) | Path::Quad(_) => {
            out.push(Shape::convex_polygon(
                figure.path.points().to_vec(),
                fill,
                stroke,
            ));
        }
    }
    if let Some([on, off]) = dash {
        let stroke = stroke_of(figure.pen);
        if let Path::Circle { center, radius } = figure.path {
            dashed_circle(center, radius, on, off, stroke, out);
        } else {
            let mut outline = match figure.path {
                Path::RoundedRect { rect, .. } => vec![
                    rect.left_top(),
                    rect.right_top(),
                    rect.right_bottom(),
                    rect.left_bottom(),
                ],
                _ => figure.path.points().to_vec(),
            };
            outline.push(outline[0]);
            out.extend(Shape::dashed_line(&outline, stroke, on, off));
        }
    }
}

/// A circle's outline as dashes `on` pixels long with gaps `off` long, from its rightmost
/// point clockwise (as SVG dashes a circle).
fn dashed_circle(
    center: Pos2,
    radius: f32,
    on: f32,
    off: f32,
    stroke: Stroke,
    out: &mut Vec<Shape>,
) {
    let around = std::f32::consts::TAU * radius;
    let mut start = 0.0;
    while start < around && on > 0.0 {
        let end = (start + on).min(around);
        // A point every two pixels or so keeps the arc round.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a dash is a few pixels long"
        )]
        let steps = ((end - start) / 2.0).ceil().max(1.0) as usize;
        let points: Vec<Pos2> = (0..=steps)
            .map(|k| {
                let along = start + (end - start) * k as f32 / steps as f32;
                center + radius * Vec2::angled(along / radius)
            })
            .collect();
        out.push(Shape::line(points, stroke));
        start += on + off;
    }
}

fn label_shapes(painter: &Painter, label: &ActorLabel, halo: Color32, out: &mut Vec<Shape>) {
    out.push(Shape::Rect(RectShape::filled(
        label.rect,
        CornerRadius::same(4),
        halo,
    )));
    let font = font(label.size, label.strong);
    if !label.text.contains('\n') {
        read_text(
            painter,
            label.rect.left_center() + vec2(3.0, 0.0),
            egui::Align2::LEFT_CENTER,
            &label.text,
            font,
            label.color,
            out,
        );
        return;
    }
    // A name on two lines: each line centred under the box's middle, one row below the other.
    let rows: Vec<&str> = label.text.split('\n').collect();
    let row_height = (label.rect.height() - 2.0) / rows.len() as f32;
    for (k, row) in rows.iter().enumerate() {
        read_text(
            painter,
            label.rect.center_top() + vec2(0.0, 1.0 + row_height * k as f32),
            egui::Align2::CENTER_TOP,
            row,
            font.clone(),
            label.color,
            out,
        );
    }
}

/// Paint a legend symbol centred in `rect` (a small box beside the entry's text), drawn as
/// the scene draws it on a page.
pub fn paint_legend_symbol(
    painter: &Painter,
    rect: egui::Rect,
    symbol: &LegendSymbol,
    palette: &Palette,
) {
    let mut scene = Scene::empty(rect, palette.clone());
    add_legend_symbol(&mut scene, symbol, rect, rect.height() * 0.3, palette);
    paint_contents(painter, &scene, None);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::Pen;

    #[test]
    fn a_filled_circle_with_an_opaque_pen_is_one_shape() {
        let figure = Figure {
            path: Path::Circle {
                center: Pos2::new(50.0, 50.0),
                radius: 10.0,
            },
            fill: Some(Color32::RED),
            pen: Some(Pen::solid(2.0, Color32::BLACK)),
        };
        let mut shapes = Vec::new();
        figure_shapes(&figure, &mut shapes);
        assert_eq!(
            shapes.len(),
            1,
            "a disc under a ring costs a third more triangles"
        );
        let Shape::Circle(circle) = &shapes[0] else {
            panic!("not a circle: {:?}", shapes[0]);
        };
        // egui strokes outside the radius: the pen is centred on the scene's outline.
        assert!((circle.radius - 9.0).abs() < 1e-6, "{}", circle.radius);
        // A see-through pen shows the fill under it, as in SVG: two shapes.
        let faint = Figure {
            pen: Some(Pen::solid(2.0, Color32::BLACK.gamma_multiply(0.5))),
            ..figure
        };
        shapes.clear();
        figure_shapes(&faint, &mut shapes);
        assert_eq!(shapes.len(), 2);
    }
}
