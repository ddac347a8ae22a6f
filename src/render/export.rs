//! Exports: a report page of the session as SVG, PNG or PDF, from the same scene the app draws,
//! with the alliance plan on pages of its own after it in a PDF, or as Markdown.

use super::fonts::{BundledMeasure, FALLBACKS, FAMILY, SANS, SANS_BOLD};
use super::svg::scene_to_svg;
use crate::model::{PlacementRound, Session, Unwatched, Watch, redacted, today};
use crate::scene::{
    AllianceOptions, AlliancePagesOptions, PageOptions, PageView, Paper, UNITS_PER_INCH,
    alliance_report, build_alliance_pages, build_page,
};
use crate::words::Words;
use resvg::{tiny_skia, usvg};
use std::fmt::Write;
use std::sync::Arc;

/// The file formats of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Vector, text kept as text.
    Svg,
    /// Raster at a chosen resolution.
    Png,
    /// Vector, one page, or more with the alliance plan.
    Pdf,
    /// Text: the alliance plan as Markdown, for pasting into a document.
    Markdown,
}

impl ExportFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf => "pdf",
            Self::Markdown => "md",
        }
    }
}

/// The pixel size of a PNG: a paper size at a resolution, or an exact size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PixelSize {
    /// The paper size at this many dots per inch (print: 300).
    Dpi(u32),
    /// Exactly this many pixels (slides: 1920 x 1080).
    Exact(u32, u32),
}

/// Everything an export needs to know.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent choices of the user, each a checkbox of the export dialog"
)]
pub struct ExportRequest {
    /// Which views.
    pub view: PageView,
    /// Which format.
    pub format: ExportFormat,
    /// Paper size for SVG and PDF, and for PNG by resolution.
    pub paper: Paper,
    /// PNG size; an exact size also sets the page of an SVG or PDF (a slide).
    pub pixels: PixelSize,
    /// Replace names with codes and leave notes and tags out.
    pub redact: bool,
    /// Put notes in the table.
    pub notes: bool,
    /// Add a table of actors.
    pub table: bool,
    /// Draw movement arrows since the round with this id.
    pub compare_round: Option<String>,
    /// Draw the room's spread of the placement round with this id (or its opening time, or
    /// `last`): every answer as a dot, the median and the middle half.
    pub spread_round: Option<String>,
    /// A public title for the page. Empty: the campaign's title, or under redaction a neutral
    /// "Power map" (campaign titles are free text that often names people).
    pub title: String,
    /// Add the alliance plan after the map, on pages of its own (PDF only: an image is one
    /// page). A Markdown export is the alliance plan whatever this says.
    pub alliance: bool,
    /// Show the partners' trust, benefit and risk ratings in the alliance plan: judgements
    /// of named partners, so only when asked (their notes come with `notes` as well).
    pub ratings: bool,
}

impl Default for ExportRequest {
    fn default() -> Self {
        Self {
            view: PageView::PowerMap,
            format: ExportFormat::Png,
            paper: Paper::A4,
            pixels: PixelSize::Dpi(300),
            redact: false,
            notes: false,
            table: false,
            compare_round: None,
            spread_round: None,
            title: String::new(),
            alliance: false,
            ratings: false,
        }
    }
}

/// The export's bytes, and the codes key when names were redacted.
pub struct ExportOutput {
    /// The file's contents.
    pub bytes: Vec<u8>,
    /// "A1<TAB>Name" lines, when redacted.
    pub key: Option<String>,
}

/// Why an export could not be made, in words that say what the user can do about it.
#[derive(Debug)]
pub enum ExportError {
    /// The requested image is too large or too small to be a readable page.
    BadSize {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
    },
    /// The round to compare with does not exist.
    NoSuchRound(String),
    /// The placement round whose spread was asked for does not exist.
    NoSuchPlacementRound(String),
    /// The drawing library refuses pages of more than about a million shapes.
    TooManyShapes(Drawing),
    /// The pixels of the image did not fit in memory.
    NoMemory {
        /// The image's width.
        width: u32,
        /// The image's height.
        height: u32,
    },
    /// The page could not be turned into the named format: a fault of powermap, not of the
    /// map.
    Failed(Drawing),
    /// The alliance plan was asked for in an image (PNG or SVG), which holds one page.
    AllianceNeedsPages,
}

/// What an export was drawing when it failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawing {
    /// A PNG image.
    Png,
    /// A PDF.
    Pdf,
    /// The export dialog's preview.
    Preview,
    /// The check for characters the bundled fonts lack.
    Glyphs,
}

impl Drawing {
    /// The key the messages select their wording by.
    fn key(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Pdf => "pdf",
            Self::Preview => "preview",
            Self::Glyphs => "glyphs",
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = crate::words::ui();
        let text = match self {
            Self::BadSize { width, height } => words.with(
                "win-export-bad-size",
                &[
                    ("width", &width.to_string()),
                    ("height", &height.to_string()),
                    ("min", &MIN_SIDE.to_string()),
                    ("max", &MAX_SIDE.to_string()),
                ],
            ),
            Self::NoSuchRound(round) => words.with("win-export-no-round", &[("round", round)]),
            Self::NoSuchPlacementRound(round) => {
                words.with("win-export-no-placement-round", &[("round", round)])
            }
            Self::TooManyShapes(what) => {
                words.with("win-export-too-many-shapes", &[("what", what.key())])
            }
            Self::NoMemory { width, height } => words.with(
                "win-export-no-memory",
                &[
                    ("width", &width.to_string()),
                    ("height", &height.to_string()),
                ],
            ),
            Self::Failed(what) => words.with("win-export-failed", &[("what", what.key())]),
            Self::AllianceNeedsPages => words.get("win-export-alliance-pages").to_owned(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {}

/// The shortest side of an exported PNG: below it a page holds no readable map.
pub const MIN_SIDE: u32 = 300;
/// The longest side of an exported PNG.
pub const MAX_SIDE: u32 = 16_000;
/// The page size in CSS pixels, and the scale from page units to PNG pixels.
fn geometry(request: &ExportRequest) -> Result<(emath::Vec2, f32), ExportError> {
    let (size, scale) = match (request.format, request.pixels) {
        // An exact size makes a slide-shaped page in every format, one pixel per unit.
        (_, PixelSize::Exact(w, h)) => (emath::vec2(w as f32, h as f32), 1.0),
        (ExportFormat::Png, PixelSize::Dpi(dpi)) => {
            (request.paper.landscape(), dpi as f32 / UNITS_PER_INCH)
        }
        _ => (request.paper.landscape(), 1.0),
    };
    let (w, h) = ((size.x * scale).round(), (size.y * scale).round());
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "checked against the limits right here"
    )]
    let (wi, hi) = (
        w.clamp(0.0, u32::MAX as f32) as u32,
        h.clamp(0.0, u32::MAX as f32) as u32,
    );
    if !(MIN_SIDE..=MAX_SIDE).contains(&wi) || !(MIN_SIDE..=MAX_SIDE).contains(&hi) {
        return Err(ExportError::BadSize {
            width: wi,
            height: hi,
        });
    }
    Ok((size, scale))
}

/// The page's title: the one typed for this export, else the campaign's, except under
/// redaction, where the campaign's title (free text that often names people) is left out.
fn page_title(session: &Session, request: &ExportRequest) -> String {
    let typed = request.title.trim();
    let campaign = session.campaign.title.trim();
    if !typed.is_empty() {
        typed.to_owned()
    } else if request.redact || campaign.is_empty() {
        neutral_title(Words::for_session(session)).to_owned()
    } else {
        campaign.to_owned()
    }
}

/// The title of a page that names no campaign, in the map's language.
pub fn neutral_title(words: &'static Words) -> &'static str {
    words.get("page-power-map")
}

/// The session as an export shows it, and what every page of it shares.
struct Shown {
    /// The session, or its redacted copy.
    session: Session,
    /// The codes key, when redacted.
    key: Option<String>,
    /// The title the rules chose.
    title: String,
    /// The campaign's date, or today.
    date: String,
}

/// The session as `request` lets it be shown: names replaced by codes under redaction, the
/// title and the date chosen once for every page.
fn shown(session: &Session, request: &ExportRequest) -> Shown {
    let (copy, key) = if request.redact {
        let (copy, key) = redacted(session);
        let mut text = String::new();
        for (code, name) in &key {
            let _ = writeln!(text, "{code}\t{name}");
        }
        (copy, Some(text))
    } else {
        (session.clone(), None)
    };
    let date = if session.campaign.date.trim().is_empty() {
        today()
    } else {
        session.campaign.date.clone()
    };
    Shown {
        session: copy,
        key,
        title: page_title(session, request),
        date,
    }
}

/// What the alliance section may show, under the request's privacy choices.
fn alliance_options(request: &ExportRequest) -> AllianceOptions {
    AllianceOptions {
        ratings: request.ratings,
        notes: request.ratings && request.notes && !request.redact,
        redacted: request.redact,
    }
}

/// The placement round `wanted` names: its id, its opening time (as the file writes it or as
/// the app shows it), or `last` for the newest.
pub fn find_placement_round<'a>(session: &'a Session, wanted: &str) -> Option<&'a PlacementRound> {
    let rounds = &session.placement_rounds;
    if wanted == "last" {
        return rounds.iter().max_by(|a, b| a.opened.cmp(&b.opened));
    }
    rounds
        .iter()
        .find(|r| r.id == wanted || r.opened == wanted || r.opened_readable() == wanted)
}

/// The page as SVG text, with the codes key when redacted.
pub fn export_svg(
    session: &Session,
    request: &ExportRequest,
) -> Result<(String, Option<String>), ExportError> {
    let (size, _) = geometry(request)?;
    let compare = match &request.compare_round {
        Some(id) => Some(
            session
                .rounds
                .iter()
                .find(|r| &r.id == id || &r.label == id)
                .ok_or_else(|| ExportError::NoSuchRound(id.clone()))?,
        ),
        None => None,
    };
    let spread = match &request.spread_round {
        Some(wanted) => Some(
            find_placement_round(session, wanted)
                .ok_or_else(|| ExportError::NoSuchPlacementRound(wanted.clone()))?,
        ),
        None => None,
    };
    let Shown {
        session: shown,
        key,
        title,
        date,
    } = shown(session, request);
    let options = PageOptions {
        view: request.view,
        size,
        table: request.table,
        notes: request.notes && !request.redact,
        compare,
        spread,
        name_round: !request.redact,
        title,
        date,
    };
    let scene = build_page(&shown, &options, BundledMeasure::get());
    Ok((scene_to_svg(&scene), key))
}

/// The alliance plan's pages as SVG texts, the size of the map's page, numbered after it.
pub fn export_alliance_svgs(
    session: &Session,
    request: &ExportRequest,
) -> Result<Vec<String>, ExportError> {
    let (size, _) = geometry(request)?;
    let shown = shown(session, request);
    let options = AlliancePagesOptions {
        size,
        title: shown.title,
        date: shown.date,
        alliance: alliance_options(request),
        first_page: 2,
    };
    let pages = build_alliance_pages(&shown.session, &options, BundledMeasure::get());
    Ok(pages.iter().map(scene_to_svg).collect())
}

/// The alliance plan as Markdown, with the codes key when redacted.
pub fn export_markdown(session: &Session, request: &ExportRequest) -> (String, Option<String>) {
    let shown = shown(session, request);
    let words = Words::for_session(&shown.session);
    let report = alliance_report(&shown.session, alliance_options(request), words);
    let text = super::markdown::alliance_markdown(
        &report,
        &shown.title,
        &shown.date,
        request.redact,
        words,
    );
    (text, shown.key)
}

/// Export the session as the request says.
pub fn export(session: &Session, request: &ExportRequest) -> Result<ExportOutput, ExportError> {
    // Nobody watching never asks to stop, so there is always an output.
    export_watched(session, request, &Unwatched)?.ok_or(ExportError::Failed(Drawing::Png))
}

/// Export the session as the request says, telling `watch` how many strips of a PNG are
/// drawn and stopping between two when it asks: `None` when stopped. SVG, PDF and Markdown
/// are one step.
pub fn export_watched(
    session: &Session,
    request: &ExportRequest,
    watch: &dyn Watch,
) -> Result<Option<ExportOutput>, ExportError> {
    let page = |bytes: fn(String) -> Result<Vec<u8>, ExportError>| {
        let (svg, key) = export_svg(session, request)?;
        Ok::<_, ExportError>(ExportOutput {
            bytes: bytes(svg)?,
            key,
        })
    };
    let output = match request.format {
        ExportFormat::Markdown => {
            let (text, key) = export_markdown(session, request);
            ExportOutput {
                bytes: text.into_bytes(),
                key,
            }
        }
        // An image is one page: the alliance plan needs pages of its own.
        ExportFormat::Svg | ExportFormat::Png if request.alliance => {
            return Err(ExportError::AllianceNeedsPages);
        }
        ExportFormat::Svg => page(|svg| Ok(svg.into_bytes()))?,
        ExportFormat::Png => {
            let (svg, key) = export_svg(session, request)?;
            let (_, scale) = geometry(request)?;
            let what = Drawing::Png;
            let Some(pixmap) = draw_in_strips(&parse(&svg, what)?, scale, watch)? else {
                return Ok(None);
            };
            ExportOutput {
                bytes: pixmap.encode_png().map_err(|_| ExportError::Failed(what))?,
                key,
            }
        }
        ExportFormat::Pdf if request.alliance => {
            let (svg, key) = export_svg(session, request)?;
            let mut pages = vec![svg];
            pages.extend(export_alliance_svgs(session, request)?);
            ExportOutput {
                bytes: render_pdf_pages(&pages)?,
                key,
            }
        }
        ExportFormat::Pdf => page(|svg| render_pdf(&svg))?,
    };
    Ok(Some(output))
}

/// usvg options that know only the bundled fonts: no system font is ever looked up.
fn svg_options() -> usvg::Options<'static> {
    usvg::Options {
        fontdb: bundled_fonts(),
        font_family: FAMILY.to_owned(),
        ..usvg::Options::default()
    }
}

/// The bundled fonts as usvg finds them, loaded once per process (they are 7 MB).
fn bundled_fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: std::sync::OnceLock<Arc<usvg::fontdb::Database>> = std::sync::OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            let source = |bytes: &'static [u8]| {
                usvg::fontdb::Source::Binary(Arc::new(bytes) as Arc<dyn AsRef<[u8]> + Send + Sync>)
            };
            db.load_font_source(source(SANS));
            db.load_font_source(source(SANS_BOLD));
            // In order: a character DejaVu lacks is drawn by the first of these that has it.
            for fallback in &FALLBACKS {
                db.load_font_source(source(fallback.bytes));
            }
            Arc::new(db)
        })
        .clone()
}

/// The characters of an SVG we wrote that its PNG and PDF would draw as empty boxes (the
/// glyph "not defined" of a font that lacks them), in the order met; none with the bundled
/// fonts for every script they cover.
pub fn missing_glyphs(svg: &str) -> Result<Vec<String>, ExportError> {
    fn walk(group: &usvg::Group, missing: &mut Vec<String>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(inner) => walk(inner, missing),
                usvg::Node::Text(text) => {
                    let glyphs = text
                        .layouted()
                        .iter()
                        .flat_map(|span| &span.positioned_glyphs);
                    missing.extend(glyphs.filter(|g| g.id.0 == 0).map(|g| g.text.clone()));
                }
                usvg::Node::Path(_) | usvg::Node::Image(_) => {}
            }
        }
    }
    let tree = parse(svg, Drawing::Glyphs)?;
    let mut missing = Vec::new();
    walk(tree.root(), &mut missing);
    Ok(missing)
}

/// Read back the SVG we wrote, to draw it as `what`.
fn parse(svg: &str, what: Drawing) -> Result<usvg::Tree, ExportError> {
    use usvg::roxmltree::Error as Xml;
    usvg::Tree::from_str(svg, &svg_options()).map_err(|e| match e {
        usvg::Error::ElementsLimitReached | usvg::Error::ParsingFailed(Xml::NodesLimitReached) => {
            ExportError::TooManyShapes(what)
        }
        _ => ExportError::Failed(what),
    })
}

/// Rows of pixels a PNG export draws at a time: an A4 page at 300 dpi takes eight strips,
/// each a step that the progress bar counts and after which the export can stop.
const STRIP_ROWS: u32 = 320;

/// The page of `tree` drawn at `scale` pixels per unit, strip by strip; `None` when `watch`
/// asked to stop. Each strip is the same drawing moved up by whole pixels: the page is the one
/// a single pass draws, but for a few anti-aliased edge pixels, and takes as long (an A4 page
/// at 300 dpi of the river example: 59-66 ms either way).
fn draw_in_strips(
    tree: &usvg::Tree,
    scale: f32,
    watch: &dyn Watch,
) -> Result<Option<tiny_skia::Pixmap>, ExportError> {
    let (width, height) = page_pixels(tree, scale);
    let mut page =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::NoMemory { width, height })?;
    let strips = height.div_ceil(STRIP_ROWS);
    let row_bytes = width as usize * 4;
    for strip in 0..strips {
        if watch.stopped() {
            return Ok(None);
        }
        let top = strip * STRIP_ROWS;
        let rows = STRIP_ROWS.min(height - top);
        let mut part = tiny_skia::Pixmap::new(width, rows).ok_or(ExportError::NoMemory {
            width,
            height: rows,
        })?;
        #[expect(
            clippy::cast_precision_loss,
            reason = "a page's rows are far below 2^24"
        )]
        let shift = top as f32;
        resvg::render(
            tree,
            tiny_skia::Transform::from_scale(scale, scale).post_translate(0.0, -shift),
            &mut part.as_mut(),
        );
        let start = top as usize * row_bytes;
        page.data_mut()[start..start + part.data().len()].copy_from_slice(part.data());
        watch.advanced(strip as usize + 1, strips as usize);
    }
    Ok(Some(page))
}

/// How many pixels wide and high the page of `tree` is at `scale` pixels per unit.
fn page_pixels(tree: &usvg::Tree, scale: f32) -> (u32, u32) {
    // Round the scaled float size, not a rounded-up integer size: A4 at 300 dpi is 3508 x 2480.
    let side = |v: f32| {
        let v = (v * scale).round();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped into u32's range first"
        )]
        let pixels = v.clamp(1.0, u32::MAX as f32) as u32;
        pixels
    };
    (side(tree.size().width()), side(tree.size().height()))
}

/// The page of `tree` drawn at `scale` pixels per unit.
fn draw(tree: &usvg::Tree, scale: f32) -> Result<tiny_skia::Pixmap, ExportError> {
    let (width, height) = page_pixels(tree, scale);
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::NoMemory { width, height })?;
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// Rasterise SVG text at `scale` pixels per unit.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    let what = Drawing::Png;
    draw(&parse(svg, what)?, scale)?
        .encode_png()
        .map_err(|_| ExportError::Failed(what))
}

/// The page of SVG text drawn whole within `max_width` x `max_height` pixels (at least one a
/// side), keeping its proportions: a preview whose size never depends on the page's.
pub fn render_preview(
    svg: &str,
    max_width: u32,
    max_height: u32,
) -> Result<tiny_skia::Pixmap, ExportError> {
    let tree = parse(svg, Drawing::Preview)?;
    let size = tree.size();
    let scale =
        (max_width.max(1) as f32 / size.width()).min(max_height.max(1) as f32 / size.height());
    // Rounding may not push a side past the box.
    let scale = scale * 0.999;
    draw(&tree, scale)
}

/// SVG text as a one-page PDF, page size from the SVG at 96 units per inch.
pub fn render_pdf(svg: &str) -> Result<Vec<u8>, ExportError> {
    let what = Drawing::Pdf;
    let tree = parse(svg, what)?;
    svg2pdf::to_pdf(
        &tree,
        svg2pdf::ConversionOptions::default(),
        svg2pdf::PageOptions {
            dpi: UNITS_PER_INCH,
        },
    )
    .map_err(|_| ExportError::Failed(what))
}

/// SVG texts as the pages of one PDF, in order, each page the size of its SVG at 96 units
/// per inch. Each page is converted on its own (svg2pdf makes a form of it) and placed to
/// fill its page.
pub fn render_pdf_pages(svgs: &[String]) -> Result<Vec<u8>, ExportError> {
    use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref};
    let what = Drawing::Pdf;
    let failed = |_| ExportError::Failed(what);
    let mut next = Ref::new(1);
    let catalog = next.bump();
    let tree_id = next.bump();
    let mut pdf = Pdf::new();
    let mut kids = Vec::with_capacity(svgs.len());
    let points = 72.0 / UNITS_PER_INCH;
    for svg in svgs {
        let tree = parse(svg, what)?;
        let (chunk, form) =
            svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default()).map_err(failed)?;
        // The chunk numbers its objects from 1: give them numbers of their own in this file.
        let mut renumbered = std::collections::HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| next.bump()));
        let form = *renumbered.get(&form).ok_or(ExportError::Failed(what))?;
        let (page_id, content_id) = (next.bump(), next.bump());
        let (width, height) = (tree.size().width() * points, tree.size().height() * points);
        let name = Name(b"P");
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, width, height));
        page.parent(tree_id);
        page.contents(content_id);
        page.resources().x_objects().pair(name, form);
        page.finish();
        // The form is a unit square: scale it to the page.
        let mut content = Content::new();
        content
            .transform([width, 0.0, 0.0, height, 0.0, 0.0])
            .x_object(name);
        pdf.stream(content_id, &content.finish());
        pdf.extend(&chunk);
        kids.push(page_id);
    }
    pdf.catalog(catalog).pages(tree_id);
    let count = i32::try_from(kids.len()).map_err(|_| ExportError::Failed(what))?;
    pdf.pages(tree_id).kids(kids).count(count);
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Counts the strips it is told of, and asks to stop after `stop_after` of them.
    struct Counting {
        seen: Cell<usize>,
        stop_after: usize,
    }

    impl Watch for Counting {
        fn advanced(&self, done: usize, total: usize) {
            assert!(done <= total);
            self.seen.set(done);
        }

        fn stopped(&self) -> bool {
            self.seen.get() >= self.stop_after
        }
    }

    /// A page whose shapes and text cross every strip's edge, slanted and anti-aliased.
    const CROSSING: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400">
        <rect width="300" height="400" fill="white"/>
        <circle cx="150" cy="160" r="97.3" fill="none" stroke="#123" stroke-width="3.5"/>
        <path d="M 10 10 L 290 390 M 290 10 L 10 390" stroke="#a30" stroke-width="1.3"/>
        <text x="20" y="163" font-family="DejaVu Sans" font-size="23">Mayor Varga</text>
    </svg>"##;

    #[test]
    fn a_page_drawn_in_strips_matches_one_pass_and_stops_between_strips() {
        let tree = parse(CROSSING, Drawing::Png).expect("parses");
        let scale = 3.1;
        let whole = draw(&tree, scale).expect("drawn whole");
        let everything = Counting {
            seen: Cell::new(0),
            stop_after: usize::MAX,
        };
        let strips = draw_in_strips(&tree, scale, &everything)
            .expect("drawn")
            .expect("not stopped");
        assert_eq!((strips.width(), strips.height()), (930, 1240));
        assert_eq!(everything.seen.get(), 4, "1240 rows are four strips");
        let worst = whole
            .data()
            .iter()
            .zip(strips.data())
            .map(|(a, b)| a.abs_diff(*b))
            .max();
        let differing = whole
            .data()
            .iter()
            .zip(strips.data())
            .filter(|(a, b)| a != b)
            .count();
        // Moved up by whole pixels, a few anti-aliased edge pixels come out a little different
        // (the rasteriser's arithmetic is not exact under translation); nothing else does.
        assert!(
            worst.is_some_and(|w| w <= 64),
            "worst byte differs by {worst:?}"
        );
        assert!(
            differing * 1000 <= whole.data().len(),
            "{differing} of {} bytes differ",
            whole.data().len()
        );

        let stopping = Counting {
            seen: Cell::new(0),
            stop_after: 1,
        };
        assert!(
            draw_in_strips(&tree, scale, &stopping)
                .expect("drawn")
                .is_none()
        );
        assert_eq!(
            stopping.seen.get(),
            1,
            "it stops after the strip it was asked in"
        );
    }

    /// The messages read exactly as the English text the code wrote before they moved to
    /// window.ftl (tests of the command line and the dialog look for parts of them).
    #[test]
    fn errors_read_as_they_did() {
        let cases = [
            (
                ExportError::BadSize {
                    width: 20,
                    height: 30,
                },
                "A 20 x 30 pixel image is outside what powermap exports: each side must be 300 \
                 to 16000 pixels. Choose a size (or resolution) within that range.",
            ),
            (
                ExportError::NoSuchRound("May".to_owned()),
                "The session has no round \"May\". Name one of its rounds (by its label), or \
                 leave the comparison out.",
            ),
            (
                ExportError::TooManyShapes(Drawing::Png),
                "The map has too many shapes to draw as a PNG image (about a million is the \
                 most). Export it as SVG, which has no such limit.",
            ),
            (
                ExportError::TooManyShapes(Drawing::Glyphs),
                "The map has too many shapes to draw as a check of its glyphs (about a million \
                 is the most). Export it as SVG, which has no such limit.",
            ),
            (
                ExportError::NoMemory {
                    width: 9000,
                    height: 7000,
                },
                "There is not enough memory to draw a 9000 x 7000 pixel image. Choose a smaller \
                 size or a lower resolution.",
            ),
            (
                ExportError::Failed(Drawing::Pdf),
                "Could not make a PDF of this page. Export it in another format, and please \
                 report this as a bug.",
            ),
            (
                ExportError::Failed(Drawing::Preview),
                "Could not make a preview of this page. Export it in another format, and please \
                 report this as a bug.",
            ),
        ];
        for (error, expected) in cases {
            assert_eq!(error.to_string(), expected);
        }
    }
}
