//! The benchmark: the peer group, the peers' overall index, dimension scores against the
//! peers' quartiles, the quartile table and the trend.

use super::charts::{self, Area, BarRow, Mark, Swatch};
use super::layout::{Align, Cell, Column, Row, Style, Table};
use super::theme::*;
use super::{Content, Stroke};
use crate::fonts::FontFace;
use crate::model::{PeerStats, Peers};

impl Content<'_> {
    /// Who the peers are, from the filter itself.
    pub(crate) fn peer_group_text(&self) -> String {
        let parts = self.filter_parts();
        // The default group is named, not left implicit.
        let filter_text = if parts.is_empty() { self.t.get("report-peer-all") } else { self.t.fmt("report-peer-filter", &[("filter", (&self.n.list(&parts)).into())]) };
        let fw = &self.m.framework;
        self.t.fmt("report-peer-group", &[("framework", (&fw.title).into()), ("major", (&fw.major).into()), ("filter", (&filter_text).into())])
    }

    /// The filter's conditions in words ("sector Health", "country Tunisia").
    pub(crate) fn filter_parts(&self) -> Vec<String> {
        let f = &self.m.benchmark.filter;
        let mut parts = Vec::new();
        for (kind, value) in [("sector", &f.sector), ("country", &f.country), ("size", &f.size)] {
            if let Some(v) = value {
                let label = self.t.label(kind, v);
                parts.push(self.t.fmt(&format!("report-filter-{kind}"), &[("value", (&label).into())]));
            }
        }
        parts.extend(f.tags.iter().map(|t| self.t.fmt("report-filter-tag", &[("value", t.into())])));
        parts
    }

    pub(super) fn benchmark(&mut self) {
        let m = self.m;
        let title = self.t.get("report-benchmark-title");
        if m.benchmark.shown || !m.trend.is_empty() {
            self.l.start_section(&title);
            self.l.heading(&title, h1(), 0.0, 8.0, 0.0);
        } else {
            // Without statistics or trend the benchmark is two sentences: they follow
            // the roadmap rather than stand alone on a near-blank page.
            self.l.section = title.clone();
            self.l.heading(&title, h2(), 18.0, 6.0, 80.0);
        }
        let group = self.peer_group_line();
        self.l.paragraph(&group, body(), 10.0);
        match &m.overall.peers {
            Peers::Shown(overall) if m.benchmark.shown => {
                self.distribution(overall);
                self.dimension_bars();
                self.quartile_table(overall);
            }
            _ => {
                let reason = self.peer_reason(m.benchmark.n);
                self.l.paragraph(&reason, body_bold().with_color(OCHRE), 12.0);
            }
        }
        self.trend();
    }

    /// Who the peers are and how many.
    pub(crate) fn peer_group_line(&self) -> String {
        format!("{} {}", self.peer_group_text(), self.t.fmt("report-peer-count", &[("n", self.m.benchmark.n.into())]))
    }

    /// The peers' overall index as dots, the agency and the median marked.
    pub(crate) fn distribution(&mut self, overall: &PeerStats) {
        let m = self.m;
        let geo = self.l.geo;
        let w = geo.body_width();
        let head = self.t.get("report-distribution-title");
        self.l.heading(&head, h3(), 4.0, 6.0, 90.0);
        let median = overall.median_index;
        let median_label = self.t.fmt("report-distribution-median", &[("median", (&self.n.index(median)).into())]);
        let ix = m.overall.index.map(|v| self.n.index(v)).unwrap_or_default();
        let mut agency_label = format!("{} · {ix}", m.agency.name);
        // A name too long to stand beside its mark gives way to "This agency".
        if self.l.measure(&agency_label, Style::new(FontFace::SansBold, 7.5, TEAL_DARK, 9.0)) > w * 0.45 {
            agency_label = format!("{} · {ix}", self.t.get("report-legend-agency"));
        }
        let top = self.l.y;
        let h = charts::distribution(
            &mut self.l,
            &m.benchmark.peer_index,
            Mark { value: m.overall.index, label: &agency_label },
            Mark { value: Some(median), label: &median_label },
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
    }

    pub(crate) fn dimension_bars(&mut self) {
        let m = self.m;
        let geo = self.l.geo;
        let w = geo.body_width();
        let head = self.t.get("report-bars-title");
        let rows: Vec<BarRow> = m
            .dimensions
            .iter()
            .map(|d| BarRow { label: d.title.clone(), value: d.score, peers: d.peers.stats().map(PeerStats::five), target: None })
            .collect();
        let chart_h = rows.len() as f32 * 24.0 + 40.0;
        self.l.heading(&head, h3(), 6.0, 6.0, chart_h);
        let top = self.l.y;
        let names = self.level_names();
        let h = charts::bars(&mut self.l, &rows, &names, Area { x: geo.left, top, width: w }, 150.0);
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
    }

    fn quartile_table(&mut self, overall: &PeerStats) {
        let w = self.l.geo.body_width();
        let (table, note) = self.quartiles(overall);
        let head = self.t.get("report-quartiles-title");
        let keep = self.l.table_keep(&table) + self.l.block(&note, small(), w).height() + 6.0;
        self.l.heading(&head, h3(), 6.0, 4.0, keep);
        self.l.paragraph(&note, small(), 6.0);
        self.l.table(&table);
    }

    /// The quartile table and the note that reads it.
    pub(crate) fn quartiles(&self, overall: &PeerStats) -> (Table, String) {
        let m = self.m;
        let mut rows = vec![self.stats_row(&self.t.get("report-overall"), overall, true)];
        for d in &m.dimensions {
            if let Some(s) = d.peers.stats() {
                rows.push(self.stats_row(&d.title, s, false));
            }
        }
        let mut keys = vec![
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
        let mut widths = vec![0.26, 0.07, 0.07, 0.07, 0.08, 0.07, 0.07, 0.09, 0.10, 0.12];
        // The peers column only when the count differs between rows (peers without a
        // score for a dimension); else one sentence gives it.
        let counts: Vec<usize> = std::iter::once(overall.n).chain(m.dimensions.iter().filter_map(|d| d.peers.stats().map(|s| s.n))).collect();
        let varies = counts.iter().any(|&n| n != overall.n);
        if !varies {
            keys.remove(1);
            widths.remove(1);
            widths[0] += 0.07;
            for r in rows.iter_mut() {
                if let Row::Cells(cells) = r {
                    cells.remove(1);
                }
            }
        }
        let unranked = std::iter::once(overall).chain(m.dimensions.iter().filter_map(|d| d.peers.stats())).any(|s| s.position.is_err());
        let columns = widths.iter().enumerate().map(|(i, &w)| Column { width: w, align: if i == 0 { Align::Start } else { Align::End } }).collect();
        let header = self.header(&keys);
        let table = table(columns, header, rows);
        let mut note = self.t.fmt("report-quartiles-note", &[("levels", self.levels().into())]);
        if !varies {
            note = format!("{note} {}", self.t.fmt("report-quartiles-n", &[("n", overall.n.into())]));
        }
        if unranked {
            note = format!("{note} {}", self.t.get("report-quartiles-unranked"));
        }
        (table, note)
    }

    fn stats_row(&self, name: &str, s: &PeerStats, bold: bool) -> Row {
        let st = if bold { small_bold() } else { small_ink() };
        let f = |v: f64| self.n.score(v);
        let (rank, pct) = match s.position {
            Ok(p) => (format!("{}/{}", p.rank, p.total), self.n.percentile(p.percentile)),
            Err(_) => ("–".into(), "–".into()),
        };
        Row::Cells(vec![
            Cell::new(name, st),
            Cell::new(s.n.to_string(), st),
            Cell::new(f(s.min), st),
            Cell::new(f(s.q1), st),
            Cell::new(f(s.median), st.with_face(FontFace::SansBold)),
            Cell::new(f(s.q3), st),
            Cell::new(f(s.max), st),
            Cell::new(s.value.map(f).unwrap_or("–".into()), st.with_color(TEAL_DARK).with_face(FontFace::SansBold)),
            Cell::new(rank, st),
            Cell::new(pct, st),
        ])
    }

    /// The trend, when the agency has earlier final assessments.
    pub(crate) fn trend(&mut self) {
        let m = self.m;
        if m.trend.is_empty() {
            return;
        }
        let geo = self.l.geo;
        let w = geo.body_width();
        let head = self.t.get("report-trend-title");
        self.l.heading(&head, h3(), 14.0, 4.0, 170.0);
        let intro = self.t.get("report-trend-intro");
        self.l.paragraph(&intro, small(), 6.0);
        let points: Vec<(String, Option<f64>)> = m.trend.iter().map(|p| (p.day.clone(), p.index)).collect();
        let current = self.t.get("report-trend-current");
        self.l.ensure(150.0);
        let top = self.l.y;
        let h = charts::trend(&mut self.l, &points, &current, Area { x: geo.left, top, width: w });
        self.l.y = top + h;
    }
}
