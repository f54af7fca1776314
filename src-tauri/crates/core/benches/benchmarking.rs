//! Benchmarking and the Home list on 10,000 final assessments × 50 answers.
//! The database is built once (see examples/build_bench_db.rs) and reused.

use criterion::{criterion_group, criterion_main, Criterion};
use mizan_core::benchmark::PeerFilter;
use mizan_core::{Catalog, Lang, Store};
use std::path::PathBuf;

fn db() -> (Store, PathBuf) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../target/bench-db");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("assessments-10000.db");
    let size = mizan_core::sample::build_bench_db(&path, 10_000).expect("bench database");
    eprintln!("bench database: {} ({:.1} MB)", path.display(), size as f64 / 1e6);
    (Store::open(&path, Catalog::builtin()).unwrap(), path)
}

fn benches(c: &mut Criterion) {
    let (store, _) = db();
    let list = store.list(Lang::En).unwrap();
    assert_eq!(list.len(), 10_000);
    let health = list.iter().find(|a| a.agency.sector == "health").unwrap().id;
    let doc = store.load(health).unwrap();
    let fw = store.catalog().get(&doc.framework.id, Some(&doc.framework.version)).unwrap().clone();
    let filter = PeerFilter::parse("sector=health").unwrap();

    c.bench_function("benchmark one agency (score + peers sector=health + all dimensions)", |b| {
        b.iter(|| {
            let scores = mizan_core::score(&fw, &doc, Lang::En);
            let bench = store.benchmark(&doc, &scores, &filter).unwrap();
            assert!(bench.peers.n >= 3);
            bench
        })
    });
    c.bench_function("benchmark one agency, all peers", |b| {
        let all = PeerFilter::default();
        b.iter(|| {
            let scores = mizan_core::score(&fw, &doc, Lang::En);
            store.benchmark(&doc, &scores, &all).unwrap()
        })
    });
    c.bench_function("home list of 10,000 assessments", |b| b.iter(|| store.list(Lang::En).unwrap().len()));
}

/// What data safety costs at start on a large database: the `quick_check` of every start,
/// and the day's backup (`VACUUM INTO`, made on a worker thread so the window does not wait).
fn safety(c: &mut Criterion) {
    let (store, path) = db();
    c.bench_function("quick_check at start, 10,000 assessments", |b| {
        b.iter(|| mizan_core::store::backup::check_file(&path).unwrap())
    });
    let out = tempfile::tempdir().unwrap();
    let mut n = 0;
    c.bench_function("backup (VACUUM INTO) of 10,000 assessments", |b| {
        b.iter(|| {
            n += 1;
            let target = out.path().join(format!("b{n}.db"));
            let made = store.backup_to(&target).unwrap();
            std::fs::remove_file(&target).unwrap();
            made.bytes
        })
    });
}

criterion_group!(name = group; config = Criterion::default().sample_size(30); targets = benches);
criterion_group!(name = safety_group; config = Criterion::default().sample_size(10); targets = safety);
criterion_main!(group, safety_group);
