//! The consolidation of an interview: per question, what each respondent said, the
//! consolidated level and spread of the scoring contract, and the consensus if one is
//! set; disagreements (spread ≥ 2) first. The app's consolidation view and the report
//! read it; the numbers come from [`crate::scoring`], so they never differ from the scores.

use crate::framework::Framework;
use crate::model::{AssessmentDoc, Respondent};
use crate::scoring::{self, median};
use crate::text::Lang;
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Consolidation {
    pub assessment: Uuid,
    pub levels: u8,
    pub respondents: Vec<Respondent>,
    /// Questions with a disagreement, with or without a consensus.
    pub disagreements: u32,
    /// Disagreements without a consensus yet: what is left to resolve.
    pub unresolved: u32,
    /// Every question of the framework: disagreements first, then in framework order.
    pub questions: Vec<ConsolidatedQuestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConsolidatedQuestion {
    pub id: String,
    pub dimension: String,
    pub text: String,
    /// One entry per respondent, in the order of `respondents`.
    pub answers: Vec<RespondentLevel>,
    /// The median of the levels given (what the question scores without a consensus).
    pub median: Option<f64>,
    /// The level scoring uses: the consensus if set, else the median.
    pub consolidated: Option<f64>,
    pub spread: Option<u8>,
    pub disagreement: bool,
    pub consensus: Option<ConsensusMark>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RespondentLevel {
    pub respondent: Uuid,
    /// None: no level (unanswered, or not applicable).
    pub level: Option<u8>,
    pub not_applicable: bool,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConsensusMark {
    pub level: u8,
    pub rationale: String,
    pub updated_at: String,
}

pub fn consolidate(fw: &Framework, doc: &AssessmentDoc, lang: Lang) -> Consolidation {
    let scores = scoring::score(fw, doc, lang);
    let by_pair: HashMap<(Uuid, &str), &crate::model::Answer> = doc.answers.iter().map(|a| ((a.respondent, a.question.as_str()), a)).collect();
    let consensus: HashMap<&str, &crate::model::Consensus> = doc.consensus.iter().map(|c| (c.question.as_str(), c)).collect();
    let mut questions: Vec<ConsolidatedQuestion> = fw
        .questions
        .iter()
        .zip(&scores.questions)
        .map(|(q, s)| {
            let answers: Vec<RespondentLevel> = doc
                .respondents
                .iter()
                .map(|r| match by_pair.get(&(r.id, q.id.as_str())) {
                    Some(a) => RespondentLevel {
                        respondent: r.id,
                        level: a.level.filter(|_| !a.not_applicable),
                        not_applicable: a.not_applicable,
                        note: a.note.clone(),
                    },
                    None => RespondentLevel { respondent: r.id, level: None, not_applicable: false, note: String::new() },
                })
                .collect();
            let mut given: Vec<u8> = answers.iter().filter_map(|a| a.level).filter(|l| crate::rules::level_in_range(*l, fw.level_count())).collect();
            ConsolidatedQuestion {
                id: q.id.clone(),
                dimension: q.dimension.clone(),
                text: q.text.get(lang).to_string(),
                median: median(&mut given),
                consolidated: s.level,
                spread: s.spread,
                disagreement: s.disagreement,
                consensus: consensus
                    .get(q.id.as_str())
                    .filter(|_| s.consensus)
                    .map(|c| ConsensusMark { level: c.level, rationale: c.rationale.clone(), updated_at: c.updated_at.clone() }),
                answers,
            }
        })
        .collect();
    // Stable: framework order within each group.
    questions.sort_by_key(|q| !q.disagreement);
    let disagreements = questions.iter().filter(|q| q.disagreement).count() as u32;
    let unresolved = questions.iter().filter(|q| q.disagreement && q.consensus.is_none()).count() as u32;
    Consolidation { assessment: doc.assessment.id, levels: fw.level_count(), respondents: doc.respondents.clone(), disagreements, unresolved, questions }
}
