//! The checks every fuzz target makes, in one place.
//!
//! The rule: an untrusted input never makes a parser panic; a refused input gives a typed
//! `CoreError` whose message names a place (the file name given to the parser, plus a line
//! and column for TOML or a JSON path for JSON). An accepted input round-trips.
//!
//! This file is also compiled into mizan-core's `tests/fuzz_regressions.rs` (through
//! `#[path]`), so the regression test replays the seeds and crash inputs through exactly
//! these checks. It therefore uses nothing but `std` and `mizan_core`.

use mizan_core::store::{parse_pack, Pack};
use mizan_core::{exchange, Catalog, CoreError, Framework, Lang, Store};
use std::sync::{Mutex, OnceLock};

/// The built-in catalog, built once per process.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::builtin)
}

/// An in-memory store (built-in catalog) that packs are imported into, built once.
fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    STORE.get_or_init(|| Mutex::new(Store::open_in_memory(Catalog::builtin()).expect("an in-memory store opens")))
}

/// Lines in `bytes` as an editor counts them (a final line without a newline counts).
fn line_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count() + 1
}

/// The message is not blank and names `file`.
fn assert_names_file(file: &str, e: &CoreError) -> String {
    let msg = e.to_string();
    assert!(!msg.trim().is_empty(), "{file}: the error message is empty ({e:?})");
    assert!(msg.contains(file), "the error message does not name the file `{file}`: {msg}");
    msg
}

/// A refused JSON input: `InvalidExchange` naming the file and a non-empty JSON path.
fn assert_json_refusal(file: &str, e: &CoreError) {
    assert_names_file(file, e);
    match e {
        CoreError::InvalidExchange { file: f, path, problem } => {
            assert_eq!(f, file, "the error names another file");
            assert!(!path.trim().is_empty(), "{file}: the error has no JSON path: {e}");
            assert!(!problem.to_string().trim().is_empty(), "{file}: the error has no message: {e}");
            assert!(problem.key().starts_with("err-"), "{file}: the problem has no catalog key: {e}");
        }
        other => panic!("{file}: expected an InvalidExchange error, got {other:?}"),
    }
}

/// Framework TOML: `Framework::from_bytes`. True when the framework is accepted.
pub fn check_framework(file: &str, bytes: &[u8]) -> bool {
    match Framework::from_bytes(file, bytes) {
        Err(e) => {
            assert_names_file(file, &e);
            let CoreError::InvalidFramework(diagnostics) = &e else {
                panic!("{file}: expected an InvalidFramework error, got {e:?}");
            };
            assert!(!diagnostics.is_empty(), "{file}: an InvalidFramework error without a diagnostic");
            let lines = line_count(bytes);
            for d in diagnostics {
                assert_eq!(d.file, file, "a diagnostic names another file: {d}");
                assert!(d.line >= 1 && d.line <= lines, "{d}: line out of the file's 1..={lines}");
                assert!(d.column >= 1, "{d}: column 0");
                assert!(!d.message.trim().is_empty(), "{d}: empty message");
            }
            false
        }
        Ok(fw) => {
            // What the rest of the engine relies on once a framework is accepted.
            let levels = usize::from(fw.level_count());
            assert!((2..=9).contains(&levels), "{file}: accepted with {levels} levels");
            assert!(!fw.dimensions.is_empty() && !fw.questions.is_empty(), "{file}: accepted empty");
            for (i, q) in fw.questions.iter().enumerate() {
                assert_eq!(fw.question_position(&q.id), Some(i), "{file}: question `{}` index", q.id);
                let d = fw.dimension_of(i);
                assert_eq!(fw.dimensions[d].id, q.dimension, "{file}: question `{}` dimension", q.id);
                assert_eq!(q.levels.len(), levels, "{file}: question `{}` level descriptors", q.id);
                assert_eq!(q.recommendations.len(), levels, "{file}: question `{}` recommendations", q.id);
                assert!(q.weight.is_finite() && q.weight > 0.0, "{file}: question `{}` weight", q.id);
            }
            for d in &fw.dimensions {
                assert!(d.weight.is_finite() && d.weight > 0.0, "{file}: dimension `{}` weight", d.id);
            }
            // The shell sends it to the webview as JSON.
            let json = serde_json::to_string(&fw).expect("a framework serializes");
            assert!(!json.is_empty());
            true
        }
    }
}

/// Exchange file (JSON assessment): `exchange::parse` against the built-in catalog.
/// True when the file is accepted.
pub fn check_exchange(file: &str, bytes: &[u8]) -> bool {
    let cat = catalog();
    match exchange::parse(file, bytes, cat) {
        Err(e) => {
            assert_json_refusal(file, &e);
            false
        }
        Ok((doc, fw)) => {
            // Accepted as written: it writes back byte-identically and reads again.
            let out = exchange::to_bytes(&doc);
            let again = "round-trip.mizan.json";
            let (doc2, fw2) = exchange::parse(again, &out, cat)
                .unwrap_or_else(|e| panic!("{file}: accepted, but its export is refused: {e}"));
            assert_eq!(doc2, doc, "{file}: the document changed on a round trip");
            assert_eq!(exchange::to_bytes(&doc2), out, "{file}: the export is not stable");
            assert!(std::sync::Arc::ptr_eq(&fw, &fw2), "{file}: another framework on a round trip");

            // As the store keeps it (timestamps normalised): its export must read again too.
            let mut normalized = doc.clone();
            exchange::normalize(&mut normalized);
            let out = exchange::to_bytes(&normalized);
            if let Err(e) = exchange::parse(again, &out, cat) {
                panic!("{file}: accepted, but refused once its timestamps are normalised: {e}");
            }

            // Scoring is total on any accepted document.
            let scores = mizan_core::score(&fw, &doc, Lang::En);
            let _ = serde_json::to_string(&scores).expect("scores serialize");
            true
        }
    }
}

/// Benchmark pack (JSON): `store::parse_pack`, then `Store::import_pack` into an
/// in-memory database. True when the pack is accepted and imported.
pub fn check_pack(file: &str, bytes: &[u8]) -> bool {
    let pack: Pack = match parse_pack(file, bytes) {
        Err(e) => {
            assert_json_refusal(file, &e);
            return false;
        }
        Ok(p) => p,
    };
    // What `mizan pack export` writes must read again.
    let out = serde_json::to_vec_pretty(&pack).expect("a pack serializes");
    let again = "round-trip.pack.json";
    if let Err(e) = parse_pack(again, &out) {
        panic!("{file}: accepted, but its export is refused: {e}");
    }

    let mut store = store().lock().unwrap_or_else(|p| p.into_inner());
    match store.import_pack(file, pack) {
        Err(e) => {
            assert_json_refusal(file, &e);
            false
        }
        Ok(_) => {
            // Keep the database small; the next input starts from an empty table.
            store.connection().execute("DELETE FROM pack_peers", []).expect("pack_peers is emptied");
            true
        }
    }
}
