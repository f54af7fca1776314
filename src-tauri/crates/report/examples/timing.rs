#[path = "../tests/common/mod.rs"]
mod common;
fn main() {
    let fx = common::store_with_peers(20);
    let input = common::interview_input(&fx, mizan_core::Lang::En, mizan_report::Paper::A4);
    for _ in 0..3 { mizan_report::render_report(&input).unwrap(); }
    let t = std::time::Instant::now();
    for _ in 0..20 { mizan_report::render_report(&input).unwrap(); }
    eprintln!("total {:?}/report", t.elapsed() / 20);
}
