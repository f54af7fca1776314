//! The executive summary: key figures, the position among peers, the radar, the
//! strongest and weakest dimensions and five priorities — on one page.

use super::charts::{self, Area, RadarAxis, Swatch};
use super::layout::{Align, Style};
use super::theme::*;
use super::{Content, Item, Stroke};
use crate::fonts::FontFace;
use crate::i18n::Arg;
use crate::model::{Highlight, Peers, Relation};

/// How many ever more compact layouts the summary tries to fit on its page.
const COMPACT_STEPS: usize = 4;

impl Content<'_> {
    /// A key figure in a shaded box: `bx` is (x, top, width, height).
    fn kpi(&mut self, bx: (f32, f32, f32, f32), (label_text, value, sub): &(String, String, String)) {
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
    pub(super) fn summary(&mut self) {
        for compact in 0..COMPACT_STEPS {
            let mark = self.l.mark();
            self.summary_at(compact);
            if self.l.pages.len() <= mark.pages + 1 || compact + 1 == COMPACT_STEPS {
                break;
            }
            self.l.rollback(mark);
        }
    }

    fn summary_at(&mut self, compact: usize) {
        let shrink = [1.0, 0.86, 0.74, 0.62][compact.min(COMPACT_STEPS - 1)];
        let title = self.t.get("report-summary-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 12.0, 0.0);
        self.key_figures();
        self.position_sentence(compact, shrink);
        self.disagreement_line(shrink);
        self.radar_and_highlights(shrink);
        self.priorities(compact, shrink);
    }

    fn key_figures(&mut self) {
        let geo = self.l.geo;
        let w = geo.body_width();
        let gap = 8.0;
        let bw = (w - 3.0 * gap) / 4.0;
        let top = self.l.y;
        let x_of = |i: usize, rtl: bool| if rtl { geo.left + w - (i as f32 + 1.0) * bw - i as f32 * gap } else { geo.left + i as f32 * (bw + gap) };
        let rtl = self.l.rtl;
        let figures = self.key_figures_text();
        // The boxes grow together when a line under a figure wraps.
        let sub_h = figures.iter().map(|f| self.l.block(&f.2, small(), bw - 18.0).height()).fold(0.0, f32::max);
        let bh = (43.0 + sub_h + 6.0).max(60.0);
        for (i, f) in figures.iter().enumerate() {
            self.kpi((x_of(i, rtl), top, bw, bh), f);
        }
        self.l.y = top + bh + 12.0;
        if let Some(note) = self.incomplete_note() {
            self.l.paragraph(&note, small().with_color(OCHRE), 6.0);
        }
    }

    /// "Scores are provisional: …" for an incomplete assessment.
    pub(crate) fn incomplete_note(&self) -> Option<String> {
        let c = self.m.completeness;
        (!c.is_complete()).then(|| self.t.fmt("report-summary-incomplete", &[("percent", (&self.n.percent(c.share)).into())]))
    }

    /// The four key figures: (label, value, line under it).
    pub(crate) fn key_figures_text(&self) -> [(String, String, String); 4] {
        let m = self.m;
        let dash = "–".to_string();
        let index = m.overall.index.map(|v| self.n.index(v)).unwrap_or(dash.clone());
        let (stage_value, stage_sub) = match &m.overall.stage {
            Some((s, name)) => (name.clone(), self.t.fmt("report-summary-stage-of", &[("stage", (*s).into()), ("levels", self.levels().into())])),
            None => (dash.clone(), String::new()),
        };
        let (peer_value, peer_sub) = match m.overall.peers.stats().map(|s| s.position) {
            Some(Ok(p)) => (
                self.t.fmt("report-summary-rank", &[("rank", p.rank.into()), ("total", p.total.into())]),
                format!("{} · {}", self.t.fmt("report-summary-percentile", &[("percentile", (&self.n.percentile(p.percentile)).into())]), self.better_than(&p)),
            ),
            Some(Err(u)) => (dash.clone(), self.unranked(u, false)),
            None => (dash.clone(), self.t.get("report-summary-no-peers")),
        };
        let c = m.completeness;
        let pct = self.n.percent(c.share);
        [
            (self.t.get("report-summary-index"), index, self.t.get("report-summary-index-of")),
            (self.t.get("report-summary-stage"), stage_value, stage_sub),
            (self.t.get("report-summary-peers"), peer_value, peer_sub),
            (self.t.get("report-summary-completeness"), pct, self.t.fmt("report-summary-answered", &[("answered", c.answered.into()), ("total", c.total.into())])),
        ]
    }

    /// The position among peers, in one sentence.
    fn position_sentence(&mut self, compact: usize, shrink: f32) {
        let sentence = self.position_text();
        self.l.paragraph(&sentence, Style::new(FontFace::Sans, 10.5 - compact as f32 * 0.5, INK, 15.0 - compact as f32), 10.0 * shrink);
    }

    /// The position among peers, in one sentence.
    pub(crate) fn position_text(&self) -> String {
        let m = self.m;
        let agency = m.agency.name.as_str();
        let group = self.group_name();
        match (m.overall.index, &m.overall.peers) {
            (None, _) => self.t.get("report-summary-not-scored"),
            (Some(ix), Peers::Shown(s)) => {
                let relation = match s.relation {
                    Some(Relation::Level) => "report-position-equal",
                    Some(Relation::Above) => "report-position-above",
                    _ => "report-position-below",
                };
                let relation = self.t.get(relation);
                let (index, median) = (self.n.index(ix), self.n.index(s.median_index));
                match s.position {
                    Ok(p) => self.t.fmt(
                        "report-position",
                        &[
                            ("index", (&index).into()),
                            ("agency", agency.into()),
                            ("rank", p.rank.into()),
                            ("total", p.total.into()),
                            ("group", (&group).into()),
                            ("relation", (&relation).into()),
                            ("median", (&median).into()),
                            ("percentile", (&self.n.percentile(p.percentile)).into()),
                            ("better", (&self.better_than(&p)).into()),
                        ],
                    ),
                    Err(u) => {
                        let unranked = self.unranked(u, false);
                        self.t.fmt(
                            "report-position-unranked",
                            &[
                                ("index", (&index).into()),
                                ("agency", agency.into()),
                                ("group", (&group).into()),
                                ("relation", (&relation).into()),
                                ("median", (&median).into()),
                                ("unranked", (&unranked).into()),
                            ],
                        )
                    }
                }
            }
            (Some(ix), _) => {
                let reason = self.peer_reason(m.benchmark.n);
                self.t.fmt("report-position-none", &[("agency", agency.into()), ("index", (&self.n.index(ix)).into()), ("reason", (&reason).into())])
            }
        }
    }

    /// The radar on the start side, strongest and weakest beside it.
    fn radar_and_highlights(&mut self, shrink: f32) {
        let m = self.m;
        let geo = self.l.geo;
        let w = geo.body_width();
        let rtl = self.l.rtl;
        let radar_w = (w * 0.65).min(330.0) * shrink;
        let side_w = w - radar_w - 16.0;
        let top = self.l.y;
        let (rx, sx) = if rtl { (geo.left + w - radar_w, geo.left) } else { (geo.left, geo.left + radar_w + 16.0) };
        let radar_bottom = self.radar(rx, top, radar_w);

        let mut y = top + 6.0;
        if let Some(note) = self.withheld_note() {
            y += self.l.text_at(&note, small(), sx, y, side_w, Align::Start) + 8.0;
        }
        for (key, list, color) in [("report-strongest", &m.highlights.strongest, TEAL), ("report-weakest", &m.highlights.weakest, OCHRE)] {
            if list.is_empty() {
                continue;
            }
            let head = self.t.get(key);
            y += self.l.text_at(&head, h3(), sx, y, side_w, Align::Start) + 4.0;
            for h in list.iter() {
                y = self.highlight(h, sx, y, side_w, color);
            }
            y += 8.0;
        }
        self.l.y = radar_bottom.max(y) + 6.0 * shrink;
    }

    /// Why no dimension is called strongest or weakest (too few have a score).
    pub(crate) fn withheld_note(&self) -> Option<String> {
        let (scored, total) = self.m.highlights.withheld?;
        Some(self.t.fmt("report-highlights-withheld", &[("scored", scored.into()), ("total", total.into())]))
    }

    /// The radar's title, the radar and its legend at (`rx`, `top`), `radar_w` wide;
    /// returns the bottom.
    pub(crate) fn radar(&mut self, rx: f32, top: f32, radar_w: f32) -> f32 {
        let m = self.m;
        let axes: Vec<RadarAxis> = m
            .dimensions
            .iter()
            .map(|d| RadarAxis {
                // A dimension without a score is named as such: it is not drawn at the centre.
                label: if d.score.is_some() { d.title.clone() } else { self.t.fmt("report-radar-not-answered", &[("dimension", (&d.title).into())]) },
                value: d.score,
                median: d.peers.stats().map(|s| s.median),
                target: d.target.map(f64::from),
            })
            .collect();
        let (median, targets) = (charts::radar_draws_median(&axes), charts::radar_draws_targets(&axes));
        let shows = match (median, targets) {
            (true, true) => "both",
            (true, false) => "median",
            (false, true) => "targets",
            (false, false) => "none",
        };
        let rt = self.t.fmt("report-radar-title", &[("shows", shows.into())]);
        let title_h = self.l.text_at(&rt, h3(), rx, top, radar_w, Align::Start);
        let levels = self.levels();
        let rh = charts::radar(&mut self.l, &axes, levels, Area { x: rx, top: top + title_h, width: radar_w });
        let mut entries = vec![(Swatch::Fill(TEAL_LIGHT, TEAL), self.t.get("report-legend-agency"))];
        if median {
            entries.push((Swatch::Line(Stroke::dashed(NAVY, 1.0, 4.0, 2.5)), self.t.get("report-legend-median")));
        }
        if targets {
            entries.push((Swatch::Line(Stroke::dashed(OCHRE, 1.1, 1.5, 2.0)), self.t.get("report-legend-target")));
        }
        if axes.iter().any(|a| a.value.is_none()) {
            entries.push((Swatch::Ring(PEER), self.t.get("report-legend-not-answered")));
        }
        let lh = charts::legend(&mut self.l, &entries, Area { x: rx, top: top + title_h + rh + 4.0, width: radar_w });
        top + title_h + rh + 4.0 + lh
    }

    /// One dimension of the strongest or weakest list; returns the next line's top.
    fn highlight(&mut self, h: &Highlight, sx: f32, y: f32, side_w: f32, color: super::Rgb) -> f32 {
        let rtl = self.l.rtl;
        self.l.push(Item::Rect { x: if rtl { sx + side_w - 2.0 } else { sx }, y: y + 1.0, w: 2.0, h: 22.0, fill: Some(color), stroke: None });
        let pad = 8.0;
        let tx = if rtl { sx } else { sx + pad };
        let title = self.dim_title(h.dimension);
        let th = self.l.text_at(&title, small_bold(), tx, y, side_w - pad, Align::Start);
        let meta = self.highlight_meta(h);
        let mh = self.l.text_at(&meta, small(), tx, y + th, side_w - pad, Align::Start);
        y + (th + mh).max(24.0) + 7.0
    }

    /// "2.6 · Developing": a listed dimension's score and stage.
    pub(crate) fn highlight_meta(&self, h: &Highlight) -> String {
        let stage = self.level_name(h.stage);
        self.t.fmt("report-dimension-score", &[("score", (&self.n.score(h.score)).into()), ("stage", (&stage).into())])
    }

    /// Interview assessments: how many questions the respondents disagree on, and where.
    fn disagreement_line(&mut self, shrink: f32) {
        if let Some(line) = self.disagreement_text() {
            self.l.paragraph(&line, small_ink(), 8.0 * shrink);
        }
    }

    /// Interview assessments: the disagreements in one sentence (None for a self-assessment).
    pub(crate) fn disagreement_text(&self) -> Option<String> {
        let m = self.m;
        if m.assessment.mode != mizan_core::Mode::Interview {
            return None;
        }
        let d = &m.disagreements;
        Some(if d.questions == 0 {
            self.t.get("report-disagreements-none")
        } else {
            let places: Vec<String> = d
                .dimensions
                .iter()
                .map(|&i| {
                    let count = m.dimensions[i].questions.iter().filter(|q| q.disagreement.is_some()).count();
                    self.t.fmt("report-disagreements-where", &[("dimension", (&m.dimensions[i].title).into()), ("count", count.into())])
                })
                .collect();
            self.t.fmt("report-disagreements", &[("count", d.questions.into()), ("where", (&self.n.list(&places)).into())])
        })
    }

    /// "Dimension · gap 1.5" under a priority.
    pub(crate) fn priority_meta(&self, r: &crate::model::RoadmapItem) -> String {
        let dim = self.dim_title(r.dimension);
        self.t.fmt("report-priority-meta", &[("dimension", (&dim).into()), ("gap", Arg::Num(r.gap))])
    }

    fn priorities(&mut self, compact: usize, shrink: f32) {
        let m = self.m;
        let geo = self.l.geo;
        let w = geo.body_width();
        let rtl = self.l.rtl;
        let text_style = [body(), Style::new(FontFace::Sans, 9.0, INK, 12.4), small_ink(), small_ink()][compact.min(COMPACT_STEPS - 1)];
        let head = self.t.get("report-priorities");
        self.l.heading(&head, h2(), 4.0, 2.0, 40.0);
        let intro = self.t.get("report-priorities-intro");
        self.l.paragraph(&intro, small(), 6.0);
        if m.recommendations.is_empty() {
            let none = self.t.get("report-no-recommendations");
            self.l.paragraph(&none, body(), 4.0);
        }
        for r in m.recommendations.iter().take(5) {
            let meta = self.priority_meta(r);
            let text_w = w - 22.0;
            let b1 = self.l.block(&r.text, text_style, text_w);
            let b2 = self.l.block(&meta, small(), text_w);
            self.l.ensure(b1.height() + b2.height() + 6.0);
            let y = self.l.y;
            let (nx, tx) = if rtl { (geo.left + w - 16.0, geo.left) } else { (geo.left, geo.left + 22.0) };
            self.l.push(Item::Circle { cx: nx + 8.0, cy: y + 7.0, r: 7.5, fill: Some(NAVY), stroke: None });
            self.l.text_at(&r.number.to_string(), Style::new(FontFace::SansBold, 8.0, WHITE, 10.0), nx, y + 2.0, 16.0, Align::Center);
            self.l.draw_block(&b1, tx, y, text_w, Align::Start);
            self.l.draw_block(&b2, tx, y + b1.height(), text_w, Align::Start);
            self.l.y = y + b1.height() + b2.height() + 6.0 * shrink;
        }
    }
}
