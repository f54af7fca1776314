//! A small flow layout engine: paragraphs, headings, tables that break across pages
//! (repeating their header), and free placement for charts. Coordinates are points
//! from the page's top-left corner.
//!
//! Direction: in a right-to-left report, "start" is the right edge — paragraphs are
//! right-aligned and table columns run from the right.

use crate::fonts::FontFace;
use crate::pdf::{Item, Page, Rgb};
use crate::text::{clean, Line, Shaper};
use mizan_core::Digits;

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub face: FontFace,
    pub size: f32,
    pub color: Rgb,
    /// Line height in points.
    pub leading: f32,
}

impl Style {
    pub fn new(face: FontFace, size: f32, color: Rgb, leading: f32) -> Style {
        Style { face, size, color, leading }
    }
    pub fn with_color(self, color: Rgb) -> Style {
        Style { color, ..self }
    }
    pub fn with_face(self, face: FontFace) -> Style {
        Style { face, ..self }
    }
    /// Baseline below the top of a line box: the glyphs sit centred in the leading.
    fn baseline(&self) -> f32 {
        (self.leading - self.size) / 2.0 + self.size * 0.8
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    End,
    Center,
    /// Always left, whatever the direction (numbers on a chart axis).
    Left,
    Right,
}

/// Text laid out in lines for one width.
#[derive(Debug, Clone)]
pub struct Block {
    pub lines: Vec<Line>,
    pub style: Style,
}

impl Block {
    pub fn height(&self) -> f32 {
        self.lines.len() as f32 * self.style.leading
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Geometry {
    pub fn body_width(&self) -> f32 {
        self.width - self.left - self.right
    }
    pub fn body_bottom(&self) -> f32 {
        self.height - self.bottom
    }
}

pub struct Layout {
    pub geo: Geometry,
    pub rtl: bool,
    /// The digits every number is drawn with (Arabic-Indic when the reader asks).
    pub digits: Digits,
    pub shaper: Shaper,
    pub pages: Vec<Page>,
    /// Section title of each page, for the running header.
    pub page_sections: Vec<String>,
    pub section: String,
    pub y: f32,
}

/// A table cell: paragraphs stacked top to bottom.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub parts: Vec<(String, Style)>,
}

impl Cell {
    pub fn new(text: impl Into<String>, style: Style) -> Cell {
        Cell { parts: vec![(text.into(), style)] }
    }
    pub fn then(mut self, text: impl Into<String>, style: Style) -> Cell {
        let t = text.into();
        if !t.trim().is_empty() {
            self.parts.push((t, style));
        }
        self
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Share of the table width.
    pub width: f32,
    pub align: Align,
}

#[derive(Debug, Clone)]
pub enum Row {
    Cells(Vec<Cell>),
    /// One cell across all columns, shaded: a group heading; kept with the next row.
    Group(Cell),
}

#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub header: Vec<Cell>,
    pub rows: Vec<Row>,
    pub rule: Rgb,
    pub header_rule: Rgb,
    pub group_fill: Rgb,
}

const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 3.5;
const PART_GAP: f32 = 2.0;

/// One laid-out line inside a cell.
struct CellLine {
    line: Line,
    style: Style,
    /// Extra space above it (between paragraphs of a cell).
    gap: f32,
}

impl CellLine {
    fn height(&self) -> f32 {
        self.gap + self.style.leading
    }
}

fn row_height(cells: &[Vec<CellLine>]) -> f32 {
    cells.iter().map(|c| c.iter().map(CellLine::height).sum::<f32>()).fold(0.0, f32::max) + 2.0 * CELL_PAD_Y
}

/// A point in the flow to come back to (see [`Layout::rollback`]).
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    pub pages: usize,
    items: usize,
    y: f32,
}

impl Layout {
    pub fn new(geo: Geometry, rtl: bool) -> Layout {
        Layout { geo, rtl, digits: Digits::Latin, shaper: Shaper::new(), pages: Vec::new(), page_sections: Vec::new(), section: String::new(), y: geo.top }
    }

    pub fn mark(&self) -> Mark {
        Mark { pages: self.pages.len(), items: self.pages.last().map(|p| p.items.len()).unwrap_or(0), y: self.y }
    }

    /// Undoes everything laid out since `m` (to lay it out again more compactly).
    pub fn rollback(&mut self, m: Mark) {
        self.pages.truncate(m.pages);
        self.page_sections.truncate(m.pages);
        if let Some(p) = self.pages.last_mut() {
            p.items.truncate(m.items);
        }
        self.y = m.y;
    }

    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.new_page();
        }
        self.pages.last_mut().expect("a page exists")
    }

    pub fn push(&mut self, item: Item) {
        self.page().items.push(item);
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.page_sections.push(self.section.clone());
        self.y = self.geo.top;
    }

    /// Starts a section on a fresh page; its title runs in the page header.
    pub fn start_section(&mut self, title: &str) {
        self.section = title.to_string();
        self.new_page();
    }

    pub fn at_page_top(&self) -> bool {
        (self.y - self.geo.top).abs() < 0.5
    }

    pub fn remaining(&self) -> f32 {
        self.geo.body_bottom() - self.y
    }

    /// Breaks the page unless `h` points still fit.
    pub fn ensure(&mut self, h: f32) {
        if self.pages.is_empty() || (h > self.remaining() && !self.at_page_top()) {
            self.new_page();
        }
    }

    pub fn space(&mut self, h: f32) {
        if !self.at_page_top() {
            self.y += h;
        }
    }

    /// Lays out `text` (any string; cleaned here) for `width`. `\n` starts a new line.
    pub fn block(&mut self, text: &str, style: Style, width: f32) -> Block {
        let text = clean(text);
        let text = self.digits.apply(&text);
        let mut lines = Vec::new();
        for para in text.split('\n') {
            if para.trim().is_empty() {
                lines.push(Line { glyphs: Vec::new(), width: 0.0 });
                continue;
            }
            let shaped = self.shaper.shape(para.trim_end(), style.face, style.size, self.rtl);
            for r in shaped.break_lines(width) {
                lines.push(shaped.line(r));
            }
        }
        Block { lines, style }
    }

    /// Width of `text` on one line.
    pub fn measure(&mut self, text: &str, style: Style) -> f32 {
        let text = clean(text);
        let text = self.digits.apply(&text);
        let shaped = self.shaper.shape(&text, style.face, style.size, self.rtl);
        shaped.width()
    }

    fn line_x(&self, line: &Line, x: f32, width: f32, align: Align) -> f32 {
        let start_is_left = !self.rtl;
        match align {
            Align::Left => x,
            Align::Right => x + width - line.width,
            Align::Center => x + (width - line.width) / 2.0,
            Align::Start if start_is_left => x,
            Align::End if !start_is_left => x,
            Align::Start | Align::End => x + width - line.width,
        }
    }

    pub fn draw_line(&mut self, line: &Line, style: Style, x: f32, top: f32, width: f32, align: Align) {
        if line.glyphs.is_empty() {
            return;
        }
        let lx = self.line_x(line, x, width, align);
        self.push(Item::Text {
            x: lx,
            y: top + style.baseline(),
            size: style.size,
            color: style.color,
            glyphs: line.glyphs.clone(),
        });
    }

    /// A line's glyphs as filled outlines, its baseline starting at (`x`, `y`) and
    /// rising `angle` degrees (counter-clockwise), for shapes that must not be text.
    pub fn outline(&self, line: &Line, size: f32, x: f32, y: f32, angle: f32) -> Vec<Vec<(f32, f32, bool)>> {
        struct Pen<'a> {
            rings: &'a mut Vec<Vec<(f32, f32, bool)>>,
            map: &'a dyn Fn(f32, f32) -> (f32, f32),
            last: (f32, f32),
        }
        impl rustybuzz::ttf_parser::OutlineBuilder for Pen<'_> {
            fn move_to(&mut self, x: f32, y: f32) {
                let p = (self.map)(x, y);
                self.rings.push(vec![(p.0, p.1, false)]);
                self.last = (x, y);
            }
            fn line_to(&mut self, x: f32, y: f32) {
                let p = (self.map)(x, y);
                if let Some(r) = self.rings.last_mut() {
                    r.push((p.0, p.1, false));
                }
                self.last = (x, y);
            }
            fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
                // A quadratic is the cubic with handles two thirds of the way to its control point.
                let (x0, y0) = self.last;
                let c1 = (self.map)(x0 + 2.0 / 3.0 * (x1 - x0), y0 + 2.0 / 3.0 * (y1 - y0));
                let c2 = (self.map)(x + 2.0 / 3.0 * (x1 - x), y + 2.0 / 3.0 * (y1 - y));
                let p = (self.map)(x, y);
                if let Some(r) = self.rings.last_mut() {
                    r.extend([(c1.0, c1.1, true), (c2.0, c2.1, true), (p.0, p.1, false)]);
                }
                self.last = (x, y);
            }
            fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
                let (c1, c2, p) = ((self.map)(x1, y1), (self.map)(x2, y2), (self.map)(x, y));
                if let Some(r) = self.rings.last_mut() {
                    r.extend([(c1.0, c1.1, true), (c2.0, c2.1, true), (p.0, p.1, false)]);
                }
                self.last = (x, y);
            }
            fn close(&mut self) {}
        }
        let (s, c) = angle.to_radians().sin_cos();
        let mut rings = Vec::new();
        for g in &line.glyphs {
            let scale = crate::fonts::faces().scale(g.face) * size;
            let (ox, oy) = (g.x + g.dx, g.dy);
            // Font units (y up) → along the baseline → rotated → page (y down).
            let map = move |fx: f32, fy: f32| {
                let (u, v) = (ox + fx * scale, oy + fy * scale);
                (x + u * c - v * s, y - (u * s + v * c))
            };
            let mut pen = Pen { rings: &mut rings, map: &map, last: (0.0, 0.0) };
            crate::fonts::faces().get(g.face).outline_glyph(rustybuzz::ttf_parser::GlyphId(g.gid), &mut pen);
        }
        rings
    }

    /// Draws a whole block at a fixed place (no page breaks); returns its height.
    pub fn draw_block(&mut self, block: &Block, x: f32, top: f32, width: f32, align: Align) -> f32 {
        for (i, line) in block.lines.iter().enumerate() {
            self.draw_line(line, block.style, x, top + i as f32 * block.style.leading, width, align);
        }
        block.height()
    }

    /// Lays out and draws text at a fixed place; returns its height.
    pub fn text_at(&mut self, text: &str, style: Style, x: f32, top: f32, width: f32, align: Align) -> f32 {
        let b = self.block(text, style, width);
        self.draw_block(&b, x, top, width, align)
    }

    /// A paragraph in the flow, across pages if need be (never leaving a single line
    /// at the bottom or top of a page).
    pub fn paragraph(&mut self, text: &str, style: Style, after: f32) {
        self.paragraph_in(text, style, self.geo.left, self.geo.body_width(), after);
    }

    /// A paragraph indented by `indent` on the start side.
    pub fn paragraph_indented(&mut self, text: &str, style: Style, indent: f32, after: f32) {
        let w = self.geo.body_width() - indent;
        let x = if self.rtl { self.geo.left } else { self.geo.left + indent };
        self.paragraph_in(text, style, x, w, after);
    }

    fn paragraph_in(&mut self, text: &str, style: Style, x: f32, width: f32, after: f32) {
        let block = self.block(text, style, width);
        let n = block.lines.len();
        let lh = style.leading;
        // Short paragraphs move whole; long ones split with at least two lines each side.
        if n <= 3 {
            self.ensure(block.height());
        } else {
            self.ensure(2.0 * lh);
        }
        for (i, line) in block.lines.iter().enumerate() {
            let left_after = n - i;
            if self.y + lh > self.geo.body_bottom() + 0.01 || (left_after == 2 && self.y + 2.0 * lh > self.geo.body_bottom() + 0.01 && i >= 2) {
                self.new_page();
            }
            self.draw_line(line, style, x, self.y, width, Align::Start);
            self.y += lh;
        }
        self.y += after;
    }

    /// A heading kept on the same page as the next `keep` points of content.
    pub fn heading(&mut self, text: &str, style: Style, before: f32, after: f32, keep: f32) {
        let block = self.block(text, style, self.geo.body_width());
        self.ensure(before + block.height() + after + keep);
        self.space(before);
        let y = self.y;
        let x = self.geo.left;
        let w = self.geo.body_width();
        self.draw_block(&block, x, y, w, Align::Start);
        self.y += block.height() + after;
    }

    pub fn rule(&mut self, color: Rgb, width: f32, after: f32) {
        let (x, w) = (self.geo.left, self.geo.body_width());
        let y = self.y;
        self.push(Item::Rect { x, y, w, h: width, fill: Some(color), stroke: None });
        self.y += width + after;
    }

    /// Column x positions (left edges) and widths for a table of `columns`.
    fn column_boxes(&self, columns: &[Column]) -> Vec<(f32, f32)> {
        let total: f32 = columns.iter().map(|c| c.width).sum();
        let w = self.geo.body_width();
        let mut x = 0.0;
        let mut out = Vec::new();
        for c in columns {
            let cw = c.width / total * w;
            let left = if self.rtl { self.geo.left + w - x - cw } else { self.geo.left + x };
            out.push((left, cw));
            x += cw;
        }
        out
    }

    fn cell_lines(&mut self, cell: &Cell, width: f32) -> Vec<CellLine> {
        let mut out = Vec::new();
        for (i, (text, style)) in cell.parts.iter().enumerate() {
            let b = self.block(text, *style, width - 2.0 * CELL_PAD_X);
            for (j, line) in b.lines.into_iter().enumerate() {
                out.push(CellLine { line, style: *style, gap: if i > 0 && j == 0 { PART_GAP } else { 0.0 } });
            }
        }
        out
    }

    fn draw_cell_lines(&mut self, lines: &[CellLine], x: f32, w: f32, top: f32, align: Align) {
        let mut y = top + CELL_PAD_Y;
        for l in lines {
            y += l.gap;
            self.draw_line(&l.line, l.style, x + CELL_PAD_X, y, w - 2.0 * CELL_PAD_X, align);
            y += l.style.leading;
        }
    }

    fn table_header(&mut self, t: &Table, boxes: &[(f32, f32)]) {
        if t.header.is_empty() {
            return;
        }
        let cells: Vec<Vec<CellLine>> = t.header.iter().zip(boxes).map(|(c, b)| self.cell_lines(c, b.1)).collect();
        let h = cells.iter().map(|c| c.iter().map(CellLine::height).sum::<f32>()).fold(0.0, f32::max) + 2.0 * CELL_PAD_Y;
        let top = self.y;
        for ((lines, b), col) in cells.iter().zip(boxes).zip(&t.columns) {
            self.draw_cell_lines(lines, b.0, b.1, top, col.align);
        }
        let (x, w) = (self.geo.left, self.geo.body_width());
        self.push(Item::Rect { x, y: top + h - 0.8, w, h: 0.8, fill: Some(t.header_rule), stroke: None });
        self.y += h;
    }

    fn header_height(&mut self, t: &Table, boxes: &[(f32, f32)]) -> f32 {
        if t.header.is_empty() {
            return 0.0;
        }
        let cells: Vec<Vec<CellLine>> = t.header.iter().zip(boxes).map(|(c, b)| self.cell_lines(c, b.1)).collect();
        cells.iter().map(|c| c.iter().map(CellLine::height).sum::<f32>()).fold(0.0, f32::max) + 2.0 * CELL_PAD_Y
    }

    /// Lays out a table's rows (a group heading spans all columns).
    fn lay_rows(&mut self, t: &Table, boxes: &[(f32, f32)]) -> Vec<(bool, Vec<Vec<CellLine>>)> {
        let full = self.geo.body_width();
        t.rows
            .iter()
            .map(|row| match row {
                Row::Cells(cells) => (false, cells.iter().zip(boxes).map(|(c, b)| self.cell_lines(c, b.1)).collect()),
                Row::Group(cell) => (true, vec![self.cell_lines(cell, full)]),
            })
            .collect()
    }

    /// The space a table needs where it starts: all of it when it is short (it is kept
    /// whole), else its header and first row. A heading above it keeps this much.
    pub fn table_keep(&mut self, t: &Table) -> f32 {
        let boxes = self.column_boxes(&t.columns);
        let hh = self.header_height(t, &boxes);
        let laid = self.lay_rows(t, &boxes);
        self.start_height(hh, &laid)
    }

    fn start_height(&self, hh: f32, laid: &[(bool, Vec<Vec<CellLine>>)]) -> f32 {
        let page_h = self.geo.body_bottom() - self.geo.top;
        let total: f32 = laid.iter().map(|r| row_height(&r.1)).sum::<f32>() + hh;
        if total <= page_h * 0.4 {
            total
        } else {
            hh + laid.first().map(|r| row_height(&r.1)).unwrap_or(0.0).min(page_h - hh)
        }
    }

    /// A table in the flow. Rows that do not fit move to the next page under a repeated
    /// header; a row taller than a page is split between its lines.
    pub fn table(&mut self, t: &Table) {
        let boxes = self.column_boxes(&t.columns);
        let hh = self.header_height(t, &boxes);
        let full = self.geo.body_width();
        // Lay out every row first: a group heading must know the next row's height.
        let mut laid = self.lay_rows(t, &boxes);
        let row_h = |cells: &Vec<Vec<CellLine>>| row_height(cells);
        // A short table is kept whole; a long one starts wherever its first row fits.
        let start = self.start_height(hh, &laid);
        self.ensure(start);
        self.table_header(t, &boxes);
        let n = laid.len();
        let mut i = 0;
        while i < n {
            let group = laid[i].0;
            let h = row_h(&laid[i].1);
            let mut need = h;
            if group && i + 1 < n {
                need += row_h(&laid[i + 1].1).min(60.0);
            }
            let page_room = self.geo.body_bottom() - self.geo.top - hh;
            if need > self.remaining() && (need <= page_room || self.remaining() < 3.0 * CELL_PAD_Y + 24.0) {
                self.new_page();
                self.table_header(t, &boxes);
            }
            if h <= self.remaining() + 0.01 {
                let top = self.y;
                if group {
                    let (x, w) = (self.geo.left, full);
                    self.push(Item::Rect { x, y: top, w, h, fill: Some(t.group_fill), stroke: None });
                    let lines = std::mem::take(&mut laid[i].1[0]);
                    self.draw_cell_lines(&lines, x, w, top, Align::Start);
                } else {
                    let cells = std::mem::take(&mut laid[i].1);
                    for ((lines, b), col) in cells.iter().zip(&boxes).zip(&t.columns) {
                        self.draw_cell_lines(lines, b.0, b.1, top, col.align);
                    }
                    let (x, w) = (self.geo.left, full);
                    self.push(Item::Rect { x, y: top + h - 0.4, w, h: 0.4, fill: Some(t.rule), stroke: None });
                }
                self.y += h;
                i += 1;
                continue;
            }
            // Taller than what is left of a fresh page: place what fits, carry the rest.
            let avail = self.remaining() - 2.0 * CELL_PAD_Y;
            let top = self.y;
            let cells = std::mem::take(&mut laid[i].1);
            let mut rest = Vec::with_capacity(cells.len());
            let cols: Vec<(f32, f32, Align)> = if group {
                vec![(self.geo.left, full, Align::Start)]
            } else {
                boxes.iter().zip(&t.columns).map(|(b, c)| (b.0, b.1, c.align)).collect()
            };
            for (mut lines, (x, w, align)) in cells.into_iter().zip(cols) {
                let mut used = 0.0;
                let mut k = 0;
                while k < lines.len() && used + lines[k].height() <= avail {
                    used += lines[k].height();
                    k += 1;
                }
                let tail = lines.split_off(k);
                self.draw_cell_lines(&lines, x, w, top, align);
                rest.push(tail.into_iter().map(|mut l| {
                    l.gap = 0.0;
                    l
                }).collect::<Vec<_>>());
                let _ = used;
            }
            laid[i].1 = rest;
            self.new_page();
            self.table_header(t, &boxes);
        }
    }
}
