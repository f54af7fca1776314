//! SQLite storage: one writer connection, WAL, foreign keys on, immediate transactions,
//! every answer committed on its own, and a score summary kept in step with every write.

mod agencies;
pub mod backup;
mod imports;
mod packs;
mod peers;
mod schema;
mod trend;

pub use agencies::AgencyProfile;
pub use packs::{parse_pack, Pack, PackEntry, PackImport};
pub use peers::Comparison;
pub use trend::TrendPoint;

pub use imports::{ImportReport, Overwritten};

use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use crate::framework::Framework;
use crate::model::*;
use crate::scoring::{self, Scores};
use crate::text::Lang;
use crate::time;
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use uuid::Uuid;

/// Longest note or evidence text accepted for one answer (characters).
pub const MAX_ANSWER_TEXT: usize = 100_000;
/// Longest agency name, title, respondent name (characters).
pub const MAX_NAME: usize = 300;

pub struct Store {
    conn: Connection,
    path: String,
    catalog: Catalog,
}

pub(crate) trait DbResult<T> {
    fn db(self, path: &str) -> Result<T>;
}

impl<T> DbResult<T> for rusqlite::Result<T> {
    fn db(self, path: &str) -> Result<T> {
        self.map_err(|source| CoreError::Storage { path: path.to_string(), source })
    }
}

/// The default database: `MIZAN_DB`, else `mizan.db` in the OS data directory.
pub fn default_db_path() -> PathBuf {
    if let Some(p) = std::env::var_os("MIZAN_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    data_dir().join("mizan.db")
}

/// The app's data directory (`~/.local/share/mizan` on Linux).
pub fn data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("mizan")
}

/// Where user-installed frameworks live, beside the database.
pub fn frameworks_dir(db_path: &Path) -> PathBuf {
    db_path.parent().map(|p| p.join("frameworks")).unwrap_or_else(|| PathBuf::from("frameworks"))
}

impl Store {
    pub fn open(path: &Path, catalog: Catalog) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
        }
        let conn = Connection::open(path).db(&path.display().to_string())?;
        Store::setup(conn, path.display().to_string(), catalog)
    }

    pub fn open_in_memory(catalog: Catalog) -> Result<Store> {
        let conn = Connection::open_in_memory().db(":memory:")?;
        Store::setup(conn, ":memory:".into(), catalog)
    }

    fn setup(conn: Connection, path: String, catalog: Catalog) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5)).db(&path)?;
        // FULL: an acknowledged answer survives a power cut, not only a crash.
        // cache_size: up to 32 MiB of pages (the default 2 MiB makes a list of thousands
        // of assessments re-read the file on every call; memory is only used as pages are read).
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;")
            .db(&path)?;
        let mut store = Store { conn, path, catalog };
        store.migrate()?;
        store.purge_deleted()?;
        Ok(store)
    }

    pub fn schema_version(&self) -> Result<u32> {
        self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).db(&self.path)
    }

    fn migrate(&mut self) -> Result<()> {
        let current = self.schema_version()? as usize;
        if current > schema::MIGRATIONS.len() {
            return Err(CoreError::Conflict(format!(
                "database {} was written by a newer Mizan (schema {current}); update Mizan to open it",
                self.path
            )));
        }
        for (i, step) in schema::MIGRATIONS.iter().enumerate().skip(current) {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
            tx.execute_batch(step).db(&self.path)?;
            tx.pragma_update(None, "user_version", (i + 1) as u32).db(&self.path)?;
            tx.commit().db(&self.path)?;
        }
        Ok(())
    }

    /// Deleted assessments stay restorable (undo) for an hour, then are removed for good.
    fn purge_deleted(&mut self) -> Result<()> {
        let cutoff = time::format(chrono::Utc::now() - chrono::Duration::hours(1));
        self.conn
            .execute("DELETE FROM assessments WHERE deleted_at IS NOT NULL AND deleted_at < ?1", [cutoff])
            .db(&self.path)?;
        Ok(())
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn catalog_mut(&mut self) -> &mut Catalog {
        &mut self.catalog
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn integrity_check(&self) -> Result<String> {
        self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).db(&self.path)
    }

    // ---- reading -------------------------------------------------------------------

    const SUMMARY_SELECT: &'static str = "SELECT a.id, a.title, g.id, g.name, g.sector, g.country, g.size, g.tags,
            a.framework_id, a.framework_version, a.mode, a.status, s.score, s.idx, s.stage,
            s.completeness, s.answered, s.questions, a.created_at, a.updated_at, a.finalized_at
       FROM assessments a JOIN agencies g ON g.id = a.agency_id
       LEFT JOIN score_summaries s ON s.assessment_id = a.id";

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

    fn summary_from_row(&self, r: &Row, lang: Lang) -> rusqlite::Result<AssessmentSummary> {
        let framework = FrameworkRef { id: r.get(8)?, version: r.get(9)? };
        let stage: Option<u8> = r.get(14)?;
        let (framework_title, stage_name) = self.labels(&framework, stage, lang);
        let tags: String = r.get(7)?;
        Ok(AssessmentSummary {
            id: parse_uuid(r.get_ref(0)?.as_str()?),
            title: r.get(1)?,
            agency: AgencySummary {
                id: parse_uuid(r.get_ref(2)?.as_str()?),
                name: r.get(3)?,
                sector: r.get(4)?,
                country: r.get(5)?,
                size: r.get(6)?,
                tags: serde_json::from_str(&tags).unwrap_or_default(),
            },
            framework_title,
            stage_name,
            framework,
            mode: Mode::parse(r.get_ref(10)?.as_str()?).unwrap_or(Mode::SelfAssessment),
            status: Status::parse(r.get_ref(11)?.as_str()?).unwrap_or(Status::Draft),
            score: r.get(12)?,
            index: r.get(13)?,
            stage,
            completeness: r.get::<_, Option<f64>>(15)?.unwrap_or(0.0),
            answered: r.get::<_, Option<u32>>(16)?.unwrap_or(0),
            questions: r.get::<_, Option<u32>>(17)?.unwrap_or(0),
            created_at: r.get(18)?,
            updated_at: r.get(19)?,
            finalized_at: r.get(20)?,
        })
    }

    /// Every stored assessment (not deleted), newest first. Reads the stored summaries:
    /// no rescoring. The same rows as `SUMMARY_SELECT`, but read as three sequential scans
    /// joined in memory: with 10,000 assessments that is about three times faster than
    /// the SQL join's two index look-ups per row.
    pub fn list(&self, lang: Lang) -> Result<Vec<AssessmentSummary>> {
        struct Stored {
            score: Option<f64>,
            index: Option<f64>,
            stage: Option<u8>,
            completeness: f64,
            answered: u32,
            questions: u32,
        }
        let read = || -> rusqlite::Result<Vec<AssessmentSummary>> {
            let mut agencies: HashMap<String, AgencySummary> = HashMap::new();
            let mut stmt = self.conn.prepare_cached("SELECT id, name, sector, country, size, tags FROM agencies")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id: String = r.get(0)?;
                let agency = AgencySummary {
                    id: parse_uuid(&id),
                    name: r.get(1)?,
                    sector: r.get(2)?,
                    country: r.get(3)?,
                    size: r.get(4)?,
                    tags: serde_json::from_str(r.get_ref(5)?.as_str()?).unwrap_or_default(),
                };
                agencies.insert(id, agency);
            }
            let mut scores: HashMap<String, Stored> = HashMap::new();
            let mut stmt = self
                .conn
                .prepare_cached("SELECT assessment_id, score, idx, stage, completeness, answered, questions FROM score_summaries")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let stored = Stored {
                    score: r.get(1)?,
                    index: r.get(2)?,
                    stage: r.get(3)?,
                    completeness: r.get(4)?,
                    answered: r.get(5)?,
                    questions: r.get(6)?,
                };
                scores.insert(r.get(0)?, stored);
            }
            let mut out = Vec::with_capacity(scores.len());
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, title, agency_id, framework_id, framework_version, mode, status, created_at, updated_at, finalized_at
                   FROM assessments WHERE deleted_at IS NULL ORDER BY updated_at DESC, id",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                // as the inner join: an assessment is listed with its agency
                let Some(agency) = agencies.get(r.get_ref(2)?.as_str()?) else { continue };
                let id = r.get_ref(0)?.as_str()?;
                let stored = scores.remove(id);
                let framework = FrameworkRef { id: r.get(3)?, version: r.get(4)? };
                let stage = stored.as_ref().and_then(|s| s.stage);
                let (framework_title, stage_name) = self.labels(&framework, stage, lang);
                out.push(AssessmentSummary {
                    id: parse_uuid(id),
                    title: r.get(1)?,
                    agency: agency.clone(),
                    framework,
                    framework_title,
                    mode: Mode::parse(r.get_ref(5)?.as_str()?).unwrap_or(Mode::SelfAssessment),
                    status: Status::parse(r.get_ref(6)?.as_str()?).unwrap_or(Status::Draft),
                    score: stored.as_ref().and_then(|s| s.score),
                    index: stored.as_ref().and_then(|s| s.index),
                    stage,
                    stage_name,
                    completeness: stored.as_ref().map_or(0.0, |s| s.completeness),
                    answered: stored.as_ref().map_or(0, |s| s.answered),
                    questions: stored.as_ref().map_or(0, |s| s.questions),
                    created_at: r.get(7)?,
                    updated_at: r.get(8)?,
                    finalized_at: r.get(9)?,
                });
            }
            Ok(out)
        };
        read().db(&self.path)
    }

    pub fn summary(&self, id: Uuid, lang: Lang) -> Result<AssessmentSummary> {
        let sql = format!("{} WHERE a.id = ?1 AND a.deleted_at IS NULL", Self::SUMMARY_SELECT);
        self.conn
            .query_row(&sql, [id.to_string()], |r| self.summary_from_row(r, lang))
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

    fn framework_for(&self, r: &FrameworkRef) -> Result<Arc<Framework>> {
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

    // ---- writing -------------------------------------------------------------------

    pub fn create(&mut self, new: NewAssessment) -> Result<AssessmentDoc> {
        let name = clean_name(&new.agency.name, "the agency name")?;
        let country = clean_country(&new.agency.country)?;
        let fw = self.catalog.require(&new.framework_id, new.framework_version.as_deref())?.clone();
        let title = match new.title.trim() {
            "" => format!("{} — {}", name, fw.title.get(Lang::En)),
            t => clean_name(t, "the title")?,
        };
        let now = time::now();
        let id = Uuid::new_v4();
        let agency = AgencyInfo {
            id: None,
            name,
            sector: new.agency.sector.trim().to_string(),
            country,
            size: new.agency.size.trim().to_string(),
            tags: clean_tags(&new.agency.tags),
        };
        let respondents = match new.mode {
            Mode::SelfAssessment => vec![Respondent { id: Uuid::new_v4(), name: "Self-assessment".into(), role: String::new(), unit: String::new() }],
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
        let doc_ref = self.assessment_ref(input.assessment)?;
        if doc_ref.1 == Status::Final {
            return Err(CoreError::Conflict(
                "this assessment is final and can no longer change: duplicate it to re-assess".into(),
            ));
        }
        let fw = self.framework_for(&doc_ref.0)?;
        if fw.question_position(&input.question).is_none() {
            return Err(CoreError::InvalidInput(format!(
                "question `{}` is not in framework {} {}",
                input.question, fw.id, fw.version
            )));
        }
        if let Some(l) = input.level {
            if !(1..=fw.level_count()).contains(&l) {
                return Err(CoreError::InvalidInput(format!(
                    "level {l} is out of range: choose a level from 1 to {}",
                    fw.level_count()
                )));
            }
            if input.not_applicable {
                return Err(CoreError::InvalidInput("an answer is either a level or not applicable, not both".into()));
            }
        }
        for (text, what) in [(&input.note, "the note"), (&input.evidence, "the evidence")] {
            if text.chars().count() > MAX_ANSWER_TEXT {
                return Err(CoreError::InvalidInput(format!("{what} is longer than {MAX_ANSWER_TEXT} characters: shorten it")));
            }
        }
        let owner: Option<String> = self
            .conn
            .query_row("SELECT assessment_id FROM respondents WHERE id = ?1", [input.respondent.to_string()], |r| r.get(0))
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
            note: input.note,
            evidence: input.evidence,
            updated_at: now.clone(),
        };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        upsert_answer(&tx, &self.path, input.assessment, &answer)?;
        tx.execute(
            "UPDATE assessments SET updated_at = ?2, position = ?3 WHERE id = ?1",
            params![input.assessment.to_string(), now, answer.question],
        )
        .db(&self.path)?;
        let detail = match (answer.level, answer.not_applicable) {
            (Some(l), _) => format!("level {l}"),
            (None, true) => "not applicable".into(),
            (None, false) => "no level".into(),
        };
        log(&tx, &self.path, input.assessment, "answer", &format!("{}/{}", answer.respondent, answer.question), "set", &detail)?;
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
            Some(l) if (1..=fw.level_count()).contains(&l) => {
                doc.assessment.targets.insert(dimension.to_string(), l);
            }
            Some(l) => return Err(CoreError::InvalidInput(format!("target {l} is out of range: choose 1 to {}", fw.level_count()))),
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

    /// (framework, status) of a live assessment.
    fn assessment_ref(&self, id: Uuid) -> Result<(FrameworkRef, Status)> {
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

// ---- shared helpers (work on a connection or a transaction) ----------------------------

pub(crate) fn parse_uuid(s: &str) -> Uuid {
    Uuid::parse_str(s).unwrap_or(Uuid::nil())
}

pub(crate) fn clean_name(s: &str, what: &str) -> Result<String> {
    let s: String = s.chars().filter(|c| !c.is_control()).collect();
    let s = s.trim();
    if s.is_empty() {
        return Err(CoreError::InvalidInput(format!("{what} is empty: enter a name")));
    }
    if s.chars().count() > MAX_NAME {
        return Err(CoreError::InvalidInput(format!("{what} is longer than {MAX_NAME} characters: shorten it")));
    }
    Ok(s.to_string())
}

pub(crate) fn clean_country(s: &str) -> Result<String> {
    let c = s.trim().to_ascii_uppercase();
    if c.is_empty() || (c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase())) {
        Ok(c)
    } else {
        Err(CoreError::InvalidInput(format!("country `{s}` is not an ISO 3166 alpha-2 code: use two letters, e.g. TN, JO, LB")))
    }
}

pub(crate) fn clean_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = tags.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    out.sort();
    out.dedup();
    out
}

/// Finds the agency (same id, else same name key and country) or creates it.
/// With `update_profile`, the stored sector/size/tags take the given values.
pub(crate) fn upsert_agency(conn: &Connection, path: &str, a: &AgencyInfo, update_profile: bool) -> Result<String> {
    let key = agency_key(&a.name);
    let by_id: Option<String> = match a.id {
        Some(id) => conn
            .query_row("SELECT id FROM agencies WHERE id = ?1", [id.to_string()], |r| r.get(0))
            .optional()
            .db(path)?,
        None => None,
    };
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
                "INSERT INTO agencies (id, name, name_key, sector, country, size, tags, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![id, a.name, key, a.sector, a.country, a.size, tags, now],
            )
            .db(path)?;
            Ok(id)
        }
    }
}

pub(crate) fn insert_respondent(conn: &Connection, path: &str, assessment: Uuid, ord: usize, r: &Respondent) -> Result<()> {
    conn.execute(
        "INSERT INTO respondents (id, assessment_id, ord, name, role, unit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![r.id.to_string(), assessment.to_string(), ord as i64, r.name, r.role, r.unit],
    )
    .db(path)?;
    Ok(())
}

pub(crate) fn upsert_answer(conn: &Connection, path: &str, assessment: Uuid, a: &Answer) -> Result<()> {
    conn.execute(
        "INSERT INTO answers (assessment_id, respondent_id, question_id, level, not_applicable, note, evidence, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (assessment_id, respondent_id, question_id) DO UPDATE SET level = excluded.level,
           not_applicable = excluded.not_applicable, note = excluded.note, evidence = excluded.evidence,
           updated_at = excluded.updated_at",
        params![assessment.to_string(), a.respondent.to_string(), a.question, a.level, a.not_applicable, a.note, a.evidence, a.updated_at],
    )
    .db(path)?;
    Ok(())
}

pub(crate) fn log(conn: &Connection, path: &str, assessment: Uuid, entity: &str, entity_id: &str, action: &str, detail: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO change_log (at, assessment_id, entity, entity_id, action, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![time::now(), assessment.to_string(), entity, entity_id, action, detail],
    )
    .db(path)?;
    Ok(())
}

/// Rescores an assessment and stores the summary; called inside every write's transaction.
pub(crate) fn refresh_summary(conn: &Connection, path: &str, catalog: &Catalog, id: Uuid) -> Result<()> {
    let doc = load_doc(conn, path, catalog, id)?;
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

pub(crate) fn load_doc(conn: &Connection, path: &str, catalog: &Catalog, id: Uuid) -> Result<AssessmentDoc> {
    let sid = id.to_string();
    let meta = conn
        .query_row(
            "SELECT a.title, a.mode, a.status, a.targets, a.created_at, a.updated_at, a.finalized_at,
                    g.id, g.name, g.sector, g.country, g.size, g.tags, a.framework_id, a.framework_version
               FROM assessments a JOIN agencies g ON g.id = a.agency_id WHERE a.id = ?1",
            [&sid],
            |r| {
                let targets: String = r.get(3)?;
                let tags: String = r.get(12)?;
                Ok((
                    AssessmentMeta {
                        id,
                        title: r.get(0)?,
                        mode: Mode::parse(r.get_ref(1)?.as_str()?).unwrap_or(Mode::SelfAssessment),
                        status: Status::parse(r.get_ref(2)?.as_str()?).unwrap_or(Status::Draft),
                        agency: AgencyInfo {
                            id: Some(parse_uuid(r.get_ref(7)?.as_str()?)),
                            name: r.get(8)?,
                            sector: r.get(9)?,
                            country: r.get(10)?,
                            size: r.get(11)?,
                            tags: serde_json::from_str(&tags).unwrap_or_default(),
                        },
                        targets: serde_json::from_str(&targets).unwrap_or_default(),
                        created_at: r.get(4)?,
                        updated_at: r.get(5)?,
                        finalized_at: r.get(6)?,
                    },
                    FrameworkRef { id: r.get(13)?, version: r.get(14)? },
                ))
            },
        )
        .optional()
        .db(path)?
        .ok_or_else(|| CoreError::not_found("assessment", sid.clone()))?;
    let (assessment, framework) = meta;

    let mut stmt = conn
        .prepare_cached("SELECT id, name, role, unit FROM respondents WHERE assessment_id = ?1 ORDER BY ord, id")
        .db(path)?;
    let respondents: Vec<Respondent> = stmt
        .query_map([&sid], |r| {
            Ok(Respondent { id: parse_uuid(r.get_ref(0)?.as_str()?), name: r.get(1)?, role: r.get(2)?, unit: r.get(3)? })
        })
        .db(path)?
        .collect::<rusqlite::Result<_>>()
        .db(path)?;

    let mut stmt = conn
        .prepare_cached(
            "SELECT respondent_id, question_id, level, not_applicable, note, evidence, updated_at FROM answers WHERE assessment_id = ?1",
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
    let rpos = |r: &Uuid| respondents.iter().position(|x| &x.id == r).unwrap_or(usize::MAX);
    answers.sort_by(|a, b| (rpos(&a.respondent), qpos(&a.question), &a.question).cmp(&(rpos(&b.respondent), qpos(&b.question), &b.question)));
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

#[cfg(test)]
mod tests;
