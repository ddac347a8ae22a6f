//! `powermap export`: write a report page of a session as PNG, SVG or PDF without a window
//! (a PDF may add the alliance plan on pages after the map), the alliance plan as Markdown,
//! or its actors and relationships as CSV for spreadsheets.

use super::passphrase::load_keeping_lock;
use super::{actors, file_error, relationships};
use crate::exchange::{Notes, SessionLock};
use crate::model::LanguageCode;
use crate::render::{ExportFormat, ExportRequest, PixelSize, export};
use crate::scene::{PageView, Paper};
use crate::storage::{ExportFiles, write_export_files};
use crate::words::{Language, ui};
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};

/// The views, as the command line names them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ViewArg {
    /// The power map.
    #[value(help = ui().get("cli-export-view-power"))]
    Power,
    /// The spectrum of allies.
    #[value(help = ui().get("cli-export-view-spectrum"))]
    Spectrum,
    /// Both, side by side on one landscape page.
    #[value(help = ui().get("cli-export-view-both"))]
    Both,
}

/// The formats, as the command line names them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    /// A raster image.
    #[value(help = ui().get("cli-export-format-png"))]
    Png,
    /// A vector image with text kept as text.
    #[value(help = ui().get("cli-export-format-svg"))]
    Svg,
    /// A one-page vector PDF.
    #[value(help = ui().get("cli-export-format-pdf"))]
    Pdf,
    /// The actors as CSV, and the relationships in a second CSV file beside it
    /// (`NAME-relationships.csv`).
    #[value(help = ui().get("cli-export-format-csv"))]
    Csv,
    /// The alliance plan as Markdown text.
    #[value(alias = "md", help = ui().get("cli-export-format-markdown"))]
    Markdown,
}

/// Paper sizes, as the command line names them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PaperArg {
    /// A4 landscape.
    #[value(help = ui().get("cli-export-paper-iso"))]
    A4,
    /// US Letter landscape.
    #[value(help = ui().get("cli-export-paper-letter"))]
    Letter,
}

/// The options of `powermap export`.
#[derive(Debug, Args)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent flags of the command line, as clap reads them"
)]
pub struct ExportArgs {
    /// The session file to export.
    #[arg(help = ui().get("cli-export-file-help"))]
    pub file: PathBuf,
    /// Which view to draw.
    #[arg(long, value_enum, default_value = "power", help = ui().get("cli-export-view-help"))]
    pub view: ViewArg,
    /// The file format.
    #[arg(long, value_enum, default_value = "png", help = ui().get("cli-export-format-help"))]
    pub format: FormatArg,
    /// Where to write (default: beside FILE, with the format's extension).
    #[arg(long, help = ui().get("cli-export-out-help"))]
    pub out: Option<PathBuf>,
    /// PNG resolution in dots per inch on the chosen paper (default 300).
    #[arg(long, conflicts_with = "size", help = ui().get("cli-export-dpi-help"))]
    pub dpi: Option<u32>,
    /// Page size in pixels, as `WxH` (for slides: `1920x1080`); for SVG and PDF it replaces
    /// the paper size.
    #[arg(long, value_parser = parse_size, help = ui().get("cli-export-size-help"))]
    pub size: Option<(u32, u32)>,
    /// Paper size for PDF and SVG, and for PNG by resolution.
    #[arg(long, value_enum, default_value = "a4", help = ui().get("cli-export-paper-help"))]
    pub paper: PaperArg,
    /// Replace every name with a code (A1, A2, ...) and leave notes and tags out.
    #[arg(long, help = ui().get("cli-export-redact-help"))]
    pub redact: bool,
    /// With --redact: also write the codes key (code and real name) to this file.
    #[arg(long, requires = "redact", help = ui().get("cli-export-key-help"))]
    pub key: Option<PathBuf>,
    /// Include notes in the table (never with --redact).
    #[arg(long, help = ui().get("cli-export-notes-help"))]
    pub notes: bool,
    /// Add a table of actors with their strategy, slice and aim.
    #[arg(long, help = ui().get("cli-export-table-help"))]
    pub table: bool,
    /// Draw arrows of movement since this round (its label or id).
    #[arg(long, help = ui().get("cli-export-compare-help"))]
    pub compare: Option<String>,
    /// Draw the room's spread of this placement round (its id, the time the room opened, or
    /// `last`).
    #[arg(long, value_name = "ROUND", help = ui().get("cli-export-spread-help"))]
    pub spread: Option<String>,
    /// The title at the top of the page (default: the campaign's; with --redact, "Power
    /// map" in the map's language, as campaign titles often name people).
    #[arg(long, help = ui().get("cli-export-title-help"))]
    pub title: Option<String>,
    /// Add the alliance plan after the map, on pages of its own (PDF only).
    #[arg(long, help = ui().get("cli-export-alliance-help"))]
    pub alliance: bool,
    /// Show the partners' ratings in the alliance plan (with --notes, their notes too).
    #[arg(long, help = ui().get("cli-export-ratings-help"))]
    pub ratings: bool,
    /// The language of the map's words (en, fr, es or ar), in place of the session's own.
    /// CSV files are written in English whatever the language.
    #[arg(long, value_parser = parse_language, help = ui().get("cli-export-lang-help"))]
    pub lang: Option<Language>,
}

fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_code(text).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        ui().with(
            "cli-lang-unknown",
            &[("code", text), ("codes", &known.join(", "))],
        )
    })
}

fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| ui().get("cli-size-form").to_owned())?;
    let parse = |v: &str| {
        v.trim()
            .parse::<u32>()
            .map_err(|_| ui().with("cli-size-not-number", &[("text", v)]))
    };
    Ok((parse(w)?, parse(h)?))
}

/// Run the export; the error is the one line to print.
pub fn run_export(args: &ExportArgs) -> Result<String, String> {
    // Refused before a passphrase is asked for or anything drawn: an image holds one page.
    if args.alliance && matches!(args.format, FormatArg::Png | FormatArg::Svg) {
        return Err(crate::render::ExportError::AllianceNeedsPages.to_string());
    }
    let (mut session, passphrase) =
        load_keeping_lock(&args.file).map_err(|e| file_error(&args.file, &e))?;
    if let Some(language) = args.lang {
        session.language = LanguageCode(language.code().to_owned());
    }
    let locked = passphrase.is_some();
    let format = match args.format {
        FormatArg::Png => ExportFormat::Png,
        FormatArg::Svg => ExportFormat::Svg,
        FormatArg::Pdf => ExportFormat::Pdf,
        FormatArg::Markdown => ExportFormat::Markdown,
        FormatArg::Csv => return export_csv(args, &session, locked),
    };

    let request = ExportRequest {
        view: match args.view {
            ViewArg::Power => PageView::PowerMap,
            ViewArg::Spectrum => PageView::Spectrum,
            ViewArg::Both => PageView::Both,
        },
        format,
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        pixels: match (args.size, args.dpi) {
            (Some((w, h)), _) => PixelSize::Exact(w, h),
            (None, Some(dpi)) => PixelSize::Dpi(dpi),
            (None, None) => PixelSize::Dpi(300),
        },
        redact: args.redact,
        notes: args.notes,
        table: args.table,
        compare_round: args.compare.clone(),
        spread_round: args.spread.clone(),
        title: args.title.clone().unwrap_or_default(),
        alliance: args.alliance,
        ratings: args.ratings,
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| beside(&args.file, format.extension()));
    // Refuse a bad destination before the work of drawing the page.
    let mut outputs = vec![out.as_path()];
    outputs.extend(args.key.as_deref());
    let exported = ui().get("storage-input-session-exported");
    crate::storage::check_outputs(&outputs, &[(&args.file, exported)])
        .map_err(|e| e.to_string())?;
    let output = export(&session, &request).map_err(|e| e.to_string())?;
    let mut files = vec![(out.as_path(), output.bytes.as_slice())];
    if let (Some(key_path), Some(key)) = (&args.key, &output.key) {
        files.push((key_path.as_path(), key.as_bytes()));
    }
    write_export_files(&ExportFiles {
        files,
        session_file: Some(&args.file),
        locked,
    })
    .map_err(|e| e.to_string())?;
    Ok(ui().counted_with(
        "cli-export-wrote",
        output.bytes.len(),
        &[("path", &out.display().to_string())],
    ))
}

/// Where an export goes by default: beside the session, named as it is with `extension` in
/// place of `.json`, or of the whole `.powermap.json` (`river.powermap.json` gives `river.png`).
fn beside(session: &Path, extension: &str) -> PathBuf {
    let name = session.file_name().map(|n| n.to_string_lossy());
    let double = format!(".{}", crate::desktop::SESSION_EXTENSION);
    match name.as_deref().and_then(|n| n.strip_suffix(&double)) {
        Some(stem) if !stem.is_empty() => session.with_file_name(format!("{stem}.{extension}")),
        _ => session.with_extension(extension),
    }
}

/// The actors to `--out` (default: beside FILE as `.csv`), the relationships beside them.
fn export_csv(
    args: &ExportArgs,
    session: &crate::model::Session,
    locked: bool,
) -> Result<String, String> {
    if args.redact {
        return Err(ui().get("cli-export-csv-redact").to_owned());
    }
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| beside(&args.file, "csv"));
    let notes = if args.notes {
        Notes::Written
    } else {
        Notes::LeftOut
    };
    let lock = if locked {
        SessionLock::Locked
    } else {
        SessionLock::Unlocked
    };
    let relations = crate::exchange::write_csv_export(session, &out, notes, Some(&args.file), lock)
        .map_err(|e| e.to_string())?;
    Ok(ui().with(
        "cli-export-wrote-csv",
        &[
            ("actors-path", &out.display().to_string()),
            ("actors", &actors(session.actors.len())),
            ("relationships-path", &relations.display().to_string()),
            ("relationships", &relationships(session.relationships.len())),
        ],
    ))
}
