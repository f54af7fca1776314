//! Exchange files (`*.mizan.json`): strict reading, validation with JSON paths, and
//! deterministic writing (export → import → export is byte-identical).

use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use crate::framework::Framework;
use crate::model::*;
use crate::rules::{block_text, clean_tags, is_country_code, is_in_the_future, level_in_range, line_text, text_problem, MAX_ANSWER_TEXT, MAX_CLOCK_SKEW_HOURS, MAX_NAME};
pub use crate::rules::MAX_EXCHANGE_BYTES;
use crate::time;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

mod problem;
pub use problem::{ExchangeProblem, FileKind, JsonProblem};

/// Reads and validates an exchange file. Nothing is written anywhere.
pub fn read_file(path: &Path, catalog: &Catalog) -> Result<(AssessmentDoc, Arc<Framework>)> {
    let name = path.display().to_string();
    let bytes = crate::files::read_capped(path, MAX_EXCHANGE_BYTES)
        .map_err(|e| e.into_error(path, FileKind::Exchange, MAX_EXCHANGE_BYTES, |p| refuse(&name, "$", p)))?;
    parse(&name, &bytes, catalog)
}

fn refuse(file: &str, path: impl Into<String>, problem: ExchangeProblem) -> CoreError {
    CoreError::InvalidExchange { file: file.to_string(), path: path.into(), problem: Box::new(problem) }
}

/// Parses and validates exchange-file bytes; `file` names the input in messages.
pub fn parse(file: &str, bytes: &[u8], catalog: &Catalog) -> Result<(AssessmentDoc, Arc<Framework>)> {
    if bytes.len() as u64 > MAX_EXCHANGE_BYTES {
        return Err(refuse(file, "$", ExchangeProblem::TooLarge { kind: FileKind::Exchange, mib: MAX_EXCHANGE_BYTES / (1024 * 1024) }));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| refuse(file, "$", ExchangeProblem::NotUtf8 { kind: FileKind::Exchange, byte: e.valid_up_to() }))?;
    // A byte-order mark (added by some Windows editors) is not part of the document.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // serde accepts a JSON array for a struct (fields by position); an exchange file is an
    // object, so refuse anything else before it is read.
    match text.trim_start_matches([' ', '\t', '\n', '\r']).bytes().next() {
        Some(b'{') => {}
        None => return Err(refuse(file, "$", ExchangeProblem::Empty)),
        Some(_) => return Err(refuse(file, "$", ExchangeProblem::NotAnObject)),
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let mut doc: AssessmentDoc = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        // serde_path_to_error writes "." for the root and "?" for a key it could not read.
        let path = e.path().to_string();
        let path = path.trim_end_matches('?').trim_end_matches('.');
        // A blank key (`{" ": 1}`) gives a blank path: name the document instead.
        let path = if path.trim().is_empty() { "$".to_string() } else { path.to_string() };
        // serde_json appends " at line L column C"; keep it, it helps in an editor.
        refuse(file, path, ExchangeProblem::json(&e.into_inner()))
    })?;
    de.end().map_err(|e| refuse(file, "$", ExchangeProblem::trailing(&e)))?;
    check_objects(file, text)?;
    let fw = validate(file, &doc, catalog)?;
    clean_texts(&mut doc);
    Ok((doc, fw))
}

/// A file's texts as the forms store them ([`line_text`], [`block_text`]): what is
/// imported, scored or reported from a file reads the same on screen and on paper.
fn clean_texts(doc: &mut AssessmentDoc) {
    let a = &mut doc.assessment;
    for name in [&mut a.title, &mut a.agency.name, &mut a.agency.sector, &mut a.agency.size] {
        *name = line_text(name);
    }
    a.agency.tags = clean_tags(&a.agency.tags);
    for r in &mut doc.respondents {
        for name in [&mut r.name, &mut r.role, &mut r.unit] {
            *name = line_text(name);
        }
    }
    for ans in &mut doc.answers {
        for text in [&mut ans.note, &mut ans.evidence] {
            *text = block_text(text);
        }
    }
    for c in &mut doc.consensus {
        c.rationale = block_text(&c.rationale);
    }
}

/// serde reads a struct from a JSON array too (fields by position); an exchange file writes
/// every record as an object, so a record given as anything else is refused with its path.
/// Runs on text that has already been read as an `AssessmentDoc`.
fn check_objects(file: &str, text: &str) -> Result<()> {
    use serde_json::Value;
    let v: Value = serde_json::from_str(text).map_err(|e| refuse(file, "$", ExchangeProblem::json(&e)))?;
    let object = |path: &str, x: Option<&Value>| match x {
        Some(x) if !x.is_object() => Err(refuse(file, path, ExchangeProblem::RecordNotAnObject { array: x.is_array() })),
        _ => Ok(()),
    };
    object("framework", v.get("framework"))?;
    object("assessment", v.get("assessment"))?;
    object("assessment.agency", v.get("assessment").and_then(|a| a.get("agency")))?;
    for list in ["respondents", "answers", "consensus"] {
        for (i, x) in v.get(list).and_then(Value::as_array).into_iter().flatten().enumerate() {
            object(&format!("{list}[{i}]"), Some(x))?;
        }
    }
    Ok(())
}

/// Checks everything serde cannot: the framework, ids, ranges, references, duplicates.
pub fn validate(file: &str, doc: &AssessmentDoc, catalog: &Catalog) -> Result<Arc<Framework>> {
    if doc.format != EXCHANGE_FORMAT {
        let problem = ExchangeProblem::WrongFormat { kind: FileKind::Exchange, found: doc.format.clone(), expected: EXCHANGE_FORMAT };
        return Err(refuse(file, "format", problem));
    }
    if doc.format_version != EXCHANGE_FORMAT_VERSION {
        let problem = ExchangeProblem::FormatVersion { found: doc.format_version, supported: EXCHANGE_FORMAT_VERSION };
        return Err(refuse(file, "format_version", problem));
    }
    let fw = catalog.get(&doc.framework.id, Some(&doc.framework.version)).cloned().ok_or_else(|| {
        let problem = ExchangeProblem::FrameworkNotInstalled { framework: doc.framework.id.clone(), version: doc.framework.version.clone() };
        refuse(file, "framework", problem)
    })?;
    let levels = fw.level_count();
    let a = &doc.assessment;
    // No title is none (empty), as the store keeps it: a display says "untitled".
    text_field(file, "assessment.title", &a.title, MAX_NAME, false)?;
    text_field(file, "assessment.agency.name", &a.agency.name, MAX_NAME, true)?;
    for (p, v) in [("sector", &a.agency.sector), ("size", &a.agency.size)] {
        text_field(file, &format!("assessment.agency.{p}"), v, MAX_NAME, false)?;
    }
    if !is_country_code(&a.agency.country) {
        return Err(refuse(file, "assessment.agency.country", ExchangeProblem::Country { value: a.agency.country.clone() }));
    }
    for (i, t) in a.agency.tags.iter().enumerate() {
        text_field(file, &format!("assessment.agency.tags[{i}]"), t, MAX_NAME, true)?;
    }
    for (dim, &t) in &a.targets {
        if fw.dimension_position(dim).is_none() {
            let problem = ExchangeProblem::NotADimension { dimension: dim.clone(), framework: fw.id.clone(), version: Some(fw.version.clone()) };
            return Err(refuse(file, format!("assessment.targets.{dim}"), problem));
        }
        if !level_in_range(t, levels) {
            return Err(refuse(file, format!("assessment.targets.{dim}"), ExchangeProblem::TargetOutOfRange { target: t, max: levels }));
        }
    }
    timestamp(file, "assessment.created_at", &a.created_at)?;
    timestamp(file, "assessment.updated_at", &a.updated_at)?;
    if let Some(f) = &a.finalized_at {
        timestamp(file, "assessment.finalized_at", f)?;
    }

    let mut respondent_ids = HashSet::new();
    for (i, r) in doc.respondents.iter().enumerate() {
        if !respondent_ids.insert(r.id) {
            return Err(refuse(file, format!("respondents[{i}].id"), ExchangeProblem::RespondentTwice { id: r.id.to_string() }));
        }
        // The one respondent of a self-assessment has no name (the agency itself).
        let named = !(a.mode == Mode::SelfAssessment && i == 0);
        text_field(file, &format!("respondents[{i}].name"), &r.name, MAX_NAME, named)?;
        text_field(file, &format!("respondents[{i}].role"), &r.role, MAX_NAME, false)?;
        text_field(file, &format!("respondents[{i}].unit"), &r.unit, MAX_NAME, false)?;
        if let Some(problem) = r.interviewed_on.as_deref().and_then(crate::rules::date_problem) {
            return Err(refuse(file, format!("respondents[{i}].interviewed_on"), problem));
        }
    }
    let mut pairs = HashSet::new();
    for (i, ans) in doc.answers.iter().enumerate() {
        let p = |f: &str| format!("answers[{i}].{f}");
        if !respondent_ids.contains(&ans.respondent) {
            return Err(refuse(file, p("respondent"), ExchangeProblem::UnknownRespondent { id: ans.respondent.to_string() }));
        }
        if fw.question_position(&ans.question).is_none() {
            return Err(refuse(file, p("question"), not_a_question(&ans.question, &fw)));
        }
        if !pairs.insert((ans.respondent, ans.question.as_str())) {
            let problem = ExchangeProblem::AnsweredTwice { respondent: ans.respondent.to_string(), question: ans.question.clone() };
            return Err(refuse(file, p("question"), problem));
        }
        if let Some(l) = ans.level {
            if !level_in_range(l, levels) {
                return Err(refuse(file, p("level"), ExchangeProblem::LevelOutOfRange { level: l, max: levels }));
            }
            if ans.not_applicable {
                return Err(refuse(file, p("not_applicable"), ExchangeProblem::LevelAndNotApplicable));
            }
        }
        text_field(file, &p("note"), &ans.note, MAX_ANSWER_TEXT, false)?;
        text_field(file, &p("evidence"), &ans.evidence, MAX_ANSWER_TEXT, false)?;
        timestamp(file, &p("updated_at"), &ans.updated_at)?;
    }
    let mut consensus_questions = HashSet::new();
    for (i, c) in doc.consensus.iter().enumerate() {
        let p = |f: &str| format!("consensus[{i}].{f}");
        if fw.question_position(&c.question).is_none() {
            return Err(refuse(file, p("question"), not_a_question(&c.question, &fw)));
        }
        if !consensus_questions.insert(c.question.as_str()) {
            return Err(refuse(file, p("question"), ExchangeProblem::ConsensusTwice { question: c.question.clone() }));
        }
        if !level_in_range(c.level, levels) {
            return Err(refuse(file, p("level"), ExchangeProblem::LevelOutOfRange { level: c.level, max: levels }));
        }
        text_field(file, &p("rationale"), &c.rationale, MAX_ANSWER_TEXT, false)?;
        timestamp(file, &p("updated_at"), &c.updated_at)?;
    }
    Ok(fw)
}

fn not_a_question(question: &str, fw: &Framework) -> ExchangeProblem {
    ExchangeProblem::NotAQuestion { question: question.to_string(), framework: fw.id.clone(), version: fw.version.clone() }
}

fn text_field(file: &str, path: &str, value: &str, max: usize, required: bool) -> Result<()> {
    match text_problem(value, max, required) {
        Some(problem) => Err(refuse(file, path, problem)),
        None => Ok(()),
    }
}

fn timestamp(file: &str, path: &str, value: &str) -> Result<()> {
    match time::normalize(value) {
        // Kept and exported in UTC: that form must read back too. An offset can carry a
        // time at the edge of year 0000 or 9999 out of RFC 3339's four-digit years.
        Some(utc) if time::normalize(&utc).is_none() => Err(refuse(file, path, ExchangeProblem::TimeOutsideYears { value: value.to_string(), utc })),
        // Newer wins a merge: a time ahead of the clock would win every later edit for ever.
        Some(utc) if time::parse(&utc).is_some_and(|t| is_in_the_future(t, chrono::Utc::now())) => Err(refuse(
            file,
            path,
            ExchangeProblem::TimeInFuture { value: value.to_string(), hours: MAX_CLOCK_SKEW_HOURS, now: time::now() },
        )),
        Some(_) => Ok(()),
        None => Err(refuse(file, path, ExchangeProblem::NotATimestamp { value: value.to_string() })),
    }
}

/// Normalises timestamps to UTC milliseconds, so equal instants compare equal as text, and
/// cleans the texts (a document built in code reaches the store through here too).
pub fn normalize(doc: &mut AssessmentDoc) {
    clean_texts(doc);
    let n = |s: &mut String| {
        if let Some(t) = time::normalize(s) {
            *s = t;
        }
    };
    n(&mut doc.assessment.created_at);
    n(&mut doc.assessment.updated_at);
    if let Some(f) = doc.assessment.finalized_at.as_mut() {
        n(f);
    }
    doc.answers.iter_mut().for_each(|a| n(&mut a.updated_at));
    doc.consensus.iter_mut().for_each(|c| n(&mut c.updated_at));
}

/// The file's bytes: pretty JSON, fixed field order, trailing newline.
pub fn to_bytes(doc: &AssessmentDoc) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(doc).expect("an AssessmentDoc always serializes");
    out.push(b'\n');
    out
}

/// Writes atomically: a temporary file beside the target, then a rename.
pub fn write_file(path: &Path, doc: &AssessmentDoc) -> Result<()> {
    write_atomic(path, &to_bytes(doc))
}

pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.tmp-{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("mizan"), std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(CoreError::io(path, e));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
