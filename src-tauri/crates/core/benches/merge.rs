//! Merging the laptops of an interview (`cargo bench -p mizan-core --bench merge`):
//! 20 exchange files of the same assessment, each of 15 respondents × 50 questions, are
//! imported one after the other into a fresh database file. Target on the project's
//! 2-core machine: under 1 s for all 20 (measured 390 ms on 2026-12-02).
//!
//! Each file shares 5 respondents with every other (the officials every team heard, their
//! answers changed on each laptop, so each later file overwrites them and the change log
//! keeps the old values) and brings 10 of its own.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use mizan_core::model::*;
use mizan_core::test_support::{self, ts};
use mizan_core::{exchange, Catalog};
use std::path::PathBuf;
use std::time::Duration;
use uuid::Uuid;

mod common;

const FILES: usize = 20;
const RESPONDENTS: usize = 15;
const SHARED: usize = 5;
const QUESTIONS: usize = 50;

fn laptop(fw: &mizan_core::Framework, k: usize) -> AssessmentDoc {
    let mut doc = test_support::doc(fw, test_support::agency("Nakhla Civil Registry", "TN"));
    doc.assessment.id = Uuid::from_u128(0x1a7_0000);
    doc.assessment.mode = Mode::Interview;
    doc.assessment.title = "Nakhla Civil Registry — interviews".into();
    doc.respondents = (0..RESPONDENTS)
        .map(|i| {
            let n = if i < SHARED { i } else { SHARED + k * (RESPONDENTS - SHARED) + i };
            Respondent { role: "Director".into(), unit: format!("Unit {n}"), ..test_support::respondent(Uuid::from_u128(0xbeef_0000 + n as u128), &format!("Official {n}")) }
        })
        .collect();
    let day = (k % 28) as u32 + 1;
    for (ri, r) in doc.respondents.iter().enumerate() {
        for (qi, q) in fw.questions.iter().take(QUESTIONS).enumerate() {
            let mut a = test_support::answer(r.id, &q.id, Some(((qi + ri + k) % 5) as u8 + 1), &ts(2026, 2, day));
            a.note = format!("Heard on laptop {k}: see the minutes of {}.", q.id);
            doc.answers.push(a);
        }
    }
    doc
}

fn bench_merge(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let fw = catalog.require("innovation-readiness", None).unwrap().clone();
    assert!(fw.questions.len() >= QUESTIONS);
    let files = tempfile::TempDir::new().unwrap();
    let paths: Vec<PathBuf> = (0..FILES)
        .map(|k| {
            let p = files.path().join(format!("laptop-{k:02}.mizan.json"));
            exchange::write_atomic(&p, &exchange::to_bytes(&laptop(&fw, k))).unwrap();
            p
        })
        .collect();
    let mut group = c.benchmark_group("merge interview laptops");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function(format!("{FILES} files of {RESPONDENTS} respondents x {QUESTIONS} questions into one assessment (database file)"), |b| {
        b.iter_batched(
            || common::store_on_disk("merge.db", catalog.clone()),
            |(dir, mut store)| {
                for p in &paths {
                    store.import_file(p).unwrap();
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();

    // What the merge did, checked once: every respondent, the newest value of each answer.
    let (_dir, mut store) = common::store_on_disk("check.db", catalog.clone());
    let reports: Vec<_> = paths.iter().map(|p| store.import_file(p).unwrap()).collect();
    let doc = store.load(reports[0].assessment).unwrap();
    assert_eq!(doc.respondents.len(), SHARED + FILES * (RESPONDENTS - SHARED));
    assert_eq!(doc.answers.len(), doc.respondents.len() * QUESTIONS);
    assert_eq!(reports[FILES - 1].overwritten.len(), SHARED * QUESTIONS, "the last laptop's shared answers are the newest");
}

criterion_group!(benches, bench_merge);
criterion_main!(benches);
