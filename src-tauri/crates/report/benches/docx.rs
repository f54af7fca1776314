//! The Word report for the interview sample against 20 peer assessments (with its
//! trend), charts rasterised to PNG. Targets on a 2-core machine, release: under 100 ms,
//! under 500 KB. `cargo bench -p mizan-report --bench docx`

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use mizan_core::Lang;
use mizan_report::{render_docx, Paper};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let fx = common::store_with_peers(20);
    let input = common::interview_input(&fx, Lang::En, Paper::A4);
    let first = render_docx(&input).expect("render");
    let peers = input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
    eprintln!("docx: {} bytes ({:.1} KB), {} pictures, {peers} peers, {} trend points", first.docx.len(), first.docx.len() as f64 / 1024.0, first.pictures, input.trend.len());
    assert!(first.docx.len() < 500 * 1024);
    c.bench_function("docx/interview_20_peers", |b| b.iter(|| render_docx(black_box(&input)).expect("render")));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
