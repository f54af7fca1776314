//! The report dialog's preview: the first page of our own PDF, rasterised to a small PNG.
//!
//! A deviation from DESIGN.md's dependency list, on purpose: the preview must be made
//! offline, by us, with no viewer or system library (no poppler, no pdf.js in the
//! webview, no network), and of exactly the PDF the export writes. `hayro` (pinned in the
//! workspace) is a pure-Rust PDF rasteriser with no C or GPU dependency; it reads the
//! PDF the report crate made and paints its first page. It lives here, in the use case,
//! not in the report crate: the report writes documents, the preview only looks at one.

use crate::error::{Error, Result};
use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings};

/// The preview's width in pixels (the height follows the paper).
pub const WIDTH: u32 = 360;

/// A rasterised page.
#[derive(Debug, Clone)]
pub struct PagePng {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The first page of `pdf`, `width` pixels wide, on white.
pub fn first_page(pdf: &[u8], width: u32) -> Result<PagePng> {
    let unreadable = |what: &str| {
        Error::keyed("report", "err-preview-failed", &[], None, format!("the report's preview could not be made ({what}): export the report to see it"))
    };
    let pdf = Pdf::new(pdf.to_vec()).map_err(|e| unreadable(&format!("{e:?}")))?;
    let pages = pdf.pages();
    let page = pages.first().ok_or_else(|| unreadable("no page"))?;
    let (w, _) = page.render_dimensions();
    // A hair over, so that truncating to whole pixels gives exactly `width`.
    let scale = (width as f32 + 0.5) / w.max(1.0);
    let settings = PixmapSettings { x_scale: scale, y_scale: scale, bg_color: WHITE };
    let pixmap = hayro::render(page, &RenderCache::new(), &InterpreterSettings::default(), &RenderSettings::default(), &settings);
    let (width, height) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    let png = pixmap.into_png().map_err(|e| unreadable(&format!("PNG: {e:?}")))?;
    Ok(PagePng { png, width, height })
}

/// Standard base64 (the wire carries the PNG as text).
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn something_that_is_not_a_pdf_is_an_error_not_a_panic() {
        for junk in [&b""[..], b"%PDF-1.7\n", b"hello", &[0xFFu8; 4096]] {
            let e = first_page(junk, WIDTH).unwrap_err();
            assert_eq!((e.code.as_str(), e.key.as_str()), ("report", "err-preview-failed"));
            assert!(e.message.contains("preview"), "{}", e.message);
        }
    }
}
