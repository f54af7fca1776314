//! The document's named styles. Headings are Word's own (`heading 1`–`3`, outline levels
//! 0–2: the navigation pane and a table of contents use them); everything else has a
//! "Mizan …" style, so a ministry restyles the whole report by redefining a dozen styles
//! in its template. Text carries no sizes or fonts of its own, only emphasis (bold, an
//! accent colour) where the PDF has it.

use crate::pdf::theme::{MUTED, NAVY, OCHRE, TEAL, TEAL_DARK};
use crate::pdf::Rgb;
use docx_rs::{AlignmentType, LineSpacing, RunFonts, Style, StyleType, TableCellMargins, WidthType};

pub const TITLE: &str = "Title";
pub const SUBTITLE: &str = "Subtitle";
pub const HEADING: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
pub const KICKER: &str = "MizanKicker";
pub const LEAD: &str = "MizanLead";
pub const NOTE: &str = "MizanNote";
pub const WARNING: &str = "MizanWarning";
pub const PRIORITY: &str = "MizanPriority";
pub const FIGURE: &str = "MizanFigure";
pub const TABLE_TEXT: &str = "MizanTableText";
pub const TABLE_NOTE: &str = "MizanTableNote";
pub const TABLE_HEADER: &str = "MizanTableHeader";
pub const HEADER: &str = "Header";
pub const FOOTER: &str = "Footer";
pub const TABLE: &str = "MizanTable";

/// Arial is on every Windows and Mac and maps to Liberation Sans elsewhere; it has Arabic.
pub const FONT: &str = "Arial";
/// Body text size in half-points.
pub const BODY_SIZE: usize = 19;

pub fn hex(c: Rgb) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

pub fn fonts() -> RunFonts {
    RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT)
}

/// A paragraph style based on Normal: size in half-points, spacing before/after in twips.
fn paragraph(id: &str, name: &str, size: usize, before: u32, after: u32, rtl: bool) -> Style {
    let mut s = Style::new(id, StyleType::Paragraph).name(name).based_on("Normal").next("Normal").q_format(true).size(size);
    s = s.line_spacing(LineSpacing::new().before(before).after(after));
    if rtl {
        s.paragraph_property = s.paragraph_property.bidi(true);
    }
    s
}

/// Every style the report uses, in the document's direction.
pub fn all(rtl: bool) -> Vec<Style> {
    let heading = |level: usize, size: usize, color: Rgb, before: u32| {
        let mut s = paragraph(HEADING[level], &format!("heading {}", level + 1), size, before, 120, rtl).bold().color(hex(color)).outline_lvl(level);
        // A heading never ends a page.
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        s.ui_priority(9)
    };
    let mut kicker = paragraph(KICKER, "Mizan Kicker", 17, 0, 40, rtl).bold().color(hex(TEAL));
    kicker.paragraph_property = kicker.paragraph_property.keep_next(true);
    let table_header = paragraph(TABLE_HEADER, "Mizan Table Header", 15, 20, 20, rtl).bold().color(hex(MUTED));
    let mut figure = paragraph(FIGURE, "Mizan Figure", BODY_SIZE, 120, 120, rtl).align(AlignmentType::Center);
    figure.paragraph_property = figure.paragraph_property.keep_lines(true);
    let mut table = Style::new(TABLE, StyleType::Table).name("Mizan Table").q_format(true);
    table = table.margins(TableCellMargins::new().margin_left(100, WidthType::Dxa).margin_right(100, WidthType::Dxa).margin_top(60, WidthType::Dxa).margin_bottom(60, WidthType::Dxa));
    vec![
        paragraph(TITLE, "Title", 56, 0, 200, rtl).bold().color(hex(NAVY)),
        paragraph(SUBTITLE, "Subtitle", 26, 0, 360, rtl).color(hex(MUTED)),
        heading(0, 38, NAVY, 0),
        heading(1, 25, NAVY, 240),
        heading(2, 20, TEAL_DARK, 180),
        kicker,
        paragraph(LEAD, "Mizan Lead", BODY_SIZE, 0, 160, rtl).color(hex(MUTED)),
        paragraph(NOTE, "Mizan Note", 16, 0, 120, rtl).color(hex(MUTED)),
        paragraph(WARNING, "Mizan Warning", BODY_SIZE, 0, 120, rtl).bold().color(hex(OCHRE)),
        paragraph(PRIORITY, "Mizan Priority", BODY_SIZE, 80, 0, rtl),
        figure,
        paragraph(TABLE_TEXT, "Mizan Table Text", 16, 20, 20, rtl),
        paragraph(TABLE_NOTE, "Mizan Table Note", 15, 20, 20, rtl).color(hex(MUTED)),
        table_header,
        paragraph(HEADER, "header", 15, 0, 0, rtl).color(hex(MUTED)),
        paragraph(FOOTER, "footer", 15, 0, 0, rtl).color(hex(MUTED)),
        table,
    ]
}
