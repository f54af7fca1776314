//! A framework in one language, as the app and the report show it (docs/ipc.md's
//! `Framework`): every [`Text`] resolved to a string, English where a translation is
//! missing. The engine's [`Framework`](super::Framework) keeps every translation.
//!
//! The 1.1 fields are always present in this view (null or empty for 1.0 files), so the
//! UI never has to tell the editions apart.

use super::{CrossRef, Framework as Model};
use crate::text::{Lang, Text};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub sources: Vec<Source>,
    /// What changed since the previous edition.
    pub changes: Option<String>,
    pub methodology: Option<Methodology>,
    pub levels: Vec<Level>,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    /// Where a text shows in English for want of a translation into the language asked
    /// for, so the UI can mark it (issue 13 item 4). One path per text: `title`,
    /// `description`, `level/N/name`, `level/N/description`, `dimension/ID/title`,
    /// `dimension/ID/description`, `question/ID/text`, `question/ID/guidance`,
    /// `question/ID/level/N`, `question/ID/recommendation/N`, `question/ID/evidence/I`
    /// (N counts from 1, I from 0). Empty in English and for a translated framework.
    pub english: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Source {
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub year: Option<u16>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Methodology {
    pub measures: String,
    pub levels: String,
    pub best_fit: String,
    pub not_covered: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Level {
    /// 1..L, lowest first, as in the scoring contract.
    pub number: u8,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dimension {
    pub id: String,
    pub title: String,
    pub description: String,
    pub weight: f64,
    pub weight_rationale: Option<String>,
    /// Question ids in framework order.
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Question {
    pub id: String,
    pub dimension: String,
    pub text: String,
    pub guidance: String,
    pub weight: f64,
    pub weight_rationale: Option<String>,
    pub levels: Vec<String>,
    pub recommendations: Vec<String>,
    pub evidence: Vec<String>,
    pub owner: Option<String>,
    pub depends_on: Vec<String>,
    pub see_also: Vec<CrossRef>,
    pub indicators: Vec<String>,
    /// Levels 3..L that have an expectation, lowest first.
    pub evidence_expected: Vec<ExpectedEvidence>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpectedEvidence {
    pub level: u8,
    pub text: String,
}

impl Framework {
    /// The framework with every text in `lang` (English where a translation is missing).
    pub fn resolve(f: &Model, lang: Lang) -> Framework {
        let english = std::cell::RefCell::new(Vec::new());
        // `at` resolves a text that the UI marks when it falls back; `s` one it does not.
        let at = |path: String, t: &Text| {
            if t.falls_back(lang) {
                english.borrow_mut().push(path);
            }
            t.get(lang).to_string()
        };
        let s = |t: &Text| t.get(lang).to_string();
        let opt = |t: &Option<Text>| t.as_ref().map(s);
        let resolved = Framework {
            id: f.id.clone(),
            version: f.version.clone(),
            title: at("title".into(), &f.title),
            description: at("description".into(), &f.description),
            sources: f
                .sources
                .iter()
                .map(|src| Source { title: s(&src.title), publisher: src.publisher.clone(), url: src.url.clone(), year: src.year, note: opt(&src.note) })
                .collect(),
            changes: opt(&f.changes),
            methodology: f.methodology.as_ref().map(|m| Methodology {
                measures: s(&m.measures),
                levels: s(&m.levels),
                best_fit: s(&m.best_fit),
                not_covered: s(&m.not_covered),
            }),
            levels: f
                .levels
                .iter()
                .enumerate()
                .map(|(i, l)| Level {
                    number: i as u8 + 1,
                    name: at(format!("level/{}/name", i + 1), &l.name),
                    description: at(format!("level/{}/description", i + 1), &l.description),
                })
                .collect(),
            dimensions: f
                .dimensions
                .iter()
                .map(|d| Dimension {
                    id: d.id.clone(),
                    title: at(format!("dimension/{}/title", d.id), &d.title),
                    description: at(format!("dimension/{}/description", d.id), &d.description),
                    weight: d.weight,
                    weight_rationale: opt(&d.weight_rationale),
                    questions: f.questions_of(&d.id).map(|q| q.id.clone()).collect(),
                })
                .collect(),
            questions: f
                .questions
                .iter()
                .map(|q| Question {
                    id: q.id.clone(),
                    dimension: q.dimension.clone(),
                    text: at(format!("question/{}/text", q.id), &q.text),
                    guidance: at(format!("question/{}/guidance", q.id), &q.guidance),
                    weight: q.weight,
                    weight_rationale: opt(&q.weight_rationale),
                    levels: q.levels.iter().enumerate().map(|(n, t)| at(format!("question/{}/level/{}", q.id, n + 1), t)).collect(),
                    recommendations: q.recommendations.iter().enumerate().map(|(n, t)| at(format!("question/{}/recommendation/{}", q.id, n + 1), t)).collect(),
                    evidence: q.evidence.iter().enumerate().map(|(i, t)| at(format!("question/{}/evidence/{i}", q.id), t)).collect(),
                    owner: opt(&q.owner),
                    depends_on: q.depends_on.clone(),
                    see_also: q.see_also.clone(),
                    indicators: q.indicators.clone(),
                    evidence_expected: q.evidence_expected.iter().map(|e| ExpectedEvidence { level: e.level, text: s(&e.text) }).collect(),
                })
                .collect(),
            english: Vec::new(),
        };
        Framework { english: english.into_inner(), ..resolved }
    }
}
