//! Framework files: parsing (TOML with spans) and validation into the model.

use crate::error::{CoreError, Diagnostic, Result};
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use toml::Spanned;

#[derive(Debug, Clone, Serialize)]
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
pub struct Level {
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct Dimension {
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub weight: f64,
}

#[derive(Debug, Clone, Serialize)]
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
}

/// A validated framework. Construct it with [`Framework::parse`].
#[derive(Debug, Clone, Serialize)]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub title: Text,
    pub description: Text,
    pub sources: Vec<Source>,
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

    /// Parses and validates a framework file. `file` names it in messages.
    /// Every problem found is reported, each with its line and column.
    pub fn parse(file: &str, source: &str) -> Result<Framework> {
        let raw: RawFramework = toml::from_str(source).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(source, s.start)).unwrap_or((1, 1));
            CoreError::InvalidFramework(vec![Diagnostic {
                file: file.to_string(),
                line,
                column,
                message: tidy_toml_message(e.message()),
            }])
        })?;
        let mut v = Validator { file, source, problems: Vec::new() };
        let fw = v.build(raw);
        // Reported in file order, as an editor would walk through them.
        v.problems.sort_by_key(|d| (d.line, d.column));
        if v.problems.is_empty() {
            Ok(fw)
        } else {
            Err(CoreError::InvalidFramework(v.problems))
        }
    }

    pub fn from_bytes(file: &str, bytes: &[u8]) -> Result<Framework> {
        let source = std::str::from_utf8(bytes).map_err(|e| {
            let (line, column) = line_col_bytes(bytes, e.valid_up_to());
            CoreError::InvalidFramework(vec![Diagnostic {
                file: file.to_string(),
                line,
                column,
                message: "the file is not valid UTF-8 text: save it as UTF-8".into(),
            }])
        })?;
        Framework::parse(file, source)
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

fn default_weight() -> Spanned<f64> {
    Spanned::new(0..0, 1.0)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFramework {
    id: Spanned<String>,
    version: Spanned<String>,
    title: Spanned<Text>,
    description: Spanned<Text>,
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    levels: Spanned<Vec<Spanned<RawLevel>>>,
    dimensions: Spanned<Vec<Spanned<RawDimension>>>,
    questions: Spanned<Vec<Spanned<RawQuestion>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: Spanned<Text>,
    publisher: Option<String>,
    url: Option<String>,
    year: Option<u16>,
    note: Option<Spanned<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    name: Spanned<Text>,
    description: Spanned<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: Spanned<String>,
    title: Spanned<Text>,
    description: Spanned<Text>,
    #[serde(default = "default_weight")]
    weight: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    dimension: Spanned<String>,
    text: Spanned<Text>,
    guidance: Spanned<Text>,
    #[serde(default = "default_weight")]
    weight: Spanned<f64>,
    levels: Spanned<Vec<Spanned<Text>>>,
    recommendations: Spanned<Vec<Spanned<Text>>>,
    #[serde(default)]
    evidence: Vec<Spanned<Text>>,
}

struct Validator<'a> {
    file: &'a str,
    source: &'a str,
    problems: Vec<Diagnostic>,
}

impl Validator<'_> {
    fn problem(&mut self, span: Range<usize>, message: String) {
        let (line, column) = line_col(self.source, span.start);
        self.problems.push(Diagnostic { file: self.file.to_string(), line, column, message });
    }

    fn text(&mut self, t: Spanned<Text>, what: &str) -> Text {
        let span = t.span();
        let t = t.into_inner();
        for lang in t.blank_languages() {
            self.problem(span.clone(), format!("{what} is empty ({lang}): write the text, or remove the `{lang}` entry"));
        }
        t
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) {
        let ok = !id.get_ref().is_empty()
            && id.get_ref().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
            && id.get_ref().chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
        if !ok {
            self.problem(
                id.span(),
                format!("{what} id `{}` is not valid: use lowercase letters, digits, `.`, `_` or `-`, starting with a letter or digit", id.get_ref()),
            );
        }
    }

    fn weight(&mut self, w: &Spanned<f64>, what: &str) -> f64 {
        let value = *w.get_ref();
        if !(value.is_finite() && value > 0.0) {
            self.problem(w.span(), format!("{what} has weight {value}: weights must be positive numbers (the default is 1)"));
        }
        value
    }

    fn build(&mut self, raw: RawFramework) -> Framework {
        self.id(&raw.id, "framework");
        let version_ok = {
            let parts: Vec<&str> = raw.version.get_ref().split('.').collect();
            parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        };
        if !version_ok {
            self.problem(
                raw.version.span(),
                format!("version `{}` is not a semantic version: write it as MAJOR.MINOR.PATCH, e.g. \"1.0.0\"", raw.version.get_ref()),
            );
        }
        let title = self.text(raw.title, "the framework title");
        let description = self.text(raw.description, "the framework description");

        let sources = raw
            .sources
            .into_iter()
            .map(|s| {
                let s = s.into_inner();
                Source {
                    title: self.text(s.title, "a source title"),
                    publisher: s.publisher,
                    url: s.url,
                    year: s.year,
                    note: s.note.map(|n| self.text(n, "a source note")),
                }
            })
            .collect();

        let levels_span = raw.levels.span();
        let levels: Vec<Level> = raw
            .levels
            .into_inner()
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                let l = l.into_inner();
                Level {
                    name: self.text(l.name, &format!("the name of level {}", i + 1)),
                    description: self.text(l.description, &format!("the description of level {}", i + 1)),
                }
            })
            .collect();
        if levels.len() < 2 || levels.len() > 9 {
            self.problem(levels_span, format!("the framework has {} levels: give between 2 and 9 `[[levels]]`, lowest first", levels.len()));
        }
        let level_count = levels.len();

        let dims_span = raw.dimensions.span();
        let mut dimension_index = HashMap::new();
        let mut dimensions = Vec::new();
        let mut dimension_spans = Vec::new();
        for d in raw.dimensions.into_inner() {
            let d = d.into_inner();
            dimension_spans.push(d.id.span());
            self.id(&d.id, "dimension");
            let id = d.id.get_ref().clone();
            if dimension_index.contains_key(&id) {
                self.problem(d.id.span(), format!("dimension id `{id}` is used twice: give each dimension its own id"));
            } else {
                dimension_index.insert(id.clone(), dimensions.len());
            }
            let weight = self.weight(&d.weight, &format!("dimension `{id}`"));
            dimensions.push(Dimension {
                title: self.text(d.title, &format!("the title of dimension `{id}`")),
                description: self.text(d.description, &format!("the description of dimension `{id}`")),
                id,
                weight,
            });
        }
        if dimensions.is_empty() {
            self.problem(dims_span, "the framework has no dimensions: add at least one `[[dimensions]]`".into());
        }

        let questions_span = raw.questions.span();
        let mut question_index = HashMap::new();
        let mut question_dimension = Vec::new();
        let mut questions = Vec::new();
        for q in raw.questions.into_inner() {
            let q = q.into_inner();
            self.id(&q.id, "question");
            let id = q.id.get_ref().clone();
            if question_index.contains_key(&id) {
                self.problem(q.id.span(), format!("question id `{id}` is used twice: give each question its own id"));
            } else {
                question_index.insert(id.clone(), questions.len());
            }
            let dim = q.dimension.get_ref().clone();
            match dimension_index.get(&dim) {
                Some(&i) => question_dimension.push(i),
                None => {
                    let known: Vec<&str> = dimensions.iter().map(|d| d.id.as_str()).collect();
                    self.problem(
                        q.dimension.span(),
                        format!("question `{id}` is in dimension `{dim}`, which is not defined: use one of {}", known.join(", ")),
                    );
                    question_dimension.push(0);
                }
            }
            let weight = self.weight(&q.weight, &format!("question `{id}`"));
            let text = self.text(q.text, &format!("the text of question `{id}`"));
            let guidance = self.text(q.guidance, &format!("the guidance of question `{id}`"));
            let per_level = |v: &mut Self, list: Spanned<Vec<Spanned<Text>>>, what: &str| -> Vec<Text> {
                let span = list.span();
                let items: Vec<Text> = list
                    .into_inner()
                    .into_iter()
                    .enumerate()
                    .map(|(i, t)| v.text(t, &format!("{what} {} of question `{id}`", i + 1)))
                    .collect();
                if items.len() != level_count && level_count > 0 {
                    v.problem(
                        span,
                        format!(
                            "question `{id}` has {} {what}s but the framework has {level_count} levels: give exactly one {what} per level, lowest first",
                            items.len()
                        ),
                    );
                }
                items
            };
            let levels = per_level(self, q.levels, "level descriptor");
            let recommendations = per_level(self, q.recommendations, "recommendation");
            let evidence = q.evidence.into_iter().map(|e| self.text(e, &format!("an evidence example of question `{id}`"))).collect();
            questions.push(Question { id, dimension: dim, text, guidance, weight, levels, recommendations, evidence });
        }
        if questions.is_empty() {
            self.problem(questions_span, "the framework has no questions: add at least one `[[questions]]`".into());
        }
        let used: HashSet<usize> = question_dimension.iter().copied().collect();
        for (i, d) in dimensions.iter().enumerate() {
            if !used.contains(&i) && !questions.is_empty() {
                self.problem(dimension_spans[i].clone(), format!("dimension `{}` has no questions: add one or remove the dimension", d.id));
            }
        }

        Framework {
            id: raw.id.into_inner(),
            version: raw.version.into_inner(),
            title,
            description,
            sources,
            levels,
            dimensions,
            questions,
            question_index,
            dimension_index,
            question_dimension,
        }
    }
}

#[cfg(test)]
mod tests;
