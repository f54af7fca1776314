//! The PDF renderer: lays a [`ReportModel`] out, one module per section, over our small
//! layout engine (`layout`), vector charts (`charts`) and the PDF writer (`write`).

mod benchmark;
pub(crate) mod charts;
mod cover;
mod dimensions;
mod furniture;
pub(crate) mod layout;
pub(crate) mod methodology;
mod roadmap;
mod summary;
pub(crate) mod theme;
mod write;

pub use write::{write, Item, Meta, Page, Rgb, Stroke};

use crate::format::Numbers;
use crate::i18n::Strings;
use crate::model::{Position, ReportModel, Unranked};
use crate::Paper;
use layout::{Geometry, Layout};
use mizan_core::Lang;

/// The renderer's state: the model, the catalog and the flow of pages.
pub(crate) struct Content<'a> {
    pub l: Layout,
    pub t: Strings,
    pub m: &'a ReportModel,
    pub n: Numbers,
}

impl<'a> Content<'a> {
    /// `rtl`: None for the language's own direction — right-to-left for Arabic, once an
    /// Arabic catalog exists (until then an Arabic report is an English one).
    pub fn new(m: &'a ReportModel, paper: Paper, rtl: Option<bool>) -> Result<Content<'a>, crate::ReportError> {
        let (width, height) = paper.size();
        let geo = Geometry { width, height, left: 58.0, right: 58.0, top: 78.0, bottom: 66.0 };
        let t = Strings::new(m.lang)?;
        let rtl = rtl.unwrap_or(m.lang == Lang::Ar && t.translated());
        let mut l = Layout::new(geo, rtl);
        l.digits = m.digits;
        Ok(Content { l, t, m, n: Numbers::new(m.lang) })
    }

    pub fn build(&mut self) {
        use crate::Section::*;
        let has = |s| self.m.sections.has(s);
        let (dimensions, roadmap, benchmark, methodology) = (has(Dimensions), has(Roadmap), has(Benchmark), has(Methodology));
        self.cover();
        self.summary();
        if dimensions {
            self.dimensions();
        }
        if roadmap {
            self.roadmap();
        }
        if benchmark {
            self.benchmark();
        }
        if methodology {
            self.methodology();
        }
    }

    pub(crate) fn levels(&self) -> u8 {
        self.m.framework.level_count()
    }

    pub(crate) fn level_name(&self, level: u8) -> String {
        self.m.framework.level_name(level).to_string()
    }

    pub(crate) fn level_names(&self) -> Vec<String> {
        self.m.framework.levels.iter().map(|l| l.name.clone()).collect()
    }

    /// A table's header: each key's catalog string as a column label.
    pub(crate) fn header(&self, keys: &[&str]) -> Vec<layout::Cell> {
        keys.iter().map(|k| layout::Cell::new(self.t.get(k), theme::label())).collect()
    }

    pub(crate) fn dim_title(&self, i: usize) -> String {
        self.m.dimensions[i].title.clone()
    }

    /// The peer group in a few words: "all agencies, all sectors and countries", or its filter.
    pub(crate) fn group_name(&self) -> String {
        let parts = self.filter_parts();
        if parts.is_empty() {
            self.t.get("report-group-all")
        } else {
            self.n.list(&parts)
        }
    }

    /// "better than 19 of 23 peers".
    pub(crate) fn better_than(&self, p: &Position) -> String {
        self.t.fmt("report-better-than", &[("lower", p.better_than.into()), ("n", (p.total - 1).into())])
    }

    /// Why there is no rank: `dimension` for a dimension's, else the overall one.
    pub(crate) fn unranked(&self, u: Unranked, dimension: bool) -> String {
        match (u, dimension) {
            (Unranked::Incomplete { .. }, true) => self.t.get("report-unranked-dimension"),
            (Unranked::Incomplete { questions_left }, false) => self.t.fmt("report-unranked-incomplete", &[("left", questions_left.into())]),
            (Unranked::NoValue, _) => self.t.get("report-summary-no-peers"),
        }
    }

    /// Why there is no benchmark: the group is below the minimum.
    pub(crate) fn peer_reason(&self, n: usize) -> String {
        self.t.fmt("report-benchmark-hidden", &[("n", n.into()), ("min", self.m.benchmark.min.into())])
    }
}
