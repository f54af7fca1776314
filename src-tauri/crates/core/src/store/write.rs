//! Writing: every change in one immediate transaction, logged, with the score summary
//! refreshed inside it; the helpers work on a connection or a transaction.

use super::rows::load_doc;
use super::{DbResult, Store};
use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use crate::model::*;
use crate::rules::{block_text, check_text, line_text, clean_country, clean_name, clean_tags, final_cannot_be_edited, level_in_range, level_out_of_range, Field, MAX_ANSWER_TEXT, MAX_EXCHANGE_BYTES, MAX_NAME};
use crate::scoring;
use crate::text::Lang;
use crate::time;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::collections::BTreeMap;
use uuid::Uuid;

impl Store {
    pub fn create(&mut self, new: NewAssessment) -> Result<AssessmentDoc> {
        let name = clean_name(&new.agency.name, Field::AgencyName)?;
        let country = clean_country(&new.agency.country)?;
        let fw = self.catalog.require(&new.framework_id, new.framework_version.as_deref())?.clone();
        // No title is stored as none (empty): whatever shows it says "untitled" in its own
        // language (the UI, the report), not a title made up here in English.
        let title = match line_text(&new.title) {
            t if t.is_empty() => t,
            t => clean_name(&t, Field::Title)?,
        };
        let tags = clean_tags(&new.agency.tags);
        for (value, what) in [(new.agency.sector.trim(), Field::Sector), (new.agency.size.trim(), Field::Size)] {
            check_text(value, MAX_NAME, what)?;
        }
        for tag in &tags {
            check_text(tag, MAX_NAME, Field::Tag)?;
        }
        let now = time::now();
        let id = Uuid::new_v4();
        let agency = AgencyInfo {
            id: None,
            name,
            sector: line_text(&new.agency.sector),
            country,
            size: line_text(&new.agency.size),
            tags,
        };
        let respondents = match new.mode {
            Mode::SelfAssessment => vec![Respondent::implicit(Uuid::new_v4())],
            Mode::Interview => Vec::new(),
        };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let agency_id = upsert_agency(&tx, &self.path, &agency, true)?;
        tx.execute(
            "INSERT INTO assessments (id, agency_id, title, framework_id, framework_version, mode, status, targets, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'draft', '{}', ?7, ?7)",
            params![id.to_string(), agency_id, title, fw.id, fw.version, new.mode.as_str(), now],
        )
        .db(&self.path)?;
        for (ord, r) in respondents.iter().enumerate() {
            insert_respondent(&tx, &self.path, id, ord, r)?;
        }
        log(&tx, &self.path, id, "assessment", &id.to_string(), "create", &fw.id)?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)?;
        self.load(id)
    }

    /// Stores one answer in its own immediate transaction, with the score summary.
    pub fn save_answer(&mut self, input: AnswerInput, lang: Lang) -> Result<(Answer, AssessmentSummary)> {
        self.write_answer(input, "set", lang)
    }

    /// [`Store::save_answer`], logged as `action` ("set", or "restore" from the change log).
    pub(crate) fn write_answer(&mut self, input: AnswerInput, action: &str, lang: Lang) -> Result<(Answer, AssessmentSummary)> {
        let doc_ref = self.assessment_ref(input.assessment)?;
        if doc_ref.1 == Status::Final {
            return Err(final_cannot_be_edited());
        }
        let fw = self.framework_for(&doc_ref.0)?;
        if fw.question_position(&input.question).is_none() {
            return Err(CoreError::InvalidInput(format!(
                "question `{}` is not in framework {} {}",
                input.question, fw.id, fw.version
            )));
        }
        if let Some(l) = input.level {
            if !level_in_range(l, fw.level_count()) {
                return Err(level_out_of_range(l, fw.level_count(), &input.question));
            }
            if input.not_applicable {
                let message = "an answer is either a level or not applicable, not both";
                return Err(CoreError::refused("invalid_input", "err-level-and-na", vec![], Some(input.question.clone()), message));
            }
        }
        for (text, what) in [(&input.note, Field::Note), (&input.evidence, Field::Evidence)] {
            check_text(text, MAX_ANSWER_TEXT, what)?;
        }
        let owner: Option<String> = self
            .conn
            .query_row("SELECT assessment_id FROM respondents WHERE id = ?1 AND removed_at IS NULL", [input.respondent.to_string()], |r| r.get(0))
            .optional()
            .db(&self.path)?;
        if owner.as_deref() != Some(input.assessment.to_string().as_str()) {
            return Err(CoreError::not_found("respondent", input.respondent.to_string()));
        }
        let now = time::now();
        let answer = Answer {
            respondent: input.respondent,
            question: input.question,
            level: input.level,
            not_applicable: input.not_applicable,
            note: block_text(&input.note),
            evidence: block_text(&input.evidence),
            updated_at: now.clone(),
        };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let old = read_answer(&tx, &self.path, input.assessment, answer.respondent, &answer.question)?;
        upsert_answer(&tx, &self.path, input.assessment, &answer)?;
        tx.execute(
            "UPDATE assessments SET updated_at = ?2, position = ?3 WHERE id = ?1",
            params![input.assessment.to_string(), now, answer.question],
        )
        .db(&self.path)?;
        log_answer(&tx, &self.path, input.assessment, "", action, old.as_ref(), &answer)?;
        refresh_summary(&tx, &self.path, &self.catalog, input.assessment)?;
        tx.commit().db(&self.path)?;
        let summary = self.summary(input.assessment, lang)?;
        Ok((answer, summary))
    }

    pub fn set_position(&mut self, id: Uuid, question: &str) -> Result<()> {
        let (fref, _) = self.assessment_ref(id)?;
        let fw = self.framework_for(&fref)?;
        if fw.question_position(question).is_none() {
            return Err(CoreError::InvalidInput(format!("question `{question}` is not in framework {} {}", fw.id, fw.version)));
        }
        self.conn
            .execute("UPDATE assessments SET position = ?2 WHERE id = ?1", params![id.to_string(), question])
            .db(&self.path)?;
        Ok(())
    }

    pub fn set_target(&mut self, id: Uuid, dimension: &str, level: Option<u8>) -> Result<()> {
        let mut doc = self.load(id)?;
        let fw = self.framework_for(&doc.framework)?;
        if fw.dimension_position(dimension).is_none() {
            return Err(CoreError::InvalidInput(format!("dimension `{dimension}` is not in framework {}", fw.id)));
        }
        match level {
            Some(l) if level_in_range(l, fw.level_count()) => {
                doc.assessment.targets.insert(dimension.to_string(), l);
            }
            Some(l) => {
                let (levels, message) = (fw.level_count(), format!("target {l} is out of range: choose 1 to {}", fw.level_count()));
                let args = vec![("level", l.to_string()), ("max", levels.to_string())];
                return Err(CoreError::refused("invalid_input", "err-target-out-of-range", args, Some(dimension.to_string()), message));
            }
            None => {
                doc.assessment.targets.remove(dimension);
            }
        }
        let targets = serde_json::to_string(&doc.assessment.targets).unwrap_or_else(|_| "{}".into());
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        tx.execute(
            "UPDATE assessments SET targets = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), targets, time::now()],
        )
        .db(&self.path)?;
        log(&tx, &self.path, id, "target", dimension, "set", &format!("{level:?}"))?;
        refresh_summary(&tx, &self.path, &self.catalog, id)?;
        tx.commit().db(&self.path)
    }

    pub fn finalize(&mut self, id: Uuid, lang: Lang) -> Result<AssessmentSummary> {
        let (_, status) = self.assessment_ref(id)?;
        if status == Status::Draft {
            let now = time::now();
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
            tx.execute(
                "UPDATE assessments SET status = 'final', finalized_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), now],
            )
            .db(&self.path)?;
            log(&tx, &self.path, id, "assessment", &id.to_string(), "finalize", "")?;
            tx.commit().db(&self.path)?;
        }
        self.summary(id, lang)
    }

    /// Makes a final assessment a draft again (the only way a final one changes: its
    /// answers, or an import that changes it, are refused until then).
    pub fn reopen(&mut self, id: Uuid, lang: Lang) -> Result<AssessmentSummary> {
        let (_, status) = self.assessment_ref(id)?;
        if status == Status::Final {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
            tx.execute(
                "UPDATE assessments SET status = 'draft', finalized_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), time::now()],
            )
            .db(&self.path)?;
            log(&tx, &self.path, id, "assessment", &id.to_string(), "reopen", "")?;
            tx.commit().db(&self.path)?;
        }
        self.summary(id, lang)
    }

    /// A new draft for the same agency and framework, with its respondents but no answers.
    pub fn duplicate(&mut self, id: Uuid) -> Result<AssessmentDoc> {
        let doc = self.load(id)?;
        let new_id = Uuid::new_v4();
        let now = time::now();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        tx.execute(
            "INSERT INTO assessments (id, agency_id, title, framework_id, framework_version, mode, status, targets, created_at, updated_at)
             SELECT ?2, agency_id, title, framework_id, framework_version, mode, 'draft', targets, ?3, ?3
               FROM assessments WHERE id = ?1",
            params![id.to_string(), new_id.to_string(), now],
        )
        .db(&self.path)?;
        for (ord, r) in doc.respondents.iter().enumerate() {
            insert_respondent(&tx, &self.path, new_id, ord, &Respondent { id: Uuid::new_v4(), ..r.clone() })?;
        }
        log(&tx, &self.path, new_id, "assessment", &new_id.to_string(), "duplicate", &id.to_string())?;
        refresh_summary(&tx, &self.path, &self.catalog, new_id)?;
        tx.commit().db(&self.path)?;
        self.load(new_id)
    }

    /// Hides an assessment at once; `undo_delete` brings it back (within the hour).
    pub fn delete(&mut self, id: Uuid) -> Result<()> {
        self.assessment_ref(id)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        tx.execute("UPDATE assessments SET deleted_at = ?2 WHERE id = ?1", params![id.to_string(), time::now()])
            .db(&self.path)?;
        log(&tx, &self.path, id, "assessment", &id.to_string(), "delete", "")?;
        tx.commit().db(&self.path)
    }

    pub fn undo_delete(&mut self, id: Uuid, lang: Lang) -> Result<AssessmentSummary> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let n = tx
            .execute("UPDATE assessments SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", [id.to_string()])
            .db(&self.path)?;
        if n == 0 {
            return Err(CoreError::not_found("deleted assessment", id.to_string()));
        }
        log(&tx, &self.path, id, "assessment", &id.to_string(), "undelete", "")?;
        tx.commit().db(&self.path)?;
        self.summary(id, lang)
    }
}

/// Finds the agency (same id, else same name key and country) or creates it.
/// With `update_profile`, the stored sector/size/tags take the given values.
/// An id that names a stored agency of another name or country is refused: the record
/// would be filed under an agency it does not describe.
pub(crate) fn upsert_agency(conn: &Connection, path: &str, a: &AgencyInfo, update_profile: bool) -> Result<String> {
    let key = agency_key(&a.name);
    let by_id: Option<(String, String, String, String)> = match a.id {
        Some(id) => conn
            .query_row("SELECT id, name, name_key, country FROM agencies WHERE id = ?1", [id.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()
            .db(path)?,
        None => None,
    };
    if let Some((id, name, name_key, country)) = &by_id {
        if name_key != &key || country != &a.country {
            return Err(CoreError::InvalidExchange {
                file: "input".into(),
                path: "assessment.agency.id".into(),
                problem: Box::new(crate::exchange::ExchangeProblem::AgencyMismatch {
                    id: id.clone(),
                    name: name.clone(),
                    country: country.clone(),
                    file_name: a.name.clone(),
                    file_country: a.country.clone(),
                }),
            });
        }
    }
    let by_id = by_id.map(|(id, ..)| id);
    let existing = match by_id {
        Some(id) => Some(id),
        None => conn
            .query_row("SELECT id FROM agencies WHERE name_key = ?1 AND country = ?2", params![key, a.country], |r| r.get(0))
            .optional()
            .db(path)?,
    };
    let tags = serde_json::to_string(&a.tags).unwrap_or_else(|_| "[]".into());
    let now = time::now();
    match existing {
        Some(id) => {
            if update_profile {
                conn.execute(
                    "UPDATE agencies SET sector = ?2, size = ?3, tags = ?4, updated_at = ?5 WHERE id = ?1
                       AND (sector <> ?2 OR size <> ?3 OR tags <> ?4)",
                    params![id, a.sector, a.size, tags, now],
                )
                .db(path)?;
            }
            Ok(id)
        }
        None => {
            let id = a.id.unwrap_or_else(Uuid::new_v4).to_string();
            conn.execute(
                "INSERT INTO agencies (id, name, name_key, sector, country, size, tags, created_at, updated_at, pack_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
                params![id, a.name, key, a.sector, a.country, a.size, tags, now, Uuid::new_v4().simple().to_string()],
            )
            .db(path)?;
            Ok(id)
        }
    }
}

pub(crate) fn insert_respondent(conn: &Connection, path: &str, assessment: Uuid, ord: usize, r: &Respondent) -> Result<()> {
    conn.execute(
        "INSERT INTO respondents (id, assessment_id, ord, name, role, unit, interviewed_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![r.id.to_string(), assessment.to_string(), ord as i64, r.name, r.role, r.unit, r.interviewed_on],
    )
    .db(path)?;
    Ok(())
}

pub(crate) fn upsert_answer(conn: &Connection, path: &str, assessment: Uuid, a: &Answer) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO answers (assessment_id, respondent_id, question_id, level, not_applicable, note, evidence, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (assessment_id, respondent_id, question_id) DO UPDATE SET level = excluded.level,
           not_applicable = excluded.not_applicable, note = excluded.note, evidence = excluded.evidence,
           updated_at = excluded.updated_at",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![assessment.to_string(), a.respondent.to_string(), a.question, a.level, a.not_applicable, a.note, a.evidence, a.updated_at])
    })
    .db(path)?;
    Ok(())
}

/// What an answer says, in words, for the change log.
pub(crate) fn answer_words(a: &Answer) -> String {
    match (a.level, a.not_applicable) {
        (Some(l), _) => format!("level {l}"),
        (None, true) => "not applicable".into(),
        (None, false) => "no level".into(),
    }
}

/// Logs an answer set by `who` (empty: the consultant), with the value it replaced.
pub(crate) fn log_answer(conn: &Connection, path: &str, assessment: Uuid, who: &str, action: &str, old: Option<&Answer>, new: &Answer) -> Result<()> {
    let detail = match old {
        Some(o) => format!("{} (was {})", answer_words(new), answer_words(o)),
        None => answer_words(new),
    };
    let entity_id = format!("{}/{}", new.respondent, new.question);
    let json = |a: &Answer| serde_json::to_string(a).ok();
    log_change(
        conn,
        path,
        assessment,
        &Logged { who, entity: "answer", entity_id: &entity_id, action, detail: &detail, old: old.and_then(json), new: json(new) },
    )
}

/// The stored answer of `respondent` to `question`, if any.
pub(crate) fn read_answer(conn: &Connection, path: &str, assessment: Uuid, respondent: Uuid, question: &str) -> Result<Option<Answer>> {
    conn.prepare_cached(
        "SELECT level, not_applicable, note, evidence, updated_at FROM answers
          WHERE assessment_id = ?1 AND respondent_id = ?2 AND question_id = ?3",
    )
    .and_then(|mut stmt| {
        stmt.query_row(params![assessment.to_string(), respondent.to_string(), question], |r| {
            Ok(Answer {
                respondent,
                question: question.to_string(),
                level: r.get(0)?,
                not_applicable: r.get(1)?,
                note: r.get(2)?,
                evidence: r.get(3)?,
                updated_at: r.get(4)?,
            })
        })
        .optional()
    })
    .db(path)
}

pub(crate) fn log(conn: &Connection, path: &str, assessment: Uuid, entity: &str, entity_id: &str, action: &str, detail: &str) -> Result<()> {
    log_change(conn, path, assessment, &Logged { entity, entity_id, action, detail, ..Logged::default() })
}

/// One change-log entry: by whom, what, with the value before and after (JSON).
#[derive(Default)]
pub(crate) struct Logged<'a> {
    pub who: &'a str,
    pub entity: &'a str,
    pub entity_id: &'a str,
    pub action: &'a str,
    pub detail: &'a str,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub(crate) fn log_change(conn: &Connection, path: &str, assessment: Uuid, e: &Logged) -> Result<()> {
    // The UI has a label for each listed word only: a new one goes into the lists first.
    use crate::store::changes::{ChangeAction, ChangeEntity};
    debug_assert!(ChangeEntity::parse(e.entity).is_some(), "change-log entity `{}` is not in ChangeEntity", e.entity);
    debug_assert!(ChangeAction::parse(e.action).is_some(), "change-log action `{}` is not in ChangeAction", e.action);
    let who = if e.who.is_empty() { crate::store::changes::CONSULTANT } else { e.who };
    conn.prepare_cached(
        "INSERT INTO change_log (at, assessment_id, who, entity, entity_id, action, detail, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )
    .and_then(|mut stmt| stmt.execute(params![time::now(), assessment.to_string(), who, e.entity, e.entity_id, e.action, e.detail, e.old, e.new]))
    .db(path)?;
    Ok(())
}

/// Rescores an assessment and stores the summary; called inside every write's transaction.
pub(crate) fn refresh_summary(conn: &Connection, path: &str, catalog: &Catalog, id: Uuid) -> Result<()> {
    let doc = load_doc(conn, path, catalog, id)?;
    // Whatever is stored must export and import again: the export is held to the import limit.
    let bytes = crate::exchange::to_bytes(&doc).len() as u64;
    if bytes > MAX_EXCHANGE_BYTES {
        return Err(CoreError::InvalidInput(format!(
            "this change would make the assessment `{}` {:.1} MiB as an exchange file, over the {} MiB an exchange file may hold: shorten notes or evidence (nothing was saved)",
            doc.assessment.title,
            bytes as f64 / 1048576.0,
            MAX_EXCHANGE_BYTES / 1048576
        )));
    }
    let Some(fw) = catalog.get(&doc.framework.id, Some(&doc.framework.version)) else {
        return Ok(()); // framework uninstalled: keep the last summary
    };
    let s = scoring::score(fw, &doc, Lang::En);
    let dims: BTreeMap<&str, Option<f64>> = s.dimensions.iter().map(|d| (d.id.as_str(), d.score)).collect();
    let answered: u32 = s.dimensions.iter().map(|d| d.answered).sum();
    conn.execute(
        "INSERT INTO score_summaries (assessment_id, score, idx, stage, completeness, answered, questions, dimensions, computed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (assessment_id) DO UPDATE SET score = excluded.score, idx = excluded.idx, stage = excluded.stage,
           completeness = excluded.completeness, answered = excluded.answered, questions = excluded.questions,
           dimensions = excluded.dimensions, computed_at = excluded.computed_at",
        params![
            id.to_string(),
            s.overall.score,
            s.overall.index,
            s.overall.stage,
            s.completeness,
            answered,
            fw.questions.len() as u32,
            serde_json::to_string(&dims).unwrap_or_else(|_| "{}".into()),
            time::now()
        ],
    )
    .db(path)?;
    Ok(())
}
