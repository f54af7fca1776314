//! The full report for the interview sample against 20 peer assessments (with its
//! trend), in English and in Arabic (shaped, bidi-ordered, right to left, with the
//! Arabic fonts embedded). Targets on a 2-core machine, release: under 100 ms for at
//! least 10 pages, under 400 KB per file, in each language. `cargo bench -p mizan-report --bench report`

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use mizan_core::Lang;
use mizan_report::{render_report, Paper};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let fx = common::store_with_peers(20);
    let input = common::interview_input(&fx, Lang::En, Paper::A4);
    for (lang, name) in [(Lang::En, "report/interview_20_peers"), (Lang::Ar, "report/interview_20_peers_arabic")] {
        let input = common::interview_input(&fx, lang, Paper::A4);
        let first = render_report(&input).expect("render");
        let peers = input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
        eprintln!("{name}: {} pages, {} bytes ({:.1} KB), {peers} peers, {} trend points", first.pages, first.pdf.len(), first.pdf.len() as f64 / 1024.0, input.trend.len());
        assert!(first.pages >= 10 && first.pdf.len() < 400 * 1024, "{name}: the targets are at least 10 pages and under 400 KB");
        c.bench_function(name, |b| b.iter(|| render_report(black_box(&input)).expect("render")));
    }
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
