//! The methodology: the scoring contract in plain words, the benchmark's method,
//! completeness, the levels, the framework's own note (what changed, what it measures,
//! how to read its levels, what it does not cover, why its weights are not 1), its
//! sources and the respondents.

use super::layout::{Align, Cell, Row, Table};
use super::theme::*;
use super::Content;

/// The methodology's fixed text, filled in for this report.
pub(crate) struct MethodRules {
    pub scoring: Vec<String>,
    pub benchmark: Vec<String>,
    pub completeness: String,
}

impl Content<'_> {
    pub(super) fn methodology(&mut self) {
        let title = self.t.get("report-method-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 8.0, 0.0);
        self.method_rules();
        self.method_levels();
        self.method_framework();
        self.method_sources();
        self.method_respondents();
    }

    fn method_rules(&mut self) {
        let rules = self.method_rules_text();
        let head = self.t.get("report-method-scoring");
        self.l.heading(&head, h2(), 0.0, 4.0, 40.0);
        for (k, text) in rules.scoring.iter().enumerate() {
            self.numbered(k + 1, text);
        }
        let head = self.t.get("report-method-benchmark");
        self.l.heading(&head, h2(), 8.0, 4.0, 40.0);
        for (k, text) in rules.benchmark.iter().enumerate() {
            self.numbered(k + 1, text);
        }
        let head = self.t.get("report-method-completeness");
        self.l.heading(&head, h2(), 8.0, 4.0, 30.0);
        self.l.paragraph(&rules.completeness, body(), 4.0);
        if let Some(note) = self.incomplete_note() {
            self.l.paragraph(&note, body().with_color(OCHRE), 4.0);
        }
    }

    /// The scoring contract and the benchmark's method as numbered rules, and completeness.
    pub(crate) fn method_rules_text(&self) -> MethodRules {
        let m = self.m;
        let levels = self.levels();
        let scoring = (1..=7).map(|k| self.t.fmt(&format!("report-method-{k}"), &[("levels", levels.into())])).collect();
        let benchmark = ["report-method-peers", "report-method-quartiles", "report-method-rank"].iter().map(|key| self.t.fmt(key, &[("min", m.benchmark.min.into())])).collect();
        let c = m.completeness;
        let pct = self.n.percent(c.share);
        let completeness = self.t.fmt("report-method-completeness-text", &[("answered", c.answered.into()), ("total", c.total.into()), ("percent", (&pct).into())]);
        MethodRules { scoring, benchmark, completeness }
    }

    fn method_levels(&mut self) {
        let levels = self.levels();
        let head = self.t.get("report-method-levels");
        let intro = self.t.fmt("report-method-levels-intro", &[("levels", levels.into())]);
        let table = self.levels_table();
        let w = self.l.geo.body_width();
        let keep = self.l.table_keep(&table) + self.l.block(&intro, body(), w).height() + 4.0;
        self.l.heading(&head, h2(), 8.0, 4.0, keep);
        self.l.paragraph(&intro, body(), 4.0);
        self.l.table(&table);
    }

    /// The framework's levels: number, name, description.
    pub(crate) fn levels_table(&self) -> Table {
        let rows = self
            .m
            .framework
            .levels
            .iter()
            .enumerate()
            .map(|(i, lv)| {
                Row::Cells(vec![
                    Cell::new((i + 1).to_string(), small_bold().with_color(TEAL_DARK)),
                    Cell::new(&lv.name, small_bold()),
                    Cell::new(&lv.description, small_ink()),
                ])
            })
            .collect();
        let header = self.header(&["report-col-number-level", "report-col-name", "report-col-description"]);
        table(columns(&[(0.08, Align::Start), (0.2, Align::Start), (0.72, Align::Start)]), header, rows)
    }

    /// The framework: what it is, then its own note and the weights other than 1.
    fn method_framework(&mut self) {
        let head = self.t.get("report-method-about");
        self.l.heading(&head, h2(), 12.0, 4.0, 50.0);
        let about = self.framework_about();
        self.l.paragraph(&about, body(), 6.0);
        for (head, text) in self.framework_notes() {
            self.l.heading(&head, h3(), 4.0, 2.0, 30.0);
            self.l.paragraph(&text, body(), 4.0);
        }
        if let Some(table) = self.weights_table() {
            let head = self.t.get("report-method-weights");
            let keep = self.l.table_keep(&table);
            self.l.heading(&head, h3(), 4.0, 4.0, keep);
            self.l.table(&table);
        }
    }

    /// "Title, version V. Description".
    pub(crate) fn framework_about(&self) -> String {
        let fw = &self.m.framework;
        let about = self.t.fmt("report-method-framework", &[("framework", (&fw.title).into()), ("version", (&fw.version).into()), ("description", (&fw.description).into())]);
        if self.m.untranslated {
            format!("{about} {}", self.t.fmt("report-untranslated-note", &[("mark", crate::model::ENGLISH_MARK.into())]))
        } else {
            about
        }
    }

    /// The parts of the framework's note it gives, each with its heading, in reading order.
    pub(crate) fn framework_notes(&self) -> Vec<(String, String)> {
        let fw = &self.m.framework;
        let mut notes = Vec::new();
        if let Some(c) = &fw.changes {
            notes.push((self.t.get("report-method-changes"), c.clone()));
        }
        if let Some(m) = &fw.methodology {
            for (key, text) in [
                ("report-method-measures", &m.measures),
                ("report-method-reading-levels", &m.levels),
                ("report-method-best-fit", &m.best_fit),
                ("report-method-not-covered", &m.not_covered),
            ] {
                notes.push((self.t.get(key), text.clone()));
            }
        }
        notes
    }

    /// Every weight other than 1 and why; None when all weights are 1.
    pub(crate) fn weights_table(&self) -> Option<Table> {
        let weights = &self.m.framework.weights;
        if weights.is_empty() {
            return None;
        }
        let no_reason = self.t.get("report-weight-no-reason");
        let rows = weights
            .iter()
            .map(|w| {
                Row::Cells(vec![
                    Cell::new(&w.title, small_ink()),
                    Cell::new(self.n.trimmed(w.weight, 2), small_bold()),
                    Cell::new(w.rationale.clone().unwrap_or_else(|| no_reason.clone()), small_ink()),
                ])
            })
            .collect();
        let header = self.header(&["report-col-item", "report-col-weight", "report-col-why"]);
        Some(table(columns(&[(0.36, Align::Start), (0.1, Align::Center), (0.54, Align::Start)]), header, rows))
    }

    fn method_sources(&mut self) {
        let fw = &self.m.framework;
        let head = self.t.get("report-method-sources");
        self.l.heading(&head, h2(), 12.0, 4.0, 50.0);
        for s in &fw.sources {
            // A source is kept whole on a page: title, address and note.
            let w = self.l.geo.body_width();
            let parts = source_parts(s);
            let h: f32 = parts.iter().map(|(t, st)| self.l.block(t, *st, w).height()).sum();
            self.l.ensure(h);
            for (t, st) in &parts {
                self.l.paragraph(t, *st, 0.0);
            }
            self.l.space(6.0);
        }
    }

    fn method_respondents(&mut self) {
        let m = self.m;
        if m.sections.has(crate::Section::Respondents) {
            let head = self.t.get("report-method-respondents");
            self.l.heading(&head, h2(), 10.0, 4.0, 40.0);
            if m.respondents.is_empty() {
                let none = self.t.get("report-no-respondents");
                self.l.paragraph(&none, body(), 4.0);
            } else {
                let table = self.respondents_table();
                self.l.table(&table);
            }
        }
        self.l.space(14.0);
        let by = self.generated_by();
        self.l.paragraph(&by, small(), 0.0);
    }

    /// "Generated by Mizan on … from assessment …".
    pub(crate) fn generated_by(&self) -> String {
        let m = self.m;
        self.t.fmt("report-generated-by", &[("date", (&m.generated_at.format("%Y-%m-%d").to_string()).into()), ("id", (&m.assessment.id).into())])
    }

    /// The respondents: role, unit and how many questions each answered; their names only
    /// when the consultant chose to name them.
    pub(crate) fn respondents_table(&self) -> Table {
        let m = self.m;
        // The name column only when the consultant chose to name respondents; the date one
        // only when some interview's day was recorded (a self-assessment has none).
        let named = m.respondents.iter().any(|r| r.name.is_some());
        let dated = m.respondents.iter().any(|r| r.interviewed_on.is_some());
        let rows = m
            .respondents
            .iter()
            .map(|r| {
                let mut cells = Vec::new();
                if let Some(name) = &r.name {
                    // The one respondent of a self-assessment has no name: the agency itself.
                    let name = if name.trim().is_empty() { self.t.get("report-respondent-self") } else { name.clone() };
                    cells.push(Cell::new(name, small_bold()));
                }
                cells.push(Cell::new(&r.role, if named { small_ink() } else { small_bold() }));
                cells.push(Cell::new(&r.unit, small_ink()));
                if dated {
                    cells.push(Cell::new(r.interviewed_on.as_deref().unwrap_or("–"), small_ink()));
                }
                cells.push(Cell::new(r.answers.to_string(), small_ink()));
                Row::Cells(cells)
            })
            .collect();
        // (message, share of the width, alignment) of each column shown.
        let mut shown = Vec::new();
        if named {
            shown.push(("report-col-respondent", 0.28, Align::Start));
        }
        let text_share: f32 = (if named { 0.28 } else { 0.42 }) - (if dated { 0.07 } else { 0.0 });
        shown.push(("report-col-role", text_share, Align::Start));
        shown.push(("report-col-unit", text_share, Align::Start));
        if dated {
            shown.push(("report-col-interviewed", 0.14, Align::Start));
        }
        shown.push(("report-col-answers", 0.1, Align::End));
        let total: f32 = shown.iter().map(|c| c.1).sum();
        let keys: Vec<&str> = shown.iter().map(|c| c.0).collect();
        let widths: Vec<(f32, Align)> = shown.iter().map(|c| (c.1 / total, c.2)).collect();
        table(columns(&widths), self.header(&keys), rows)
    }

    fn numbered(&mut self, k: usize, text: &str) {
        let geo = self.l.geo;
        let indent = 18.0;
        let b = self.l.block(text, body(), geo.body_width() - indent);
        self.l.ensure(b.height().min(3.0 * b.style.leading));
        let y = self.l.y;
        let nx = if self.l.rtl { geo.left + geo.body_width() - indent } else { geo.left };
        self.l.text_at(&format!("{k}."), body_bold().with_color(TEAL_DARK), nx, y, indent, Align::Start);
        self.l.paragraph_indented(text, body(), indent, 5.0);
    }
}

/// A source as lines: "title — publisher, year" (bold), its address, its note.
pub(crate) fn source_parts(s: &crate::model::SourceFacts) -> Vec<(String, super::layout::Style)> {
    let mut line = s.title.clone();
    let mut meta = Vec::new();
    if let Some(p) = &s.publisher {
        meta.push(p.clone());
    }
    if let Some(y) = s.year {
        meta.push(y.to_string());
    }
    if !meta.is_empty() {
        line = format!("{line} — {}", meta.join(", "));
    }
    let mut parts = vec![(line, small_bold())];
    if let Some(u) = &s.url {
        parts.push((u.clone(), small().with_color(TEAL_DARK)));
    }
    if let Some(n) = &s.note {
        parts.push((n.clone(), small()));
    }
    parts
}
