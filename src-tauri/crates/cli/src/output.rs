//! Human-readable and JSON output of the CLI.
//!
//! Human output goes through [`say!`] and [`tell!`] (stdout, stderr), which show control
//! characters escaped ([`esc`]); JSON is printed exact by [`json`].

/// `println!`, with control characters from the data shown escaped.
macro_rules! say {
    ($($arg:tt)*) => { $crate::output::line(&$crate::output::esc(&format!($($arg)*))) };
}

/// `eprintln!`, with control characters from the data shown escaped.
macro_rules! tell {
    ($($arg:tt)*) => { eprintln!("{}", $crate::output::esc(&format!($($arg)*))) };
}

use mizan_api::exports::Target;
use mizan_core::benchmark::{Benchmark, Stats, Unranked};
use mizan_core::store::{ImportReport, RespondentRow};
use mizan_core::{AssessmentSummary, Framework, FrameworkSummary, Lang, Scores};
use serde::Serialize;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// Text from files and the database as a terminal may show it: every control character but
/// the line break (ESC, BEL, CR, the C1 set such as CSI) written as `\u{1b}`, so a file
/// cannot retitle the window, move the cursor or hide what is printed (issue 17 item 10);
/// likewise the bidi overrides and isolates, which would reorder what follows them.
/// Line breaks stay: messages span lines. JSON output does not pass through here.
pub fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| (c.is_control() && c != '\n') || mizan_core::rules::is_reordering_control(c);
    if !s.chars().any(hidden) {
        return s.into();
    }
    s.chars()
        .map(|c| if hidden(c) { format!("\\u{{{:x}}}", c as u32) } else { c.to_string() })
        .collect::<String>()
        .into()
}

/// Set once stdout cannot be written: a closed pipe (`mizan list | head`) or another error.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
/// Set when that was an error other than a closed pipe (a full disk): the command fails.
static STDOUT_FAILED: AtomicBool = AtomicBool::new(false);

/// One line on stdout. When the reader has gone, the rest of the output is dropped and the
/// command runs to its end, so the database closes as usual (SQLite then removes its `-wal`
/// and `-shm`); being killed by SIGPIPE would leave them. Any other write error is said
/// once, and [`write_failed`] makes the command fail.
pub fn line(text: &str) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}").and_then(|()| out.flush()) {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            STDOUT_FAILED.store(true, Ordering::Relaxed);
            eprintln!("error: cannot write the output: {e}");
        }
    }
}

/// Whether writing the output failed otherwise than by a closed pipe.
pub fn write_failed() -> bool {
    STDOUT_FAILED.load(Ordering::Relaxed)
}

pub fn json<T: Serialize + ?Sized>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => line(&s),
        Err(e) => eprintln!("error: cannot write JSON: {e}"),
    }
}

/// Where an export went, for the message saying so.
pub fn target(t: &Target) -> String {
    match t {
        Target::File(p) => p.display().to_string(),
        Target::Stdout => "standard output".into(),
    }
}

/// An assessment's title as printed: one stored without a title (none was given) is said
/// to be untitled, in the command line's English.
pub fn title(t: &str) -> &str {
    if t.trim().is_empty() {
        "(untitled)"
    } else {
        t
    }
}

/// A respondent's name as printed: the one respondent of a self-assessment has none.
pub fn respondent(name: &str) -> &str {
    if name.trim().is_empty() {
        "(self-assessment)"
    } else {
        name
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
    say!("{:<24} {:<8} {:>4} {:>4}  {:<9} TITLE", "ID", "VERSION", "DIMS", "QS", "SOURCE");
    for f in list {
        say!(
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
    say!("{} {} — {}", f.id, f.version, f.title.en);
    say!("{}\n", f.description.en);
    say!("Levels:");
    for (i, l) in f.levels.iter().enumerate() {
        say!("  {}. {} — {}", i + 1, l.name.en, l.description.en);
    }
    for d in &f.dimensions {
        say!("\n{} [{}] (weight {})", d.title.en, d.id, d.weight);
        for q in f.questions_of(&d.id) {
            say!("  - {} [{}]{}", q.text.en, q.id, if q.weight != 1.0 { format!(" (weight {})", q.weight) } else { String::new() });
        }
    }
}

pub fn list(list: &[AssessmentSummary]) {
    if list.is_empty() {
        say!("No assessments yet. Import one with `mizan import FILE.mizan.json`, or create one in the app.");
        return;
    }
    say!("{:<8}  {:<28} {:<30} {:>6} {:<14} {:>5}  {:<6} UPDATED", "ID", "AGENCY", "TITLE", "INDEX", "STAGE", "DONE", "STATUS");
    for a in list {
        say!(
            "{:<8}  {:<28} {:<30} {:>6} {:<14} {:>4}%  {:<6} {}",
            &a.id.to_string()[..8],
            cut(&a.agency.name, 28),
            cut(title(&a.title), 30),
            opt(a.overall.index, 1),
            cut(a.overall.stage_name.as_deref().unwrap_or("–"), 14),
            (a.completeness * 100.0).round(),
            a.status.as_str(),
            a.updated_at.get(..10).unwrap_or(&a.updated_at)
        );
    }
}

pub fn scores(s: &Scores, fw: &Framework, name: &str, lang: Lang, digits: mizan_core::Digits) {
    // Every line in the digits asked for (`--digits arabic`); ids and names with Latin
    // letters keep theirs.
    macro_rules! say {
        ($($arg:tt)*) => { line(&digits.apply(&esc(&format!($($arg)*)))) };
    }
    say!("{}", title(name));
    say!("{} {}\n", fw.title.get(lang), fw.version);
    match (s.overall.score, s.overall.index) {
        (Some(score), Some(index)) => say!(
            "Overall: index {index:.1} / 100 (score {score:.2} of {}), stage {} — {}",
            s.levels,
            s.overall.stage.unwrap_or(0),
            s.overall.stage_name.as_deref().unwrap_or("")
        ),
        _ => say!("Overall: not scored yet (no question has a level)"),
    }
    say!("Completeness: {:.0}%{}", s.completeness * 100.0, if s.completeness < 1.0 { " — incomplete: scores cover the answered questions only" } else { "" });
    say!("\n{:<40} {:>6} {:>6} {:>6} {:>7}", "DIMENSION", "SCORE", "INDEX", "TARGET", "DONE");
    for d in &s.dimensions {
        let title = fw.dimension_position(&d.id).map(|i| fw.dimensions[i].title.get(lang)).unwrap_or(&d.id);
        say!(
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
        say!("\nDisagreements (respondents' levels differ by 2 or more):");
        for q in disagreements {
            say!("  {} — spread {}, consolidated level {}", q.id, q.spread.unwrap_or(0), opt(q.level, 1));
        }
    }
    if !s.recommendations.is_empty() {
        say!("\nPriorities:");
        for (i, r) in s.recommendations.iter().take(10).enumerate() {
            say!("  {:>2}. [{}] {} (gap {}, priority {})", i + 1, r.question, r.text, r.gap, r.priority);
        }
        if s.recommendations.len() > 10 {
            say!("  … and {} more (see --json)", s.recommendations.len() - 10);
        }
    }
}

/// One file of `mizan import --json`: its path, whether it was imported, and the import's
/// report or why it was refused.
#[derive(Serialize)]
pub struct ImportOutcome {
    pub file: String,
    pub imported: bool,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub report: Option<ImportReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<mizan_api::Error>,
}

impl ImportOutcome {
    pub fn new(file: std::path::PathBuf, result: mizan_api::Result<ImportReport>) -> ImportOutcome {
        let file = file.display().to_string();
        match result {
            Ok(r) => ImportOutcome { file, imported: true, report: Some(r), error: None },
            Err(e) => ImportOutcome { file, imported: false, report: None, error: Some(e) },
        }
    }
}

/// One file checked by `mizan validate --json`: `valid`, and its warnings (texts without a
/// translation, each with file, line, column and message) or the error.
#[derive(Serialize)]
pub struct Validated {
    pub file: String,
    pub valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub framework: Option<FrameworkRef>,
    pub warnings: Vec<mizan_core::Diagnostic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<mizan_api::Error>,
}

#[derive(Serialize)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

impl Validated {
    pub fn new(file: std::path::PathBuf, result: mizan_api::Result<(Framework, Vec<mizan_core::Diagnostic>)>) -> Validated {
        let file = file.display().to_string();
        match result {
            Ok((f, warnings)) => Validated { file, valid: true, framework: Some(FrameworkRef { id: f.id, version: f.version }), warnings, error: None },
            Err(e) => Validated { file, valid: false, framework: None, warnings: Vec::new(), error: Some(e) },
        }
    }
}

/// A value from a file or the database, escaped before it is cut to a table column
/// (escaping afterwards would widen the cell); [`say!`] escapes whole lines.
pub fn plain(s: &str) -> String {
    esc(s).into_owned()
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
    say!("{}: {} — {} ({})", file.display(), title(&r.title), what, r.assessment);
    if !r.new_respondents.is_empty() {
        let names: Vec<&str> = r.new_respondents.iter().map(|n| respondent(n)).collect();
        say!("  new respondents ({}): {}", names.len(), names.join(", "));
    }
    if r.changed() || r.kept_local > 0 {
        say!(
            "  answers added {}, answers updated {}, consensus added {}, consensus updated {}; unchanged {}; kept where this database was newer {}",
            r.answers_added, r.answers_updated, r.consensus_added, r.consensus_updated, r.unchanged, r.kept_local
        );
    }
    if !r.overwritten.is_empty() {
        say!("  conflicts where the file's copy was newer ({}; the old values are in the change log and can be restored):", r.overwritten.len());
    }
    for o in &r.overwritten {
        say!(
            "    {} {}{}: level {} ({}) → {} ({})",
            o.kind,
            o.question,
            o.respondent.as_deref().map(|n| format!(" by {}", respondent(n))).unwrap_or_default(),
            level(o.old_level),
            o.old_updated_at,
            level(o.new_level),
            o.new_updated_at
        );
    }
}

pub fn respondents(list: &[RespondentRow]) {
    if list.is_empty() {
        say!("no respondents yet");
        return;
    }
    say!("{:<36}  {:<28} {:<24} {:<20} {:<10} {:>7}", "ID", "NAME", "ROLE", "UNIT", "INTERVIEW", "ANSWERS");
    for r in list {
        let p = &r.respondent;
        say!(
            "{:<36}  {:<28} {:<24} {:<20} {:<10} {:>7}",
            p.id,
            cut(&plain(respondent(&p.name)), 28),
            cut(&plain(&p.role), 24),
            cut(&plain(&p.unit), 20),
            p.interviewed_on.as_deref().unwrap_or("–"),
            r.answers
        );
    }
}

pub fn benchmark(b: &Benchmark, fw: &Framework, name: &str) {
    say!("{}", title(name));
    let group = if b.peers.filter.is_empty() { "all agencies".to_string() } else { b.peers.filter.clone() };
    say!("Peers: {group} — {} assessment{}\n", b.peers.n, if b.peers.n == 1 { "" } else { "s" });
    let (Some(overall), Some(dims)) = (&b.overall, &b.dimensions) else {
        // The reason is a code (mizan_core::benchmark::TOO_FEW_PEERS is the only one).
        say!(
            "No benchmark: only {} peer assessment{} match{}: a benchmark needs at least {}, so that no agency can be identified",
            b.peers.n,
            if b.peers.n == 1 { "" } else { "s" },
            if b.peers.n == 1 { "es" } else { "" },
            b.peers.min
        );
        return;
    };
    say!("{:<40} {:>6} {:>3} {:>5} {:>5} {:>6} {:>5} {:>5} {:>5} {:>6}", "", "VALUE", "N", "MIN", "Q1", "MEDIAN", "Q3", "MAX", "RANK", "PCTL");
    let row = |name: &str, s: &Stats| {
        say!(
            "{:<40} {:>6} {:>3} {:>5} {:>5} {:>6} {:>5} {:>5} {:>5} {:>6}",
            cut(name, 40),
            opt(s.value, 2),
            s.n,
            opt(s.five.min, 2),
            opt(s.five.q1, 2),
            opt(s.five.median, 2),
            opt(s.five.q3, 2),
            opt(s.five.max, 2),
            s.rank.map(|r| r.to_string()).unwrap_or_else(|| "–".into()),
            opt(s.percentile, 1)
        );
    };
    row("Overall", overall);
    for d in dims {
        let name = fw.dimension_position(&d.id).map(|i| fw.dimensions[i].title.en.as_str()).unwrap_or(&d.id);
        row(name, &d.stats);
    }
    // A draft's "–" ranks would otherwise read as a missing number.
    let all = std::iter::once(overall).chain(dims.iter().map(|d| &d.stats));
    if all.into_iter().any(|s| s.unranked == Some(Unranked::Incomplete)) {
        say!("\nRANK and PCTL are given once every question (of the assessment, or of the dimension) is answered: a draft's rank would change as answers come in.");
    }
}
