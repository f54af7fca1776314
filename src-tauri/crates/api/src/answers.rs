//! Answers: one save per answer, in its own transaction before it returns.

use crate::decode;
use crate::error::{Error, Result};
use crate::session::Session;
use crate::wire::SavedAnswer;
use mizan_core::AnswerInput;
use serde_json::Value;

/// Saves one answer. Without `respondent` (absent or null), the assessment's first
/// respondent answers (a self-assessment's only one), so callers from before interviews
/// keep working.
pub fn save_answer(session: &Session, mut input: Value, lang: Option<&str>) -> Result<SavedAnswer> {
    let lang = decode::lang(lang)?;
    let mut store = session.store()?;
    if let Some(fields) = input.as_object_mut().filter(|o| o.get("respondent").is_none_or(Value::is_null)) {
        // A malformed id is left for the decoding below to name.
        let assessment = fields.get("assessment").and_then(Value::as_str).and_then(|s| uuid::Uuid::parse_str(s).ok());
        if let Some(id) = assessment {
            let first = store.load(id)?.respondents.first().map(|r| r.id).ok_or_else(|| {
                let message = "this interview has no respondent yet: add the person interviewed first, then answer for them";
                Error::keyed("invalid_input", "err-no-respondent", &[], None, message)
            })?;
            fields.insert("respondent".into(), Value::String(first.to_string()));
        }
    }
    let input: AnswerInput = decode::json("save_answer", "input", input)?;
    let (answer, summary) = store.save_answer(input, lang)?;
    Ok(SavedAnswer { answer, summary })
}
