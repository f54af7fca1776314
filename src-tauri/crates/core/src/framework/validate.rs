//! Validation of a parsed file into the model: every problem is collected with its
//! place, so that one run of `mizan validate` lists them all.

use super::raw::{RawDimension, RawFramework, RawMethodology, RawQuestion};
use super::{line_col, links, CrossRef, Dimension, ExpectedEvidence, Framework, Level, Methodology, Question, Source, MAX_WEIGHT};
use crate::error::Diagnostic;
use crate::text::Text;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use toml::Spanned;

pub(super) struct Validator<'a> {
    file: &'a str,
    source: &'a str,
    pub problems: Vec<Diagnostic>,
    /// Every text seen, with its place and which translations it lacks (fr, ar): turned
    /// into warnings by [`Validator::translation_warnings`].
    untranslated: Vec<(Range<usize>, String, [bool; 2])>,
    texts: usize,
}

/// Whether `id` is a valid framework, dimension or question id.
pub(super) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
        && id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
}

/// A weight as a person would write it: 1e308 stays short instead of 309 digits.
fn show_number(value: f64) -> String {
    if value.is_finite() && value != 0.0 && !(1e-4..1e6).contains(&value.abs()) {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

impl<'a> Validator<'a> {
    pub fn new(file: &'a str, source: &'a str) -> Self {
        Validator { file, source, problems: Vec::new(), untranslated: Vec::new(), texts: 0 }
    }

    /// One warning per text without a French or Arabic translation, at its place; a
    /// language that no text has at all (a framework not translated into it yet) gets one
    /// warning for the file instead of one per text. Missing translations show in English.
    pub fn translation_warnings(&self) -> Vec<Diagnostic> {
        const LANGS: [(&str, &str); 2] = [("fr", "French"), ("ar", "Arabic")];
        let mut out = Vec::new();
        let mut whole = [false; 2];
        for (i, (code, name)) in LANGS.iter().enumerate() {
            let missing = self.untranslated.iter().filter(|(_, _, m)| m[i]).count();
            if self.texts > 0 && missing == self.texts {
                whole[i] = true;
                out.push(Diagnostic {
                    file: self.file.to_string(),
                    line: 1,
                    column: 1,
                    message: format!(
                        "no text of this framework is translated into {name}: its {missing} texts show in English; \
                         write each text as a table with `{code} = \"...\"`"
                    ),
                });
            }
        }
        for (span, what, missing) in &self.untranslated {
            let langs: Vec<usize> = (0..2).filter(|&i| missing[i] && !whole[i]).collect();
            if langs.is_empty() {
                continue;
            }
            let names: Vec<String> = langs.iter().map(|&i| format!("{} ({})", LANGS[i].1, LANGS[i].0)).collect();
            let adds: Vec<String> = langs.iter().map(|&i| format!("`{} = \"...\"`", LANGS[i].0)).collect();
            let (line, column) = line_col(self.source, span.start);
            out.push(Diagnostic {
                file: self.file.to_string(),
                line,
                column,
                message: format!(
                    "{what} has no {} translation: it shows in English; add {}",
                    names.join(" or "),
                    adds.join(" and ")
                ),
            });
        }
        out.sort_by_key(|d| (d.line, d.column));
        out
    }

    pub(super) fn problem(&mut self, span: Range<usize>, message: String) {
        let (line, column) = line_col(self.source, span.start);
        self.problems.push(Diagnostic { file: self.file.to_string(), line, column, message });
    }

    fn text(&mut self, t: Spanned<Text>, what: &str) -> Text {
        let span = t.span();
        let t = t.into_inner();
        self.texts += 1;
        // A blank translation is an error (below), not also a warning.
        let missing = [t.fr.is_none(), t.ar.is_none()];
        if missing.contains(&true) {
            self.untranslated.push((span.clone(), what.to_string(), missing));
        }
        for lang in t.blank_languages() {
            self.problem(span.clone(), format!("{what} is empty ({lang}): write the text, or remove the `{lang}` entry"));
        }
        t
    }

    fn optional_text(&mut self, t: Option<Spanned<Text>>, what: &str) -> Option<Text> {
        t.map(|t| self.text(t, what))
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) {
        if !is_valid_id(id.get_ref()) {
            self.problem(
                id.span(),
                format!("{what} id `{}` is not valid: use lowercase letters, digits, `.`, `_` or `-`, starting with a letter or digit", id.get_ref()),
            );
        }
    }

    fn weight(&mut self, w: &Spanned<f64>, what: &str) -> f64 {
        let value = *w.get_ref();
        if !(value.is_finite() && value > 0.0 && value <= MAX_WEIGHT) {
            self.problem(
                w.span(),
                format!(
                    "{what} has weight {}: a weight must be greater than 0 and at most {MAX_WEIGHT} (the default is 1); write a number in that range",
                    show_number(value)
                ),
            );
        }
        value
    }

    fn version(&mut self, version: &Spanned<String>) {
        let parts: Vec<&str> = version.get_ref().split('.').collect();
        let ok = parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        if !ok {
            self.problem(
                version.span(),
                format!("version `{}` is not a semantic version: write it as MAJOR.MINOR.PATCH, e.g. \"1.0.0\"", version.get_ref()),
            );
        }
    }

    fn methodology(&mut self, m: RawMethodology) -> Methodology {
        Methodology {
            measures: self.text(m.measures, "methodology.measures"),
            levels: self.text(m.levels, "methodology.levels"),
            best_fit: self.text(m.best_fit, "methodology.best_fit"),
            not_covered: self.text(m.not_covered, "methodology.not_covered"),
        }
    }

    pub fn build(&mut self, raw: RawFramework) -> Framework {
        self.id(&raw.id, "framework");
        self.version(&raw.version);
        let title = self.text(raw.title, "the framework title");
        let description = self.text(raw.description, "the framework description");
        let changes = self.optional_text(raw.changes, "`changes`");
        let methodology = raw.methodology.map(|m| self.methodology(m));

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

        let levels = self.levels(raw.levels);
        let (dimensions, dimension_index, dimension_spans) = self.dimensions(raw.dimensions);

        let questions_span = raw.questions.span();
        let mut question_index = HashMap::new();
        let mut question_dimension = Vec::new();
        let mut questions = Vec::new();
        let mut dependencies = Vec::new();
        for q in raw.questions.into_inner() {
            let q = q.into_inner();
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
                    let known: Vec<&str> = dimensions.iter().map(|d: &Dimension| d.id.as_str()).collect();
                    self.problem(
                        q.dimension.span(),
                        format!("question `{id}` is in dimension `{dim}`, which is not defined: use one of {}", known.join(", ")),
                    );
                    question_dimension.push(0);
                }
            }
            dependencies.push(q.depends_on.clone());
            questions.push(self.question(q, raw.id.get_ref(), levels.len()));
        }
        if questions.is_empty() {
            self.problem(questions_span, "the framework has no questions: add at least one `[[questions]]`".into());
        }
        links::check_dependencies(self, &questions, &question_index, &dependencies);
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
            changes,
            methodology,
            levels,
            dimensions,
            questions,
            question_index,
            dimension_index,
            question_dimension,
        }
    }

    fn levels(&mut self, raw: Spanned<Vec<Spanned<super::raw::RawLevel>>>) -> Vec<Level> {
        let span = raw.span();
        let levels: Vec<Level> = raw
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
            self.problem(span, format!("the framework has {} levels: give between 2 and 9 `[[levels]]`, lowest first", levels.len()));
        }
        levels
    }

    #[allow(clippy::type_complexity)]
    fn dimensions(&mut self, raw: Spanned<Vec<Spanned<RawDimension>>>) -> (Vec<Dimension>, HashMap<String, usize>, Vec<Range<usize>>) {
        let span = raw.span();
        let mut index = HashMap::new();
        let mut dimensions = Vec::new();
        let mut spans = Vec::new();
        for d in raw.into_inner() {
            let d = d.into_inner();
            spans.push(d.id.span());
            self.id(&d.id, "dimension");
            let id = d.id.get_ref().clone();
            if index.contains_key(&id) {
                self.problem(d.id.span(), format!("dimension id `{id}` is used twice: give each dimension its own id"));
            } else {
                index.insert(id.clone(), dimensions.len());
            }
            let weight = self.weight(&d.weight, &format!("dimension `{id}`"));
            dimensions.push(Dimension {
                title: self.text(d.title, &format!("the title of dimension `{id}`")),
                description: self.text(d.description, &format!("the description of dimension `{id}`")),
                weight_rationale: self.optional_text(d.weight_rationale, &format!("the weight_rationale of dimension `{id}`")),
                id,
                weight,
            });
        }
        if dimensions.is_empty() {
            self.problem(span, "the framework has no dimensions: add at least one `[[dimensions]]`".into());
        }
        (dimensions, index, spans)
    }

    fn per_level(&mut self, list: Spanned<Vec<Spanned<Text>>>, id: &str, what: &str, level_count: usize) -> Vec<Text> {
        let span = list.span();
        let items: Vec<Text> = list
            .into_inner()
            .into_iter()
            .enumerate()
            .map(|(i, t)| self.text(t, &format!("{what} {} of question `{id}`", i + 1)))
            .collect();
        if items.len() != level_count && level_count > 0 {
            self.problem(
                span,
                format!(
                    "question `{id}` has {} {what}s but the framework has {level_count} levels: give exactly one {what} per level, lowest first",
                    items.len()
                ),
            );
        }
        items
    }

    fn question(&mut self, q: RawQuestion, framework_id: &str, level_count: usize) -> Question {
        self.id(&q.id, "question");
        let id = q.id.get_ref().clone();
        let weight = self.weight(&q.weight, &format!("question `{id}`"));
        Question {
            dimension: q.dimension.into_inner(),
            text: self.text(q.text, &format!("the text of question `{id}`")),
            guidance: self.text(q.guidance, &format!("the guidance of question `{id}`")),
            weight,
            weight_rationale: self.optional_text(q.weight_rationale, &format!("the weight_rationale of question `{id}`")),
            levels: self.per_level(q.levels, &id, "level descriptor", level_count),
            recommendations: self.per_level(q.recommendations, &id, "recommendation", level_count),
            evidence: q.evidence.into_iter().map(|e| self.text(e, &format!("an evidence example of question `{id}`"))).collect(),
            owner: self.optional_text(q.owner, &format!("the owner of question `{id}`")),
            depends_on: q.depends_on.into_iter().map(Spanned::into_inner).collect(),
            see_also: q.see_also.into_iter().filter_map(|s| self.cross_ref(s, framework_id, &id)).collect(),
            indicators: q.indicators.into_iter().filter_map(|s| self.indicator(s, &id)).collect(),
            evidence_expected: self.evidence_expected(q.evidence_expected, &id, level_count),
            id,
        }
    }

    fn cross_ref(&mut self, s: Spanned<String>, framework_id: &str, question: &str) -> Option<CrossRef> {
        let span = s.span();
        let value = s.into_inner();
        let parts = value.split_once(':').filter(|(f, q)| is_valid_id(f) && is_valid_id(q));
        match parts {
            Some((f, _)) if f == framework_id => {
                self.problem(
                    span,
                    format!("question `{question}`: see_also `{value}` names a question of this framework: see_also is for another framework's counterpart; use depends_on for an order within this one"),
                );
                None
            }
            Some((f, q)) => Some(CrossRef { framework: f.to_string(), question: q.to_string() }),
            None => {
                self.problem(
                    span,
                    format!("question `{question}`: see_also `{value}` is not FRAMEWORK:QUESTION: write the other framework's id and the question id joined by `:`, e.g. \"service-integration:delivery.life-events\""),
                );
                None
            }
        }
    }

    fn indicator(&mut self, s: Spanned<String>, question: &str) -> Option<String> {
        if s.get_ref().trim().is_empty() {
            self.problem(s.span(), format!("question `{question}` has an empty indicator: name the index and its indicator, or remove the entry"));
            return None;
        }
        Some(s.into_inner())
    }

    fn evidence_expected(&mut self, map: std::collections::BTreeMap<Spanned<String>, Spanned<Text>>, question: &str, level_count: usize) -> Vec<ExpectedEvidence> {
        let mut out = Vec::new();
        for (key, text) in map {
            let level = key.get_ref().parse::<u8>().ok().filter(|l| (3..=level_count).contains(&(*l as usize)));
            let text = self.text(text, &format!("evidence_expected {} of question `{question}`", key.get_ref()));
            match level {
                Some(level) => out.push(ExpectedEvidence { level, text }),
                None if level_count < 3 => self.problem(
                    key.span(),
                    format!("question `{question}`: evidence_expected is for levels 3 and above, and this framework has {level_count} levels: remove evidence_expected"),
                ),
                None => {
                    let keys = if level_count == 3 { "the level number 3".to_string() } else { format!("level numbers from 3 to {level_count}") };
                    self.problem(
                        key.span(),
                        format!("question `{question}`: evidence_expected has key `{}`: use {keys} (what supports a level of 3 or more)", key.get_ref()),
                    )
                }
            }
        }
        out.sort_by_key(|e| e.level);
        out
    }
}
