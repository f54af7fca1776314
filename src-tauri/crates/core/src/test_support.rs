//! Builders of test documents, shared by the tests of every crate (cargo feature
//! `test-support`; always on for core's own unit tests). Each builder gives a valid
//! document that a test then changes field by field, so a test shows only what matters
//! to it.

use crate::catalog::Catalog;
use crate::framework::Framework;
use crate::model::*;
use std::collections::BTreeMap;
use uuid::Uuid;

/// The built-in framework most tests use.
pub const FRAMEWORK: &str = "innovation-readiness";
/// A small valid framework file: two levels, one dimension `basics`, one question
/// `basics.one`. Its title, first level's name and first recommendation are in English
/// and French; the rest in English only.
pub const TWO_LEVEL_FRAMEWORK: &str = r#"
id = "tiny-check"
version = "1.0.0"
title = { en = "Tiny check", fr = "Petit contrôle" }
description = "A two-level framework for tests."

[[levels]]
name = { en = "Low", fr = "Bas" }
description = "Not yet."

[[levels]]
name = "High"
description = "Done."

[[dimensions]]
id = "basics"
title = "Basics"
description = "The basics."

[[questions]]
id = "basics.one"
dimension = "basics"
text = "Is it done?"
guidance = "Look."
levels = ["No.", "Yes."]
recommendations = [{ en = "Do it", fr = "Faites-le" }, "Keep it."]
"#;
/// A fixed timestamp for documents whose times do not matter.
pub const T0: &str = "2026-03-01T09:30:00.000Z";

/// The built-in catalog, checked to have no problems.
pub fn catalog() -> Catalog {
    let c = Catalog::builtin();
    assert!(c.problems.is_empty(), "built-in frameworks must be valid: {:?}", c.problems);
    c
}

/// `YYYY-MM-DDT10:00:00.000Z`.
pub fn ts(year: i32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}T10:00:00.000Z")
}

/// An agency with a name and country and nothing else.
pub fn agency(name: &str, country: &str) -> AgencyInfo {
    AgencyInfo { name: name.into(), country: country.into(), ..Default::default() }
}

pub fn respondent(id: Uuid, name: &str) -> Respondent {
    Respondent { id, name: name.into(), role: String::new(), unit: String::new(), interviewed_on: None }
}

/// An answer with a level (or none), no note, no evidence.
pub fn answer(respondent: Uuid, question: &str, level: Option<u8>, updated_at: &str) -> Answer {
    Answer {
        respondent,
        question: question.into(),
        level,
        not_applicable: false,
        note: String::new(),
        evidence: String::new(),
        updated_at: updated_at.into(),
    }
}

/// What the app sends to save `level` (or none) for `question`, by `respondent` of `doc`.
pub fn answer_input(doc: &AssessmentDoc, respondent: Uuid, question: &str, level: Option<u8>) -> AnswerInput {
    let a = answer(respondent, question, level, "");
    AnswerInput { assessment: doc.assessment.id, respondent, question: a.question, level, not_applicable: false, note: a.note, evidence: a.evidence }
}

/// A question marked not applicable.
pub fn not_applicable(respondent: Uuid, question: &str, updated_at: &str) -> Answer {
    Answer { not_applicable: true, ..answer(respondent, question, None, updated_at) }
}

/// A draft self-assessment of `agency` with `fw`: no respondents, no answers, every time
/// [`T0`], a random id.
pub fn doc(fw: &Framework, agency: AgencyInfo) -> AssessmentDoc {
    AssessmentDoc {
        format: EXCHANGE_FORMAT.into(),
        format_version: EXCHANGE_FORMAT_VERSION,
        framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
        assessment: AssessmentMeta {
            id: Uuid::new_v4(),
            title: format!("{} assessment", agency.name),
            mode: Mode::SelfAssessment,
            status: Status::Draft,
            agency,
            targets: BTreeMap::new(),
            created_at: T0.into(),
            updated_at: T0.into(),
            finalized_at: None,
        },
        respondents: Vec::new(),
        answers: Vec::new(),
        consensus: Vec::new(),
    }
}

/// [`doc`] with one respondent answering every question of `fw` at `level(question
/// index)` (None leaves it unanswered).
pub fn answered_doc(fw: &Framework, agency: AgencyInfo, level: impl Fn(usize) -> Option<u8>) -> AssessmentDoc {
    let mut d = doc(fw, agency);
    let r = respondent(Uuid::new_v4(), "Self-assessment");
    d.answers = fw.questions.iter().enumerate().filter_map(|(i, q)| level(i).map(|l| answer(r.id, &q.id, Some(l), T0))).collect();
    d.respondents.push(r);
    d
}

/// Marks `doc` final at `at` (its last change then too).
pub fn finalize(doc: &mut AssessmentDoc, at: &str) {
    doc.assessment.status = Status::Final;
    doc.assessment.updated_at = at.into();
    doc.assessment.finalized_at = Some(at.into());
}

/// A new assessment as the app's form sends it: `agency` in `country`, sector health,
/// size large, tag pilot, with `framework`.
pub fn new_assessment(agency: &str, country: &str, framework: &str, mode: Mode) -> NewAssessment {
    NewAssessment {
        title: String::new(),
        agency: NewAgency { name: agency.into(), sector: "health".into(), country: country.into(), size: "large".into(), tags: vec!["pilot".into()] },
        framework_id: framework.into(),
        framework_version: None,
        mode,
    }
}

/// A small deterministic generator (no `rand` dependency for tests).
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407))
    }
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

/// A final single-respondent assessment of `year` whose levels centre on `bias` (1..5)
/// with per-dimension and per-question noise; ids follow from `seed`.
pub fn synthetic(fw: &Framework, seed: u64, agency: AgencyInfo, bias: f64, year: i32, title: &str) -> AssessmentDoc {
    let mut rnd = Lcg::new(seed);
    let r = Respondent {
        id: Uuid::from_u128(0xabc0_0000_0000_4000_8000_0000_0000_0000 + seed as u128),
        name: format!("Respondent {seed}"),
        role: "Director".into(),
        unit: "Strategy".into(),
        interviewed_on: None,
    };
    let dim_bias: Vec<f64> = fw.dimensions.iter().map(|_| bias + (rnd.unit() - 0.5) * 2.0).collect();
    let mut d = doc(fw, agency);
    for (qi, q) in fw.questions.iter().enumerate() {
        let b = dim_bias[fw.dimension_of(qi)] + (rnd.unit() - 0.5) * 1.6;
        let level = b.round().clamp(1.0, f64::from(fw.level_count())) as u8;
        d.answers.push(answer(r.id, &q.id, Some(level), &ts(year, 3, 1)));
    }
    d.respondents.push(r);
    d.assessment.id = Uuid::from_u128(0x5eed_0000_0000_4000_8000_0000_0000_0000 + seed as u128);
    d.assessment.title = title.into();
    d.assessment.created_at = ts(year, 2, 1);
    finalize(&mut d, &ts(year, 3, 2));
    d.assessment.updated_at = ts(year, 3, 1);
    d
}

/// The names of the tables of the database `c`, in order.
pub fn table_names(c: &rusqlite::Connection) -> Vec<String> {
    c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}
