//! The report's charts as PNG pictures. A chart is drawn by the PDF's own code into a
//! one-page layout of its own (so Word shows exactly what the PDF shows), and that
//! display list is rasterised here with tiny-skia, glyphs filled from their outlines.

use crate::error::ReportError;
use crate::pdf::layout::{Geometry, Layout};
use crate::pdf::{Content, Item, Rgb, Stroke};
use crate::text::Line;
use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Rect, StrokeDash, Transform};

/// Pixels per point: 2 is 144 dpi, sharp on screen and printed at the chart's size.
const SCALE: f32 = 2.0;

/// A chart ready for the package: PNG bytes and its size in points and pixels.
pub struct Picture {
    pub png: Vec<u8>,
    pub width_pt: f32,
    pub height_pt: f32,
    pub width_px: u32,
    pub height_px: u32,
}

impl Content<'_> {
    /// Runs `draw` on a fresh layout as wide as the page's body (its own flow, starting at
    /// the top, never breaking a page) and rasterises what it drew.
    pub(crate) fn picture(&mut self, draw: impl FnOnce(&mut Self)) -> Result<Picture, ReportError> {
        let width = self.l.geo.body_width();
        let geo = Geometry { width, height: 100_000.0, left: 0.0, right: 0.0, top: 0.0, bottom: 0.0 };
        let mut chart = Layout::new(geo, self.l.rtl);
        chart.digits = self.l.digits;
        chart.new_page();
        // The shaper goes along: its shape plans and shaped words are the costly part.
        chart.shaper = std::mem::take(&mut self.l.shaper);
        let page_layout = std::mem::replace(&mut self.l, chart);
        draw(self);
        let mut chart = std::mem::replace(&mut self.l, page_layout);
        self.l.shaper = std::mem::take(&mut chart.shaper);
        let height = chart.y.max(1.0);
        let items = chart.pages.first().map(|p| p.items.as_slice()).unwrap_or(&[]);
        rasterise(&chart, items, width, height)
    }
}

fn paint(c: Rgb, alpha: f32) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(Color::from_rgba8(c.0, c.1, c.2, (alpha.clamp(0.0, 1.0) * 255.0).round() as u8));
    p.anti_alias = true;
    p
}

fn stroke_of(s: &Stroke) -> tiny_skia::Stroke {
    tiny_skia::Stroke { width: s.width, dash: s.dash.and_then(|(d, g)| StrokeDash::new(vec![d, g], 0.0)), ..Default::default() }
}

/// Adds closed contours of points (`true`: a cubic control point, two before each end).
fn add_rings(pb: &mut PathBuilder, rings: &[Vec<(f32, f32, bool)>]) {
    for ring in rings {
        let Some(&(x, y, _)) = ring.first() else { continue };
        pb.move_to(x, y);
        let mut i = 1;
        while i < ring.len() {
            let (x, y, control) = ring[i];
            if control && i + 2 < ring.len() {
                let (c2, p) = (ring[i + 1], ring[i + 2]);
                pb.cubic_to(x, y, c2.0, c2.1, p.0, p.1);
                i += 3;
            } else {
                pb.line_to(x, y);
                i += 1;
            }
        }
        pb.close();
    }
}

fn draw_shape(pm: &mut Pixmap, path: Option<tiny_skia::Path>, fill: Option<Rgb>, stroke: Option<&Stroke>, t: Transform) {
    let Some(path) = path else { return };
    if let Some(f) = fill {
        pm.fill_path(&path, &paint(f, 1.0), FillRule::Winding, t, None);
    }
    if let Some(s) = stroke {
        pm.stroke_path(&path, &paint(s.color, 1.0), &stroke_of(s), t, None);
    }
}

fn rasterise(layout: &Layout, items: &[Item], width: f32, height: f32) -> Result<Picture, ReportError> {
    let (wpx, hpx) = ((width * SCALE).ceil() as u32, (height * SCALE).ceil() as u32);
    let mut pm = Pixmap::new(wpx.max(1), hpx.max(1)).ok_or_else(|| ReportError::Docx(format!("a chart of {wpx}×{hpx} pixels cannot be drawn")))?;
    pm.fill(Color::WHITE);
    let t = Transform::from_scale(SCALE, SCALE);
    for item in items {
        match item {
            Item::Rect { x, y, w, h, fill, stroke } => {
                let path = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)).map(PathBuilder::from_rect);
                draw_shape(&mut pm, path, *fill, stroke.as_ref(), t);
            }
            Item::Circle { cx, cy, r, fill, stroke } => draw_shape(&mut pm, PathBuilder::from_circle(*cx, *cy, *r), *fill, stroke.as_ref(), t),
            Item::Path { points, closed, fill, stroke } => {
                let mut pb = PathBuilder::new();
                for (i, &(x, y)) in points.iter().enumerate() {
                    if i == 0 {
                        pb.move_to(x, y);
                    } else {
                        pb.line_to(x, y);
                    }
                }
                if *closed {
                    pb.close();
                }
                draw_shape(&mut pm, pb.finish(), if *closed { *fill } else { None }, stroke.as_ref(), t);
            }
            Item::Text { x, y, size, color, glyphs } => {
                let rings = layout.outline(&Line { glyphs: glyphs.clone(), width: 0.0 }, *size, *x, *y, 0.0);
                let mut pb = PathBuilder::new();
                add_rings(&mut pb, &rings);
                if let Some(path) = pb.finish() {
                    pm.fill_path(&path, &paint(*color, 1.0), FillRule::Winding, t, None);
                }
            }
            Item::Outline { rings, fill, alpha } => {
                let mut pb = PathBuilder::new();
                add_rings(&mut pb, rings);
                if let Some(path) = pb.finish() {
                    pm.fill_path(&path, &paint(*fill, *alpha), FillRule::Winding, t, None);
                }
            }
        }
    }
    let png = pm.encode_png().map_err(|e| ReportError::Docx(format!("encoding a chart as PNG: {e}")))?;
    Ok(Picture { png, width_pt: width, height_pt: height, width_px: wpx.max(1), height_px: hpx.max(1) })
}
