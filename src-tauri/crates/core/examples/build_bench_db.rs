//! Builds the database the benchmarks run on:
//! `cargo run --release -p mizan-core --example build_bench_db -- [PATH] [COUNT]`
//! (default: target/bench-db/assessments-10000.db, 10,000 final assessments × 50 answers).

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "target/bench-db/assessments-10000.db".into());
    let count: usize = args.next().map(|c| c.parse().expect("COUNT must be a number")).unwrap_or(10_000);
    let path = std::path::PathBuf::from(path);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("cannot create the folder");
    }
    let started = std::time::Instant::now();
    match mizan_core::sample::build_bench_db(&path, count) {
        Ok(size) => println!("{}: {count} assessments, {:.1} MB, {:.1?}", path.display(), size as f64 / 1e6, started.elapsed()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
