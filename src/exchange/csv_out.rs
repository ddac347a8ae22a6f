//! Actors and relationships as CSV, for spreadsheets: one file of actors, one of
//! relationships, with headers the import reads back.

use crate::model::{Session, SpectrumPlacement};
use std::path::{Path, PathBuf};

/// A cell, quoted when it must be; text a spreadsheet would run as a formula gets a leading
/// apostrophe, so opening the file never executes anything.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) && text.parse::<f64>().is_err() {
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

fn line(cells: &[String]) -> String {
    let mut out = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// The actors: id, name, kind, category, support (−1..1), influence (0..1), slice, tags
/// (separated by `|`), group, contact, uncertain, us, parked, notes, links. `notes` leaves the private notes out when false.
pub fn actors_csv(session: &Session, notes: bool) -> String {
    let mut out = line(
        &[
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
        ]
        .map(str::to_owned),
    );
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
            a.kind.label().to_owned(),
            crate::guidance::category_label(&a.category).to_owned(),
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
                .map(|SpectrumPlacement { slice, .. }| slice.label().to_owned())
                .unwrap_or_default(),
            a.tags.join("|"),
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
            if notes {
                a.notes.clone()
            } else {
                String::new()
            },
            a.links.join("|"),
        ]));
    }
    out
}

/// The relationships: id, from and to (actor ids), from name and to name, kind, tie, label.
pub fn relationships_csv(session: &Session) -> String {
    let mut out = line(
        &[
            "id",
            "from",
            "to",
            "from name",
            "to name",
            "kind",
            "tie",
            "label",
        ]
        .map(str::to_owned),
    );
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
            r.kind.label().to_owned(),
            r.tie.label().to_owned(),
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

/// The two files of a CSV export: the actors at `actors`, the relationships beside them.
pub fn csv_files(session: &Session, actors: &Path, notes: bool) -> [(PathBuf, String); 2] {
    [
        (actors.to_owned(), actors_csv(session, notes)),
        (relationships_path(actors), relationships_csv(session)),
    ]
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
    }
}
