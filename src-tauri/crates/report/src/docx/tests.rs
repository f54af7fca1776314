//! Right-to-left: built in before the Arabic catalog exists (forced here, as the PDF's test
//! does), so an Arabic report is right-to-left in Word from the day the catalog lands.

use crate::{Paper, ReportInput};
use mizan_core::benchmark::PeerFilter;
use mizan_core::{exchange, Catalog, Lang};
use std::io::Read;

fn sample(lang: Lang) -> ReportInput {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/interview-wadi-health.mizan.json");
    let (doc, framework) = exchange::read_file(&path, &Catalog::builtin()).expect("sample");
    let scores = mizan_core::score(&framework, &doc, lang);
    ReportInput { doc, framework, scores, benchmark: None, filter: PeerFilter::default(), peers: Vec::new(), trend: Vec::new(), lang, digits: mizan_core::Digits::Latin, paper: Paper::A4, generated_at: chrono::Utc::now(), name_respondents: false, sections: crate::Sections::default() }
}

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
    let mut s = String::new();
    zip.by_name(name).expect(name).read_to_string(&mut s).expect("read");
    s
}

#[test]
fn an_arabic_report_is_right_to_left_in_its_paragraphs_tables_and_runs() {
    let mut input = sample(Lang::Ar);
    let name = "هيئة خدمات الصحة في وادي";
    input.doc.assessment.agency.name = name.into();
    let r = super::render(&input, Some(true)).expect("render");
    let doc = part(&r.docx, "word/document.xml");
    let paragraphs = doc.matches("<w:p>").count() + doc.matches("<w:p ").count();
    assert_eq!(doc.matches("<w:bidi />").count(), paragraphs, "every paragraph is right-to-left");
    assert_eq!(doc.matches("<w:tbl>").count(), doc.matches("<w:bidiVisual />").count(), "every table runs from the right");
    assert!(doc.contains("<w:rtl /><w:lang w:bidi=\"ar-SA\" />"), "Arabic runs are marked right-to-left");
    assert!(!doc.contains(super::package::RTL_RUN), "a marker was left in");
    assert!(doc.contains(name));
    let styles = part(&r.docx, "word/styles.xml");
    assert!(styles.contains("w:bidi=\"ar-SA\""), "no Arabic language for complex script text");
    assert!(part(&r.docx, "word/header1.xml").contains("<w:rtl />"), "the running header's Arabic name");
}

#[test]
fn a_left_to_right_report_has_no_right_to_left_marks() {
    let r = super::render(&sample(Lang::En), Some(false)).expect("render");
    let doc = part(&r.docx, "word/document.xml");
    assert!(!doc.contains("<w:bidi />") && !doc.contains("<w:rtl />") && !doc.contains("bidiVisual"));
}

/// A run whose whole text is `text` (a heading).
fn has_run(xml: &str, text: &str) -> bool {
    xml.contains(&format!(">{text}</w:t>"))
}

#[test]
fn a_section_left_out_is_not_in_the_document_and_the_summary_always_is() {
    use crate::{Section, Sections};
    let full = part(&super::render(&sample(Lang::En), None).expect("render").docx, "word/document.xml");
    let mut input = sample(Lang::En);
    input.sections = Sections::only([Section::Roadmap, Section::Methodology]);
    let short = part(&super::render(&input, None).expect("render").docx, "word/document.xml");
    for text in ["Executive summary", "Roadmap", "Methodology"] {
        assert!(has_run(&full, text) && has_run(&short, text), "{text}");
    }
    for gone in ["Benchmark", "Respondents", "Dimension 1 of 9"] {
        assert!(has_run(&full, gone), "{gone} in the full report");
        assert!(!has_run(&short, gone), "{gone} was left out");
    }
    input.sections = Sections::none();
    let summary = part(&super::render(&input, None).expect("render").docx, "word/document.xml");
    assert!(has_run(&summary, "Executive summary") && !has_run(&summary, "Roadmap") && !has_run(&summary, "Methodology"));
}
