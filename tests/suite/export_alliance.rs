//! The alliance plan in exports: its pages after the map in a PDF, its Markdown, what they
//! leave out unless asked (ratings, notes) or under redaction (names, the plan's free
//! texts), Arabic pages, and the command line.

use powermap::model::{LanguageCode, Session};
use powermap::render::{
    ExportFormat, ExportRequest, export, export_alliance_svgs, export_markdown, missing_glyphs,
};
use powermap::storage::load_file;
use powermap::words::{Language, Words};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/migrant-voting-rights.json")
}

fn example() -> Session {
    load_file(&example_path()).expect("the example")
}

fn pdf(alliance: bool) -> ExportRequest {
    ExportRequest {
        format: ExportFormat::Pdf,
        alliance,
        ..ExportRequest::default()
    }
}

fn markdown() -> ExportRequest {
    ExportRequest {
        format: ExportFormat::Markdown,
        ..ExportRequest::default()
    }
}

/// The pages of a PDF we wrote, counted by their page objects (`/Type /Page`, not the
/// `/Type /Pages` tree that holds them). Our PDFs are written uncompressed at this level.
fn page_count(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

/// Every text of some SVG pages, one per `<text>` element, without the invisible marks
/// that set a right-to-left text's direction.
fn texts(svgs: &[String]) -> Vec<String> {
    svgs.iter()
        .flat_map(|svg| {
            let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
            doc.descendants()
                .filter(|n| n.has_tag_name("text"))
                .map(|n| {
                    n.descendants()
                        .filter(roxmltree::Node::is_text)
                        .filter_map(|d| d.text())
                        .flat_map(str::chars)
                        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn all_text(svgs: &[String]) -> String {
    texts(svgs).join("\n")
}

/// A note written beside a rating in the example, and the rating next to it.
const TRUST_NOTE: &str = "Kept every promise on the 2025 transport campaign.";

#[test]
fn the_pdf_has_the_alliance_pages_only_when_asked() {
    let session = example();
    let map_only = export(&session, &pdf(false)).expect("export");
    assert_eq!(page_count(&map_only.bytes), 1);
    let with_plan = export(&session, &pdf(true)).expect("export");
    let pages = page_count(&with_plan.bytes);
    let svgs = export_alliance_svgs(&session, &pdf(true)).expect("alliance pages");
    assert_eq!(pages, 1 + svgs.len(), "the map, then each alliance page");
    assert!(pages >= 3, "{pages} pages");
    let text = all_text(&svgs);
    let words = Words::english();
    for id in [
        "report-alliance-plan",
        "report-needs",
        "report-partners",
        "report-network",
        "report-agreement",
        "report-memorandum",
        "report-chart-levels",
        "report-chart-rounds",
    ] {
        assert!(text.contains(words.get(id)), "{id} missing");
    }
    // Needs and who covers them, an uncovered need marked, the memorandum's text.
    assert!(text.contains("Valmora University Law Clinic"));
    assert!(text.contains(words.get("report-nobody")));
    assert!(text.contains("Union hall on Tuesdays"));
    let last = svgs.len() + 1;
    assert!(text.contains(&format!("Page {last} of {last}")));
}

#[test]
fn the_pdf_pages_draw_and_are_not_blank() {
    let dir = tempfile::tempdir().expect("temp");
    let out = export(&example(), &pdf(true)).expect("export");
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, &out.bytes).expect("write");
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "30"])
        .arg(&path)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm (apt-get install poppler-utils)");
    assert!(status.success());
    let mut drawn: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    drawn.sort();
    assert_eq!(drawn.len(), page_count(&out.bytes));
    for page in drawn {
        let image = resvg::tiny_skia::Pixmap::load_png(&page).expect("png");
        let inked = image
            .pixels()
            .iter()
            .filter(|p| p.red() < 160 || p.green() < 160 || p.blue() < 160)
            .count();
        assert!(inked > 200, "{}: {inked} inked pixels", page.display());
    }
}

#[test]
fn images_refuse_the_alliance_plan_in_plain_words() {
    for format in [ExportFormat::Png, ExportFormat::Svg] {
        let request = ExportRequest {
            format,
            alliance: true,
            ..ExportRequest::default()
        };
        let error = export(&example(), &request).err().expect("refused");
        assert!(error.to_string().contains("PDF"), "{error}");
    }
}

#[test]
fn redaction_names_nobody_and_says_what_it_left_out() {
    let session = example();
    let request = ExportRequest {
        redact: true,
        ratings: true,
        notes: true,
        ..pdf(true)
    };
    let svgs = export_alliance_svgs(&session, &request).expect("pages");
    let (md, key) = export_markdown(
        &session,
        &ExportRequest {
            format: ExportFormat::Markdown,
            ..request.clone()
        },
    );
    assert!(key.is_some(), "the codes key comes with it");
    let words = Words::english();
    let first = session
        .actors
        .iter()
        .position(|a| !a.is_us && a.partner.is_partner())
        .expect("a partner");
    let code = format!("A{}", first + 1);
    for text in [all_text(&svgs), md] {
        for actor in session.actors.iter().filter(|a| !a.partner.is_empty()) {
            assert!(!text.contains(&actor.name), "{} named", actor.name);
        }
        assert!(!text.contains(&session.campaign.title), "campaign title");
        assert!(text.contains(&code), "codes stand for names: {code}");
        assert!(!text.contains(TRUST_NOTE), "notes go with redaction");
        assert!(!text.contains("Union hall on Tuesdays"), "memorandum");
        assert!(!text.contains("weekly coordination call"), "reasons");
        assert!(text.contains(words.get("report-redacted")));
        assert!(text.contains(words.get("report-left-out-redacted")));
        // Round labels are free text: under redaction the chart names rounds by date.
        assert!(!text.contains(&session.rounds[0].label));
    }
}

#[test]
fn ratings_and_notes_stay_out_unless_asked() {
    let session = example();
    let with = |ratings, notes| {
        let request = ExportRequest {
            ratings,
            notes,
            ..markdown()
        };
        let (md, _) = export_markdown(&session, &request);
        let pages = all_text(&export_alliance_svgs(&session, &pdf_like(&request)).expect("pages"));
        (md, pages)
    };
    let words = Words::english();
    for text in <[String; 2]>::from(with(false, false)) {
        assert!(
            !text.contains(words.get("report-trust")),
            "no ratings column"
        );
        assert!(!text.contains("5/5") && !text.contains(TRUST_NOTE));
    }
    for text in <[String; 2]>::from(with(false, true)) {
        assert!(!text.contains(TRUST_NOTE), "notes come beside ratings only");
    }
    for text in <[String; 2]>::from(with(true, false)) {
        assert!(text.contains(words.get("report-trust")) && text.contains("5/5"));
        assert!(!text.contains(TRUST_NOTE));
    }
    for text in <[String; 2]>::from(with(true, true)) {
        assert!(text.contains(TRUST_NOTE), "asked for");
    }
}

/// The PDF request that matches a Markdown one.
fn pdf_like(request: &ExportRequest) -> ExportRequest {
    ExportRequest {
        format: ExportFormat::Pdf,
        alliance: true,
        ..request.clone()
    }
}

#[test]
fn markdown_holds_the_plan_as_tables_and_text() {
    let session = example();
    let out = export(&session, &markdown()).expect("markdown");
    let md = String::from_utf8(out.bytes).expect("utf-8");
    let words = Words::english();
    assert!(
        md.starts_with(&format!("# {}\n", session.campaign.title)),
        "{md}"
    );
    assert!(md.contains(&format!("## {}", words.get("report-alliance-plan"))));
    assert!(md.contains(&format!(
        "| {} | {} |",
        words.get("report-need"),
        words.get("report-covered-by")
    )));
    assert!(md.contains(&format!(
        "| {} | **{}** |",
        words.get("need-international_attention"),
        words.get("report-nobody")
    )));
    assert!(md.contains("| Valmora University Law Clinic | Cooperation | Campaign coalition |"));
    assert!(
        md.contains("Translators for residents’ meetings"),
        "the user's own need"
    );
    assert!(md.contains(&format!(
        "**{}: {}**",
        words.get("report-purpose"),
        words.get("purpose-joint_venture")
    )));
    assert!(md.contains("Union hall on Tuesdays"));
    // The user's line breaks are kept as hard breaks.
    assert!(md.contains("campaign lead and spokesperson  \nValmora Trade Union Federation"));
    // Every table row has as many cells as its header.
    for table in md.split("\n\n").filter(|b| b.starts_with('|')) {
        let cells: Vec<usize> = table.lines().map(|l| l.matches(" | ").count()).collect();
        assert!(cells.iter().all(|c| *c == cells[0]), "{table}");
    }
    assert!(out.key.is_none());
}

#[test]
fn arabic_alliance_pages_draw_every_glyph_in_arabic_words() {
    let mut session = example();
    session.language = LanguageCode(Language::Arabic.code().to_owned());
    let svgs = export_alliance_svgs(&session, &pdf(true)).expect("pages");
    for svg in &svgs {
        assert_eq!(missing_glyphs(svg).expect("checked"), Vec::<String>::new());
    }
    let text = all_text(&svgs);
    let arabic = Words::of(Language::Arabic);
    let english = Words::english();
    for id in ["report-alliance-plan", "report-needs", "report-memorandum"] {
        assert!(text.contains(arabic.get(id)), "{id} in Arabic");
        assert!(!text.contains(english.get(id)), "{id} in English");
    }
    // Right to left: the heading hangs from the right edge of the page.
    let doc = roxmltree::Document::parse(&svgs[0]).expect("parses");
    let heading = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("text")
                && n.descendants()
                    .filter_map(|d| d.text())
                    .any(|t| t.contains(arabic.get("report-alliance-plan")))
        })
        .expect("the heading");
    assert_eq!(heading.attribute("text-anchor"), Some("end"));
}

#[test]
fn french_alliance_pages_hold_no_english_report_words() {
    let mut session = example();
    session.language = LanguageCode(Language::French.code().to_owned());
    let (md, _) = export_markdown(&session, &markdown());
    let pages = all_text(&export_alliance_svgs(&session, &pdf(true)).expect("pages"));
    let english = Words::english();
    for text in [md, pages] {
        for id in [
            "report-alliance-plan",
            "report-needs",
            "report-covered-by",
            "report-nobody",
            "report-agreement",
            "report-memorandum",
            "report-chart-levels",
            "collab-campaign_coalition",
        ] {
            assert!(!text.contains(english.get(id)), "{id} in English");
        }
    }
}

#[test]
fn a_long_memorandum_runs_onto_more_pages_with_its_last_words() {
    let mut session = example();
    let mut long = String::new();
    for i in 1..=400 {
        let _ = write!(long, "Commitment number {i} is kept by the group. ");
    }
    session.alliance.memorandum.commitments = long;
    let short = export_alliance_svgs(&example(), &pdf(true)).expect("pages");
    let svgs = export_alliance_svgs(&session, &pdf(true)).expect("pages");
    assert!(svgs.len() >= short.len() + 3, "{} pages", svgs.len());
    let text = all_text(&svgs);
    for i in [1, 200, 400] {
        assert!(
            text.contains(&format!("Commitment number {i} ")),
            "{i} lost"
        );
    }
    let out = export(&session, &pdf(true)).expect("export");
    assert_eq!(page_count(&out.bytes), svgs.len() + 1);
}

fn powermap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_powermap"))
}

#[test]
fn cli_writes_markdown_and_the_alliance_pages_and_refuses_them_in_images() {
    let dir = tempfile::tempdir().expect("temp");
    let file = dir.path().join("residents.json");
    std::fs::copy(example_path(), &file).expect("copy");
    let out = powermap()
        .args(["export", "--format", "md"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = std::fs::read_to_string(dir.path().join("residents.md")).expect("written beside");
    assert!(md.contains("## Alliance plan"));

    let pdf_path = dir.path().join("plan.pdf");
    let out = powermap()
        .args([
            "export",
            "--format",
            "pdf",
            "--alliance",
            "--ratings",
            "--out",
        ])
        .arg(&pdf_path)
        .arg(&file)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(page_count(&std::fs::read(&pdf_path).expect("written")) >= 3);

    let png = dir.path().join("plan.png");
    let out = powermap()
        .args(["export", "--alliance", "--out"])
        .arg(&png)
        .arg(&file)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(said.trim().lines().count(), 1, "{said}");
    assert!(said.contains("PDF"), "{said}");
    assert!(!png.exists(), "nothing written");
}
