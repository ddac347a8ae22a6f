//! The Plan tab's charts, so progress shows at a glance: partners per level of collaboration
//! now and aimed, the needs someone covers and those nobody does, and actors per slice in
//! every recorded round and now. Each is drawn at a fixed height that fits the narrow left
//! panel, with its counts written on it (no axes to read), tells screen readers its figures,
//! and gives way to one line when there is nothing to draw.

use super::alliance::levels::level_name;
use super::context::PanelContext;
use crate::guidance::{SliceCounts, coverage, need_label, partners_per_level, slices_per_round};
use crate::model::{Session, Slice};
use crate::scene::Palette;
use crate::words::{self, Words};
use egui::{Align2, Color32, RichText, Role, Sense, Stroke, Ui, WidgetInfo, vec2};
use egui_plot::{Bar, BarChart, HLine, Plot, PlotBounds, PlotPoint, Text};

/// A row's name above its bars, in points.
const LABEL_HEIGHT: f32 = 17.0;
/// One bar of a row, in points.
const BAR_HEIGHT: f32 = 12.0;
/// Between a row's bars, and after a row's last bar.
const BAR_GAP: f32 = 3.0;
const ROW_GAP: f32 = 7.0;
/// Room kept right of the longest bar for its count, in points.
const COUNT_ROOM: f32 = 30.0;
/// The stacked chart's height, and its room above the bars (totals) and below (names).
const STACK_HEIGHT: f32 = 170.0;
const STACK_MARGIN: f32 = 18.0;
/// The share of its slot a stacked bar takes; the rest parts it from the next.
const BAR_SHARE: f32 = 0.6;
/// The side of a key's coloured square.
const KEY_SQUARE: f32 = 10.0;
/// A segment of a stacked bar gets its count written in it from this height, in points.
const SEGMENT_LABEL_MIN: f32 = 15.0;

/// The three charts under one heading.
pub(super) fn charts(ui: &mut Ui, cx: &PanelContext<'_>) {
    let session = cx.listed();
    let map = cx.words();
    let palette = cx.view.map_palette();
    ui.label(RichText::new(words::ui().get("chart-heading")).strong());
    ui.add_space(2.0);
    levels(ui, &session, map, &palette);
    ui.add_space(6.0);
    needs(ui, &session, map, &palette);
    ui.add_space(6.0);
    slices(ui, &session, map, &palette);
    if let Some(round) = cx.view.shown_spread(cx.session) {
        ui.add_space(6.0);
        room_answers(ui, cx.session, round, &palette);
    }
}

/// Per actor of the placement round shown, how many placed it and how many did not know,
/// most disputed first as the reveal lists them.
fn room_answers(
    ui: &mut Ui,
    session: &Session,
    round: &crate::model::PlacementRound,
    palette: &Palette,
) {
    let title = words::ui().get("chart-room-answers");
    ui.label(title);
    let answered = Look::solid(palette.spread);
    let unsure = Look::light(palette.axis);
    keys(
        ui,
        &[
            (answered, words::ui().get("chart-room-answered")),
            (unsure, words::ui().get("chart-room-dont-know")),
        ],
    );
    let spreads = crate::model::most_disputed_first(round);
    let names: Vec<&str> = spreads
        .iter()
        .map(|s| {
            session
                .actors
                .iter()
                .find(|a| a.id == s.actor)
                .map_or(s.actor.0.as_str(), |a| a.name.as_str())
        })
        .collect();
    let rows: Vec<Row> = spreads
        .iter()
        .zip(&names)
        .map(|(s, name)| Row {
            label: name,
            bars: vec![(s.answered(), answered), (s.dont_know, unsure)],
        })
        .collect();
    let figures: Vec<String> = spreads
        .iter()
        .zip(&names)
        .map(|(s, name)| {
            words::ui().with(
                "chart-room-count",
                &[
                    ("name", name),
                    ("answered", &s.answered().to_string()),
                    ("unsure", &s.dont_know.to_string()),
                ],
            )
        })
        .collect();
    row_chart(ui, "room answers", &rows, &described(title, &figures));
}

/// Partners per level of the continuum, loosest first: now, and where we aim them.
fn levels(ui: &mut Ui, session: &Session, map: &'static Words, palette: &Palette) {
    let title = words::ui().get("chart-levels");
    ui.label(title);
    let counts = partners_per_level(session);
    if counts.iter().all(|c| c.now == 0 && c.aimed == 0) {
        no_data(ui, "chart-levels-none");
        return;
    }
    let now = Look::solid(palette.cooperating);
    let aimed = Look::light(palette.aim);
    keys(
        ui,
        &[
            (now, words::ui().get("chart-now")),
            (aimed, words::ui().get("chart-aimed")),
        ],
    );
    let rows: Vec<Row> = counts
        .iter()
        .map(|c| Row {
            label: level_name(c.level, map),
            bars: vec![(c.now, now), (c.aimed, aimed)],
        })
        .collect();
    let figures: Vec<String> = counts
        .iter()
        .map(|c| {
            words::ui().with(
                "chart-level-count",
                &[
                    ("level", level_name(c.level, map)),
                    ("now", &c.now.to_string()),
                    ("aimed", &c.aimed.to_string()),
                ],
            )
        })
        .collect();
    row_chart(ui, "partners per level", &rows, &described(title, &figures));
}

/// How many needs someone offers and how many nobody does, naming the latter.
fn needs(ui: &mut Ui, session: &Session, map: &'static Words, palette: &Palette) {
    let title = words::ui().get("chart-needs");
    ui.label(title);
    let all = coverage(session);
    let open: Vec<String> = all
        .iter()
        .filter(|c| c.is_uncovered())
        .map(|c| need_label(&c.need, map).into_owned())
        .collect();
    let covered = all.len() - open.len();
    if all.is_empty() {
        no_data(ui, "chart-needs-none");
        return;
    }
    if covered == 0 {
        no_data(ui, "chart-needs-no-offers");
        return;
    }
    let rows = [
        Row {
            label: words::ui().get("chart-needs-covered"),
            bars: vec![(covered, Look::solid(palette.cooperating))],
        },
        Row {
            label: words::ui().get("chart-needs-uncovered"),
            bars: vec![(open.len(), Look::solid(palette.hint))],
        },
    ];
    let figures = [words::ui().with(
        "chart-needs-count",
        &[
            ("covered", &covered.to_string()),
            ("uncovered", &open.len().to_string()),
        ],
    )];
    row_chart(ui, "needs covered", &rows, &described(title, &figures));
    if !open.is_empty() {
        ui.label(
            RichText::new(words::ui().with("chart-needs-open", &[("needs", &open.join(", "))]))
                .size(small_size(ui)),
        );
    }
}

/// Actors per slice in every round and now, one stacked bar each, in the spectrum's colours.
fn slices(ui: &mut Ui, session: &Session, map: &'static Words, palette: &Palette) {
    let title = words::ui().get("chart-slices");
    ui.label(title);
    let bars = slices_per_round(session);
    if bars.iter().all(|b| b.counts.iter().sum::<usize>() == 0) {
        no_data(ui, "chart-slices-none");
        return;
    }
    let now = words::ui().get("chart-now");
    let name = |bar: &SliceCounts| bar.label.clone().unwrap_or_else(|| now.to_owned());
    let figures: Vec<String> = bars
        .iter()
        .map(|bar| {
            let counts: Vec<String> = Slice::ALL
                .iter()
                .map(|s| slice_count(map.slice(*s), &bar.counts[s.index()].to_string()))
                .collect();
            words::ui().with(
                "chart-slices-bar",
                &[("label", &name(bar)), ("counts", &counts.join(", "))],
            )
        })
        .collect();
    stacked_chart(ui, &bars, map, palette, &described(title, &figures));
    let keyed: Vec<(Look, &str)> = Slice::ALL
        .iter()
        .map(|s| (Look::outlined(palette.slice_fill(*s), ui), map.slice(*s)))
        .collect();
    keys(ui, &keyed);
    let rounds = bars.len() - 1;
    if rounds == 0 {
        no_data(ui, "chart-slices-no-rounds");
    }
    for (i, bar) in bars.iter().take(rounds).enumerate() {
        ui.label(
            RichText::new(words::ui().with(
                "chart-slices-round",
                &[("number", &(i + 1).to_string()), ("label", &name(bar))],
            ))
            .size(small_size(ui))
            .weak(),
        );
    }
}

/// How a bar is painted.
#[derive(Clone, Copy)]
struct Look {
    fill: Color32,
    stroke: Stroke,
}

impl Look {
    fn solid(color: Color32) -> Self {
        Self {
            fill: color,
            stroke: Stroke::new(1.0, color),
        }
    }

    /// A lighter fill in the colour's outline: for what is aimed at, not yet reached.
    fn light(color: Color32) -> Self {
        Self {
            fill: color.gamma_multiply(0.35),
            stroke: Stroke::new(1.5, color),
        }
    }

    /// A fill outlined in the text's colour, so a pale slice still shows on the panel.
    fn outlined(fill: Color32, ui: &Ui) -> Self {
        Self {
            fill,
            stroke: Stroke::new(1.0, ui.visuals().weak_text_color()),
        }
    }
}

/// A named row of horizontal bars.
struct Row<'a> {
    label: &'a str,
    bars: Vec<(usize, Look)>,
}

/// Rows of horizontal bars, each row's name above its bars and each count at its bar's end.
/// The vertical axis counts points down from the top, so the layout is set in points.
fn row_chart(ui: &mut Ui, id: &str, rows: &[Row<'_>], description: &str) {
    let row_height =
        |row: &Row<'_>| LABEL_HEIGHT + row.bars.len() as f32 * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
    let height: f32 = rows.iter().map(row_height).sum();
    let width = ui.available_width();
    let most = rows
        .iter()
        .flat_map(|r| r.bars.iter().map(|(n, _)| *n))
        .max()
        .unwrap_or_default()
        .max(1) as f64;
    // Counts per point along the bars: the longest bar leaves room for its count.
    let per_point = most / f64::from((width - COUNT_ROOM - 2.0).max(1.0));
    let text_size = small_size(ui);
    let response = quiet_plot(id, width, height)
        .show(ui, |plot| {
            plot.set_plot_bounds(PlotBounds::from_min_max(
                [-2.0 * per_point, -f64::from(height)],
                [f64::from(width - 2.0) * per_point, 0.0],
            ));
            let mut top = 0.0;
            for row in rows {
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(0.0, -f64::from(top + 1.0)),
                        RichText::new(row.label).size(text_size),
                    )
                    .anchor(Align2::LEFT_TOP)
                    .allow_hover(false),
                );
                for (i, (count, look)) in row.bars.iter().enumerate() {
                    let middle = -f64::from(
                        top + LABEL_HEIGHT + i as f32 * (BAR_HEIGHT + BAR_GAP) + BAR_HEIGHT / 2.0,
                    );
                    let bar = Bar::new(middle, *count as f64)
                        .width(f64::from(BAR_HEIGHT))
                        .fill(look.fill)
                        .stroke(look.stroke);
                    plot.bar_chart(BarChart::new("", vec![bar]).horizontal().allow_hover(false));
                    plot.text(
                        Text::new(
                            "",
                            PlotPoint::new(*count as f64 + 4.0 * per_point, middle),
                            RichText::new(count.to_string()).size(text_size).strong(),
                        )
                        .anchor(Align2::LEFT_CENTER)
                        .allow_hover(false),
                    );
                }
                top += row_height(row);
            }
        })
        .response;
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, description));
}

/// A stacked bar chart's parts, measured before the plot draws them.
struct Stacks {
    /// One chart per slice, its segments stacked on the slices before it.
    charts: Vec<BarChart>,
    /// Where a segment is tall enough to hold its count: the bar, the segment's middle, the
    /// count.
    counts: Vec<(usize, f64, usize)>,
    /// Each bar's total.
    totals: Vec<usize>,
}

/// The segments of every bar, slice by slice; `fits` says whether a count fits in a segment.
fn stacks(
    bars: &[SliceCounts],
    names: &[String],
    looks: &[Look; 5],
    map: &'static Words,
    fits: impl Fn(usize) -> bool,
) -> Stacks {
    let mut totals = vec![0; bars.len()];
    let mut counts = Vec::new();
    let mut charts = Vec::new();
    for slice in Slice::ALL {
        let look = looks[slice.index()];
        let mut segments = Vec::new();
        for (i, bar) in bars.iter().enumerate() {
            let count = bar.counts[slice.index()];
            let base = totals[i] as f64;
            totals[i] += count;
            if count == 0 {
                continue;
            }
            segments.push(
                Bar::new(i as f64, count as f64)
                    .base_offset(base)
                    .name(&names[i])
                    .fill(look.fill)
                    .stroke(look.stroke),
            );
            if fits(count) {
                counts.push((i, base + count as f64 / 2.0, count));
            }
        }
        let name = map.slice(slice);
        charts.push(
            BarChart::new(name, segments)
                .vertical()
                .width(f64::from(BAR_SHARE))
                .element_formatter(Box::new(move |bar, _| {
                    format!(
                        "{}\n{}",
                        bar.name,
                        slice_count(name, &bar.value.to_string())
                    )
                })),
        );
    }
    Stacks {
        charts,
        counts,
        totals,
    }
}

/// One stacked bar per round and now, its total above it, its name below it, and each
/// slice's count in its segment where it fits.
fn stacked_chart(
    ui: &mut Ui,
    bars: &[SliceCounts],
    map: &'static Words,
    palette: &Palette,
    description: &str,
) {
    let width = ui.available_width();
    let tallest = bars
        .iter()
        .map(|b| b.counts.iter().sum::<usize>())
        .max()
        .unwrap_or_default()
        .max(1) as f64;
    let per_count = f64::from(STACK_HEIGHT - 2.0 * STACK_MARGIN) / tallest;
    let margin = f64::from(STACK_MARGIN) / per_count;
    let bar_width = width / bars.len() as f32 * BAR_SHARE;
    let names: Vec<String> = (1..=bars.len())
        .map(|n| {
            if n == bars.len() {
                words::ui().get("chart-now").to_owned()
            } else {
                n.to_string()
            }
        })
        .collect();
    let looks = Slice::ALL.map(|s| Look::outlined(palette.slice_fill(s), ui));
    let fits = |count: usize| {
        count as f64 * per_count >= f64::from(SEGMENT_LABEL_MIN) && bar_width >= SEGMENT_LABEL_MIN
    };
    let Stacks {
        charts,
        counts,
        totals,
    } = stacks(bars, &names, &looks, map, fits);
    let baseline = ui.visuals().weak_text_color();
    let text = |value: &str, at: PlotPoint| {
        Text::new("", at, RichText::new(value).size(small_size(ui))).allow_hover(false)
    };
    let mut texts = Vec::new();
    // Counts go on top of every bar, so no later segment covers them.
    for (i, middle, count) in counts {
        texts.push(text(&count.to_string(), PlotPoint::new(i as f64, middle)).color(palette.text));
    }
    for (i, total) in totals.iter().enumerate() {
        let x = i as f64;
        texts.push(
            text(
                &total.to_string(),
                PlotPoint::new(x, *total as f64 + 2.0 / per_count),
            )
            .anchor(Align2::CENTER_BOTTOM),
        );
        texts.push(text(&names[i], PlotPoint::new(x, -3.0 / per_count)).anchor(Align2::CENTER_TOP));
    }
    let response = quiet_plot("actors per slice", width, STACK_HEIGHT)
        .show(ui, |plot| {
            plot.set_plot_bounds(PlotBounds::from_min_max(
                [-0.6, -margin],
                [bars.len() as f64 - 0.4, tallest + margin],
            ));
            plot.hline(
                HLine::new("", 0.0)
                    .color(baseline)
                    .width(1.0)
                    .allow_hover(false),
            );
            for chart in charts {
                plot.bar_chart(chart);
            }
            for text in texts {
                plot.text(text);
            }
        })
        .response;
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, description));
}

/// A plot with nothing to pan, zoom or read off axes: a picture with hover notes, which
/// leaves the wheel to the panel's scrolling.
fn quiet_plot(id: &str, width: f32, height: f32) -> Plot<'static> {
    Plot::new(id)
        .width(width)
        .height(height)
        .show_axes(false)
        .show_grid(false)
        .show_background(false)
        .show_x(false)
        .show_y(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .sense(Sense::hover())
}

/// Coloured squares with their meaning, on as many lines as the panel needs; a square never
/// parts from its text.
fn keys(ui: &mut Ui, keyed: &[(Look, &str)]) {
    let font = egui::FontId::proportional(small_size(ui));
    let color = ui.visuals().text_color();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 10.0;
        for (look, text) in keyed {
            let galley = ui
                .painter()
                .layout_no_wrap((*text).to_owned(), font.clone(), color);
            let size = vec2(KEY_SQUARE + 4.0 + galley.size().x, galley.size().y);
            let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
            let square = egui::Rect::from_center_size(
                egui::pos2(rect.left() + KEY_SQUARE / 2.0, rect.center().y),
                vec2(KEY_SQUARE, KEY_SQUARE),
            );
            ui.painter().rect(
                square,
                1.0,
                look.fill,
                look.stroke,
                egui::StrokeKind::Inside,
            );
            ui.painter().galley(
                egui::pos2(rect.left() + KEY_SQUARE + 4.0, rect.top()),
                galley,
                color,
            );
        }
    });
}

/// The one line a chart with nothing to draw shows instead.
fn no_data(ui: &mut Ui, id: &'static str) {
    ui.label(RichText::new(words::ui().get(id)).weak());
}

/// The chart's title with its figures, as a screen reader reads it.
fn described(title: &str, figures: &[String]) -> String {
    words::ui().with(
        "chart-described",
        &[("chart", title), ("figures", &figures.join("; "))],
    )
}

fn slice_count(slice: &str, count: &str) -> String {
    words::ui().with("chart-slices-count", &[("slice", slice), ("count", count)])
}

/// The size of the texts written on a chart: a little under the body's.
fn small_size(ui: &Ui) -> f32 {
    egui::TextStyle::Body.resolve(ui.style()).size - 1.0
}
