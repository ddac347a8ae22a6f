//! Writes a scene as SVG: vector shapes, text kept as text in the bundled font. Like the
//! painter it draws the scene's primitives and measures nothing of its own.

use super::clusters::place_clusters;
use super::fonts::{BundledMeasure, FALLBACKS, FAMILY, FontChoice};
use crate::scene::{
    ActorLabel, Arrow, Band, Edge, Figure, Marker, Overlay, Palette, Path, Scene, Text,
};
use ecolor::Color32;
use emath::{Align, Align2, Pos2, Vec2};
use std::fmt::Write;

/// The whole scene as an SVG document sized to its frame (units are CSS pixels at 96 dpi).
pub fn scene_to_svg(scene: &Scene) -> String {
    let frame = scene.frame;
    let mut out = String::with_capacity(64 * 1024 + scene.markers.len() * 400);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="{x} {y} {w} {h}" font-family="{FAMILY}">"#,
        w = num(frame.width()),
        h = num(frame.height()),
        x = num(frame.min.x),
        y = num(frame.min.y),
    );
    let p = &scene.palette;
    rect(&mut out, frame.min, frame.size(), p.background, None);
    for area in &scene.areas {
        rect(&mut out, area.rect.min, area.rect.size(), area.fill, None);
    }
    for band in &scene.bands {
        band_path(&mut out, band);
    }
    for dot in &scene.dots {
        let _ = writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}"{}/>"#,
            num(dot.center.x),
            num(dot.center.y),
            num(dot.radius),
            fill(dot.color)
        );
    }
    for line in &scene.lines {
        line_el(
            &mut out,
            line.points[0],
            line.points[1],
            line.color,
            line.width,
            line.dashed.then_some(6.0),
        );
    }
    for text in &scene.texts {
        text_el(&mut out, text);
    }
    for edge in &scene.edges {
        edge_el(&mut out, edge, p);
    }
    for arrow in &scene.arrows {
        arrow_el(&mut out, arrow);
    }
    for marker in scene.markers.iter().filter(|m| !m.covered) {
        marker_el(&mut out, marker);
    }
    for label in &scene.labels {
        if let Some([a, b]) = label.leader {
            let _ = writeln!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}"{}/>"#,
                num(a.x),
                num(a.y),
                num(b.x),
                num(b.y),
                stroke(p.muted_text, 1.0)
            );
        }
    }
    for label in &scene.labels {
        label_el(&mut out, label, p);
    }
    out.push_str("</svg>\n");
    out
}

/// A number with at most two decimals and no trailing zeros, to keep files small.
fn num(v: f32) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// ` fill="#rrggbb"` plus an opacity when the colour is translucent.
fn fill(color: Color32) -> String {
    paint("fill", color)
}

fn paint(attr: &str, color: Color32) -> String {
    let [red, green, blue, alpha] = color.to_srgba_unmultiplied();
    let mut attrs = format!(r##" {attr}="#{red:02x}{green:02x}{blue:02x}""##);
    if alpha < 255 {
        let _ = write!(
            attrs,
            r#" {attr}-opacity="{}""#,
            num(f32::from(alpha) / 255.0)
        );
    }
    attrs
}

fn stroke(color: Color32, width: f32) -> String {
    format!(
        r#"{} stroke-width="{}""#,
        paint("stroke", color),
        num(width)
    )
}

/// XML-escaped text on one line: line breaks and tabs become spaces (a name typed on two
/// lines still reads as two words), and every character XML 1.0 forbids (most control
/// characters, U+FFFE, U+FFFF) is left out, so no text in a session can make the file
/// ill-formed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` escaped as `escape` does, and the font it asks for: a text one fallback font draws
/// whole (a name in Devanagari, Thai, Chinese...) asks for that font as a `font-family`
/// attribute, so resvg shapes it in that font alone (joined letters, conjuncts, marks in
/// place); in a text of several scripts each fallback run is a tspan naming its font. Text
/// DejaVu Sans draws alone comes out exactly as `escape` writes it, with no attribute.
///
/// resvg orders every text as a left-to-right paragraph, so a text that reads right to left
/// and would show in another order that way ("5 أسماء مختصرة", an Arabic header holding a
/// date) is wrapped in a right-to-left embedding (U+202B .. U+202C), which orders its runs
/// as a right-to-left paragraph would.
pub fn scripted(text: &str) -> (String, String) {
    let (family, content) = scripted_runs(text);
    if super::bidi::needs_right_to_left_paragraph(text) {
        return (family, format!("\u{202B}{content}\u{202C}"));
    }
    (family, content)
}

fn scripted_runs(text: &str) -> (String, String) {
    let measure = BundledMeasure::get();
    let runs = measure.font_runs(text);
    if let [(_, FontChoice::Fallback(i))] = runs[..] {
        let family = format!(r#" font-family="{}""#, FALLBACKS[i].family);
        return (family, escape(text));
    }
    let mut out = String::with_capacity(text.len());
    for (range, font) in runs {
        let run = escape(&text[range]);
        match font {
            FontChoice::Primary => out.push_str(&run),
            FontChoice::Fallback(i) => {
                let _ = write!(
                    out,
                    r#"<tspan font-family="{}">{run}</tspan>"#,
                    FALLBACKS[i].family
                );
            }
        }
    }
    (String::new(), out)
}

/// A text whose clusters hold several glyphs (Devanagari, Thai...) as one tspan per cluster,
/// each at its own x, the whole anchored at `x` as `align` says; `None` for every other text.
fn placed(text: &str, x: f32, align: Align, size: f32, strong: bool) -> Option<String> {
    let (clusters, width) = place_clusters(text, size, strong)?;
    let start = match align {
        Align::Min => x,
        Align::Center => x - width / 2.0,
        Align::Max => x - width,
    };
    let mut out = String::new();
    for cluster in clusters {
        let family = match cluster.font {
            FontChoice::Primary => FAMILY,
            FontChoice::Fallback(i) => FALLBACKS[i].family,
        };
        let _ = write!(
            out,
            r#"<tspan x="{}" font-family="{family}">{}</tspan>"#,
            num(start + cluster.x),
            escape(&text[cluster.range])
        );
    }
    Some(out)
}

fn rect(out: &mut String, min: Pos2, size: Vec2, color: Color32, corner: Option<f32>) {
    let rx = corner
        .map(|r| format!(r#" rx="{}""#, num(r)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}"{rx}{}/>"#,
        num(min.x),
        num(min.y),
        num(size.x),
        num(size.y),
        fill(color)
    );
}

fn points(list: &[Pos2]) -> String {
    list.iter()
        .map(|p| format!("{},{}", num(p.x), num(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn band_path(out: &mut String, band: &Band) {
    let mut d = String::new();
    for (i, p) in band.outer.iter().enumerate() {
        let _ = write!(
            d,
            "{}{},{} ",
            if i == 0 { "M" } else { "L" },
            num(p.x),
            num(p.y)
        );
    }
    for p in band.inner.iter().rev() {
        let _ = write!(d, "L{},{} ", num(p.x), num(p.y));
    }
    d.push('Z');
    let _ = writeln!(
        out,
        r#"<path d="{d}"{} {}/>"#,
        fill(band.fill),
        stroke(band.stroke, 1.0)
    );
}

fn line_el(out: &mut String, a: Pos2, b: Pos2, color: Color32, width: f32, dash: Option<f32>) {
    let dash = dash
        .map(|d| format!(r#" stroke-dasharray="{} {}""#, num(d), num(d * 0.75)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" {}{dash} stroke-linecap="round"/>"#,
        num(a.x),
        num(a.y),
        num(b.x),
        num(b.y),
        stroke(color, width)
    );
}

/// Text placed like egui places it: the anchor says which corner or edge sits on `pos`.
fn text_at(
    out: &mut String,
    pos: Pos2,
    anchor: Align2,
    size: f32,
    strong: bool,
    color: Color32,
    text: &str,
) {
    let (x_anchor, baseline) = svg_anchor(anchor, size);
    let weight = if strong { r#" font-weight="bold""# } else { "" };
    if let Some(content) = placed(text, pos.x, anchor.x(), size, strong) {
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" font-size="{}"{weight} text-anchor="start"{}>{content}</text>"#,
            num(pos.x),
            num(pos.y + baseline),
            num(size),
            fill(color),
        );
        return;
    }
    let (family, content) = scripted(text);
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" font-size="{}"{weight}{family} text-anchor="{x_anchor}"{}>{content}</text>"#,
        num(pos.x),
        num(pos.y + baseline),
        num(size),
        fill(color),
    );
}

/// SVG's text-anchor and the offset from the anchor point to the baseline.
fn svg_anchor(anchor: Align2, size: f32) -> (&'static str, f32) {
    let x = match anchor.x() {
        Align::Min => "start",
        Align::Center => "middle",
        Align::Max => "end",
    };
    // DejaVu's ascent is about 0.93 em and its line box 1.16 em; these put the glyphs where
    // egui puts them for the same anchor.
    let baseline = match anchor.y() {
        Align::Min => size * 0.95,
        Align::Center => size * 0.36,
        Align::Max => -size * 0.25,
    };
    (x, baseline)
}

fn text_el(out: &mut String, text: &Text) {
    text_at(
        out,
        text.pos,
        text.anchor,
        text.size,
        text.strong,
        text.color,
        &text.text,
    );
}

fn edge_el(out: &mut String, edge: &Edge, palette: &Palette) {
    line_el(
        out,
        edge.from,
        edge.to,
        edge.color,
        edge.width,
        edge.dashed.then_some(edge.width * 4.0),
    );
    if let Some(label) = &edge.label {
        let size = super::fonts::BundledMeasure::get();
        let box_size = crate::scene::TextMeasure::measure(size, &label.text, label.size, false)
            + emath::vec2(4.0, 2.0);
        let min = label.pos - box_size / 2.0;
        rect(out, min, box_size, palette.halo, Some(3.0));
        text_el(out, label);
    }
}

fn arrow_el(out: &mut String, arrow: &Arrow) {
    let direction = (arrow.to - arrow.from).normalized();
    let head = arrow.width * 4.0 + 4.0;
    let base = arrow.to - direction * head;
    line_el(
        out,
        arrow.from,
        base,
        arrow.color,
        arrow.width,
        arrow.dashed.then_some(arrow.width * 3.0),
    );
    let side = direction.rot90() * head * 0.5;
    let _ = writeln!(
        out,
        r#"<polygon points="{}"{}/>"#,
        points(&[arrow.to, base + side, base - side]),
        fill(arrow.color)
    );
}

/// A marker as the scene measured it: the figures under its body, the body, the rings and
/// badges over it; a faint marker is a group drawn at its opacity.
fn marker_el(out: &mut String, marker: &Marker) {
    let faint = marker.opacity < 1.0;
    if faint {
        let _ = write!(out, r#"<g opacity="{}">"#, num(marker.opacity));
    }
    for figure in &marker.under {
        figure_el(out, figure);
    }
    figure_el(out, &marker.body);
    for overlay in &marker.over {
        match overlay {
            Overlay::Figure(figure) => figure_el(out, figure),
            Overlay::Mark(text) => text_el(out, text),
        }
    }
    if faint {
        out.push_str("</g>\n");
    }
}

/// One figure: its path, fill (or none) and pen, dashed if the pen is.
fn figure_el(out: &mut String, figure: &Figure) {
    let fill_attr = figure
        .fill
        .map_or_else(|| r#" fill="none""#.to_owned(), fill);
    let stroke_attr = figure
        .pen
        .map(|pen| {
            let dash = pen
                .dash
                .map(|[on, off]| format!(r#" stroke-dasharray="{} {}""#, num(on), num(off)))
                .unwrap_or_default();
            format!(" {}{dash}", stroke(pen.color, pen.width))
        })
        .unwrap_or_default();
    let style = format!("{fill_attr}{stroke_attr}");
    match figure.path {
        Path::Circle { center, radius } => {
            let _ = writeln!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}"{style}/>"#,
                num(center.x),
                num(center.y),
                num(radius)
            );
        }
        Path::RoundedRect { rect, corner } => {
            let _ = writeln!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}"{style}/>"#,
                num(rect.min.x),
                num(rect.min.y),
                num(rect.width()),
                num(rect.height()),
                num(corner)
            );
        }
        Path::Triangle(_) | Path::Quad(_) => {
            let _ = writeln!(
                out,
                r#"<polygon points="{}"{style}/>"#,
                points(figure.path.points())
            );
        }
    }
}

fn label_el(out: &mut String, label: &ActorLabel, palette: &Palette) {
    rect(
        out,
        label.rect.min,
        label.rect.size(),
        palette.halo,
        Some(4.0),
    );
    if !label.text.contains('\n') {
        text_at(
            out,
            label.rect.left_center() + emath::vec2(3.0, 0.0),
            Align2::LEFT_CENTER,
            label.size,
            label.strong,
            label.color,
            &label.text,
        );
        return;
    }
    // A name on two lines stays one text element, each line a tspan centred in the box, so
    // the name reads (and is found) as one.
    let rows: Vec<&str> = label.text.split('\n').collect();
    let row_height = (label.rect.height() - 2.0) / rows.len() as f32;
    let (_, baseline) = svg_anchor(Align2::CENTER_TOP, label.size);
    let weight = if label.strong {
        r#" font-weight="bold""#
    } else {
        ""
    };
    let x = num(label.rect.center().x);
    let top = label.rect.top() + 1.0 + baseline;
    let _ = write!(
        out,
        r#"<text x="{x}" y="{}" font-size="{}"{weight} text-anchor="middle"{}>"#,
        num(top),
        num(label.size),
        fill(label.color)
    );
    let centre = label.rect.center().x;
    for (k, row) in rows.iter().enumerate() {
        let y = num(top + row_height * k as f32);
        // A row placed cluster by cluster: its first tspan sets the row's y, the others
        // follow on that line at their own x.
        if let Some(content) = placed(row, centre, Align::Center, label.size, label.strong) {
            let content = content.replacen("<tspan ", &format!(r#"<tspan y="{y}" "#), 1);
            let _ = write!(out, r#"<tspan text-anchor="start">{content}</tspan>"#);
            continue;
        }
        let (family, content) = scripted(row);
        let _ = write!(out, r#"<tspan x="{x}" y="{y}"{family}>{content}</tspan>"#);
    }
    out.push_str("</text>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_numbers_are_short() {
        assert_eq!(
            escape("A & B <C> \"d\""),
            "A &amp; B &lt;C&gt; &quot;d&quot;"
        );
        assert_eq!(num(1.0), "1");
        assert_eq!(num(2.345), "2.35");
        assert_eq!(num(-0.5), "-0.5");
    }

    #[test]
    fn text_xml_forbids_is_left_out_and_line_breaks_become_spaces() {
        assert_eq!(
            escape("Mayor\nof\tthe\r\nCity\u{FFFE}\u{FFFF}\u{0}\u{1B}"),
            "Mayor of the  City"
        );
        let svg = format!("<text>{}</text>", escape("a\u{FFFE}b\u{FFFF}c\u{B}d"));
        assert!(roxmltree::Document::parse(&svg).is_ok(), "{svg}");
    }

    #[test]
    fn a_devanagari_name_on_two_lines_keeps_each_row_on_its_own_line() {
        let label = ActorLabel {
            actor: 0,
            rect: emath::Rect::from_min_size(emath::pos2(10.0, 10.0), emath::vec2(120.0, 34.0)),
            text: "भारतीय व्यापारी\nसंघ".to_owned(),
            shortened: false,
            anchor: emath::pos2(0.0, 0.0),
            leader: None,
            size: 12.0,
            color: Color32::BLACK,
            strong: false,
        };
        let mut out = String::new();
        label_el(&mut out, &label, &Palette::print());
        let svg = format!(r#"<svg xmlns="http://www.w3.org/2000/svg">{out}</svg>"#);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed");
        let rows: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("tspan") && n.attribute("y").is_some())
            .collect();
        assert_eq!(rows.len(), 2, "{out}");
        assert_ne!(rows[0].attribute("y"), rows[1].attribute("y"));
        let text: String = doc
            .descendants()
            .filter(roxmltree::Node::is_text)
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(text.trim(), "भारतीय व्यापारीसंघ");
    }
}
