//! The powermap binary: parse arguments, then hand off to the app or the command line.

/// Every frame builds and drops meshes of many megabytes; mimalloc keeps that memory ready
/// for the next frame, where the system allocator hands it back and faults it in again.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    powermap::cli::main()
}
