//! The roadmap: every recommendation, grouped by dimension, in priority order.

use super::layout::{Align, Cell, Column, Row, Style, Table};
use super::theme::*;
use super::Content;
use crate::fonts::FontFace;

impl Content<'_> {
    pub(super) fn roadmap(&mut self) {
        let m = self.m;
        let title = self.t.get("report-roadmap-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 8.0, 0.0);
        let intro = self.t.get("report-roadmap-intro");
        self.l.paragraph(&intro, body().with_color(MUTED), 12.0);
        if m.roadmap.is_empty() {
            let none = self.t.get("report-no-recommendations");
            self.l.paragraph(&none, body(), 6.0);
            return;
        }
        let table = self.roadmap_table();
        self.l.table(&table);
    }

    /// Every recommendation in priority order, under a row per dimension.
    pub(crate) fn roadmap_table(&self) -> Table {
        let m = self.m;
        let mut rows = Vec::new();
        for g in &m.roadmap {
            let group = self.t.fmt(
                "report-roadmap-group",
                &[
                    ("dimension", (&self.dim_title(g.dimension)).into()),
                    ("score", (&g.score.map(|s| self.n.score(s)).unwrap_or("–".into())).into()),
                    ("target", g.target.unwrap_or(0).into()),
                ],
            );
            rows.push(Row::Group(Cell::new(group, small_bold().with_color(NAVY))));
            for r in &g.items {
                let from_to = self.t.fmt(
                    "report-from-to",
                    &[("level", (&r.level.map(|l| self.n.trimmed(l, 2)).unwrap_or_default()).into()), ("target", r.target.unwrap_or(0).into())],
                );
                let for_q = self.t.fmt("report-roadmap-question", &[("question", (&r.question).into())]);
                rows.push(Row::Cells(vec![
                    Cell::new(r.number.to_string(), small_bold().with_color(TEAL_DARK)),
                    Cell::new(r.text.clone(), small_ink()).then(for_q, Style::new(FontFace::Sans, 7.0, MUTED, 9.5)),
                    Cell::new(from_to, small_ink()),
                    Cell::new(self.n.trimmed(r.gap, 2), small_ink()),
                    Cell::new(self.n.trimmed(r.priority, 2), small_bold()),
                ]));
            }
        }
        Table {
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
        }
    }
}
