//! Time to save one answer through the `save_answer` use case (what the webview's
//! call runs, minus the IPC hop), on a temporary database with the real durability
//! settings (WAL, synchronous=FULL). Not a test: a measurement, run by tests/perf/measure.sh
//!   cargo run --release -p mizan-api --example save_answer_latency -- [CALLS]
//! Prints one line per statistic, e.g. `save_answer_p99_ms 1.234`.

use mizan_api::{answers, frameworks, OpenOptions, Session};
use serde_json::json;
use std::time::Instant;

fn main() {
    let calls: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("CALLS must be a number"))
        .unwrap_or(1000);
    // Measure on the disk the app would use, not tmpfs: fsync cost is the point.
    let base = std::env::var_os("MIZAN_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = tempfile::tempdir_in(&base).expect("temp dir for the benchmark database");
    let state = Session::open(&dir.path().join("bench.db"), OpenOptions::app());
    if let Some(e) = state.db_error() {
        panic!("cannot open the benchmark database: {e}");
    }
    let fw = frameworks::list_frameworks(&state, None)
        .unwrap()
        .into_iter()
        .next()
        .expect("a built-in framework");
    let detail = mizan_api::assessments::create_assessment(
        &state,
        json!({ "title": "bench", "agency": { "name": "Bench Agency", "sector": "", "country": "", "size": "", "tags": [] },
                "framework_id": fw.id, "framework_version": fw.version, "mode": "self" }),
        None,
    )
    .unwrap();
    let questions: Vec<String> = frameworks::get_framework(&state, &fw.id, Some(&fw.version), None)
        .unwrap()
        .questions
        .into_iter()
        .map(|q| q.id)
        .collect();
    let id = detail.summary.id.to_string();
    let respondent = detail.respondents[0].id.to_string();

    let mut times = Vec::with_capacity(calls);
    for i in 0..calls {
        let input = json!({ "assessment": id, "respondent": respondent, "question": questions[i % questions.len()],
                            "level": (i % fw.levels) + 1, "not_applicable": false,
                            "note": format!("note {i}"), "evidence": "" });
        let t = Instant::now();
        answers::save_answer(&state, input, None).expect("save_answer");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((p / 100.0) * (times.len() - 1) as f64).round() as usize];
    println!("save_answer_calls {calls}");
    println!("save_answer_questions {}", questions.len());
    println!("save_answer_p50_ms {:.3}", pct(50.0));
    println!("save_answer_p95_ms {:.3}", pct(95.0));
    println!("save_answer_p99_ms {:.3}", pct(99.0));
    println!("save_answer_max_ms {:.3}", times[times.len() - 1]);
}
