//! `powermap import`: bring a spreadsheet, a Kumu project or an Oligrapher map into a session
//! file without a window, optionally into an existing session without duplicates.

use super::passphrase::load_keeping_lock;
use super::{actors, file_error, relationships};
use crate::exchange::{
    ActorColumn, Encoding, ImportError, Mapping, ReadOptions, Scale, Source, SourceFormat, Table,
    encoding_named, fold, import_tables, read_source, split_unit,
};
use crate::model::{MergePlan, Session, apply_merge, plan_merge};
use crate::storage::{SecretString, UPDATE_WAIT, UpdateLock, check_outputs, save_file_with};
use crate::words::{Language, ui};
use clap::Args;
use std::path::{Path, PathBuf};

/// The options of `powermap import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import: .csv, .xlsx, .ods, a Kumu project backup or an Oligrapher map.
    #[arg(help = ui().get("cli-import-file-help"))]
    pub file: PathBuf,
    /// What the file is (csv, xlsx, ods, kumu, onodo, oligrapher); guessed when left out.
    #[arg(long, value_parser = parse_format, help = ui().get("cli-import-from-help"))]
    pub from: Option<SourceFormat>,
    /// For CSV: a second file of relationships (columns from, to, and type or label).
    #[arg(long, help = ui().get("cli-import-relations-help"))]
    pub relations: Option<PathBuf>,
    /// The sheet of actors (default: Elements, Nodes, Actors... or the first).
    #[arg(long, help = ui().get("cli-import-sheet-help"))]
    pub sheet: Option<String>,
    /// The sheet of relationships (default: Connections, Relations, Edges...).
    #[arg(long, help = ui().get("cli-import-relations-sheet-help"))]
    pub relations_sheet: Option<String>,
    /// The range of the support column: 0-10, 1-5, 0-100, -1..1, or any "LOW-HIGH"
    /// (default: from the header, such as "Support (1-5)", else from the values).
    #[arg(
        long,
        value_parser = parse_scale,
        allow_hyphen_values = true,
        help = ui().get("cli-import-support-scale-help")
    )]
    pub support_scale: Option<Scale>,
    /// The range of the influence column: 0-10, 1-5, 0-100, 0-1, or any "LOW-HIGH"
    /// (default: from the header, else from the values).
    #[arg(
        long,
        value_parser = parse_scale,
        allow_hyphen_values = true,
        help = ui().get("cli-import-influence-scale-help")
    )]
    pub influence_scale: Option<Scale>,
    /// What a column holds, as ROLE=HEADER (repeatable). Roles: name, id, kind, category,
    /// support, influence, slice, tags, notes, group, links, contact, uncertain, us. Naming
    /// the attitude column as support (`support=Sentiment`) takes support from its words.
    #[arg(
        long = "column",
        value_name = "ROLE=HEADER",
        value_parser = parse_column,
        help = ui().get("cli-import-column-help")
    )]
    pub columns: Vec<(ActorColumn, String)>,
    /// The row that heads the table of actors (as the spreadsheet numbers it; default: the
    /// first row that looks like a header, below titles and notes).
    #[arg(long, value_name = "N", help = ui().get("cli-import-header-row-help"))]
    pub header_row: Option<usize>,
    /// The encoding of a CSV or text file: utf-8, utf-16le, windows-1252, latin1,
    /// windows-1251... (default: read from its bytes).
    #[arg(
        long,
        value_name = "NAME",
        value_parser = parse_encoding,
        help = ui().get("cli-import-encoding-help")
    )]
    pub encoding: Option<&'static Encoding>,
    /// Merge into this session (matching actors by id, then name) instead of starting anew.
    #[arg(long, help = ui().get("cli-import-into-help"))]
    pub into: Option<PathBuf>,
    /// The session file to write (it may be the `--into` session itself).
    #[arg(long, help = ui().get("cli-import-out-help"))]
    pub out: PathBuf,
    /// Write `--out` without a lock even though the `--into` session is locked (by default
    /// it is locked with the same passphrase).
    #[arg(long, requires = "into", help = ui().get("cli-import-unlocked-help"))]
    pub unlocked: bool,
}

fn parse_format(text: &str) -> Result<SourceFormat, String> {
    SourceFormat::from_name(text)
        .ok_or_else(|| ui().with("cli-import-from-unknown", &[("text", text)]))
}

fn parse_scale(text: &str) -> Result<Scale, String> {
    Scale::from_name(text).ok_or_else(|| ui().with("cli-import-scale-unknown", &[("text", text)]))
}

fn parse_column(text: &str) -> Result<(ActorColumn, String), String> {
    let (role, header) = text
        .split_once('=')
        .ok_or_else(|| ui().with("cli-import-column-form", &[("text", text)]))?;
    let role = ActorColumn::from_name(role)
        .ok_or_else(|| ui().with("cli-import-role-unknown", &[("role", role)]))?;
    if header.trim().is_empty() {
        return Err(ui().with("cli-import-column-no-header", &[("text", text)]));
    }
    Ok((role, header.trim().to_owned()))
}

fn parse_encoding(text: &str) -> Result<&'static Encoding, String> {
    encoding_named(text).ok_or_else(|| ui().with("cli-import-encoding-unknown", &[("text", text)]))
}

/// What an import printed: the summary, and one line per problem.
pub struct ImportReport {
    /// The summary line.
    pub summary: String,
    /// One line per row or field that could not be read as asked.
    pub problems: Vec<String>,
}

/// Run the import; the error is the one line to print.
pub fn run_import(args: &ImportArgs) -> Result<ImportReport, String> {
    let fail = |e: ImportError| file_error(&args.file, &e);
    let mut inputs = vec![(args.file.as_path(), ui().get("cli-import-input-file"))];
    if let Some(relations) = &args.relations {
        inputs.push((relations.as_path(), ui().get("cli-import-input-relations")));
    }
    check_outputs(&[&args.out], &inputs).map_err(|e| e.to_string())?;
    let Source {
        tables,
        mut mapping,
        encoding,
        ..
    } = read_source(
        &args.file,
        ReadOptions {
            format: args.from,
            encoding: args.encoding,
        },
        args.relations.as_deref(),
    )
    .map_err(|(file, e)| file_error(&file, &e))?;
    let mut tables = tables;
    adjust_mapping(args, &mut tables, &mut mapping).map_err(fail)?;
    let imported = import_tables(&tables, &mapping).map_err(fail)?;
    let mut how_read = Vec::new();
    if let Some(read) = encoding {
        how_read.push(ui().with(
            "cli-import-read-as",
            &[
                ("encoding", read.encoding.name()),
                ("origin", read.origin.describe()),
            ],
        ));
    }
    let header_row = tables.get(mapping.actor_sheet).and_then(|t| t.header_row);
    if let Some(row) = header_row.filter(|&r| r > 1) {
        how_read.push(ui().with("cli-import-header-row", &[("row", &row.to_string())]));
    }
    let problems: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    let waiting = imported.actors.iter().filter(|a| a.parked).count();
    let incoming = imported.into_session();
    // Read, merge and write back while holding the output: another import into the same file
    // at the same moment waits for this one instead of overwriting it.
    let _held = UpdateLock::acquire(&args.out, UPDATE_WAIT).map_err(|e| e.to_string())?;
    let (session, summary, lock) = if let Some(into) = &args.into {
        let (ours, passphrase) = load_keeping_lock(into).map_err(|e| file_error(into, &e))?;
        let plan = plan_merge(&ours, &incoming);
        let merged = apply_merge(&ours, &incoming, &plan, &[]);
        (merged, merged_summary(&plan, into), passphrase)
    } else {
        // A new session has "us"; an imported "us" (by flag or name) is that actor.
        let fresh = Session::new_with_us();
        let plan = plan_merge(&fresh, &incoming);
        let mut session = apply_merge(&fresh, &incoming, &plan, &[]);
        Language::system().adopt(&mut session);
        let summary = ui().with(
            "cli-import-new",
            &[
                ("actors", &actors(incoming.actors.len())),
                ("waiting", &waiting.to_string()),
                ("relationships", &relationships(plan.relationships_added)),
            ],
        );
        (session, summary, None)
    };
    let lock: Option<SecretString> = lock.filter(|_| !args.unlocked);
    let saved = save_file_with(&session, &args.out, lock.as_ref())
        .map_err(|e| file_error(&args.out, &e))?;
    let mut problems = problems;
    problems.extend(saved.warning(&args.out));
    let summary = wrote_line(args, lock.is_some(), &summary, &how_read);
    Ok(ImportReport { summary, problems })
}

/// What merging into the session at `into` did, for the summary line.
fn merged_summary(plan: &MergePlan, into: &Path) -> String {
    ui().with(
        "cli-import-merged",
        &[
            ("added", &plan.added.to_string()),
            ("updated", &plan.updated.to_string()),
            ("unchanged", &plan.unchanged.to_string()),
            (
                "relationships",
                &ui().counted("cli-import-new-relationships", plan.relationships_added),
            ),
            (
                "conflicts",
                &ui().counted("cli-import-differing-places", plan.conflicts.len()),
            ),
            ("path", &into.display().to_string()),
        ],
    )
}

/// The line an import prints: where it wrote, whether locked, what it did and how the file
/// was read.
fn wrote_line(args: &ImportArgs, locked: bool, summary: &str, how_read: &[String]) -> String {
    let wrote = match (locked, args.unlocked) {
        (true, _) => "cli-import-wrote-locked",
        (false, true) => "cli-import-wrote-unlocked",
        (false, false) => "cli-import-wrote",
    };
    let details: String = how_read
        .iter()
        .map(|detail| ui().with("cli-import-detail", &[("detail", detail)]))
        .collect();
    ui().with(
        wrote,
        &[
            ("path", &args.out.display().to_string()),
            ("summary", summary),
            ("details", &details),
        ],
    )
}

/// The sheets, header row, columns and scales the arguments name, over the guessed mapping.
fn adjust_mapping(
    args: &ImportArgs,
    tables: &mut [Table],
    mapping: &mut Mapping,
) -> Result<(), ImportError> {
    let sheet = |name: &str| {
        tables
            .iter()
            .position(|t| t.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| ImportError::NoSheet(name.to_owned()))
    };
    let mut sheets_named = false;
    if let Some(name) = &args.sheet {
        mapping.actor_sheet = sheet(name)?;
        sheets_named = true;
    }
    // A second file of relationships, when given, is the relationships' sheet.
    if let Some(name) = args
        .relations_sheet
        .as_ref()
        .filter(|_| args.relations.is_none())
    {
        mapping.relation_sheet = Some(sheet(name)?);
        sheets_named = true;
    }
    let (sheet_count, wanted) = (tables.len(), mapping.actor_sheet + 1);
    let no_sheet = || {
        ImportError::NoSheet(ui().with(
            "cli-import-sheet-number",
            &[
                ("number", &wanted.to_string()),
                ("count", &sheet_count.to_string()),
            ],
        ))
    };
    if let Some(row) = args.header_row {
        let table = tables.get_mut(mapping.actor_sheet).ok_or_else(no_sheet)?;
        *table = table.headed_by(row).ok_or_else(|| {
            let (first, last) = table.used_rows().unwrap_or((1, 1));
            ImportError::NoHeaderRow {
                sheet: table.name.clone(),
                row,
                first,
                last,
            }
        })?;
        sheets_named = true;
    }
    if sheets_named {
        mapping.guess_columns(tables);
    }
    let actors = tables.get(mapping.actor_sheet).ok_or_else(no_sheet)?;
    for (role, header) in &args.columns {
        let column = find_header(actors, header).ok_or_else(|| ImportError::NoColumn {
            sheet: actors.name.clone(),
            header: header.clone(),
            headers: actors.headers.clone(),
        })?;
        // Naming the attitude column as support is the explicit choice to take support from
        // its words; it stays the slice's column too.
        if *role == ActorColumn::Support && mapping.column_of(ActorColumn::Slice) == Some(column) {
            mapping.support_from_slice = true;
        } else {
            mapping.assign(column, *role);
        }
    }
    // Scales follow the columns as named.
    if let Some(scale) = mapping.column_scale(actors, ActorColumn::Support) {
        mapping.support_scale = scale;
    }
    if let Some(scale) = mapping.column_scale(actors, ActorColumn::Influence) {
        mapping.influence_scale = scale;
    }
    if let Some(scale) = args.support_scale {
        mapping.support_scale = scale;
    }
    if let Some(scale) = args.influence_scale {
        mapping.influence_scale = scale;
    }
    Ok(())
}

/// The column headed `header`: as written (ignoring case and surrounding spaces), else
/// ignoring accents and punctuation too, else without its unit ("Influence" finds
/// "Influence (1-5)").
fn find_header(table: &Table, header: &str) -> Option<usize> {
    let wanted = fold(header);
    table
        .column(header)
        .or_else(|| table.headers.iter().position(|h| fold(h) == wanted))
        .or_else(|| {
            table
                .headers
                .iter()
                .position(|h| fold(split_unit(h).0) == wanted)
        })
}
