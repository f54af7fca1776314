//! Writes the sample report (the interview sample against 20 synthetic peers, with its
//! trend) to the given path: `cargo run -p mizan-report --example sample_report -- OUT.pdf|OUT.docx [a4|letter] [partial]`.
//! `partial` keeps the answers of the first three dimensions only and compares with no
//! peer (what a new user's first draft looks like).
//! docs/report/ holds its pages as PNGs (see docs/report/README.md).

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "sample-report.pdf".into());
    let paper = args.next().and_then(|p| mizan_report::Paper::parse(&p)).unwrap_or_default();
    let fx = common::store_with_peers(20);
    let mut input = common::interview_input(&fx, mizan_core::Lang::En, paper);
    if args.next().as_deref() == Some("partial") {
        let fw = input.framework.clone();
        let keep: Vec<String> = fw.dimensions.iter().take(3).map(|d| d.id.clone()).collect();
        input.doc.answers.retain(|a| fw.question_position(&a.question).is_some_and(|q| keep.contains(&fw.questions[q].dimension)));
        input.doc.consensus.clear();
        input.scores = mizan_core::score(&fw, &input.doc, input.lang);
        input.benchmark = None;
        input.peers.clear();
        input.trend.clear();
    }
    if out.ends_with(".docx") {
        let r = mizan_report::render_docx(&input).expect("render");
        std::fs::write(&out, &r.docx).expect("write");
        eprintln!("{out}: {} bytes, {} pictures", r.docx.len(), r.pictures);
        return;
    }
    let r = mizan_report::render_report(&input).expect("render");
    std::fs::write(&out, &r.pdf).expect("write");
    eprintln!("{out}: {} pages, {} bytes", r.pages, r.pdf.len());
    if !r.missing_strings.is_empty() {
        eprintln!("missing strings: {:?}", r.missing_strings);
    }
}
