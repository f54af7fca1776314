//! The respondents of an interview: add, edit, remove (kept hidden, with their answers,
//! so that the removal can be undone) and list. A self-assessment keeps its one implicit
//! respondent.

use super::write::{log_change, Logged};
use super::{insert_respondent, refresh_summary, DbResult, Store};
use crate::error::{CoreError, Result};
use crate::model::*;
use crate::rules::{at_most, check_text, clean_name, date_problem, final_cannot_be_edited, line_text, western_digits, Field, MAX_NAME};
use crate::time;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use uuid::Uuid;

/// A respondent with the number of answers they gave (what a removal would take away).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RespondentRow {
    #[serde(flatten)]
    pub respondent: Respondent,
    /// Answers stored for them (a level, not applicable, or only a note).
    pub answers: u32,
}

/// What `remove_respondent` took away; `undo_remove_respondent` brings it all back.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RespondentRemoved {
    pub respondent: Respondent,
    pub answers: u32,
}

const SELF_HAS_ONE: &str =
    "a self-assessment has one implicit respondent: to hear several people, create an interview assessment (mode `interview`)";

/// A respondent as typed in, cleaned and checked (the same limits as an exchange file).
fn clean(input: RespondentInput, id: Uuid) -> Result<Respondent> {
    let name = clean_name(&input.name, Field::RespondentName)?;
    check_text(input.role.trim(), MAX_NAME, Field::Role)?;
    check_text(input.unit.trim(), MAX_NAME, Field::Unit)?;
    let (role, unit) = (line_text(&input.role), line_text(&input.unit));
    let interviewed_on = input.interviewed_on.map(|d| western_digits(d.trim())).filter(|d| !d.is_empty());
    if let Some(problem) = interviewed_on.as_deref().and_then(date_problem) {
        let value = interviewed_on.as_deref().map(|d| at_most(d, 40)).unwrap_or_default();
        let message = format!("the interview date {problem}");
        return Err(CoreError::refused("invalid_input", "err-date", vec![("value", value)], Some("interviewed-on".into()), message));
    }
    Ok(Respondent { id, name, role, unit, interviewed_on })
}

fn json(r: &Respondent) -> Option<String> {
    serde_json::to_string(r).ok()
}

impl Store {
    /// (mode, status) of a live assessment; a final one refuses every change here.
    fn editable(&self, id: Uuid) -> Result<Mode> {
        let (mode, status): (String, String) = self
            .conn
            .query_row("SELECT mode, status FROM assessments WHERE id = ?1 AND deleted_at IS NULL", [id.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .db(&self.path)?
            .ok_or_else(|| CoreError::not_found("assessment", id.to_string()))?;
        if Status::parse(&status) == Some(Status::Final) {
            return Err(final_cannot_be_edited());
        }
        Ok(Mode::parse(&mode).unwrap_or(Mode::SelfAssessment))
    }

    /// The respondent `respondent` of assessment `id`; `removed` chooses removed or live ones.
    fn respondent_of(&self, id: Uuid, respondent: Uuid, removed: bool) -> Result<Respondent> {
        self.conn
            .query_row(
                "SELECT name, role, unit, interviewed_on FROM respondents
                  WHERE id = ?1 AND assessment_id = ?2 AND (removed_at IS NOT NULL) = ?3",
                params![respondent.to_string(), id.to_string(), removed],
                |r| Ok(Respondent { id: respondent, name: r.get(0)?, role: r.get(1)?, unit: r.get(2)?, interviewed_on: r.get(3)? }),
            )
            .optional()
            .db(&self.path)?
            .ok_or_else(|| CoreError::not_found(if removed { "removed respondent" } else { "respondent" }, respondent.to_string()))
    }

    /// The respondents of an assessment in their order, with how many answers each gave.
    pub fn respondents(&self, id: Uuid) -> Result<Vec<RespondentRow>> {
        let doc = self.load(id)?;
        Ok(doc
            .respondents
            .iter()
            .map(|r| RespondentRow { respondent: r.clone(), answers: doc.answers.iter().filter(|a| a.respondent == r.id).count() as u32 })
            .collect())
    }

    pub fn add_respondent(&mut self, id: Uuid, input: RespondentInput) -> Result<Respondent> {
        if self.editable(id)? == Mode::SelfAssessment {
            return Err(CoreError::refused("invalid_input", "err-self-one-respondent", vec![], None, SELF_HAS_ONE));
        }
        let r = clean(input, Uuid::new_v4())?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        // After every respondent ever added (removed ones keep their place for an undo).
        let ord: i64 = tx
            .query_row("SELECT COALESCE(MAX(ord) + 1, 0) FROM respondents WHERE assessment_id = ?1", [id.to_string()], |x| x.get(0))
            .db(&self.path)?;
        insert_respondent(&tx, &self.path, id, ord as usize, &r)?;
        touch(&tx, &self.path, id)?;
        let rid = r.id.to_string();
        log_change(&tx, &self.path, id, &Logged { entity: "respondent", entity_id: &rid, action: "add", detail: &r.name, new: json(&r), ..Logged::default() })?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)?;
        Ok(r)
    }

    /// Changes a respondent's name, role, unit or interview date (also of a self-assessment's
    /// implicit respondent).
    pub fn edit_respondent(&mut self, id: Uuid, respondent: Uuid, input: RespondentInput) -> Result<Respondent> {
        self.editable(id)?;
        let old = self.respondent_of(id, respondent, false)?;
        let r = clean(input, respondent)?;
        if r == old {
            return Ok(r);
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        tx.execute(
            "UPDATE respondents SET name = ?2, role = ?3, unit = ?4, interviewed_on = ?5 WHERE id = ?1",
            params![respondent.to_string(), r.name, r.role, r.unit, r.interviewed_on],
        )
        .db(&self.path)?;
        touch(&tx, &self.path, id)?;
        let rid = respondent.to_string();
        log_change(
            &tx,
            &self.path,
            id,
            &Logged { entity: "respondent", entity_id: &rid, action: "edit", detail: &r.name, old: json(&old), new: json(&r), ..Logged::default() },
        )?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)?;
        Ok(r)
    }

    /// Removes a respondent and, with them, their answers from the assessment and its
    /// scores; both are kept aside until [`Store::undo_remove_respondent`].
    pub fn remove_respondent(&mut self, id: Uuid, respondent: Uuid) -> Result<RespondentRemoved> {
        if self.editable(id)? == Mode::SelfAssessment {
            let message = format!("{SELF_HAS_ONE}; its respondent cannot be removed");
            return Err(CoreError::refused("invalid_input", "err-self-one-respondent", vec![], None, message));
        }
        let r = self.respondent_of(id, respondent, false)?;
        let rid = respondent.to_string();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let answers: u32 = tx
            .query_row("SELECT COUNT(*) FROM answers WHERE assessment_id = ?1 AND respondent_id = ?2", params![id.to_string(), rid], |x| x.get(0))
            .db(&self.path)?;
        tx.execute("UPDATE respondents SET removed_at = ?2 WHERE id = ?1", params![rid, time::now()]).db(&self.path)?;
        touch(&tx, &self.path, id)?;
        let detail = format!("{} ({answers} answers)", r.name);
        log_change(&tx, &self.path, id, &Logged { entity: "respondent", entity_id: &rid, action: "remove", detail: &detail, old: json(&r), ..Logged::default() })?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)?;
        Ok(RespondentRemoved { respondent: r, answers })
    }

    /// Brings back a removed respondent with all their answers.
    pub fn undo_remove_respondent(&mut self, id: Uuid, respondent: Uuid) -> Result<Respondent> {
        self.editable(id)?;
        let r = self.respondent_of(id, respondent, true)?;
        let rid = respondent.to_string();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        tx.execute("UPDATE respondents SET removed_at = NULL WHERE id = ?1", [&rid]).db(&self.path)?;
        touch(&tx, &self.path, id)?;
        log_change(&tx, &self.path, id, &Logged { entity: "respondent", entity_id: &rid, action: "restore", detail: &r.name, new: json(&r), ..Logged::default() })?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)?;
        Ok(r)
    }
}

/// Marks the assessment changed now (lists sort by it; merges compare it).
pub(crate) fn touch(conn: &rusqlite::Connection, path: &str, id: Uuid) -> Result<()> {
    conn.execute("UPDATE assessments SET updated_at = ?2 WHERE id = ?1", params![id.to_string(), time::now()]).db(path)?;
    Ok(())
}
