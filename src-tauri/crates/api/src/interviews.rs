//! Interviews: the respondents of an assessment, consensus levels, the consolidation view
//! and the change log (with restore of an overwritten value).

use crate::decode;
use crate::error::Result;
use crate::session::Session;
use crate::wire::ConsensusInput;
use mizan_core::consolidation::Consolidation;
use mizan_core::store::{Change, RespondentRemoved, RespondentRow};
use mizan_core::{Consensus, Respondent, RespondentInput};
use serde_json::Value;

/// The respondents in their order, each with how many answers they gave.
pub fn list_respondents(session: &Session, id: &str) -> Result<Vec<RespondentRow>> {
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.respondents(id)?)
}

/// Adds a respondent to an interview (a self-assessment refuses: it has one, implicit).
pub fn add_respondent(session: &Session, id: &str, input: Value) -> Result<Respondent> {
    let id = decode::assessment_id(id)?;
    let input: RespondentInput = decode::json("add_respondent", "input", input)?;
    Ok(session.store()?.add_respondent(id, input)?)
}

pub fn edit_respondent(session: &Session, id: &str, respondent: &str, input: Value) -> Result<Respondent> {
    let id = decode::assessment_id(id)?;
    let respondent = decode::respondent_id(respondent)?;
    let input: RespondentInput = decode::json("edit_respondent", "input", input)?;
    Ok(session.store()?.edit_respondent(id, respondent, input)?)
}

/// Removes a respondent with their answers (how many is in the result, and in
/// `list_respondents` beforehand to ask first); `undo_remove_respondent` brings both back.
pub fn remove_respondent(session: &Session, id: &str, respondent: &str) -> Result<RespondentRemoved> {
    let id = decode::assessment_id(id)?;
    let respondent = decode::respondent_id(respondent)?;
    Ok(session.store()?.remove_respondent(id, respondent)?)
}

pub fn undo_remove_respondent(session: &Session, id: &str, respondent: &str) -> Result<Respondent> {
    let id = decode::assessment_id(id)?;
    let respondent = decode::respondent_id(respondent)?;
    Ok(session.store()?.undo_remove_respondent(id, respondent)?)
}

/// Sets the consensus level of a question (a rationale is required); it overrides the
/// median in every score until cleared.
pub fn set_consensus(session: &Session, id: &str, input: Value) -> Result<Consensus> {
    let id = decode::assessment_id(id)?;
    let input: ConsensusInput = decode::json("set_consensus", "input", input)?;
    Ok(session.store()?.set_consensus(id, &input.question, input.level, &input.rationale)?)
}

/// Clears a consensus: the question is scored by the median again. Returns what was
/// cleared (null: there was none).
pub fn clear_consensus(session: &Session, id: &str, question: &str) -> Result<Option<Consensus>> {
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.clear_consensus(id, question)?)
}

/// Per question: each respondent's level, the consolidated level, spread, disagreement
/// and consensus; disagreements first.
pub fn get_consolidation(session: &Session, id: &str, lang: Option<&str>) -> Result<Consolidation> {
    let lang = decode::lang(lang)?;
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.consolidation(id, lang)?)
}

/// The change log of an assessment, newest first.
pub fn list_changes(session: &Session, id: &str) -> Result<Vec<Change>> {
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.changes(id)?)
}

/// Puts back the value a change overwrote, as a new change (returned).
pub fn restore_change(session: &Session, id: &str, change: i64) -> Result<Change> {
    let id = decode::assessment_id(id)?;
    Ok(session.store()?.restore_change(id, change)?)
}
