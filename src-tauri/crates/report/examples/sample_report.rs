//! Writes the sample report (the interview sample against 20 synthetic peers, with its
//! trend) to the given path: `cargo run -p mizan-report --example sample_report -- OUT.pdf [a4|letter]`.
//! docs/report/ holds its pages as PNGs (see docs/report/README.md).

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "sample-report.pdf".into());
    let paper = args.next().and_then(|p| mizan_report::Paper::parse(&p)).unwrap_or_default();
    let fx = common::store_with_peers(20);
    let input = common::interview_input(&fx, mizan_core::Lang::En, paper);
    let r = mizan_report::render_report(&input).expect("render");
    std::fs::write(&out, &r.pdf).expect("write");
    eprintln!("{out}: {} pages, {} bytes", r.pages, r.pdf.len());
    if !r.missing_strings.is_empty() {
        eprintln!("missing strings: {:?}", r.missing_strings);
    }
}
