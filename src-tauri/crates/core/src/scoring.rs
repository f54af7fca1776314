//! The scoring contract of DESIGN.md, implemented once for the app, the CLI and the report.

use crate::framework::Framework;
use crate::model::{AssessmentDoc, FrameworkRef};
use crate::rules::{level_in_range, weight_is_valid, MAX_WEIGHT};
use crate::text::Lang;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Scores {
    pub assessment: String,
    pub framework: FrameworkRef,
    pub levels: u8,
    pub overall: Overall,
    pub completeness: f64,
    pub dimensions: Vec<DimensionScore>,
    pub questions: Vec<QuestionScore>,
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Overall {
    pub score: Option<f64>,
    pub index: Option<f64>,
    pub stage: Option<u8>,
    pub stage_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DimensionScore {
    pub id: String,
    pub score: Option<f64>,
    pub index: Option<f64>,
    pub stage: Option<u8>,
    pub target: Option<u8>,
    pub answered: u32,
    pub questions: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuestionScore {
    pub id: String,
    pub dimension: String,
    pub level: Option<f64>,
    pub spread: Option<u8>,
    pub disagreement: bool,
    pub consensus: bool,
    pub gap: Option<f64>,
    pub priority: Option<f64>,
    /// Respondents who gave a level (not part of the stable contract).
    pub respondents: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recommendation {
    pub question: String,
    pub dimension: String,
    pub gap: f64,
    pub priority: f64,
    pub text: String,
    /// The text is the English one: it has no translation into the language asked for.
    pub english: bool,
}

/// Index 0–100 of a score on a 1..L scale, rounded to one decimal as shown.
pub fn index_of(score: f64, levels: u8) -> f64 {
    // Frameworks have 2 to 9 levels; the floor keeps a hand-built one from dividing by 0.
    let raw = (tidy(score) - 1.0) / (f64::from(levels) - 1.0).max(1.0) * 100.0;
    (raw * 10.0).round() / 10.0
}

/// The level whose number is ⌊score + 0.5⌋ (2.5 → 3).
/// Float noise is removed first: 3.4999999999 from weights of 0.1 is the stage of 3.5.
pub fn stage_of(score: f64, levels: u8) -> u8 {
    ((tidy(score) + 0.5).floor() as i64).clamp(1, i64::from(levels)) as u8
}

/// Median; with an even count, the mean of the two middle values. `values` is sorted in place.
pub fn median(values: &mut [u8]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        f64::from(values[n / 2])
    } else {
        (f64::from(values[n / 2 - 1]) + f64::from(values[n / 2])) / 2.0
    })
}

/// A weight as scoring uses it. Framework files are refused outside `0 < w ≤ MAX_WEIGHT`;
/// a framework built otherwise is held to the same range here (NaN and w ≤ 0 count as 0,
/// leaving that question or dimension out), so no sum can overflow and no score path
/// can give a non-finite number.
fn usable_weight(w: f64) -> f64 {
    if weight_is_valid(w) {
        w
    } else if w > MAX_WEIGHT {
        MAX_WEIGHT
    } else {
        0.0
    }
}

/// Removes float noise (3.2000000000000006) so JSON output is stable and readable.
fn tidy(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

/// Scores an assessment against its framework. Answers to unknown questions are ignored
/// (imports refuse them; this keeps scoring total).
pub fn score(fw: &Framework, doc: &AssessmentDoc, lang: Lang) -> Scores {
    let levels = fw.level_count();
    let nq = fw.questions.len();
    let mut given: Vec<Vec<u8>> = vec![Vec::new(); nq];
    let mut marked_na = vec![false; nq];
    for a in &doc.answers {
        let Some(qi) = fw.question_position(&a.question) else { continue };
        match a.level {
            Some(l) if !a.not_applicable && level_in_range(l, levels) => given[qi].push(l),
            _ if a.not_applicable => marked_na[qi] = true,
            _ => {}
        }
    }
    let mut consensus: Vec<Option<u8>> = vec![None; nq];
    for c in &doc.consensus {
        if let Some(qi) = fw.question_position(&c.question) {
            if level_in_range(c.level, levels) {
                consensus[qi] = Some(c.level);
            }
        }
    }

    // 1. consolidated level, spread, answered
    let mut level: Vec<Option<f64>> = Vec::with_capacity(nq);
    let mut spread: Vec<Option<u8>> = Vec::with_capacity(nq);
    let mut answered = vec![false; nq];
    for qi in 0..nq {
        let g = &mut given[qi];
        let s = if g.len() >= 2 {
            Some(g.iter().max().unwrap() - g.iter().min().unwrap())
        } else {
            None
        };
        let l = consensus[qi].map(f64::from).or_else(|| median(g));
        answered[qi] = l.is_some() || (marked_na[qi] && g.is_empty());
        level.push(l);
        spread.push(s);
    }

    // 2. dimension scores
    let nd = fw.dimensions.len();
    let mut sum = vec![0.0; nd];
    let mut wsum = vec![0.0; nd];
    let mut dim_answered = vec![0u32; nd];
    let mut dim_questions = vec![0u32; nd];
    for (qi, q) in fw.questions.iter().enumerate() {
        let di = fw.dimension_of(qi);
        dim_questions[di] += 1;
        if answered[qi] {
            dim_answered[di] += 1;
        }
        if let Some(l) = level[qi] {
            sum[di] += usable_weight(q.weight) * l;
            wsum[di] += usable_weight(q.weight);
        }
    }
    let dim_score: Vec<Option<f64>> = (0..nd).map(|d| (wsum[d] > 0.0).then(|| sum[d] / wsum[d])).collect();

    // 3. overall
    let (mut osum, mut ow) = (0.0, 0.0);
    for (d, dim) in fw.dimensions.iter().enumerate() {
        if let Some(s) = dim_score[d] {
            osum += usable_weight(dim.weight) * s;
            ow += usable_weight(dim.weight);
        }
    }
    let overall_score = (ow > 0.0).then(|| osum / ow);

    // 7. targets
    let targets: Vec<Option<u8>> = fw
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dim)| match doc.assessment.targets.get(&dim.id) {
            Some(&t) if level_in_range(t, levels) => Some(t),
            _ => dim_score[d].map(|s| (stage_of(s, levels) + 1).min(levels)),
        })
        .collect();

    let mut questions = Vec::with_capacity(nq);
    let mut recs: Vec<(usize, Recommendation)> = Vec::new();
    for (qi, q) in fw.questions.iter().enumerate() {
        let di = fw.dimension_of(qi);
        let gap = match (level[qi], targets[di]) {
            (Some(l), Some(t)) => Some(tidy((f64::from(t) - l).max(0.0))),
            _ => None,
        };
        let priority = gap.map(|g| tidy(g * usable_weight(q.weight) * usable_weight(fw.dimensions[di].weight)));
        if let (Some(g), Some(p), Some(l)) = (gap, priority, level[qi]) {
            if g > 0.0 {
                let at = (l.floor() as usize).clamp(1, q.recommendations.len().max(1)) - 1;
                let (text, english) = q.recommendations.get(at).map_or((String::new(), false), |t| (t.get(lang).to_string(), t.falls_back(lang)));
                recs.push((qi, Recommendation { question: q.id.clone(), dimension: q.dimension.clone(), gap: g, priority: p, text, english }));
            }
        }
        questions.push(QuestionScore {
            id: q.id.clone(),
            dimension: q.dimension.clone(),
            level: level[qi],
            spread: spread[qi],
            disagreement: spread[qi].is_some_and(|s| s >= 2),
            consensus: consensus[qi].is_some(),
            gap,
            priority,
            respondents: given[qi].len() as u32,
        });
    }
    recs.sort_by(|(qa, a), (qb, b)| {
        // Tidied, so equal scores tie exactly whatever the scale of the weights.
        let sa = dim_score[fw.dimension_of(*qa)].map_or(f64::INFINITY, tidy);
        let sb = dim_score[fw.dimension_of(*qb)].map_or(f64::INFINITY, tidy);
        b.priority
            .partial_cmp(&a.priority)
            .unwrap_or(Ordering::Equal)
            .then(sa.partial_cmp(&sb).unwrap_or(Ordering::Equal))
            .then(qa.cmp(qb))
    });

    let answered_count = answered.iter().filter(|&&a| a).count();
    Scores {
        assessment: doc.assessment.id.to_string(),
        framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
        levels,
        overall: Overall {
            score: overall_score.map(tidy),
            index: overall_score.map(|s| index_of(s, levels)),
            stage: overall_score.map(|s| stage_of(s, levels)),
            stage_name: overall_score.map(|s| fw.levels[stage_of(s, levels) as usize - 1].name.get(lang).to_string()),
        },
        completeness: if nq == 0 { 0.0 } else { tidy(answered_count as f64 / nq as f64) },
        dimensions: fw
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, dim)| DimensionScore {
                id: dim.id.clone(),
                score: dim_score[d].map(tidy),
                index: dim_score[d].map(|s| index_of(s, levels)),
                stage: dim_score[d].map(|s| stage_of(s, levels)),
                target: targets[d],
                answered: dim_answered[d],
                questions: dim_questions[d],
            })
            .collect(),
        questions,
        recommendations: recs.into_iter().map(|(_, r)| r).collect(),
    }
}

/// Dimension scores by id (for summaries and benchmarks).
pub fn dimension_map(s: &Scores) -> BTreeMap<String, Option<f64>> {
    s.dimensions.iter().map(|d| (d.id.clone(), d.score)).collect()
}

#[cfg(test)]
mod tests;
