//! Running header and footer on every page but the cover; the draft watermark.

use super::layout::{Align, Style};
use super::theme::*;
use super::{Content, Item, Page};
use crate::fonts::FontFace;
use mizan_core::Status;

impl Content<'_> {
    /// Running header and footer on every page but the cover; the draft watermark.
    pub(crate) fn finish(&mut self) -> Vec<Page> {
        let geo = self.l.geo;
        let total = self.l.pages.len();
        let agency = self.m.agency.name.clone();
        let fw = self.t.fmt("report-footer-framework", &[("framework", (&self.m.framework.title).into()), ("version", (&self.m.framework.version).into())]);
        let draft = self.m.assessment.status == Status::Draft;
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
