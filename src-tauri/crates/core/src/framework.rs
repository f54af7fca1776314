//! Framework files: parsing (TOML with spans) and validation into the model.

//!
//! Format 1.1 (issue 14) adds optional fields: `changes`, `[methodology]`,
//! `weight_rationale`, and per question `owner`, `depends_on`, `see_also`, `indicators`
//! and `evidence_expected`. They are checked here for form (ids known, no cycles, levels
//! in range); the content rules a built-in edition must also meet are in [`review`].
//! Weights are limited to 0 < w ≤ [`MAX_WEIGHT`] so that no score can overflow.

use crate::error::{CoreError, Diagnostic, Result};
use crate::text::Text;
use serde::Serialize;
use std::collections::HashMap;

/// The largest weight a dimension or question may have (issue 17: 1e308 made NaN scores).
pub const MAX_WEIGHT: f64 = 100.0;

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Source {
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Level {
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dimension {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub weight: f64,
    /// Why the weight is not 1 (format 1.1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight_rationale: Option<Text>,
}

/// How to read a framework (format 1.1): shown on the framework screen and in reports.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Methodology {
    pub measures: Text,
    pub levels: Text,
    pub best_fit: Text,
    pub not_covered: Text,
}

/// A counterpart question in another framework: `FRAMEWORK:QUESTION` in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CrossRef {
    pub framework: String,
    pub question: String,
}

/// What an interviewer asks to see before accepting `level` (3 and above).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpectedEvidence {
    pub level: u8,
    pub text: Text,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Question {
    pub id: String,
    pub dimension: String,
    pub text: Text,
    pub guidance: Text,
    pub weight: f64,
    /// One descriptor per level, lowest first.
    pub levels: Vec<Text>,
    /// What to do from each level to reach the next, lowest first.
    pub recommendations: Vec<Text>,
    pub evidence: Vec<Text>,
    /// Format 1.1 fields below; empty in 1.0 files (and then left out of JSON).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight_rationale: Option<Text>,
    /// The role that owns this question's recommendations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Text>,
    /// Questions of the same framework whose recommendations come first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub see_also: Vec<CrossRef>,
    /// Index indicators the question relates to (plain names, e.g. "UN EGDI: OSI").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
    /// Lowest level first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence_expected: Vec<ExpectedEvidence>,
}

/// A validated framework. Construct it with [`Framework::parse`].
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub title: Text,
    pub description: Text,
    pub sources: Vec<Source>,
    /// What changed since the previous edition (format 1.1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub methodology: Option<Methodology>,
    pub levels: Vec<Level>,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    #[serde(skip)]
    question_index: HashMap<String, usize>,
    #[serde(skip)]
    dimension_index: HashMap<String, usize>,
    /// For each question (framework order), the index of its dimension.
    #[serde(skip)]
    question_dimension: Vec<usize>,
}

impl Framework {
    pub fn level_count(&self) -> u8 {
        self.levels.len() as u8
    }

    pub fn question_position(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    pub fn dimension_position(&self, id: &str) -> Option<usize> {
        self.dimension_index.get(id).copied()
    }

    /// Index of the dimension of the question at `question` (framework order).
    pub fn dimension_of(&self, question: usize) -> usize {
        self.question_dimension[question]
    }

    /// Major version number (benchmarks compare only the same major version).
    pub fn major_version(&self) -> &str {
        self.version.split('.').next().unwrap_or("")
    }

    pub fn questions_of<'a>(&'a self, dimension: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions.iter().filter(move |q| q.dimension == dimension)
    }

    /// Every translatable text, in file order: what a translation must cover (the
    /// questionnaire, the framework screen and the report show each of them).
    pub fn texts(&self) -> Vec<&Text> {
        let mut all = vec![&self.title, &self.description];
        all.extend(&self.changes);
        for s in &self.sources {
            all.push(&s.title);
            all.extend(&s.note);
        }
        if let Some(m) = &self.methodology {
            all.extend([&m.measures, &m.levels, &m.best_fit, &m.not_covered]);
        }
        for l in &self.levels {
            all.extend([&l.name, &l.description]);
        }
        for d in &self.dimensions {
            all.extend([&d.title, &d.description]);
            all.extend(&d.weight_rationale);
        }
        for q in &self.questions {
            all.extend([&q.text, &q.guidance]);
            all.extend(q.levels.iter().chain(&q.recommendations).chain(&q.evidence));
            all.extend(q.weight_rationale.iter().chain(&q.owner));
            all.extend(q.evidence_expected.iter().map(|e| &e.text));
        }
        all
    }

    /// Parses and validates a framework file. `file` names it in messages.
    /// Every problem found is reported, each with its line and column.
    pub fn parse(file: &str, source: &str) -> Result<Framework> {
        Framework::parse_with_warnings(file, source).map(|(f, _)| f)
    }

    /// Like [`Framework::parse`], and also the warnings of a valid file: each text without
    /// a French or Arabic translation (it shows in English), with its line and column.
    pub fn parse_with_warnings(file: &str, source: &str) -> Result<(Framework, Vec<Diagnostic>)> {
        let raw: raw::RawFramework = toml::from_str(source).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(source, s.start)).unwrap_or((1, 1));
            CoreError::InvalidFramework(vec![Diagnostic {
                file: file.to_string(),
                line,
                column,
                message: tidy_toml_message(e.message()),
            }])
        })?;
        let mut v = validate::Validator::new(file, source);
        let fw = v.build(raw);
        // Reported in file order, as an editor would walk through them.
        v.problems.sort_by_key(|d| (d.line, d.column));
        if v.problems.is_empty() {
            Ok((fw, v.translation_warnings()))
        } else {
            Err(CoreError::InvalidFramework(v.problems))
        }
    }

    pub fn from_bytes(file: &str, bytes: &[u8]) -> Result<Framework> {
        Framework::from_bytes_with_warnings(file, bytes).map(|(f, _)| f)
    }

    /// [`Framework::parse_with_warnings`] of a file's bytes.
    pub fn from_bytes_with_warnings(file: &str, bytes: &[u8]) -> Result<(Framework, Vec<Diagnostic>)> {
        let source = std::str::from_utf8(bytes).map_err(|e| {
            let (line, column) = line_col_bytes(bytes, e.valid_up_to());
            CoreError::InvalidFramework(vec![Diagnostic {
                file: file.to_string(),
                line,
                column,
                message: "the file is not valid UTF-8 text: save it as UTF-8".into(),
            }])
        })?;
        Framework::parse_with_warnings(file, source)
    }
}

fn tidy_toml_message(m: &str) -> String {
    let m = m.trim().trim_end_matches('.');
    if m.starts_with("unknown field") {
        format!("{m}; remove it or check its spelling")
    } else if m.starts_with("missing field") {
        format!("{m}; add it")
    } else {
        m.to_string()
    }
}

pub(crate) fn line_col(source: &str, offset: usize) -> (usize, usize) {
    line_col_bytes(source.as_bytes(), offset)
}

fn line_col_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let offset = offset.min(bytes.len());
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map(|p| p + 1).unwrap_or(0);
    // Columns count characters, not bytes, so they match what editors show.
    let column = String::from_utf8_lossy(&bytes[line_start..offset]).chars().count() + 1;
    (line, column)
}

mod links;
mod raw;
pub mod resolved;
pub mod review;
mod validate;

#[cfg(test)]
mod tests;
