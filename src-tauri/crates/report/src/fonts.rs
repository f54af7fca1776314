//! The report's typefaces, shipped in the crate (SIL OFL, see `fonts/OFL.txt`).
//!
//! Noto Sans carries Latin text (English, French); Noto Sans Arabic carries Arabic.
//! Each comes in a regular and a bold weight. Noto Sans Math backs both up for the
//! arrows, operators and comparison signs they lack (→ − ≥), in the report's own
//! strings and in what people type into notes. The whole fonts are compiled in, but
//! only the glyphs a report uses are embedded in it (see `pdf.rs`).

use rustybuzz::Face;
use std::sync::OnceLock;

/// One of the four embedded faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontFace {
    Sans,
    SansBold,
    Arabic,
    ArabicBold,
    /// Noto Sans Math: arrows, operators and shapes that Noto Sans lacks (→ − ≥ ⌊).
    Symbols,
}

impl FontFace {
    pub const ALL: [FontFace; 5] = [FontFace::Sans, FontFace::SansBold, FontFace::Arabic, FontFace::ArabicBold, FontFace::Symbols];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontFace::Sans => include_bytes!("../fonts/NotoSans-Regular.ttf"),
            FontFace::SansBold => include_bytes!("../fonts/NotoSans-Bold.ttf"),
            FontFace::Arabic => include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
            FontFace::ArabicBold => include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
            FontFace::Symbols => include_bytes!("../fonts/NotoSansMath-Regular.ttf"),
        }
    }

    /// PostScript name, used (with a subset tag) as the PDF `/BaseFont`.
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontFace::Sans => "NotoSans-Regular",
            FontFace::SansBold => "NotoSans-Bold",
            FontFace::Arabic => "NotoSansArabic-Regular",
            FontFace::ArabicBold => "NotoSansArabic-Bold",
            FontFace::Symbols => "NotoSansMath-Regular",
        }
    }

    pub fn is_bold(self) -> bool {
        matches!(self, FontFace::SansBold | FontFace::ArabicBold)
    }

    pub fn is_arabic(self) -> bool {
        matches!(self, FontFace::Arabic | FontFace::ArabicBold)
    }

    /// The face of the same weight for Latin or Arabic script.
    pub fn with_script(self, arabic: bool) -> FontFace {
        match (arabic, self.is_bold()) {
            (false, false) => FontFace::Sans,
            (false, true) => FontFace::SansBold,
            (true, false) => FontFace::Arabic,
            (true, true) => FontFace::ArabicBold,
        }
    }
}

pub struct Faces {
    faces: Vec<Face<'static>>,
}

impl Faces {
    pub fn get(&self, f: FontFace) -> &Face<'static> {
        &self.faces[f.index()]
    }

    /// Points per font unit at 1 pt type size.
    pub fn scale(&self, f: FontFace) -> f32 {
        1.0 / self.get(f).units_per_em() as f32
    }

    pub fn has_glyph(&self, f: FontFace, c: char) -> bool {
        self.get(f).glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    /// Ascender and descender (negative) in em, from `hhea`, for line metrics.
    pub fn ascent_descent(&self, f: FontFace) -> (f32, f32) {
        let face = self.get(f);
        let s = self.scale(f);
        (face.ascender() as f32 * s, face.descender() as f32 * s)
    }
}

/// The parsed faces, built once per process: parsing is cheap but not free, and the
/// bytes are `'static` anyway.
pub fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        faces: FontFace::ALL
            .iter()
            // The fonts are compiled in and checked by the tests: a parse failure is a
            // build defect, not an input error.
            .map(|f| Face::from_slice(f.bytes(), 0).unwrap_or_else(|| panic!("embedded font {} is unreadable", f.postscript_name())))
            .collect(),
    })
}

