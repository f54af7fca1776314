//! Shared by the report's tests and its benchmark: a temporary database holding the
//! sample exchange files, about twenty synthetic final peer assessments and two earlier
//! final assessments of the interview sample's agency (its trend).

#![allow(dead_code)]

use chrono::{TimeZone, Utc};
use mizan_core::benchmark::PeerFilter;
use mizan_core::model::*;
use mizan_core::test_support::{synthetic, Lcg};
use mizan_core::{exchange, Catalog, Framework, Lang, Store};
use mizan_report::{build_input, Paper, ReportInput};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..").canonicalize().expect("repo root")
}

pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

pub const INTERVIEW: &str = "interview-wadi-health.mizan.json";

const COUNTRIES: [&str; 7] = ["JO", "TN", "LB", "EG", "MA", "OM", "DZ"];
const SECTORS: [&str; 4] = ["health", "finance", "municipal", "education"];

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub store: Store,
}

/// A database with the sample files, `peers` synthetic final peers and the interview
/// sample's two earlier final assessments.
pub fn store_with_peers(peers: usize) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("mizan.db"), Catalog::builtin()).expect("open store");
    for f in ["interview-wadi-health.mizan.json", "self-bahr-municipality.mizan.json", "self-sahiliya-revenue.mizan.json"] {
        store.import_file(&fixture(f)).expect("import sample");
    }
    let fw = store.catalog().require("innovation-readiness", None).expect("framework").clone();
    for i in 0..peers {
        let mut rnd = Lcg::new(1000 + i as u64);
        let agency = AgencyInfo {
            id: None,
            name: format!("Peer Agency {:02}", i + 1),
            sector: SECTORS[i % SECTORS.len()].into(),
            country: COUNTRIES[i % COUNTRIES.len()].into(),
            size: if i % 3 == 0 { "large".into() } else { "medium".into() },
            tags: vec!["synthetic".into()],
        };
        let bias = 1.6 + rnd.unit() * 2.6;
        let doc = synthetic(&fw, 100 + i as u64, agency, bias, 2025, &format!("Peer Agency {:02} — 2025", i + 1));
        store.import(doc).expect("import peer");
    }
    // The interview sample's agency assessed itself in 2024 and 2025.
    let wadi = exchange::read_file(&fixture(INTERVIEW), store.catalog()).expect("read sample").0.assessment.agency;
    for (k, (year, bias)) in [(2024, 1.7), (2025, 2.2)].into_iter().enumerate() {
        let doc = synthetic(&fw, 900 + k as u64, wadi.clone(), bias, year, &format!("Wadi Health Services Authority — {year}"));
        store.import(doc).expect("import earlier assessment");
    }
    Fixture { dir, store }
}

/// The report input for the interview sample (read from its file, not the store).
pub fn interview_input(fx: &Fixture, lang: Lang, paper: Paper) -> ReportInput {
    let (doc, fw): (AssessmentDoc, Arc<Framework>) = exchange::read_file(&fixture(INTERVIEW), fx.store.catalog()).expect("read sample");
    let mut input = build_input(&fx.store, doc, fw, &PeerFilter::default(), lang, paper).expect("build input");
    input.generated_at = Utc.with_ymd_and_hms(2026, 3, 11, 8, 0, 0).single().expect("date");
    input
}
