//! The databases a UI test starts from (`__reset { seed, backups, recovery }`), built with
//! the engine: nothing here scores, the store does when it imports.
//!
//! - `empty`: no assessment.
//! - `demo`: four assessments of three agencies with the built-in innovation-readiness
//!   framework — the Ministry of Health's 2024 final and 2025 draft (every question
//!   answered, some "not applicable", so it is ranked among peers), the Municipality of
//!   Amman's complete draft, and an Arabic-named ministry's draft with two answers.
//! - `sample`: what *Load sample agencies* writes (core's `load_sample_data`).
//! - `bench`: `sample`, then `demo`, so the demo agencies have peers; `bench-ar` and
//!   `bench-fr` the same with the sample agencies named in Arabic or French (the
//!   screenshots of the UI in those languages).
//! - `fixtures`: the exchange files of `tests/fixtures` (an interview draft, two finals).
//! - `interview`: core's interview sample (the Nakhla Civil Registry, four respondents,
//!   disagreements, two of them settled by a consensus), beside the `demo` assessments;
//!   `interview-ar` and `interview-fr` the same with its people and remarks in Arabic or
//!   French (the screenshots of the consultant's screens in those languages).
//!
//! `backups: true` adds, in the backups folder, an automatic backup of 2026-11-25 holding
//! the seed, one of 2026-11-20 without its last assessment, and a damaged one of
//! 2026-11-18. `recovery: true` then damages the database itself, so the session opens as
//! the app does after such damage: moved aside, on a new database, the newest good backup
//! offered.

use crate::args::Args;
use crate::dispatch::{uc, CmdResult, CommandError, Session};
use crate::sandbox::{write_file, Sandbox};
use mizan_core::model::*;
use mizan_core::Framework;
use std::path::Path;
use uuid::Uuid;

const FRAMEWORK: &str = "innovation-readiness";

/// One demo assessment. `levels` is repeated over the framework's questions: a digit is a
/// level, `n` "not applicable"; only the first `answered` questions get an answer.
struct Demo {
    key: u128,
    agency: (u128, &'static str, &'static str, &'static str, &'static str, &'static [&'static str]),
    title: &'static str,
    at: &'static str,
    levels: &'static str,
    answered: usize,
    status: Status,
}

const HEALTH: (u128, &str, &str, &str, &str, &[&str]) = (1, "Ministry of Health", "health", "TN", "large", &["e-services", "pilot"]);
const DEMO: &[Demo] = &[
    Demo { key: 11, agency: HEALTH, title: "Ministry of Health — Innovation Readiness 2024", at: "2024-11-04T09:30:00.000Z", levels: "2213211222", answered: usize::MAX, status: Status::Final },
    Demo { key: 12, agency: HEALTH, title: "Ministry of Health — Innovation Readiness 2025", at: "2025-10-12T14:05:00.000Z", levels: "3324332n43", answered: usize::MAX, status: Status::Draft },
    Demo { key: 21, agency: (2, "Municipality of Amman", "municipal", "JO", "medium", &[]), title: "Amman municipal services review", at: "2025-09-28T08:00:00.000Z", levels: "4334433432", answered: usize::MAX, status: Status::Draft },
    Demo { key: 31, agency: (3, "وزارة التنمية الرقمية", "digital", "MA", "medium", &[]), title: "وزارة التنمية الرقمية — جاهزية الابتكار 2025", at: "2025-10-01T10:00:00.000Z", levels: "32", answered: 2, status: Status::Draft },
];

const FIXTURES: &[(&str, &str)] = &[
    ("interview-wadi-health.mizan.json", include_str!("../../../../tests/fixtures/interview-wadi-health.mizan.json")),
    ("self-bahr-municipality.mizan.json", include_str!("../../../../tests/fixtures/self-bahr-municipality.mizan.json")),
    ("self-sahiliya-revenue.mizan.json", include_str!("../../../../tests/fixtures/self-sahiliya-revenue.mizan.json")),
];

/// A fixed id per demo object, so a failing test names the same ids on every run.
fn id(kind: u128, key: u128) -> Uuid {
    Uuid::from_u128(0x6d697a61_6e00_4000_8000_000000000000 | (kind << 32) | key)
}

fn demo_doc(fw: &Framework, d: &Demo) -> AssessmentDoc {
    let (agency_key, name, sector, country, size, tags) = d.agency;
    let respondent = id(2, d.key);
    let levels: Vec<char> = d.levels.chars().collect();
    let answers = fw
        .questions
        .iter()
        .zip(levels.iter().cycle())
        .take(d.answered)
        .map(|(q, &c)| Answer {
            respondent,
            question: q.id.clone(),
            level: c.to_digit(10).map(|l| l as u8),
            not_applicable: c == 'n',
            note: String::new(),
            evidence: String::new(),
            updated_at: d.at.to_string(),
        })
        .collect();
    AssessmentDoc {
        format: EXCHANGE_FORMAT.into(),
        format_version: EXCHANGE_FORMAT_VERSION,
        framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
        assessment: AssessmentMeta {
            id: id(1, d.key),
            title: d.title.into(),
            mode: Mode::SelfAssessment,
            status: d.status,
            agency: AgencyInfo {
                id: Some(id(3, agency_key)),
                name: name.into(),
                sector: sector.into(),
                country: country.into(),
                size: size.into(),
                tags: tags.iter().map(|t| t.to_string()).collect(),
            },
            targets: Default::default(),
            created_at: d.at.into(),
            updated_at: d.at.into(),
            finalized_at: (d.status == Status::Final).then(|| d.at.to_string()),
        },
        respondents: vec![Respondent::implicit(respondent)],
        answers,
        consensus: Vec::new(),
    }
}

fn core(e: mizan_core::CoreError) -> CommandError {
    CommandError::from(e)
}

fn import_demo(session: &Session) -> CmdResult<()> {
    let mut store = session.store()?;
    let fw = store.catalog().require(FRAMEWORK, None).map_err(core)?.clone();
    for d in DEMO {
        store.import(demo_doc(&fw, d)).map_err(core)?;
    }
    Ok(())
}

fn import_fixtures(session: &Session) -> CmdResult<()> {
    let mut store = session.store()?;
    for (name, text) in FIXTURES {
        let (doc, _) = mizan_core::exchange::parse(name, text.as_bytes(), store.catalog()).map_err(core)?;
        store.import(doc).map_err(core)?;
    }
    Ok(())
}

/// Fills the session's (new, empty) database with `seed`.
pub fn fill(session: &Session, seed: &str) -> CmdResult<()> {
    match seed {
        "empty" => Ok(()),
        "demo" => import_demo(session),
        "sample" => uc::load_sample_data(session, None).map(drop),
        // Sample data goes into an empty database only: it comes first.
        "bench" => uc::load_sample_data(session, None).and_then(|_| import_demo(session)),
        "bench-ar" | "bench-fr" => uc::load_sample_data(session, Some(&seed[6..])).and_then(|_| import_demo(session)),
        "fixtures" => import_fixtures(session),
        "interview" | "interview-ar" | "interview-fr" => {
            import_demo(session).and_then(|_| uc::load_interview_sample(session, seed.strip_prefix("interview-")).map(drop))
        }
        other => Err(CommandError::invalid_input(format!(
            "__reset: seed `{other}` is unknown: use empty, demo, sample, bench, bench-ar, bench-fr, fixtures, interview, interview-ar or interview-fr"
        ))),
    }
}

/// Two good automatic backups and a damaged one (see the module docs), made with the
/// shell's own *Back up now* function, each file dated 03:00 UTC of the day in its name,
/// as the daily backup would have written it.
pub fn add_backups(session: &Session, fs: &Sandbox) -> CmdResult<()> {
    let dir = mizan_core::store::backup::backups_dir(&fs.db_path());
    let (older, newer, damaged) = (dir.join("mizan-2026-11-20.db"), dir.join("mizan-2026-11-25.db"), dir.join("mizan-2026-11-18.db"));
    let live = uc::list_assessments(session, None)?;
    // The older backup lacks the assessment made last.
    let last = live.iter().max_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
    if let Some(last) = last {
        uc::delete_assessment(session, &last.id.to_string())?;
        uc::backup_now(session, &older)?;
        uc::undo_delete(session, &last.id.to_string(), None)?;
    } else {
        uc::backup_now(session, &older)?;
    }
    uc::backup_now(session, &newer)?;
    write_file(&damaged, &[0x5a; 4096])?;
    // Seconds since 1970 of 2026-11-20, -25 and -18 at 03:00 UTC.
    for (path, at) in [(older, 1_795_143_600), (newer, 1_795_575_600), (damaged, 1_794_970_800)] {
        let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(at);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(when))
            .map_err(|e| CommandError::new("io", format!("{}: {e}", path.display())))?;
    }
    Ok(())
}

/// Overwrites the database with bytes that are no SQLite file, as a disk fault would.
pub fn damage(db: &Path) -> CmdResult<()> {
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", db.display()));
    }
    write_file(db, &[0xa5; 8192])
}

/// The options of `__reset`.
pub struct Options {
    pub seed: String,
    pub backups: bool,
    pub recovery: bool,
}

impl Options {
    pub fn from(a: &Args) -> Options {
        Options { seed: a.opt("seed").unwrap_or("empty").to_string(), backups: a.flag("backups"), recovery: a.flag("recovery") }
    }
}
