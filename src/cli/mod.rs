//! The command line: `powermap [FILE]` opens the app, `powermap check FILE...` validates files.

mod check;

pub use check::{check_file, check_files};

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
}

/// Parse the arguments and run what they ask for.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => {
            let mut out = std::io::stdout().lock();
            check_files(&files, &mut out)
        }
        None => crate::app::run(cli.file),
    }
}
