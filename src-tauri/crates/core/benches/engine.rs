//! Engine benchmarks (`cargo bench -p mizan-core`). Targets on the project's 2-core
//! machine: scoring 50 questions × 5 respondents under 50 µs; listing 10,000 stored
//! assessments under 50 ms.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use mizan_core::model::*;
use mizan_core::test_support::{self, T0};
use mizan_core::{exchange, scoring, Catalog, Framework, Lang, Store};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use uuid::Uuid;

mod common;

const LEVELS: [&str; 5] = ["Ad hoc", "Opportunistic", "Essential", "Sustainable", "Seamless"];

/// A framework of 50 questions over 8 dimensions, 5 levels, varied weights.
fn synthetic_framework_toml() -> String {
    let mut s = String::from("id = \"bench\"\nversion = \"1.0.0\"\ntitle = \"Bench\"\ndescription = \"Synthetic framework for benchmarks\"\n");
    for name in LEVELS {
        writeln!(s, "\n[[levels]]\nname = \"{name}\"\ndescription = \"The {name} level\"").unwrap();
    }
    for d in 0..8 {
        writeln!(s, "\n[[dimensions]]\nid = \"d{d}\"\ntitle = \"Dimension {d}\"\ndescription = \"About {d}\"\nweight = {}", 1.0 + (d % 3) as f64 * 0.5).unwrap();
    }
    for q in 0..50 {
        let levels: Vec<String> = (1..=5).map(|l| format!("\"q{q} descriptor {l}\"")).collect();
        let recs: Vec<String> = (1..=5).map(|l| format!("\"q{q} from level {l}, do this\"")).collect();
        writeln!(
            s,
            "\n[[questions]]\nid = \"d{}.q{q}\"\ndimension = \"d{}\"\ntext = \"Question {q}?\"\nguidance = \"Ask about {q}\"\nweight = {}\nlevels = [{}]\nrecommendations = [{}]\nevidence = [\"a document\"]",
            q % 8,
            q % 8,
            1.0 + (q % 4) as f64 * 0.25,
            levels.join(", "),
            recs.join(", ")
        )
        .unwrap();
    }
    s
}

/// An interview: `respondents` people answer every question (a few not applicable),
/// with two consensus entries and a target.
fn doc_for(fw: &Framework, respondents: usize) -> AssessmentDoc {
    let agency = AgencyInfo { sector: "health".into(), ..test_support::agency("Fictional Agency", "TN") };
    let mut doc = test_support::doc(fw, agency);
    doc.assessment.id = Uuid::from_u128(42);
    doc.assessment.title = "Benchmark interview".into();
    doc.assessment.mode = Mode::Interview;
    doc.assessment.targets = BTreeMap::from([(fw.dimensions[0].id.clone(), 4)]);
    doc.respondents = (0..respondents).map(|i| Respondent { role: "director".into(), unit: "unit".into(), ..test_support::respondent(Uuid::from_u128(1000 + i as u128), &format!("Official {i}")) }).collect();
    for (ri, r) in doc.respondents.iter().enumerate() {
        for (qi, q) in fw.questions.iter().enumerate() {
            let na = (qi * 7 + ri) % 23 == 0;
            let mut a = if na { test_support::not_applicable(r.id, &q.id, T0) } else { test_support::answer(r.id, &q.id, Some(((qi * 3 + ri * 2) % 5) as u8 + 1), T0) };
            a.note = format!("Note of {} on {}: evidence seen in the annual report.", r.name, q.id);
            doc.answers.push(a);
        }
    }
    doc.consensus = fw.questions.iter().take(2).map(|q| Consensus { question: q.id.clone(), level: 3, rationale: String::new(), updated_at: T0.into() }).collect();
    doc
}

fn bench_scoring(c: &mut Criterion) {
    let fw = Framework::parse("bench.toml", &synthetic_framework_toml()).expect("the synthetic framework is valid");
    assert_eq!((fw.questions.len(), fw.dimensions.len(), fw.levels.len()), (50, 8, 5));
    let doc = doc_for(&fw, 5);
    assert_eq!(doc.answers.len(), 250);
    c.bench_function("score: 50 questions x 5 respondents", |b| b.iter(|| scoring::score(black_box(&fw), black_box(&doc), Lang::En)));
}

fn bench_import(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let fw = catalog.get("innovation-readiness", None).unwrap().clone();
    let bytes = exchange::to_bytes(&doc_for(&fw, 5));
    let mut group = c.benchmark_group("import one exchange file");
    group.bench_function(format!("parse + validate ({} KiB)", bytes.len() / 1024), |b| {
        b.iter(|| exchange::parse("bench.mizan.json", black_box(&bytes), &catalog).unwrap())
    });
    group.bench_function("parse + validate + import (in-memory store)", |b| {
        b.iter_batched(
            || Store::open_in_memory(catalog.clone()).unwrap(),
            |mut store| {
                let (doc, _) = exchange::parse("bench.mizan.json", &bytes, store.catalog()).unwrap();
                let report = store.import(doc).unwrap();
                assert!(report.created);
                store
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("parse + validate + import (database file, synchronous=FULL)", |b| {
        b.iter_batched(
            || common::store_on_disk("bench.db", catalog.clone()),
            |(dir, mut store)| {
                let (doc, _) = exchange::parse("bench.mizan.json", &bytes, store.catalog()).unwrap();
                store.import(doc).unwrap();
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn bench_save_answer(c: &mut Criterion) {
    let (_dir, mut store) = common::store_on_disk("bench.db", Catalog::builtin());
    let fw = store.catalog().get("innovation-readiness", None).unwrap().clone();
    let doc = store.import(doc_for(&fw, 5)).map(|r| store.load(r.assessment).unwrap()).unwrap();
    let mut i = 0usize;
    c.bench_function("save one answer (database file, 235 answers stored)", |b| {
        b.iter(|| {
            i += 1;
            let input = AnswerInput {
                assessment: doc.assessment.id,
                respondent: doc.respondents[i % 5].id,
                question: fw.questions[i % fw.questions.len()].id.clone(),
                level: Some((i % 5) as u8 + 1),
                not_applicable: false,
                note: String::new(),
                evidence: String::new(),
            };
            store.save_answer(input, Lang::En).unwrap()
        })
    });
}

const LISTED: usize = 10_000;

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../target")))
}

/// A database with 10,000 assessments of 2,000 agencies, built once in one transaction
/// and kept under target/ so repeated runs reuse it.
fn list_db() -> PathBuf {
    let dir = target_dir().join("bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("list-{LISTED}.db"));
    if path.exists() {
        let ok = Store::open(&path, Catalog::builtin()).ok().is_some_and(|s| s.list(Lang::En).map(|l| l.len() == LISTED).unwrap_or(false));
        if ok {
            return path;
        }
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
        }
    }
    let store = Store::open(&path, Catalog::builtin()).unwrap();
    let fw = store.catalog().get("innovation-readiness", None).unwrap().clone();
    let c = store.connection();
    c.execute_batch("BEGIN IMMEDIATE").unwrap();
    let t = "2026-01-01T00:00:00.000Z";
    {
        let mut agency = c
            .prepare("INSERT INTO agencies (id, name, name_key, sector, country, size, tags, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)")
            .unwrap();
        let mut assessment = c
            .prepare(
                "INSERT INTO assessments (id, agency_id, title, framework_id, framework_version, mode, status, targets, created_at, updated_at, finalized_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '{}', ?8, ?9, ?10)",
            )
            .unwrap();
        let mut summary = c
            .prepare(
                "INSERT INTO score_summaries (assessment_id, score, idx, stage, completeness, answered, questions, dimensions, computed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .unwrap();
        let sectors = ["health", "finance", "education", "interior", "transport"];
        let countries = ["TN", "JO", "LB", "MA", "EG", "OM", "QA"];
        let agencies = LISTED / 5;
        let agency_ids: Vec<String> = (0..agencies).map(|i| Uuid::from_u128(0xa000_0000 + i as u128).to_string()).collect();
        for (i, id) in agency_ids.iter().enumerate() {
            let name = format!("Fictional Agency {i}");
            agency
                .execute(rusqlite::params![id, name, name.to_lowercase(), sectors[i % 5], countries[i % 7], "large", "[\"sample\"]", t])
                .unwrap();
        }
        let nq = fw.questions.len() as u32;
        for i in 0..LISTED {
            let id = Uuid::from_u128(0xb000_0000 + i as u128).to_string();
            let updated = format!("2026-{:02}-{:02}T{:02}:{:02}:00.000Z", i % 12 + 1, i % 28 + 1, i % 24, i % 60);
            let final_ = i % 3 == 0;
            assessment
                .execute(rusqlite::params![
                    id,
                    agency_ids[i % agencies],
                    format!("Assessment {i}"),
                    fw.id,
                    fw.version,
                    if i % 2 == 0 { "self" } else { "interview" },
                    if final_ { "final" } else { "draft" },
                    t,
                    updated,
                    final_.then_some(updated.clone()),
                ])
                .unwrap();
            let answered = (i as u32 * 7) % (nq + 1);
            let (score, idx, stage) = if answered == 0 {
                (None, None, None)
            } else {
                let s = 1.0 + (i % 400) as f64 / 100.0;
                (Some(s), Some(scoring::index_of(s, 5)), Some(scoring::stage_of(s, 5)))
            };
            let dims: BTreeMap<&str, Option<f64>> = fw.dimensions.iter().map(|d| (d.id.as_str(), score)).collect();
            summary
                .execute(rusqlite::params![id, score, idx, stage, answered as f64 / nq as f64, answered, nq, serde_json::to_string(&dims).unwrap(), t])
                .unwrap();
        }
    }
    c.execute_batch("COMMIT").unwrap();
    assert_eq!(store.list(Lang::En).unwrap().len(), LISTED);
    path
}

fn bench_list(c: &mut Criterion) {
    let path = list_db();
    let store = Store::open(&path, Catalog::builtin()).unwrap();
    c.bench_function("list 10,000 stored assessments", |b| {
        b.iter(|| {
            let list = store.list(Lang::En).unwrap();
            assert_eq!(list.len(), LISTED);
            list
        })
    });
}

criterion_group!(benches, bench_scoring, bench_import, bench_save_answer, bench_list);
criterion_main!(benches);
