//! Importing exchange files: create, or merge answer by answer (newer `updated_at` wins).

use super::consensus::{log_consensus, read_consensus, write_consensus};
use super::write::{log_answer, read_answer};
use super::{insert_respondent, parse_uuid, refresh_summary, upsert_agency, upsert_answer, DbResult, Store};
use crate::error::{CoreError, Result};
use crate::exchange::{self, ExchangeProblem};
use crate::model::*;
use crate::rules::final_cannot_be_imported_into;
use crate::time;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub assessment: Uuid,
    pub title: String,
    /// The assessment was new to this database.
    pub created: bool,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Entries where this database had a newer value, which was kept.
    pub kept_local: u32,
    /// Local values replaced by newer ones from the file (the other copy was newer); each
    /// is in the change log with its old value, and can be restored from there.
    pub overwritten: Vec<Overwritten>,
    /// Respondents new to this assessment, by name.
    pub new_respondents: Vec<String>,
    pub answers_added: u32,
    pub answers_updated: u32,
    pub consensus_added: u32,
    pub consensus_updated: u32,
}

impl ImportReport {
    pub fn changed(&self) -> bool {
        self.created || self.added > 0 || self.updated > 0
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Overwritten {
    /// "answer" or "consensus"
    pub kind: &'static str,
    pub respondent: Option<String>,
    pub question: String,
    pub old_level: Option<u8>,
    pub new_level: Option<u8>,
    pub old_updated_at: String,
    pub new_updated_at: String,
}

impl Store {
    /// Reads, validates and imports an exchange file in one transaction.
    /// A refused file writes nothing.
    pub fn import_file(&mut self, path: &Path) -> Result<ImportReport> {
        self.import_path(path, false)
    }

    /// [`Store::import_file`] for a file that would change an assessment that is final
    /// here, once the user agreed: the assessment is reopened and the file merged, in one
    /// transaction (a refused file, or one that brings nothing new, leaves it final).
    pub fn import_file_reopening(&mut self, path: &Path) -> Result<ImportReport> {
        self.import_path(path, true)
    }

    fn import_path(&mut self, path: &Path, reopen: bool) -> Result<ImportReport> {
        let (doc, _) = exchange::read_file(path, self.catalog())?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string());
        self.import_doc(doc, &format!("import of {name}"), reopen)
    }

    /// Imports a document already validated by `exchange::validate`.
    pub fn import(&mut self, doc: AssessmentDoc) -> Result<ImportReport> {
        self.import_from(doc, "import")
    }

    /// Imports `doc`; the values it overwrites are logged as changed by `who`.
    pub fn import_from(&mut self, doc: AssessmentDoc, who: &str) -> Result<ImportReport> {
        self.import_doc(doc, who, false)
    }

    fn import_doc(&mut self, mut doc: AssessmentDoc, who: &str, reopen: bool) -> Result<ImportReport> {
        exchange::validate("input", &doc, self.catalog())?;
        exchange::normalize(&mut doc);
        let path = self.path.clone();
        let id = doc.assessment.id;
        let sid = id.to_string();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&path)?;

        // Respondent ids are global keys: one used by another assessment is refused.
        for (i, r) in doc.respondents.iter().enumerate() {
            let owner: Option<String> = tx
                .query_row("SELECT assessment_id FROM respondents WHERE id = ?1", [r.id.to_string()], |x| x.get(0))
                .optional()
                .db(&path)?;
            if owner.as_deref().is_some_and(|o| o != sid) {
                return Err(CoreError::InvalidExchange {
                    file: "input".into(),
                    path: format!("respondents[{i}].id"),
                    problem: Box::new(ExchangeProblem::RespondentElsewhere { id: r.id.to_string() }),
                });
            }
        }

        let mut local: Option<(String, Option<String>, String, String, String)> = tx
            .query_row(
                "SELECT updated_at, deleted_at, framework_id, framework_version, status FROM assessments WHERE id = ?1",
                [&sid],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()
            .db(&path)?;
        if let Some(l) = local.as_mut().filter(|l| reopen && l.4 == Status::Final.as_str()) {
            // Reopened as `reopen` does, but its time left alone: the merge below still
            // compares the file with when the assessment last changed here.
            tx.execute("UPDATE assessments SET status = 'draft', finalized_at = NULL WHERE id = ?1", [&sid]).db(&path)?;
            log_by(&tx, &path, id, who, &sid, "reopen", "reopened to import the file")?;
            l.4 = Status::Draft.as_str().to_string();
        }
        let a = &doc.assessment;
        let mut report = ImportReport {
            assessment: id,
            title: a.title.clone(),
            created: local.is_none(),
            added: 0,
            updated: 0,
            unchanged: 0,
            kept_local: 0,
            overwritten: Vec::new(),
            new_respondents: Vec::new(),
            answers_added: 0,
            answers_updated: 0,
            consensus_added: 0,
            consensus_updated: 0,
        };
        let targets = serde_json::to_string(&a.targets).unwrap_or_else(|_| "{}".into());
        // Bringing back a deleted assessment is not a change of its content.
        let mut undeleted = 0;
        match &local {
            None => {
                let agency_id = upsert_agency(&tx, &path, &a.agency, false)?;
                tx.execute(
                    "INSERT INTO assessments (id, agency_id, title, framework_id, framework_version, mode, status, targets,
                        created_at, updated_at, finalized_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![sid, agency_id, a.title, doc.framework.id, doc.framework.version, a.mode.as_str(), a.status.as_str(),
                        targets, a.created_at, a.updated_at, a.finalized_at],
                )
                .db(&path)?;
            }
            Some((_, _, fid, fver, _)) if fid != &doc.framework.id || fver != &doc.framework.version => {
                return Err(CoreError::InvalidExchange {
                    file: "input".into(),
                    path: "framework".into(),
                    problem: Box::new(ExchangeProblem::FrameworkMismatch {
                        stored: fid.clone(),
                        stored_version: fver.clone(),
                        framework: doc.framework.id.clone(),
                        version: doc.framework.version.clone(),
                    }),
                });
            }
            Some((local_updated, deleted, ..)) => {
                if deleted.is_some() {
                    tx.execute("UPDATE assessments SET deleted_at = NULL WHERE id = ?1", [&sid]).db(&path)?;
                    report.updated += 1;
                    undeleted = 1;
                }
                if newer(&a.updated_at, local_updated) {
                    let n = tx
                        .execute(
                            "UPDATE assessments SET title = ?2, mode = ?3, status = ?4, targets = ?5, finalized_at = ?6
                              WHERE id = ?1 AND (title <> ?2 OR mode <> ?3 OR status <> ?4 OR targets <> ?5
                                    OR finalized_at IS NOT ?6)",
                            params![sid, a.title, a.mode.as_str(), a.status.as_str(), targets, a.finalized_at],
                        )
                        .db(&path)?;
                    report.updated += n as u32;
                }
            }
        }

        let existing: HashMap<String, (usize, Respondent)> = {
            // Removed respondents too: one removed here stays removed (an undo brings
            // them back with the newest answers).
            let mut stmt = tx.prepare("SELECT id, ord, name, role, unit, interviewed_on FROM respondents WHERE assessment_id = ?1").db(&path)?;
            let rows = stmt
                .query_map([&sid], |r| {
                    let id: String = r.get(0)?;
                    let ord = r.get::<_, i64>(1)? as usize;
                    Ok((id.clone(), (ord, Respondent { id: parse_uuid(&id), name: r.get(2)?, role: r.get(3)?, unit: r.get(4)?, interviewed_on: r.get(5)? })))
                })
                .db(&path)?;
            rows.collect::<rusqlite::Result<_>>().db(&path)?
        };
        let mut next_ord = existing.values().map(|(o, _)| o + 1).max().unwrap_or(0);
        let file_is_newer = local.as_ref().is_none_or(|(u, ..)| newer(&a.updated_at, u));
        for r in &doc.respondents {
            match existing.get(&r.id.to_string()) {
                None => {
                    insert_respondent(&tx, &path, id, next_ord, r)?;
                    next_ord += 1;
                    if !report.created {
                        report.added += 1;
                    }
                    report.new_respondents.push(r.name.clone());
                }
                Some((_, old)) if old != r && file_is_newer => {
                    tx.execute(
                        "UPDATE respondents SET name = ?2, role = ?3, unit = ?4, interviewed_on = ?5 WHERE id = ?1",
                        params![r.id.to_string(), r.name, r.role, r.unit, r.interviewed_on],
                    )
                    .db(&path)?;
                    report.updated += 1;
                    let json = |r: &Respondent| serde_json::to_string(r).ok();
                    let rid = r.id.to_string();
                    super::write::log_change(
                        &tx,
                        &path,
                        id,
                        &super::write::Logged { who, entity: "respondent", entity_id: &rid, action: "edit", detail: &r.name, old: json(old), new: json(r) },
                    )?;
                }
                Some(_) => {}
            }
        }
        let names: HashMap<Uuid, &str> = doc.respondents.iter().map(|r| (r.id, r.name.as_str())).collect();

        for ans in &doc.answers {
            match read_answer(&tx, &path, id, ans.respondent, &ans.question)? {
                None => {
                    upsert_answer(&tx, &path, id, ans)?;
                    report.added += 1;
                    report.answers_added += 1;
                }
                Some(o) if &o == ans => report.unchanged += 1,
                Some(o) if wins((ans.updated_at.as_str(), answer_key(ans)), (o.updated_at.as_str(), answer_key(&o))) => {
                    upsert_answer(&tx, &path, id, ans)?;
                    log_answer(&tx, &path, id, who, "merge", Some(&o), ans)?;
                    report.updated += 1;
                    report.answers_updated += 1;
                    report.overwritten.push(Overwritten {
                        kind: "answer",
                        respondent: names.get(&ans.respondent).map(|s| s.to_string()),
                        question: ans.question.clone(),
                        old_level: o.level,
                        new_level: ans.level,
                        old_updated_at: o.updated_at,
                        new_updated_at: ans.updated_at.clone(),
                    });
                }
                Some(_) => report.kept_local += 1,
            }
        }
        for c in &doc.consensus {
            match read_consensus(&tx, &path, id, &c.question)? {
                None => {
                    write_consensus(&tx, &path, id, c)?;
                    report.added += 1;
                    report.consensus_added += 1;
                }
                Some(o) if &o == c => report.unchanged += 1,
                Some(o) if wins((c.updated_at.as_str(), (c.level, &c.rationale)), (o.updated_at.as_str(), (o.level, &o.rationale))) => {
                    write_consensus(&tx, &path, id, c)?;
                    log_consensus(&tx, &path, id, who, "merge", Some(&o), Some(c))?;
                    report.updated += 1;
                    report.consensus_updated += 1;
                    report.overwritten.push(Overwritten {
                        kind: "consensus",
                        respondent: None,
                        question: c.question.clone(),
                        old_level: Some(o.level),
                        new_level: Some(c.level),
                        old_updated_at: o.updated_at,
                        new_updated_at: c.updated_at.clone(),
                    });
                }
                Some(_) => report.kept_local += 1,
            }
        }

        if !report.changed() {
            // Idempotent: the same file twice writes nothing at all.
            return Ok(report);
        }
        let was_final = local.as_ref().is_some_and(|l| l.4 == Status::Final.as_str());
        if was_final && (report.added > 0 || report.updated > undeleted) {
            // Dropping the transaction undoes everything above.
            return Err(final_cannot_be_imported_into("input", &a.title, &id));
        }
        if let Some((local_updated, ..)) = &local {
            let latest = if newer(&a.updated_at, local_updated) { &a.updated_at } else { local_updated };
            tx.execute("UPDATE assessments SET updated_at = ?2 WHERE id = ?1", params![sid, latest]).db(&path)?;
        }
        let detail = format!("added {}, updated {}, kept {}", report.added, report.updated, report.kept_local);
        log_by(&tx, &path, id, who, &sid, if report.created { "import" } else { "merge" }, &detail)?;
        refresh_summary(&tx, &path, &self.catalog, id)?;
        tx.commit().db(&path)?;
        Ok(report)
    }

    /// The assessment as an exchange document.
    pub fn export(&self, id: Uuid) -> Result<AssessmentDoc> {
        self.load(id)
    }
}

/// An assessment-level entry made by the import `who` (the change log says which file).
fn log_by(tx: &rusqlite::Transaction, path: &str, id: Uuid, who: &str, sid: &str, action: &str, detail: &str) -> Result<()> {
    let entry = super::write::Logged { who, entity: "assessment", entity_id: sid, action, detail, ..Default::default() };
    super::write::log_change(tx, path, id, &entry)
}

/// Whether the file's value replaces the local one: the newer wins; at the same instant
/// the greater content does, so that merging A into B and B into A end the same.
fn wins<K: Ord>(file: (&str, K), local: (&str, K)) -> bool {
    newer(file.0, local.0) || (!newer(local.0, file.0) && file.1 > local.1)
}

fn answer_key(a: &Answer) -> (Option<u8>, bool, &str, &str) {
    (a.level, a.not_applicable, a.note.as_str(), a.evidence.as_str())
}

fn newer(a: &str, b: &str) -> bool {
    match (time::parse(a), time::parse(b)) {
        (Some(x), Some(y)) => x > y,
        _ => a > b,
    }
}
