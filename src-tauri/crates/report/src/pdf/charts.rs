//! Vector charts, drawn at a fixed place on the current page. Each returns the height
//! it used. Numbers run left to right in every language (as on the UI's charts).

use crate::pdf::layout::{Align, Layout, Style};
use crate::pdf::{Item, Rgb, Stroke};
use crate::pdf::theme::*;
use std::f32::consts::PI;

/// Where a chart goes: its left edge, top and width (it decides its own height).
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub x: f32,
    pub top: f32,
    pub width: f32,
}

/// A marked value on a chart and its label.
pub struct Mark<'a> {
    pub value: Option<f64>,
    pub label: &'a str,
}

pub struct RadarAxis {
    pub label: String,
    pub value: Option<f64>,
    pub median: Option<f64>,
    pub target: Option<f64>,
}

/// A legend entry: a swatch and its label.
pub enum Swatch {
    Fill(Rgb, Rgb),
    Line(Stroke),
    Dot(Rgb),
    Diamond(Rgb),
    Tick(Rgb),
    /// A downward triangle (a target on the bars).
    Triangle(Rgb),
    /// A hollow circle (a dimension without a score on the radar).
    Ring(Rgb),
}

/// Draws a legend on one line (wrapping if needed); returns its height.
pub fn legend(l: &mut Layout, entries: &[(Swatch, String)], area: Area) -> f32 {
    let Area { x, top, width } = area;
    let style = Style::new(crate::fonts::FontFace::Sans, 7.5, MUTED, 10.0);
    let mut cx = 0.0;
    let mut row = 0.0;
    for (swatch, label) in entries {
        let w = l.measure(label, style) + 26.0;
        if cx + w > width && cx > 0.0 {
            cx = 0.0;
            row += 12.0;
        }
        let sx = if l.rtl { x + width - cx - 14.0 } else { x + cx };
        let y = top + row + 5.0;
        match swatch {
            Swatch::Fill(fill, stroke) => l.push(Item::Rect { x: sx, y: y - 3.5, w: 12.0, h: 7.0, fill: Some(*fill), stroke: Some(Stroke::solid(*stroke, 0.8)) }),
            Swatch::Line(s) => l.push(Item::Path { points: vec![(sx, y), (sx + 12.0, y)], closed: false, fill: None, stroke: Some(*s) }),
            Swatch::Dot(c) => l.push(Item::Circle { cx: sx + 6.0, cy: y, r: 3.0, fill: Some(*c), stroke: None }),
            Swatch::Diamond(c) => l.push(Item::Path {
                points: vec![(sx + 6.0, y - 4.5), (sx + 10.5, y), (sx + 6.0, y + 4.5), (sx + 1.5, y)],
                closed: true,
                fill: Some(*c),
                stroke: None,
            }),
            Swatch::Triangle(c) => l.push(Item::Path {
                points: vec![(sx + 3.0, y - 2.5), (sx + 9.0, y - 2.5), (sx + 6.0, y + 2.5)],
                closed: true,
                fill: Some(*c),
                stroke: None,
            }),
            Swatch::Ring(c) => l.push(Item::Circle { cx: sx + 6.0, cy: y, r: 2.6, fill: None, stroke: Some(Stroke::solid(*c, 1.0)) }),
            Swatch::Tick(c) => l.push(Item::Rect { x: sx + 5.2, y: y - 5.0, w: 1.6, h: 10.0, fill: Some(*c), stroke: None }),
        }
        let tx = if l.rtl { x + width - cx - 16.0 - (w - 26.0) } else { x + cx + 16.0 };
        l.text_at(label, style, tx, top + row, w - 26.0 + 1.0, Align::Left);
        cx += w;
    }
    row + 12.0
}

/// Whether the radar draws the peer median: only when every dimension has one.
pub fn radar_draws_median(axes: &[RadarAxis]) -> bool {
    axes.iter().all(|a| a.median.is_some())
}

/// Whether the radar draws the targets: only when every dimension has one.
pub fn radar_draws_targets(axes: &[RadarAxis]) -> bool {
    axes.iter().all(|a| a.target.is_some())
}

/// Radar of dimension scores (1..levels) with the peer median and the targets. A
/// dimension without a score is a gap in the agency's shape and a hollow marker by its
/// label, never a point at the centre (which would read as a score).
/// Returns the height used.
pub fn radar(l: &mut Layout, axes: &[RadarAxis], levels: u8, area: Area) -> f32 {
    let Area { x, top, width } = area;
    let n = axes.len();
    if n < 3 {
        return 0.0;
    }
    let label_w = 72.0;
    let r = ((width - 2.0 * (label_w + 8.0)) / 2.0).clamp(40.0, 110.0);
    let angle = |i: usize| -PI / 2.0 + i as f32 * 2.0 * PI / n as f32;
    // A label at the top or the bottom is centred on its spoke, and may be wider than the
    // others, but only as wide as the gap between its neighbours on that side: with ten
    // axes, "Open government and open data" ran into both of its neighbours.
    let centre_label_width = |i: usize| {
        let below = angle(i).sin() > 0.0;
        let same_side = |j: usize| if below { angle(j).sin() > 0.25 } else { angle(j).sin() < -0.25 };
        let nearest = (0..n)
            .filter(|&j| j != i && same_side(j) && angle(j).cos().abs() > 0.25)
            .map(|j| (r + 7.0) * angle(j).cos().abs())
            .fold(f32::INFINITY, f32::min);
        (label_w * 1.4).min(2.0 * (nearest - 4.0)).max(label_w * 0.6)
    };
    // Labels first: the tallest one above the rim decides where the centre goes.
    let style = Style::new(crate::fonts::FontFace::Sans, 7.0, INK, 8.6);
    let blocks: Vec<_> = axes
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let w = if angle(i).cos().abs() > 0.25 { label_w } else { centre_label_width(i) };
            (l.block(&a.label, style, w), w)
        })
        .collect();
    let above = (0..n).filter(|&i| angle(i).sin() < -0.5).map(|i| blocks[i].0.height()).fold(0.0, f32::max);
    let cx = x + width / 2.0;
    let cy = top + above + 12.0 + r;
    let lv = levels.max(2) as f64;
    let at = |i: usize, v: f64| {
        let rr = r * (v.clamp(0.0, lv) / lv) as f32;
        (cx + rr * angle(i).cos(), cy + rr * angle(i).sin())
    };

    // Agency area first, so grid lines stay visible over it.
    let agency: Vec<(f32, f32)> = (0..n).map(|i| at(i, axes[i].value.unwrap_or(0.0))).collect();
    let complete = axes.iter().all(|a| a.value.is_some());
    // Sides between two neighbouring scored dimensions (all of them when complete).
    let sides: Vec<usize> = (0..n).filter(|&i| axes[i].value.is_some() && axes[(i + 1) % n].value.is_some()).collect();
    if complete {
        l.push(Item::Path { points: agency.clone(), closed: true, fill: Some(TEAL_LIGHT), stroke: None });
    } else {
        for &i in &sides {
            l.push(Item::Path { points: vec![(cx, cy), agency[i], agency[(i + 1) % n]], closed: true, fill: Some(TEAL_LIGHT), stroke: None });
        }
    }
    for k in 1..=levels {
        let ring: Vec<(f32, f32)> = (0..n).map(|i| at(i, k as f64)).collect();
        l.push(Item::Path { points: ring, closed: true, fill: None, stroke: Some(Stroke::solid(GRID, if k == levels { 0.8 } else { 0.5 })) });
    }
    for i in 0..n {
        let (ex, ey) = at(i, lv);
        l.push(Item::Path { points: vec![(cx, cy), (ex, ey)], closed: false, fill: None, stroke: Some(Stroke::solid(GRID, 0.5)) });
    }
    // Level numbers along the first spoke.
    let tiny = Style::new(crate::fonts::FontFace::Sans, 6.0, MUTED, 7.0);
    for k in 1..=levels {
        let (px, py) = at(0, k as f64);
        l.text_at(&k.to_string(), tiny, px + 2.0, py - 7.0, 10.0, Align::Left);
    }
    if radar_draws_targets(axes) {
        let t: Vec<(f32, f32)> = (0..n).map(|i| at(i, axes[i].target.unwrap_or(0.0))).collect();
        l.push(Item::Path { points: t, closed: true, fill: None, stroke: Some(Stroke::dashed(OCHRE, 1.1, 1.5, 2.0)) });
    }
    if radar_draws_median(axes) {
        let m: Vec<(f32, f32)> = (0..n).map(|i| at(i, axes[i].median.unwrap_or(0.0))).collect();
        l.push(Item::Path { points: m, closed: true, fill: None, stroke: Some(Stroke::dashed(NAVY, 1.0, 4.0, 2.5)) });
    }
    if complete {
        l.push(Item::Path { points: agency.clone(), closed: true, fill: None, stroke: Some(Stroke::solid(TEAL, 1.6)) });
    } else {
        for &i in &sides {
            l.push(Item::Path { points: vec![agency[i], agency[(i + 1) % n]], closed: false, fill: None, stroke: Some(Stroke::solid(TEAL, 1.6)) });
        }
    }
    for (i, p) in agency.iter().enumerate() {
        if axes[i].value.is_some() {
            l.push(Item::Circle { cx: p.0, cy: p.1, r: 2.0, fill: Some(TEAL), stroke: None });
        } else {
            let (ex, ey) = (cx + (r + 3.5) * angle(i).cos(), cy + (r + 3.5) * angle(i).sin());
            l.push(Item::Circle { cx: ex, cy: ey, r: 2.6, fill: Some(WHITE), stroke: Some(Stroke::solid(PEER, 1.0)) });
        }
    }

    // Axis labels outside the rim, anchored by their direction from the centre.
    let mut bottom: f32 = cy + r;
    for (i, (block, w)) in blocks.iter().enumerate() {
        let (c, s) = (angle(i).cos(), angle(i).sin());
        let (px, py) = (cx + (r + 7.0) * c, cy + (r + 7.0) * s);
        let h = block.height();
        let (bx, align) = if c > 0.25 {
            (px, Align::Left)
        } else if c < -0.25 {
            (px - w, Align::Right)
        } else {
            (px - w / 2.0, Align::Center)
        };
        let by = if s < -0.5 {
            // Above the rim: clear of the level numbers on the top spoke.
            py - h - 2.0
        } else if s > 0.5 {
            py
        } else {
            py - h / 2.0
        };
        l.draw_block(block, bx, by, *w, align);
        bottom = bottom.max(by + h);
    }
    bottom - top + 4.0
}

pub struct BarRow {
    pub label: String,
    pub value: Option<f64>,
    /// Peers' min, q1, median, q3, max.
    pub peers: Option<[f64; 5]>,
    pub target: Option<f64>,
}

/// Horizontal bars of scores on the 1..levels scale with the peers' range, middle half
/// and median. `label_w` 0 draws no label column. Returns the height used.
pub fn bars(l: &mut Layout, rows: &[BarRow], level_names: &[String], area: Area, label_w: f32) -> f32 {
    let Area { x, top, width } = area;
    let levels = level_names.len().max(2) as u8;
    let row_h = 24.0;
    let style = Style::new(crate::fonts::FontFace::Sans, 7.5, INK, 9.0);
    let value_style = Style::new(crate::fonts::FontFace::SansBold, 7.5, TEAL_DARK, 9.0);
    // Without a label column, leave room for the first level's name centred under the axis.
    let gap = if label_w > 0.0 { 10.0 } else { 14.0 };
    let value_w = 26.0;
    let (px0, px1) = if l.rtl {
        (x + value_w, x + width - label_w - gap)
    } else {
        (x + label_w + gap, x + width - value_w)
    };
    let lv = levels.max(2) as f64;
    let sx = |v: f64| px0 + ((v - 1.0) / (lv - 1.0)).clamp(0.0, 1.0) as f32 * (px1 - px0);
    let plot_h = rows.len() as f32 * row_h;

    for k in 1..=levels {
        let gx = sx(k as f64);
        l.push(Item::Rect { x: gx - 0.25, y: top, w: 0.5, h: plot_h, fill: Some(GRID), stroke: None });
    }
    for (i, row) in rows.iter().enumerate() {
        let y = top + i as f32 * row_h;
        let mid = y + row_h / 2.0;
        if label_w > 0.0 {
            let b = l.block(&row.label, style, label_w);
            let lx = if l.rtl { x + width - label_w } else { x };
            let h = b.height();
            l.draw_block(&b, lx, mid - h / 2.0, label_w, Align::End);
        }
        if let Some([min, q1, _, q3, max]) = row.peers {
            l.push(Item::Rect { x: sx(min), y: mid - 0.4, w: sx(max) - sx(min), h: 0.8, fill: Some(PEER), stroke: None });
            l.push(Item::Rect { x: sx(q1), y: mid - 6.5, w: (sx(q3) - sx(q1)).max(0.8), h: 13.0, fill: Some(PEER_BAND), stroke: Some(Stroke::solid(PEER, 0.5)) });
        }
        if let Some(v) = row.value {
            l.push(Item::Rect { x: sx(1.0), y: mid - 3.2, w: (sx(v) - sx(1.0)).max(1.0), h: 6.4, fill: Some(TEAL), stroke: None });
        }
        if let Some([_, _, med, _, _]) = row.peers {
            l.push(Item::Rect { x: sx(med) - 0.9, y: mid - 8.0, w: 1.8, h: 16.0, fill: Some(NAVY), stroke: None });
        }
        if let Some(t) = row.target {
            let tx = sx(t);
            l.push(Item::Path { points: vec![(tx - 3.0, y + 1.5), (tx + 3.0, y + 1.5), (tx, y + 5.5)], closed: true, fill: Some(OCHRE), stroke: None });
        }
        if let Some(v) = row.value {
            // The value stands at the end of its bar, so it reads as the bar's length; on
            // a white ground, over the peers' band and median.
            let label = crate::format::plain(v, 2);
            let end = sx(1.0) + (sx(v) - sx(1.0)).max(1.0);
            let lw = l.measure(&label, value_style);
            l.push(Item::Rect { x: end + 1.5, y: mid - 4.6, w: lw + 3.0, h: 9.2, fill: Some(WHITE), stroke: None });
            l.text_at(&label, value_style, end + 3.0, mid - 4.5, value_w, Align::Left);
        }
    }
    // Axis: level numbers and names.
    let axis_style = Style::new(crate::fonts::FontFace::Sans, 6.5, MUTED, 8.0);
    let axis_bold = Style::new(crate::fonts::FontFace::SansBold, 6.5, MUTED, 8.0);
    let mut h = plot_h + 3.0;
    let step = (px1 - px0) / (lv as f32 - 1.0);
    for k in 1..=levels {
        let gx = sx(k as f64);
        l.text_at(&k.to_string(), axis_bold, gx - step / 2.0, top + plot_h + 2.0, step, Align::Center);
        if let Some(name) = level_names.get(k as usize - 1) {
            let hh = l.text_at(name, axis_style, gx - step / 2.0, top + plot_h + 10.0, step, Align::Center);
            h = h.max(plot_h + 10.0 + hh);
        }
    }
    h + 4.0
}

/// Peers' overall index as dots on a 0–100 line, the agency highlighted.
pub fn distribution(l: &mut Layout, peers: &[f64], agency: Mark, median: Mark, area: Area) -> f32 {
    let Area { x, top, width } = area;
    let (agency, agency_label, median, median_label) = (agency.value, agency.label, median.value, median.label);
    let base = top + 58.0;
    let (x0, x1) = (x + 6.0, x + width - 6.0);
    let sx = |v: f64| x0 + (v.clamp(0.0, 100.0) / 100.0) as f32 * (x1 - x0);
    l.push(Item::Rect { x: x0, y: base, w: x1 - x0, h: 0.8, fill: Some(GRID_DARK), stroke: None });
    let axis_style = Style::new(crate::fonts::FontFace::Sans, 6.5, MUTED, 8.0);
    for k in 0..=10 {
        let v = k as f64 * 10.0;
        let gx = sx(v);
        l.push(Item::Rect { x: gx - 0.3, y: base, w: 0.6, h: if k % 5 == 0 { 4.0 } else { 2.5 }, fill: Some(GRID_DARK), stroke: None });
        if k % 2 == 0 {
            l.text_at(&format!("{}", k * 10), axis_style, gx - 15.0, base + 5.0, 30.0, Align::Center);
        }
    }
    // Stack dots that would overlap (a simple one-sided beeswarm).
    let r = 3.4;
    let mut sorted: Vec<f64> = peers.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mut placed: Vec<(f32, f32)> = Vec::new();
    for v in sorted {
        let px = sx(v);
        let mut level = 0;
        while placed.iter().any(|&(qx, qy)| (qx - px).abs() < 2.0 * r + 0.6 && (qy - (base - r - 1.5 - level as f32 * (2.0 * r + 0.6))).abs() < 0.1) {
            level += 1;
        }
        let py = base - r - 1.5 - level as f32 * (2.0 * r + 0.6);
        placed.push((px, py));
        l.push(Item::Circle { cx: px, cy: py, r, fill: Some(PEER), stroke: Some(Stroke::solid(crate::pdf::Rgb(255, 255, 255), 0.5)) });
    }
    let label_style = Style::new(crate::fonts::FontFace::SansBold, 7.5, TEAL_DARK, 9.0);
    let small = Style::new(crate::fonts::FontFace::Sans, 7.0, NAVY, 9.0);
    if let Some(m) = median {
        let mx = sx(m);
        l.push(Item::Path { points: vec![(mx, base + 2.0), (mx, top + 22.0)], closed: false, fill: None, stroke: Some(Stroke::dashed(NAVY, 0.9, 3.0, 2.0)) });
        l.text_at(median_label, small, mx + 3.0, top + 12.0, 120.0, Align::Left);
    }
    if let Some(a) = agency {
        let ax = sx(a);
        l.push(Item::Path { points: vec![(ax, base), (ax, top + 4.0)], closed: false, fill: None, stroke: Some(Stroke::solid(TEAL, 1.2)) });
        l.push(Item::Path { points: vec![(ax, base - 11.0), (ax + 5.5, base - 5.5), (ax, base), (ax - 5.5, base - 5.5)], closed: true, fill: Some(TEAL), stroke: Some(Stroke::solid(crate::pdf::Rgb(255, 255, 255), 0.6)) });
        let w = l.measure(agency_label, label_style) + 2.0;
        let lx = if ax + 4.0 + w > x1 { ax - 4.0 - w } else { ax + 4.0 };
        let lx = lx.max(x0).min((x1 - w).max(x0));
        l.text_at(agency_label, label_style, lx, top, w + 2.0, Align::Left);
    }
    base - top + 16.0
}

/// The overall index over time: earlier final assessments, then this one.
pub fn trend(l: &mut Layout, points: &[(String, Option<f64>)], current_label: &str, area: Area) -> f32 {
    let Area { x, top, width } = area;
    let h = 120.0;
    let (x0, x1) = (x + 28.0, x + width - 40.0);
    let (y0, y1) = (top + 8.0, top + h);
    let sy = |v: f64| y1 - (v.clamp(0.0, 100.0) / 100.0) as f32 * (y1 - y0);
    let axis_style = Style::new(crate::fonts::FontFace::Sans, 6.5, MUTED, 8.0);
    for k in 0..=4 {
        let v = k as f64 * 25.0;
        let gy = sy(v);
        l.push(Item::Rect { x: x0, y: gy - 0.25, w: x1 - x0, h: 0.5, fill: Some(if k == 0 { GRID_DARK } else { GRID }), stroke: None });
        l.text_at(&format!("{}", k * 25), axis_style, x, gy - 4.0, 24.0, Align::Right);
    }
    let n = points.len().max(1);
    let sx = |i: usize| if n == 1 { (x0 + x1) / 2.0 } else { x0 + 10.0 + i as f32 * (x1 - x0 - 20.0) / (n - 1) as f32 };
    let line: Vec<(f32, f32)> = points.iter().enumerate().filter_map(|(i, p)| p.1.map(|v| (sx(i), sy(v)))).collect();
    if line.len() >= 2 {
        l.push(Item::Path { points: line.clone(), closed: false, fill: None, stroke: Some(Stroke::solid(TEAL, 1.5)) });
    }
    let value_style = Style::new(crate::fonts::FontFace::SansBold, 7.0, TEAL_DARK, 8.5);
    for (i, p) in points.iter().enumerate() {
        let px = sx(i);
        let last = i + 1 == points.len();
        if let Some(v) = p.1 {
            l.push(Item::Circle { cx: px, cy: sy(v), r: if last { 3.6 } else { 2.6 }, fill: Some(if last { TEAL } else { crate::pdf::Rgb(255, 255, 255) }), stroke: Some(Stroke::solid(TEAL, 1.2)) });
            l.text_at(&crate::format::plain(v, 1), value_style, px - 20.0, sy(v) - 14.0, 40.0, Align::Center);
        }
        let label = if last { format!("{}\n{}", p.0, current_label) } else { p.0.clone() };
        l.text_at(&label, axis_style, px - 40.0, y1 + 4.0, 80.0, Align::Center);
    }
    h + 26.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::layout::Geometry;

    fn layout() -> Layout {
        Layout::new(Geometry { width: 595.0, height: 842.0, left: 58.0, right: 58.0, top: 78.0, bottom: 66.0 }, false)
    }

    fn names() -> Vec<String> {
        (1..=5).map(|k| format!("L{k}")).collect()
    }

    /// Issue 16 item 9: the value stood at the far right, above level 5's name.
    #[test]
    fn a_bar_value_stands_at_the_end_of_its_bar() {
        let mut l = layout();
        let row = BarRow { label: String::new(), value: Some(2.0), peers: None, target: None };
        bars(&mut l, &[row], &names(), Area { x: 58.0, top: 100.0, width: 479.0 }, 0.0);
        let items = &l.pages[0].items;
        let bar = items.iter().find_map(|i| match i { Item::Rect { x, w, h, fill: Some(c), .. } if *c == TEAL && *h > 6.0 => Some(x + w), _ => None }).expect("bar");
        let value_x = items.iter().find_map(|i| match i { Item::Text { x, y, .. } if *y < 124.0 => Some(*x), _ => None }).expect("value label");
        assert!((value_x - (bar + 3.0)).abs() < 1.0, "label at {value_x}, bar ends at {bar}");
    }

    /// Ten axes on a narrow radar (the summary shrinks it to keep to one page): no axis
    /// label overlaps another ("Open government and open data" ran into both neighbours).
    #[test]
    fn the_labels_of_ten_axes_do_not_overlap() {
        let titles = [
            "Leadership and strategy for innovation",
            "Culture, skills and incentives",
            "Innovation methods and portfolio",
            "Integrated, citizen-centred service delivery",
            "Standards and interoperability",
            "Open government and open data",
            "Digital platforms and infrastructure",
            "Partnerships and open innovation",
            "Government as enabler of society-wide innovation",
            "Measuring results",
        ];
        for width in [250.0, 300.0, 330.0] {
            let mut l = layout();
            let axes: Vec<RadarAxis> = titles.iter().map(|t| RadarAxis { label: t.to_string(), value: Some(3.0), median: None, target: None }).collect();
            radar(&mut l, &axes, 5, Area { x: 58.0, top: 100.0, width });
            // Each line of a label: its box from the baseline, at the labels' 7 pt size.
            let lines: Vec<(f32, f32, f32, f32)> = l.pages[0]
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text { x, y, size, glyphs, .. } if (*size - 7.0).abs() < 0.01 => {
                        let end = glyphs.iter().map(|g| g.x + g.advance).fold(0.0, f32::max);
                        Some((*x, *x + end, *y - 0.8 * size, *y + 0.2 * size))
                    }
                    _ => None,
                })
                .collect();
            assert!(lines.len() >= titles.len(), "every label drawn");
            for (a, p) in lines.iter().enumerate() {
                for q in &lines[a + 1..] {
                    let apart = p.1 <= q.0 + 0.5 || q.1 <= p.0 + 0.5 || p.3 <= q.2 + 0.5 || q.3 <= p.2 + 0.5;
                    assert!(apart, "at {width} pt two label lines overlap: {p:?} and {q:?}");
                }
            }
        }
    }

    /// Issue 16 item 2: an unscored dimension was drawn at the centre, reading as a score.
    #[test]
    fn an_unscored_dimension_is_a_gap_not_a_point_at_the_centre() {
        let mut l = layout();
        let axes: Vec<RadarAxis> = (0..6).map(|i| RadarAxis { label: format!("D{i}"), value: if i == 2 { None } else { Some(3.0) }, median: None, target: None }).collect();
        radar(&mut l, &axes, 5, Area { x: 58.0, top: 100.0, width: 300.0 });
        let items = &l.pages[0].items;
        let centre = items
            .iter()
            .find_map(|i| match i { Item::Path { points, stroke: Some(s), closed: false, .. } if s.color == GRID => Some(points[0]), _ => None })
            .expect("a spoke");
        let outline: Vec<&Vec<(f32, f32)>> = items
            .iter()
            .filter_map(|i| match i { Item::Path { points, stroke: Some(s), .. } if s.color == TEAL => Some(points), _ => None })
            .collect();
        assert_eq!(outline.len(), 4, "six sides less the two at the gap");
        for p in outline.iter().flat_map(|ps| ps.iter()) {
            assert!((p.0 - centre.0).abs() + (p.1 - centre.1).abs() > 1.0, "the outline passes through the centre");
        }
        let rings = items.iter().filter(|i| matches!(i, Item::Circle { fill: Some(c), stroke: Some(_), .. } if *c == WHITE)).count();
        assert_eq!(rings, 1, "one hollow marker for the unscored dimension");
    }
}
