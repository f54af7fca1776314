//! Benchmark pack (`store::parse_pack`, then `Store::import_pack` into an in-memory
//! database): never a panic; a refusal names the file and a JSON path.
//! See fuzz/src/lib.rs for the checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mizan_fuzz::check_pack("fuzz-input.pack.json", data);
});
