//! The display list and its translation into a PDF through printpdf.
//!
//! Layout produces pages of [`Item`]s in a top-left coordinate system (points, y
//! down). Writing then subsets each font to the glyphs used (printpdf only subsets with
//! its `text_layout` feature, which we leave off), renumbers the glyphs, and emits
//! printpdf operations. Text is written as glyph ids with the TJ offsets that reproduce
//! the shaped advances exactly, and every glyph carries its source text for the
//! ToUnicode map.

use crate::error::ReportError;
use crate::fonts::{faces, FontFace};
use crate::text::PlacedGlyph;
use printpdf::{
    Codepoint, Color, ExtendedGraphicsState, ExtendedGraphicsStateId, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb as PdfRgb, TextItem, TextMatrix,
    WindingOrder,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

/// A colour, 0–255 per channel (as designers write them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    fn pdf(self) -> Color {
        Color::Rgb(PdfRgb { r: self.0 as f32 / 255.0, g: self.1 as f32 / 255.0, b: self.2 as f32 / 255.0, icc_profile: None })
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Stroke {
    pub color: Rgb,
    pub width: f32,
    /// Dash and gap lengths; None for a solid line.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    pub fn solid(color: Rgb, width: f32) -> Stroke {
        Stroke { color, width, dash: None }
    }
    pub fn dashed(color: Rgb, width: f32, dash: f32, gap: f32) -> Stroke {
        Stroke { color, width, dash: Some((dash, gap)) }
    }
}

#[derive(Debug, Clone)]
pub enum Item {
    /// One line of shaped text; `x`, `y` is the start of its baseline.
    Text { x: f32, y: f32, size: f32, color: Rgb, glyphs: Vec<PlacedGlyph> },
    /// Filled outlines (glyphs drawn as shapes: the draft watermark, which must not
    /// become part of the text). Each ring is a closed contour of points; `true` marks
    /// a cubic Bézier control point (two precede each curved segment's end).
    Outline { rings: Vec<Vec<(f32, f32, bool)>>, fill: Rgb, alpha: f32 },
    Rect { x: f32, y: f32, w: f32, h: f32, fill: Option<Rgb>, stroke: Option<Stroke> },
    /// A polyline (open) or polygon (closed).
    Path { points: Vec<(f32, f32)>, closed: bool, fill: Option<Rgb>, stroke: Option<Stroke> },
    Circle { cx: f32, cy: f32, r: f32, fill: Option<Rgb>, stroke: Option<Stroke> },
}

#[derive(Debug, Clone, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

/// Document information written with the file.
pub struct Meta<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    /// Seconds since the Unix epoch (UTC).
    pub created: i64,
}

struct FontOut {
    id: FontId,
    /// Old glyph id → id in the subset font.
    remap: HashMap<u16, u16>,
    /// Old glyph id → the text it stands for.
    unicode: HashMap<u16, String>,
}

/// A six-letter subset tag derived from the glyph set, so the same report gives the
/// same file (ISO 32000-1, 9.6.4 only asks that different subsets differ).
fn subset_tag(face: FontFace, gids: &BTreeSet<u16>) -> String {
    let mut h: u64 = 0xcbf29ce484222325 ^ face.index() as u64;
    for g in gids {
        h ^= *g as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (0..6).map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char).collect()
}

/// The advance printpdf writes into `/W` for a glyph, in 1/1000 em (truncated as it does).
fn pdf_width(face: FontFace, gid: u16) -> f32 {
    let f = faces().get(face);
    let adv = f.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid)).unwrap_or(0) as f32;
    (adv * 1000.0 / f.units_per_em() as f32).trunc()
}

/// `unicode`: the text of each glyph (see `text::Shaper::unicode`).
pub fn write(pages: &[Page], unicode: &HashMap<(FontFace, u16), String>, width: f32, height: f32, meta: &Meta) -> Result<Vec<u8>, ReportError> {
    let mut doc = PdfDocument::new(meta.title);
    doc.metadata.info.subject = meta.subject.to_string();
    doc.metadata.info.creator = "Mizan".to_string();
    doc.metadata.info.producer = "Mizan (mizan-report, printpdf)".to_string();
    if let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(meta.created) {
        doc.metadata.info.creation_date = t;
        doc.metadata.info.modification_date = t;
        doc.metadata.info.metadata_date = t;
    }

    // 1. Glyphs used, per face.
    let mut used: BTreeMap<FontFace, BTreeSet<u16>> = BTreeMap::new();
    for page in pages {
        for item in &page.items {
            if let Item::Text { glyphs, .. } = item {
                for g in glyphs {
                    used.entry(g.face).or_default().insert(g.gid);
                }
            }
        }
    }

    // 2. Subset and register each face.
    let mut fonts: BTreeMap<FontFace, FontOut> = BTreeMap::new();
    for (i, (face, gids)) in used.iter().enumerate() {
        let mut remapper = subsetter::GlyphRemapper::new();
        let mut remap = HashMap::new();
        for &g in gids {
            remap.insert(g, remapper.remap(g));
        }
        let bytes = subsetter::subset(face.bytes(), 0, &remapper)
            .map_err(|e| ReportError::Font { font: face.postscript_name(), message: format!("cannot subset: {e}") })?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| ReportError::Font { font: face.postscript_name(), message: "the subset font cannot be read back".into() })?;
        parsed.font_name = Some(format!("{}+{}", subset_tag(*face, gids), face.postscript_name()));
        let id = FontId(format!("F{}", i + 1));
        doc.resources.fonts.map.insert(id.clone(), PdfFont::new(parsed));
        fonts.insert(*face, FontOut { id, remap, unicode: HashMap::new() });
    }
    for (face, gids) in &used {
        if let Some(f) = fonts.get_mut(face) {
            for g in gids {
                f.unicode.insert(*g, unicode.get(&(*face, *g)).cloned().unwrap_or_default());
            }
        }
    }

    // Translucency (the draft watermark) needs an extended graphics state per alpha.
    let mut alphas: BTreeMap<u32, ExtendedGraphicsStateId> = BTreeMap::new();
    for page in pages {
        for item in &page.items {
            if let Item::Outline { alpha: a, .. } = item {
                let key = (a * 1000.0).round() as u32;
                let n = alphas.len() + 1;
                alphas.entry(key).or_insert_with(|| {
                    let id = ExtendedGraphicsStateId(format!("GS{n}"));
                    doc.resources.extgstates.map.insert(
                        id.clone(),
                        ExtendedGraphicsState::default().with_current_fill_alpha(*a).with_current_stroke_alpha(*a),
                    );
                    id
                });
            }
        }
    }

    let pdf_pages = pages
        .iter()
        .map(|p| PdfPage::new(Mm::from(Pt(width)), Mm::from(Pt(height)), page_ops(p, height, &fonts, &alphas)))
        .collect();
    doc.with_pages(pdf_pages);
    let mut warnings = Vec::new();
    let opts = PdfSaveOptions { optimize: true, subset_fonts: false, secure: true, image_optimization: None };
    // printpdf's own save compresses at zlib's best level, which was half the time of a
    // whole report; level 4 costs a fifth of that for files about 7% larger.
    let mut lo = printpdf::serialize::to_lopdf_doc(&doc, &opts, &mut warnings);
    for obj in lo.objects.values_mut() {
        if let Ok(stream) = obj.as_stream_mut() {
            if stream.dict.get(b"Filter").is_err() {
                let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(4));
                let compressed = enc.write_all(&stream.content).and_then(|_| enc.finish());
                if let Ok(c) = compressed {
                    if c.len() + 19 < stream.content.len() {
                        stream.dict.set("Filter", "FlateDecode");
                        stream.set_content(c);
                    }
                }
            }
        }
    }
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| ReportError::Pdf(e.to_string()))?;
    stable_file_id(&mut bytes);
    Ok(bytes)
}

/// printpdf writes a random file `/ID`; replace it (same length, so no offset moves)
/// with one derived from the content, so the same report gives the same bytes.
fn stable_file_id(bytes: &mut [u8]) {
    let Some(at) = bytes.windows(5).rposition(|w| w == b"/ID[(") else { return };
    let mut h: u64 = 0xcbf29ce484222325;
    for b in &bytes[..at] {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let mut i = at + 5;
    for part in 0..2u64 {
        let mut k = h ^ part.wrapping_mul(0x9e3779b97f4a7c15);
        while i < bytes.len() && bytes[i] != b')' {
            if !bytes[i].is_ascii_alphanumeric() {
                return;
            }
            bytes[i] = b'A' + (k & 0xf) as u8;
            k = k.rotate_right(4).wrapping_mul(0x100000001b3) ^ h;
            i += 1;
        }
        // Skip ")(" to the second string.
        i += 2;
    }
}

/// Coordinates are written to 1/100 pt: finer is invisible and only makes the
/// content streams longer.
fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn pt(x: f32, y: f32, height: f32) -> Point {
    Point { x: Pt(r2(x)), y: Pt(r2(height - y)) }
}

fn set_stroke(ops: &mut Vec<Op>, s: &Stroke) {
    ops.push(Op::SetOutlineColor { col: s.color.pdf() });
    ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
    ops.push(Op::SetLineDashPattern {
        dash: match s.dash {
            Some((d, g)) => LineDashPattern::new(0.0, &[d, g]),
            None => LineDashPattern::solid(),
        },
    });
}

fn page_ops(page: &Page, height: f32, fonts: &BTreeMap<FontFace, FontOut>, alphas: &BTreeMap<u32, ExtendedGraphicsStateId>) -> Vec<Op> {
    let mut ops = Vec::new();
    for item in &page.items {
        match item {
            Item::Text { x, y, size, color, glyphs } => {
                if glyphs.is_empty() {
                    continue;
                }
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFillColor { col: color.pdf() });
                text_ops(&mut ops, *x, height - *y, *size, glyphs, fonts);
                ops.push(Op::EndTextSection);
            }
            Item::Outline { rings, fill, alpha } => {
                let gs = alphas.get(&((alpha * 1000.0).round() as u32));
                ops.push(Op::SaveGraphicsState);
                if let Some(gs) = gs {
                    ops.push(Op::LoadGraphicsState { gs: gs.clone() });
                }
                ops.push(Op::SetFillColor { col: fill.pdf() });
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: rings
                            .iter()
                            .map(|r| PolygonRing { points: r.iter().map(|&(x, y, b)| LinePoint { p: pt(x, y, height), bezier: b }).collect() })
                            .collect(),
                        mode: PaintMode::Fill,
                        winding_order: WindingOrder::NonZero,
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            Item::Rect { x, y, w, h, fill, stroke } => {
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (Some(_), None) => PaintMode::Fill,
                    (None, Some(_)) => PaintMode::Stroke,
                    (None, None) => continue,
                };
                if let Some(f) = fill {
                    ops.push(Op::SetFillColor { col: f.pdf() });
                }
                if let Some(s) = stroke {
                    set_stroke(&mut ops, s);
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(r2(*x)),
                        y: Pt(r2(height - y - h)),
                        width: Pt(r2(*w)),
                        height: Pt(r2(*h)),
                        mode: Some(mode),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                });
            }
            Item::Path { points, closed, fill, stroke } => {
                let lp: Vec<LinePoint> = points.iter().map(|&(x, y)| LinePoint { p: pt(x, y, height), bezier: false }).collect();
                path_ops(&mut ops, lp, *closed, *fill, *stroke);
            }
            Item::Circle { cx, cy, r, fill, stroke } => {
                // Four cubic Béziers; k places the handles for a near-perfect quarter circle.
                let k = 0.552_284_8 * r;
                let (cx, cy, r) = (*cx, *cy, *r);
                let raw = [
                    (cx + r, cy, false),
                    (cx + r, cy + k, true),
                    (cx + k, cy + r, true),
                    (cx, cy + r, false),
                    (cx - k, cy + r, true),
                    (cx - r, cy + k, true),
                    (cx - r, cy, false),
                    (cx - r, cy - k, true),
                    (cx - k, cy - r, true),
                    (cx, cy - r, false),
                    (cx + k, cy - r, true),
                    (cx + r, cy - k, true),
                    (cx + r, cy, false),
                ];
                let lp = raw.iter().map(|&(x, y, b)| LinePoint { p: pt(x, y, height), bezier: b }).collect();
                path_ops(&mut ops, lp, true, *fill, *stroke);
            }
        }
    }
    ops
}

fn path_ops(ops: &mut Vec<Op>, points: Vec<LinePoint>, closed: bool, fill: Option<Rgb>, stroke: Option<Stroke>) {
    if points.len() < 2 {
        return;
    }
    if let Some(s) = &stroke {
        set_stroke(ops, s);
    }
    match fill {
        Some(f) => {
            ops.push(Op::SetFillColor { col: f.pdf() });
            ops.push(Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing { points }],
                    mode: if stroke.is_some() { PaintMode::FillStroke } else { PaintMode::Fill },
                    winding_order: WindingOrder::NonZero,
                },
            });
        }
        None if stroke.is_some() => ops.push(Op::DrawLine { line: Line { points, is_closed: closed } }),
        None => {}
    }
}

/// Emits one line of glyphs starting at (`x0`, `y0`) (PDF coordinates). Glyphs are grouped into segments of one face on
/// the baseline; each segment gets its own text matrix and a TJ array whose numbers
/// move the pen from where the PDF viewer puts it (the font's `/W` advance) to where
/// shaping put the next glyph.
fn text_ops(ops: &mut Vec<Op>, x0: f32, y0: f32, size: f32, glyphs: &[PlacedGlyph], fonts: &BTreeMap<FontFace, FontOut>) {
    let mut current_face: Option<FontFace> = None;
    let mut i = 0;
    while i < glyphs.len() {
        let g0 = &glyphs[i];
        let Some(font) = fonts.get(&g0.face) else {
            i += 1;
            continue;
        };
        if current_face != Some(g0.face) {
            ops.push(Op::SetFont { font: PdfFontHandle::External(font.id.clone()), size: Pt(size) });
            current_face = Some(g0.face);
        }
        // Segment start: the first glyph's drawing position.
        let sx = g0.x + g0.dx;
        let sy = g0.dy;
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(r2(x0 + sx)), Pt(r2(y0 + sy))) });
        let mut cps: Vec<Codepoint> = Vec::new();
        // Pen position (relative to the segment start) where the viewer will draw next.
        let mut pen = 0.0f32;
        let mut j = i;
        while j < glyphs.len() {
            let g = &glyphs[j];
            if g.face != g0.face || (j > i && (g.dy != sy)) {
                break;
            }
            let want = g.x + g.dx - sx;
            if let Some(prev) = cps.last_mut() {
                let kern = (-(want - pen) * 1000.0 / size * 10.0).round() / 10.0;
                if kern != 0.0 {
                    prev.offset = kern;
                    pen -= kern * size / 1000.0;
                }
            }
            let gid = font.remap.get(&g.gid).copied().unwrap_or(0);
            let text = font.unicode.get(&g.gid).cloned().unwrap_or_default();
            cps.push(Codepoint::with_cid(gid, 0.0, text));
            pen += pdf_width(g.face, g.gid) * size / 1000.0;
            j += 1;
        }
        ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(cps)] });
        i = j;
    }
}
