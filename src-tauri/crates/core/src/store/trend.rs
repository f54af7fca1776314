//! An agency's own earlier final assessments with the same framework: its trend.

use super::{DbResult, Store};
use crate::error::Result;
use crate::model::AssessmentDoc;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrendPoint {
    pub assessment: String,
    pub title: String,
    pub framework_version: String,
    pub finalized_at: String,
    pub score: Option<f64>,
    pub index: Option<f64>,
    pub dimensions: BTreeMap<String, Option<f64>>,
}

impl Store {
    /// Final assessments of the same agency with the same framework id, oldest first,
    /// excluding `doc` itself. Empty when the agency is not stored.
    pub fn trend(&self, doc: &AssessmentDoc) -> Result<Vec<TrendPoint>> {
        let Some(agency) = self.find_agency(&doc.assessment.agency)? else { return Ok(Vec::new()) };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.title, a.framework_version, a.finalized_at, s.score, s.idx, s.dimensions
                   FROM assessments a JOIN score_summaries s ON s.assessment_id = a.id
                  WHERE a.agency_id = ?1 AND a.framework_id = ?2 AND a.status = 'final'
                    AND a.deleted_at IS NULL AND a.id <> ?3
                  ORDER BY a.finalized_at, a.id",
            )
            .db(&self.path)?;
        let rows = stmt
            .query_map(rusqlite::params![agency, doc.framework.id, doc.assessment.id.to_string()], |r| {
                let dims: String = r.get(6)?;
                Ok(TrendPoint {
                    assessment: r.get(0)?,
                    title: r.get(1)?,
                    framework_version: r.get(2)?,
                    finalized_at: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    score: r.get(4)?,
                    index: r.get(5)?,
                    dimensions: serde_json::from_str(&dims).unwrap_or_default(),
                })
            })
            .db(&self.path)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().db(&self.path)
    }
}
