//! Each dimension: its figures, its peers and its questions as answered.

use super::{FrameworkFacts, Peers};
use crate::ReportInput;
use mizan_core::scoring::stage_of;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct DimensionReport {
    pub id: String,
    pub title: String,
    pub description: String,
    pub score: Option<f64>,
    pub index: Option<f64>,
    /// The stage and its name.
    pub stage: Option<(u8, String)>,
    pub target: Option<u8>,
    pub answered: u32,
    pub total: u32,
    pub peers: Peers,
    pub questions: Vec<QuestionReport>,
}

impl DimensionReport {
    pub fn is_fully_answered(&self) -> bool {
        self.answered >= self.total
    }
}

#[derive(Debug, Clone)]
pub struct QuestionReport {
    pub text: String,
    pub level: QuestionLevel,
    /// Notes and evidence, respondent by respondent.
    pub remarks: Vec<Remark>,
    pub disagreement: Option<Disagreement>,
    pub consensus: Option<Consensus>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionLevel {
    /// The question's level (a median may be a half), its stage's name and descriptor.
    Scored { level: f64, stage_name: String, descriptor: String },
    NotApplicable,
    NotAnswered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemarkKind {
    Note,
    Evidence,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Remark {
    pub kind: RemarkKind,
    pub who: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub spread: u8,
    /// Each respondent with a level, and that level.
    pub answers: Vec<(String, u8)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Consensus {
    pub level: u8,
    pub rationale: String,
}

pub(super) fn build(input: &ReportInput, framework: &FrameworkFacts) -> Vec<DimensionReport> {
    let lang = input.lang;
    let fw = &input.framework;
    let sc = &input.scores;
    let levels = fw.level_count();
    let labels = super::respondent_labels(input);
    let names: HashMap<uuid::Uuid, &str> = labels.iter().map(|(id, l)| (*id, l.as_str())).collect();
    fw.dimensions
        .iter()
        .enumerate()
        .map(|(di, dim)| {
            let ds = &sc.dimensions[di];
            let questions = fw
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| q.dimension == dim.id)
                .map(|(qi, _)| question(input, qi, &names))
                .collect();
            DimensionReport {
                id: dim.id.clone(),
                title: super::shown(&dim.title, lang),
                description: super::shown(&dim.description, lang),
                score: ds.score,
                index: ds.index,
                stage: ds.stage.map(|s| (s, framework.level_name(s).to_string())),
                target: ds.target,
                answered: ds.answered,
                total: ds.questions,
                peers: super::peers::dimension(input, di, levels),
                questions,
            }
        })
        .collect()
}

fn question(input: &ReportInput, qi: usize, names: &HashMap<uuid::Uuid, &str>) -> QuestionReport {
    let lang = input.lang;
    let fw = &input.framework;
    let q = &fw.questions[qi];
    let qs = &input.scores.questions[qi];
    let doc = &input.doc;
    let who = |id: &uuid::Uuid| names.get(id).copied().unwrap_or("?").to_string();
    let answers: Vec<&mizan_core::Answer> = doc.answers.iter().filter(|a| a.question == q.id).collect();
    let mut remarks = Vec::new();
    for a in &answers {
        for (kind, text) in [(RemarkKind::Note, &a.note), (RemarkKind::Evidence, &a.evidence)] {
            if !text.trim().is_empty() {
                remarks.push(Remark { kind, who: who(&a.respondent), text: text.trim().to_string() });
            }
        }
    }
    let disagreement = qs.disagreement.then(|| Disagreement {
        spread: qs.spread.unwrap_or(0),
        answers: answers.iter().filter(|a| !a.not_applicable).filter_map(|a| a.level.map(|l| (who(&a.respondent), l))).collect(),
    });
    let consensus = doc.consensus.iter().find(|c| c.question == q.id).map(|c| Consensus { level: c.level, rationale: c.rationale.trim().to_string() });
    let level = match qs.level {
        Some(l) => {
            let stage = stage_of(l, fw.level_count());
            QuestionLevel::Scored {
                level: l,
                stage_name: fw.levels.get(stage as usize - 1).map(|x| super::shown(&x.name, lang)).unwrap_or_default(),
                descriptor: q.levels.get(stage as usize - 1).map(|t| super::shown(t, lang)).unwrap_or_default(),
            }
        }
        None if answers.iter().any(|a| a.not_applicable) => QuestionLevel::NotApplicable,
        None => QuestionLevel::NotAnswered,
    };
    QuestionReport { text: super::shown(&q.text, lang), level, remarks, disagreement, consensus }
}
