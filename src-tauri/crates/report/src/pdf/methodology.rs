//! The methodology: the scoring contract in plain words, the benchmark's method,
//! completeness, the levels, the framework's sources and the respondents.

use super::layout::{Align, Cell, Column, Row, Table};
use super::theme::*;
use super::Content;

impl Content<'_> {
    pub(super) fn methodology(&mut self) {
        let title = self.t.get("report-method-title");
        self.l.start_section(&title);
        self.l.heading(&title, h1(), 0.0, 8.0, 0.0);
        self.method_rules();
        self.method_levels();
        self.method_sources();
        self.method_respondents();
    }

    fn method_rules(&mut self) {
        let m = self.m;
        let levels = self.levels();
        let head = self.t.get("report-method-scoring");
        self.l.heading(&head, h2(), 0.0, 4.0, 40.0);
        for k in 1..=7 {
            let text = self.t.fmt(&format!("report-method-{k}"), &[("levels", levels.into())]);
            self.numbered(k, &text);
        }

        let head = self.t.get("report-method-benchmark");
        self.l.heading(&head, h2(), 8.0, 4.0, 40.0);
        for (k, key) in ["report-method-peers", "report-method-quartiles", "report-method-rank"].iter().enumerate() {
            let text = self.t.fmt(key, &[("min", m.benchmark.min.into())]);
            self.numbered(k + 1, &text);
        }

        let head = self.t.get("report-method-completeness");
        self.l.heading(&head, h2(), 8.0, 4.0, 30.0);
        let c = m.completeness;
        let pct = self.n.percent(c.share);
        let text = self.t.fmt("report-method-completeness-text", &[("answered", c.answered.into()), ("total", c.total.into()), ("percent", (&pct).into())]);
        self.l.paragraph(&text, body(), 4.0);
        if !c.is_complete() {
            let note = self.t.fmt("report-summary-incomplete", &[("percent", (&pct).into())]);
            self.l.paragraph(&note, body().with_color(OCHRE), 4.0);
        }
    }

    fn method_levels(&mut self) {
        let levels = self.levels();
        let head = self.t.get("report-method-levels");
        let intro = self.t.fmt("report-method-levels-intro", &[("levels", levels.into())]);
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
        let table = Table {
            columns: vec![Column { width: 0.08, align: Align::Start }, Column { width: 0.2, align: Align::Start }, Column { width: 0.72, align: Align::Start }],
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
    }

    fn method_sources(&mut self) {
        let fw = &self.m.framework;
        let head = self.t.get("report-method-sources");
        self.l.heading(&head, h2(), 12.0, 4.0, 50.0);
        let about = self.t.fmt("report-method-framework", &[("framework", (&fw.title).into()), ("version", (&fw.version).into()), ("description", (&fw.description).into())]);
        self.l.paragraph(&about, body(), 8.0);
        for s in &fw.sources {
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
            // A source is kept whole on a page: title, address and note.
            let w = self.l.geo.body_width();
            let mut parts = vec![(line, small_bold())];
            if let Some(u) = &s.url {
                parts.push((u.clone(), small().with_color(TEAL_DARK)));
            }
            if let Some(n) = &s.note {
                parts.push((n.clone(), small()));
            }
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
        let head = self.t.get("report-method-respondents");
        self.l.heading(&head, h2(), 10.0, 4.0, 40.0);
        if m.respondents.is_empty() {
            let none = self.t.get("report-no-respondents");
            self.l.paragraph(&none, body(), 4.0);
        } else {
            // The name column only when the consultant chose to name respondents.
            let named = m.respondents.iter().any(|r| r.name.is_some());
            let rows = m
                .respondents
                .iter()
                .map(|r| {
                    let mut cells = vec![
                        Cell::new(&r.role, if named { small_ink() } else { small_bold() }),
                        Cell::new(&r.unit, small_ink()),
                        Cell::new(r.answers.to_string(), small_ink()),
                    ];
                    if let Some(name) = &r.name {
                        cells.insert(0, Cell::new(name, small_bold()));
                    }
                    Row::Cells(cells)
                })
                .collect();
            let mut columns = vec![
                Column { width: 0.45, align: Align::Start },
                Column { width: 0.45, align: Align::Start },
                Column { width: 0.1, align: Align::End },
            ];
            let mut header = vec![
                Cell::new(self.t.get("report-col-role"), label()),
                Cell::new(self.t.get("report-col-unit"), label()),
                Cell::new(self.t.get("report-col-answers"), label()),
            ];
            if named {
                columns = vec![
                    Column { width: 0.3, align: Align::Start },
                    Column { width: 0.3, align: Align::Start },
                    Column { width: 0.3, align: Align::Start },
                    Column { width: 0.1, align: Align::End },
                ];
                header.insert(0, Cell::new(self.t.get("report-col-respondent"), label()));
            }
            let table = Table { columns, header, rows, rule: RULE, header_rule: TEAL, group_fill: TEAL_PALE };
            self.l.table(&table);
        }
        self.l.space(14.0);
        let by = self.t.fmt("report-generated-by", &[("date", (&m.generated_at.format("%Y-%m-%d").to_string()).into()), ("id", (&m.assessment.id).into())]);
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
}
