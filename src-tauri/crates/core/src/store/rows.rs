//! The one mapping from rows to records: assessment, agency and score columns are read
//! by the same functions wherever they are selected.

use super::DbResult;
use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use crate::model::*;
use rusqlite::{Connection, OptionalExtension, Row};
use uuid::Uuid;

/// The columns of an assessment row, in the order [`assessment_row`] reads them.
pub(crate) const ASSESSMENT_COLUMNS: &str =
    "a.id, a.title, a.agency_id, a.framework_id, a.framework_version, a.mode, a.status, a.created_at, a.updated_at, a.finalized_at";
pub(crate) const ASSESSMENT_COUNT: usize = 10;
/// Where `a.agency_id` is among [`ASSESSMENT_COLUMNS`].
pub(crate) const AGENCY_ID: usize = 2;
/// The columns of an agency row, in the order [`agency_row`] reads them.
pub(crate) const AGENCY_COLUMNS: &str = "g.id, g.name, g.sector, g.country, g.size, g.tags";
pub(crate) const AGENCY_COUNT: usize = 6;
/// The columns of a score summary, in the order [`score_row`] reads them.
pub(crate) const SCORE_COLUMNS: &str = "s.score, s.idx, s.stage, s.completeness, s.answered, s.questions";

/// An assessment's own columns.
pub(crate) struct AssessmentRow {
    pub id: Uuid,
    pub title: String,
    pub framework: FrameworkRef,
    pub mode: Mode,
    pub status: Status,
    pub created_at: String,
    pub updated_at: String,
    pub finalized_at: Option<String>,
}

/// Reads [`ASSESSMENT_COLUMNS`] from the start of the row.
pub(crate) fn assessment_row(r: &Row) -> rusqlite::Result<AssessmentRow> {
    Ok(AssessmentRow {
        id: parse_uuid(r.get_ref(0)?.as_str()?),
        title: r.get(1)?,
        framework: FrameworkRef { id: r.get(3)?, version: r.get(4)? },
        mode: Mode::parse(r.get_ref(5)?.as_str()?).unwrap_or(Mode::SelfAssessment),
        status: Status::parse(r.get_ref(6)?.as_str()?).unwrap_or(Status::Draft),
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        finalized_at: r.get(9)?,
    })
}

/// Reads [`AGENCY_COLUMNS`] from column `at` on.
pub(crate) fn agency_row(r: &Row, at: usize) -> rusqlite::Result<AgencySummary> {
    Ok(AgencySummary {
        id: parse_uuid(r.get_ref(at)?.as_str()?),
        name: r.get(at + 1)?,
        sector: r.get(at + 2)?,
        country: r.get(at + 3)?,
        size: r.get(at + 4)?,
        tags: serde_json::from_str(r.get_ref(at + 5)?.as_str()?).unwrap_or_default(),
    })
}

/// A stored score summary (what lists show without rescoring).
#[derive(Default)]
pub(crate) struct StoredScore {
    pub score: Option<f64>,
    pub index: Option<f64>,
    pub stage: Option<u8>,
    pub completeness: f64,
    pub answered: u32,
    pub questions: u32,
}

/// Reads [`SCORE_COLUMNS`] from column `at` on; `None` when the row has no summary
/// (a left join found none).
pub(crate) fn score_row(r: &Row, at: usize) -> rusqlite::Result<Option<StoredScore>> {
    let Some(completeness) = r.get::<_, Option<f64>>(at + 3)? else { return Ok(None) };
    Ok(Some(StoredScore {
        score: r.get(at)?,
        index: r.get(at + 1)?,
        stage: r.get(at + 2)?,
        completeness,
        answered: r.get(at + 4)?,
        questions: r.get(at + 5)?,
    }))
}

pub(crate) fn parse_uuid(s: &str) -> Uuid {
    Uuid::parse_str(s).unwrap_or(Uuid::nil())
}

pub(crate) fn load_doc(conn: &Connection, path: &str, catalog: &Catalog, id: Uuid) -> Result<AssessmentDoc> {
    let sid = id.to_string();
    let sql = format!(
        "SELECT {ASSESSMENT_COLUMNS}, {AGENCY_COLUMNS}, a.targets FROM assessments a JOIN agencies g ON g.id = a.agency_id WHERE a.id = ?1"
    );
    let meta = conn
        .query_row(&sql, [&sid], |r| {
            let a = assessment_row(r)?;
            let agency = agency_row(r, ASSESSMENT_COUNT)?;
            let targets: String = r.get(ASSESSMENT_COUNT + AGENCY_COUNT)?;
            Ok((
                AssessmentMeta {
                    id,
                    title: a.title,
                    mode: a.mode,
                    status: a.status,
                    agency: AgencyInfo {
                        id: Some(agency.id),
                        name: agency.name,
                        sector: agency.sector,
                        country: agency.country,
                        size: agency.size,
                        tags: agency.tags,
                    },
                    targets: serde_json::from_str(&targets).unwrap_or_default(),
                    created_at: a.created_at,
                    updated_at: a.updated_at,
                    finalized_at: a.finalized_at,
                },
                a.framework,
            ))
        })
        .optional()
        .db(path)?
        .ok_or_else(|| CoreError::not_found("assessment", sid.clone()))?;
    let (assessment, framework) = meta;

    let mut stmt = conn
        .prepare_cached("SELECT id, name, role, unit, interviewed_on FROM respondents WHERE assessment_id = ?1 AND removed_at IS NULL ORDER BY ord, id")
        .db(path)?;
    let respondents: Vec<Respondent> = stmt
        .query_map([&sid], |r| {
            Ok(Respondent { id: parse_uuid(r.get_ref(0)?.as_str()?), name: r.get(1)?, role: r.get(2)?, unit: r.get(3)?, interviewed_on: r.get(4)? })
        })
        .db(path)?
        .collect::<rusqlite::Result<_>>()
        .db(path)?;

    let mut stmt = conn
        .prepare_cached(
            // A removed respondent's answers wait, hidden, for an undo.
            "SELECT a.respondent_id, a.question_id, a.level, a.not_applicable, a.note, a.evidence, a.updated_at
               FROM answers a JOIN respondents r ON r.id = a.respondent_id
              WHERE a.assessment_id = ?1 AND r.removed_at IS NULL",
        )
        .db(path)?;
    let mut answers: Vec<Answer> = stmt
        .query_map([&sid], |r| {
            Ok(Answer {
                respondent: parse_uuid(r.get_ref(0)?.as_str()?),
                question: r.get(1)?,
                level: r.get(2)?,
                not_applicable: r.get(3)?,
                note: r.get(4)?,
                evidence: r.get(5)?,
                updated_at: r.get(6)?,
            })
        })
        .db(path)?
        .collect::<rusqlite::Result<_>>()
        .db(path)?;

    let mut stmt = conn
        .prepare_cached("SELECT question_id, level, rationale, updated_at FROM consensus WHERE assessment_id = ?1")
        .db(path)?;
    let mut consensus: Vec<Consensus> = stmt
        .query_map([&sid], |r| Ok(Consensus { question: r.get(0)?, level: r.get(1)?, rationale: r.get(2)?, updated_at: r.get(3)? }))
        .db(path)?
        .collect::<rusqlite::Result<_>>()
        .db(path)?;

    // A stable order (respondent order, then framework order) makes exports deterministic.
    let fw = catalog.get(&framework.id, Some(&framework.version));
    let qpos = |q: &str| fw.and_then(|f| f.question_position(q)).unwrap_or(usize::MAX);
    // Positions looked up once: an interview merged from many laptops has hundreds of
    // respondents, and a linear search per comparison made loading it quadratic.
    let order: std::collections::HashMap<Uuid, usize> = respondents.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let rpos = |r: &Uuid| order.get(r).copied().unwrap_or(usize::MAX);
    answers.sort_by_cached_key(|a| (rpos(&a.respondent), qpos(&a.question), a.question.clone()));
    consensus.sort_by(|a, b| (qpos(&a.question), &a.question).cmp(&(qpos(&b.question), &b.question)));

    Ok(AssessmentDoc {
        format: EXCHANGE_FORMAT.into(),
        format_version: EXCHANGE_FORMAT_VERSION,
        framework,
        assessment,
        respondents,
        answers,
        consensus,
    })
}
