//! The package parts docx-rs 0.4 cannot express, added to the parts it built: header
//! rows that repeat (`w:tblHeader`), right-to-left runs and tables (`w:rtl`,
//! `w:lang w:bidi`, `w:bidiVisual`), the document's languages, and the document
//! properties (title, subject, language; the agency as the company).
//!
//! Each addition replaces a marker that docx-rs writes for something the report does not
//! otherwise use, and checks that it found as many as the report placed: should a later
//! docx-rs write them differently, the report fails loudly (a test) instead of silently
//! losing its header rows or its direction.

use crate::error::ReportError;
use docx_rs::XMLDocx;

/// docx-rs writes `w:cantSplit` for `TableRow::cant_split`; only header rows have it.
const HEADER_ROW: &str = "<w:cantSplit />";
/// docx-rs writes `w:specVanish` for `RunProperty::spec_vanish`; it marks Arabic runs.
pub const RTL_RUN: &str = "<w:specVanish />";
const TABLE_STYLE: &str = "<w:tblStyle w:val=\"MizanTable\" />";

/// What the document says about itself.
pub struct Properties<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    pub agency: &'a str,
    pub keywords: &'a str,
    /// BCP 47, e.g. `en-GB`, `ar-SA`.
    pub language: &'a str,
    /// RFC 3339 (UTC), e.g. `2026-03-01T10:00:00Z`.
    pub created: &'a str,
}

/// What the report placed, for the checks.
pub struct Placed {
    pub header_rows: usize,
    /// In the body, and in the running header and footer.
    pub rtl_runs: usize,
    pub furniture_rtl_runs: usize,
    pub tables: usize,
    pub rtl: bool,
}

/// Replaces `marker` in `part`; returns how many it replaced.
fn replace_counted(part: &mut Vec<u8>, what: &str, marker: &str, with: &str, expected: Option<usize>) -> Result<usize, ReportError> {
    let text = String::from_utf8(std::mem::take(part)).map_err(|_| ReportError::Docx(format!("{what} is not UTF-8")))?;
    let found = text.matches(marker).count();
    if let Some(n) = expected.filter(|&n| n != found) {
        return Err(ReportError::Docx(format!("{what}: expected {n} of `{marker}` from docx-rs, found {found} (has docx-rs changed how it writes them?)")));
    }
    *part = text.replace(marker, with).into_bytes();
    Ok(found)
}

/// Escapes text for an XML element's content or an attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn core_xml(p: &Properties) -> Vec<u8> {
    let e = escape;
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>Mizan</dc:creator><cp:keywords>{keywords}</cp:keywords>",
            "<dc:description>{subject}</dc:description><cp:lastModifiedBy>Mizan</cp:lastModifiedBy><cp:revision>1</cp:revision><dc:language>{language}</dc:language>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = e(p.title),
        subject = e(p.subject),
        keywords = e(p.keywords),
        language = e(p.language),
        created = e(p.created),
    )
    .into_bytes()
}

fn app_xml(p: &Properties) -> Vec<u8> {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#,
            "<Application>Mizan</Application><Company>{company}</Company></Properties>"
        ),
        company = escape(p.agency)
    )
    .into_bytes()
}

/// The languages of every run, unless a run says otherwise: the report's language for
/// Latin text and Arabic for right-to-left runs (Word then shapes and orders them).
fn add_languages(styles: &mut Vec<u8>, language: &str) -> Result<(), ReportError> {
    let lang = format!("<w:lang w:val=\"{}\" w:eastAsia=\"{}\" w:bidi=\"ar-SA\" /></w:rPr></w:rPrDefault>", escape(language), escape(language));
    replace_counted(styles, "styles.xml", "</w:rPr></w:rPrDefault>", &lang, Some(1)).map(|_| ())
}

/// Adds what docx-rs cannot write to its parts.
pub fn complete(x: &mut XMLDocx, placed: &Placed, props: &Properties) -> Result<(), ReportError> {
    replace_counted(&mut x.document, "document.xml", HEADER_ROW, "<w:cantSplit /><w:tblHeader />", Some(placed.header_rows))?;
    let rtl_run = "<w:rtl /><w:lang w:bidi=\"ar-SA\" />";
    replace_counted(&mut x.document, "document.xml", RTL_RUN, rtl_run, Some(placed.rtl_runs))?;
    let mut furniture = 0;
    for part in x.headers.iter_mut().chain(x.footers.iter_mut()) {
        furniture += replace_counted(part, "a header or footer", RTL_RUN, rtl_run, None)?;
    }
    if furniture != placed.furniture_rtl_runs {
        return Err(ReportError::Docx(format!("headers and footers: expected {} of `{RTL_RUN}` from docx-rs, found {furniture}", placed.furniture_rtl_runs)));
    }
    if placed.rtl {
        let with = format!("{TABLE_STYLE}<w:bidiVisual />");
        replace_counted(&mut x.document, "document.xml", TABLE_STYLE, &with, Some(placed.tables))?;
    }
    add_languages(&mut x.styles, props.language)?;
    x.doc_props.core = core_xml(props);
    x.doc_props.app = app_xml(props);
    Ok(())
}

/// docx-rs stores every part uncompressed: the XML is deflated here (a report's
/// document.xml shrinks about tenfold); pictures are stored as they are (PNG is
/// compressed already). Order is kept: `[Content_Types].xml` stays first.
pub fn deflate(stored: &[u8]) -> Result<Vec<u8>, ReportError> {
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let bad = |e: zip::result::ZipError| ReportError::Docx(format!("compressing the package: {e}"));
    let mut src = zip::ZipArchive::new(std::io::Cursor::new(stored)).map_err(bad)?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(stored.len() / 2)));
    for i in 0..src.len() {
        let mut part = src.by_index(i).map_err(bad)?;
        if part.is_dir() {
            continue;
        }
        let method = if part.name().ends_with(".png") { CompressionMethod::Stored } else { CompressionMethod::Deflated };
        out.start_file(part.name().to_string(), SimpleFileOptions::default().compression_method(method)).map_err(bad)?;
        std::io::copy(&mut part, &mut out).map_err(|e| ReportError::Docx(format!("compressing the package: {e}")))?;
    }
    Ok(out.finish().map_err(bad)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_are_escaped() {
        let p = Properties { title: "A <b> & \"c\"", subject: "s", agency: "R&D", keywords: "k", language: "en-GB", created: "2026-01-01T00:00:00Z" };
        let core = String::from_utf8(core_xml(&p)).unwrap();
        assert!(core.contains("<dc:title>A &lt;b&gt; &amp; &quot;c&quot;</dc:title>"), "{core}");
        assert!(String::from_utf8(app_xml(&p)).unwrap().contains("<Company>R&amp;D</Company>"));
    }

    #[test]
    fn a_marker_count_that_does_not_match_is_an_error() {
        let mut part = b"<w:cantSplit />".to_vec();
        assert!(replace_counted(&mut part, "t", HEADER_ROW, "x", Some(2)).is_err());
        let mut part = b"<w:cantSplit /><w:cantSplit />".to_vec();
        replace_counted(&mut part, "t", HEADER_ROW, "x", Some(2)).unwrap();
        assert_eq!(part, b"xx");
    }
}
