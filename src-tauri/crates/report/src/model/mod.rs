//! What a report says, apart from how it is drawn: figures, the strongest and weakest
//! dimensions, the grouped roadmap, the peer group and the agency's position among its
//! peers, completeness, respondents, disagreements. No coordinates and no PDF types:
//! the PDF renderer (`crate::pdf`) lays this out, and another renderer (DOCX) can lay
//! out the same model.
//!
//! Texts from the framework are already in the report's language; numbers are kept as
//! numbers (see `crate::format` for how they are written) and the catalog's fixed
//! strings are the renderer's business.

mod dimensions;
mod highlights;
mod peers;
mod roadmap;
#[cfg(test)]
mod tests;

pub use dimensions::{Consensus, DimensionReport, Disagreement, QuestionLevel, QuestionReport, Remark, RemarkKind};
pub use highlights::{enough_scored, Highlight, Highlights};
pub use peers::{BenchmarkReport, PeerStats, Peers, Position, Relation, Unranked};
pub use roadmap::{RoadmapGroup, RoadmapItem};

use crate::ReportInput;
use chrono::{DateTime, Utc};
pub use mizan_core::framework::resolved::Methodology;
use mizan_core::{Digits, Framework, Lang, Mode, Status};

/// Everything a report says. Build it with [`build`].
#[derive(Debug, Clone)]
pub struct ReportModel {
    pub lang: Lang,
    pub digits: Digits,
    pub generated_at: DateTime<Utc>,
    pub assessment: AssessmentFacts,
    pub agency: AgencyFacts,
    pub framework: FrameworkFacts,
    pub completeness: Completeness,
    pub overall: OverallFigures,
    /// One per dimension of the framework, in its order.
    pub dimensions: Vec<DimensionReport>,
    pub highlights: Highlights,
    /// Every recommendation, in priority order (`number` 1, 2, …).
    pub recommendations: Vec<RoadmapItem>,
    /// The same recommendations grouped by dimension, dimensions in order of their most
    /// urgent recommendation.
    pub roadmap: Vec<RoadmapGroup>,
    pub benchmark: BenchmarkReport,
    /// The agency's earlier final assessments, oldest first, then this one.
    pub trend: Vec<TrendEntry>,
    /// Interview assessments: questions whose respondents' levels differ by 2 or more.
    pub disagreements: Disagreements,
    pub respondents: Vec<RespondentRow>,
    /// The optional sections the report has.
    pub sections: crate::Sections,
    /// Some text of the framework has no translation into `lang`: it shows in English,
    /// marked [EN], and the methodology says what the mark means.
    pub untranslated: bool,
}

#[derive(Debug, Clone)]
pub struct AssessmentFacts {
    pub id: String,
    pub title: String,
    pub mode: Mode,
    pub status: Status,
    pub updated_at: String,
    pub finalized_at: Option<String>,
    pub respondents: usize,
}

/// The agency's profile as stored: codes (`interior`, `TN`, `large`), which the
/// renderer turns into the app's labels; empty when not given.
#[derive(Debug, Clone)]
pub struct AgencyFacts {
    pub name: String,
    pub sector: String,
    pub country: String,
    pub size: String,
}

#[derive(Debug, Clone)]
pub struct FrameworkFacts {
    pub title: String,
    pub version: String,
    pub major: String,
    pub description: String,
    /// Level names and descriptions, level 1 first.
    pub levels: Vec<LevelFacts>,
    pub sources: Vec<SourceFacts>,
    /// What changed since the previous edition (format 1.1; none for 1.0 files).
    pub changes: Option<String>,
    /// What it measures, how to read the levels, the best-fit rule, what it does not
    /// cover (format 1.1).
    pub methodology: Option<Methodology>,
    /// Every weight other than 1, dimensions first, then questions, in framework order.
    pub weights: Vec<WeightFacts>,
}

impl FrameworkFacts {
    pub fn level_count(&self) -> u8 {
        self.levels.len() as u8
    }

    /// The name of level `level` (1-based), "" when out of range.
    pub fn level_name(&self, level: u8) -> &str {
        level.checked_sub(1).and_then(|i| self.levels.get(i as usize)).map(|l| l.name.as_str()).unwrap_or("")
    }
}

#[derive(Debug, Clone)]
pub struct LevelFacts {
    pub name: String,
    pub description: String,
}

/// A weight other than 1 and why (`rationale`, None where the file gives no reason).
#[derive(Debug, Clone, PartialEq)]
pub struct WeightFacts {
    pub title: String,
    pub weight: f64,
    pub rationale: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SourceFacts {
    pub title: String,
    pub publisher: Option<String>,
    pub year: Option<u16>,
    pub url: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Completeness {
    /// Share of questions answered (0..1), as scored by mizan-core.
    pub share: f64,
    pub answered: u32,
    pub total: u32,
}

impl Completeness {
    pub fn is_complete(&self) -> bool {
        self.answered >= self.total
    }

    pub fn questions_left(&self) -> u32 {
        self.total.saturating_sub(self.answered)
    }
}

#[derive(Debug, Clone)]
pub struct OverallFigures {
    pub score: Option<f64>,
    pub index: Option<f64>,
    /// The stage (level nearest the score) and its name.
    pub stage: Option<(u8, String)>,
    pub peers: Peers,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendEntry {
    pub day: String,
    pub index: Option<f64>,
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Disagreements {
    pub questions: usize,
    /// Dimensions (positions in the framework) with at least one, in framework order.
    pub dimensions: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RespondentRow {
    /// None unless the consultant chose to name respondents.
    pub name: Option<String>,
    pub role: String,
    pub unit: String,
    /// The day of the interview, `YYYY-MM-DD`, when the consultant recorded it: the report
    /// says when the fieldwork took place.
    pub interviewed_on: Option<String>,
    /// Questions this respondent answered (a level, or not applicable).
    pub answers: usize,
}

/// Computes everything the report says from its inputs.
pub fn build(input: &ReportInput) -> ReportModel {
    let lang = input.lang;
    let fw = &input.framework;
    let sc = &input.scores;
    let a = &input.doc.assessment;
    let levels = fw.level_count();
    let completeness = Completeness {
        share: sc.completeness,
        answered: sc.dimensions.iter().map(|d| d.answered).sum(),
        total: sc.dimensions.iter().map(|d| d.questions).sum(),
    };
    let framework = FrameworkFacts {
        title: shown(&fw.title, lang),
        version: fw.version.clone(),
        major: fw.major_version().to_string(),
        description: shown(&fw.description, lang),
        levels: fw.levels.iter().map(|l| LevelFacts { name: shown(&l.name, lang), description: shown(&l.description, lang) }).collect(),
        sources: fw
            .sources
            .iter()
            .map(|s| SourceFacts {
                title: shown(&s.title, lang),
                publisher: s.publisher.clone(),
                year: s.year,
                url: s.url.clone(),
                note: s.note.as_ref().map(|n| shown(n, lang)),
            })
            .collect(),
        changes: fw.changes.as_ref().map(|c| shown(c, lang)),
        methodology: fw.methodology.as_ref().map(|m| Methodology {
            measures: shown(&m.measures, lang),
            levels: shown(&m.levels, lang),
            best_fit: shown(&m.best_fit, lang),
            not_covered: shown(&m.not_covered, lang),
        }),
        weights: weights(fw, lang),
    };
    let benchmark = peers::benchmark(input);
    let overall = OverallFigures {
        score: sc.overall.score,
        index: sc.overall.index,
        stage: sc.overall.stage.map(|s| (s, sc.overall.stage_name.clone().unwrap_or_else(|| framework.level_name(s).to_string()))),
        peers: peers::overall(input, levels),
    };
    let dimensions = dimensions::build(input, &framework);
    let highlights = highlights::build(&dimensions, levels);
    let recommendations = roadmap::recommendations(input);
    let roadmap = roadmap::group(&recommendations, &dimensions);
    let trend = trend(input);
    let disagreements = disagreements(&dimensions);
    let doc = &input.doc;
    let respondents = doc
        .respondents
        .iter()
        .map(|r| RespondentRow {
            name: input.name_respondents.then(|| r.name.clone()),
            role: r.role.clone(),
            unit: r.unit.clone(),
            interviewed_on: r.interviewed_on.clone(),
            answers: doc.answers.iter().filter(|x| x.respondent == r.id && (x.level.is_some() || x.not_applicable)).count(),
        })
        .collect();
    ReportModel {
        lang,
        digits: input.digits,
        generated_at: input.generated_at,
        assessment: AssessmentFacts {
            id: a.id.to_string(),
            title: a.title.clone(),
            mode: a.mode,
            status: a.status,
            updated_at: a.updated_at.clone(),
            finalized_at: a.finalized_at.clone(),
            respondents: doc.respondents.len(),
        },
        agency: AgencyFacts { name: a.agency.name.clone(), sector: a.agency.sector.clone(), country: a.agency.country.clone(), size: a.agency.size.clone() },
        framework,
        completeness,
        overall,
        dimensions,
        highlights,
        recommendations,
        roadmap,
        benchmark,
        trend,
        disagreements,
        respondents,
        sections: input.sections,
        untranslated: fw.texts().iter().any(|t| t.falls_back(lang)),
    }
}

/// The marker after a framework text that shows in English in a report in another
/// language; the same in every language, as the UI's badge.
pub const ENGLISH_MARK: &str = "[EN]";

/// A framework text in `lang`, marked when it is the English one for want of a translation.
pub(crate) fn shown(t: &mizan_core::Text, lang: Lang) -> String {
    if t.falls_back(lang) {
        english_marked(&t.en)
    } else {
        t.get(lang).to_string()
    }
}

pub(crate) fn english_marked(text: &str) -> String {
    format!("{text} {ENGLISH_MARK}")
}

/// How the report refers to each respondent: by name when the consultant chose so, else
/// by role and unit, else by their number (`#2`), never by a name they were not told of.
pub fn respondent_labels(input: &ReportInput) -> std::collections::HashMap<uuid::Uuid, String> {
    input
        .doc
        .respondents
        .iter()
        .enumerate()
        .map(|(i, r)| {
            // The one respondent of a self-assessment has no name: told like an unnamed one.
            let named = input.name_respondents && !r.name.trim().is_empty();
            let label = match (named, r.role.trim(), r.unit.trim()) {
                (true, ..) => r.name.clone(),
                (false, "", "") => format!("#{}", i + 1),
                (false, role, "") => role.to_string(),
                (false, "", unit) => unit.to_string(),
                (false, role, unit) => format!("{role} ({unit})"),
            };
            (r.id, label)
        })
        .collect()
}

fn weights(fw: &Framework, lang: Lang) -> Vec<WeightFacts> {
    let text = |t: &mizan_core::Text| shown(t, lang);
    let dimensions = fw.dimensions.iter().map(|d| (text(&d.title), d.weight, &d.weight_rationale));
    let questions = fw.questions.iter().map(|q| (text(&q.text), q.weight, &q.weight_rationale));
    dimensions
        .chain(questions)
        .filter(|(_, weight, _)| *weight != 1.0)
        .map(|(title, weight, why)| WeightFacts { title, weight, rationale: why.as_ref().map(text) })
        .collect()
}

fn trend(input: &ReportInput) -> Vec<TrendEntry> {
    if input.trend.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<TrendEntry> = input.trend.iter().map(|p| TrendEntry { day: crate::format::day(&p.finalized_at), index: p.index, current: false }).collect();
    let a = &input.doc.assessment;
    let at = a.finalized_at.as_deref().unwrap_or(&a.updated_at);
    out.push(TrendEntry { day: crate::format::day(at), index: input.scores.overall.index, current: true });
    out
}

fn disagreements(dimensions: &[DimensionReport]) -> Disagreements {
    let mut d = Disagreements::default();
    for (i, dim) in dimensions.iter().enumerate() {
        let n = dim.questions.iter().filter(|q| q.disagreement.is_some()).count();
        if n > 0 {
            d.questions += n;
            d.dimensions.push(i);
        }
    }
    d
}
