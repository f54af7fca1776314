//! Assessments: list, create, open, score, finalise, duplicate, delete and undo.

use crate::decode;
use crate::error::{Error, Result};
use crate::session::Session;
use mizan_core::{exchange, AssessmentDetail, AssessmentDoc, AssessmentSummary, CoreError, Framework, NewAssessment, Scores};
use serde_json::Value;
use std::path::Path;
use std::sync::Arc;

/// The stored assessments, newest change first. A session that only reads and has no
/// database yet lists nothing (and creates nothing).
pub fn list_assessments(session: &Session, lang: Option<&str>) -> Result<Vec<AssessmentSummary>> {
    let lang = decode::lang(lang)?;
    match session.store_if_exists()? {
        Some(store) => Ok(store.list(lang)?),
        None => Ok(Vec::new()),
    }
}

pub fn create_assessment(session: &Session, input: Value, lang: Option<&str>) -> Result<AssessmentDetail> {
    let lang = decode::lang(lang)?;
    let input: NewAssessment = decode::json("create_assessment", "input", input)?;
    let mut store = session.store()?;
    let doc = store.create(input)?;
    Ok(store.detail(doc.assessment.id, lang)?)
}

pub fn get_assessment(session: &Session, id: &str, lang: Option<&str>) -> Result<AssessmentDetail> {
    let lang = decode::lang(lang)?;
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.detail(id, lang)?)
}

pub fn set_position(session: &Session, id: &str, question: &str) -> Result<()> {
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.set_position(id, question)?)
}

pub fn score_assessment(session: &Session, id: &str, lang: Option<&str>) -> Result<Scores> {
    let lang = decode::lang(lang)?;
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.scores(id, lang)?)
}

pub fn finalize_assessment(session: &Session, id: &str, lang: Option<&str>) -> Result<AssessmentSummary> {
    let lang = decode::lang(lang)?;
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.finalize(id, lang)?)
}

/// Makes a final assessment a draft again: the only way it changes (by answers, or by an
/// import that would change it).
pub fn reopen_assessment(session: &Session, id: &str, lang: Option<&str>) -> Result<AssessmentSummary> {
    let lang = decode::lang(lang)?;
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.reopen(id, lang)?)
}

pub fn duplicate_assessment(session: &Session, id: &str, lang: Option<&str>) -> Result<AssessmentDetail> {
    let lang = decode::lang(lang)?;
    let id = decode::assessment_id(id)?;
    let mut store = session.store()?;
    let doc = store.duplicate(id)?;
    Ok(store.detail(doc.assessment.id, lang)?)
}

pub fn delete_assessment(session: &Session, id: &str) -> Result<()> {
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.delete(id)?)
}

pub fn undo_delete(session: &Session, id: &str, lang: Option<&str>) -> Result<AssessmentSummary> {
    let lang = decode::lang(lang)?;
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.undo_delete(id, lang)?)
}

/// An assessment and its framework, from an exchange FILE (read, not stored) or a stored
/// ID or unique id prefix (the command line's `TARGET`).
pub fn load_target(session: &Session, target: &str) -> Result<(AssessmentDoc, Arc<Framework>)> {
    let path = Path::new(target);
    // A pipe or device is read as a file too, to be refused as one (not taken for an id).
    if path.is_file() || (path.exists() && !path.is_dir()) {
        return Ok(exchange::read_file(path, &session.catalog())?);
    }
    if target.ends_with(".json") || target.contains('/') {
        return Err(CoreError::io(path, std::io::Error::new(std::io::ErrorKind::NotFound, "no such file")).into());
    }
    if !session.db_path().exists() {
        return Err(Error::invalid_input(format!(
            "`{target}` is neither an existing file nor an assessment id: not found, as there is no database at {} yet (check --db or MIZAN_DB)",
            session.db_path().display()
        )));
    }
    let store = session.store()?;
    let doc = store.load(store.resolve(target)?)?;
    let fw = store.catalog().require(&doc.framework.id, Some(&doc.framework.version))?.clone();
    Ok((doc, fw))
}

/// A stored assessment by its id or a unique prefix of it (the command line's `ID`).
pub fn resolve(session: &Session, id_or_prefix: &str) -> Result<uuid::Uuid> {
    Ok(session.store()?.resolve(id_or_prefix)?)
}
