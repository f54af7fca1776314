//! Human-readable and JSON output of the CLI.

use mizan_core::benchmark::{Benchmark, Stats};
use mizan_core::store::{ImportReport, RespondentRow};
use mizan_core::{AssessmentSummary, Framework, FrameworkSummary, Lang, Scores};
use serde::Serialize;
use std::path::Path;

pub fn json<T: Serialize + ?Sized>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("error: cannot write JSON: {e}"),
    }
}

/// Truncates for table columns, counting characters (never splits one).
fn cut(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map(|x| format!("{x:.digits$}")).unwrap_or_else(|| "–".into())
}

pub fn frameworks(list: &[FrameworkSummary]) {
    println!("{:<24} {:<8} {:>4} {:>4}  {:<9} TITLE", "ID", "VERSION", "DIMS", "QS", "SOURCE");
    for f in list {
        println!(
            "{:<24} {:<8} {:>4} {:>4}  {:<9} {}",
            f.id,
            f.version,
            f.dimensions,
            f.questions,
            if f.builtin { "built-in" } else { "installed" },
            f.title
        );
    }
}

pub fn framework(f: &Framework) {
    println!("{} {} — {}", f.id, f.version, f.title.en);
    println!("{}\n", f.description.en);
    println!("Levels:");
    for (i, l) in f.levels.iter().enumerate() {
        println!("  {}. {} — {}", i + 1, l.name.en, l.description.en);
    }
    for d in &f.dimensions {
        println!("\n{} [{}] (weight {})", d.title.en, d.id, d.weight);
        for q in f.questions_of(&d.id) {
            println!("  - {} [{}]{}", q.text.en, q.id, if q.weight != 1.0 { format!(" (weight {})", q.weight) } else { String::new() });
        }
    }
}

pub fn list(list: &[AssessmentSummary]) {
    if list.is_empty() {
        println!("No assessments yet. Import one with `mizan import FILE.mizan.json`, or create one in the app.");
        return;
    }
    println!("{:<8}  {:<28} {:<30} {:>6} {:<14} {:>5}  {:<6} UPDATED", "ID", "AGENCY", "TITLE", "INDEX", "STAGE", "DONE", "STATUS");
    for a in list {
        println!(
            "{:<8}  {:<28} {:<30} {:>6} {:<14} {:>4}%  {:<6} {}",
            &a.id.to_string()[..8],
            cut(&a.agency.name, 28),
            cut(&a.title, 30),
            opt(a.index, 1),
            cut(a.stage_name.as_deref().unwrap_or("–"), 14),
            (a.completeness * 100.0).round(),
            a.status.as_str(),
            a.updated_at.get(..10).unwrap_or(&a.updated_at)
        );
    }
}

pub fn scores(s: &Scores, fw: &Framework, title: &str, lang: Lang) {
    println!("{title}");
    println!("{} {}\n", fw.title.get(lang), fw.version);
    match (s.overall.score, s.overall.index) {
        (Some(score), Some(index)) => println!(
            "Overall: index {index:.1} / 100 (score {score:.2} of {}), stage {} — {}",
            s.levels,
            s.overall.stage.unwrap_or(0),
            s.overall.stage_name.as_deref().unwrap_or("")
        ),
        _ => println!("Overall: not scored yet (no question has a level)"),
    }
    println!("Completeness: {:.0}%{}", s.completeness * 100.0, if s.completeness < 1.0 { " — incomplete: scores cover the answered questions only" } else { "" });
    println!("\n{:<40} {:>6} {:>6} {:>6} {:>7}", "DIMENSION", "SCORE", "INDEX", "TARGET", "DONE");
    for d in &s.dimensions {
        let title = fw.dimension_position(&d.id).map(|i| fw.dimensions[i].title.get(lang)).unwrap_or(&d.id);
        println!(
            "{:<40} {:>6} {:>6} {:>6} {:>3}/{:<3}",
            cut(title, 40),
            opt(d.score, 2),
            opt(d.index, 1),
            d.target.map(|t| t.to_string()).unwrap_or_else(|| "–".into()),
            d.answered,
            d.questions
        );
    }
    let disagreements: Vec<_> = s.questions.iter().filter(|q| q.disagreement).collect();
    if !disagreements.is_empty() {
        println!("\nDisagreements (respondents' levels differ by 2 or more):");
        for q in disagreements {
            println!("  {} — spread {}, consolidated level {}", q.id, q.spread.unwrap_or(0), opt(q.level, 1));
        }
    }
    if !s.recommendations.is_empty() {
        println!("\nPriorities:");
        for (i, r) in s.recommendations.iter().take(10).enumerate() {
            println!("  {:>2}. [{}] {} (gap {}, priority {})", i + 1, r.question, r.text, r.gap, r.priority);
        }
        if s.recommendations.len() > 10 {
            println!("  … and {} more (see --json)", s.recommendations.len() - 10);
        }
    }
}

/// Text from a file or a database, with control characters shown escaped (so a name
/// cannot move the cursor or recolour the terminal).
pub fn plain(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

fn level(l: Option<u8>) -> String {
    l.map(|l| l.to_string()).unwrap_or_else(|| "none".into())
}

pub fn import_report(file: &Path, r: &ImportReport) {
    let what = if r.created {
        "imported as a new assessment"
    } else if r.changed() {
        "merged into the stored assessment"
    } else {
        "already up to date: nothing changed"
    };
    println!("{}: {} — {} ({})", file.display(), plain(&r.title), what, r.assessment);
    if !r.new_respondents.is_empty() {
        let names: Vec<String> = r.new_respondents.iter().map(|n| plain(n)).collect();
        println!("  new respondents ({}): {}", names.len(), names.join(", "));
    }
    if r.changed() || r.kept_local > 0 {
        println!(
            "  answers added {}, answers updated {}, consensus added {}, consensus updated {}; unchanged {}; kept where this database was newer {}",
            r.answers_added, r.answers_updated, r.consensus_added, r.consensus_updated, r.unchanged, r.kept_local
        );
    }
    if !r.overwritten.is_empty() {
        println!("  conflicts where the file's copy was newer ({}; the old values are in the change log and can be restored):", r.overwritten.len());
    }
    for o in &r.overwritten {
        println!(
            "    {} {}{}: level {} ({}) → {} ({})",
            o.kind,
            plain(&o.question),
            o.respondent.as_deref().map(|n| format!(" by {}", plain(n))).unwrap_or_default(),
            level(o.old_level),
            o.old_updated_at,
            level(o.new_level),
            o.new_updated_at
        );
    }
}

pub fn respondents(list: &[RespondentRow]) {
    if list.is_empty() {
        println!("no respondents yet");
        return;
    }
    println!("{:<36}  {:<28} {:<24} {:<20} {:<10} {:>7}", "ID", "NAME", "ROLE", "UNIT", "INTERVIEW", "ANSWERS");
    for r in list {
        let p = &r.respondent;
        println!(
            "{:<36}  {:<28} {:<24} {:<20} {:<10} {:>7}",
            p.id,
            cut(&plain(&p.name), 28),
            cut(&plain(&p.role), 24),
            cut(&plain(&p.unit), 20),
            p.interviewed_on.as_deref().unwrap_or("–"),
            r.answers
        );
    }
}

pub fn benchmark(b: &Benchmark, fw: &Framework, title: &str) {
    println!("{title}");
    let group = if b.peers.filter.is_empty() { "all agencies".to_string() } else { b.peers.filter.clone() };
    println!("Peers: {group} — {} assessment{}\n", b.peers.n, if b.peers.n == 1 { "" } else { "s" });
    let (Some(overall), Some(dims)) = (&b.overall, &b.dimensions) else {
        println!("No benchmark: {}", b.reason.as_deref().unwrap_or("too few peers"));
        return;
    };
    println!("{:<40} {:>6} {:>3} {:>5} {:>5} {:>6} {:>5} {:>5} {:>5} {:>6}", "", "VALUE", "N", "MIN", "Q1", "MEDIAN", "Q3", "MAX", "RANK", "PCTL");
    let row = |name: &str, s: &Stats| {
        println!(
            "{:<40} {:>6} {:>3} {:>5} {:>5} {:>6} {:>5} {:>5} {:>5} {:>6}",
            cut(name, 40),
            opt(s.value, 2),
            s.n,
            opt(s.min, 2),
            opt(s.q1, 2),
            opt(s.median, 2),
            opt(s.q3, 2),
            opt(s.max, 2),
            s.rank.map(|r| r.to_string()).unwrap_or_else(|| "–".into()),
            opt(s.percentile, 1)
        );
    };
    row("Overall", overall);
    for d in dims {
        let name = fw.dimension_position(&d.id).map(|i| fw.dimensions[i].title.en.as_str()).unwrap_or(&d.id);
        row(name, &d.stats);
    }
}
