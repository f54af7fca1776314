//! Answers: one save per answer, in its own transaction before it returns.

use crate::decode;
use crate::error::Result;
use crate::session::Session;
use crate::wire::SavedAnswer;
use mizan_core::AnswerInput;
use serde_json::Value;

pub fn save_answer(session: &Session, input: Value, lang: Option<&str>) -> Result<SavedAnswer> {
    let lang = decode::lang(lang)?;
    let input: AnswerInput = decode::json("save_answer", "input", input)?;
    let (answer, summary) = session.store()?.save_answer(input, lang)?;
    Ok(SavedAnswer { answer, summary })
}
