//! Export speed: the SVG of a 200-actor map and an A4 300 dpi PNG, as medians.
//!
//! `cargo run --release --example export_bench` prints a table and one JSON line per figure.

use powermap::model::{
    Actor, ActorKind, Position, Relationship, RelationshipKind, Session, Slice, SpectrumPlacement,
};
use powermap::render::{ExportFormat, ExportRequest, PixelSize, export, export_svg};
use powermap::scene::PageView;
use std::time::Instant;

/// A session of `n` actors spread over the map and the spectrum, with about as many lines.
fn session(n: usize) -> Session {
    let mut s = Session::new_with_us();
    // A fixed linear congruential generator: the same map every run.
    let mut seed: u64 = 42;
    let mut next = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as f32) / (u32::MAX >> 1) as f32
    };
    for i in 0..n {
        let mut actor = Actor::new(
            format!("Actor number {i}"),
            Position::clamped(next() * 2.0 - 1.0, next()),
        );
        actor.kind = ActorKind::ALL[i % 4];
        actor.spectrum = Some(SpectrumPlacement {
            slice: Slice::from_index(i % 5),
            across: next(),
            out: next(),
        });
        s.actors.push(actor);
    }
    for i in 1..s.actors.len() {
        let j = (i * 7 + 3) % s.actors.len();
        if i != j {
            let kind = if i % 3 == 0 {
                RelationshipKind::Conflicting
            } else {
                RelationshipKind::Cooperating
            };
            s.relationships.push(Relationship::new(
                s.actors[i].id.clone(),
                s.actors[j].id.clone(),
                kind,
            ));
        }
    }
    s
}

fn median_ms(runs: usize, mut work: impl FnMut()) -> (f64, f64) {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let p95 = times[(times.len() * 95).div_ceil(100).saturating_sub(1)];
    (times[times.len() / 2], p95)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let s = session(200);
    let svg_request = ExportRequest {
        view: PageView::PowerMap,
        format: ExportFormat::Svg,
        ..ExportRequest::default()
    };
    let png_request = ExportRequest {
        view: PageView::PowerMap,
        format: ExportFormat::Png,
        pixels: PixelSize::Dpi(300),
        ..ExportRequest::default()
    };
    let (svg_median, svg_p95) = median_ms(if quick { 5 } else { 30 }, || {
        export_svg(&s, &svg_request).expect("svg");
    });
    let (png_median, png_p95) = median_ms(if quick { 2 } else { 7 }, || {
        export(&s, &png_request).expect("png");
    });
    println!("figure            actors  median ms   p95 ms");
    println!(
        "export_svg_ms     {:>6}  {svg_median:>9.2}  {svg_p95:>7.2}",
        s.actors.len()
    );
    println!(
        "export_png_a4_ms  {:>6}  {png_median:>9.2}  {png_p95:>7.2}",
        s.actors.len()
    );
    println!(
        r#"{{"figure":"export_svg_ms","actors":{},"median":{svg_median:.3},"p95":{svg_p95:.3}}}"#,
        s.actors.len()
    );
    println!(
        r#"{{"figure":"export_png_a4_300dpi_ms","actors":{},"median":{png_median:.3},"p95":{png_p95:.3}}}"#,
        s.actors.len()
    );
}
