//! The files of the package made from the code, so that none is written by hand and none
//! drifts: man pages (`clap_mangen`) and shell completions (`clap_complete`) from the command
//! line's definitions, and the icon's PNGs. `cargo run --release --example packaging` writes
//! them under `assets/packaging/`; `tests/suite/packaging.rs` fails when those differ from these.

use super::icon::{ICON_SIZES, icon_png};
use crate::cli::{Cli, Exit};
use crate::words::{Language, set_interface_language, ui};
use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::roff::{Roff, roman};
use std::path::PathBuf;

/// One generated file: where it lives under `assets/packaging/`, and its bytes.
#[derive(Debug)]
pub struct GeneratedFile {
    /// The path under `assets/packaging/`.
    pub path: PathBuf,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

/// Every generated file, in English (man pages and completions describe the command in the
/// package's one language; the interface follows the system's language at run time).
pub fn generated_files() -> Result<Vec<GeneratedFile>, String> {
    set_interface_language(Language::English);
    let mut files = man_pages().map_err(|e| e.to_string())?;
    files.extend(completions());
    for size in ICON_SIZES {
        files.push(GeneratedFile {
            path: PathBuf::from(format!("icons/{size}.png")),
            bytes: icon_png(size)?,
        });
    }
    Ok(files)
}

/// `powermap.1` and one page per subcommand (`powermap-check.1`...), as `clap_mangen`'s own
/// `generate_to` names them, with the exit statuses on the program's page.
fn man_pages() -> std::io::Result<Vec<GeneratedFile>> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let source = format!("powermap {}", env!("CARGO_PKG_VERSION"));
    let mut pages = Vec::new();
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let man = clap_mangen::Man::new(sub.clone()).source(source.clone());
        let mut bytes = Vec::new();
        man.render(&mut bytes)?;
        pages.push(GeneratedFile {
            path: PathBuf::from("man").join(man.get_filename()),
            bytes,
        });
    }
    let man = clap_mangen::Man::new(command).source(source);
    let mut bytes = Vec::new();
    man.render(&mut bytes)?;
    exit_statuses().to_writer(&mut bytes)?;
    pages.push(GeneratedFile {
        path: PathBuf::from("man").join(man.get_filename()),
        bytes,
    });
    Ok(pages)
}

/// The man page's EXIT STATUS section, one tagged paragraph per status.
fn exit_statuses() -> Roff {
    let mut roff = Roff::default();
    roff.control("SH", [ui().get("cli-man-exit-heading")]);
    for exit in Exit::ALL {
        roff.control("TP", []);
        roff.text([roman(exit.code().to_string())]);
        roff.text([roman(ui().get(exit.meaning_id()))]);
    }
    roff
}

/// Completions for bash, zsh and fish, named as each shell looks them up.
fn completions() -> Vec<GeneratedFile> {
    [
        (Shell::Bash, "powermap.bash"),
        (Shell::Zsh, "_powermap"),
        (Shell::Fish, "powermap.fish"),
    ]
    .into_iter()
    .map(|(shell, name)| {
        let mut bytes = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "powermap", &mut bytes);
        GeneratedFile {
            path: PathBuf::from("completions").join(name),
            bytes,
        }
    })
    .collect()
}
