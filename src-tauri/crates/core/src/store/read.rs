//! Reading: lists and summaries from the stored score summaries, whole documents.

use super::rows::{self, load_doc, parse_uuid};
use super::{DbResult, Store};
use crate::error::{CoreError, Result};
use crate::framework::Framework;
use crate::model::*;
use crate::scoring::{self, Overall, Scores};
use crate::text::Lang;
use rusqlite::{OptionalExtension, Row};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

impl Store {
    /// The framework's title and the stage's name, in `lang` (the framework id and no
    /// name when the framework is not installed).
    fn labels(&self, framework: &FrameworkRef, stage: Option<u8>, lang: Lang) -> (String, Option<String>) {
        let fw = self.catalog.get(&framework.id, Some(&framework.version));
        let title = fw.map(|f| f.title.get(lang).to_string()).unwrap_or_else(|| framework.id.clone());
        let stage_name = match (fw, stage) {
            (Some(f), Some(s)) => (s as usize).checked_sub(1).and_then(|i| f.levels.get(i)).map(|l| l.name.get(lang).to_string()),
            _ => None,
        };
        (title, stage_name)
    }

    /// The summary of the assessment in row `r` ([`rows::ASSESSMENT_COLUMNS`] first).
    fn summary_of(&self, r: &Row, agency: AgencySummary, stored: Option<rows::StoredScore>, lang: Lang) -> rusqlite::Result<AssessmentSummary> {
        let a = rows::assessment_row(r)?;
        let stored = stored.unwrap_or_default();
        let (framework_title, stage_name) = self.labels(&a.framework, stored.stage, lang);
        Ok(AssessmentSummary {
            id: a.id,
            title: a.title,
            agency,
            framework: a.framework,
            framework_title,
            mode: a.mode,
            status: a.status,
            overall: Overall { score: stored.score, index: stored.index, stage: stored.stage, stage_name },
            completeness: stored.completeness,
            answered: stored.answered,
            questions: stored.questions,
            created_at: a.created_at,
            updated_at: a.updated_at,
            finalized_at: a.finalized_at,
        })
    }

    /// Every stored assessment (not deleted), newest first. Reads the stored summaries:
    /// no rescoring. The same rows as [`Store::summary`]'s join, but read as three
    /// sequential scans joined in memory: with 10,000 assessments that is about three
    /// times faster than the SQL join's two index look-ups per row.
    pub fn list(&self, lang: Lang) -> Result<Vec<AssessmentSummary>> {
        let read = || -> rusqlite::Result<Vec<AssessmentSummary>> {
            let mut agencies: HashMap<String, AgencySummary> = HashMap::new();
            let mut stmt = self.conn.prepare_cached(&format!("SELECT {} FROM agencies g", rows::AGENCY_COLUMNS))?;
            let mut found = stmt.query([])?;
            while let Some(r) = found.next()? {
                agencies.insert(r.get(0)?, rows::agency_row(r, 0)?);
            }
            let mut scores: HashMap<String, rows::StoredScore> = HashMap::new();
            let mut stmt = self.conn.prepare_cached(&format!("SELECT s.assessment_id, {} FROM score_summaries s", rows::SCORE_COLUMNS))?;
            let mut found = stmt.query([])?;
            while let Some(r) = found.next()? {
                if let Some(stored) = rows::score_row(r, 1)? {
                    scores.insert(r.get(0)?, stored);
                }
            }
            let mut out = Vec::with_capacity(scores.len());
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT {} FROM assessments a WHERE a.deleted_at IS NULL ORDER BY a.updated_at DESC, a.id",
                rows::ASSESSMENT_COLUMNS
            ))?;
            let mut found = stmt.query([])?;
            while let Some(r) = found.next()? {
                // as the inner join: an assessment is listed with its agency
                let Some(agency) = agencies.get(r.get_ref(rows::AGENCY_ID)?.as_str()?) else { continue };
                let stored = scores.remove(r.get_ref(0)?.as_str()?);
                out.push(self.summary_of(r, agency.clone(), stored, lang)?);
            }
            Ok(out)
        };
        read().db(&self.path)
    }

    pub fn summary(&self, id: Uuid, lang: Lang) -> Result<AssessmentSummary> {
        let sql = format!(
            "SELECT {}, {}, {} FROM assessments a JOIN agencies g ON g.id = a.agency_id
               LEFT JOIN score_summaries s ON s.assessment_id = a.id
              WHERE a.id = ?1 AND a.deleted_at IS NULL",
            rows::ASSESSMENT_COLUMNS,
            rows::AGENCY_COLUMNS,
            rows::SCORE_COLUMNS
        );
        let (agency_at, score_at) = (rows::ASSESSMENT_COUNT, rows::ASSESSMENT_COUNT + rows::AGENCY_COUNT);
        self.conn
            .query_row(&sql, [id.to_string()], |r| self.summary_of(r, rows::agency_row(r, agency_at)?, rows::score_row(r, score_at)?, lang))
            .optional()
            .db(&self.path)?
            .ok_or_else(|| CoreError::not_found("assessment", id.to_string()))
    }

    /// An assessment id from a full UUID or a unique prefix of at least 4 characters.
    pub fn resolve(&self, id_or_prefix: &str) -> Result<Uuid> {
        let s = id_or_prefix.trim().to_ascii_lowercase();
        if let Ok(id) = Uuid::parse_str(&s) {
            return Ok(id);
        }
        if s.len() < 4 || !s.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(CoreError::InvalidInput(format!(
                "`{id_or_prefix}` is neither an existing file nor an assessment id: give a file path, an id, or at least 4 characters of one (see `mizan list`)"
            )));
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM assessments WHERE deleted_at IS NULL AND id LIKE ?1 || '%' LIMIT 2")
            .db(&self.path)?;
        let ids: Vec<String> = stmt.query_map([&s], |r| r.get(0)).db(&self.path)?.collect::<rusqlite::Result<_>>().db(&self.path)?;
        match ids.as_slice() {
            [one] => Ok(parse_uuid(one)),
            [] => Err(CoreError::not_found("assessment", id_or_prefix)),
            _ => Err(CoreError::InvalidInput(format!("`{id_or_prefix}` matches several assessments: give more characters of the id"))),
        }
    }

    pub(super) fn framework_for(&self, r: &FrameworkRef) -> Result<Arc<Framework>> {
        self.catalog.require(&r.id, Some(&r.version)).cloned()
    }

    /// The whole assessment, as an exchange document (answers in framework order).
    /// A deleted assessment is not found (it is hidden until `undo_delete`).
    pub fn load(&self, id: Uuid) -> Result<AssessmentDoc> {
        let live: Option<bool> = self
            .conn
            .query_row("SELECT deleted_at IS NULL FROM assessments WHERE id = ?1", [id.to_string()], |r| r.get(0))
            .optional()
            .db(&self.path)?;
        if live != Some(true) {
            return Err(CoreError::not_found("assessment", id.to_string()));
        }
        load_doc(&self.conn, &self.path, &self.catalog, id)
    }

    pub fn detail(&self, id: Uuid, lang: Lang) -> Result<AssessmentDetail> {
        let doc = self.load(id)?;
        let position: Option<String> = self
            .conn
            .query_row("SELECT position FROM assessments WHERE id = ?1", [id.to_string()], |r| r.get(0))
            .db(&self.path)?;
        Ok(AssessmentDetail {
            summary: self.summary(id, lang)?,
            targets: doc.assessment.targets,
            respondents: doc.respondents,
            answers: doc.answers,
            position,
        })
    }

    pub fn scores(&self, id: Uuid, lang: Lang) -> Result<Scores> {
        let doc = self.load(id)?;
        let fw = self.framework_for(&doc.framework)?;
        Ok(scoring::score(&fw, &doc, lang))
    }

    /// (framework, status) of a live assessment.
    pub(super) fn assessment_ref(&self, id: Uuid) -> Result<(FrameworkRef, Status)> {
        self.conn
            .query_row(
                "SELECT framework_id, framework_version, status FROM assessments WHERE id = ?1 AND deleted_at IS NULL",
                [id.to_string()],
                |r| Ok((FrameworkRef { id: r.get(0)?, version: r.get(1)? }, Status::parse(r.get_ref(2)?.as_str()?).unwrap_or(Status::Draft))),
            )
            .optional()
            .db(&self.path)?
            .ok_or_else(|| CoreError::not_found("assessment", id.to_string()))
    }
}
