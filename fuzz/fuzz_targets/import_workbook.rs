//! Any bytes as a workbook to import (.xlsx, .xlsb, .xls, .ods): read as tables or refused with
//! a reason, never a panic or a grid beyond the cell limit. Seed it with real workbooks (see
//! README): random bytes rarely make a zip or a compound file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap::exchange::{MAX_CELLS, workbook_tables};

/// Inputs past this are skipped, so the fuzzer tries more shapes per second.
const MAX_INPUT: usize = 256 * 1024;

fuzz_target!(|bytes: &[u8]| {
    if bytes.len() > MAX_INPUT {
        return;
    }
    if let Ok(tables) = workbook_tables(bytes.to_vec()) {
        let cells: usize = tables
            .iter()
            .map(|t| t.rows.len().saturating_add(1).saturating_mul(t.headers.len()))
            .sum();
        assert!(cells <= MAX_CELLS, "{cells} cells");
    }
});
