//! The sections, in the PDF's order: cover, executive summary, one part per dimension,
//! roadmap, benchmark, methodology. What they say comes from the PDF renderer's own
//! functions (`crate::pdf`): only the placing differs.

use super::{styles, Child, Writer};
use crate::error::ReportError;
use crate::fonts::FontFace;
use crate::pdf::layout::{Align, Cell, Column, Row, Style};
use crate::pdf::methodology::source_parts;
use crate::pdf::theme::*;
use crate::model::Peers;
use mizan_core::Status;

impl Writer<'_> {
    pub(super) fn build(&mut self) -> Result<(), ReportError> {
        use crate::Section::*;
        let has = |s| self.c.m.sections.has(s);
        let (dimensions, roadmap, benchmark, methodology) = (has(Dimensions), has(Roadmap), has(Benchmark), has(Methodology));
        self.cover();
        self.summary()?;
        if dimensions {
            self.dimensions()?;
        }
        if roadmap {
            self.roadmap();
        }
        if benchmark {
            self.benchmark()?;
        }
        if methodology {
            self.methodology();
        }
        Ok(())
    }

    fn cover(&mut self) {
        let m = self.c.m;
        let kicker = self.c.t.get("report-kicker");
        self.push(styles::KICKER, &kicker);
        self.push(styles::TITLE, &m.agency.name);
        let fw = self.c.t.fmt("report-cover-framework", &[("framework", (&m.framework.title).into()), ("version", (&m.framework.version).into())]);
        self.push(styles::SUBTITLE, &fw);
        let table = self.c.cover_table();
        self.table(&table);
        if m.assessment.status == Status::Draft {
            let note = self.c.t.get("report-cover-draft-note");
            self.push(styles::WARNING, &note);
        }
        let note = self.c.t.get("report-cover-note");
        self.push(styles::NOTE, &note);
    }

    /// Plain `(label, value, line under it)` figures as a table: labels in the header row.
    fn figures_table(&mut self, figures: &[(String, String, String)]) {
        let value = Style::new(FontFace::SansBold, 13.0, TEAL_DARK, 16.0);
        let n = figures.len().max(1) as f32;
        let columns = figures.iter().map(|_| Column { width: 1.0 / n, align: Align::Start }).collect();
        let header = figures.iter().map(|f| Cell::new(&f.0, label())).collect();
        let row = Row::Cells(figures.iter().map(|f| Cell::new(&f.1, value).then(&f.2, small())).collect());
        let table = table(columns, header, vec![row]);
        self.table(&table);
    }

    fn summary(&mut self) -> Result<(), ReportError> {
        let m = self.c.m;
        let title = self.c.t.get("report-summary-title");
        self.section(&title);
        let figures = self.c.key_figures_text();
        self.figures_table(&figures);
        if let Some(note) = self.c.incomplete_note() {
            self.push(styles::WARNING, &note);
        }
        let position = self.c.position_text();
        self.push("Normal", &position);
        if let Some(line) = self.c.disagreement_text() {
            self.push("Normal", &line);
        }
        self.picture(|c| {
            let w = c.l.geo.body_width();
            c.l.y = c.radar(0.0, 0.0, w);
        })?;
        if let Some(note) = self.c.withheld_note() {
            self.push(styles::NOTE, &note);
        }
        for (key, list) in [("report-strongest", &m.highlights.strongest), ("report-weakest", &m.highlights.weakest)] {
            if list.is_empty() {
                continue;
            }
            let head = self.c.t.get(key);
            self.heading(2, &head);
            for h in list {
                let title = self.c.dim_title(h.dimension);
                let meta = self.c.highlight_meta(h);
                let (a, b) = (self.run(&title).bold(), self.run(&format!(" · {meta}")));
                let p = self.para("Normal").add_run(a).add_run(b);
                self.body.push(Child::P(p));
            }
        }
        let head = self.c.t.get("report-priorities");
        self.heading(1, &head);
        let intro = self.c.t.get("report-priorities-intro");
        self.push(styles::NOTE, &intro);
        if m.recommendations.is_empty() {
            let none = self.c.t.get("report-no-recommendations");
            self.push("Normal", &none);
        }
        for r in m.recommendations.iter().take(5) {
            let number = self.run(&format!("{}. ", r.number)).bold().color(styles::hex(NAVY));
            let text = self.run(&r.text);
            let p = self.para(styles::PRIORITY).add_run(number).add_run(text);
            self.body.push(Child::P(p));
            let meta = self.c.priority_meta(r);
            self.push(styles::NOTE, &meta);
        }
        Ok(())
    }

    fn dimensions(&mut self) -> Result<(), ReportError> {
        let m = self.c.m;
        let nd = m.dimensions.len();
        let unanswered: Vec<usize> = (0..nd).filter(|&i| m.dimensions[i].answered == 0).collect();
        for di in (0..nd).filter(|i| !unanswered.contains(i)) {
            let ds = &m.dimensions[di];
            let kicker = self.c.t.fmt("report-dimension-kicker", &[("number", (di + 1).into()), ("count", nd.into())]);
            let p = self.text(styles::KICKER, &kicker).page_break_before(true);
            self.body.push(Child::P(p));
            self.heading(0, &ds.title);
            self.push(styles::LEAD, &ds.description);
            let strip: Vec<(String, String, String)> = self.c.dimension_strip(ds).into_iter().map(|(k, v)| (k, v, String::new())).collect();
            self.figures_table(&strip);
            if ds.score.is_none() {
                let msg = self.c.t.get("report-dim-not-scored");
                self.push("Normal", &msg);
            }
            self.picture(|c| c.dimension_chart(ds))?;
            let peers = self.c.dimension_peers_text(ds);
            self.push(styles::NOTE, &peers);
            let table = self.c.questions_table(&ds.questions);
            self.table(&table);
        }
        if !unanswered.is_empty() {
            let head = self.c.t.get("report-unanswered-title");
            if unanswered.len() == nd {
                self.section(&head);
            } else {
                self.heading(1, &head);
            }
            let intro = self.c.t.fmt("report-unanswered-intro", &[("count", unanswered.len().into())]);
            self.push("Normal", &intro);
            let table = self.c.unanswered_table(&unanswered, nd);
            self.table(&table);
        }
        Ok(())
    }

    fn roadmap(&mut self) {
        let title = self.c.t.get("report-roadmap-title");
        self.section(&title);
        let intro = self.c.t.get("report-roadmap-intro");
        self.push(styles::LEAD, &intro);
        if self.c.m.roadmap.is_empty() {
            let none = self.c.t.get("report-no-recommendations");
            self.push("Normal", &none);
        } else {
            let table = self.c.roadmap_table();
            self.table(&table);
        }
    }

    fn benchmark(&mut self) -> Result<(), ReportError> {
        let m = self.c.m;
        let title = self.c.t.get("report-benchmark-title");
        self.section(&title);
        let group = self.c.peer_group_line();
        self.push("Normal", &group);
        match &m.overall.peers {
            Peers::Shown(overall) if m.benchmark.shown => {
                self.picture(|c| c.distribution(overall))?;
                self.picture(|c| c.dimension_bars())?;
                let (table, note) = self.c.quartiles(overall);
                let head = self.c.t.get("report-quartiles-title");
                self.heading(2, &head);
                self.push(styles::NOTE, &note);
                self.table(&table);
            }
            _ => {
                let reason = self.c.peer_reason(m.benchmark.n);
                self.push(styles::WARNING, &reason);
            }
        }
        if !m.trend.is_empty() {
            self.picture(|c| c.trend())?;
        }
        Ok(())
    }

    fn methodology(&mut self) {
        let m = self.c.m;
        let title = self.c.t.get("report-method-title");
        self.section(&title);
        let rules = self.c.method_rules_text();
        for (key, list) in [("report-method-scoring", &rules.scoring), ("report-method-benchmark", &rules.benchmark)] {
            let head = self.c.t.get(key);
            self.heading(1, &head);
            for (k, text) in list.iter().enumerate() {
                self.push("Normal", &format!("{}. {text}", k + 1));
            }
        }
        let head = self.c.t.get("report-method-completeness");
        self.heading(1, &head);
        self.push("Normal", &rules.completeness);
        if let Some(note) = self.c.incomplete_note() {
            self.push(styles::WARNING, &note);
        }

        let head = self.c.t.get("report-method-levels");
        self.heading(1, &head);
        let intro = self.c.t.fmt("report-method-levels-intro", &[("levels", self.c.levels().into())]);
        self.push("Normal", &intro);
        let table = self.c.levels_table();
        self.table(&table);

        let head = self.c.t.get("report-method-about");
        self.heading(1, &head);
        let about = self.c.framework_about();
        self.push("Normal", &about);
        for (head, text) in self.c.framework_notes() {
            self.heading(2, &head);
            self.push("Normal", &text);
        }
        if let Some(table) = self.c.weights_table() {
            let head = self.c.t.get("report-method-weights");
            self.heading(2, &head);
            self.table(&table);
        }

        let fw = &m.framework;
        let head = self.c.t.get("report-method-sources");
        self.heading(1, &head);
        for s in &fw.sources {
            let mut p = self.para(styles::NOTE).keep_lines(true);
            for (i, (text, style)) in source_parts(s).into_iter().enumerate() {
                if i > 0 {
                    p = p.add_run(docx_rs::Run::new().add_break(docx_rs::BreakType::TextWrapping));
                }
                let run = self.styled_run(&text, style);
                p = p.add_run(run);
            }
            self.body.push(Child::P(p));
        }

        if m.sections.has(crate::Section::Respondents) {
            let head = self.c.t.get("report-method-respondents");
            self.heading(1, &head);
            if m.respondents.is_empty() {
                let none = self.c.t.get("report-no-respondents");
                self.push("Normal", &none);
            } else {
                let table = self.c.respondents_table();
                self.table(&table);
            }
        }
        let by = self.c.generated_by();
        self.push(styles::NOTE, &by);
    }
}
