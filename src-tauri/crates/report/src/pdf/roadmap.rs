//! The roadmap: every recommendation, grouped by dimension, in priority order.

use super::layout::{Align, Cell, Row, Style, Table};
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
                let note = Style::new(FontFace::Sans, 7.0, MUTED, 9.5);
                let owner = r.owner.as_ref().map(|o| self.t.fmt("report-roadmap-owner", &[("owner", o.into())])).unwrap_or_default();
                let after = if r.depends_on.is_empty() { String::new() } else { self.t.fmt("report-roadmap-after", &[("questions", (&r.depends_on.join(" · ")).into())]) };
                rows.push(Row::Cells(vec![
                    Cell::new(r.number.to_string(), small_bold().with_color(TEAL_DARK)),
                    Cell::new(r.text.clone(), small_ink()).then(for_q, note).then(owner, note).then(after, note),
                    Cell::new(from_to, small_ink()),
                    Cell::new(self.n.trimmed(r.gap, 2), small_ink()),
                    Cell::new(self.n.trimmed(r.priority, 2), small_bold()),
                ]));
            }
        }
        let columns = columns(&[(0.06, Align::Start), (0.62, Align::Start), (0.13, Align::Center), (0.08, Align::Center), (0.11, Align::Center)]);
        let header = self.header(&["report-col-number", "report-col-recommendation", "report-col-from-to", "report-col-gap", "report-col-priority"]);
        table(columns, header, rows)
    }
}
