//! Right-to-left text on screen in the order it is read. egui lays a text out left to right
//! and shapes it run by run of one font, guessing each run's direction from its first
//! letter, so in "Mosquée Al-Nour (مسجد النور)" the Arabic words came out reversed. Here a
//! text holding right-to-left letters is cut into its bidi runs (the Unicode bidi algorithm,
//! unicode-bidi) and laid out as one section per run in visual order: each section is shaped
//! alone, so an Arabic or Hebrew run is shaped right to left and reads correctly. Texts
//! without such letters are left as they are.

use egui::epaint::text::ByteIndex;
use egui::text::{LayoutJob, LayoutSection, TextFormat};
use egui::{Color32, FontId};
use unicode_bidi::BidiInfo;

pub use crate::words::has_right_to_left;

/// Whether `text` is a paragraph that reads right to left: its first letter with a direction
/// is Arabic, Hebrew... ("5 أسماء" and "مسجد النور (Al-Nour)" do; "Al-Nour (مسجد)" does not).
pub fn reads_right_to_left(text: &str) -> bool {
    has_right_to_left(text)
        && BidiInfo::new(text, None)
            .paragraphs
            .first()
            .is_some_and(|p| p.level.is_rtl())
}

/// Whether `text` reads right to left and a left-to-right paragraph would show it in another
/// order: "5 أسماء مختصرة" (the number would go to the left), an Arabic line holding a Latin
/// name. A name all in Arabic letters shows the same either way.
pub fn needs_right_to_left_paragraph(text: &str) -> bool {
    if !reads_right_to_left(text) {
        return false;
    }
    let visual = |level| {
        let info = BidiInfo::new(text, Some(level));
        info.paragraphs
            .iter()
            .map(|p| info.reorder_line(p, p.range.clone()).into_owned())
            .collect::<String>()
    };
    visual(unicode_bidi::Level::ltr()) != visual(unicode_bidi::Level::rtl())
}

/// The byte ranges of `text`'s runs in the order they are seen, left to right, each with
/// whether it reads right to left; one run for a text with nothing right to left in it.
pub fn visual_runs(text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    if !has_right_to_left(text) {
        return vec![(0..text.len(), false)];
    }
    let info = BidiInfo::new(text, None);
    let mut runs = Vec::new();
    for paragraph in &info.paragraphs {
        let (levels, visual) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in visual {
            let right_to_left = levels
                .get(run.start)
                .is_some_and(unicode_bidi::Level::is_rtl);
            // A paragraph break is not drawn.
            let end = text[run.clone()].trim_end_matches(['\n', '\r']).len() + run.start;
            if end > run.start {
                runs.push((run.start..end, right_to_left));
            }
        }
    }
    runs
}

/// `text` as a layout job of one section per bidi run in visual order, in `font` and
/// `color` (`Color32::PLACEHOLDER` lets a widget choose the colour).
pub fn visual_job(text: &str, font: &FontId, color: Color32) -> LayoutJob {
    let mut job = LayoutJob::default();
    for (range, _) in visual_runs(text) {
        let start = job.text.len();
        job.text.push_str(&text[range]);
        // Pushed, not appended: `append` merges sections of one format, and each run must
        // be shaped alone.
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
            format: TextFormat {
                font_id: font.clone(),
                color,
                ..TextFormat::default()
            },
        });
    }
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(text: &str) -> Vec<(&str, bool)> {
        visual_runs(text)
            .into_iter()
            .map(|(r, rtl)| (&text[r], rtl))
            .collect()
    }

    #[test]
    fn mixed_names_are_cut_into_runs_in_the_order_they_are_read() {
        assert_eq!(seen("Mayor Varga"), vec![("Mayor Varga", false)]);
        assert_eq!(
            seen("Mosquée Al-Nour (مسجد النور)"),
            vec![
                ("Mosquée Al-Nour (", false),
                ("مسجد النور", true),
                (")", false)
            ]
        );
        // A name that starts in Arabic reads from the right: its Latin part comes first on
        // the left, then the Arabic.
        assert_eq!(
            seen("مسجد النور - Al-Nour"),
            vec![("Al-Nour", false), ("مسجد النور - ", true)]
        );
        assert_eq!(seen("קהילה"), vec![("קהילה", true)]);
        assert!(!has_right_to_left("भारतीय 华人"));
    }

    #[test]
    fn only_right_to_left_texts_a_left_to_right_paragraph_would_misorder_need_one() {
        assert!(needs_right_to_left_paragraph("5 أسماء مختصرة"));
        assert!(needs_right_to_left_paragraph("مسجد النور - Al-Nour"));
        assert!(!needs_right_to_left_paragraph("مسجد النور"));
        assert!(!needs_right_to_left_paragraph(
            "Mosquée Al-Nour (مسجد النور)"
        ));
        assert!(!needs_right_to_left_paragraph("Partner"));
    }

    #[test]
    fn each_run_is_a_section_of_its_own_so_it_is_shaped_alone() {
        let job = visual_job(
            "Mosquée Al-Nour (مسجد النور)",
            &FontId::proportional(14.0),
            Color32::BLACK,
        );
        let sections: Vec<&str> = job
            .sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(sections, vec!["Mosquée Al-Nour (", "مسجد النور", ")"]);
    }
}
