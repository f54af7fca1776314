//! The analysts' CSV export: one row per answer, and a second file of dimension scores.
//! UTF-8 with a byte-order mark (so Excel reads Arabic right), RFC 4180 quoting by the
//! `csv` crate, and every text cell that a spreadsheet would run as a formula
//! (`= + - @`, tab, carriage return first) neutralised with a leading apostrophe.

use crate::error::{Error, Result};
use mizan_core::{scoring, AssessmentDoc, Framework, Lang};
use std::collections::HashMap;

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub const ANSWER_HEADER: [&str; 13] = [
    "agency",
    "assessment",
    "dimension",
    "question id",
    "question",
    "respondent",
    "role",
    "level",
    "level name",
    "not applicable",
    "note",
    "evidence",
    "updated at",
];

pub const DIMENSION_HEADER: [&str; 11] =
    ["agency", "assessment", "dimension id", "dimension", "score", "index", "stage", "stage name", "target", "answered", "questions"];

/// A text cell as a spreadsheet will only ever show it: as text.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec())
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>> {
    w.into_inner().map_err(|e| Error::new("io", format!("the CSV could not be made: {e}")))
}

fn csv_error(e: csv::Error) -> Error {
    Error::new("io", format!("the CSV could not be made: {e}"))
}

fn num(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

/// One row per stored answer, respondents in order, questions in framework order.
pub fn answers(doc: &AssessmentDoc, fw: &Framework, lang: Lang) -> Result<(Vec<u8>, usize)> {
    let mut w = writer();
    w.write_record(ANSWER_HEADER).map_err(csv_error)?;
    let respondents: HashMap<_, _> = doc.respondents.iter().map(|r| (r.id, r)).collect();
    let mut rows = 0;
    for a in &doc.answers {
        let Some(q) = fw.question_position(&a.question).map(|i| &fw.questions[i]) else { continue };
        let dim = fw.dimension_position(&q.dimension).map(|i| fw.dimensions[i].title.get(lang).to_string()).unwrap_or_default();
        let r = respondents.get(&a.respondent);
        let level_name = a.level.and_then(|l| fw.levels.get(usize::from(l).wrapping_sub(1))).map(|l| l.name.get(lang).to_string()).unwrap_or_default();
        let record = [
            neutralise(&doc.assessment.agency.name),
            neutralise(&doc.assessment.title),
            neutralise(&dim),
            neutralise(&q.id),
            neutralise(q.text.get(lang)),
            neutralise(r.map(|r| r.name.as_str()).unwrap_or_default()),
            neutralise(r.map(|r| r.role.as_str()).unwrap_or_default()),
            a.level.map(|l| l.to_string()).unwrap_or_default(),
            neutralise(&level_name),
            if a.not_applicable { "yes" } else { "no" }.to_string(),
            neutralise(&a.note),
            neutralise(&a.evidence),
            a.updated_at.clone(),
        ];
        w.write_record(record).map_err(csv_error)?;
        rows += 1;
    }
    Ok((finish(w)?, rows))
}

/// One row per dimension, then the overall score (dimension id `overall`).
pub fn dimensions(doc: &AssessmentDoc, fw: &Framework, lang: Lang) -> Result<Vec<u8>> {
    let s = scoring::score(fw, doc, lang);
    let mut w = writer();
    w.write_record(DIMENSION_HEADER).map_err(csv_error)?;
    let stage_name = |st: Option<u8>| st.and_then(|x| fw.levels.get(usize::from(x).wrapping_sub(1))).map(|l| l.name.get(lang).to_string()).unwrap_or_default();
    let (agency, title) = (neutralise(&doc.assessment.agency.name), neutralise(&doc.assessment.title));
    for (d, ds) in fw.dimensions.iter().zip(&s.dimensions) {
        w.write_record([
            agency.clone(),
            title.clone(),
            neutralise(&d.id),
            neutralise(d.title.get(lang)),
            num(ds.score),
            num(ds.index),
            ds.stage.map(|x| x.to_string()).unwrap_or_default(),
            neutralise(&stage_name(ds.stage)),
            ds.target.map(|x| x.to_string()).unwrap_or_default(),
            ds.answered.to_string(),
            ds.questions.to_string(),
        ])
        .map_err(csv_error)?;
    }
    let answered: u32 = s.dimensions.iter().map(|d| d.answered).sum();
    w.write_record([
        agency,
        title,
        "overall".into(),
        String::new(),
        num(s.overall.score),
        num(s.overall.index),
        s.overall.stage.map(|x| x.to_string()).unwrap_or_default(),
        neutralise(&stage_name(s.overall.stage)),
        String::new(),
        answered.to_string(),
        fw.questions.len().to_string(),
    ])
    .map_err(csv_error)?;
    finish(w)
}

/// Where the dimension scores go beside `path`: `answers.csv` → `answers-dimensions.csv`.
pub fn dimensions_path(path: &std::path::Path) -> std::path::PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "mizan".into());
    let ext = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    path.with_file_name(format!("{stem}-dimensions{ext}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_leading_cells_are_neutralised_and_others_kept() {
        for (cell, shown) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "'\rcmd"),
            ("a = b", "a = b"),
            ("وزارة", "وزارة"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), shown, "{cell:?}");
        }
    }

    #[test]
    fn the_dimensions_file_sits_beside_the_answers_file() {
        assert_eq!(dimensions_path(std::path::Path::new("/tmp/out.csv")), std::path::PathBuf::from("/tmp/out-dimensions.csv"));
        assert_eq!(dimensions_path(std::path::Path::new("out")), std::path::PathBuf::from("out-dimensions"));
    }
}
