//! The command line: `powermap [FILE]` opens the app; `check`, `export` and `import` work
//! without a window.

mod check;
mod exit;
mod export;
mod import;
mod passphrase;
mod room;

pub use check::{check_file, check_files};
pub use exit::Exit;
pub use export::{ExportArgs, run_export};
pub use import::{ImportArgs, ImportReport, run_import};
pub use passphrase::{PASSPHRASE_VAR, load_for_cli};
pub use room::{RoomArgs, run_room};

use crate::words::ui;
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// powermap: place the actors of a campaign on a power map. (The help texts are the
/// interface's words, set in the attributes; these doc comments are for the code.)
#[derive(Debug, Parser)]
#[command(
    name = "powermap",
    version,
    about = ui().get("cli-about"),
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; with none, the app opens.
    #[command(subcommand)]
    pub subcommand: Option<Subcommand>,
    /// A session file to open in the app (default: the last one).
    #[arg(help = ui().get("cli-file-help"))]
    pub file: Option<PathBuf>,
}

/// The subcommands that run without a window (not to be confused with the app's
/// `Command`s, the menu entries and shortcuts).
#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
    /// Check session files without opening a window: one line per file; exit 1 if any is bad.
    #[command(about = ui().get("cli-check-about"))]
    Check {
        /// The session files to check.
        #[arg(required = true, help = ui().get("cli-check-files-help"))]
        files: Vec<PathBuf>,
    },
    /// Export a session as a report page (PNG, SVG or PDF), or its data as CSV.
    #[command(about = ui().get("cli-export-about"))]
    Export(ExportArgs),
    /// Import a spreadsheet, a Kumu project or an Oligrapher map into a session file.
    #[command(about = ui().get("cli-import-about"))]
    Import(ImportArgs),
    /// Open the room without a window: phones on the local network place the actors, and on
    /// Ctrl+C or the time limit the round is written into the session file.
    #[command(about = ui().get("cli-room-about"))]
    Room(RoomArgs),
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
                .map_or(ui().get("cli-bad-arguments"), |l| {
                    l.trim_start_matches("error: ")
                });
            eprintln!("{}", error_line(first));
            return Exit::BadArguments.into();
        }
    };
    match cli.subcommand {
        Some(Subcommand::Check { files }) => {
            let mut out = std::io::stdout().lock();
            check_files(&files, &mut out)
        }
        Some(Subcommand::Export(args)) => match run_export(&args) {
            Ok(line) => {
                println!("{line}");
                ExitCode::SUCCESS
            }
            Err(line) => {
                eprintln!("{}", error_line(&line));
                ExitCode::FAILURE
            }
        },
        Some(Subcommand::Import(args)) => match run_import(&args) {
            Ok(report) => {
                println!("{}", report.summary);
                for problem in &report.problems {
                    eprintln!("{problem}");
                }
                // Written, but not every row as the file asked: say so to scripts too.
                if report.problems.is_empty() {
                    Exit::Done.into()
                } else {
                    Exit::ImportedWithProblems.into()
                }
            }
            Err(line) => {
                eprintln!("{}", error_line(&line));
                ExitCode::FAILURE
            }
        },
        Some(Subcommand::Room(args)) => match run_room(&args) {
            Ok(line) => {
                println!("{line}");
                Exit::Done.into()
            }
            Err(line) => {
                eprintln!("{}", error_line(&line));
                Exit::Failed.into()
            }
        },
        None => crate::app::run(cli.file),
    }
}

/// An error line as the command prints it: "powermap: " and what is wrong.
fn error_line(message: &str) -> String {
    ui().with("cli-error-line", &[("message", message)])
}

/// A message about a file named on the command line: its path, then what is wrong.
fn file_error(path: &std::path::Path, error: &dyn std::fmt::Display) -> String {
    ui().with(
        "cli-file-error",
        &[
            ("path", &path.display().to_string()),
            ("error", &error.to_string()),
        ],
    )
}

/// A count of actors, "1 actor" or "3 actors".
fn actors(count: usize) -> String {
    ui().counted("cli-actors", count)
}

/// A count of relationships, "1 relationship" or "3 relationships".
fn relationships(count: usize) -> String {
    ui().counted("cli-relationships", count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every text `--help` shows about a command, an argument or a value.
    fn help_texts(command: &clap::Command, out: &mut Vec<String>) {
        out.extend(command.get_about().map(ToString::to_string));
        for arg in command.get_arguments() {
            out.extend(arg.get_help().map(ToString::to_string));
            let values = arg
                .get_value_parser()
                .possible_values()
                .into_iter()
                .flatten();
            out.extend(values.filter_map(|v| v.get_help().map(ToString::to_string)));
        }
        for sub in command.get_subcommands() {
            help_texts(sub, out);
        }
    }

    #[test]
    fn every_help_text_is_found_in_the_words_and_none_was_lost() {
        let mut texts = Vec::new();
        help_texts(&Cli::command(), &mut texts);
        // The program's about and its 4 commands', FILE, check's FILES, export's 17 options
        // and 10 values, import's 13 options, room's about, FILE, 6 options and 6 values.
        assert_eq!(texts.len(), 60, "{texts:#?}");
        // A message missing from the files would show as its id.
        for text in &texts {
            assert!(ui().ids().all(|id| id != text), "no message for {text}");
        }
        assert!(texts.contains(&"The file format".to_owned()), "{texts:#?}");
    }

    #[test]
    fn counts_and_lines_read_as_before() {
        assert_eq!(actors(1), "1 actor");
        assert_eq!(relationships(0), "0 relationships");
        assert_eq!(error_line("bad arguments"), "powermap: bad arguments");
        assert_eq!(
            ui().with("cli-passphrase-prompt", &[("path", "m.json")]),
            "Passphrase for m.json: "
        );
        assert_eq!(
            ui().counted_with("cli-export-wrote", 1024, &[("path", "m.png")]),
            "wrote m.png (1024 bytes)"
        );
    }
}
