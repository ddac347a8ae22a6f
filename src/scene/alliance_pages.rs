//! The alliance plan as pages of a report, after the map's page: its charts, then its needs,
//! partners, network, agreement and memorandum as tables and text. Text flows from page to
//! page, a line at a time where it must, so nothing is cut: a memorandum of any length
//! takes the pages it needs.

use super::Scene;
use super::alliance_charts::{ChartFrame, Series, row_bars, stacked_columns};
use super::alliance_report::{AllianceOptions, AllianceReport, Field, alliance_report};
use super::measure::TextMeasure;
use super::shapes::{Line, Text};
use super::style::Palette;
use crate::model::{Session, Slice};
use crate::words::Words;
use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2};

/// What goes on the alliance pages besides the plan.
pub struct AlliancePagesOptions {
    /// Page size in CSS pixels (the map page's).
    pub size: Vec2,
    /// The report's title, chosen as for the map's page.
    pub title: String,
    /// The report's date.
    pub date: String,
    /// What the section may show.
    pub alliance: AllianceOptions,
    /// The number of the first alliance page in the whole document (2 after a map page).
    pub first_page: usize,
}

/// The pages of the alliance plan of `session` (already redacted if names must not
/// appear), at least one.
pub fn build_alliance_pages(
    session: &Session,
    options: &AlliancePagesOptions,
    measure: &dyn TextMeasure,
) -> Vec<Scene> {
    let words = Words::for_session(session);
    let report = alliance_report(session, options.alliance, words);
    let mut flow = Flow::new(options, words, measure);
    flow.heading(&report.heading, flow.sizes.title, 0.0);
    for line in &report.left_out {
        flow.paragraph(line, 0.0, flow.sizes.body, false, flow.palette.muted_text);
    }
    flow.gap(0.5);
    charts(&mut flow, &report, words);
    needs(&mut flow, &report, words);
    partners(&mut flow, &report, words, options.alliance);
    flow.heading(words.get("report-network"), flow.sizes.heading, 3.0);
    for field in &report.network {
        flow.field(field);
    }
    for (heading, fields) in [
        ("report-agreement", &report.agreement),
        ("report-memorandum", &report.memorandum),
    ] {
        flow.heading(words.get(heading), flow.sizes.heading, 3.0);
        if fields.is_empty() {
            let empty = report.empty_text(options.alliance.redacted, words);
            flow.paragraph(empty, 0.0, flow.sizes.body, false, flow.palette.muted_text);
        }
        for field in fields {
            flow.field(field);
        }
    }
    flow.finish()
}

/// The three charts side by side.
fn charts(flow: &mut Flow<'_>, report: &AllianceReport, words: &'static Words) {
    let height = 190.0 * flow.scale;
    flow.room(height);
    let gap = 24.0 * flow.scale;
    let width = (flow.content.width() - 2.0 * gap) / 3.0;
    let palette = flow.palette.clone();
    let now = Series {
        label: words.get("report-now"),
        color: Color32::from_rgb(0, 114, 178),
    };
    let aimed = Series {
        label: words.get("report-aim"),
        color: Color32::from_rgb(86, 180, 233),
    };
    let covered = [
        Series {
            label: words.get("report-chart-covered"),
            color: palette.cooperating,
        },
        Series {
            label: words.get("report-nobody"),
            color: palette.conflicting,
        },
    ];
    let slices: Vec<Series<'_>> = Slice::ALL
        .iter()
        .map(|s| Series {
            label: words.slice(*s),
            color: palette.slice_fills[s.index()],
        })
        .collect();
    let top = flow.y;
    let frame = |i: usize| {
        let offset = (width + gap) * i as f32;
        let (from, to) = (flow.x(offset), flow.x(offset + width));
        Rect::from_min_max(pos2(from.min(to), top), pos2(from.max(to), top + height))
    };
    let rects = [frame(0), frame(1), frame(2)];
    let rtl = flow.rtl;
    let size = flow.sizes.small;
    let measure = flow.measure;
    let scene = flow.page();
    let chart = |rect| ChartFrame {
        rect,
        rtl,
        size,
        palette: &palette,
        measure,
    };
    let levels = words.get("report-chart-levels");
    row_bars(
        scene,
        &chart(rects[0]),
        levels,
        &report.levels,
        &[now, aimed],
        false,
    );
    let needs = words.get("report-chart-needs");
    row_bars(
        scene,
        &chart(rects[1]),
        needs,
        &report.covered,
        &covered,
        true,
    );
    let mut rounds = report.rounds.clone();
    // The eight latest bars at most, so each keeps a readable width; the title says so.
    let title = if rounds.len() > 8 {
        rounds.drain(..rounds.len() - 8);
        words.counted("report-chart-rounds-latest", 8)
    } else {
        words.get("report-chart-rounds").to_owned()
    };
    stacked_columns(scene, &chart(rects[2]), &title, &rounds, &slices);
    flow.y = top + height + 10.0 * flow.scale;
}

/// Needs and who could cover them, best fit first; a need nobody covers says so in red.
fn needs(flow: &mut Flow<'_>, report: &AllianceReport, words: &'static Words) {
    flow.heading(words.get("report-needs"), flow.sizes.heading, 3.0);
    let columns = [
        (words.get("report-need"), 0.0),
        (words.get("report-covered-by"), 0.32),
    ];
    let plain = flow.palette.text;
    let warn = flow.palette.conflicting;
    let rows: Vec<Vec<Cell>> = report
        .needs
        .iter()
        .map(|row| {
            let covered = if row.covered_by.is_empty() {
                Cell::new(words.get("report-nobody"), warn, true)
            } else {
                Cell::new(&row.covered_by.join(", "), plain, false)
            };
            vec![Cell::new(&row.need, plain, false), covered]
        })
        .collect();
    flow.table(&columns, &rows, |_, _| Vec::new());
}

/// The partners with their levels and offers, and their ratings (and notes) when asked.
fn partners(
    flow: &mut Flow<'_>,
    report: &AllianceReport,
    words: &'static Words,
    options: AllianceOptions,
) {
    flow.heading(words.get("report-partners"), flow.sizes.heading, 3.0);
    if report.partners.is_empty() {
        let none = words.get("report-no-partners");
        flow.paragraph(none, 0.0, flow.sizes.body, false, flow.palette.muted_text);
        return;
    }
    let mut columns = vec![
        (words.get("report-partner"), 0.0),
        (words.get("report-now"), 0.24),
        (words.get("report-aim"), 0.38),
        (words.get("report-offers"), 0.52),
    ];
    if options.ratings {
        columns[3].1 = 0.52;
        columns.extend([
            (words.get("report-trust"), 0.79),
            (words.get("report-benefits"), 0.86),
            (words.get("report-risks"), 0.93),
        ]);
    }
    let plain = flow.palette.text;
    let none = words.get("report-no-level");
    let muted = flow.palette.muted_text;
    let level = |text: &str| {
        if text.is_empty() {
            Cell::new(none, muted, false)
        } else {
            Cell::new(text, plain, false)
        }
    };
    let rows: Vec<Vec<Cell>> = report
        .partners
        .iter()
        .map(|p| {
            let mut cells = vec![
                Cell::new(&p.name, plain, true),
                level(&p.now),
                level(&p.aim),
                Cell::new(&p.offers.join(", "), plain, false),
            ];
            cells.extend(
                p.rated
                    .iter()
                    .map(|r| Cell::new(&AllianceReport::rating_text(r.rating), plain, false)),
            );
            cells
        })
        .collect();
    // The notes beside the ratings, under their partner's row.
    let notes: Vec<Vec<String>> = report
        .partners
        .iter()
        .map(|p| {
            p.rated
                .iter()
                .filter(|r| !r.note.is_empty())
                .map(|r| {
                    words.with(
                        "report-rated-note",
                        &[("what", &r.label), ("note", &r.note)],
                    )
                })
                .collect()
        })
        .collect();
    flow.table(&columns, &rows, |_, i| notes[i].clone());
}

/// One cell of a table.
struct Cell {
    text: String,
    color: Color32,
    strong: bool,
}

impl Cell {
    fn new(text: &str, color: Color32, strong: bool) -> Self {
        Self {
            text: text.to_owned(),
            color,
            strong,
        }
    }
}

/// Text sizes of the alliance pages.
#[derive(Clone, Copy)]
struct Sizes {
    title: f32,
    heading: f32,
    body: f32,
    small: f32,
}

/// Pages filled from the top down: every piece asks for its room first and starts a new page
/// when the current one has none left.
struct Flow<'a> {
    pages: Vec<Scene>,
    size: Vec2,
    /// Where text goes on every page, between the running header and the footer.
    content: Rect,
    y: f32,
    rtl: bool,
    scale: f32,
    sizes: Sizes,
    palette: Palette,
    measure: &'a dyn TextMeasure,
    /// The running header: the title and date.
    header: String,
    first_page: usize,
    words: &'static Words,
}

impl<'a> Flow<'a> {
    fn new(
        options: &AlliancePagesOptions,
        words: &'static Words,
        measure: &'a dyn TextMeasure,
    ) -> Self {
        // Sizes follow the page as on the map's page, so a slide reads as well as A4.
        let scale = (options.size.x / 1123.0).clamp(0.6, 2.5);
        let sizes = Sizes {
            title: 19.0 * scale,
            heading: 14.0 * scale,
            body: 10.5 * scale,
            small: 9.0 * scale,
        };
        let margin = 36.0 * scale;
        let page = Rect::from_min_size(Pos2::ZERO, options.size);
        let inner = page.shrink(margin);
        let content = Rect::from_min_max(
            pos2(inner.left(), inner.top() + sizes.small * 2.4),
            pos2(inner.right(), inner.bottom() - sizes.small * 2.2),
        );
        let header = format!("{} · {}", options.title, options.date);
        let mut flow = Self {
            pages: Vec::new(),
            size: options.size,
            content,
            y: content.top(),
            rtl: words.language().is_right_to_left(),
            scale,
            sizes,
            palette: Palette::print(),
            measure,
            header,
            first_page: options.first_page,
            words,
        };
        flow.new_page();
        flow
    }

    /// The page being filled.
    fn page(&mut self) -> &mut Scene {
        if self.pages.is_empty() {
            self.new_page();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Start a page: the running header at its top.
    fn new_page(&mut self) {
        let frame = Rect::from_min_size(Pos2::ZERO, self.size);
        let mut scene = Scene::empty(frame, self.palette.clone());
        let top = self.content.top() - self.sizes.small * 2.4;
        let header = self.clip(&self.header, self.content.width(), self.sizes.small, false);
        scene.texts.push(Text {
            text: header,
            pos: pos2(self.x(0.0), top),
            anchor: self.start_anchor(),
            size: self.sizes.small,
            color: self.palette.muted_text,
            strong: false,
        });
        scene.lines.push(Line {
            points: [
                pos2(self.content.left(), top + self.sizes.small * 1.5),
                pos2(self.content.right(), top + self.sizes.small * 1.5),
            ],
            width: 0.6,
            color: self.palette.axis,
            dashed: false,
        });
        self.pages.push(scene);
        self.y = self.content.top();
    }

    /// Make sure `height` fits below the current line, else start a new page; a piece
    /// taller than a whole page starts at the top of one and runs on.
    fn room(&mut self, height: f32) {
        let at_top = self.y <= self.content.top() + 0.5;
        if self.y + height > self.content.bottom() && !at_top {
            self.new_page();
        }
    }

    fn gap(&mut self, lines: f32) {
        self.y += self.sizes.body * lines;
    }

    /// The x of a point `offset` from the content's starting edge (left, or right in
    /// Arabic).
    fn x(&self, offset: f32) -> f32 {
        if self.rtl {
            self.content.right() - offset
        } else {
            self.content.left() + offset
        }
    }

    fn start_anchor(&self) -> Align2 {
        if self.rtl {
            Align2::RIGHT_TOP
        } else {
            Align2::LEFT_TOP
        }
    }

    /// One line of text at `offset` from the starting edge, on the current line.
    fn put(&mut self, text: String, offset: f32, size: f32, strong: bool, color: Color32) {
        let pos = pos2(self.x(offset), self.y);
        let anchor = self.start_anchor();
        self.page().texts.push(Text {
            text,
            pos,
            anchor,
            size,
            color,
            strong,
        });
    }

    /// A heading kept with at least `keep` lines of what follows it.
    fn heading(&mut self, text: &str, size: f32, keep: f32) {
        let line = size * 1.5;
        if self.y > self.content.top() + 0.5 {
            self.y += size * 0.6;
        }
        self.room(line + keep * self.sizes.body * 1.45);
        let lines = wrap(text, self.content.width(), size, true, self.measure);
        for text in lines {
            self.room(line);
            self.put(text, 0.0, size, true, self.palette.text);
            self.y += line;
        }
    }

    /// A paragraph wrapped to the width left after `indent`, flowing across pages.
    fn paragraph(&mut self, text: &str, indent: f32, size: f32, strong: bool, color: Color32) {
        let line = size * 1.45;
        let width = self.content.width() - indent;
        for text in wrap(text, width, size, strong, self.measure) {
            self.room(line);
            self.put(text, indent, size, strong, color);
            self.y += line;
        }
    }

    /// A titled text: its label (and the choice, for the network's shape) in bold, then the
    /// text itself below it.
    fn field(&mut self, field: &Field) {
        let size = self.sizes.body;
        self.y += size * 0.4;
        self.room(size * 1.45 * 2.0);
        let title = if field.chosen.is_empty() {
            field.label.clone()
        } else {
            self.words.with(
                "report-choice",
                &[("label", &field.label), ("choice", &field.chosen)],
            )
        };
        self.paragraph(&title, 0.0, size, true, self.palette.text);
        let indent = 12.0 * self.scale;
        self.paragraph(&field.text, indent, size, false, self.palette.text);
    }

    /// A table: `columns` are headings with where they start (a fraction of the width);
    /// each row's cells wrap within their column, and `below(row, index)` gives lines set
    /// under a row (a partner's notes). A row too tall for a page runs on line by line;
    /// the headings are repeated on each page the table reaches.
    fn table(
        &mut self,
        columns: &[(&str, f32)],
        rows: &[Vec<Cell>],
        below: impl Fn(&Self, usize) -> Vec<String>,
    ) {
        let size = self.sizes.body;
        let line = size * 1.4;
        let width = self.content.width();
        let spans: Vec<(f32, f32)> = columns
            .iter()
            .enumerate()
            .map(|(i, (_, at))| {
                let end = columns.get(i + 1).map_or(1.0, |(_, next)| *next);
                (at * width, (end - at) * width - 8.0 * self.scale)
            })
            .collect();
        let header = |flow: &mut Self| {
            let top = flow.y;
            for ((heading, _), (offset, room)) in columns.iter().zip(&spans) {
                let text = flow.clip(heading, *room, size, true);
                flow.put(text, *offset, size, true, flow.palette.text);
            }
            // The rule sits under the headings' descenders, the first row a little below it.
            flow.rule(top + line * 0.95, 0.8);
            flow.y = top + line * 1.15;
        };
        self.room(line * 3.0);
        header(self);
        for (index, row) in rows.iter().enumerate() {
            let wrapped: Vec<Vec<String>> = row
                .iter()
                .zip(&spans)
                .map(|(cell, (_, room))| wrap(&cell.text, *room, size, cell.strong, self.measure))
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let extra = below(self, index);
            // Short rows stay whole; a row taller than a page breaks between its lines.
            let pages_before = self.pages.len();
            self.room(line * (lines + extra.len()) as f32 + line * 0.3);
            if self.pages.len() > pages_before {
                header(self);
            }
            for k in 0..lines {
                let before = self.pages.len();
                self.room(line);
                if self.pages.len() > before {
                    header(self);
                }
                for ((cell, texts), (offset, _)) in row.iter().zip(&wrapped).zip(&spans) {
                    if let Some(text) = texts.get(k) {
                        self.put(text.clone(), *offset, size, cell.strong, cell.color);
                    }
                }
                self.y += line;
            }
            let indent = 12.0 * self.scale;
            for note in extra {
                self.paragraph(
                    &note,
                    indent,
                    self.sizes.small,
                    false,
                    self.palette.muted_text,
                );
            }
            self.y += line * 0.15;
            self.rule(self.y, 0.4);
            self.y += line * 0.15;
        }
        self.y += line * 0.4;
    }

    /// A thin line across the content at `y`.
    fn rule(&mut self, y: f32, width: f32) {
        let (left, right) = (self.content.left(), self.content.right());
        let color = self.palette.axis;
        self.page().lines.push(Line {
            points: [pos2(left, y), pos2(right, y)],
            width,
            color,
            dashed: false,
        });
    }

    /// `text` shortened with an ellipsis to fit `width` (headings and the running header,
    /// whose words are ours and short; the user's texts wrap instead).
    fn clip(&self, text: &str, width: f32, size: f32, strong: bool) -> String {
        let m = self.measure;
        if m.measure(text, size, strong).x <= width {
            return text.to_owned();
        }
        let room = width - m.measure("…", size, strong).x;
        let end = m.fitting_prefix(text, size, strong, room.max(0.0));
        format!("{}…", text[..end].trim_end())
    }

    /// The pages, each numbered in the footer ("Page 2 of 4").
    fn finish(mut self) -> Vec<Scene> {
        let last = self.first_page + self.pages.len() - 1;
        let bottom = self.content.bottom() + self.sizes.small * 2.2;
        let (x, anchor) = if self.rtl {
            (self.content.left(), Align2::LEFT_BOTTOM)
        } else {
            (self.content.right(), Align2::RIGHT_BOTTOM)
        };
        for (i, page) in self.pages.iter_mut().enumerate() {
            page.texts.push(Text {
                text: self.words.with(
                    "report-page",
                    &[
                        ("page", &(self.first_page + i).to_string()),
                        ("pages", &last.to_string()),
                    ],
                ),
                pos: pos2(x, bottom),
                anchor,
                size: self.sizes.small,
                color: self.palette.muted_text,
                strong: false,
            });
        }
        std::mem::take(&mut self.pages)
    }
}

/// `text` in lines at most `width` wide: its own line breaks kept, words moved whole to the
/// next line, a word longer than a line cut where it must be. Nothing is dropped.
fn wrap(text: &str, width: f32, size: f32, strong: bool, measure: &dyn TextMeasure) -> Vec<String> {
    let space = measure.measure(" ", size, strong).x;
    let mut lines = Vec::new();
    for paragraph in text.trim().lines() {
        let mut line = String::new();
        let mut used = 0.0;
        for word in paragraph.split_whitespace() {
            let mut word = word;
            let mut w = measure.measure(word, size, strong).x;
            if !line.is_empty() && used + space + w <= width {
                line.push(' ');
                line.push_str(word);
                used += space + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line is cut into pieces that fit (at least a letter).
            while w > width && !word.is_empty() {
                let mut end = measure.fitting_prefix(word, size, strong, width);
                if end == 0 {
                    end = word.chars().next().map_or(word.len(), char::len_utf8);
                }
                lines.push(word[..end].to_owned());
                word = &word[end..];
                w = measure.measure(word, size, strong).x;
            }
            line.push_str(word);
            used = w;
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::ApproxMeasure;
    use emath::vec2;

    #[test]
    fn wrapping_keeps_every_word_and_every_line_fits() {
        let text = "Decisions are taken together on the weekly call\nAnd_a_very_long_word_without_any_space_at_all_that_cannot_fit";
        let lines = wrap(text, 120.0, 10.0, false, &ApproxMeasure);
        for line in &lines {
            assert!(
                ApproxMeasure.measure(line, 10.0, false).x <= 120.0,
                "{line}"
            );
        }
        let joined: String = lines.concat().split_whitespace().collect();
        let expected: String = text.split_whitespace().collect();
        assert_eq!(joined, expected);
        assert!(wrap("   ", 100.0, 10.0, false, &ApproxMeasure).is_empty());
        // On a line of no width (a page smaller than its margins) each letter takes a line
        // of its own, and wrapping ends: it once looped forever on the empty rest of a word.
        let letters = wrap("Consent", -40.0, 10.0, false, &ApproxMeasure);
        assert_eq!(letters, ["C", "o", "n", "s", "e", "n", "t"]);
    }

    #[test]
    fn pages_of_any_size_build_and_every_word_of_a_field_is_kept() {
        let mut session = Session::new_with_us();
        session.alliance.agreement.values = "Consent first, always".into();
        for (w, h) in [
            (0.0, 0.0),
            (1.0, 1.0),
            (300.0, 300.0),
            (1.0, 1000.0),
            (1000.0, 1.0),
        ] {
            let options = AlliancePagesOptions {
                size: vec2(w, h),
                title: "Title".into(),
                date: "today".into(),
                alliance: AllianceOptions::default(),
                first_page: 2,
            };
            let pages = build_alliance_pages(&session, &options, &ApproxMeasure);
            let text: String = pages
                .iter()
                .flat_map(|p| &p.texts)
                .map(|t| t.text.as_str())
                .collect();
            assert!(!pages.is_empty(), "{w} x {h}");
            if w >= 300.0 && h >= 300.0 {
                assert!(text.contains("Consent first, always"), "{w} x {h}");
            }
        }
    }

    #[test]
    fn a_long_memorandum_runs_onto_more_pages_and_every_line_is_on_one() {
        let mut session = Session::new_with_us();
        let sentence = "Each member brings its own members to the hearing. ";
        session.alliance.memorandum.resources = sentence.repeat(600);
        let options = AlliancePagesOptions {
            size: vec2(1123.0, 794.0),
            title: "Title".into(),
            date: "today".into(),
            alliance: AllianceOptions::default(),
            first_page: 2,
        };
        let pages = build_alliance_pages(&session, &options, &ApproxMeasure);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let words: usize = pages
            .iter()
            .flat_map(|p| &p.texts)
            .filter(|t| t.text.contains("hearing") || t.text.contains("Each"))
            .map(|t| t.text.matches("Each").count())
            .sum();
        assert_eq!(words, 600, "every sentence is on a page");
        for page in &pages {
            for text in &page.texts {
                let size = ApproxMeasure.measure(&text.text, text.size, text.strong);
                let rect = text.anchor.anchor_size(text.pos, size);
                assert!(
                    page.frame.expand(0.5).contains_rect(rect),
                    "{:?} leaves the page",
                    text.text
                );
            }
        }
        let last = pages.len() + 1;
        assert!(
            pages[pages.len() - 1]
                .texts
                .iter()
                .any(|t| t.text == format!("Page {last} of {last}")),
            "numbered"
        );
    }
}
