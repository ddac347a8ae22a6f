//! Any bytes as a CSV file to import, in whatever encoding they look like: read as a table or
//! refused with a reason, never a panic; every row comes out as wide as the header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap::exchange::csv_table;

/// Inputs past this are skipped: the reader's limits are tested elsewhere, and short inputs
/// let the fuzzer try more shapes per second.
const MAX_INPUT: usize = 256 * 1024;

fuzz_target!(|bytes: &[u8]| {
    if bytes.len() > MAX_INPUT {
        return;
    }
    if let Ok((table, _)) = csv_table("fuzz", bytes, None) {
        assert!(table.rows.iter().all(|row| row.len() == table.headers.len()));
        assert_eq!(table.rows.len(), table.row_numbers.len());
    }
});
