//! The agency profile: what defines peer groups.

use super::{rows, DbResult, Store};
use crate::rules::{check_text, clean_country, clean_name, clean_tags, line_text, Field, MAX_NAME};
use crate::error::{CoreError, Result};
use crate::model::{agency_key, AgencySummary};
use crate::time;
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

/// An agency profile has exactly the fields of a new agency.
pub type AgencyProfile = crate::model::NewAgency;

impl Store {
    pub fn agency(&self, id: Uuid) -> Result<AgencySummary> {
        self.conn
            .query_row(&format!("SELECT {} FROM agencies g WHERE g.id = ?1", rows::AGENCY_COLUMNS), [id.to_string()], |r| rows::agency_row(r, 0))
            .optional()
            .db(&self.path)?
            .ok_or_else(|| CoreError::not_found("agency", id.to_string()))
    }

    /// Edits an agency's profile. Refused when the new name and country are those of
    /// another stored agency (two records would become one agency).
    pub fn update_agency(&mut self, id: Uuid, p: AgencyProfile) -> Result<AgencySummary> {
        self.agency(id)?;
        let name = clean_name(&p.name, Field::AgencyName)?;
        let country = clean_country(&p.country)?;
        for (v, what) in [(p.sector.trim(), Field::Sector), (p.size.trim(), Field::Size)] {
            check_text(v, MAX_NAME, what)?;
        }
        let key = agency_key(&name);
        let clash: Option<String> = self
            .conn
            .query_row("SELECT name FROM agencies WHERE name_key = ?1 AND country = ?2 AND id <> ?3", params![key, country, id.to_string()], |r| r.get(0))
            .optional()
            .db(&self.path)?;
        if let Some(other) = clash {
            let message = format!("another agency, `{other}`, already has this name and country: choose another name");
            return Err(CoreError::refused("conflict", "err-agency-taken", vec![("other", other)], Some(Field::AgencyName.id().into()), message));
        }
        let tags = serde_json::to_string(&clean_tags(&p.tags)).unwrap_or_else(|_| "[]".into());
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).db(&self.path)?;
        tx.execute(
            "UPDATE agencies SET name = ?2, name_key = ?3, sector = ?4, country = ?5, size = ?6, tags = ?7, updated_at = ?8 WHERE id = ?1",
            params![id.to_string(), name, key, line_text(&p.sector), country, line_text(&p.size), tags, time::now()],
        )
        .db(&self.path)?;
        tx.execute(
            "INSERT INTO change_log (at, assessment_id, entity, entity_id, action, detail) VALUES (?1, NULL, 'agency', ?2, 'update', '')",
            params![time::now(), id.to_string()],
        )
        .db(&self.path)?;
        tx.commit().db(&self.path)?;
        self.agency(id)
    }
}
