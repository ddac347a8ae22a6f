//! The command line: `powermap [FILE]` opens the app; `check`, `export` and `import` work
//! without a window.

mod check;
mod export;
mod import;
mod passphrase;

pub use check::{check_file, check_files};
pub use export::{ExportArgs, run_export};
pub use import::{ImportArgs, ImportReport, run_import};
pub use passphrase::{PASSPHRASE_VAR, load_for_cli};

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// powermap: place the actors of a campaign on a power map.
#[derive(Debug, Parser)]
#[command(
    name = "powermap",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; with none, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A session file to open in the app (default: the last one).
    pub file: Option<PathBuf>,
}

/// The commands that run without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check session files without opening a window: one line per file; exit 1 if any is bad.
    Check {
        /// The session files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export a session as a report page (PNG, SVG or PDF), or its data as CSV.
    Export(ExportArgs),
    /// Import a spreadsheet, a Kumu project or an Oligrapher map into a session file.
    Import(ImportArgs),
}

/// Parse the arguments and run what they ask for.
pub fn main() -> ExitCode {
    crate::words::set_interface_language(crate::words::Language::system());
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error)
            if matches!(
                error.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) =>
        {
            error.exit()
        }
        Err(error) => {
            // One line that says what is wrong; `--help` has the rest.
            let text = error.render().to_string();
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("error: bad arguments");
            eprintln!("powermap: {}", first.trim_start_matches("error: "));
            return ExitCode::from(2);
        }
    };
    match cli.command {
        Some(Command::Check { files }) => {
            let mut out = std::io::stdout().lock();
            check_files(&files, &mut out)
        }
        Some(Command::Export(args)) => match run_export(&args) {
            Ok(line) => {
                println!("{line}");
                ExitCode::SUCCESS
            }
            Err(line) => {
                eprintln!("powermap: {line}");
                ExitCode::FAILURE
            }
        },
        Some(Command::Import(args)) => match run_import(&args) {
            Ok(report) => {
                println!("{}", report.summary);
                for problem in &report.problems {
                    eprintln!("{problem}");
                }
                // Written, but not every row as the file asked: say so to scripts too.
                if report.problems.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(3)
                }
            }
            Err(line) => {
                eprintln!("powermap: {line}");
                ExitCode::FAILURE
            }
        },
        None => crate::app::run(cli.file),
    }
}
