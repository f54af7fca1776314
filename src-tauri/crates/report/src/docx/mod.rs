//! The Word report: the same [`ReportModel`](crate::ReportModel) as the PDF, its sections
//! in the same order and in the same words (the sentences and tables come from the PDF
//! renderer's own functions), written as a document staff can edit: Word headings, real
//! tables whose header rows repeat, the PDF's charts as PNG pictures, named styles, page
//! numbers in the footer and document properties. An Arabic report is right-to-left in
//! its paragraphs, tables and runs.
//!
//! docx-rs writes the package; `package` adds the few things it cannot express.

mod package;
mod raster;
mod sections;
mod styles;

use crate::error::ReportError;
use crate::pdf::layout::{Align, Cell, Row, Style, Table as PdfTable};
use crate::pdf::theme::{INK, MUTED};
use crate::pdf::Content;
use crate::{model, ReportInput};
use docx_rs::{
    AlignmentType, BorderType, Docx, Footer, Header, NumPages, PageMargin, PageNum, Paragraph, Pic, Run, Shading, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableLayoutType, TableRow, WidthType,
};
use raster::Picture;

/// A rendered Word report.
#[derive(Debug, Clone)]
pub struct RenderedDocx {
    pub docx: Vec<u8>,
    /// Charts placed as pictures.
    pub pictures: usize,
    /// Catalog messages the report asked for and did not find (should be empty).
    pub missing_strings: Vec<String>,
}

/// Points to twentieths of a point (Word's twips).
fn twips(pt: f32) -> i32 {
    (pt * 20.0).round() as i32
}

/// One piece of the body, in order. Nearly all are paragraphs, the larger variant, so
/// boxing would only add an allocation to each.
#[allow(clippy::large_enum_variant)]
enum Child {
    P(Paragraph),
    T(Table),
}

pub(crate) struct Writer<'a> {
    c: Content<'a>,
    body: Vec<Child>,
    rtl: bool,
    placed: package::Placed,
    pictures: usize,
}

/// Text as the document may hold it: what the PDF drops (controls, bidi overrides) and
/// the two characters XML 1.0 cannot carry.
fn safe(s: &str) -> String {
    crate::text::clean(s).chars().filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}')).collect()
}

fn has_arabic(s: &str) -> bool {
    s.chars().any(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF))
}

impl<'a> Writer<'a> {
    fn new(c: Content<'a>) -> Writer<'a> {
        let rtl = c.l.rtl;
        Writer { c, body: Vec::new(), rtl, placed: package::Placed { header_rows: 0, rtl_runs: 0, furniture_rtl_runs: 0, tables: 0, rtl }, pictures: 0 }
    }

    /// A run of text; lines of `text` are kept apart by line breaks.
    fn run(&mut self, text: &str) -> Run {
        let text = self.c.l.digits.apply(&safe(text)).into_owned();
        let mut run = Run::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                run = run.add_break(docx_rs::BreakType::TextWrapping);
            }
            run = run.add_text(line);
        }
        // Arabic runs are right-to-left (in an Arabic report; elsewhere a name in Arabic
        // stays inside its left-to-right paragraph, ordered by Word's bidi algorithm).
        if self.rtl && has_arabic(&text) {
            run.run_property = run.run_property.spec_vanish();
            self.placed.rtl_runs += 1;
        }
        run
    }

    fn para(&self, style: &str) -> Paragraph {
        let p = Paragraph::new().style(style);
        if self.rtl {
            let mut p = p;
            p.property = p.property.bidi(true);
            p
        } else {
            p
        }
    }

    /// A paragraph of one run in `style`.
    fn text(&mut self, style: &str, text: &str) -> Paragraph {
        let run = self.run(text);
        self.para(style).add_run(run)
    }

    fn push(&mut self, style: &str, text: &str) {
        let p = self.text(style, text);
        self.body.push(Child::P(p));
    }

    /// A heading that starts a new page (the PDF's sections each start one).
    fn section(&mut self, text: &str) {
        let p = self.text(styles::HEADING[0], text).page_break_before(true);
        self.body.push(Child::P(p));
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.push(styles::HEADING[level], text);
    }

    /// A run styled as the PDF styles it: bold and accent colours are kept, sizes and the
    /// ordinary ink and muted greys are the paragraph style's.
    fn styled_run(&mut self, text: &str, style: Style) -> Run {
        let mut run = self.run(text);
        if style.face.is_bold() {
            run = run.bold();
        }
        if style.color != INK && style.color != MUTED {
            run = run.color(styles::hex(style.color));
        }
        run
    }

    fn cell(&mut self, cell: &Cell, header: bool, align: Align, width: i32) -> TableCell {
        let mut tc = TableCell::new().width(width.max(0) as usize, WidthType::Dxa);
        let jc = match align {
            Align::Center => Some(AlignmentType::Center),
            Align::End => Some(AlignmentType::End),
            Align::Right => Some(AlignmentType::Right),
            _ => None,
        };
        if cell.parts.is_empty() {
            return tc.add_paragraph(self.para(styles::TABLE_TEXT));
        }
        for (i, (text, style)) in cell.parts.iter().enumerate() {
            let ps = if header {
                styles::TABLE_HEADER
            } else if i == 0 {
                styles::TABLE_TEXT
            } else {
                styles::TABLE_NOTE
            };
            let run = self.styled_run(text, *style);
            let mut p = self.para(ps).add_run(run);
            if let Some(jc) = jc {
                p = p.align(jc);
            }
            tc = tc.add_paragraph(p);
        }
        tc
    }

    /// The PDF's table as a Word table: same columns, header row repeated on every page,
    /// group rows shaded across the table.
    fn table(&mut self, t: &PdfTable) {
        let body = twips(self.c.l.geo.body_width());
        let total: f32 = t.columns.iter().map(|c| c.width).sum::<f32>().max(f32::EPSILON);
        let widths: Vec<i32> = t.columns.iter().map(|c| (c.width / total * body as f32).round() as i32).collect();
        let mut rows = Vec::new();
        if !t.header.is_empty() {
            let cells: Vec<TableCell> = t.header.iter().zip(&t.columns).zip(&widths).map(|((c, col), &w)| self.cell(c, true, col.align, w)).collect();
            // Header rows never split; `package` marks them as repeating.
            rows.push(TableRow::new(cells).cant_split());
            self.placed.header_rows += 1;
        }
        for row in &t.rows {
            match row {
                Row::Cells(cells) => {
                    let cells: Vec<TableCell> = cells.iter().zip(&t.columns).zip(&widths).map(|((c, col), &w)| self.cell(c, false, col.align, w)).collect();
                    rows.push(TableRow::new(cells));
                }
                Row::Group(cell) => {
                    let tc = self.cell(cell, false, Align::Start, body).grid_span(t.columns.len()).shading(Shading::new().fill(styles::hex(t.group_fill)));
                    rows.push(TableRow::new(vec![tc]));
                }
            }
        }
        let rule = styles::hex(t.rule);
        let line = |p: TableBorderPosition| TableBorder::new(p).border_type(BorderType::Single).size(4).color(rule.clone());
        let borders = TableBorders::with_empty().set(line(TableBorderPosition::Top)).set(line(TableBorderPosition::Bottom)).set(line(TableBorderPosition::InsideH));
        let table = Table::new(rows)
            .style(styles::TABLE)
            .set_grid(widths.iter().map(|&w| w.max(0) as usize).collect())
            .width(body.max(0) as usize, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .set_borders(borders);
        self.placed.tables += 1;
        self.body.push(Child::T(table));
    }

    /// A chart drawn by the PDF's code, as a picture the width of the body.
    fn picture(&mut self, draw: impl FnOnce(&mut Content<'a>)) -> Result<(), ReportError> {
        let Picture { png, width_pt, height_pt, width_px, height_px } = self.c.picture(draw)?;
        // EMU: 12,700 per point.
        let pic = Pic::new_with_dimensions(png, width_px, height_px).size((width_pt * 12_700.0) as u32, (height_pt * 12_700.0) as u32);
        let p = self.para(styles::FIGURE).add_run(Run::new().add_image(pic));
        self.body.push(Child::P(p));
        self.pictures += 1;
        Ok(())
    }

    /// The running header (the agency) and footer (framework, page n of m) on every page
    /// but the cover.
    fn furniture(&mut self, docx: Docx) -> Docx {
        let body_runs = self.placed.rtl_runs;
        let docx = self.furniture_parts(docx);
        self.placed.furniture_rtl_runs = self.placed.rtl_runs - body_runs;
        self.placed.rtl_runs = body_runs;
        docx
    }

    fn furniture_parts(&mut self, docx: Docx) -> Docx {
        let m = self.c.m;
        let agency = self.text(styles::HEADER, &m.agency.name);
        let fw = self.c.t.fmt("report-footer-framework", &[("framework", (&m.framework.title).into()), ("version", (&m.framework.version).into())]);
        let framework = self.text(styles::FOOTER, &fw);
        // "Page {page} of {pages}" in the catalog's order, the numbers as fields.
        let (page_mark, pages_mark) = ("\u{E000}", "\u{E001}");
        let words = self.c.t.fmt("report-footer-page", &[("page", page_mark.into()), ("pages", pages_mark.into())]);
        let mut page = self.para(styles::FOOTER).align(AlignmentType::End);
        let mut rest = words.as_str();
        while !rest.is_empty() {
            let next = [(rest.find(page_mark), true), (rest.find(pages_mark), false)].into_iter().filter_map(|(i, is_page)| i.map(|i| (i, is_page))).min();
            match next {
                Some((i, is_page)) => {
                    if i > 0 {
                        let run = self.run(&rest[..i]);
                        page = page.add_run(run);
                    }
                    page = if is_page { page.add_page_num(PageNum::new()) } else { page.add_num_pages(NumPages::new()) };
                    rest = &rest[i + page_mark.len()..];
                }
                None => {
                    let run = self.run(rest);
                    page = page.add_run(run);
                    rest = "";
                }
            }
        }
        docx.header(Header::new().add_paragraph(agency))
            .footer(Footer::new().add_paragraph(framework).add_paragraph(page))
            .title_pg()
            .first_header(Header::new().add_paragraph(self.para(styles::HEADER)))
            .first_footer(Footer::new().add_paragraph(self.para(styles::FOOTER)))
    }

    fn finish(mut self, input: &ReportInput) -> Result<RenderedDocx, ReportError> {
        let (width, height) = input.paper.size();
        let (side, top, bottom) = (58.0, 72.0, 66.0);
        let mut docx = Docx::new()
            .page_size(twips(width) as u32, twips(height) as u32)
            .page_margin(PageMargin { top: twips(top), left: twips(side), bottom: twips(bottom), right: twips(side), header: twips(34.0), footer: twips(30.0), gutter: 0 })
            .default_fonts(styles::fonts())
            .default_size(styles::BODY_SIZE)
            .default_line_spacing(docx_rs::LineSpacing::new().after(120).line(264).line_rule(docx_rs::LineSpacingType::Auto));
        for s in styles::all(self.rtl) {
            docx = docx.add_style(s);
        }
        docx = self.furniture(docx);
        let m = self.c.m;
        let title = safe(&format!("{} — {}", m.agency.name, m.framework.title));
        let subject = safe(&self.c.t.fmt("report-document-subject", &[("agency", (&m.agency.name).into())]));
        let agency = safe(&m.agency.name);
        docx = docx.custom_property("Agency", agency.clone()).custom_property("Assessment", m.assessment.id.clone()).custom_property("Framework", safe(&format!("{} {}", m.framework.title, m.framework.version)));
        for child in std::mem::take(&mut self.body) {
            docx = match child {
                Child::P(p) => docx.add_paragraph(p),
                Child::T(t) => docx.add_table(t),
            };
        }
        let created = input.generated_at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let language = match m.lang {
            mizan_core::Lang::Ar if self.rtl => "ar-SA",
            mizan_core::Lang::Fr if self.c.t.translated() => "fr-FR",
            _ => "en-GB",
        };
        let keywords = self.c.t.get("report-kicker");
        let props = package::Properties { title: &title, subject: &subject, agency: &agency, keywords: &safe(&keywords), language, created: &created };
        let mut xml = docx.build();
        package::complete(&mut xml, &self.placed, &props)?;
        let mut out = std::io::Cursor::new(Vec::new());
        xml.pack(&mut out).map_err(|e| ReportError::Docx(format!("packing the document: {e}")))?;
        Ok(RenderedDocx { docx: package::deflate(&out.into_inner())?, pictures: self.pictures, missing_strings: self.c.t.missing() })
    }
}

/// Renders the report as a Word document. `rtl`: None for the language's own direction.
pub(crate) fn render(input: &ReportInput, rtl: Option<bool>) -> Result<RenderedDocx, ReportError> {
    let model = model::build(input);
    let content = Content::new(&model, input.paper, rtl)?;
    let mut w = Writer::new(content);
    w.build()?;
    w.finish(input)
}

#[cfg(test)]
mod tests;
