//! Exchange file (`exchange::parse` with the built-in catalog): never a panic; a refusal
//! names the file and a JSON path; an accepted file round-trips through `to_bytes`.
//! See fuzz/src/lib.rs for the checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: {
    // Parse the built-in frameworks before the first input, not inside it.
    let _ = mizan_fuzz::catalog();
}, |data: &[u8]| {
    let _ = mizan_fuzz::check_exchange("fuzz-input.mizan.json", data);
});
