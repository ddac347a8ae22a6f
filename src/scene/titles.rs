//! Sizing the four quadrant titles together: one size for all, on one line each where that
//! fits, broken over two lines before any of them shrinks much.

use super::measure::TextMeasure;
use emath::Vec2;

/// The smallest a title may get: a small title beats a missing one.
pub const SMALLEST_TITLE: f32 = 6.0;

/// How the titles are set: their common size, and each title's rows.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleSetting {
    /// The size every title is drawn at.
    pub size: f32,
    /// Each title's rows, in the order the titles were given: one row, or two where the
    /// title is wider than its room.
    pub rows: Vec<Vec<String>>,
}

/// Set `titles`, each with the room it may fill (width, height), at `size` or smaller.
///
/// A title first takes one line; when one line would shrink it by more than a fifth, two
/// lines at a larger size are taken instead ("Fortalecimiento de capacidades" on a narrow map). All titles share the
/// smallest of their sizes, so no strategy reads as more important than another.
pub fn set_titles(titles: &[(&str, Vec2)], size: f32, measure: &dyn TextMeasure) -> TitleSetting {
    let line_height = measure.measure("Ag", size, true).y;
    let mut common = size;
    for &(title, room) in titles {
        let one = fitting_size(measure.measure(title, size, true).x, room.x, size);
        let two = break_in_two(title, size, measure).map_or(0.0, |(first, second)| {
            let wider = measure
                .measure(&first, size, true)
                .x
                .max(measure.measure(&second, size, true).x);
            let by_width = fitting_size(wider, room.x, size);
            // Two rows may take at most 40 % of the quadrant's height.
            let by_height = size * room.y * 0.4 / (2.0 * line_height).max(f32::EPSILON);
            by_width.min(by_height)
        });
        // Two rows crowd the quadrant's corner where names go: worth it only where one line
        // would shrink by more than a fifth.
        let best = if two * 0.8 > one { two } else { one };
        common = common.min(best);
    }
    let common = common.max(SMALLEST_TITLE);
    let rows = titles
        .iter()
        .map(|&(title, room)| {
            // A hair of slack: a title sized to its room exactly must not break for rounding.
            if measure.measure(title, common, true).x <= room.x + 0.01 {
                return vec![title.to_owned()];
            }
            match break_in_two(title, size, measure) {
                Some((first, second)) => vec![first, second],
                None => vec![title.to_owned()],
            }
        })
        .collect();
    TitleSetting { size: common, rows }
}

/// The size at which a text `width` wide at `size` fits `room`, never larger than `size`.
fn fitting_size(width: f32, room: f32, size: f32) -> f32 {
    if width > room {
        size * room / width
    } else {
        size
    }
}

/// The title split at the space that makes its wider row narrowest; `None` for a single word.
fn break_in_two(title: &str, size: f32, measure: &dyn TextMeasure) -> Option<(String, String)> {
    title
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(at, _)| {
            let first = title[..at].trim_end();
            let second = title[at + 1..].trim_start();
            let wider = measure
                .measure(first, size, true)
                .x
                .max(measure.measure(second, size, true).x);
            (wider, first, second)
        })
        .filter(|(_, first, second)| !first.is_empty() && !second.is_empty())
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, first, second)| (first.to_owned(), second.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::measure::ApproxMeasure;
    use emath::vec2;

    #[test]
    fn titles_that_fit_stay_on_one_line_at_full_size() {
        let set = set_titles(
            &[
                ("Partner", vec2(400.0, 300.0)),
                ("Monitor", vec2(400.0, 300.0)),
            ],
            22.0,
            &ApproxMeasure,
        );
        assert!((set.size - 22.0).abs() < f32::EPSILON);
        assert_eq!(set.rows, [vec!["Partner"], vec!["Monitor"]]);
    }

    #[test]
    fn a_long_title_breaks_in_two_before_every_title_shrinks() {
        // "Fortalecimiento de capacidades" is 30 characters: 396 px on one line at 22 px.
        let room = vec2(250.0, 300.0);
        let set = set_titles(
            &[("Fortalecimiento de capacidades", room), ("Vigilar", room)],
            22.0,
            &ApproxMeasure,
        );
        // On one line it would have to shrink to about 14 px; in two rows
        // ("Fortalecimiento" / "de capacidades", 15 characters) it keeps about 22 * 250 / 198.
        assert!(set.size > 20.0, "{}", set.size);
        assert_eq!(
            set.rows,
            [
                vec!["Fortalecimiento".to_owned(), "de capacidades".to_owned()],
                vec!["Vigilar".to_owned()]
            ]
        );
    }

    #[test]
    fn a_title_a_little_too_wide_shrinks_a_little_rather_than_breaking() {
        // 22 characters: 290 px at 22 px, 10 % wider than its room.
        let set = set_titles(
            &[("Capacity development X", vec2(264.0, 300.0))],
            22.0,
            &ApproxMeasure,
        );
        assert!(set.size > 19.0 && set.size < 21.0, "{}", set.size);
        assert_eq!(set.rows, [vec!["Capacity development X"]]);
    }

    #[test]
    fn a_single_long_word_shrinks_but_never_below_the_smallest_size() {
        let set = set_titles(
            &[("Kapazitätsentwicklungsmaßnahmen", vec2(60.0, 300.0))],
            22.0,
            &ApproxMeasure,
        );
        assert!((set.size - SMALLEST_TITLE).abs() < f32::EPSILON);
        assert_eq!(set.rows, [vec!["Kapazitätsentwicklungsmaßnahmen"]]);
    }

    #[test]
    fn two_rows_are_not_taken_where_the_quadrant_is_too_low_for_them() {
        // A wide, very low quadrant: two rows would not fit its height, so one line shrinks.
        let set = set_titles(
            &[("Fortalecimiento de capacidades", vec2(250.0, 40.0))],
            22.0,
            &ApproxMeasure,
        );
        assert!(set.size < 14.0, "{}", set.size);
    }
}
