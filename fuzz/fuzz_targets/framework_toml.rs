//! Framework TOML (`Framework::from_bytes`): never a panic; a refusal names the file,
//! with a line and column. See fuzz/src/lib.rs for the checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mizan_fuzz::check_framework("fuzz-input.toml", data);
});
