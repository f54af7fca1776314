//! The Word report: its package opened as Word would read it (headings are heading
//! styles, tables are tables with repeating header rows, the footer numbers its pages,
//! the properties name it), and converted by LibreOffice to check that a real word
//! processor opens it and shows the report in order.

mod common;

use common::*;
use mizan_core::Lang;
use mizan_report::{model, render_docx, Paper, ReportInput};
use std::io::Read;
use std::path::Path;
use std::process::Command;

/// The package's parts by name.
fn parts(docx: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("the DOCX is a zip package");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).expect("read entry");
            (f.name().to_string(), bytes)
        })
        .collect()
}

fn xml(parts: &std::collections::BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(parts.get(name).unwrap_or_else(|| panic!("no part {name}")).clone()).expect("UTF-8")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Each paragraph of document.xml: its style and its text.
fn paragraphs(document: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for chunk in document.split("<w:p>").skip(1).chain(document.split("<w:p ").skip(1)) {
        let body = chunk.split("</w:p>").next().unwrap_or("");
        let style = body.split("<w:pStyle w:val=\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or("").to_string();
        let mut text = String::new();
        for t in body.split("<w:t").skip(1) {
            if let Some(rest) = t.split_once('>').map(|x| x.1) {
                if !t.starts_with('>') && !t.starts_with(' ') {
                    continue; // <w:tbl…>, <w:tc…>: not a text element
                }
                text.push_str(&unescape(rest.split("</w:t>").next().unwrap_or("")));
            }
        }
        out.push((style, text));
    }
    out
}

fn sample() -> (Fixture, ReportInput) {
    let fx = store_with_peers(20);
    let input = interview_input(&fx, Lang::En, Paper::A4);
    (fx, input)
}

#[test]
fn headings_are_heading_styles_tables_repeat_their_header_and_the_footer_numbers_pages() {
    let (_fx, input) = sample();
    let r = render_docx(&input).expect("render");
    assert!(r.missing_strings.is_empty(), "{:?}", r.missing_strings);
    let m = model::build(&input);
    let parts = parts(&r.docx);
    let document = xml(&parts, "word/document.xml");
    let paras = paragraphs(&document);

    // Every dimension and section title is a Heading 1 paragraph; Word's styles define them.
    let style_of = |text: &str| paras.iter().find(|(_, t)| t == text).map(|(s, _)| s.as_str());
    for d in &m.dimensions {
        assert_eq!(style_of(&d.title), Some("Heading1"), "dimension {}", d.title);
    }
    for title in ["Executive summary", "Roadmap", "Methodology"] {
        assert!(paras.iter().any(|(s, t)| s == "Heading1" && t.contains(title)), "no Heading1 {title}");
    }
    assert!(paras.iter().any(|(s, _)| s == "Heading2"), "no Heading2 at all");
    let styles = xml(&parts, "word/styles.xml");
    for (id, name, level) in [("Heading1", "heading 1", 0), ("Heading2", "heading 2", 1), ("Heading3", "heading 3", 2)] {
        let def = styles.split(&format!("w:styleId=\"{id}\"")).nth(1).expect("heading style defined").split("</w:style>").next().unwrap();
        assert!(def.contains(&format!("<w:name w:val=\"{name}\" />")), "{def}");
        assert!(def.contains(&format!("<w:outlineLvl w:val=\"{level}\" />")), "{def}");
    }
    assert!(styles.contains("Mizan Table Text") && styles.contains("Mizan Note"), "named styles for a template");

    // Tables are tables; those with a header row mark it as repeating.
    let tables: Vec<&str> = document.split("<w:tbl>").skip(1).collect();
    let with_header = tables.iter().filter(|t| t.split("</w:tr>").next().is_some_and(|row| row.contains("MizanTableHeader"))).count();
    let marked = tables.iter().filter(|t| t.split("</w:tr>").next().is_some_and(|row| row.contains("<w:tblHeader />"))).count();
    assert!(with_header > m.dimensions.len(), "{with_header} tables with a header row");
    assert_eq!(with_header, marked, "a header row not marked tblHeader");
    assert_eq!(document.matches("<w:tblHeader />").count(), marked, "only first rows are header rows");
    // The questions of every answered dimension are table rows, not tab-aligned text.
    let first_question = &m.dimensions[0].questions[0].text;
    assert!(tables.iter().any(|t| unescape(t).contains(first_question.as_str())));
    assert!(!document.contains("<w:tab />"));

    // Page n of m in the footer, as fields Word updates.
    let footers: Vec<String> = parts.keys().filter(|k| k.starts_with("word/footer")).map(|k| xml(&parts, k)).collect();
    assert!(footers.iter().any(|f| f.contains("PAGE") && f.contains("NUMPAGES") && f.contains("fldChar")), "no page field in a footer");

    // Properties: title, subject with the agency, the agency as company.
    let core = xml(&parts, "docProps/core.xml");
    let title = format!("<dc:title>{} — {}</dc:title>", m.agency.name, m.framework.title);
    assert!(unescape(&core).contains(&title), "{core}");
    assert!(core.contains("<dc:language>en-GB</dc:language>"));
    assert!(unescape(&xml(&parts, "docProps/app.xml")).contains(&format!("<Company>{}</Company>", m.agency.name)));

    // The charts are PNG pictures in the package, one per drawing.
    let pngs: Vec<&Vec<u8>> = parts.iter().filter(|(k, _)| k.starts_with("word/media/") && !k.ends_with('/')).map(|(_, v)| v).collect();
    assert_eq!(pngs.len(), r.pictures);
    assert!(r.pictures >= m.dimensions.len() + 3, "{} pictures", r.pictures);
    assert!(pngs.iter().all(|p| p.starts_with(b"\x89PNG\r\n\x1a\n")));
    assert_eq!(document.matches("<wp:inline").count(), r.pictures);
}

/// LibreOffice, or None (and a loud message) where it is not installed and the run does
/// not require it (scripts/test.sh, so CI, sets MIZAN_REQUIRE_LIBREOFFICE=1).
fn soffice() -> Option<&'static str> {
    let found = Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if found {
        return Some("soffice");
    }
    if std::env::var_os("MIZAN_REQUIRE_LIBREOFFICE").is_some() {
        panic!("MIZAN_REQUIRE_LIBREOFFICE is set but soffice is not installed: run scripts/setup.sh (it installs libreoffice-writer-nogui)");
    }
    eprintln!("\n!!!!!!!! SKIPPED: soffice (LibreOffice) is not installed, the DOCX is not converted. scripts/setup.sh installs it. !!!!!!!!\n");
    None
}

/// The DOCX converted to PDF by LibreOffice, as text (whitespace squashed).
fn converted_text(soffice: &str, dir: &Path, name: &str, docx: &[u8]) -> String {
    let file = dir.join(format!("{name}.docx"));
    std::fs::write(&file, docx).expect("write docx");
    // A profile of its own: concurrent conversions do not share one.
    let profile = format!("-env:UserInstallation=file://{}", dir.join(format!("lo-{name}")).display());
    let out = Command::new(soffice)
        .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(&file)
        .output()
        .expect("run soffice");
    let pdf = dir.join(format!("{name}.pdf"));
    assert!(pdf.is_file(), "LibreOffice did not convert {name}.docx: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let text = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    assert!(text.status.success());
    String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where each of `needles` is found in `text`, searching after the previous one.
fn in_order(text: &str, needles: &[String]) {
    let mut at = 0;
    for n in needles {
        match text[at..].find(n.as_str()) {
            Some(i) => at += i + n.len(),
            None => panic!("`{n}` not found after position {at} (or out of order) in:\n{}", &text[..text.len().min(4000)]),
        }
    }
}

fn words(s: &str, n: usize) -> String {
    s.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

#[test]
fn libreoffice_opens_it_and_shows_the_agency_every_dimension_and_the_recommendations_in_order() {
    let Some(soffice) = soffice() else { return };
    let (fx, input) = sample();
    let r = render_docx(&input).expect("render");
    let m = model::build(&input);
    let text = converted_text(soffice, fx.dir.path(), "sample", &r.docx);
    assert!(text.contains(&m.agency.name), "agency missing");
    // Every dimension title, in the framework's order (each starts its own part).
    let titles: Vec<String> = m.dimensions.iter().filter(|d| d.answered > 0).map(|d| d.title.clone()).collect();
    let from = text.find("Executive summary").expect("summary");
    in_order(&text[from..], &titles);
    // The five priorities in priority order in the summary, then the whole roadmap.
    let top: Vec<String> = m.recommendations.iter().take(5).map(|r| words(&r.text, 6)).collect();
    in_order(&text[from..], &top);
    let roadmap = text.find("Roadmap").expect("roadmap");
    for r in &m.recommendations {
        assert!(text[roadmap..].contains(&words(&r.text, 4)), "recommendation {} missing from the roadmap", r.number);
    }
    assert!(text.contains("Methodology"));
}

#[test]
fn hostile_text_gives_a_document_libreoffice_opens() {
    let Some(soffice) = soffice() else { return };
    let fx = store_with_peers(3);
    let mut input = interview_input(&fx, Lang::En, Paper::A4);
    let hostile = "Evil (agency) & <w:p> ]]> \"q\" 'a' \u{0} \u{7} \u{1b}[31m \u{202E}desrever\u{202C} \u{FFFF}\u{FFFE} 😀🇯🇴 中文 \u{FEFF}";
    input.doc.assessment.agency.name = format!("{hostile} Authority");
    for a in input.doc.answers.iter_mut().take(6) {
        a.note = format!("{hostile} {}", "Supercalifragilistic".repeat(30));
        a.evidence = "line one\nline two\r\nline\tthree \u{2028} four".into();
    }
    input.doc.respondents[0].name = "\u{202E}Rana\u{202C} </w:t> Haddad".into();
    input.name_respondents = true; // names are shown only when the consultant asks
    let r = render_docx(&input).expect("render hostile");
    let document = xml(&parts(&r.docx), "word/document.xml");
    assert!(!document.contains("<w:p> ]]>"), "markup in the text was not escaped");
    let text = converted_text(soffice, fx.dir.path(), "hostile", &r.docx);
    assert!(text.contains("Evil (agency) & <w:p> ]]> \"q\" 'a'"), "hostile name not shown as text:\n{}", &text[..text.len().min(2000)]);
    assert!(text.contains("desrever") && !text.contains('\u{202E}'));
    assert!(text.contains("Rana </w:t> Haddad"));
}

#[test]
fn scores_of_another_framework_are_refused() {
    let (_fx, mut input) = sample();
    input.scores.dimensions.pop();
    assert!(matches!(render_docx(&input), Err(mizan_report::ReportError::Input(_))));
}
