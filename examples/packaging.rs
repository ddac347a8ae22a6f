//! Write the package's generated files (man pages, shell completions, icon PNGs) under
//! `assets/packaging/`. Run it after changing the command line or the icon:
//! `cargo run --release --example packaging`; `tests/suite/packaging.rs` fails until it is run.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/packaging");
    let files = match powermap::desktop::generated_files() {
        Ok(files) => files,
        Err(error) => {
            eprintln!("packaging: {error}");
            return ExitCode::FAILURE;
        }
    };
    for file in files {
        let path = root.join(&file.path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &file.bytes));
        if let Err(error) = written {
            eprintln!("packaging: {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
