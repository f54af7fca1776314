//! Shared by the report's tests and its benchmark: a temporary database holding the
//! sample exchange files, about twenty synthetic final peer assessments and two earlier
//! final assessments of the interview sample's agency (its trend).

#![allow(dead_code)]

use chrono::{TimeZone, Utc};
use mizan_core::benchmark::PeerFilter;
use mizan_core::model::*;
use mizan_core::{exchange, Catalog, Framework, Lang, Store};
use mizan_report::{build_input, Paper, ReportInput};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use uuid::Uuid;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..").canonicalize().expect("repo root")
}

pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

pub const INTERVIEW: &str = "interview-wadi-health.mizan.json";

/// A small deterministic generator (no `rand` dependency for tests).
pub struct Lcg(u64);
impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407))
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

fn ts(year: i32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}T10:00:00.000Z")
}

/// A final single-respondent assessment whose levels centre on `bias` (1..5) with
/// per-dimension and per-question noise.
pub fn synthetic(fw: &Framework, seed: u64, agency: AgencyInfo, bias: f64, year: i32, title: &str) -> AssessmentDoc {
    let mut rnd = Lcg::new(seed);
    let respondent = Respondent { id: Uuid::from_u128(0xabc0_0000_0000_4000_8000_0000_0000_0000 + seed as u128), name: format!("Respondent {seed}"), role: "Director".into(), unit: "Strategy".into(), interviewed_on: None };
    let dim_bias: Vec<f64> = fw.dimensions.iter().map(|_| bias + (rnd.unit() - 0.5) * 2.0).collect();
    let mut answers = Vec::new();
    for (qi, q) in fw.questions.iter().enumerate() {
        let b = dim_bias[fw.dimension_of(qi)] + (rnd.unit() - 0.5) * 1.6;
        let level = b.round().clamp(1.0, fw.level_count() as f64) as u8;
        answers.push(Answer {
            respondent: respondent.id,
            question: q.id.clone(),
            level: Some(level),
            not_applicable: false,
            note: String::new(),
            evidence: String::new(),
            updated_at: ts(year, 3, 1),
        });
    }
    AssessmentDoc {
        format: EXCHANGE_FORMAT.into(),
        format_version: EXCHANGE_FORMAT_VERSION,
        framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
        assessment: AssessmentMeta {
            id: Uuid::from_u128(0x5eed_0000_0000_4000_8000_0000_0000_0000 + seed as u128),
            title: title.into(),
            mode: Mode::SelfAssessment,
            status: Status::Final,
            agency,
            targets: Default::default(),
            created_at: ts(year, 2, 1),
            updated_at: ts(year, 3, 1),
            finalized_at: Some(ts(year, 3, 2)),
        },
        respondents: vec![respondent],
        answers,
        consensus: Vec::new(),
    }
}

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
