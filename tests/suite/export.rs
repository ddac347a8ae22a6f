//! Exports: every example in every format, pictures compared with stored references,
//! privacy, and the command line's error cases.

use powermap::render::{ExportFormat, ExportRequest, PixelSize, export};
use powermap::scene::{PageView, Paper};
use powermap::storage::load_file;
use resvg::tiny_skia::Pixmap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common;
use common::difference;

fn examples() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
            .expect("examples")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
    paths.sort();
    paths
}

/// A small PNG (quick to compare); SVG and PDF pages stay on paper, as an exact size would
/// reshape their page too.
fn request(view: PageView, format: ExportFormat) -> ExportRequest {
    ExportRequest {
        view,
        format,
        pixels: if format == ExportFormat::Png {
            PixelSize::Exact(900, 636)
        } else {
            PixelSize::Dpi(300)
        },
        ..ExportRequest::default()
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn svg_parses_as_xml_and_holds_the_title() {
    for path in examples() {
        let session = load_file(&path).expect("example");
        for view in [PageView::PowerMap, PageView::Spectrum, PageView::Both] {
            let out = export(&session, &request(view, ExportFormat::Svg)).expect("export");
            let text = String::from_utf8(out.bytes).expect("utf-8");
            let doc = roxmltree::Document::parse(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let texts: Vec<&str> = doc
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter_map(|n| n.text())
                .collect();
            assert!(
                texts.contains(&session.campaign.title.as_str()),
                "{} {view:?}: no title",
                path.display()
            );
            assert!(texts.iter().any(|t| t.contains("Cooperating")), "a legend");
        }
    }
}

#[test]
fn png_exports_match_the_stored_references() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/references");
    let update = std::env::var_os("UPDATE_REFERENCES").is_some();
    // The examples, and one name in each script the bundled fonts cover.
    let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scripts.json");
    for path in examples().into_iter().chain([scripts]) {
        let session = load_file(&path).expect("example");
        for (view, name) in [
            (PageView::PowerMap, "power"),
            (PageView::Spectrum, "spectrum"),
        ] {
            let out = export(&session, &request(view, ExportFormat::Png)).expect("export");
            let reference = dir.join(format!("{}-{name}.png", stem(&path)));
            if update {
                std::fs::create_dir_all(&dir).expect("folder");
                std::fs::write(&reference, &out.bytes).expect("write reference");
                continue;
            }
            let got = Pixmap::decode_png(&out.bytes).expect("a PNG");
            let want = Pixmap::decode_png(&std::fs::read(&reference).unwrap_or_else(|_| {
                panic!(
                    "missing {}; run with UPDATE_REFERENCES=1",
                    reference.display()
                )
            }))
            .expect("reference PNG");
            let (mean, big) = difference(&got, &want);
            assert!(
                mean < 1.5 && big < 0.005,
                "{}: mean difference {mean:.3}, {:.3}% of pixels differ",
                reference.display(),
                big * 100.0
            );
        }
    }
}

#[test]
fn a4_print_png_has_the_print_size() {
    let session = load_file(&examples()[0]).expect("example");
    let out = export(
        &session,
        &ExportRequest {
            pixels: PixelSize::Dpi(300),
            paper: Paper::A4,
            ..ExportRequest::default()
        },
    )
    .expect("export");
    let png = Pixmap::decode_png(&out.bytes).expect("png");
    assert_eq!((png.width(), png.height()), (3508, 2480));
}

#[test]
fn pdf_renders_to_a_non_blank_page() {
    let dir = tempfile::tempdir().expect("temp");
    let session = load_file(&examples()[0]).expect("example");
    let out = export(&session, &request(PageView::Both, ExportFormat::Pdf)).expect("export");
    assert!(out.bytes.starts_with(b"%PDF"));
    let pdf = dir.path().join("map.pdf");
    std::fs::write(&pdf, &out.bytes).expect("write");
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "40", "-singlefile"])
        .arg(&pdf)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm (apt-get install poppler-utils)");
    assert!(status.success());
    let page = Pixmap::decode_png(&std::fs::read(dir.path().join("page.png")).expect("page"))
        .expect("png");
    // A4 landscape at 40 dpi, and far from blank: many pixels are not white.
    assert!(
        page.width().abs_diff(468) <= 2 && page.height().abs_diff(331) <= 2,
        "{}x{}",
        page.width(),
        page.height()
    );
    let inked = page
        .pixels()
        .iter()
        .filter(|p| p.red() < 200 || p.green() < 200 || p.blue() < 200)
        .count();
    assert!(
        inked > page.pixels().len() / 20,
        "only {inked} inked pixels"
    );
}

#[test]
fn a_redacted_export_names_nobody() {
    for path in examples() {
        let session = load_file(&path).expect("example");
        let request = ExportRequest {
            redact: true,
            notes: true,
            table: true,
            format: ExportFormat::Svg,
            view: PageView::Both,
            ..ExportRequest::default()
        };
        let out = export(&session, &request).expect("export");
        let svg = String::from_utf8(out.bytes).expect("utf-8");
        for actor in &session.actors {
            assert!(
                !svg.contains(&powermap::render::escape_xml(&actor.name)),
                "{}: {} appears",
                path.display(),
                actor.name
            );
            for tag in &actor.tags {
                assert!(!svg.contains(&format!(">{tag}<")), "tag {tag} appears");
            }
        }
        assert!(svg.contains(">A1<"), "codes instead of names");
        let key = out.key.expect("a codes key");
        assert!(
            key.lines().count() == session.actors.len() && key.contains(&session.actors[0].name)
        );
    }
}

#[test]
fn notes_stay_out_unless_asked() {
    let session = load_file(&examples()[0]).expect("example");
    let note = session
        .actors
        .iter()
        .find(|a| !a.notes.is_empty())
        .map(|a| a.notes.clone())
        .expect("a note");
    let fragment = powermap::render::escape_xml(&note.chars().take(20).collect::<String>());
    let mut req = ExportRequest {
        format: ExportFormat::Svg,
        table: true,
        ..ExportRequest::default()
    };
    let without = String::from_utf8(export(&session, &req).expect("export").bytes).expect("utf-8");
    assert!(!without.contains(&fragment));
    req.notes = true;
    let with = String::from_utf8(export(&session, &req).expect("export").bytes).expect("utf-8");
    assert!(with.contains(&fragment), "notes appear when asked");
}

fn powermap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_powermap"))
}

#[test]
fn cli_exports_beside_the_input_by_default() {
    let dir = tempfile::tempdir().expect("temp");
    let input = dir.path().join("river.json");
    std::fs::copy(&examples()[2], &input).expect("copy");
    let out = powermap()
        .args(["export"])
        .arg(&input)
        .args(["--format", "svg", "--view", "both"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("river.svg").exists());
}

#[test]
fn cli_export_errors_are_one_line_and_non_zero() {
    let dir = tempfile::tempdir().expect("temp");
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"format\": ").expect("write");
    let example = examples()[0].display().to_string();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["export".into(), broken.display().to_string()],
            "ends too early",
        ),
        (
            vec![
                "export".into(),
                example.clone(),
                "--view".into(),
                "sideways".into(),
            ],
            "sideways",
        ),
        (
            vec![
                "export".into(),
                example.clone(),
                "--out".into(),
                "/nonexistent-dir/x.png".into(),
            ],
            "Could not write",
        ),
        (
            vec![
                "export".into(),
                example.clone(),
                "--size".into(),
                "99999x10".into(),
            ],
            "outside what powermap exports",
        ),
        (
            vec![
                "export".into(),
                example.clone(),
                "--size".into(),
                "wide".into(),
            ],
            "WIDTHxHEIGHT",
        ),
        (
            vec![
                "export".into(),
                example,
                "--compare".into(),
                "no such round".into(),
            ],
            "no round",
        ),
    ];
    for (args, expected) in cases {
        let out = powermap().args(&args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert_eq!(stderr.trim().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}"));
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

fn svg_of(session: &powermap::model::Session, request: &ExportRequest) -> String {
    let request = ExportRequest {
        format: ExportFormat::Svg,
        ..request.clone()
    };
    String::from_utf8(export(session, &request).expect("export").bytes).expect("utf-8")
}

#[test]
fn a_redacted_page_leaves_out_the_campaign_title_and_the_round_label() {
    let mut session = load_file(&examples()[0]).expect("example");
    session.campaign.title = "Campaign with Maria Lopez".to_owned();
    session.rounds[0].label = "After meeting Maria".to_owned();
    let round = session.rounds[0].id.clone();
    let open = ExportRequest {
        compare_round: Some(round.clone()),
        view: PageView::Both,
        ..ExportRequest::default()
    };
    let plain = svg_of(&session, &open);
    assert!(plain.contains("Campaign with Maria Lopez") && plain.contains("After meeting Maria"));
    let redacted = ExportRequest {
        redact: true,
        ..open
    };
    let svg = svg_of(&session, &redacted);
    assert!(!svg.contains("Maria"), "nothing names Maria");
    assert_eq!(svg_texts(&svg)[0], "Power map", "a neutral title");
    assert!(
        svg.contains(&session.rounds[0].date),
        "the round is named by its date"
    );
    let titled = ExportRequest {
        title: "Clean water for all".to_owned(),
        ..redacted
    };
    assert_eq!(
        svg_texts(&svg_of(&session, &titled))[0],
        "Clean water for all",
        "a public title typed for the export"
    );
}

#[test]
fn cli_title_option_sets_the_page_title() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("page.svg");
    let run = powermap()
        .arg("export")
        .arg(&examples()[0])
        .args(["--format", "svg", "--redact", "--title", "Public meeting"])
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let svg = std::fs::read_to_string(&out).expect("written");
    assert_eq!(svg_texts(&svg)[0], "Public meeting");
}

#[test]
fn cli_tiny_sizes_are_refused_with_a_message_for_every_view() {
    let example = examples()[0].display().to_string();
    let dir = tempfile::tempdir().expect("temp");
    for size in ["50x50", "1x1", "1x1000", "1000x1", "299x2000"] {
        for view in ["power", "spectrum", "both"] {
            let out = powermap()
                .args([
                    "export", &example, "--size", size, "--view", view, "--table",
                ])
                .arg("--out")
                .arg(dir.path().join("tiny.png"))
                .output()
                .expect("run");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{size} {view} succeeded");
            assert!(!stderr.contains("panicked"), "{size} {view}: {stderr}");
            assert!(
                stderr.contains("each side must be 300 to 16000 pixels"),
                "{size} {view}: {stderr}"
            );
        }
    }
    let smallest = powermap()
        .args([
            "export", &example, "--size", "300x300", "--view", "both", "--table",
        ])
        .arg("--out")
        .arg(dir.path().join("small.png"))
        .output()
        .expect("run");
    assert!(
        smallest.status.success(),
        "{}",
        String::from_utf8_lossy(&smallest.stderr)
    );
}

/// Text XML 1.0 forbids (U+FFFE, U+FFFF, most control characters) in every free-text field.
#[test]
fn characters_xml_forbids_never_break_an_export() {
    const BAD: &str = "\u{FFFE}\u{FFFF}\u{0}\u{1}\u{B}\u{1B}";
    let mut session = load_file(&examples()[0]).expect("example");
    let spoil = |text: &mut String| {
        text.push_str(BAD);
        text.push('x');
        text.push_str(BAD);
    };
    spoil(&mut session.campaign.title);
    spoil(&mut session.campaign.date);
    for actor in &mut session.actors {
        actor.name = format!("Mayor{BAD}\nof\tthe{BAD}\rCity");
        spoil(&mut actor.notes);
        spoil(&mut actor.contact);
        spoil(&mut actor.uncertain_note);
        actor.tags.push(BAD.to_owned());
        actor.links.push(BAD.to_owned());
    }
    for rel in &mut session.relationships {
        spoil(&mut rel.label);
    }
    for round in &mut session.rounds {
        spoil(&mut round.label);
        spoil(&mut round.date);
    }
    let request = ExportRequest {
        view: PageView::Both,
        table: true,
        notes: true,
        compare_round: Some(session.rounds[0].id.clone()),
        pixels: PixelSize::Exact(1200, 800),
        ..ExportRequest::default()
    };
    let svg = svg_of(&session, &request);
    let texts = svg_texts(&svg);
    assert!(
        texts.iter().any(|t| t == "Mayor of the City"),
        "line breaks and tabs in names became spaces"
    );
    for format in [ExportFormat::Png, ExportFormat::Pdf] {
        let out = export(
            &session,
            &ExportRequest {
                format,
                ..request.clone()
            },
        );
        assert!(
            out.is_ok(),
            "{format:?}: {}",
            out.err().map(|e| e.to_string()).unwrap_or_default()
        );
    }
}

/// A note of 200,000 characters in the table: clipping it is linear, so this is quick.
#[test]
fn a_huge_note_in_the_table_exports_at_once() {
    let mut session = load_file(&examples()[0]).expect("example");
    session.actors[0].notes = "word ".repeat(40_000);
    session.actors[1].name = "N".repeat(200_000);
    let request = ExportRequest {
        table: true,
        notes: true,
        format: ExportFormat::Svg,
        ..ExportRequest::default()
    };
    let svg = svg_of(&session, &request);
    assert!(
        svg.contains("word word") && svg.contains("…"),
        "the note is clipped"
    );
}

/// More shapes than the drawing library takes (a map of a million actors): the message is
/// ours and says what to do, not the library's "nodes limit reached".
#[test]
fn too_many_shapes_is_said_in_plain_words() {
    let mut svg =
        String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">"#);
    for _ in 0..1_000_100 {
        svg.push_str("<rect/>");
    }
    svg.push_str("</svg>");
    for (format, result) in [
        ("PNG", powermap::render::render_png(&svg, 1.0)),
        ("PDF", powermap::render::render_pdf(&svg)),
    ] {
        let message = result.expect_err("over the limit").to_string();
        assert!(
            message.contains("too many shapes") && message.contains("Export it as SVG"),
            "{format}: {message}"
        );
    }
}

/// The names an SVG page writes, each text element read whole (a name on two lines is one
/// element of two tspans), with runs of white space as one space.
fn svg_names(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("SVG parses");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            let pieces: Vec<&str> = n
                .descendants()
                .filter(roxmltree::Node::is_text)
                .filter_map(|d| d.text())
                .collect();
            pieces
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn slide_exports_name_every_actor_in_full() {
    // Each view alone on a 1280 x 720 slide, and both side by side on a 1920 x 1080 one.
    let pages = [
        (PageView::PowerMap, (1280, 720)),
        (PageView::Spectrum, (1280, 720)),
        (PageView::Both, (1920, 1080)),
    ];
    for path in examples() {
        let session = load_file(&path).expect("example");
        for (view, (width, height)) in pages {
            let out = export(
                &session,
                &ExportRequest {
                    view,
                    format: ExportFormat::Svg,
                    pixels: PixelSize::Exact(width, height),
                    ..ExportRequest::default()
                },
            )
            .expect("export");
            let names = svg_names(&String::from_utf8(out.bytes).expect("utf-8"));
            let on_map = |a: &powermap::model::Actor| !a.parked;
            let on_fan = |a: &powermap::model::Actor| a.spectrum.is_some();
            for actor in &session.actors {
                let wanted = match view {
                    PageView::PowerMap => usize::from(on_map(actor)),
                    PageView::Spectrum => usize::from(on_fan(actor)),
                    PageView::Both => usize::from(on_map(actor)) + usize::from(on_fan(actor)),
                };
                let found = names.iter().filter(|n| **n == actor.name).count();
                assert!(
                    found >= wanted,
                    "{} {view:?} {width}x{height}: {} named {found} times, wanted {wanted}",
                    stem(&path),
                    actor.name
                );
            }
        }
    }
}

/// How many times `color` (as `#rrggbb`) fills a circle in `svg`.
fn circles_filled(svg: &str, color: egui::Color32) -> usize {
    let hex = format!("#{:02x}{:02x}{:02x}", color.r(), color.g(), color.b());
    svg.split("<circle")
        .skip(1)
        .filter(|c| c.split('>').next().is_some_and(|tag| tag.contains(&hex)))
        .count()
}

#[test]
fn a_page_can_show_the_rooms_spread_with_its_legend_and_never_a_participant() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/migrant-voting-rights.json");
    let session = load_file(&path).expect("example");
    let round = session.placement_rounds[0].clone();
    let spread = powermap::scene::Palette::print().spread;
    let plain = svg_of(&session, &request(PageView::Both, ExportFormat::Svg));
    assert_eq!(circles_filled(&plain, spread), 0);
    assert!(!plain.contains("median and middle half"));

    for wanted in [round.id.clone(), "last".to_owned(), round.opened_readable()] {
        let with = ExportRequest {
            spread_round: Some(wanted.clone()),
            redact: true,
            ..request(PageView::PowerMap, ExportFormat::Svg)
        };
        let svg = svg_of(&session, &with);
        let spreads = powermap::model::most_disputed_first(&round);
        let placed: usize = spreads.iter().map(|s| s.places.len()).sum();
        let medians = spreads.iter().filter(|s| s.map.is_some()).count();
        // Every answer and every median, and the legend's own median and two answers.
        assert_eq!(
            circles_filled(&svg, spread),
            placed + medians + 3,
            "{wanted}"
        );
        // (The apostrophe is escaped in SVG text.)
        assert!(svg.contains("answers: median and middle half"));
        assert!(svg.contains(&format!("answers of {}", round.opened_readable())));
    }
    // With the table: the room's answers under the actors, most disputed first, by code when
    // redacted.
    for redact in [false, true] {
        let with_table = ExportRequest {
            spread_round: Some(round.id.clone()),
            table: true,
            redact,
            ..request(PageView::PowerMap, ExportFormat::Svg)
        };
        let svg = svg_of(&session, &with_table);
        assert!(svg.contains("Split between"), "no table of the answers");
        assert_eq!(svg.contains("The Valmora Courier"), !redact);
    }
    let missing = ExportRequest {
        spread_round: Some("placement-0".to_owned()),
        ..request(PageView::PowerMap, ExportFormat::Svg)
    };
    let error = export(&session, &missing).err().expect("no such round");
    assert!(error.to_string().contains("placement-0"), "{error}");
}
