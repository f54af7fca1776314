//! The report's content, section by section, over the layout engine.

use crate::charts::{self, Area, BarRow, Mark, RadarAxis, Swatch};
use crate::fonts::FontFace;
use crate::i18n::{Arg, Strings};
use crate::layout::{Align, Cell, Column, Geometry, Layout, Row, Style, Table};
use crate::pdf::{Item, Page, Stroke};
use crate::theme::*;
use crate::ReportInput;
use mizan_core::benchmark::{DimensionStats, Stats, MIN_PEERS};
use mizan_core::framework::Question;
use mizan_core::scoring::{index_of, stage_of};
use mizan_core::{Lang, Mode, Status};
use std::collections::HashMap;

/// A number with `digits` decimals and a '.' separator.
pub fn fmt_plain(x: f64, digits: usize) -> String {
    format!("{x:.digits$}")
}

/// Removes trailing zeros ("1.50" → "1.5", "2.00" → "2").
fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

pub(crate) struct Content<'a> {
    pub l: Layout,
    pub t: Strings,
    input: &'a ReportInput,
    lang: Lang,
    /// Statistics per dimension id, when the benchmark is shown.
    dim_stats: HashMap<&'a str, &'a Stats>,
}

impl<'a> Content<'a> {
    /// `rtl`: None for the language's own direction — right-to-left for Arabic, once an
    /// Arabic catalog exists (until then an Arabic report is an English one).
    pub fn new(input: &'a ReportInput, rtl: Option<bool>) -> Result<Content<'a>, crate::ReportError> {
        let (width, height) = input.paper.size();
        let geo = Geometry { width, height, left: 58.0, right: 58.0, top: 78.0, bottom: 66.0 };
        let t = Strings::new(input.lang)?;
        let mut dim_stats = HashMap::new();
        if let Some(b) = &input.benchmark {
            if let Some(dims) = &b.dimensions {
                for DimensionStats { id, stats } in dims {
                    dim_stats.insert(id.as_str(), stats);
                }
            }
        }
        let rtl = rtl.unwrap_or(input.lang == Lang::Ar && t.translated());
        Ok(Content { l: Layout::new(geo, rtl), t, input, lang: input.lang, dim_stats })
    }

    fn num(&self, x: f64, digits: usize) -> String {
        let s = fmt_plain(x, digits);
        if self.lang == Lang::Fr {
            s.replace('.', ",")
        } else {
            s
        }
    }

    fn num_trim(&self, x: f64, digits: usize) -> String {
        let s = trim_zeros(fmt_plain(x, digits));
        if self.lang == Lang::Fr {
            s.replace('.', ",")
        } else {
            s
        }
    }

    fn pct(&self, share: f64) -> String {
        let v = share * 100.0;
        let s = if (v - v.round()).abs() < 0.05 { self.num(v, 0) } else { self.num(v, 1) };
        if self.lang == Lang::Fr {
            format!("{s}\u{202F}%")
        } else {
            format!("{s}%")
        }
    }

    fn date(&self, rfc3339: &str) -> String {
        // Dates are shown as ISO 8601 days: unambiguous in every language of the report.
        rfc3339.get(..10).unwrap_or(rfc3339).to_string()
    }

    fn level_name(&self, level: u8) -> String {
        let fw = &self.input.framework;
        fw.levels.get(level as usize - 1).map(|l| l.name.get(self.lang).to_string()).unwrap_or_default()
    }

    fn levels(&self) -> u8 {
        self.input.framework.level_count()
    }

    fn agency(&self) -> &str {
        &self.input.doc.assessment.agency.name
    }

    fn fw_title(&self) -> String {
        self.input.framework.title.get(self.lang).to_string()
    }

    fn dim_title(&self, i: usize) -> String {
        self.input.framework.dimensions[i].title.get(self.lang).to_string()
    }

    fn peer_reason(&self) -> String {
        let n = self.input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
        self.t.fmt("report-benchmark-hidden", &[("n", n.into()), ("min", MIN_PEERS.into())])
    }

    fn overall_stats(&self) -> Option<&'a Stats> {
        self.input.benchmark.as_ref().and_then(|b| b.overall.as_ref())
    }

    pub fn build(&mut self) {
        self.cover();
        self.summary();
        self.dimensions();
        self.roadmap();
        self.benchmark();
        self.methodology();
    }

    // ---------------------------------------------------------------- cover

    fn cover(&mut self) {
        let geo = self.l.geo;
        self.l.new_page();
        let a = &self.input.doc.assessment;
        // A navy band across the top, a teal hairline under it.
        self.l.push(Item::Rect { x: 0.0, y: 0.0, w: geo.width, h: 14.0, fill: Some(NAVY), stroke: None });
        self.l.push(Item::Rect { x: 0.0, y: 14.0, w: geo.width, h: 3.0, fill: Some(TEAL), stroke: None });
        self.l.y = geo.height * 0.2;
        let kicker_text = self.t.get("report-kicker");
        self.l.paragraph(&kicker_text, kicker(), 14.0);
        let title = Style::new(FontFace::SansBold, 28.0, NAVY, 34.0);
        self.l.paragraph(&a.agency.name, title, 10.0);
        let fw = self.t.fmt("report-cover-framework", &[("framework", (&self.fw_title()).into()), ("version", (&self.input.framework.version).into())]);
        self.l.paragraph(&fw, Style::new(FontFace::Sans, 13.0, MUTED, 18.0), 22.0);
        self.l.rule(TEAL, 1.2, 18.0);

        let not_given = self.t.get("report-not-given");
        let or_not = |s: &str| if s.trim().is_empty() { not_given.clone() } else { s.to_string() };
        let profile = self.t.fmt(
            "report-cover-profile",
            &[("sector", (&or_not(&a.agency.sector)).into()), ("country", (&or_not(&a.agency.country)).into()), ("size", (&or_not(&a.agency.size)).into())],
        );
        let mode = match a.mode {
            Mode::SelfAssessment => self.t.get("report-mode-self"),
            Mode::Interview => self.t.fmt("report-mode-interview", &[("respondents", self.input.doc.respondents.len().into())]),
        };
        let status = match (a.status, &a.finalized_at) {
            (Status::Final, Some(at)) => self.t.fmt("report-cover-final-on", &[("date", (&self.date(at)).into())]),
            (Status::Final, None) => self.t.get("report-status-final"),
            (Status::Draft, _) => self.t.get("report-status-draft"),
        };
        let sc = &self.input.scores;
        let answered = sc.dimensions.iter().map(|d| d.answered).sum::<u32>();
        let total = sc.dimensions.iter().map(|d| d.questions).sum::<u32>();
        let completeness = format!(
            "{} ({})",
            self.pct(sc.completeness),
            self.t.fmt("report-summary-answered", &[("answered", answered.into()), ("total", total.into())])
        );
        let rows = vec![
            (self.t.get("report-cover-assessment"), a.title.clone()),
            (self.t.get("report-cover-agency-profile"), profile),
            (self.t.get("report-cover-mode"), mode),
            (self.t.get("report-cover-status"), status),
            (self.t.get("report-cover-assessed"), self.date(&a.updated_at)),
            (self.t.get("report-cover-generated"), self.input.generated_at.format("%Y-%m-%d").to_string()),
            (self.t.get("report-cover-completeness"), completeness),
        ];
        let table = Table {
            columns: vec![Column { width: 0.28, align: Align::Start }, Column { width: 0.72, align: Align::Start }],
            header: Vec::new(),
            rows: rows.into_iter().map(|(k, v)| Row::Cells(vec![Cell::new(k, label()), Cell::new(v, body())])).collect(),
            rule: RULE,
            header_rule: RULE,
            group_fill: TEAL_PALE,
        };
        self.l.table(&table);
        self.l.space(18.0);
        if a.status == Status::Draft {
            let note = self.t.get("report-cover-draft-note");
            self.l.paragraph(&note, body_bold().with_color(OCHRE), 8.0);
        }
        // The closing note sits at the foot of the cover.
        let note = self.t.get("report-cover-note");
        let w = geo.body_width();
        let b = self.l.block(&note, small(), w * 0.7);
        let y = geo.height - geo.bottom - b.height();
        self.l.draw_block(&b, geo.left, y, w, Align::Start);
    }

    // ---------------------------------------------------------------- summary

    /// A key figure in a shaded box: `bx` is (x, top, width, height).
    fn kpi(&mut self, bx: (f32, f32, f32, f32), label_text: &str, value: &str, sub: &str) {
        let (x, top, w, h) = bx;
        self.l.push(Item::Rect { x, y: top, w, h, fill: Some(TEAL_PALE), stroke: None });
        let bar_x = if self.l.rtl { x + w - 2.5 } else { x };
        self.l.push(Item::Rect { x: bar_x, y: top, w: 2.5, h, fill: Some(TEAL), stroke: None });
        let pad = 9.0;
        self.l.text_at(label_text, label(), x + pad, top + 7.0, w - 2.0 * pad, Align::Start);
        let big = Style::new(FontFace::SansBold, 19.0, TEAL_DARK, 24.0);
        // Long values (a stage name) step down a size rather than wrap.
        let vw = self.l.measure(value, big);
        let style = if vw > w - 2.0 * pad { Style::new(FontFace::SansBold, 13.0, TEAL_DARK, 24.0) } else { big };
        self.l.text_at(value, style, x + pad, top + 18.0, w - 2.0 * pad, Align::Start);
        self.l.text_at(sub, small(), x + pad, top + 43.0, w - 2.0 * pad, Align::Start);
    }

    /// The executive summary is one page: when its content does not fit (long
    /// recommendations, US Letter), it is laid out again, more compactly.
    fn summary(&mut self) {
        for compact in 0..3 {
            let mark = self.l.mark();
            self.summary_at(compact);
            if self.l.pages.len() <= mark.pages + 1 || compact == 2 {
                break;
            }
            self.l.rollback(mark);
        }
    }

    fn summary_at(&mut self, compact: usize) {
        let shrink = [1.0, 0.86, 0.74][compact.min(2)];
        let text_style = [body(), Style::new(FontFace::Sans, 9.0, INK, 12.4), small_ink()][compact.min(2)];
        let title = self.t.get("report-summary-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 12.0, 0.0);
        let sc = self.input.scores.clone();
        let levels = self.levels();
        let geo = self.l.geo;
        let w = geo.body_width();

        // Key figures.
        let gap = 8.0;
        let bw = (w - 3.0 * gap) / 4.0;
        let bh = 60.0;
        let top = self.l.y;
        let x_of = |i: usize, rtl: bool| if rtl { geo.left + w - (i as f32 + 1.0) * bw - i as f32 * gap } else { geo.left + i as f32 * (bw + gap) };
        let rtl = self.l.rtl;
        let dash = "–".to_string();
        let index = sc.overall.index.map(|v| self.num(v, 1)).unwrap_or(dash.clone());
        let (l1, s1) = (self.t.get("report-summary-index"), self.t.get("report-summary-index-of"));
        self.kpi((x_of(0, rtl), top, bw, bh), &l1, &index, &s1);
        let (stage_value, stage_sub) = match (sc.overall.stage, &sc.overall.stage_name) {
            (Some(s), Some(name)) => (name.clone(), self.t.fmt("report-summary-stage-of", &[("stage", s.into()), ("levels", levels.into())])),
            _ => (dash.clone(), String::new()),
        };
        let l2 = self.t.get("report-summary-stage");
        self.kpi((x_of(1, rtl), top, bw, bh), &l2, &stage_value, &stage_sub);
        let overall = self.overall_stats();
        let (peer_value, peer_sub) = match overall.and_then(|s| s.rank.map(|r| (r, s))) {
            Some((rank, s)) => (
                self.t.fmt("report-summary-rank", &[("rank", rank.into()), ("total", (s.n + 1).into())]),
                self.t.fmt("report-summary-percentile", &[("percentile", (&self.num(s.percentile.unwrap_or(0.0), 0)).into())]),
            ),
            None => (dash.clone(), self.t.get("report-summary-no-peers")),
        };
        let l3 = self.t.get("report-summary-peers");
        self.kpi((x_of(2, rtl), top, bw, bh), &l3, &peer_value, &peer_sub);
        let answered = sc.dimensions.iter().map(|d| d.answered).sum::<u32>();
        let total = sc.dimensions.iter().map(|d| d.questions).sum::<u32>();
        let l4 = self.t.get("report-summary-completeness");
        let s4 = self.t.fmt("report-summary-answered", &[("answered", answered.into()), ("total", total.into())]);
        let pct = self.pct(sc.completeness);
        self.kpi((x_of(3, rtl), top, bw, bh), &l4, &pct, &s4);
        self.l.y = top + bh + 12.0;

        if sc.completeness < 1.0 {
            let note = self.t.fmt("report-summary-incomplete", &[("percent", (&pct).into())]);
            self.l.paragraph(&note, small().with_color(OCHRE), 6.0);
        }

        // Position among peers, in one sentence.
        let agency = self.agency().to_string();
        let sentence = match (sc.overall.index, overall) {
            (None, _) => self.t.get("report-summary-not-scored"),
            (Some(ix), Some(s)) if s.rank.is_some() && s.median.is_some() => {
                let median_ix = index_of(s.median.unwrap_or(0.0), levels);
                let relation = if (ix - median_ix).abs() < 0.05 {
                    "report-position-equal"
                } else if ix > median_ix {
                    "report-position-above"
                } else {
                    "report-position-below"
                };
                let relation = self.t.get(relation);
                self.t.fmt(
                    "report-position",
                    &[
                        ("index", (&self.num(ix, 1)).into()),
                        ("agency", (&agency).into()),
                        ("rank", s.rank.unwrap_or(0).into()),
                        ("total", (s.n + 1).into()),
                        ("relation", (&relation).into()),
                        ("median", (&self.num(median_ix, 1)).into()),
                    ],
                )
            }
            (Some(ix), _) => {
                let reason = self.peer_reason();
                self.t.fmt("report-position-none", &[("agency", (&agency).into()), ("index", (&self.num(ix, 1)).into()), ("reason", (&reason).into())])
            }
        };
        self.l.paragraph(&sentence, Style::new(FontFace::Sans, 10.5 - compact as f32 * 0.5, INK, 15.0 - compact as f32), 10.0 * shrink);

        // Radar on the start side, strongest and weakest beside it.
        let fw = self.input.framework.clone();
        let radar_w = (w * 0.65).min(330.0) * shrink;
        let side_w = w - radar_w - 16.0;
        let top = self.l.y;
        let rt = self.t.get("report-radar-title");
        let (rx, sx) = if rtl { (geo.left + w - radar_w, geo.left) } else { (geo.left, geo.left + radar_w + 16.0) };
        let title_h = self.l.text_at(&rt, h3(), rx, top, radar_w, Align::Start);
        let axes: Vec<RadarAxis> = fw
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| RadarAxis {
                label: d.title.get(self.lang).to_string(),
                value: sc.dimensions[i].score,
                median: self.dim_stats.get(d.id.as_str()).and_then(|s| s.median),
                target: sc.dimensions[i].target.map(f64::from),
            })
            .collect();
        let rh = charts::radar(&mut self.l, &axes, levels, Area { x: rx, top: top + title_h, width: radar_w });
        let mut entries = vec![(Swatch::Fill(TEAL_LIGHT, TEAL), self.t.get("report-legend-agency"))];
        if axes.iter().all(|a| a.median.is_some()) {
            entries.push((Swatch::Line(Stroke::dashed(NAVY, 1.0, 4.0, 2.5)), self.t.get("report-legend-median")));
        }
        if axes.iter().all(|a| a.target.is_some()) {
            entries.push((Swatch::Line(Stroke::dashed(OCHRE, 1.1, 1.5, 2.0)), self.t.get("report-legend-target")));
        }
        let lh = charts::legend(&mut self.l, &entries, Area { x: rx, top: top + title_h + rh + 4.0, width: radar_w });
        let radar_bottom = top + title_h + rh + 4.0 + lh;

        // Strongest and weakest: by score, ties in framework order.
        let mut scored: Vec<(usize, f64)> = sc.dimensions.iter().enumerate().filter_map(|(i, d)| d.score.map(|s| (i, s))).collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let strongest: Vec<(usize, f64)> = scored.iter().take(3).copied().collect();
        let mut weakest: Vec<(usize, f64)> = scored.iter().rev().filter(|d| !strongest.iter().any(|s| s.0 == d.0)).take(3).copied().collect();
        weakest.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        let mut y = top + 6.0;
        for (key, list) in [("report-strongest", &strongest), ("report-weakest", &weakest)] {
            if list.is_empty() {
                continue;
            }
            let head = self.t.get(key);
            y += self.l.text_at(&head, h3(), sx, y, side_w, Align::Start) + 4.0;
            for &(i, s) in list.iter() {
                self.l.push(Item::Rect { x: if rtl { sx + side_w - 2.0 } else { sx }, y: y + 1.0, w: 2.0, h: 22.0, fill: Some(if key == "report-strongest" { TEAL } else { OCHRE }), stroke: None });
                let pad = 8.0;
                let tx = if rtl { sx } else { sx + pad };
                let title = self.dim_title(i);
                let th = self.l.text_at(&title, small_bold(), tx, y, side_w - pad, Align::Start);
                let stage = self.level_name(stage_of(s, levels));
                let meta = self.t.fmt("report-dimension-score", &[("score", (&self.num(s, 2)).into()), ("stage", (&stage).into())]);
                let mh = self.l.text_at(&meta, small(), tx, y + th, side_w - pad, Align::Start);
                y += (th + mh).max(24.0) + 7.0;
            }
            y += 8.0;
        }
        self.l.y = radar_bottom.max(y) + 6.0 * shrink;

        // Five priorities.
        let head = self.t.get("report-priorities");
        self.l.heading(&head, h2(), 4.0, 2.0, 40.0);
        let intro = self.t.get("report-priorities-intro");
        self.l.paragraph(&intro, small(), 6.0);
        if sc.recommendations.is_empty() {
            let none = self.t.get("report-no-recommendations");
            self.l.paragraph(&none, body(), 4.0);
        }
        for (k, r) in sc.recommendations.iter().take(5).enumerate() {
            let di = fw.dimension_position(&r.dimension).unwrap_or(0);
            let dim = self.dim_title(di);
            let meta = self.t.fmt("report-priority-meta", &[("dimension", (&dim).into()), ("gap", Arg::Num(r.gap))]);
            let text_w = w - 22.0;
            let b1 = self.l.block(&r.text, text_style, text_w);
            let b2 = self.l.block(&meta, small(), text_w);
            self.l.ensure(b1.height() + b2.height() + 6.0);
            let y = self.l.y;
            let (nx, tx) = if rtl { (geo.left + w - 16.0, geo.left) } else { (geo.left, geo.left + 22.0) };
            self.l.push(Item::Circle { cx: nx + 8.0, cy: y + 7.0, r: 7.5, fill: Some(NAVY), stroke: None });
            self.l.text_at(&(k + 1).to_string(), Style::new(FontFace::SansBold, 8.0, WHITE, 10.0), nx, y + 2.0, 16.0, Align::Center);
            self.l.draw_block(&b1, tx, y, text_w, Align::Start);
            self.l.draw_block(&b2, tx, y + b1.height(), text_w, Align::Start);
            self.l.y = y + b1.height() + b2.height() + 6.0 * shrink;
        }
    }

    // ---------------------------------------------------------------- dimensions

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

    fn dimensions(&mut self) {
        let fw = self.input.framework.clone();
        let sc = self.input.scores.clone();
        let doc = &self.input.doc;
        let levels = self.levels();
        let level_names: Vec<String> = (1..=levels).map(|k| self.level_name(k)).collect();
        let section = self.t.get("report-dimensions-title");
        let names: HashMap<uuid::Uuid, &str> = doc.respondents.iter().map(|r| (r.id, r.name.as_str())).collect();
        let nd = fw.dimensions.len();
        for (di, dim) in fw.dimensions.iter().enumerate() {
            self.l.start_section(&section);
            let ds = &sc.dimensions[di];
            let kicker_text = self.t.fmt("report-dimension-kicker", &[("number", (di + 1).into()), ("count", nd.into())]);
            self.l.paragraph(&kicker_text, kicker(), 2.0);
            self.l.heading(dim.title.get(self.lang), h1(), 0.0, 4.0, 60.0);
            self.l.paragraph(dim.description.get(self.lang), body().with_color(MUTED), 7.0);

            let dash = "–".to_string();
            let mut strip = vec![
                (
                    self.t.get("report-dim-score"),
                    ds.score.map(|s| self.t.fmt("report-dim-score-value", &[("score", (&self.num(s, 2)).into()), ("levels", levels.into())])).unwrap_or(dash.clone()),
                ),
                (self.t.get("report-dim-index"), ds.index.map(|v| self.num(v, 1)).unwrap_or(dash.clone())),
                (self.t.get("report-dim-stage"), ds.stage.map(|s| format!("{s} · {}", self.level_name(s))).unwrap_or(dash.clone())),
                (
                    self.t.get("report-dim-target"),
                    ds.target.map(|t| self.t.fmt("report-dim-target-value", &[("target", t.into())])).unwrap_or(dash.clone()),
                ),
            ];
            strip.push((
                self.t.get("report-dim-answered"),
                self.t.fmt("report-dim-answered-value", &[("answered", ds.answered.into()), ("total", ds.questions.into())]),
            ));
            self.stat_strip(&strip);
            if ds.score.is_none() {
                let msg = self.t.get("report-dim-not-scored");
                self.l.paragraph(&msg, body(), 8.0);
            }

            // This dimension against its peers.
            let stats = self.dim_stats.get(dim.id.as_str()).copied();
            let five = stats.and_then(|s| Some([s.min?, s.q1?, s.median?, s.q3?, s.max?]));
            let geo = self.l.geo;
            self.l.ensure(80.0);
            let top = self.l.y;
            let row = BarRow { label: String::new(), value: ds.score, peers: five, target: ds.target.map(f64::from) };
            let h = charts::bars(&mut self.l, &[row], &level_names, Area { x: geo.left, top, width: geo.body_width() }, 0.0);
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
            let peers_text = match (stats, five) {
                (Some(s), Some([_, q1, med, q3, _])) if s.rank.is_some() => self.t.fmt(
                    "report-dim-peers",
                    &[
                        ("median", (&self.num(med, 2)).into()),
                        ("q1", (&self.num(q1, 2)).into()),
                        ("q3", (&self.num(q3, 2)).into()),
                        ("n", s.n.into()),
                        ("rank", s.rank.unwrap_or(0).into()),
                        ("total", (s.n + 1).into()),
                        ("percentile", (&self.num(s.percentile.unwrap_or(0.0), 0)).into()),
                    ],
                ),
                (Some(s), Some([_, q1, med, q3, _])) => self.t.fmt(
                    "report-dim-peers",
                    &[
                        ("median", (&self.num(med, 2)).into()),
                        ("q1", (&self.num(q1, 2)).into()),
                        ("q3", (&self.num(q3, 2)).into()),
                        ("n", s.n.into()),
                        ("rank", "–".into()),
                        ("total", (s.n + 1).into()),
                        ("percentile", "–".into()),
                    ],
                ),
                _ => {
                    let reason = match stats {
                        Some(s) => self.t.fmt("report-benchmark-hidden", &[("n", s.n.into()), ("min", MIN_PEERS.into())]),
                        None => self.peer_reason(),
                    };
                    self.t.fmt("report-dim-peers-none", &[("reason", (&reason).into())])
                }
            };
            self.l.paragraph(&peers_text, small(), 9.0);

            // Questions.
            let header = vec![
                Cell::new(self.t.get("report-col-question"), label()),
                Cell::new(self.t.get("report-col-level"), label()),
                Cell::new(self.t.get("report-col-descriptor"), label()),
            ];
            let mut rows = Vec::new();
            for (qi, q) in fw.questions.iter().enumerate() {
                if q.dimension != dim.id {
                    continue;
                }
                rows.push(Row::Cells(self.question_row(q, &sc.questions[qi], &names)));
            }
            let table = Table {
                columns: vec![
                    Column { width: 0.5, align: Align::Start },
                    Column { width: 0.14, align: Align::Start },
                    Column { width: 0.36, align: Align::Start },
                ],
                header,
                rows,
                rule: RULE,
                header_rule: TEAL,
                group_fill: TEAL_PALE,
            };
            self.l.table(&table);
        }
    }

    fn question_row(&self, q: &Question, qs: &mizan_core::scoring::QuestionScore, names: &HashMap<uuid::Uuid, &str>) -> Vec<Cell> {
        let doc = &self.input.doc;
        let levels = self.levels();
        let mut first = Cell::new(q.text.get(self.lang), small_ink());
        let answers: Vec<&mizan_core::Answer> = doc.answers.iter().filter(|a| a.question == q.id).collect();
        let who = |id: &uuid::Uuid| names.get(id).copied().unwrap_or("?").to_string();
        for a in &answers {
            if !a.note.trim().is_empty() {
                first = first.then(self.t.fmt("report-note", &[("who", (&who(&a.respondent)).into()), ("text", a.note.trim().into())]), small());
            }
            if !a.evidence.trim().is_empty() {
                first = first.then(self.t.fmt("report-evidence", &[("who", (&who(&a.respondent)).into()), ("text", a.evidence.trim().into())]), small());
            }
        }
        if qs.disagreement {
            let list: Vec<String> = answers
                .iter()
                .filter(|a| !a.not_applicable)
                .filter_map(|a| a.level.map(|l| format!("{} {}", who(&a.respondent), l)))
                .collect();
            first = first.then(
                self.t.fmt("report-disagreement", &[("spread", qs.spread.unwrap_or(0).into()), ("answers", (&list.join(", ")).into())]),
                small_bold().with_color(OCHRE),
            );
        }
        if let Some(c) = doc.consensus.iter().find(|c| c.question == q.id) {
            let rationale = if c.rationale.trim().is_empty() {
                String::new()
            } else {
                self.t.fmt("report-consensus-rationale", &[("text", c.rationale.trim().into())])
            };
            first = first.then(self.t.fmt("report-consensus", &[("level", c.level.into()), ("rationale", (&rationale).into())]), small());
        }
        let (level_cell, descriptor) = match qs.level {
            Some(l) => {
                let stage = stage_of(l, levels);
                let v = self.t.fmt("report-level-value", &[("level", (&self.num_trim(l, 2)).into())]);
                let desc = q.levels.get(stage as usize - 1).map(|t| t.get(self.lang).to_string()).unwrap_or_default();
                (Cell::new(v, Style::new(FontFace::SansBold, 11.0, TEAL_DARK, 14.0)).then(self.level_name(stage), small()), desc)
            }
            None => {
                let na = answers.iter().any(|a| a.not_applicable);
                let key = if na { "report-not-applicable" } else { "report-not-answered" };
                (Cell::new(self.t.get(key), small()), String::new())
            }
        };
        vec![first, level_cell, Cell::new(descriptor, small_ink())]
    }

    // ---------------------------------------------------------------- roadmap

    fn roadmap(&mut self) {
        let title = self.t.get("report-roadmap-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 8.0, 0.0);
        let intro = self.t.get("report-roadmap-intro");
        self.l.paragraph(&intro, body().with_color(MUTED), 12.0);
        let fw = self.input.framework.clone();
        let sc = self.input.scores.clone();
        if sc.recommendations.is_empty() {
            let none = self.t.get("report-no-recommendations");
            self.l.paragraph(&none, body(), 6.0);
            return;
        }
        // Dimensions in order of their most urgent recommendation; items in priority order.
        let mut order: Vec<&str> = Vec::new();
        for r in &sc.recommendations {
            if !order.contains(&r.dimension.as_str()) {
                order.push(&r.dimension);
            }
        }
        let number: HashMap<&str, usize> = sc.recommendations.iter().enumerate().map(|(i, r)| (r.question.as_str(), i + 1)).collect();
        let mut rows = Vec::new();
        for d in order {
            let di = fw.dimension_position(d).unwrap_or(0);
            let ds = &sc.dimensions[di];
            let group = self.t.fmt(
                "report-roadmap-group",
                &[
                    ("dimension", (&self.dim_title(di)).into()),
                    ("score", (&ds.score.map(|s| self.num(s, 2)).unwrap_or("–".into())).into()),
                    ("target", ds.target.unwrap_or(0).into()),
                ],
            );
            rows.push(Row::Group(Cell::new(group, small_bold().with_color(NAVY))));
            for r in sc.recommendations.iter().filter(|r| r.dimension == d) {
                let qi = fw.question_position(&r.question).unwrap_or(0);
                let q = &fw.questions[qi];
                let qs = &sc.questions[qi];
                let from_to = self.t.fmt(
                    "report-from-to",
                    &[("level", (&qs.level.map(|l| self.num_trim(l, 2)).unwrap_or_default()).into()), ("target", ds.target.unwrap_or(0).into())],
                );
                let for_q = self.t.fmt("report-roadmap-question", &[("question", q.text.get(self.lang).into())]);
                rows.push(Row::Cells(vec![
                    Cell::new(number.get(r.question.as_str()).copied().unwrap_or(0).to_string(), small_bold().with_color(TEAL_DARK)),
                    Cell::new(r.text.clone(), small_ink()).then(for_q, Style::new(FontFace::Sans, 7.0, MUTED, 9.5)),
                    Cell::new(from_to, small_ink()),
                    Cell::new(self.num_trim(r.gap, 2), small_ink()),
                    Cell::new(self.num_trim(r.priority, 2), small_bold()),
                ]));
            }
        }
        let table = Table {
            columns: vec![
                Column { width: 0.06, align: Align::Start },
                Column { width: 0.62, align: Align::Start },
                Column { width: 0.13, align: Align::Center },
                Column { width: 0.08, align: Align::Center },
                Column { width: 0.11, align: Align::Center },
            ],
            header: vec![
                Cell::new(self.t.get("report-col-number"), label()),
                Cell::new(self.t.get("report-col-recommendation"), label()),
                Cell::new(self.t.get("report-col-from-to"), label()),
                Cell::new(self.t.get("report-col-gap"), label()),
                Cell::new(self.t.get("report-col-priority"), label()),
            ],
            rows,
            rule: RULE,
            header_rule: TEAL,
            group_fill: TEAL_PALE,
        };
        self.l.table(&table);
    }

    // ---------------------------------------------------------------- benchmark

    fn peer_group_text(&self) -> String {
        let fw = &self.input.framework;
        let filter = self.input.benchmark.as_ref().map(|b| b.peers.filter.clone()).unwrap_or_default();
        let parts: Vec<String> = filter
            .split(',')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| {
                let id = match k {
                    "sector" => "report-filter-sector",
                    "country" => "report-filter-country",
                    "size" => "report-filter-size",
                    _ => "report-filter-tag",
                };
                self.t.fmt(id, &[("value", v.into())])
            })
            .collect();
        let filter_text = if parts.is_empty() { String::new() } else { self.t.fmt("report-peer-filter", &[("filter", (&parts.join(", ")).into())]) };
        self.t.fmt(
            "report-peer-group",
            &[("framework", (&self.fw_title()).into()), ("major", fw.major_version().into()), ("filter", (&filter_text).into())],
        )
    }

    fn benchmark(&mut self) {
        let title = self.t.get("report-benchmark-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 8.0, 0.0);
        let n = self.input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
        let group = format!("{} {}", self.peer_group_text(), self.t.fmt("report-peer-count", &[("n", n.into())]));
        self.l.paragraph(&group, body(), 10.0);
        let levels = self.levels();
        let geo = self.l.geo;
        let w = geo.body_width();
        let fw = self.input.framework.clone();
        let sc = self.input.scores.clone();

        match self.overall_stats() {
            None => {
                let reason = self.peer_reason();
                self.l.paragraph(&reason, body_bold().with_color(OCHRE), 12.0);
            }
            Some(overall) => {
                // Distribution of the peers' overall index.
                let head = self.t.get("report-distribution-title");
                self.l.heading(&head, h3(), 4.0, 6.0, 90.0);
                let peers: Vec<f64> = self.input.peers.iter().filter_map(|p| p.overall).map(|s| index_of(s, levels)).collect();
                let median = overall.median.map(|m| index_of(m, levels));
                let median_label = self.t.fmt("report-distribution-median", &[("median", (&median.map(|m| self.num(m, 1)).unwrap_or_default()).into())]);
                let ix = sc.overall.index.map(|v| self.num(v, 1)).unwrap_or_default();
                let mut agency_label = format!("{} · {ix}", self.agency());
                // A name too long to stand beside its mark gives way to "This agency".
                if self.l.measure(&agency_label, Style::new(FontFace::SansBold, 7.5, TEAL_DARK, 9.0)) > w * 0.45 {
                    agency_label = format!("{} · {ix}", self.t.get("report-legend-agency"));
                }
                let top = self.l.y;
                let h = charts::distribution(
                    &mut self.l,
                    &peers,
                    Mark { value: sc.overall.index, label: &agency_label },
                    Mark { value: median, label: &median_label },
                    Area { x: geo.left, top, width: w },
                );
                self.l.y = top + h;
                let entries = vec![
                    (Swatch::Dot(PEER), self.t.get("report-legend-peers")),
                    (Swatch::Line(Stroke::dashed(NAVY, 0.9, 3.0, 2.0)), self.t.get("report-legend-median")),
                    (Swatch::Diamond(TEAL), self.t.get("report-legend-agency")),
                ];
                let y = self.l.y + 4.0;
                let lh = charts::legend(&mut self.l, &entries, Area { x: geo.left, top: y, width: w });
                self.l.y = y + lh + 10.0;

                // Per-dimension bars.
                let head = self.t.get("report-bars-title");
                let rows: Vec<BarRow> = fw
                    .dimensions
                    .iter()
                    .enumerate()
                    .map(|(i, d)| {
                        let s = self.dim_stats.get(d.id.as_str());
                        BarRow {
                            label: d.title.get(self.lang).to_string(),
                            value: sc.dimensions[i].score,
                            peers: s.and_then(|s| Some([s.min?, s.q1?, s.median?, s.q3?, s.max?])),
                            target: None,
                        }
                    })
                    .collect();
                let chart_h = rows.len() as f32 * 24.0 + 40.0;
                self.l.heading(&head, h3(), 6.0, 6.0, chart_h);
                let level_names: Vec<String> = (1..=levels).map(|k| self.level_name(k)).collect();
                let top = self.l.y;
                let h = charts::bars(&mut self.l, &rows, &level_names, Area { x: geo.left, top, width: w }, 150.0);
                self.l.y = top + h;
                let entries = vec![
                    (Swatch::Fill(TEAL, TEAL), self.t.get("report-legend-agency")),
                    (Swatch::Fill(PEER_BAND, PEER), self.t.get("report-legend-iqr")),
                    (Swatch::Tick(NAVY), self.t.get("report-legend-median")),
                    (Swatch::Line(Stroke::solid(PEER, 0.8)), self.t.get("report-legend-range")),
                ];
                let y = self.l.y + 2.0;
                let lh = charts::legend(&mut self.l, &entries, Area { x: geo.left, top: y, width: w });
                self.l.y = y + lh + 12.0;

                // Quartile table.
                let mut rows = vec![self.stats_row(&self.t.get("report-overall"), overall, true)];
                for (i, d) in fw.dimensions.iter().enumerate() {
                    if let Some(s) = self.dim_stats.get(d.id.as_str()) {
                        rows.push(self.stats_row(&self.dim_title(i), s, false));
                    }
                }
                let keys = [
                    "report-col-dimension",
                    "report-col-n",
                    "report-col-min",
                    "report-col-q1",
                    "report-col-median",
                    "report-col-q3",
                    "report-col-max",
                    "report-col-agency",
                    "report-col-rank",
                    "report-col-percentile",
                ];
                let widths = [0.28, 0.05, 0.07, 0.07, 0.08, 0.07, 0.07, 0.09, 0.10, 0.12];
                let table = Table {
                    columns: widths.iter().enumerate().map(|(i, &w)| Column { width: w, align: if i == 0 { Align::Start } else { Align::End } }).collect(),
                    header: keys.iter().map(|k| Cell::new(self.t.get(k), label())).collect(),
                    rows,
                    rule: RULE,
                    header_rule: TEAL,
                    group_fill: TEAL_PALE,
                };
                let head = self.t.get("report-quartiles-title");
                let note = self.t.fmt("report-quartiles-note", &[("levels", levels.into())]);
                let keep = self.l.table_keep(&table) + self.l.block(&note, small(), w).height() + 6.0;
                self.l.heading(&head, h3(), 6.0, 4.0, keep);
                self.l.paragraph(&note, small(), 6.0);
                self.l.table(&table);
            }
        }

        // Trend, when the agency has earlier final assessments.
        if !self.input.trend.is_empty() {
            let head = self.t.get("report-trend-title");
            self.l.heading(&head, h3(), 14.0, 4.0, 170.0);
            let intro = self.t.get("report-trend-intro");
            self.l.paragraph(&intro, small(), 6.0);
            let mut points: Vec<(String, Option<f64>)> = self.input.trend.iter().map(|p| (self.date(&p.finalized_at), p.index)).collect();
            let at = self.input.doc.assessment.finalized_at.clone().unwrap_or_else(|| self.input.doc.assessment.updated_at.clone());
            points.push((self.date(&at), sc.overall.index));
            let current = self.t.get("report-trend-current");
            self.l.ensure(150.0);
            let top = self.l.y;
            let h = charts::trend(&mut self.l, &points, &current, Area { x: geo.left, top, width: w });
            self.l.y = top + h;
        }
    }

    fn stats_row(&self, name: &str, s: &Stats, bold: bool) -> Row {
        let st = if bold { small_bold() } else { small_ink() };
        let f = |v: Option<f64>| v.map(|x| self.num(x, 2)).unwrap_or("–".into());
        let rank = s.rank.map(|r| format!("{r}/{}", s.n + 1)).unwrap_or("–".into());
        let pct = s.percentile.map(|p| self.num(p, 1)).unwrap_or("–".into());
        Row::Cells(vec![
            Cell::new(name, st),
            Cell::new(s.n.to_string(), st),
            Cell::new(f(s.min), st),
            Cell::new(f(s.q1), st),
            Cell::new(f(s.median), st.with_face(FontFace::SansBold)),
            Cell::new(f(s.q3), st),
            Cell::new(f(s.max), st),
            Cell::new(f(s.value), st.with_color(TEAL_DARK).with_face(FontFace::SansBold)),
            Cell::new(rank, st),
            Cell::new(pct, st),
        ])
    }

    // ---------------------------------------------------------------- methodology

    fn methodology(&mut self) {
        let title = self.t.get("report-method-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 8.0, 0.0);
        let levels = self.levels();
        let fw = self.input.framework.clone();
        let sc = self.input.scores.clone();

        let head = self.t.get("report-method-scoring");
        self.l.heading(&head, h2(), 0.0, 4.0, 40.0);
        for k in 1..=7 {
            let text = self.t.fmt(&format!("report-method-{k}"), &[("levels", levels.into())]);
            self.numbered(k, &text);
        }

        let head = self.t.get("report-method-benchmark");
        self.l.heading(&head, h2(), 8.0, 4.0, 40.0);
        for (k, key) in ["report-method-peers", "report-method-quartiles", "report-method-rank"].iter().enumerate() {
            let text = self.t.fmt(key, &[("min", MIN_PEERS.into())]);
            self.numbered(k + 1, &text);
        }

        let head = self.t.get("report-method-completeness");
        self.l.heading(&head, h2(), 8.0, 4.0, 30.0);
        let answered = sc.dimensions.iter().map(|d| d.answered).sum::<u32>();
        let total = sc.dimensions.iter().map(|d| d.questions).sum::<u32>();
        let text = self.t.fmt(
            "report-method-completeness-text",
            &[("answered", answered.into()), ("total", total.into()), ("percent", (&self.pct(sc.completeness)).into())],
        );
        self.l.paragraph(&text, body(), 4.0);
        if sc.completeness < 1.0 {
            let note = self.t.fmt("report-summary-incomplete", &[("percent", (&self.pct(sc.completeness)).into())]);
            self.l.paragraph(&note, body().with_color(OCHRE), 4.0);
        }

        let head = self.t.get("report-method-levels");
        let intro = self.t.fmt("report-method-levels-intro", &[("levels", levels.into())]);
        let rows = fw
            .levels
            .iter()
            .enumerate()
            .map(|(i, lv)| {
                Row::Cells(vec![
                    Cell::new((i + 1).to_string(), small_bold().with_color(TEAL_DARK)),
                    Cell::new(lv.name.get(self.lang), small_bold()),
                    Cell::new(lv.description.get(self.lang), small_ink()),
                ])
            })
            .collect();
        let table = Table {
            columns: vec![
                Column { width: 0.08, align: Align::Start },
                Column { width: 0.2, align: Align::Start },
                Column { width: 0.72, align: Align::Start },
            ],
            header: vec![
                Cell::new(self.t.get("report-col-number-level"), label()),
                Cell::new(self.t.get("report-col-name"), label()),
                Cell::new(self.t.get("report-col-description"), label()),
            ],
            rows,
            rule: RULE,
            header_rule: TEAL,
            group_fill: TEAL_PALE,
        };
        let w = self.l.geo.body_width();
        let keep = self.l.table_keep(&table) + self.l.block(&intro, body(), w).height() + 4.0;
        self.l.heading(&head, h2(), 8.0, 4.0, keep);
        self.l.paragraph(&intro, body(), 4.0);
        self.l.table(&table);

        let head = self.t.get("report-method-sources");
        self.l.heading(&head, h2(), 12.0, 4.0, 50.0);
        let about = self.t.fmt(
            "report-method-framework",
            &[("framework", (&self.fw_title()).into()), ("version", (&fw.version).into()), ("description", fw.description.get(self.lang).into())],
        );
        self.l.paragraph(&about, body(), 8.0);
        for s in &fw.sources {
            let mut line = s.title.get(self.lang).to_string();
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
            // A source is kept whole on a page: title, address and note.
            let w = self.l.geo.body_width();
            let mut parts = vec![(line, small_bold())];
            if let Some(u) = &s.url {
                parts.push((u.clone(), small().with_color(TEAL_DARK)));
            }
            if let Some(n) = &s.note {
                parts.push((n.get(self.lang).to_string(), small()));
            }
            let h: f32 = parts.iter().map(|(t, st)| self.l.block(t, *st, w).height()).sum();
            self.l.ensure(h);
            for (t, st) in &parts {
                self.l.paragraph(t, *st, 0.0);
            }
            self.l.space(6.0);
        }

        let head = self.t.get("report-method-respondents");
        self.l.heading(&head, h2(), 10.0, 4.0, 40.0);
        let doc = &self.input.doc;
        if doc.respondents.is_empty() {
            let none = self.t.get("report-no-respondents");
            self.l.paragraph(&none, body(), 4.0);
        } else {
            let rows = doc
                .respondents
                .iter()
                .map(|r| {
                    let n = doc.answers.iter().filter(|a| a.respondent == r.id && (a.level.is_some() || a.not_applicable)).count();
                    Row::Cells(vec![
                        Cell::new(r.name.clone(), small_bold()),
                        Cell::new(r.role.clone(), small_ink()),
                        Cell::new(r.unit.clone(), small_ink()),
                        Cell::new(n.to_string(), small_ink()),
                    ])
                })
                .collect();
            let table = Table {
                columns: vec![
                    Column { width: 0.3, align: Align::Start },
                    Column { width: 0.3, align: Align::Start },
                    Column { width: 0.3, align: Align::Start },
                    Column { width: 0.1, align: Align::End },
                ],
                header: vec![
                    Cell::new(self.t.get("report-col-respondent"), label()),
                    Cell::new(self.t.get("report-col-role"), label()),
                    Cell::new(self.t.get("report-col-unit"), label()),
                    Cell::new(self.t.get("report-col-answers"), label()),
                ],
                rows,
                rule: RULE,
                header_rule: TEAL,
                group_fill: TEAL_PALE,
            };
            self.l.table(&table);
        }
        self.l.space(14.0);
        let by = self.t.fmt(
            "report-generated-by",
            &[("date", (&self.input.generated_at.format("%Y-%m-%d").to_string()).into()), ("id", (&doc.assessment.id.to_string()).into())],
        );
        self.l.paragraph(&by, small(), 0.0);
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

    // ---------------------------------------------------------------- page furniture

    /// Running header and footer on every page but the cover; the draft watermark.
    pub fn finish(&mut self) -> Vec<Page> {
        let geo = self.l.geo;
        let total = self.l.pages.len();
        let agency = self.agency().to_string();
        let fw = self.t.fmt("report-footer-framework", &[("framework", (&self.fw_title()).into()), ("version", (&self.input.framework.version).into())]);
        let draft = self.input.doc.assessment.status == Status::Draft;
        let watermark = self.t.get("report-draft-watermark");
        let pages = std::mem::take(&mut self.l.pages);
        let sections = std::mem::take(&mut self.l.page_sections);
        let w = geo.body_width();
        let head = Style::new(FontFace::Sans, 7.5, MUTED, 10.0);
        let mut out = Vec::with_capacity(total);
        for (i, page) in pages.into_iter().enumerate() {
            self.l.pages.push(page);
            if i > 0 {
                let y = geo.top - 34.0;
                let half = w / 2.0 - 6.0;
                let (ax, sx) = if self.l.rtl { (geo.left + w - half, geo.left) } else { (geo.left, geo.left + w - half) };
                let ab = self.l.block(&agency, head.with_face(FontFace::SansBold).with_color(NAVY), half);
                let first = ab.lines.first().cloned();
                if let Some(line) = first {
                    self.l.draw_line(&line, ab.style, ax, y, half, Align::Start);
                }
                let section = sections.get(i).cloned().unwrap_or_default();
                let sb = self.l.block(&section, head, half);
                if let Some(line) = sb.lines.first().cloned() {
                    self.l.draw_line(&line, head, sx, y, half, Align::End);
                }
                self.l.push(Item::Rect { x: geo.left, y: y + 14.0, w, h: 0.6, fill: Some(RULE), stroke: None });
                let fy = geo.height - geo.bottom + 26.0;
                self.l.push(Item::Rect { x: geo.left, y: fy - 6.0, w, h: 0.6, fill: Some(RULE), stroke: None });
                let fb = self.l.block(&fw, head, half);
                if let Some(line) = fb.lines.first().cloned() {
                    self.l.draw_line(&line, head, ax, fy, half, Align::Start);
                }
                let pn = self.t.fmt("report-footer-page", &[("page", (i + 1).into()), ("pages", total.into())]);
                let pb = self.l.block(&pn, head, half);
                if let Some(line) = pb.lines.first().cloned() {
                    self.l.draw_line(&line, head, sx, fy, half, Align::End);
                }
            }
            if draft {
                let size = 96.0;
                let style = Style::new(FontFace::SansBold, size, NAVY, size);
                let b = self.l.block(&watermark, style, 10_000.0);
                if let Some(line) = b.lines.first() {
                    // Centred on the page, rising along its diagonal; drawn as shapes so
                    // that it does not mix into the text of the page.
                    let angle = (geo.height / geo.width).atan().to_degrees().min(55.0);
                    let (s, c) = angle.to_radians().sin_cos();
                    let (cx, cy) = (geo.width / 2.0, geo.height / 2.0);
                    let half = line.width / 2.0;
                    let drop = size * 0.35;
                    let x = cx - half * c + drop * s;
                    let y = cy + half * s + drop * c;
                    let rings = self.l.outline(line, size, x, y, angle);
                    self.l.push(Item::Outline { rings, fill: NAVY, alpha: 0.06 });
                }
            }
            out.push(self.l.pages.pop().expect("pushed above"));
        }
        out
    }
}
