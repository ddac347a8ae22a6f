//! The alliance plan as Markdown, for pasting into a document: the same section as the
//! report's pages (`scene::alliance_report`), with tables for needs, partners and the
//! charts' figures. Every text the user wrote is escaped, so a name holding `|` or `*`
//! cannot break a table or turn bold.

use crate::scene::{AllianceReport, Field};
use crate::words::Words;
use std::fmt::Write;

/// The characters Markdown could read as formatting, each escaped with a backslash.
const SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!', '{', '}',
];

/// `text` on one line, with every formatting character escaped; its line breaks become
/// `<br>`, which tables keep.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.trim().lines().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        for c in line.trim_end().chars() {
            if SPECIAL.contains(&c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A paragraph: escaped, its own line breaks kept as hard breaks. A line that would start a
/// list or a numbered item (`- `, `1. `) is escaped at its start too.
fn block(text: &str) -> String {
    text.trim()
        .lines()
        .map(|line| {
            let line = inline(line);
            let numbered = line
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if line.starts_with(['-', '+']) {
                format!("\\{line}")
            } else if numbered {
                line.replacen(". ", "\\. ", 1)
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("  \n")
}

fn table(out: &mut String, headings: &[&str], rows: &[Vec<String>]) {
    let cells = |cells: &mut dyn Iterator<Item = String>| {
        let joined: Vec<String> = cells.collect();
        format!("| {} |", joined.join(" | "))
    };
    let _ = writeln!(out, "{}", cells(&mut headings.iter().map(|h| inline(h))));
    let _ = writeln!(
        out,
        "{}",
        cells(&mut headings.iter().map(|_| "---".to_owned()))
    );
    for row in rows {
        let _ = writeln!(out, "{}", cells(&mut row.iter().cloned()));
    }
    out.push('\n');
}

fn fields(out: &mut String, fields: &[Field], words: &'static Words) {
    for field in fields {
        let title = if field.chosen.is_empty() {
            field.label.clone()
        } else {
            words.with(
                "report-choice",
                &[("label", &field.label), ("choice", &field.chosen)],
            )
        };
        let _ = writeln!(out, "**{}**\n", inline(&title));
        if !field.text.is_empty() {
            let _ = writeln!(out, "{}\n", block(&field.text));
        }
    }
}

/// The alliance plan as a Markdown document headed by `title` and `date`; `redacted` says
/// why the agreement and memorandum are missing when they are.
pub fn alliance_markdown(
    report: &AllianceReport,
    title: &str,
    date: &str,
    redacted: bool,
    words: &'static Words,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(title));
    let _ = writeln!(out, "{}\n", inline(date));
    let _ = writeln!(out, "## {}\n", inline(&report.heading));
    for line in &report.left_out {
        let _ = writeln!(out, "*{}*\n", inline(line));
    }
    needs(&mut out, report, words);
    partners(&mut out, report, words);
    figures(&mut out, report, words);
    let _ = writeln!(out, "### {}\n", inline(words.get("report-network")));
    fields(&mut out, &report.network, words);
    for (heading, written) in [
        ("report-agreement", &report.agreement),
        ("report-memorandum", &report.memorandum),
    ] {
        let _ = writeln!(out, "### {}\n", inline(words.get(heading)));
        if written.is_empty() {
            let _ = writeln!(out, "*{}*\n", inline(report.empty_text(redacted, words)));
        }
        fields(&mut out, written, words);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// Needs and who could cover them; a need nobody covers says so in bold.
fn needs(out: &mut String, report: &AllianceReport, words: &'static Words) {
    let _ = writeln!(out, "### {}\n", inline(words.get("report-needs")));
    let nobody = format!("**{}**", inline(words.get("report-nobody")));
    let rows: Vec<Vec<String>> = report
        .needs
        .iter()
        .map(|n| {
            let covered = if n.covered_by.is_empty() {
                nobody.clone()
            } else {
                inline(&n.covered_by.join(", "))
            };
            vec![inline(&n.need), covered]
        })
        .collect();
    table(
        out,
        &[words.get("report-need"), words.get("report-covered-by")],
        &rows,
    );
}

/// The partners as a table (with their ratings when the report has them), then the notes
/// beside the ratings as a list.
fn partners(out: &mut String, report: &AllianceReport, words: &'static Words) {
    let _ = writeln!(out, "### {}\n", inline(words.get("report-partners")));
    if report.partners.is_empty() {
        let _ = writeln!(out, "{}\n", inline(words.get("report-no-partners")));
        return;
    }
    let mut headings = vec![
        words.get("report-partner"),
        words.get("report-now"),
        words.get("report-aim"),
        words.get("report-offers"),
    ];
    if report.partners.iter().any(|p| !p.rated.is_empty()) {
        headings.extend([
            words.get("report-trust"),
            words.get("report-benefits"),
            words.get("report-risks"),
        ]);
    }
    let no_level = words.get("report-no-level");
    let level = |l: &str| inline(if l.is_empty() { no_level } else { l });
    let rows: Vec<Vec<String>> = report
        .partners
        .iter()
        .map(|p| {
            let mut row = vec![
                inline(&p.name),
                level(&p.now),
                level(&p.aim),
                inline(&p.offers.join(", ")),
            ];
            row.extend(
                p.rated
                    .iter()
                    .map(|r| AllianceReport::rating_text(r.rating)),
            );
            row
        })
        .collect();
    table(out, &headings, &rows);
    let mut listed = false;
    for p in &report.partners {
        for r in p.rated.iter().filter(|r| !r.note.is_empty()) {
            let said = words.with(
                "report-rated-note",
                &[("what", &r.label), ("note", &r.note)],
            );
            let _ = writeln!(out, "- **{}**: {}", inline(&p.name), inline(&said));
            listed = true;
        }
    }
    if listed {
        out.push('\n');
    }
}

/// The charts' figures as tables: partners per level, actors per slice round by round.
fn figures(out: &mut String, report: &AllianceReport, words: &'static Words) {
    let rows = |bars: &[crate::scene::Bar]| -> Vec<Vec<String>> {
        bars.iter()
            .map(|b| {
                let mut row = vec![inline(&b.label)];
                row.extend(b.values.iter().map(ToString::to_string));
                row
            })
            .collect()
    };
    let _ = writeln!(out, "### {}\n", inline(words.get("report-chart-levels")));
    let levels = [
        words.get("report-level"),
        words.get("report-now"),
        words.get("report-aim"),
    ];
    table(out, &levels, &rows(&report.levels));
    let _ = writeln!(out, "### {}\n", inline(words.get("report-chart-rounds")));
    let mut slices = vec![words.get("report-round")];
    slices.extend(crate::model::Slice::ALL.iter().map(|s| words.slice(*s)));
    table(out, &slices, &rows(&report.rounds));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_in_names_and_texts_is_escaped() {
        assert_eq!(inline("A|B *bold* <b>"), "A\\|B \\*bold\\* \\<b\\>");
        assert_eq!(inline("one\ntwo"), "one<br>two");
        assert_eq!(
            block("- not a list\n2. nor this"),
            "\\- not a list  \n2\\. nor this"
        );
    }
}
