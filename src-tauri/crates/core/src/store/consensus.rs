//! Consensus: the level the consultant settles on for a question after hearing everyone,
//! with the reason; it overrides the median in scoring until it is cleared.

use super::write::{log_change, Logged};
use super::{refresh_summary, DbResult, Store};
use crate::error::{CoreError, Result};
use crate::model::*;
use crate::rules::{block_text, check_text, final_cannot_be_edited, level_in_range, level_out_of_range, Field, MAX_ANSWER_TEXT};
use crate::time;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use uuid::Uuid;

/// The stored consensus of `question`, if any.
pub(crate) fn read_consensus(conn: &Connection, path: &str, id: Uuid, question: &str) -> Result<Option<Consensus>> {
    conn.prepare_cached("SELECT level, rationale, updated_at FROM consensus WHERE assessment_id = ?1 AND question_id = ?2")
        .and_then(|mut stmt| {
            stmt.query_row(params![id.to_string(), question], |r| {
                Ok(Consensus { question: question.to_string(), level: r.get(0)?, rationale: r.get(1)?, updated_at: r.get(2)? })
            })
            .optional()
        })
        .db(path)
}

pub(crate) fn write_consensus(conn: &Connection, path: &str, id: Uuid, c: &Consensus) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO consensus (assessment_id, question_id, level, rationale, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (assessment_id, question_id) DO UPDATE SET level = excluded.level,
           rationale = excluded.rationale, updated_at = excluded.updated_at",
    )
    .and_then(|mut stmt| stmt.execute(params![id.to_string(), c.question, c.level, c.rationale, c.updated_at]))
    .db(path)?;
    Ok(())
}

/// Logs a consensus set, cleared or merged by `who` (empty: the consultant).
pub(crate) fn log_consensus(conn: &Connection, path: &str, id: Uuid, who: &str, action: &str, old: Option<&Consensus>, new: Option<&Consensus>) -> Result<()> {
    let words = |c: Option<&Consensus>| c.map(|c| format!("consensus level {}", c.level)).unwrap_or_else(|| "the median".into());
    let detail = format!("{} (was {})", words(new), words(old));
    let json = |c: &Consensus| serde_json::to_string(c).ok();
    let question = new.or(old).map(|c| c.question.as_str()).unwrap_or_default();
    log_change(
        conn,
        path,
        id,
        &Logged { who, entity: "consensus", entity_id: question, action, detail: &detail, old: old.and_then(json), new: new.and_then(json) },
    )
}

impl Store {
    /// Sets the consensus level of `question`; a rationale is required (the report shows it).
    pub fn set_consensus(&mut self, id: Uuid, question: &str, level: u8, rationale: &str) -> Result<Consensus> {
        self.put_consensus(id, question, level, rationale, "set")
    }

    pub(crate) fn put_consensus(&mut self, id: Uuid, question: &str, level: u8, rationale: &str, action: &str) -> Result<Consensus> {
        let fw = self.consensus_target(id, question)?;
        if !level_in_range(level, fw) {
            return Err(level_out_of_range(level, fw, question));
        }
        check_text(rationale.trim(), MAX_ANSWER_TEXT, Field::Rationale)?;
        let rationale = block_text(rationale);
        let rationale = rationale.trim();
        if rationale.is_empty() {
            let message = "the rationale is empty: say why this level was agreed (the report shows it)";
            return Err(CoreError::refused("invalid_input", "err-rationale-empty", vec![], Some(Field::Rationale.id().into()), message));
        }
        let c = Consensus { question: question.to_string(), level, rationale: rationale.to_string(), updated_at: time::now() };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let old = read_consensus(&tx, &self.path, id, question)?;
        write_consensus(&tx, &self.path, id, &c)?;
        super::respondents::touch(&tx, &self.path, id)?;
        log_consensus(&tx, &self.path, id, "", action, old.as_ref(), Some(&c))?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)?;
        Ok(c)
    }

    /// Clears the consensus of `question`: it is scored by the median again. Returns the
    /// consensus that was cleared (`None`: there was none, and nothing changed).
    pub fn clear_consensus(&mut self, id: Uuid, question: &str) -> Result<Option<Consensus>> {
        self.consensus_target(id, question)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let Some(old) = read_consensus(&tx, &self.path, id, question)? else { return Ok(None) };
        tx.execute("DELETE FROM consensus WHERE assessment_id = ?1 AND question_id = ?2", params![id.to_string(), question])
            .db(&self.path)?;
        super::respondents::touch(&tx, &self.path, id)?;
        log_consensus(&tx, &self.path, id, "", "clear", Some(&old), None)?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)?;
        Ok(Some(old))
    }

    /// Checks that the draft `id` has `question`; gives its framework's level count.
    fn consensus_target(&self, id: Uuid, question: &str) -> Result<u8> {
        let (fref, status) = self.assessment_ref(id)?;
        if status == Status::Final {
            return Err(final_cannot_be_edited());
        }
        let fw = self.framework_for(&fref)?;
        if fw.question_position(question).is_none() {
            return Err(CoreError::InvalidInput(format!("question `{question}` is not in framework {} {}", fw.id, fw.version)));
        }
        Ok(fw.level_count())
    }
}

impl Store {
    /// Per question, each respondent's level, the consolidated level, spread and consensus.
    pub fn consolidation(&self, id: Uuid, lang: crate::text::Lang) -> Result<crate::consolidation::Consolidation> {
        let doc = self.load(id)?;
        let fw = self.framework_for(&doc.framework)?;
        Ok(crate::consolidation::consolidate(&fw, &doc, lang))
    }
}
