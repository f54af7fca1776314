//! The interview commands of docs/ipc.md, called as the webview calls them: respondents,
//! answers for each, consensus, the consolidation, the change log, importing the files of
//! several laptops, and the analysts' CSV.

use mizan_api::exports::{export, Format, Options, Subject};
use mizan_api::Error as CommandError;
use mizan_api::{OpenOptions, Session};
use serde_json::{json, Value};
use std::path::Path;
use tempfile::TempDir;

mod cmd {
    pub use mizan_api::{answers::*, assessments::*, exports::*, imports::*, interviews::*};
}

const FW: &str = "innovation-readiness";

fn open(db: &Path) -> Session {
    Session::open(db, OpenOptions::app())
}

fn interview(state: &Session) -> String {
    let input = json!({ "title": "", "agency": { "name": "Wadi Health", "sector": "health", "country": "TN", "size": "large", "tags": [] },
                        "framework_id": FW, "framework_version": null, "mode": "interview" });
    cmd::create_assessment(state, input, None).unwrap().summary.id.to_string()
}

fn person(name: &str, role: &str) -> Value {
    json!({ "name": name, "role": role, "unit": "Strategy", "interviewed_on": "2026-03-14" })
}

fn questions(state: &Session) -> Vec<String> {
    mizan_api::frameworks::get_framework(state, FW, None, None).unwrap().questions.iter().map(|q| q.id.clone()).collect()
}

/// A database in a new folder holding one new interview: the folder, the session, the
/// interview's id and its framework's question ids.
fn new_interview() -> (TempDir, Session, String, Vec<String>) {
    let dir = TempDir::new().unwrap();
    let state = open(&dir.path().join("mizan.db"));
    let id = interview(&state);
    let q = questions(&state);
    (dir, state, id, q)
}

fn answer(id: &str, respondent: Option<&str>, question: &str, level: u8, note: &str) -> Value {
    let mut v = json!({ "assessment": id, "question": question, "level": level, "not_applicable": false, "note": note, "evidence": "" });
    if let Some(r) = respondent {
        v["respondent"] = json!(r);
    }
    v
}

fn assert_code<T: std::fmt::Debug>(r: Result<T, CommandError>, code: &str, needle: &str) {
    let e = r.expect_err("the command should have failed");
    assert_eq!(e.code, code, "{e:?}");
    assert!(e.message.contains(needle), "message {:?} should mention {needle:?}", e.message);
}

#[test]
fn a_consultant_interviews_several_people_and_settles_a_disagreement() {
    let (_dir, state, id, q) = new_interview();
    assert_code(cmd::save_answer(&state, answer(&id, None, &q[0], 3, ""), None), "invalid_input", "add the person interviewed first");

    let rana = cmd::add_respondent(&state, &id, person("Rana", "Secretary General")).unwrap().id.to_string();
    let omar = cmd::add_respondent(&state, &id, person("Omar", "Head of IT")).unwrap().id.to_string();
    let lina = cmd::add_respondent(&state, &id, person("Lina", "Service desk")).unwrap().id.to_string();
    // Without a respondent, the first one answers (as before interviews).
    let saved = cmd::save_answer(&state, answer(&id, None, &q[0], 5, ""), None).unwrap();
    assert_eq!(saved.answer.respondent.to_string(), rana);
    cmd::save_answer(&state, answer(&id, Some(&omar), &q[0], 3, ""), None).unwrap();
    cmd::save_answer(&state, answer(&id, Some(&lina), &q[0], 2, ""), None).unwrap();

    let view = cmd::get_consolidation(&state, &id, Some("en")).unwrap();
    let top = serde_json::to_value(&view.questions[0]).unwrap();
    assert_eq!(top["id"], json!(q[0]));
    assert_eq!((top["spread"].clone(), top["disagreement"].clone(), top["consolidated"].clone(), top["consensus"].clone()), (json!(3), json!(true), json!(3.0), Value::Null));
    assert_eq!(top["answers"].as_array().unwrap().iter().map(|a| a["level"].clone()).collect::<Vec<_>>(), [json!(5), json!(3), json!(2)]);

    assert_code(cmd::set_consensus(&state, &id, json!({ "question": q[0], "level": 4 })), "invalid_input", "`input`");
    assert_code(cmd::set_consensus(&state, &id, json!({ "question": q[0], "level": 4, "rationale": " " })), "invalid_input", "rationale is empty");
    assert_code(cmd::set_consensus(&state, &id, json!({ "question": q[0], "level": "4", "rationale": "x" })), "invalid_input", "input.level");
    cmd::set_consensus(&state, &id, json!({ "question": q[0], "level": 4, "rationale": "Agreed in the workshop." })).unwrap();
    let scores = cmd::score_assessment(&state, &id, None).unwrap();
    assert_eq!((scores.questions[0].level, scores.questions[0].consensus), (Some(4.0), true));
    let view = serde_json::to_value(cmd::get_consolidation(&state, &id, None).unwrap()).unwrap();
    assert_eq!(view["questions"][0]["consensus"]["rationale"], json!("Agreed in the workshop."));
    assert_eq!(view["unresolved"], json!(0));
    assert_eq!(cmd::clear_consensus(&state, &id, &q[0]).unwrap().map(|c| c.level), Some(4));
    assert_eq!(cmd::score_assessment(&state, &id, None).unwrap().questions[0].level, Some(3.0));

    let rows = cmd::list_respondents(&state, &id).unwrap();
    assert_eq!(rows.iter().map(|r| r.answers).collect::<Vec<_>>(), [1, 1, 1]);
    assert_eq!(serde_json::to_value(&rows[0]).unwrap()["interviewed_on"], json!("2026-03-14"), "flat, as a Respondent with `answers`");
    assert_eq!(cmd::remove_respondent(&state, &id, &lina).unwrap().answers, 1);
    cmd::undo_remove_respondent(&state, &id, &lina).unwrap();
    assert_code(cmd::remove_respondent(&state, &id, "nope"), "invalid_input", "not a respondent id");
    assert_code(cmd::add_respondent(&state, &id, json!({ "name": "X", "age": 3 })), "invalid_input", "age");

    cmd::save_answer(&state, answer(&id, Some(&omar), &q[0], 1, ""), None).unwrap();
    let changes = cmd::list_changes(&state, &id).unwrap();
    assert_eq!((changes[0].entity.as_str(), changes[0].detail.as_str()), ("answer", "level 1 (was level 3)"));
    cmd::restore_change(&state, &id, changes[0].id).unwrap();
    let detail = cmd::get_assessment(&state, &id, None).unwrap();
    assert_eq!(detail.answers.iter().find(|a| a.respondent.to_string() == omar).unwrap().level, Some(3));

    cmd::finalize_assessment(&state, &id, None).unwrap();
    assert_code(cmd::add_respondent(&state, &id, person("Late", "")), "conflict", "final");
    assert_code(cmd::set_consensus(&state, &id, json!({ "question": q[0], "level": 4, "rationale": "x" })), "conflict", "final");
    cmd::reopen_assessment(&state, &id, None).unwrap();
    cmd::add_respondent(&state, &id, person("Late", "")).unwrap();
}

#[test]
fn the_files_of_several_laptops_are_merged_and_a_hostile_one_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let (a, b) = (open(&dir.path().join("a.db")), open(&dir.path().join("b.db")));
    let id = interview(&a);
    let q = questions(&a);
    let rana = cmd::add_respondent(&a, &id, person("Rana", "")).unwrap().id.to_string();
    cmd::save_answer(&a, answer(&id, Some(&rana), &q[0], 2, ""), None).unwrap();
    let first = dir.path().join("first.mizan.json");
    cmd::export_exchange(&a, &id, &first).unwrap();
    let omar = cmd::add_respondent(&a, &id, person("Omar", "")).unwrap().id.to_string();
    cmd::save_answer(&a, answer(&id, Some(&omar), &q[1], 4, ""), None).unwrap();
    let second = dir.path().join("second.mizan.json");
    cmd::export_exchange(&a, &id, &second).unwrap();
    let hostile = dir.path().join("hostile.mizan.json");
    let mut doc: Value = serde_json::from_slice(&std::fs::read(&second).unwrap()).unwrap();
    doc["answers"][0]["level"] = json!(9);
    std::fs::write(&hostile, serde_json::to_vec(&doc).unwrap()).unwrap();

    let out = cmd::import_exchange_files(&b, &[first.clone(), hostile, second.clone(), second]);
    assert!(out[0].report.as_ref().unwrap().created);
    let refused = out[1].error.as_ref().expect("refused");
    assert_eq!(refused.code, "invalid_exchange");
    assert!(refused.message.contains("answers[0].level"), "{}", refused.message);
    let merged = out[2].report.as_ref().unwrap();
    assert_eq!((merged.new_respondents.clone(), merged.answers_added), (vec!["Omar".to_string()], 1));
    assert!(!out[3].report.as_ref().unwrap().changed(), "the same file twice changes nothing");
    let detail = cmd::get_assessment(&b, &id, None).unwrap();
    assert_eq!((detail.respondents.len(), detail.answers.len()), (2, 2));
}

/// Dropped on the window: a folder and files of another kind are refused with what to do,
/// the exchange files among them are merged, and nothing is written from the refused ones.
#[test]
fn dropped_files_import_the_exchange_files_and_refuse_the_rest_by_name() {
    let dir = TempDir::new().unwrap();
    let (a, b) = (open(&dir.path().join("a.db")), open(&dir.path().join("b.db")));
    let id = interview(&a);
    let rana = cmd::add_respondent(&a, &id, person("Rana", "")).unwrap().id.to_string();
    cmd::save_answer(&a, answer(&id, Some(&rana), &questions(&a)[0], 2, ""), None).unwrap();
    let file = dir.path().join("Laptop A.MIZAN.JSON");
    cmd::export_exchange(&a, &id, &file).unwrap();
    let toml = dir.path().join("framework.toml");
    std::fs::write(&toml, "id = \"x\"").unwrap();
    let folder = dir.path().join("exports");
    std::fs::create_dir(&folder).unwrap();
    let missing = dir.path().join("gone.mizan.json");

    let out = cmd::import_dropped(&b, &[toml, folder, missing, file]);
    let errors: Vec<_> = out.iter().map(|o| o.error.as_ref().map(|e| (e.code.as_str(), e.message.as_str()))).collect();
    assert!(matches!(errors[0], Some(("invalid_input", m)) if m.contains("framework.toml is not an exchange file") && m.contains("Frameworks")), "{errors:?}");
    assert!(matches!(errors[1], Some(("invalid_input", m)) if m.contains("exports is a folder")), "{errors:?}");
    assert!(matches!(errors[2], Some((_, m)) if m.contains("gone.mizan.json")), "{errors:?}");
    assert!(out[3].report.as_ref().unwrap().created, "{:?}", out[3]);
    assert_eq!(cmd::list_assessments(&b, None).unwrap().len(), 1, "only the exchange file wrote anything");
}

/// A file that would change a final assessment is refused with an offer; taking it
/// reopens the assessment and imports the file in one step. The offer names no path.
#[test]
fn an_import_refused_by_a_final_assessment_is_imported_once_the_user_agrees() {
    let dir = TempDir::new().unwrap();
    let (a, b) = (open(&dir.path().join("a.db")), open(&dir.path().join("b.db")));
    let id = interview(&a);
    cmd::add_respondent(&a, &id, person("Rana", "")).unwrap();
    let first = dir.path().join("first.mizan.json");
    cmd::export_exchange(&a, &id, &first).unwrap();
    cmd::import_exchange_files(&b, std::slice::from_ref(&first));
    cmd::finalize_assessment(&b, &id, None).unwrap();
    cmd::add_respondent(&a, &id, person("Omar", "")).unwrap();
    let second = dir.path().join("second.mizan.json");
    cmd::export_exchange(&a, &id, &second).unwrap();

    let out = cmd::import_exchange_files(&b, &[first, second]);
    assert!(out[0].reopen.is_none() && out[0].report.is_some(), "nothing new for a final one: not refused");
    let (error, offer) = (out[1].error.clone().unwrap(), out[1].reopen.clone().expect("an offer to reopen"));
    assert_eq!(error.code, "final");
    assert!(error.message.contains("is final here") && error.message.contains("nothing was written"), "{}", error.message);
    // Created without a title: none is stored, and the UI words it ("Untitled assessment").
    assert_eq!((offer.assessment.as_str(), offer.title.as_str()), (id.as_str(), ""));
    assert!(error.message.contains(": the untitled assessment is final here"), "{}", error.message);
    let wire = serde_json::to_value(&out[1]).unwrap();
    assert!(!wire["reopen"].to_string().contains("second.mizan.json"), "the offer names no path: {wire}");
    assert_eq!(cmd::get_assessment(&b, &id, None).unwrap().summary.status, mizan_core::Status::Final);

    let taken = cmd::import_reopened(&b, offer.token).unwrap();
    assert_eq!(taken.report.as_ref().unwrap().new_respondents, ["Omar"]);
    assert_eq!(cmd::get_assessment(&b, &id, None).unwrap().summary.status, mizan_core::Status::Draft);
    let again = cmd::import_reopened(&b, offer.token).unwrap();
    assert!(!again.report.unwrap().changed(), "taking the offer twice changes nothing more");
    for token in [0, offer.token + 1, u32::MAX] {
        assert_code(cmd::import_reopened(&b, token), "not_found", "import the file again");
    }
}

/// The analysts' CSV: BOM, one row per answer, every column, Arabic intact, and a note
/// that begins with `=` arrives as text, not as a formula.
#[test]
fn the_csv_export_is_one_row_per_answer_with_formulas_neutralised() {
    let (dir, state, id, q) = new_interview();
    let rana = cmd::add_respondent(&state, &id, person("رنا حداد", "Secretary, General")).unwrap().id.to_string();
    let omar = cmd::add_respondent(&state, &id, person("Omar", "@IT")).unwrap().id.to_string();
    cmd::save_answer(&state, answer(&id, Some(&rana), &q[0], 3, "=HYPERLINK(\"http://evil\",\"x\")"), None).unwrap();
    cmd::save_answer(&state, answer(&id, Some(&omar), &q[0], 5, "line one\nline \"two\""), None).unwrap();
    cmd::save_answer(&state, answer(&id, Some(&omar), &q[1], 2, "-1+2"), None).unwrap();

    let path = dir.path().join("answers.csv");
    let done = cmd::export_csv(&state, &id, Some("en"), &path).unwrap();
    assert_eq!(done.rows, 3);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("agency,assessment,dimension,question id,question,respondent,role,level,level name,not applicable,note,evidence,updated at\r\n"));
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][5], "رنا حداد");
    assert_eq!(&rows[0][6], "Secretary, General", "a comma stays inside its quoted cell");
    assert_eq!(&rows[0][10], "'=HYPERLINK(\"http://evil\",\"x\")", "arrives as text");
    assert_eq!((&rows[0][7], &rows[0][9]), ("3", "no"));
    assert_eq!(&rows[1][10], "line one\nline \"two\"");
    assert_eq!(&rows[1][6], "'@IT");
    assert_eq!(&rows[2][10], "'-1+2");
    assert!(rows.iter().all(|r| !r[8].is_empty() && !r[12].is_empty()));

    let dims = std::fs::read_to_string(&done.dimensions_path).unwrap();
    assert!(done.dimensions_path.ends_with("answers-dimensions.csv"));
    let dims: Vec<&str> = dims.trim_start_matches('\u{feff}').lines().collect();
    assert!(dims[0].starts_with("agency,assessment,dimension id,dimension,score,index,stage"));
    assert!(dims.last().unwrap().contains(",overall,"));

    // The command line's route (Format::Csv) writes the same.
    let again = dir.path().join("again.csv");
    let uuid = cmd::resolve(&state, &id).unwrap();
    let e = export(&state, Subject::Stored(uuid), Format::Csv, &again, &Options::default()).unwrap();
    assert_eq!(std::fs::read(&again).unwrap(), std::fs::read(&path).unwrap());
    assert_eq!(e.also.len(), 1);
}

/// A hostile file's refusal reaches the webview as data: the problem's key, the file and
/// JSON path then the problem's own arguments, the place, and the CLI's English message.
#[test]
fn a_refused_file_tells_the_webview_what_is_wrong_by_key() {
    let dir = TempDir::new().unwrap();
    let a = open(&dir.path().join("a.db"));
    let id = interview(&a);
    cmd::add_respondent(&a, &id, person("Rana", "")).unwrap();
    let q = questions(&a)[0].clone();
    let rana = cmd::get_assessment(&a, &id, None).unwrap().respondents[0].id.to_string();
    cmd::save_answer(&a, answer(&id, Some(&rana), &q, 2, ""), None).unwrap();
    let file = dir.path().join("evil.mizan.json");
    cmd::export_exchange(&a, &id, &file).unwrap();
    let mut v: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    v["answers"][0]["level"] = json!(42);
    std::fs::write(&file, serde_json::to_vec(&v).unwrap()).unwrap();

    let b = open(&dir.path().join("b.db"));
    let out = cmd::import_exchange_files(&b, std::slice::from_ref(&file));
    let e = out[0].error.clone().expect("refused");
    let name = file.display().to_string();
    assert_eq!((e.code.as_str(), e.key.as_str()), ("invalid_exchange", "err-exchange-level-out-of-range"));
    let args: Vec<(&str, &str)> = e.args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(args, vec![("file", name.as_str()), ("level", "42"), ("max", "5"), ("path", "answers[0].level")]);
    assert_eq!(e.place, Some(format!("{name}: answers[0].level")));
    assert_eq!(e.message, format!("{name}: answers[0].level: level 42 is out of range: this framework has levels 1 to 5"));
}
