//! The report's palette and type scale: calm, few colours, one accent (deep teal) and
//! navy for structure; peers in greys; targets in ochre.

use crate::fonts::FontFace;
use crate::pdf::layout::{Align, Cell, Column, Row, Style, Table};
use crate::pdf::Rgb;

pub const NAVY: Rgb = Rgb(27, 42, 65);
pub const TEAL: Rgb = Rgb(17, 112, 112);
pub const TEAL_DARK: Rgb = Rgb(10, 82, 84);
pub const TEAL_LIGHT: Rgb = Rgb(205, 229, 227);
pub const TEAL_PALE: Rgb = Rgb(237, 245, 244);
pub const INK: Rgb = Rgb(33, 37, 41);
pub const MUTED: Rgb = Rgb(94, 104, 116);
pub const RULE: Rgb = Rgb(218, 223, 229);
pub const GRID: Rgb = Rgb(225, 229, 234);
pub const GRID_DARK: Rgb = Rgb(160, 168, 178);
pub const PEER: Rgb = Rgb(150, 160, 172);
pub const PEER_BAND: Rgb = Rgb(223, 228, 234);
pub const OCHRE: Rgb = Rgb(176, 122, 36);
pub const WHITE: Rgb = Rgb(255, 255, 255);

pub fn body() -> Style {
    Style::new(FontFace::Sans, 9.5, INK, 13.6)
}
pub fn body_bold() -> Style {
    Style::new(FontFace::SansBold, 9.5, INK, 13.6)
}
pub fn small() -> Style {
    Style::new(FontFace::Sans, 8.0, MUTED, 11.0)
}
pub fn small_ink() -> Style {
    Style::new(FontFace::Sans, 8.0, INK, 11.0)
}
pub fn small_bold() -> Style {
    Style::new(FontFace::SansBold, 8.0, INK, 11.0)
}
pub fn label() -> Style {
    Style::new(FontFace::SansBold, 7.5, MUTED, 10.0)
}
pub fn kicker() -> Style {
    Style::new(FontFace::SansBold, 8.5, TEAL, 12.0)
}
pub fn h1() -> Style {
    Style::new(FontFace::SansBold, 19.0, NAVY, 24.0)
}
pub fn h2() -> Style {
    Style::new(FontFace::SansBold, 12.5, NAVY, 17.0)
}
pub fn h3() -> Style {
    Style::new(FontFace::SansBold, 10.0, TEAL_DARK, 14.0)
}

/// A table in the report's style: hairline rules between rows, a teal rule under the
/// header (if any), group rows on pale teal.
pub fn table(columns: Vec<Column>, header: Vec<Cell>, rows: Vec<Row>) -> Table {
    Table { columns, header, rows, rule: RULE, header_rule: TEAL, group_fill: TEAL_PALE }
}

/// Columns by (share of the width, alignment).
pub fn columns(spec: &[(f32, Align)]) -> Vec<Column> {
    spec.iter().map(|&(width, align)| Column { width, align }).collect()
}
