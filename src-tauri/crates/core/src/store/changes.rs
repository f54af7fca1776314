//! The change log of an assessment: who changed what and when, with the value before,
//! and the restore of an overwritten value (itself logged as a new change).

use super::{parse_uuid, DbResult, Store};
use crate::error::{CoreError, Result};
use crate::model::*;
use crate::text::Lang;
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

/// Who made a change typed in this app (in the questionnaire, the consolidation view or
/// the command line); a merge is logged as `import of FILE`.
pub const CONSULTANT: &str = "consultant";

/// Declares a closed set of change-log words: an enum (exported to the UI as a string
/// union, so that it has a label for each) with the word stored for each variant.
macro_rules! change_words {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $word:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        #[serde(rename_all = "snake_case")]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),* }
            }

            pub fn parse(word: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|k| k.as_str() == word)
            }
        }
    };
}

change_words! {
    /// What a change-log entry is about.
    ChangeEntity { Answer = "answer", Consensus = "consensus", Respondent = "respondent", Assessment = "assessment", Target = "target" }
}

change_words! {
    /// What was done to it.
    ChangeAction {
        Create = "create", Set = "set", Clear = "clear", Add = "add", Edit = "edit", Remove = "remove", Restore = "restore",
        Merge = "merge", Import = "import", Finalize = "finalize", Reopen = "reopen", Duplicate = "duplicate",
        Delete = "delete", Undelete = "undelete",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Change {
    pub id: i64,
    pub at: String,
    /// `consultant`, or `import of FILE` for a value a merge brought in.
    pub who: String,
    /// `answer`, `consensus`, `respondent`, `assessment`, `target`.
    pub entity: String,
    pub entity_id: String,
    /// `set`, `clear`, `add`, `edit`, `remove`, `restore`, `merge`, `create`, …
    pub action: String,
    pub detail: String,
    /// The respondent whose answer (or record) changed.
    pub respondent: Option<Uuid>,
    /// The question whose answer or consensus changed.
    pub question: Option<String>,
    /// The value before (an answer, consensus or respondent as in the exchange file);
    /// null when there was none.
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub old: Option<Value>,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub new: Option<Value>,
    /// `restore_change` can bring `old` back.
    pub restorable: bool,
}

fn parse(s: Option<String>) -> Option<Value> {
    s.and_then(|s| serde_json::from_str(&s).ok())
}

impl Store {
    /// Every change of an assessment, newest first.
    pub fn changes(&self, id: Uuid) -> Result<Vec<Change>> {
        self.assessment_ref(id)?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, at, who, entity, entity_id, action, detail, old_value, new_value FROM change_log
                  WHERE assessment_id = ?1 ORDER BY id DESC",
            )
            .db(&self.path)?;
        let rows = stmt
            .query_map([id.to_string()], |r| {
                let entity: String = r.get(3)?;
                let entity_id: String = r.get(4)?;
                let action: String = r.get(5)?;
                let old = parse(r.get(7)?);
                let (respondent, question) = match entity.as_str() {
                    "answer" => match entity_id.split_once('/') {
                        Some((rid, q)) => (Some(parse_uuid(rid)), Some(q.to_string())),
                        None => (None, None),
                    },
                    "consensus" => (None, Some(entity_id.clone())),
                    "respondent" => (Some(parse_uuid(&entity_id)), None),
                    _ => (None, None),
                };
                let restorable = match entity.as_str() {
                    "answer" => old.is_some(),
                    "consensus" => true,
                    "respondent" => old.is_some() && action == "edit",
                    _ => false,
                };
                Ok(Change {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    who: r.get(2)?,
                    entity,
                    entity_id,
                    action,
                    detail: r.get(6)?,
                    respondent,
                    question,
                    old,
                    new: parse(r.get(8)?),
                    restorable,
                })
            })
            .db(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().db(&self.path)
    }

    /// Puts back the value change `change` replaced, as a new change (so the restore can
    /// itself be undone); returns that new change.
    pub fn restore_change(&mut self, id: Uuid, change: i64) -> Result<Change> {
        let c = self
            .changes(id)?
            .into_iter()
            .find(|c| c.id == change)
            .ok_or_else(|| CoreError::not_found("change", format!("#{change} of assessment {id}")))?;
        if !c.restorable {
            return Err(CoreError::InvalidInput(format!(
                "change #{change} ({} {} {}) has no earlier value to restore: only answers, consensus levels and respondent edits can be restored",
                c.entity, c.action, c.detail
            )));
        }
        let damaged = || CoreError::InvalidInput(format!("change #{change} holds no readable earlier value: it cannot be restored"));
        match c.entity.as_str() {
            "answer" => {
                let old: Answer = serde_json::from_value(c.old.clone().ok_or_else(damaged)?).map_err(|_| damaged())?;
                let input = AnswerInput {
                    assessment: id,
                    respondent: old.respondent,
                    question: old.question,
                    level: old.level,
                    not_applicable: old.not_applicable,
                    note: old.note,
                    evidence: old.evidence,
                };
                self.write_answer(input, "restore", Lang::En)?;
            }
            "consensus" => match c.old.clone() {
                Some(v) => {
                    let old: Consensus = serde_json::from_value(v).map_err(|_| damaged())?;
                    self.put_consensus(id, &old.question, old.level, &old.rationale, "restore")?;
                }
                None => {
                    self.clear_consensus(id, c.question.as_deref().unwrap_or_default())?;
                }
            },
            _ => {
                let old: Respondent = serde_json::from_value(c.old.clone().ok_or_else(damaged)?).map_err(|_| damaged())?;
                let input = RespondentInput { name: old.name, role: old.role, unit: old.unit, interviewed_on: old.interviewed_on };
                self.edit_respondent(id, old.id, input)?;
            }
        }
        self.changes(id)?.into_iter().next().ok_or_else(|| CoreError::not_found("change", "the restore"))
    }
}
