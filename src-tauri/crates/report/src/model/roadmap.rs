//! The recommendations: in priority order, and grouped by dimension for the roadmap.

use super::DimensionReport;
use crate::ReportInput;

#[derive(Debug, Clone, PartialEq)]
pub struct RoadmapItem {
    /// 1 for the most urgent.
    pub number: usize,
    /// Position of the dimension in the framework.
    pub dimension: usize,
    pub question: String,
    pub text: String,
    /// The question's level now, and its dimension's target.
    pub level: Option<f64>,
    pub target: Option<u8>,
    pub gap: f64,
    pub priority: f64,
    /// The role that owns the question's recommendations (format 1.1).
    pub owner: Option<String>,
    /// The questions (their text) this one's recommendations presume done first.
    pub depends_on: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoadmapGroup {
    pub dimension: usize,
    pub score: Option<f64>,
    pub target: Option<u8>,
    /// In priority order.
    pub items: Vec<RoadmapItem>,
}

pub(super) fn recommendations(input: &ReportInput) -> Vec<RoadmapItem> {
    let fw = &input.framework;
    let sc = &input.scores;
    sc.recommendations
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let di = fw.dimension_position(&r.dimension).unwrap_or(0);
            let qi = fw.question_position(&r.question).unwrap_or(0);
            let q = &fw.questions[qi];
            let depends_on = q.depends_on.iter().filter_map(|id| fw.question_position(id)).map(|i| super::shown(&fw.questions[i].text, input.lang)).collect();
            RoadmapItem {
                number: k + 1,
                dimension: di,
                question: super::shown(&q.text, input.lang),
                text: if r.english { super::english_marked(&r.text) } else { r.text.clone() },
                level: sc.questions[qi].level,
                target: sc.dimensions[di].target,
                gap: r.gap,
                priority: r.priority,
                owner: q.owner.as_ref().map(|o| super::shown(o, input.lang)),
                depends_on,
            }
        })
        .collect()
}

/// Dimensions in order of their most urgent recommendation; items in priority order.
pub(super) fn group(items: &[RoadmapItem], dimensions: &[DimensionReport]) -> Vec<RoadmapGroup> {
    let mut groups: Vec<RoadmapGroup> = Vec::new();
    for item in items {
        match groups.iter_mut().find(|g| g.dimension == item.dimension) {
            Some(g) => g.items.push(item.clone()),
            None => {
                let d = &dimensions[item.dimension];
                groups.push(RoadmapGroup { dimension: item.dimension, score: d.score, target: d.target, items: vec![item.clone()] });
            }
        }
    }
    groups
}
