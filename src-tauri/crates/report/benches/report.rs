//! The full report for the interview sample against 20 peer assessments (with its
//! trend). Targets on a 2-core machine, release: under 100 ms for at least 10 pages,
//! under 400 KB per file. `cargo bench -p mizan-report`

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use mizan_core::Lang;
use mizan_report::{render_report, Paper};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let fx = common::store_with_peers(20);
    let input = common::interview_input(&fx, Lang::En, Paper::A4);
    let first = render_report(&input).expect("render");
    let peers = input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
    eprintln!("report: {} pages, {} bytes ({:.1} KB), {peers} peers, {} trend points", first.pages, first.pdf.len(), first.pdf.len() as f64 / 1024.0, input.trend.len());
    assert!(first.pages >= 10 && first.pdf.len() < 400 * 1024);
    c.bench_function("report/interview_20_peers", |b| b.iter(|| render_report(black_box(&input)).expect("render")));
    // Gathering the inputs from the database is the rest of what `mizan report` does.
    c.bench_function("report/build_input", |b| {
        b.iter(|| {
            let doc = input.doc.clone();
            mizan_report::build_input(&fx.store, doc, input.framework.clone(), &Default::default(), Lang::En, Paper::A4).expect("input")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
