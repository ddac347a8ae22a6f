//! The report's table of a placement round: per actor, most disputed first, how many placed
//! it, how many did not know, how much the room disagreed, and the quadrants it split
//! between (each quadrant named by the strategy it suggests).

use super::Scene;
use super::measure::TextMeasure;
use super::page::{TABLE_SIZE, TableFrame, clip};
use super::shapes::{Line, Text};
use super::style::Palette;
use crate::guidance::strategy;
use crate::model::{PlacementRound, Session, most_disputed_first};
use crate::words::Words;
use emath::{Rect, pos2};

/// The columns: heading, and where the column starts and ends (fractions of the width, in
/// reading order).
const COLUMNS: [(&str, f32, f32); 5] = [
    ("table-actor", 0.0, 0.34),
    ("table-answers", 0.34, 0.45),
    ("table-dont-know", 0.45, 0.58),
    ("table-disagreement", 0.58, 0.76),
    ("table-split", 0.76, 1.0),
];

/// Add the table of `round` for `session` (already redacted if names must not appear) in
/// `rect`; rows that do not fit are summed up in a last line.
pub(super) fn add_spread_table(
    scene: &mut Scene,
    session: &Session,
    round: &PlacementRound,
    rect: Rect,
    palette: &Palette,
    measure: &dyn TextMeasure,
) {
    let words = Words::for_session(session);
    let frame = TableFrame::new(rect, words);
    let row = TABLE_SIZE * 1.5;
    let cell = |scene: &mut Scene, text: &str, from: f32, to: f32, y: f32, strong: bool| {
        scene.texts.push(Text {
            text: clip(text, rect.width() * (to - from) - 4.0, measure),
            pos: pos2(frame.start(from), y),
            anchor: frame.anchor(),
            size: TABLE_SIZE,
            color: palette.text,
            strong,
        });
    };
    cell(
        scene,
        words.get("table-room-heading"),
        0.0,
        1.0,
        rect.top(),
        true,
    );
    let mut y = rect.top() + row;
    for (heading, from, to) in COLUMNS {
        cell(scene, words.get(heading), from, to, y, true);
    }
    scene.lines.push(Line {
        points: [pos2(rect.left(), y + row), pos2(rect.right(), y + row)],
        width: 0.8,
        color: palette.axis,
        dashed: false,
    });
    y += row * 1.3;
    let index = session.actor_index();
    let spreads: Vec<_> = most_disputed_first(round)
        .into_iter()
        .filter(|s| index.contains_key(&s.actor))
        .collect();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small, non-negative row count"
    )]
    let fits = (((rect.bottom() - y - row) / row).floor().max(0.0)) as usize;
    for spread in spreads.iter().take(fits) {
        let name = &session.actors[index[&spread.actor]].name;
        let split: Vec<&str> = spread
            .split()
            .into_iter()
            .map(|q| strategy(q, words).name)
            .collect();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a share between 0 and 1, as a percentage"
        )]
        let percent = (spread.disagreement.clamp(0.0, 1.0) * 100.0).round() as u32;
        let cells = [
            name.clone(),
            spread.answered().to_string(),
            spread.dont_know.to_string(),
            format!("{percent}%"),
            split.join(" / "),
        ];
        for (text, (_, from, to)) in cells.iter().zip(COLUMNS) {
            cell(scene, text, from, to, y, false);
        }
        y += row;
    }
    frame.add_more_line(scene, words, spreads.len().saturating_sub(fits), y, palette);
}
