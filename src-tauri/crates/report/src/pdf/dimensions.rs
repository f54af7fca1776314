//! One page per dimension: its figures, its peers, its questions as answered.

use super::charts::{self, Area, BarRow, Swatch};
use super::layout::{Align, Cell, Row, Style, Table};
use super::theme::*;
use super::{Content, Item, Stroke};
use crate::fonts::FontFace;
use crate::model::{DimensionReport, Peers, QuestionLevel, QuestionReport, RemarkKind};

impl Content<'_> {
    fn stat_strip(&mut self, items: &[(String, String)]) {
        let geo = self.l.geo;
        let w = geo.body_width();
        let n = items.len().max(1) as f32;
        let gap = 6.0;
        let bw = (w - (n - 1.0) * gap) / n;
        let top = self.l.y;
        let h = 35.0;
        for (i, (k, v)) in items.iter().enumerate() {
            let x = if self.l.rtl { geo.left + w - (i as f32 + 1.0) * bw - i as f32 * gap } else { geo.left + i as f32 * (bw + gap) };
            self.l.push(Item::Rect { x, y: top, w: bw, h, fill: Some(TEAL_PALE), stroke: None });
            self.l.text_at(k, label(), x + 7.0, top + 4.0, bw - 14.0, Align::Start);
            let v_style = Style::new(FontFace::SansBold, 11.0, TEAL_DARK, 15.0);
            let vw = self.l.measure(v, v_style);
            let style = if vw > bw - 14.0 { Style::new(FontFace::SansBold, 8.5, TEAL_DARK, 15.0) } else { v_style };
            self.l.text_at(v, style, x + 7.0, top + 15.0, bw - 14.0, Align::Start);
        }
        self.l.y = top + h + 8.0;
    }

    /// A page per dimension with an answer; those without any answer share one short
    /// section, rather than a page each that says only "Not answered".
    pub(super) fn dimensions(&mut self) {
        let section = self.t.get("report-dimensions-title");
        let nd = self.m.dimensions.len();
        let unanswered: Vec<usize> = (0..nd).filter(|&i| self.m.dimensions[i].answered == 0).collect();
        for di in (0..nd).filter(|i| !unanswered.contains(i)) {
            self.l.start_section(&section);
            self.dimension(di, nd);
        }
        if !unanswered.is_empty() {
            self.unanswered_dimensions(&section, &unanswered, nd);
        }
    }

    fn unanswered_dimensions(&mut self, section: &str, unanswered: &[usize], nd: usize) {
        if unanswered.len() == nd {
            self.l.start_section(section);
        } else {
            self.l.section = section.to_string();
        }
        let head = self.t.get("report-unanswered-title");
        let intro = self.t.fmt("report-unanswered-intro", &[("count", unanswered.len().into())]);
        let table = self.unanswered_table(unanswered, nd);
        // The heading, its sentence and the list stay together.
        let w = self.l.geo.body_width();
        let keep = self.l.table_keep(&table) + self.l.block(&intro, body(), w).height() + 6.0;
        self.l.heading(&head, h2(), 14.0, 4.0, keep);
        self.l.paragraph(&intro, body(), 6.0);
        self.l.table(&table);
    }

    /// The dimensions without any answer, one row each.
    pub(crate) fn unanswered_table(&self, unanswered: &[usize], nd: usize) -> Table {
        let rows = unanswered
            .iter()
            .map(|&i| {
                let d = &self.m.dimensions[i];
                let kicker_text = self.t.fmt("report-dimension-kicker", &[("number", (i + 1).into()), ("count", nd.into())]);
                Row::Cells(vec![
                    Cell::new(kicker_text, small()),
                    Cell::new(&d.title, small_bold()),
                    Cell::new(self.t.fmt("report-unanswered-row", &[("questions", d.total.into())]), small_ink()),
                ])
            })
            .collect();
        table(columns(&[(0.22, Align::Start), (0.58, Align::Start), (0.2, Align::End)]), Vec::new(), rows)
    }

    fn dimension(&mut self, di: usize, nd: usize) {
        let ds: &DimensionReport = &self.m.dimensions[di];
        let kicker_text = self.t.fmt("report-dimension-kicker", &[("number", (di + 1).into()), ("count", nd.into())]);
        self.l.paragraph(&kicker_text, kicker(), 2.0);
        self.l.heading(&ds.title, h1(), 0.0, 4.0, 60.0);
        self.l.paragraph(&ds.description, body().with_color(MUTED), 7.0);
        let strip = self.dimension_strip(ds);
        self.stat_strip(&strip);
        if ds.score.is_none() {
            let msg = self.t.get("report-dim-not-scored");
            self.l.paragraph(&msg, body(), 8.0);
        }
        self.dimension_against_peers(ds);
        let table = self.questions_table(&ds.questions);
        self.l.table(&table);
    }

    /// The dimension's figures: (label, value) for score, index, stage, target, answered.
    pub(crate) fn dimension_strip(&self, ds: &DimensionReport) -> Vec<(String, String)> {
        let levels = self.levels();
        let dash = "–".to_string();
        let strip = vec![
            (
                self.t.get("report-dim-score"),
                ds.score.map(|s| self.t.fmt("report-dim-score-value", &[("score", (&self.n.score(s)).into()), ("levels", levels.into())])).unwrap_or(dash.clone()),
            ),
            (self.t.get("report-dim-index"), ds.index.map(|v| self.n.index(v)).unwrap_or(dash.clone())),
            (self.t.get("report-dim-stage"), ds.stage.as_ref().map(|(s, name)| format!("{s} · {name}")).unwrap_or(dash.clone())),
            (self.t.get("report-dim-target"), ds.target.map(|t| self.t.fmt("report-dim-target-value", &[("target", t.into())])).unwrap_or(dash.clone())),
            (self.t.get("report-dim-answered"), self.t.fmt("report-dim-answered-value", &[("answered", ds.answered.into()), ("total", ds.total.into())])),
        ];
        strip
    }

    /// This dimension's bar against its peers, its legend and one sentence.
    fn dimension_against_peers(&mut self, ds: &DimensionReport) {
        self.l.ensure(80.0);
        self.dimension_chart(ds);
        let peers_text = self.dimension_peers_text(ds);
        self.l.paragraph(&peers_text, small(), 9.0);
    }

    /// This dimension's bar against its peers and its legend, where the flow is.
    pub(crate) fn dimension_chart(&mut self, ds: &DimensionReport) {
        let stats = ds.peers.stats();
        let five = stats.map(|s| s.five());
        let geo = self.l.geo;
        let top = self.l.y;
        let row = BarRow { label: String::new(), value: ds.score, peers: five, target: ds.target.map(f64::from) };
        let names = self.level_names();
        let h = charts::bars(&mut self.l, &[row], &names, Area { x: geo.left, top, width: geo.body_width() }, 0.0);
        self.l.y = top + h + 3.0;
        let mut entries = vec![(Swatch::Fill(TEAL, TEAL), self.t.get("report-legend-agency"))];
        if five.is_some() {
            entries.push((Swatch::Fill(PEER_BAND, PEER), self.t.get("report-legend-iqr")));
            entries.push((Swatch::Tick(NAVY), self.t.get("report-legend-median")));
            entries.push((Swatch::Line(Stroke::solid(PEER, 0.8)), self.t.get("report-legend-range")));
        }
        if ds.target.is_some() {
            entries.push((Swatch::Triangle(OCHRE), self.t.get("report-legend-target")));
        }
        let y = self.l.y;
        let lh = charts::legend(&mut self.l, &entries, Area { x: geo.left, top: y, width: geo.body_width() });
        self.l.y = y + lh + 2.0;
    }

    /// This dimension against its peers in one sentence.
    pub(crate) fn dimension_peers_text(&self, ds: &DimensionReport) -> String {
        match &ds.peers {
            Peers::Shown(s) => {
                let (median, q1, q3) = (self.n.score(s.median), self.n.score(s.q1), self.n.score(s.q3));
                let common = [("median", (&median).into()), ("q1", (&q1).into()), ("q3", (&q3).into()), ("n", s.n.into())];
                match s.position {
                    Ok(p) => {
                        let (percentile, better) = (self.n.percentile(p.percentile), self.better_than(&p));
                        let more = [("rank", p.rank.into()), ("total", p.total.into()), ("percentile", (&percentile).into()), ("better", (&better).into())];
                        self.t.fmt("report-dim-peers", &common.into_iter().chain(more).collect::<Vec<_>>())
                    }
                    Err(u) => {
                        let unranked = self.unranked(u, true);
                        self.t.fmt("report-dim-peers-unranked", &common.into_iter().chain([("unranked", (&unranked).into())]).collect::<Vec<_>>())
                    }
                }
            }
            // One sentence: the reason is worded for a dimension, not the whole benchmark's.
            Peers::TooFew { n } => self.t.fmt("report-dim-peers-none", &[("n", (*n).into()), ("min", self.m.benchmark.min.into())]),
        }
    }

    /// The questions as answered: text with notes, evidence and disagreement; level; descriptor.
    pub(crate) fn questions_table(&self, questions: &[QuestionReport]) -> Table {
        let header = self.header(&["report-col-question", "report-col-level", "report-col-descriptor"]);
        let rows = questions.iter().map(|q| Row::Cells(self.question_row(q))).collect();
        table(columns(&[(0.5, Align::Start), (0.14, Align::Start), (0.36, Align::Start)]), header, rows)
    }

    fn question_row(&self, q: &QuestionReport) -> Vec<Cell> {
        let mut first = Cell::new(&q.text, small_ink());
        for r in &q.remarks {
            let key = match r.kind {
                RemarkKind::Note => "report-note",
                RemarkKind::Evidence => "report-evidence",
            };
            first = first.then(self.t.fmt(key, &[("who", (&r.who).into()), ("text", (&r.text).into())]), small());
        }
        if let Some(d) = &q.disagreement {
            let list: Vec<String> = d.answers.iter().map(|(who, l)| format!("{who} {l}")).collect();
            first = first.then(self.t.fmt("report-disagreement", &[("spread", d.spread.into()), ("answers", (&self.n.list(&list)).into())]), small_bold().with_color(OCHRE));
        }
        if let Some(c) = &q.consensus {
            let rationale = if c.rationale.is_empty() { String::new() } else { self.t.fmt("report-consensus-rationale", &[("text", (&c.rationale).into())]) };
            first = first.then(self.t.fmt("report-consensus", &[("level", c.level.into()), ("rationale", (&rationale).into())]), small());
        }
        let (level_cell, descriptor) = match &q.level {
            QuestionLevel::Scored { level, stage_name, descriptor } => {
                let v = self.t.fmt("report-level-value", &[("level", (&self.n.trimmed(*level, 2)).into())]);
                (Cell::new(v, Style::new(FontFace::SansBold, 11.0, TEAL_DARK, 14.0)).then(stage_name.clone(), small()), descriptor.clone())
            }
            QuestionLevel::NotApplicable => (Cell::new(self.t.get("report-not-applicable"), small()), String::new()),
            QuestionLevel::NotAnswered => (Cell::new(self.t.get("report-not-answered"), small()), String::new()),
        };
        vec![first, level_cell, Cell::new(descriptor, small_ink())]
    }
}
