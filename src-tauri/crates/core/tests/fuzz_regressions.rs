//! Replays the fuzzing seeds and every input that once crashed a fuzz target
//! (`fuzz/seeds/<target>/`, `fuzz/regressions/<target>/`) through the same parser and the
//! same checks as the targets: never a panic; a refused input is a typed `CoreError` that
//! names the file (and a line/column or a JSON path). See docs/fuzzing.md.

// The checks themselves live in the fuzz crate; compiled in here, so both use one copy.
#[path = "../../../../fuzz/src/lib.rs"]
mod checks;

use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// Every file under `fuzz/<kind>/<target>/`, sorted; a missing folder has none.
fn inputs(kind: &str, target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = repo_root().join("fuzz").join(kind).join(target);
    let Ok(read) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = read.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md" && n != ".gitkeep"))
        .map(|p| {
            let name = format!("fuzz/{kind}/{target}/{}", p.file_name().unwrap().to_string_lossy());
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, bytes)
        })
        .collect()
}

/// Runs `check` on every seed and regression input of `target`; returns the names accepted.
fn replay(target: &str, check: fn(&str, &[u8]) -> bool) -> Vec<String> {
    let seeds = inputs("seeds", target);
    assert!(seeds.len() >= 5, "fuzz/seeds/{target}/ has only {} files", seeds.len());
    let mut accepted = Vec::new();
    for (name, bytes) in seeds.into_iter().chain(inputs("regressions", target)) {
        if check(&name, &bytes) {
            accepted.push(name);
        }
    }
    accepted
}

/// The seeds meant to be valid must stay valid, or the fuzzer starts from nothing.
fn assert_accepted(target: &str, accepted: &[String], expected: &[&str]) {
    for name in expected {
        let name = format!("fuzz/seeds/{target}/{name}");
        assert!(accepted.contains(&name), "{name} is refused; it is meant to be a valid seed");
    }
}

#[test]
fn framework_toml() {
    let accepted = replay("framework_toml", checks::check_framework);
    assert_accepted("framework_toml", &accepted, &["innovation-readiness.toml", "service-integration.toml", "minimal-valid.toml"]);
}

#[test]
fn exchange_json() {
    let accepted = replay("exchange_json", checks::check_exchange);
    assert_accepted(
        "exchange_json",
        &accepted,
        &[
            "interview-wadi-health.mizan.json",
            "self-bahr-municipality.mizan.json",
            "self-sahiliya-revenue.mizan.json",
            "minimal-valid.mizan.json",
            "bom.mizan.json",
        ],
    );
}

#[test]
fn benchmark_pack() {
    let accepted = replay("benchmark_pack", checks::check_pack);
    assert_accepted("benchmark_pack", &accepted, &["valid-service-integration.pack.json", "valid-innovation-readiness.pack.json", "bom.pack.json"]);
}
