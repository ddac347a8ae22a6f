//! The powermap binary: parse arguments, then hand off to the app or the command line.

fn main() -> std::process::ExitCode {
    powermap::cli::main()
}
