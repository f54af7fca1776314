//! The cover: agency, framework, profile, mode, status, dates and completeness.

use super::layout::{Align, Cell, Row, Style, Table};
use super::theme::*;
use super::{Content, Item};
use crate::fonts::FontFace;
use crate::format::day;
use mizan_core::{Mode, Status};

impl Content<'_> {
    pub(super) fn cover(&mut self) {
        let geo = self.l.geo;
        self.l.new_page();
        let m = self.m;
        // A navy band across the top, a teal hairline under it.
        self.l.push(Item::Rect { x: 0.0, y: 0.0, w: geo.width, h: 14.0, fill: Some(NAVY), stroke: None });
        self.l.push(Item::Rect { x: 0.0, y: 14.0, w: geo.width, h: 3.0, fill: Some(TEAL), stroke: None });
        self.l.y = geo.height * 0.2;
        let kicker_text = self.t.get("report-kicker");
        self.l.paragraph(&kicker_text, kicker(), 14.0);
        let title = Style::new(FontFace::SansBold, 28.0, NAVY, 34.0);
        self.l.paragraph(&m.agency.name, title, 10.0);
        let fw = self.t.fmt("report-cover-framework", &[("framework", (&m.framework.title).into()), ("version", (&m.framework.version).into())]);
        self.l.paragraph(&fw, Style::new(FontFace::Sans, 13.0, MUTED, 18.0), 22.0);
        self.l.rule(TEAL, 1.2, 18.0);
        let table = self.cover_table();
        self.l.table(&table);
        self.l.space(18.0);
        if m.assessment.status == Status::Draft {
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

    /// The cover's facts: assessment, profile, mode, status, dates and completeness.
    pub(crate) fn cover_table(&self) -> Table {
        let m = self.m;
        let profile = self.profile();
        let a = &m.assessment;
        let mode = match a.mode {
            Mode::SelfAssessment => self.t.get("report-mode-self"),
            Mode::Interview => self.t.fmt("report-mode-interview", &[("respondents", a.respondents.into())]),
        };
        let status = match (a.status, &a.finalized_at) {
            (Status::Final, Some(at)) => self.t.fmt("report-cover-final-on", &[("date", (&day(at)).into())]),
            (Status::Final, None) => self.t.get("report-status-final"),
            (Status::Draft, _) => self.t.get("report-status-draft"),
        };
        let c = m.completeness;
        let completeness = format!(
            "{} ({})",
            self.n.percent(c.share),
            self.t.fmt("report-summary-answered", &[("answered", c.answered.into()), ("total", c.total.into())])
        );
        let rows = vec![
            // Stored without a title (none was given): said in the report's language.
            (self.t.get("report-cover-assessment"), if a.title.trim().is_empty() { self.t.get("report-untitled") } else { a.title.clone() }),
            (self.t.get("report-cover-agency-profile"), profile),
            (self.t.get("report-cover-mode"), mode),
            (self.t.get("report-cover-status"), status),
            (self.t.get("report-cover-assessed"), day(&a.updated_at)),
            (self.t.get("report-cover-generated"), m.generated_at.format("%Y-%m-%d").to_string()),
            (self.t.get("report-cover-completeness"), completeness),
        ];
        let rows = rows.into_iter().map(|(k, v)| Row::Cells(vec![Cell::new(k, label()), Cell::new(v, body())])).collect();
        table(columns(&[(0.28, Align::Start), (0.72, Align::Start)]), Vec::new(), rows)
    }

    /// "sector · country · size", each as given or "not given".
    fn profile(&self) -> String {
        let g = &self.m.agency;
        let not_given = self.t.get("report-not-given");
        let label = |kind: &str, s: &str| if s.trim().is_empty() { not_given.clone() } else { self.t.label(kind, s.trim()) };
        let (sector, country, size) = (label("sector", &g.sector), label("country", &g.country), label("size", &g.size));
        self.t.fmt("report-cover-profile", &[("sector", (&sector).into()), ("country", (&country).into()), ("size", (&size).into())])
    }
}
