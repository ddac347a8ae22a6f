//! A report page: title, date, the chosen view(s), the legend and optionally a table of
//! actors, composed into one scene that the SVG, PNG and PDF writers draw.

use super::Scene;
use super::legend::{add_legend_symbol, power_map_legend, spread_legend};
use super::measure::TextMeasure;
use super::movement::{MovementView, add_movement_arrows};
use super::power_map::{PowerMapInput, build_power_map};
use super::shapes::{Line, Text};
use super::spectrum::{AimArrows, SpectrumInput, build_spectrum};
use super::spread::add_spread;
use super::spread_table::add_spread_table;
use super::style::{Metrics, Palette};
use super::transform::{MapTransform, ModelView};
use crate::guidance::place_name;
use crate::model::{PlacementRound, Round, Session};
use crate::words::Words;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};
use std::collections::HashSet;

/// Which views a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageView {
    /// The power map alone.
    PowerMap,
    /// The spectrum of allies alone.
    Spectrum,
    /// Both, side by side.
    Both,
}

/// Paper sizes for print, in landscape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// 297 x 210 mm.
    A4,
    /// 11 x 8.5 in.
    Letter,
}

/// CSS pixels per inch: the unit of pages and SVG files.
pub const UNITS_PER_INCH: f32 = 96.0;

impl Paper {
    /// The landscape page size in CSS pixels (96 per inch).
    pub fn landscape(self) -> Vec2 {
        match self {
            Self::A4 => vec2(297.0, 210.0) / 25.4 * UNITS_PER_INCH,
            Self::Letter => vec2(11.0, 8.5) * UNITS_PER_INCH,
        }
    }
}

/// What goes on the page.
pub struct PageOptions<'a> {
    /// The views.
    pub view: PageView,
    /// Page size in CSS pixels.
    pub size: Vec2,
    /// Add a table of actors with strategy, slice and aim.
    pub table: bool,
    /// Include notes in the table (ignored unless `table`).
    pub notes: bool,
    /// Draw arrows of the movements since this round.
    pub compare: Option<&'a Round>,
    /// Name that round by its label, which is free text that may name people; when false
    /// (redaction) only its date is shown.
    pub name_round: bool,
    /// Draw the room's spread of this placement round: every answer, the median and the
    /// middle half (numbers only: no participant is named).
    pub spread: Option<&'a PlacementRound>,
    /// The title at the top (the export chooses it: typed, the campaign's, or neutral).
    pub title: String,
    /// The date line under the title.
    pub date: String,
}

const MARGIN: f32 = 28.0;
/// The size of a table's text on a page.
pub(super) const TABLE_SIZE: f32 = 9.5;

/// Compose a page for `session` (already redacted if names must not appear).
pub fn build_page(
    session: &Session,
    options: &PageOptions<'_>,
    measure: &dyn TextMeasure,
) -> Scene {
    let palette = Palette::print();
    let page = Rect::from_min_size(Pos2::ZERO, options.size);
    let mut scene = Scene::empty(page, palette.clone());
    // Sizes follow the page, so a slide and an A4 sheet both read well.
    let metrics = Metrics::SCREEN.scaled((options.size.x / 1123.0).clamp(0.6, 2.5) * 0.85);
    let content = page.shrink(MARGIN);
    let words = Words::for_session(session);
    let header_bottom = add_header(&mut scene, options, content, &palette, metrics, words);
    let legend_top = add_legend(
        &mut scene,
        content,
        &palette,
        metrics,
        measure,
        words,
        options.spread.is_some(),
    );
    let mut body = Rect::from_min_max(
        pos2(content.left(), header_bottom + 8.0),
        pos2(content.right(), legend_top - 8.0),
    );
    if options.table {
        add_tables(&mut scene, session, options, &mut body, &palette, measure);
    }
    let views: Vec<(Rect, bool)> = match options.view {
        PageView::PowerMap => vec![(body, true)],
        PageView::Spectrum => vec![(body, false)],
        PageView::Both => {
            let (map, spectrum) = super::split::split_side_by_side(body, 12.0, metrics);
            vec![(map, true), (spectrum, false)]
        }
    };
    let movements = options
        .compare
        .map(|round| session.movements_since(round))
        .unwrap_or_default();
    let none = HashSet::new();
    for (rect, is_map) in views {
        let transform = MapTransform::new(rect, ModelView::FIT, session.settings.supportive_side);
        let (mut part, fan) = if is_map {
            let part = build_power_map(&PowerMapInput {
                session,
                transform,
                selection: &none,
                palette: &palette,
                metrics,
                measure,
                emphasis: &[],
                hide_covered: false,
                previous_labels: None,
            });
            (part, None)
        } else {
            let (part, fan) = build_spectrum(&SpectrumInput {
                session,
                rect,
                selection: &none,
                palette: &palette,
                metrics,
                measure,
                emphasis: &[],
                hide_covered: false,
                previous_labels: None,
                arrows: AimArrows::Focused,
            });
            (part, Some(fan))
        };
        let view = fan
            .as_ref()
            .map_or(MovementView::Map(&transform), MovementView::Fan);
        add_movement_arrows(&mut part, session, &movements, &view, metrics);
        if let Some(round) = options.spread {
            add_spread(&mut part, session, round, &view, metrics);
        }
        scene.absorb(&mut part);
    }
    scene
}

/// The tables beside the views, taken from `body`: the actors, and under them the room's
/// answers when a spread is shown. They come after the views in reading order: right of
/// them, or left in Arabic.
fn add_tables(
    scene: &mut Scene,
    session: &Session,
    options: &PageOptions<'_>,
    body: &mut Rect,
    palette: &Palette,
    measure: &dyn TextMeasure,
) {
    let words = Words::for_session(session);
    // At least 220 wide, but never more than half the body: a small page keeps its map.
    let table_width = (body.width() * 0.36).max(220.0_f32.min(body.width() * 0.5));
    let table = if words.language().is_right_to_left() {
        let table = Rect::from_min_max(body.min, pos2(body.left() + table_width, body.bottom()));
        body.min.x = table.right() + 16.0;
        table
    } else {
        let table = Rect::from_min_max(pos2(body.right() - table_width, body.top()), body.max);
        body.max.x = table.left() - 16.0;
        table
    };
    match options.spread {
        // The room's answers below the actors, most disputed first.
        Some(round) => {
            let split = table.top() + table.height() * 0.55;
            let actors = Rect::from_min_max(table.min, pos2(table.right(), split - 6.0));
            add_table(scene, session, actors, options.notes, palette, measure);
            let answers = Rect::from_min_max(pos2(table.left(), split + 6.0), table.max);
            add_spread_table(scene, session, round, answers, palette, measure);
        }
        None => add_table(scene, session, table, options.notes, palette, measure),
    }
}

fn add_header(
    scene: &mut Scene,
    options: &PageOptions<'_>,
    content: Rect,
    palette: &Palette,
    metrics: Metrics,
    words: &'static Words,
) -> f32 {
    let title_size = metrics.quadrant_title_size * 1.1;
    // Right-to-left pages start at the right edge.
    let (x, anchor) = if words.language().is_right_to_left() {
        (content.right(), Align2::RIGHT_TOP)
    } else {
        (content.left(), Align2::LEFT_TOP)
    };
    scene.texts.push(Text {
        text: options.title.clone(),
        pos: pos2(x, content.top()),
        anchor,
        size: title_size,
        color: palette.text,
        strong: true,
    });
    let views = words.get(match options.view {
        PageView::PowerMap => "page-power-map",
        PageView::Spectrum => "page-spectrum",
        PageView::Both => "page-both",
    });
    let mut line = format!("{views} · {}", options.date);
    let movement = match options.compare {
        Some(round) if options.name_round => Some(words.with(
            "page-moved-since-round",
            &[("round", &round.label), ("date", &round.date)],
        )),
        Some(round) if !round.date.trim().is_empty() => {
            Some(words.with("page-moved-since-date", &[("date", &round.date)]))
        }
        Some(_) => Some(words.get("page-moved-since-earlier").to_owned()),
        None => None,
    };
    if let Some(movement) = movement {
        line.push_str(" · ");
        line.push_str(&movement);
    }
    if let Some(round) = options.spread {
        line.push_str(" · ");
        line.push_str(&words.with("page-spread", &[("opened", &round.opened_readable())]));
    }
    let sub_size = metrics.axis_caption_size;
    let y = content.top() + title_size * 1.3;
    scene.texts.push(Text {
        text: line,
        pos: pos2(x, y),
        anchor,
        size: sub_size,
        color: palette.muted_text,
        strong: false,
    });
    y + sub_size * 1.4
}

/// The legend as rows along the bottom of the page; returns its top edge.
fn add_legend(
    scene: &mut Scene,
    content: Rect,
    palette: &Palette,
    metrics: Metrics,
    measure: &dyn TextMeasure,
    words: &'static Words,
    spread: bool,
) -> f32 {
    let size = metrics.axis_caption_size;
    let row = size * 1.6;
    // Half a symbol's width: markers and rings grow with the page, their text moves with them.
    let half = (metrics.marker_radius * 0.7 + 4.0).max(11.0);
    let mut entries = power_map_legend(palette, words);
    if spread {
        entries.push(spread_legend(palette, words));
    }
    // Lay out in reading order (left to right, or right to left in Arabic), wrapping between
    // entries, then anchor the block to the bottom.
    let rtl = words.language().is_right_to_left();
    let mut cells = Vec::new();
    let (mut x, mut y) = (0.0_f32, 0.0_f32);
    for entry in &entries {
        let width = 2.0 * half + 6.0 + measure.measure(entry.text, size, false).x + 18.0;
        if x + width > content.width() && x > 0.0 {
            x = 0.0;
            y += row;
        }
        cells.push((x, y));
        x += width;
    }
    let top = content.bottom() - (y + row);
    for (entry, (cx, cy)) in entries.iter().zip(cells) {
        let (center, text_at, anchor) = if rtl {
            let center = pos2(content.right() - cx - half, top + cy + row / 2.0);
            (center, center - vec2(half + 6.0, 0.0), Align2::RIGHT_CENTER)
        } else {
            let center = pos2(content.left() + cx + half, top + cy + row / 2.0);
            (center, center + vec2(half + 6.0, 0.0), Align2::LEFT_CENTER)
        };
        // Lines and arrows 20 and 22 px long, whatever the page's size.
        let room = Rect::from_center_size(center, vec2(24.0, 2.0 * half));
        add_legend_symbol(
            scene,
            &entry.symbol,
            room,
            metrics.marker_radius * 0.7,
            palette,
        );
        scene.texts.push(Text {
            text: entry.text.to_owned(),
            pos: text_at,
            anchor,
            size,
            color: palette.text,
            strong: false,
        });
    }
    top
}

/// A table of actors (name or code, strategy, slice, aim, and notes if asked); rows that do
/// not fit are summed up in a last line.
fn add_table(
    scene: &mut Scene,
    session: &Session,
    rect: Rect,
    notes: bool,
    palette: &Palette,
    measure: &dyn TextMeasure,
) {
    let words = Words::for_session(session);
    let frame = TableFrame::new(rect, words);
    let (start, anchor, rtl) = (|at| frame.start(at), frame.anchor(), frame.rtl);
    let row = TABLE_SIZE * 1.5;
    let columns: [(&str, f32); 4] = [
        ("table-actor", 0.0),
        ("table-strategy", 0.36),
        ("table-slice", 0.6),
        ("table-aim", 0.8),
    ];
    for (heading, at) in columns {
        scene.texts.push(Text {
            text: words.get(heading).to_owned(),
            pos: pos2(start(at), rect.top()),
            anchor,
            size: TABLE_SIZE,
            color: palette.text,
            strong: true,
        });
    }
    scene.lines.push(Line {
        points: [
            pos2(rect.left(), rect.top() + row),
            pos2(rect.right(), rect.top() + row),
        ],
        width: 0.8,
        color: palette.axis,
        dashed: false,
    });
    let per_row = if notes { 2.0 } else { 1.0 };
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small, non-negative row count"
    )]
    let fits = (((rect.height() - row * 2.5) / (row * per_row))
        .floor()
        .max(0.0)) as usize;
    let mut y = rect.top() + row * 1.3;
    for actor in session.actors.iter().take(fits) {
        let slice = actor
            .spectrum
            .map_or(words.get("table-not-placed"), |p| words.slice(p.slice));
        let aim = actor.aim().map_or("", |a| words.slice(a));
        let cells = [
            (actor.name.as_str(), 0.0, 0.36),
            (place_name(actor, words), 0.36, 0.6),
            (slice, 0.6, 0.8),
            (aim, 0.8, 1.0),
        ];
        for (text, from, to) in cells {
            let text = clip(text, rect.width() * (to - from) - 4.0, measure);
            scene.texts.push(Text {
                text,
                pos: pos2(start(from), y),
                anchor,
                size: TABLE_SIZE,
                color: palette.text,
                strong: false,
            });
        }
        y += row;
        if notes && !actor.notes.is_empty() {
            let note = clip(&actor.notes, rect.width() * 0.95, measure);
            scene.texts.push(Text {
                text: note,
                pos: pos2(start(0.0) + if rtl { -8.0 } else { 8.0 }, y),
                anchor,
                size: TABLE_SIZE * 0.9,
                color: palette.muted_text,
                strong: false,
            });
            y += row;
        } else if notes {
            y += row;
        }
    }
    frame.add_more_line(
        scene,
        words,
        session.actors.len().saturating_sub(fits),
        y,
        palette,
    );
}

/// Where a table's cells sit in its rectangle: columns in reading order, which runs right to
/// left in Arabic.
#[derive(Clone, Copy)]
pub(super) struct TableFrame {
    rect: Rect,
    /// Whether the columns run right to left.
    pub(super) rtl: bool,
}

impl TableFrame {
    /// The frame of a table in `rect`, in the reading order of `words`' language.
    pub(super) fn new(rect: Rect, words: &Words) -> Self {
        Self {
            rect,
            rtl: words.language().is_right_to_left(),
        }
    }

    /// Where a cell starting `at` (a fraction of the width, in reading order) begins.
    pub(super) fn start(self, at: f32) -> f32 {
        if self.rtl {
            self.rect.right() - self.rect.width() * at
        } else {
            self.rect.left() + self.rect.width() * at
        }
    }

    /// How a cell's text hangs from where it begins.
    pub(super) fn anchor(self) -> Align2 {
        if self.rtl {
            Align2::RIGHT_TOP
        } else {
            Align2::LEFT_TOP
        }
    }

    /// The last line, at `y`, summing up the `not_shown` actors that did not fit (nothing
    /// when all fitted).
    pub(super) fn add_more_line(
        self,
        scene: &mut Scene,
        words: &'static Words,
        not_shown: usize,
        y: f32,
        palette: &Palette,
    ) {
        if not_shown > 0 {
            scene.texts.push(Text {
                text: words.counted("table-more-actors", not_shown),
                pos: pos2(self.start(0.0), y),
                anchor: self.anchor(),
                size: TABLE_SIZE,
                color: palette.muted_text,
                strong: false,
            });
        }
    }
}

/// `text` shortened with an ellipsis to fit `width`. Measures only what fits, so a note of
/// any length costs the same.
pub(super) fn clip(text: &str, width: f32, measure: &dyn TextMeasure) -> String {
    if measure.fitting_prefix(text, TABLE_SIZE, false, width) == text.len() {
        return text.to_owned();
    }
    let room = width - measure.measure("…", TABLE_SIZE, false).x;
    let end = measure.fitting_prefix(text, TABLE_SIZE, false, room);
    format!("{}…", text[..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position};
    use crate::scene::{ApproxMeasure, Arrow};
    use std::cell::Cell;

    /// Counts how many characters were measured, to show clipping is linear.
    #[derive(Default)]
    struct CountingMeasure {
        characters: Cell<usize>,
    }

    impl TextMeasure for CountingMeasure {
        fn measure(&self, text: &str, font_size: f32, strong: bool) -> Vec2 {
            self.characters
                .set(self.characters.get() + text.chars().count());
            ApproxMeasure.measure(text, font_size, strong)
        }
    }

    #[test]
    fn clipping_a_long_text_measures_only_what_fits() {
        let measure = CountingMeasure::default();
        let long = "word ".repeat(4_000);
        let clipped = clip(&long, 300.0, &measure);
        assert!(clipped.ends_with('…') && clipped.len() < 100, "{clipped}");
        assert!(
            measure.characters.get() < 200,
            "{} characters measured for a 20,000-character text",
            measure.characters.get()
        );
        assert_eq!(clip("short", 300.0, &measure), "short");
    }

    fn session() -> Session {
        let mut session = Session::new_with_us();
        for i in 0..30 {
            let mut actor = Actor::new(format!("Actor {i}"), Position::clamped(0.1, 0.4));
            actor.notes = "A note".to_owned();
            actor.spectrum = Some(crate::model::SpectrumPlacement::middle_of(
                crate::model::Slice::Neutral,
            ));
            session.actors.push(actor);
        }
        session
    }

    #[test]
    fn the_table_names_no_strategy_for_the_line_or_the_parking_lot() {
        let mut session = Session::default();
        let ally = Actor::new("Ally", Position::clamped(0.5, 0.8));
        let neutral = Actor::new("Neutral", Position::clamped(0.0, 0.8));
        let mut parked = Actor::new("Waiting", Position::clamped(0.5, 0.8));
        parked.parked = true;
        session.actors = vec![ally, neutral, parked];
        let frame = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 400.0));
        let mut scene = Scene::empty(frame, Palette::light());
        add_table(
            &mut scene,
            &session,
            frame,
            false,
            &Palette::light(),
            &ApproxMeasure,
        );
        let texts: Vec<&str> = scene.texts.iter().map(|t| t.text.as_str()).collect();
        let row = |name: &str| {
            let at = texts.iter().position(|t| *t == name).expect("listed");
            texts[at + 1]
        };
        assert_eq!(row("Ally"), "Partner");
        assert_eq!(row("Neutral"), "On the neutral line");
        assert_eq!(row("Waiting"), "Not placed");
    }

    #[test]
    fn movements_look_unlike_aims_have_a_legend_entry_and_short_ones_show() {
        let mut session = Session::default();
        session
            .actors
            .push(Actor::new("Council", Position::clamped(-0.5, 0.8)));
        session
            .actors
            .push(Actor::new("Press", Position::clamped(0.4, 0.3)));
        let round = session.record_round("Before", "2026-01-01");
        session.actors[0].position = Position::clamped(0.3, 0.8);
        // A hair's move: a few pixels on the page, less than a marker's radius.
        session.actors[1].position = Position::clamped(0.408, 0.3);
        let options = PageOptions {
            view: PageView::PowerMap,
            size: vec2(1123.0, 794.0),
            table: false,
            notes: false,
            compare: Some(&round),
            spread: None,
            name_round: true,
            title: "Title".to_owned(),
            date: "today".to_owned(),
        };
        let scene = build_page(&session, &options, &ApproxMeasure);
        let aim = Palette::print().aim;
        let moves: Vec<&Arrow> = scene.arrows.iter().filter(|a| a.actor < 2).collect();
        assert_eq!(moves.len(), 2, "the short move is drawn too");
        for arrow in &moves {
            assert!(arrow.color != aim && !arrow.dashed, "{arrow:?}");
            assert!(
                arrow.from.distance(arrow.to) >= 14.0,
                "{arrow:?} is too short to see"
            );
        }
        let legend: Vec<&Arrow> = scene
            .arrows
            .iter()
            .filter(|a| a.actor == usize::MAX)
            .collect();
        assert!(
            legend
                .iter()
                .any(|a| a.color == moves[0].color && !a.dashed),
            "the legend explains the movement arrow: {legend:?}"
        );
        assert!(legend.iter().any(|a| a.color == aim && a.dashed));
    }

    #[test]
    fn pages_of_any_size_build_without_panicking() {
        let session = session();
        for (w, h) in [
            (0.0, 0.0),
            (1.0, 1.0),
            (50.0, 50.0),
            (1.0, 1000.0),
            (1000.0, 1.0),
            (300.0, 300.0),
        ] {
            for view in [PageView::PowerMap, PageView::Spectrum, PageView::Both] {
                let options = PageOptions {
                    view,
                    size: vec2(w, h),
                    table: true,
                    notes: true,
                    compare: None,
                    spread: None,
                    name_round: true,
                    title: "Title".to_owned(),
                    date: "today".to_owned(),
                };
                let scene = build_page(&session, &options, &ApproxMeasure);
                assert!(
                    scene.markers.iter().all(|m| m.center.x.is_finite()),
                    "{w} x {h} {view:?}"
                );
            }
        }
    }

    #[test]
    fn side_by_side_gives_the_fan_room_to_be_read() {
        let options = PageOptions {
            view: PageView::Both,
            size: vec2(1920.0, 1080.0),
            table: false,
            notes: false,
            compare: None,
            spread: None,
            name_round: true,
            title: "Title".to_owned(),
            date: "today".to_owned(),
        };
        let scene = build_page(&session(), &options, &ApproxMeasure);
        let y_of = |name: &str| {
            scene
                .texts
                .iter()
                .find(|t| t.text == name && t.strong)
                .map(|t| t.pos.y)
                .expect("wedge named")
        };
        // From the neutral wedge's name (above the arc) to the end wedges' (below the edge).
        let words = Words::english();
        let fan_height = y_of(words.slice(crate::model::Slice::ActiveAllies))
            - y_of(words.slice(crate::model::Slice::Neutral));
        assert!(
            fan_height >= 0.5 * 1080.0,
            "the fan is {fan_height} px tall on a 1080 px page"
        );
    }

    #[test]
    fn legend_symbols_keep_clear_of_their_text_on_any_page() {
        for width in [800.0, 1123.0, 1920.0, 3400.0] {
            let options = PageOptions {
                view: PageView::PowerMap,
                size: vec2(width, width * 0.6),
                table: false,
                notes: false,
                compare: None,
                spread: None,
                name_round: true,
                title: "Title".to_owned(),
                date: "today".to_owned(),
            };
            let scene = build_page(&Session::default(), &options, &ApproxMeasure);
            let texts: Vec<Rect> = scene
                .texts
                .iter()
                .map(|t| {
                    t.anchor
                        .anchor_size(t.pos, ApproxMeasure.measure(&t.text, t.size, t.strong))
                })
                .collect();
            // The legend's markers (the map has no actors) and their rings.
            for marker in scene.markers.iter().filter(|m| m.actor == usize::MAX) {
                let ring =
                    Rect::from_center_size(marker.center, Vec2::splat(2.0 * (marker.radius + 3.0)));
                assert!(
                    !texts.iter().any(|t| t.intersects(ring)),
                    "{width}: a legend symbol at {:?} touches text",
                    marker.center
                );
            }
        }
    }
}
