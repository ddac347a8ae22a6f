//! Names in every script the method's users write (tests/fixtures/scripts.json: Arabic with
//! Persian, Urdu and Kurdish letters, Hebrew, Amharic and Tigrinya, Devanagari, Bengali, Tamil,
//! Gurmukhi, Thai, Chinese, Japanese, Korean, Armenian, Georgian, Cyrillic, Greek, Latin with
//! diacritics, and a French name with Arabic in it): each character has a glyph in the
//! bundled fonts, on screen and in every export.

use egui_kittest::Harness;
use powermap::app::{AppOptions, Command, PowermapApp, install_style};
use powermap::render::fonts::{BundledMeasure, FALLBACKS, FontChoice};
use powermap::render::{
    ExportFormat, ExportRequest, PixelSize, export, export_svg, missing_glyphs,
};
use powermap::scene::PageView;
use powermap::storage::load_file;
use std::path::{Path, PathBuf};

fn scripts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scripts.json")
}

#[test]
fn every_character_of_every_name_has_a_glyph_in_a_bundled_font() {
    let session = load_file(&scripts()).expect("the fixture");
    assert!(session.actors.len() >= 25, "one name per script");
    let measure = BundledMeasure::get();
    for actor in &session.actors {
        for c in actor.name.chars().filter(|c| !c.is_whitespace()) {
            assert!(
                measure.font_for(c).is_some() || c == '\u{200C}',
                "{:?} (U+{:04X}) of {:?} has no glyph",
                c,
                c as u32,
                actor.name
            );
        }
    }
    // The fonts for what DejaVu Sans lacks are asked in order, each for its script.
    let font_of = |c| match measure.font_for(c) {
        Some(FontChoice::Fallback(i)) => FALLBACKS[i].family,
        Some(FontChoice::Primary) => "DejaVu Sans",
        None => "none",
    };
    assert_eq!(font_of('भ'), "Noto Sans Devanagari");
    assert_eq!(font_of('华'), "Noto Sans CJK SC");
    assert_eq!(font_of('한'), "Noto Sans CJK SC");
    assert_eq!(font_of('ማ'), "Noto Sans Ethiopic");
    assert_eq!(font_of('ส'), "Noto Sans Thai");
    assert_eq!(font_of('ج'), "DejaVu Sans");
    assert_eq!(font_of('ے'), "Noto Sans Arabic");
    assert_eq!(font_of('Ꮳ'), "none", "Cherokee is not bundled");
}

#[test]
fn exports_draw_every_name_with_no_empty_box() {
    let session = load_file(&scripts()).expect("the fixture");
    for view in [PageView::PowerMap, PageView::Spectrum, PageView::Both] {
        let request = ExportRequest {
            view,
            format: ExportFormat::Svg,
            ..ExportRequest::default()
        };
        let (svg, _) = export_svg(&session, &request).expect("an SVG");
        let missing = missing_glyphs(&svg).expect("parses");
        assert!(
            missing.is_empty(),
            "{view:?}: drawn as empty boxes: {missing:?}"
        );
        // Every name is in the file as its text, whatever pieces and lines it was cut into
        // (and whatever marks set the direction of a right-to-left row).
        let squeeze = |t: &str| {
            t.chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '\u{202A}'..='\u{202E}'))
                .collect::<String>()
        };
        let text: String = roxmltree::Document::parse(&svg)
            .expect("XML")
            .descendants()
            .filter(roxmltree::Node::is_text)
            .filter_map(|n| n.text())
            .map(squeeze)
            .collect();
        for actor in &session.actors {
            let name = squeeze(&actor.name);
            assert!(
                text.contains(&name),
                "{view:?}: {} is not in the SVG",
                actor.name
            );
        }
        for format in [ExportFormat::Png, ExportFormat::Pdf] {
            let request = ExportRequest {
                view,
                format,
                pixels: PixelSize::Exact(900, 636),
                ..ExportRequest::default()
            };
            let out = export(&session, &request).expect("exports");
            assert!(out.bytes.len() > 1000, "{view:?} {format:?}");
        }
    }
    // The check can fail: a script no bundled font has is reported.
    let mut cherokee = session.clone();
    cherokee.actors[1].name = "ᏣᎳᎩ ᎠᏕᎶᏆᏍᏗ".to_owned();
    let request = ExportRequest {
        view: PageView::PowerMap,
        format: ExportFormat::Svg,
        ..ExportRequest::default()
    };
    let (svg, _) = export_svg(&cherokee, &request).expect("an SVG");
    assert!(!missing_glyphs(&svg).expect("parses").is_empty());
}

#[test]
fn the_app_draws_every_script_without_a_missing_glyph() {
    // kittest panics on any character no installed font can draw.
    let options = AppOptions::headless(Some(scripts()));
    let mut h = Harness::builder()
        .with_size([1366.0, 768.0])
        .build_eframe(move |cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(options)
        });
    h.run();
    for view in [
        Command::ShowSpectrum,
        Command::ShowBoth,
        Command::ShowPowerMap,
    ] {
        h.state_mut().queue_command(view);
        h.run();
    }
    assert_eq!(h.state().session().actors.len(), 26);
}
