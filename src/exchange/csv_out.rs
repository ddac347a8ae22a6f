//! Actors and relationships as CSV, for spreadsheets: one file of actors, one of
//! relationships, with headers the import reads back; and the two rules that make reading
//! powermap's own files back exact (undoing the formula guard, splitting lists).

use crate::model::{Session, SpectrumPlacement};
use crate::storage::{ExportFiles, OutputError, write_export_files};
use crate::words::Words;
use std::path::{Path, PathBuf};

/// The header of the actors' file. A sheet with exactly this header is powermap's own, and
/// its cells are read back by powermap's rules (`unneutralised`, `split_list`).
pub const ACTOR_HEADERS: [&str; 15] = [
    "id",
    "name",
    "kind",
    "category",
    "support",
    "influence",
    "slice",
    "tags",
    "part of",
    "contact",
    "uncertain",
    "us",
    "parked",
    "notes",
    "links",
];

/// The header of the relationships' file; like `ACTOR_HEADERS`, it marks powermap's own.
pub const RELATION_HEADERS: [&str; 8] = [
    "id",
    "from",
    "to",
    "from name",
    "to name",
    "kind",
    "tie",
    "label",
];

/// Whether a sheet with these headers is one powermap wrote.
pub fn written_by_powermap(headers: &[String]) -> bool {
    let same = |expected: &[&str]| {
        headers
            .iter()
            .map(String::as_str)
            .eq(expected.iter().copied())
    };
    same(&ACTOR_HEADERS) || same(&RELATION_HEADERS)
}

/// Whether `text` gets a leading apostrophe when written. A spreadsheet runs a cell starting
/// with `=` `+` `-` `@` TAB or CR as a formula (numbers such as `-0.5` excepted); other leading
/// whitespace would be trimmed away on reading. Text that already starts with apostrophes
/// before such a character gets one more, so reading back can always take exactly one off.
fn needs_apostrophe(text: &str) -> bool {
    let rest = text.trim_start_matches('\'');
    let risky = rest
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@') || c.is_whitespace());
    let number = text.parse::<f64>().is_ok_and(f64::is_finite);
    risky && (rest.len() < text.len() || !number)
}

/// A cell of powermap's own file as it was before writing: the apostrophe `cell` added is
/// taken off again. Exactly undoes the writer; apostrophes the user typed stay.
pub fn unneutralised(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_apostrophe(rest) => rest,
        _ => cell,
    }
}

/// A cell, quoted when it must be; text a spreadsheet would run as a formula gets a leading
/// apostrophe, so opening the file never executes anything.
fn cell(text: &str) -> String {
    let text = if needs_apostrophe(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A list (tags, links) in one cell: entries separated by `|`, a `|` or `\` inside an entry
/// written as `\|` or `\\`.
fn join_list(entries: &[String]) -> String {
    let escaped: Vec<String> = entries
        .iter()
        .map(|e| e.replace('\\', "\\\\").replace('|', "\\|"))
        .collect();
    escaped.join("|")
}

/// The entries of a list cell of powermap's own file, exactly as they were (see `join_list`).
pub fn split_list(cell: &str) -> Vec<String> {
    let mut entries = Vec::new();
    let mut entry = String::new();
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        match c {
            // A lone backslash at the end (someone edited the file) stays itself.
            '\\' => entry.push(chars.next().unwrap_or('\\')),
            '|' => entries.push(std::mem::take(&mut entry)),
            c => entry.push(c),
        }
    }
    entries.push(entry);
    entries
}

fn line(cells: &[String]) -> String {
    let mut out = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// Whether a CSV export carries the actors' private notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notes {
    /// Each actor's notes are written in the notes column.
    Written,
    /// The notes column stays empty.
    LeftOut,
}

/// Whether the session a CSV export is written from is locked: its export is then private.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionLock {
    /// Locked with a passphrase: the files are readable by their owner only.
    Locked,
    /// Not locked: the files are as private as the session file.
    Unlocked,
}

/// The actors: id, name, kind, category, support (−1..1), influence (0..1), slice, tags
/// (separated by `|`), group, contact, uncertain, us, parked, notes, links (separated by
/// `|`). `notes` says whether the private notes are written. Names of kinds and slices are
/// English whatever the session's language, so the file reads back the same anywhere.
pub fn actors_csv(session: &Session, notes: Notes) -> String {
    let english = Words::english();
    let mut out = line(&ACTOR_HEADERS.map(str::to_owned));
    for a in &session.actors {
        let parent = a
            .parent
            .as_ref()
            .and_then(|p| session.actor(p))
            .map(|p| p.name.clone())
            .unwrap_or_default();
        let placed = !a.parked;
        out.push_str(&line(&[
            a.id.0.clone(),
            a.name.clone(),
            english.kind(a.kind).to_owned(),
            crate::guidance::category_label(&a.category, english).to_owned(),
            if placed {
                format!("{:.3}", a.position.support)
            } else {
                String::new()
            },
            if placed {
                format!("{:.3}", a.position.influence)
            } else {
                String::new()
            },
            a.spectrum
                .map(|SpectrumPlacement { slice, .. }| english.slice(slice).to_owned())
                .unwrap_or_default(),
            join_list(&a.tags),
            parent,
            a.contact.clone(),
            if a.uncertain {
                "yes".to_owned()
            } else {
                String::new()
            },
            if a.is_us {
                "yes".to_owned()
            } else {
                String::new()
            },
            if a.parked {
                "yes".to_owned()
            } else {
                String::new()
            },
            if notes == Notes::Written {
                a.notes.clone()
            } else {
                String::new()
            },
            join_list(&a.links),
        ]));
    }
    out
}

/// The relationships: id, from and to (actor ids), from name and to name, kind, tie, label.
pub fn relationships_csv(session: &Session) -> String {
    let english = Words::english();
    let mut out = line(&RELATION_HEADERS.map(str::to_owned));
    let name = |id| {
        session
            .actor(id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    for r in &session.relationships {
        out.push_str(&line(&[
            r.id.0.clone(),
            r.from.0.clone(),
            r.to.0.clone(),
            name(&r.from),
            name(&r.to),
            english.relationship(r.kind).to_owned(),
            english.tie(r.tie).to_owned(),
            r.label.clone(),
        ]));
    }
    out
}

/// Where the relationships go beside `actors`: `NAME-relationships.csv`.
pub fn relationships_path(actors: &Path) -> PathBuf {
    let stem = actors
        .file_stem()
        .map_or_else(|| "actors".to_owned(), |s| s.to_string_lossy().into_owned());
    actors.with_file_name(format!("{stem}-relationships.csv"))
}

/// Write a CSV export: the actors at `actors`, the relationships beside them, through the
/// one export writer (never over the session, private when it is). Returns where the
/// relationships went.
pub fn write_csv_export(
    session: &Session,
    actors: &Path,
    notes: Notes,
    session_file: Option<&Path>,
    lock: SessionLock,
) -> Result<PathBuf, OutputError> {
    let relations = relationships_path(actors);
    let (actors_text, relations_text) = (actors_csv(session, notes), relationships_csv(session));
    write_export_files(&ExportFiles {
        files: vec![
            (actors, actors_text.as_bytes()),
            (relations.as_path(), relations_text.as_bytes()),
        ],
        session_file,
        locked: lock == SessionLock::Locked,
    })?;
    Ok(relations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-0.5"), "-0.5");
        assert_eq!(cell("@cmd"), "'@cmd");
        assert_eq!(cell("\tcmd"), "'\tcmd");
        assert_eq!(cell("\r=cmd"), "\"'\r=cmd\"");
    }

    #[test]
    fn reading_back_takes_off_exactly_the_apostrophe_written() {
        for text in [
            "-5 votes",
            "'-5 votes",
            "''=x",
            "'Tis",
            "'",
            "-0.5",
            "'-0.5",
            "\tx",
            " x",
            "=",
            "-inf",
            "plain",
        ] {
            let written = if needs_apostrophe(text) {
                format!("'{text}")
            } else {
                text.to_owned()
            };
            assert_eq!(unneutralised(&written), text, "{written}");
        }
    }

    #[test]
    fn lists_keep_their_separators() {
        let tags = [
            "a|b".to_owned(),
            "c\\".to_owned(),
            String::new(),
            "d,e;f".to_owned(),
        ];
        assert_eq!(split_list(&join_list(&tags)), tags);
        assert_eq!(split_list("x\\"), ["x\\"]);
    }
}
