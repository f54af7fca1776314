//! Text: cleaning of untrusted strings, shaping (rustybuzz), bidi ordering
//! (unicode-bidi) and line breaking.
//!
//! A paragraph is shaped once, run by run (a run = one bidi level and one face), in
//! logical order. Line breaking then works on the shaped clusters, so what is measured
//! is exactly what is drawn; each line is put in visual order with rule L2 of the bidi
//! algorithm. Every glyph keeps the source text of its cluster, which becomes the PDF's
//! ToUnicode map: `pdftotext` and copy/paste give the text back.

use crate::fonts::{faces, FontFace};
use rustybuzz::{BufferFlags, Direction, ShapePlan, UnicodeBuffer};
use std::borrow::Cow;
use std::collections::HashMap;
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

/// Shown in place of a character no embedded font can draw (emoji, CJK, private use).
pub const REPLACEMENT: char = '\u{FFFD}';

/// The store's reordering controls (embeddings, overrides, isolates) and the marks LRM, RLM
/// and ALM, which the store keeps but the layout does not need: it orders whole sentences.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}') || mizan_core::rules::is_reordering_control(c)
}

/// Combining marks kept on one character. Real text stacks at most three (Arabic shadda,
/// vowel and a Quranic sign; Vietnamese two); hundreds drew strokes over the page.
pub const MAX_MARKS: usize = 4;

/// A combining mark (bidi class NSM: every non-spacing and enclosing mark of any script).
fn is_combining(c: char) -> bool {
    unicode_bidi::bidi_class(c) == BidiClass::NSM
}

/// Makes untrusted text safe to typeset: control characters are dropped (tab becomes a
/// space), explicit bidi controls are dropped (an override could make a sentence read
/// backwards), line and paragraph separators become `\n`, and at most [`MAX_MARKS`]
/// combining marks follow one character (issue 17 item 12: a stack of 300 defaced the
/// cover). Everything else is kept; characters the fonts lack are replaced when shaped.
pub fn clean(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        (c.is_control() && c != '\n') || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{00AD}')
    };
    let mut marks = 0;
    let too_many_marks = |c: char, marks: &mut usize| {
        *marks = if is_combining(c) { *marks + 1 } else { 0 };
        *marks > MAX_MARKS
    };
    if !s.chars().any(|c| bad(c) || too_many_marks(c, &mut marks)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    marks = 0;
    for c in s.chars() {
        if too_many_marks(c, &mut marks) {
            continue;
        }
        match c {
            '\t' => out.push(' '),
            '\r' => {}
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if bad(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// One glyph of a shaped cluster, in font units of its face.
#[derive(Debug, Clone, Copy)]
pub struct Glyph {
    pub gid: u16,
    pub advance: i32,
    pub x_off: i32,
    pub y_off: i32,
}

/// The smallest unit that is never split: one or more characters shaped into one or
/// more glyphs.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// Byte range in the paragraph text.
    pub start: usize,
    pub end: usize,
    pub face: FontFace,
    pub level: Level,
    /// Its glyphs, in visual order: `Shaped::glyphs[glyphs.0 .. glyphs.0 + glyphs.1]`.
    pub glyphs: (u32, u32),
    /// Advance in points at the paragraph's size.
    pub width: f32,
    pub space: bool,
    /// A line may break after this cluster.
    pub break_after: bool,
}

/// A shaped paragraph (no line breaks inside).
#[derive(Debug, Clone)]
pub struct Shaped {
    pub text: String,
    pub size: f32,
    pub clusters: Vec<Cluster>,
    pub glyphs: Vec<Glyph>,
}

/// A glyph placed on a line, ready for the PDF writer. (Its text is in the shaper's
/// [`Shaper::unicode`] map: one text per glyph is all a ToUnicode map can hold.)
#[derive(Debug, Clone, Copy)]
pub struct PlacedGlyph {
    pub face: FontFace,
    pub gid: u16,
    /// Pen position from the line start, in points.
    pub x: f32,
    /// Offsets of the glyph from the pen, in points (y up).
    pub dx: f32,
    pub dy: f32,
    /// Advance in points.
    pub advance: f32,
}

#[derive(Debug, Clone)]
pub struct Line {
    pub glyphs: Vec<PlacedGlyph>,
    pub width: f32,
}

type WordCache = HashMap<Box<str>, std::rc::Rc<[(u32, Glyph)]>>;

/// Shapes text; keeps compiled shape plans (the costly part of shaping short runs)
/// and the text each glyph stands for.
pub struct Shaper {
    plans: HashMap<(FontFace, bool), ShapePlan>,
    /// Glyph → the source text it stands for, the first non-empty one seen (a PDF's
    /// ToUnicode map has one entry per glyph).
    pub unicode: HashMap<(FontFace, u16), String>,
    /// Shaped words of left-to-right Latin text, in font units, per face.
    words: Vec<WordCache>,
}

impl Default for Shaper {
    fn default() -> Self {
        Self::new()
    }
}

fn is_arabic_script(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Characters that take the face of their neighbours (spaces, digits, punctuation,
/// combining marks), so an Arabic phrase's spaces stay in the Arabic face.
fn is_neutral(c: char) -> bool {
    !c.is_alphabetic() || unicode_is_mark(c)
}

fn unicode_is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn break_opportunity_after(c: char, next: Option<char>) -> bool {
    match c {
        ' ' | '\u{2002}'..='\u{200B}' | '\u{3000}' => true,
        // Hyphenated words, paths and URLs break after these, but not before a space or
        // a digit ("1-2" stays whole). Anything else too long breaks between clusters.
        '-' | '/' | '\u{2013}' | '\u{2014}' | '_' | '\\' | '|' | '&' | '?' | '=' => next.is_some_and(|n| !n.is_whitespace() && !n.is_ascii_digit()),
        _ => false,
    }
}

impl Shaper {
    pub fn new() -> Self {
        Shaper { plans: HashMap::new(), unicode: HashMap::new(), words: vec![HashMap::new(); FontFace::ALL.len()] }
    }

    /// Shapes one paragraph (`text` must have no `\n`; see [`clean`]) in `base` face
    /// weight at `size` points. `base_rtl` is the paragraph direction.
    pub fn shape(&mut self, text: &str, base: FontFace, size: f32, base_rtl: bool) -> Shaped {
        let fx = faces();
        // Characters no face can draw become U+FFFD (or '?' if even that is missing):
        // the report stays readable and says that something was there.
        let mut owned = String::with_capacity(text.len());
        let mut faces_of: Vec<FontFace> = Vec::with_capacity(text.len());
        let latin = base.with_script(false);
        let arabic = base.with_script(true);
        let mut prev: Option<FontFace> = None;
        for c in text.chars() {
            // Printable ASCII: always the Latin face (it has them all), no cmap lookup.
            let (c, face) = if (' '..='~').contains(&c) && !(is_neutral(c) && prev.is_some_and(|p| p != latin)) {
                (c, latin)
            } else if is_arabic_script(c) && fx.has_glyph(arabic, c) {
                (c, arabic)
            } else if is_neutral(c) && prev.is_some_and(|p| fx.has_glyph(p, c)) {
                (c, prev.unwrap_or(latin))
            } else if fx.has_glyph(latin, c) || c == ' ' {
                (c, latin)
            } else if fx.has_glyph(arabic, c) {
                (c, arabic)
            } else if fx.has_glyph(FontFace::Symbols, c) {
                (c, FontFace::Symbols)
            } else if c == '\u{200C}' || c == '\u{200D}' {
                (c, prev.unwrap_or(latin))
            } else if fx.has_glyph(latin, REPLACEMENT) {
                (REPLACEMENT, latin)
            } else {
                ('?', latin)
            };
            owned.push(c);
            faces_of.extend(std::iter::repeat_n(face, c.len_utf8()));
            prev = Some(face);
        }
        let text = owned;

        // Bidi levels per byte; a purely left-to-right paragraph skips the algorithm.
        let needs_bidi = base_rtl || text.chars().any(|c| matches!(unicode_bidi::bidi_class(c), BidiClass::R | BidiClass::AL));
        let levels: Vec<Level> = if needs_bidi {
            let level = if base_rtl { Level::rtl() } else { Level::ltr() };
            ParagraphBidiInfo::new(&text, Some(level)).levels
        } else {
            vec![Level::ltr(); text.len()]
        };

        let mut clusters = Vec::with_capacity(text.len());
        let mut glyphs = Vec::with_capacity(text.len());
        let mut run_start = 0;
        while run_start < text.len() {
            let (face, level) = (faces_of[run_start], levels[run_start]);
            let mut run_end = run_start;
            for (i, c) in text[run_start..].char_indices() {
                let at = run_start + i;
                if faces_of[at] != face || levels[at] != level {
                    break;
                }
                run_end = at + c.len_utf8();
            }
            self.shape_run(&text, run_start..run_end, face, level, size, &mut clusters, &mut glyphs);
            run_start = run_end;
        }
        clusters.sort_by_key(|c| c.start);

        // Break opportunities, on the cluster's last character.
        let n = clusters.len();
        for i in 0..n {
            let last = text[clusters[i].start..clusters[i].end].chars().last();
            let next = clusters.get(i + 1).and_then(|c| text[c.start..].chars().next());
            clusters[i].space = last.is_some_and(char::is_whitespace);
            clusters[i].break_after = last.is_some_and(|c| break_opportunity_after(c, next));
        }
        Shaped { text, size, clusters, glyphs }
    }

    /// Shapes `text[range]` with the face's plan: glyphs (visual order) with their
    /// cluster offsets relative to `range.start`.
    fn shape_piece(&mut self, text: &str, range: std::ops::Range<usize>, face: FontFace, rtl: bool) -> Vec<(u32, Glyph)> {
        let fx = faces();
        let direction = if rtl { Direction::RightToLeft } else { Direction::LeftToRight };
        let script = match face {
            FontFace::Arabic | FontFace::ArabicBold => rustybuzz::script::ARABIC,
            FontFace::Symbols => rustybuzz::script::COMMON,
            _ => rustybuzz::script::LATIN,
        };
        let hb_face = fx.get(face);
        let plan = self
            .plans
            .entry((face, rtl))
            .or_insert_with(|| ShapePlan::new(hb_face, direction, Some(script), None, &[]));
        let mut buf = UnicodeBuffer::new();
        buf.push_str(&text[range.clone()]);
        buf.set_direction(direction);
        buf.set_script(script);
        // Context lets Arabic letters at a run edge join as they would in the full text.
        buf.set_pre_context(&text[..range.start]);
        buf.set_post_context(&text[range.end..]);
        buf.set_flags(BufferFlags::REMOVE_DEFAULT_IGNORABLES);
        let shaped = rustybuzz::shape_with_plan(hb_face, plan, buf);
        shaped
            .glyph_infos()
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(g, p)| (g.cluster, Glyph { gid: g.glyph_id as u16, advance: p.x_advance, x_off: p.x_offset, y_off: p.y_offset }))
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn shape_run(&mut self, text: &str, range: std::ops::Range<usize>, face: FontFace, level: Level, size: f32, out: &mut Vec<Cluster>, all: &mut Vec<Glyph>) {
        let rtl = level.is_rtl();
        if rtl || face.is_arabic() {
            // Joining and mirroring depend on context: shape the run whole.
            let glyphs = self.shape_piece(text, range.clone(), face, rtl);
            self.push_clusters(text, range, face, level, size, &glyphs, out, all);
            return;
        }
        // Left-to-right Latin: words and spaces are shaped apart and remembered, as
        // reports repeat their words; nothing in these fonts kerns or ligates across a
        // space.
        let mut piece_start = range.start;
        let bytes = text.as_bytes();
        while piece_start < range.end {
            let is_space = bytes[piece_start] == b' ';
            let mut piece_end = piece_start + 1;
            while piece_end < range.end && (bytes[piece_end] == b' ') == is_space {
                piece_end += 1;
            }
            // Keep UTF-8 boundaries (only ASCII spaces split pieces).
            while !text.is_char_boundary(piece_end) {
                piece_end += 1;
            }
            let word = &text[piece_start..piece_end];
            let glyphs = match self.words[face.index()].get(word) {
                Some(g) => g.clone(),
                None => {
                    let g: std::rc::Rc<[(u32, Glyph)]> = self.shape_piece(text, piece_start..piece_end, face, false).into();
                    self.words[face.index()].insert(word.into(), g.clone());
                    g
                }
            };
            self.push_clusters(text, piece_start..piece_end, face, level, size, &glyphs, out, all);
            piece_start = piece_end;
        }
    }

    /// Groups shaped glyphs by cluster (they come in visual order: descending clusters
    /// for right-to-left) and records the text of glyphs not seen before.
    #[allow(clippy::too_many_arguments)]
    fn push_clusters(&mut self, text: &str, range: std::ops::Range<usize>, face: FontFace, level: Level, size: f32, glyphs: &[(u32, Glyph)], out: &mut Vec<Cluster>, all: &mut Vec<Glyph>) {
        let scale = faces().scale(face) * size;
        let mut starts: Vec<usize> = glyphs.iter().map(|g| g.0 as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |s: usize| -> usize {
            match starts.binary_search(&s) {
                Ok(i) => starts.get(i + 1).map(|&e| range.start + e).unwrap_or(range.end),
                Err(_) => range.end,
            }
        };
        let mut i = 0;
        while i < glyphs.len() {
            let cl = glyphs[i].0;
            let first = all.len();
            let mut adv = 0;
            while i < glyphs.len() && glyphs[i].0 == cl {
                all.push(glyphs[i].1);
                adv += glyphs[i].1.advance;
                i += 1;
            }
            let (start, end) = (range.start + cl as usize, end_of(cl as usize));
            let gl = &all[first..];
            if gl.iter().any(|g| self.unicode.get(&(face, g.gid)).is_none_or(|t| t.is_empty())) {
                for (g, t) in gl.iter().zip(distribute_text(&text[start..end], face, gl)) {
                    // A PDF reader spreads a glyph's text over the glyph's width left to
                    // right, then reads a right-to-left line character by character from
                    // the right: a lam-alef ligature stored as "لا" came back as "ال". Its
                    // text is stored in visual order, so that reading gives it logically.
                    let t = if level.is_rtl() { t.chars().rev().collect() } else { t };
                    if !t.is_empty() {
                        let e = self.unicode.entry((face, g.gid)).or_default();
                        if e.is_empty() {
                            *e = t;
                        }
                    }
                }
            }
            out.push(Cluster {
                start,
                end,
                face,
                level,
                glyphs: (first as u32, (all.len() - first) as u32),
                width: adv as f32 * scale,
                space: false,
                break_after: false,
            });
        }
    }
}

impl Shaped {
    pub fn width(&self) -> f32 {
        self.clusters.iter().map(|c| c.width).sum()
    }

    /// Greedy line breaking into lines no wider than `max` points (cluster index
    /// ranges). A word longer than a line is broken between clusters.
    pub fn break_lines(&self, max: f32) -> Vec<std::ops::Range<usize>> {
        let cl = &self.clusters;
        let mut lines = Vec::new();
        let mut start = 0;
        while start < cl.len() {
            let mut width = 0.0;
            let mut last_break: Option<usize> = None;
            let mut end = cl.len();
            for (i, c) in cl.iter().enumerate().skip(start) {
                // Trailing spaces hang in the margin: they never force a break.
                if width + c.width > max && !c.space && i > start {
                    end = match last_break {
                        Some(b) => b + 1,
                        None => i,
                    };
                    break;
                }
                width += c.width;
                if c.break_after {
                    last_break = Some(i);
                }
            }
            lines.push(start..end);
            start = end;
        }
        lines
    }

    /// Places the clusters `range` as one line, in visual order.
    pub fn line(&self, range: std::ops::Range<usize>) -> Line {
        let mut end = range.end;
        while end > range.start && self.clusters[end - 1].space {
            end -= 1;
        }
        let mut order: Vec<usize> = (range.start..end).collect();
        reorder_l2(&mut order, |i| self.clusters[i].level.number());
        let fx = faces();
        let mut glyphs = Vec::with_capacity(order.len() + 4);
        let mut x = 0.0;
        for &ci in &order {
            let c = &self.clusters[ci];
            let scale = fx.scale(c.face) * self.size;
            let (g0, n) = (c.glyphs.0 as usize, c.glyphs.1 as usize);
            for g in &self.glyphs[g0..g0 + n] {
                let advance = g.advance as f32 * scale;
                glyphs.push(PlacedGlyph {
                    face: c.face,
                    gid: g.gid,
                    x,
                    dx: g.x_off as f32 * scale,
                    dy: g.y_off as f32 * scale,
                    advance,
                });
                x += advance;
            }
        }
        Line { glyphs, width: x }
    }
}


/// Rule L2: from the highest level down to the lowest odd level, reverse every maximal
/// sequence at that level or higher.
fn reorder_l2(order: &mut [usize], level_of: impl Fn(usize) -> u8) {
    let levels: Vec<u8> = order.iter().map(|&i| level_of(i)).collect();
    let Some(&max) = levels.iter().max() else { return };
    let min_odd = levels.iter().copied().filter(|l| l % 2 == 1).min();
    let Some(min_odd) = min_odd else { return };
    let mut lv = levels;
    for level in (min_odd..=max).rev() {
        let mut i = 0;
        while i < order.len() {
            if lv[i] >= level {
                let s = i;
                while i < order.len() && lv[i] >= level {
                    i += 1;
                }
                order[s..i].reverse();
                lv[s..i].reverse();
            } else {
                i += 1;
            }
        }
    }
}

/// Which text each glyph of a cluster stands for: a glyph that is the font's own glyph
/// for one of the cluster's characters gets that character; the rest of the text goes
/// to the first glyph left (a ligature like "fi", an Arabic lam-alef).
fn distribute_text(text: &str, face: FontFace, glyphs: &[Glyph]) -> Vec<String> {
    let text: String = text.chars().filter(|&ch| !is_bidi_control(ch)).collect();
    if glyphs.len() == 1 {
        return vec![text];
    }
    let face = faces().get(face);
    let mut out = vec![String::new(); glyphs.len()];
    let mut left = String::new();
    let mut taken = vec![false; glyphs.len()];
    for ch in text.chars() {
        let nominal = face.glyph_index(ch).map(|g| g.0);
        match glyphs.iter().enumerate().position(|(i, g)| !taken[i] && Some(g.gid) == nominal) {
            Some(i) => {
                taken[i] = true;
                out[i].push(ch);
            }
            None => left.push(ch),
        }
    }
    if !left.is_empty() {
        let i = taken.iter().position(|t| !t).unwrap_or(0);
        out[i].push_str(&left);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(s: &Shaper, line: &Line) -> String {
        line.glyphs.iter().map(|g| s.unicode[&(g.face, g.gid)].as_str()).collect()
    }

    #[test]
    fn clean_drops_controls_and_overrides() {
        assert_eq!(clean("a\u{0}b\u{7}c\u{202E}d\u{2066}e\tf\u{85}g"), "abcde fg");
        assert_eq!(clean("plain text"), "plain text");
        assert!(matches!(clean("plain text"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_stack_of_combining_marks_is_capped_and_stays_in_its_line_box() {
        let stack = format!("e{}x", "\u{301}".repeat(300));
        let capped = clean(&stack);
        assert_eq!(capped.chars().filter(|&c| c == '\u{301}').count(), MAX_MARKS, "{capped:?}");
        assert!(capped.starts_with('e') && capped.ends_with('x'));
        // Real text is untouched: Arabic with shadda and a vowel, Vietnamese, a mark on each letter.
        for real in ["مُحَمَّد", "Việt Nam", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}", "ẫ\u{323}"] {
            assert!(matches!(clean(real), Cow::Borrowed(_)), "{real}");
        }
        // Shaped, the capped stack draws within a line box of its size.
        let mut s = Shaper::new();
        let size = 10.0;
        let p = s.shape(&capped, FontFace::Sans, size, false);
        let upem = faces().get(FontFace::Sans).units_per_em() as f32;
        let highest = p.glyphs.iter().map(|g| g.y_off.abs() as f32 * size / upem).fold(0.0, f32::max);
        assert!(p.glyphs.len() <= 2 + MAX_MARKS, "{} glyphs", p.glyphs.len());
        assert!(highest < 2.0 * size, "marks drawn {highest} pt off the baseline at {size} pt");
    }

    #[test]
    fn latin_text_round_trips_through_glyphs() {
        let mut s = Shaper::new();
        let p = s.shape("Office, official affairs (fi) [x] \\ {y}", FontFace::Sans, 10.0, false);
        let lines = p.break_lines(10_000.0);
        assert_eq!(lines.len(), 1);
        assert_eq!(text_of(&s, &p.line(lines[0].clone())), "Office, official affairs (fi) [x] \\ {y}");
    }

    #[test]
    fn breaks_at_spaces_and_inside_overlong_words() {
        let mut s = Shaper::new();
        let p = s.shape("alpha beta gamma delta", FontFace::Sans, 10.0, false);
        let w = p.width();
        let lines: Vec<String> = p.break_lines(w * 0.8).into_iter().map(|r| text_of(&s, &p.line(r))).collect();
        assert_eq!(lines, ["alpha beta gamma", "delta"]);
        let long = "x".repeat(200);
        let p = s.shape(&long, FontFace::Sans, 10.0, false);
        let lines = p.break_lines(100.0);
        assert!(lines.len() > 5);
        for r in lines {
            assert!(p.line(r).width <= 100.0 + 0.01);
        }
    }

    #[test]
    fn arabic_is_shaped_and_ordered_right_to_left() {
        let mut s = Shaper::new();
        // "Ministry of Health" with a number inside an English sentence.
        let p = s.shape("The وزارة الصحة 2026 report", FontFace::Sans, 10.0, false);
        assert!(p.clusters.iter().any(|c| c.face == FontFace::Arabic));
        let line = p.line(0..p.clusters.len());
        let visual = text_of(&s, &line);
        // The Arabic words are in visual (reversed) order, the English ones are not.
        assert!(visual.starts_with("The "), "{visual}");
        assert!(visual.ends_with(" report"), "{visual}");
        let arabic_visual: String = visual.chars().filter(|c| is_arabic_script(*c)).collect();
        let arabic_logical: String = "وزارة الصحة".chars().filter(|c| is_arabic_script(*c)).collect();
        assert_ne!(arabic_visual, arabic_logical);
        // Joining changed the glyphs: initial/medial/final forms are not the nominal glyphs.
        let face = faces().get(FontFace::Arabic);
        let nominal = face.glyph_index('ز').unwrap().0;
        let w = p.clusters.iter().find(|c| &p.text[c.start..c.end] == "ص").unwrap();
        assert_ne!(p.glyphs[w.glyphs.0 as usize].gid, face.glyph_index('ص').unwrap().0);
        let _ = nominal;
    }

    /// What `pdftotext` does with a right-to-left line: each glyph's text laid out left to
    /// right, the whole read from the right. A ligature must come back whole and in order.
    #[test]
    fn ligatures_of_right_to_left_text_read_back_in_logical_order() {
        let mut s = Shaper::new();
        for word in ["للابتكار", "جاهزية القطاع العام للابتكار", "الإلكترونية لا تزال", "لأن الإسكوا"] {
            let p = s.shape(word, FontFace::Sans, 10.0, true);
            let line = p.line(0..p.clusters.len());
            assert!(line.glyphs.len() < word.chars().count(), "no ligature was formed in {word}");
            let read: String = text_of(&s, &line).chars().rev().collect();
            assert_eq!(read, word);
        }
    }

    #[test]
    fn unsupported_characters_are_replaced() {
        let mut s = Shaper::new();
        let p = s.shape("ok 😀 中", FontFace::Sans, 10.0, false);
        assert!(!p.text.contains('😀'));
        assert!(p.glyphs.iter().all(|g| g.gid != 0));
    }
}
