//! Times the Home list on the bench database, split into SQL and mapping (diagnostics).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "target/bench-db/assessments-10000.db".into());
    let store = mizan_core::Store::open(std::path::Path::new(&path), mizan_core::Catalog::builtin()).unwrap();
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let n = store.list(mizan_core::Lang::En).unwrap().len();
        let full = t.elapsed();
        let t = std::time::Instant::now();
        let mut stmt = store.connection().prepare("SELECT a.id, a.title, g.id, g.name, g.sector, g.country, g.size, g.tags,
            a.framework_id, a.framework_version, a.mode, a.status, s.score, s.idx, s.stage,
            s.completeness, s.answered, s.questions, a.created_at, a.updated_at, a.finalized_at
       FROM assessments a JOIN agencies g ON g.id = a.agency_id
       LEFT JOIN score_summaries s ON s.assessment_id = a.id WHERE a.deleted_at IS NULL ORDER BY a.updated_at DESC, a.id DESC").unwrap();
        let mut rows = stmt.query([]).unwrap();
        let mut k = 0;
        while let Some(_r) = rows.next().unwrap() { k += 1; }
        println!("list {n}: {full:?}; sql only {k}: {:?}", t.elapsed());
    }
}
