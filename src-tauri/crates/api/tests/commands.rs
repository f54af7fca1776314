//! Every command of docs/ipc.md, called exactly as the webview calls it (the mizan-api
//! functions the `#[tauri::command]` wrappers call), on a temporary database, no window.

use mizan_api::Error as CommandError;
use mizan_api::{OpenOptions, Session};
use mizan_core::test_support::TWO_LEVEL_FRAMEWORK;
use serde_json::{json, Value};
use std::path::Path;
use tempfile::TempDir;

/// The use cases under the names of the commands of docs/ipc.md.
mod cmd {
    pub use mizan_api::{agencies::*, answers::*, app::*, assessments::*, compare::*, exports::*, frameworks::*, imports::*, sample::*};
}

/// The database as the app opens it.
fn open(db: &Path) -> Session {
    Session::open(db, OpenOptions::app())
}

const FW: &str = "innovation-readiness";

fn fresh() -> (TempDir, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = open(&dir.path().join("mizan.db"));
    assert!(state.db_error().is_none(), "{:?}", state.db_error());
    (dir, state)
}

fn new_assessment(name: &str) -> Value {
    json!({
        "title": "",
        "agency": { "name": name, "sector": "health", "country": "tn", "size": "large", "tags": ["pilot"] },
        "framework_id": FW,
        "framework_version": null,
        "mode": "self"
    })
}

/// The first `n` question ids of the framework, in framework order.
fn questions(state: &Session, n: usize) -> Vec<String> {
    let f = cmd::get_framework(state, FW, None, Some("en")).unwrap();
    f.questions.iter().take(n).map(|q| q.id.clone()).collect()
}

fn answer(id: &str, respondent: &str, question: &str, level: Value) -> Value {
    json!({ "assessment": id, "respondent": respondent, "question": question, "level": level,
            "not_applicable": false, "note": "", "evidence": "" })
}

/// Creates an assessment and returns (assessment id, respondent id).
fn create(state: &Session) -> (String, String) {
    let d = cmd::create_assessment(state, new_assessment("Ministry of Health"), None).unwrap();
    (d.summary.id.to_string(), d.respondents[0].id.to_string())
}

/// A fresh database holding one assessment whose first five questions are answered 3;
/// its id.
fn with_five_answers() -> (TempDir, Session, String) {
    let (dir, state) = fresh();
    let (id, respondent) = create(&state);
    for q in questions(&state, 5) {
        cmd::save_answer(&state, answer(&id, &respondent, &q, json!(3)), None).unwrap();
    }
    (dir, state, id)
}

fn as_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

fn assert_code<T: std::fmt::Debug>(
    r: Result<T, CommandError>,
    code: &str,
    needle: &str,
) -> CommandError {
    let e = r.expect_err("the command should have failed");
    assert_eq!(e.code, code, "{e:?}");
    assert!(
        e.message.contains(needle),
        "message {:?} should mention {needle:?}",
        e.message
    );
    e
}

#[test]
fn a_self_assessment_goes_from_creation_to_undo_delete() {
    let (_dir, s) = fresh();
    assert!(cmd::list_assessments(&s, None).unwrap().is_empty());

    let d =
        cmd::create_assessment(&s, new_assessment("  Ministry   of Health "), Some("en")).unwrap();
    let id = d.summary.id.to_string();
    assert_eq!(
        d.respondents.len(),
        1,
        "a self assessment has exactly one respondent"
    );
    assert!(d.answers.is_empty());
    assert_eq!(d.position, None);
    assert_eq!(d.summary.status, mizan_core::Status::Draft);
    assert_eq!(d.summary.agency.country, "TN");
    assert_eq!(d.summary.completeness, 0.0);
    let total = d.summary.questions;
    assert!(total >= 3);
    let respondent = d.respondents[0].id.to_string();

    let qs = questions(&s, 3);
    for (q, level) in qs.iter().zip([2, 3, 4]) {
        let saved = cmd::save_answer(&s, answer(&id, &respondent, q, json!(level)), None).unwrap();
        assert_eq!(saved.answer.level, Some(level));
        assert_eq!(&saved.answer.question, q);
    }
    let saved = cmd::save_answer(&s, answer(&id, &respondent, &qs[0], json!(5)), None).unwrap();
    assert_eq!(
        saved.summary.answered, 3,
        "answering again replaces, it does not add"
    );

    let d = cmd::get_assessment(&s, &id, None).unwrap();
    let levels: Vec<_> = d
        .answers
        .iter()
        .map(|a| (a.question.clone(), a.level))
        .collect();
    assert_eq!(
        levels,
        vec![
            (qs[0].clone(), Some(5)),
            (qs[1].clone(), Some(3)),
            (qs[2].clone(), Some(4))
        ]
    );
    assert_eq!(
        d.position.as_deref(),
        Some(qs[0].as_str()),
        "saving an answer moves the position to it"
    );

    cmd::set_position(&s, &id, &qs[2]).unwrap();
    assert_eq!(
        cmd::get_assessment(&s, &id, None)
            .unwrap()
            .position
            .as_deref(),
        Some(qs[2].as_str())
    );

    let scores = cmd::score_assessment(&s, &id, Some("en")).unwrap();
    assert_eq!(scores.assessment, id);
    assert_eq!(scores.levels, 5);
    assert!((scores.completeness - 3.0 / total as f64).abs() < 1e-9);
    assert!(scores.overall.score.is_some() && scores.overall.stage_name.is_some());
    let json = as_json(&scores);
    for key in [
        "assessment",
        "framework",
        "levels",
        "overall",
        "completeness",
        "dimensions",
        "questions",
        "recommendations",
    ] {
        assert!(json.get(key).is_some(), "Scores lacks `{key}`");
    }

    let fin = cmd::finalize_assessment(&s, &id, None).unwrap();
    assert_eq!(fin.status, mizan_core::Status::Final);
    assert!(fin.finalized_at.is_some());
    assert_code(
        cmd::save_answer(&s, answer(&id, &respondent, &qs[1], json!(1)), None),
        "conflict",
        "final",
    );

    let dup = cmd::duplicate_assessment(&s, &id, None).unwrap();
    assert_ne!(dup.summary.id.to_string(), id);
    assert_eq!(dup.summary.status, mizan_core::Status::Draft);
    assert!(dup.answers.is_empty());
    assert_eq!(dup.respondents.len(), 1);
    assert_ne!(
        dup.respondents[0].id.to_string(),
        respondent,
        "respondent ids are never shared"
    );
    assert_eq!(
        dup.summary.agency.id, fin.agency.id,
        "a re-assessment is of the same agency"
    );
    assert_eq!(cmd::list_assessments(&s, None).unwrap().len(), 2);

    cmd::delete_assessment(&s, &id).unwrap();
    let listed: Vec<String> = cmd::list_assessments(&s, None)
        .unwrap()
        .iter()
        .map(|a| a.id.to_string())
        .collect();
    assert_eq!(listed, vec![dup.summary.id.to_string()]);
    assert_code(cmd::get_assessment(&s, &id, None), "not_found", &id);
    assert_code(cmd::delete_assessment(&s, &id), "not_found", &id);

    let back = cmd::undo_delete(&s, &id, None).unwrap();
    assert_eq!(back.id.to_string(), id);
    assert_eq!(back.status, mizan_core::Status::Final);
    assert_eq!(cmd::list_assessments(&s, None).unwrap().len(), 2);
    assert_code(cmd::undo_delete(&s, &id, None), "not_found", &id);
}

#[test]
fn answers_and_position_survive_closing_and_reopening_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nested").join("mizan.db");
    let (id, respondent, qs) = {
        let s = open(&db);
        let (id, respondent) = create(&s);
        let qs = questions(&s, 3);
        for q in &qs {
            cmd::save_answer(&s, answer(&id, &respondent, q, json!(3)), None).unwrap();
        }
        cmd::set_position(&s, &id, &qs[1]).unwrap();
        (id, respondent, qs)
    };
    let s = open(&db);
    let d = cmd::get_assessment(&s, &id, None).unwrap();
    assert_eq!(d.respondents[0].id.to_string(), respondent);
    assert_eq!(
        d.answers
            .iter()
            .map(|a| a.question.clone())
            .collect::<Vec<_>>(),
        qs
    );
    assert_eq!(d.position.as_deref(), Some(qs[1].as_str()));
    assert_eq!(d.summary.answered, 3);
}

#[test]
fn a_framework_is_resolved_to_one_language_with_numbered_levels_and_dimension_questions() {
    let (_dir, s) = fresh();
    let list = cmd::list_frameworks(&s, Some("en")).unwrap();
    let summary = list
        .iter()
        .find(|f| f.id == FW)
        .expect("the built-in framework is listed");
    assert!(summary.builtin);

    let f = cmd::get_framework(&s, FW, Some(&summary.version), Some("en")).unwrap();
    assert_eq!(f.questions.len(), summary.questions);
    assert_eq!(
        f.levels.iter().map(|l| l.number).collect::<Vec<_>>(),
        (1..=summary.levels as u8).collect::<Vec<_>>()
    );
    // Every question is listed under its own dimension, once, in framework order.
    let listed: Vec<&String> = f
        .dimensions
        .iter()
        .flat_map(|d| d.questions.iter())
        .collect();
    assert_eq!(listed.len(), f.questions.len());
    for d in &f.dimensions {
        let own: Vec<&String> = f
            .questions
            .iter()
            .filter(|q| q.dimension == d.id)
            .map(|q| &q.id)
            .collect();
        assert_eq!(
            d.questions.iter().collect::<Vec<_>>(),
            own,
            "dimension {}",
            d.id
        );
    }
    for q in &f.questions {
        assert_eq!(q.levels.len(), f.levels.len(), "question {}", q.id);
    }
    // Texts are plain strings in the IPC, never `{ en, fr, ar }` tables.
    let json = as_json(&f);
    assert!(
        json["title"].is_string()
            && json["levels"][0]["name"].is_string()
            && json["questions"][0]["text"].is_string()
    );

    // Each language resolves through the engine's own fallback rule.
    let core = mizan_core::Catalog::builtin();
    let core_fw = core.require(FW, None).unwrap();
    for lang in ["fr", "ar"] {
        let resolved = cmd::get_framework(&s, FW, None, Some(lang)).unwrap();
        let l = mizan_core::Lang::parse(lang).unwrap();
        assert_eq!(resolved.title, core_fw.title.get(l));
        assert_eq!(resolved.questions[0].text, core_fw.questions[0].text.get(l));
        assert_eq!(
            resolved.levels[4].description,
            core_fw.levels[4].description.get(l)
        );
    }

    assert_code(
        cmd::get_framework(&s, "no-such-framework", None, None),
        "not_found",
        "no-such-framework",
    );
    assert_code(
        cmd::get_framework(&s, FW, Some("9.9.9"), None),
        "not_found",
        "9.9.9",
    );
    assert_code(
        cmd::list_frameworks(&s, Some("de")),
        "invalid_input",
        "`de`",
    );
}

/// Everything a hostile or buggy webview could send is refused with a clear error, and
/// the stored assessment is exactly as it was.
#[test]
fn hostile_input_is_refused_and_nothing_is_written() {
    let (_dir, s) = fresh();
    let (id, respondent) = create(&s);
    let q = questions(&s, 1).remove(0);
    cmd::save_answer(&s, answer(&id, &respondent, &q, json!(2)), None).unwrap();
    let before = as_json(&cmd::get_assessment(&s, &id, None).unwrap());

    let other = cmd::create_assessment(&s, new_assessment("Ministry of Finance"), None).unwrap();
    let foreign_respondent = other.respondents[0].id.to_string();
    let long = "x".repeat(100_001);
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            answer(&id, &respondent, "no.such.question", json!(3)),
            "invalid_input",
            "no.such.question",
        ),
        (
            answer(&id, &respondent, &q, json!(9)),
            "invalid_input",
            "level 9",
        ),
        (
            answer(&id, &respondent, &q, json!(0)),
            "invalid_input",
            "level 0",
        ),
        (
            answer(&id, &respondent, &q, json!(300)),
            "invalid_input",
            "`input.level`",
        ),
        (
            answer(&id, &respondent, &q, json!(-1)),
            "invalid_input",
            "`input.level`",
        ),
        (
            answer(&id, &respondent, &q, json!("3")),
            "invalid_input",
            "`input.level`",
        ),
        (
            answer("not-a-uuid", &respondent, &q, json!(3)),
            "invalid_input",
            "`input.assessment`",
        ),
        (
            answer(&id, "'; DROP TABLE answers; --", &q, json!(3)),
            "invalid_input",
            "`input.respondent`",
        ),
        (
            answer(&id, &foreign_respondent, &q, json!(3)),
            "not_found",
            &foreign_respondent,
        ),
        (
            answer(&uuid::Uuid::new_v4().to_string(), &respondent, &q, json!(3)),
            "not_found",
            "assessment",
        ),
        (
            json!({ "assessment": id, "respondent": respondent, "question": q, "level": 3, "not_applicable": true,
                    "note": "", "evidence": "" }),
            "invalid_input",
            "not both",
        ),
        (
            json!({ "assessment": id, "respondent": respondent, "question": q, "level": 3, "not_applicable": false,
                    "note": long, "evidence": "" }),
            "invalid_input",
            "note",
        ),
        (
            json!({ "assessment": id, "respondent": respondent, "question": q, "level": 3, "not_applicable": false,
                    "note": "", "evidence": "", "status": "final" }),
            "invalid_input",
            "status",
        ),
        (json!("level 3 please"), "invalid_input", "`input`"),
    ];
    for (input, code, needle) in cases {
        let shown = input.to_string().chars().take(120).collect::<String>();
        let e = cmd::save_answer(&s, input, None).expect_err(&shown);
        assert_eq!(e.code, code, "{shown}: {e:?}");
        assert!(
            e.message.contains(needle),
            "{shown}: message {:?} should mention {needle:?}",
            e.message
        );
    }

    assert_code(
        cmd::get_assessment(&s, "1234", None),
        "invalid_input",
        "not an assessment id",
    );
    assert_code(
        cmd::get_assessment(&s, "", None),
        "invalid_input",
        "not an assessment id",
    );
    assert_code(
        cmd::set_position(&s, &id, "no.such.question"),
        "invalid_input",
        "no.such.question",
    );
    assert_code(
        cmd::set_position(&s, "../../etc/passwd", &q),
        "invalid_input",
        "not an assessment id",
    );
    assert_code(
        cmd::score_assessment(&s, &id, Some("xx")),
        "invalid_input",
        "`xx`",
    );
    assert_code(
        cmd::finalize_assessment(&s, "zz", None),
        "invalid_input",
        "not an assessment id",
    );
    assert_code(
        cmd::duplicate_assessment(&s, &uuid::Uuid::new_v4().to_string(), None),
        "not_found",
        "assessment",
    );
    let e = assert_code(
        cmd::get_assessment(&s, &"A".repeat(10_000), None),
        "invalid_input",
        "not an assessment id",
    );
    assert!(
        e.message.len() < 300,
        "a huge argument is not echoed back whole"
    );

    assert_eq!(
        as_json(&cmd::get_assessment(&s, &id, None).unwrap()),
        before,
        "a refused input changed the assessment"
    );
    let listed = cmd::list_assessments(&s, None).unwrap();
    assert_eq!(listed.len(), 2, "no command created anything");
}

#[test]
fn a_new_assessment_with_bad_fields_is_refused_and_nothing_is_created() {
    let (_dir, s) = fresh();
    let mut unknown_fw = new_assessment("Ministry of Health");
    unknown_fw["framework_id"] = json!("no-such-framework");
    let mut bad_country = new_assessment("Ministry of Health");
    bad_country["agency"]["country"] = json!("Tunisia");
    let mut extra = new_assessment("Ministry of Health");
    extra["agency"]["admin"] = json!(true);
    let mut bad_mode = new_assessment("Ministry of Health");
    bad_mode["mode"] = json!("root");
    let cases = [
        (
            new_assessment("   "),
            "invalid_input",
            "agency name is empty",
        ),
        (
            new_assessment(&"M".repeat(301)),
            "invalid_input",
            "longer than",
        ),
        (unknown_fw, "not_found", "no-such-framework"),
        (bad_country, "invalid_input", "Tunisia"),
        (extra, "invalid_input", "admin"),
        (bad_mode, "invalid_input", "`input.mode`"),
        (json!(null), "invalid_input", "`input`"),
    ];
    for (input, code, needle) in cases {
        let shown = input.to_string().chars().take(100).collect::<String>();
        let e = cmd::create_assessment(&s, input, None).expect_err(&shown);
        assert_eq!(
            (e.code.as_str(), e.message.contains(needle)),
            (code, true),
            "{shown}: {e:?}"
        );
    }
    assert!(cmd::list_assessments(&s, None).unwrap().is_empty());
}

#[test]
fn errors_reach_the_webview_as_code_key_args_place_and_message() {
    let (_dir, s) = fresh();
    let e = cmd::get_assessment(&s, &uuid::Uuid::nil().to_string(), None).unwrap_err();
    let v = as_json(&e);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["args", "code", "key", "message", "place"]);
    assert_eq!((v["key"].as_str(), v["args"]["what"].as_str()), (Some("err-not-found"), Some("assessment")));
    assert_eq!(v["code"], "not_found");
    assert!(v["message"]
        .as_str()
        .unwrap()
        .contains("00000000-0000-0000-0000-000000000000"));
}

#[test]
fn a_database_that_cannot_be_opened_is_reported_by_every_command_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    // A regular file where the database's folder should be: the open must fail.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    let s = open(&blocker.join("mizan.db"));
    let err = s.db_error().expect("opening under a file must fail");
    assert_eq!(err.code, "io");
    assert!(
        err.message.contains("not-a-folder") && err.message.contains("MIZAN_DB"),
        "{}",
        err.message
    );

    let info = cmd::app_info(&s);
    assert_eq!(
        info.db_error.as_ref(),
        Some(&err),
        "app_info still answers and says why"
    );
    assert!(info.db_path.ends_with("mizan.db"));
    assert_eq!(cmd::list_assessments(&s, None).unwrap_err(), err);
    assert_eq!(cmd::list_frameworks(&s, None).unwrap_err(), err);
    assert_eq!(
        cmd::get_assessment(&s, &uuid::Uuid::nil().to_string(), None).unwrap_err(),
        err
    );

    // Once the cause is fixed, the next command opens the database: "Retry" in the UI works.
    std::fs::remove_file(&blocker).unwrap();
    assert!(cmd::list_assessments(&s, None).unwrap().is_empty());
    assert!(s.db_error().is_none());
    assert!(blocker.join("mizan.db").is_file());
}

#[test]
fn app_info_names_the_database_and_its_folder() {
    let (dir, s) = fresh();
    let info = cmd::app_info(&s);
    assert_eq!(Path::new(&info.db_path), dir.path().join("mizan.db"));
    assert_eq!(Path::new(&info.data_dir), dir.path());
    assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
    assert!(info.db_error.is_none());
}

#[test]
fn installing_a_framework_validates_it_and_keeps_it_beside_the_database() {
    let (dir, s) = fresh();
    let src = tempfile::tempdir().unwrap();
    let installed_dir = dir.path().join("frameworks");

    let broken = src.path().join("broken.toml");
    std::fs::write(
        &broken,
        TWO_LEVEL_FRAMEWORK.replace("dimension = \"basics\"", "dimension = \"nowhere\""),
    )
    .unwrap();
    let e = assert_code(
        cmd::install_framework(&s, &broken, Some("en")),
        "invalid_framework",
        "nowhere",
    );
    // One `FILE:LINE:COL: message` per problem, as the UI shows it.
    let first = e.message.lines().next().unwrap();
    let parts: Vec<&str> = first.splitn(4, ':').collect();
    assert!(
        parts[0].ends_with("broken.toml")
            && parts[1].parse::<u32>().is_ok()
            && parts[2].parse::<u32>().is_ok(),
        "{first}"
    );
    assert!(
        !installed_dir.exists() || std::fs::read_dir(&installed_dir).unwrap().next().is_none(),
        "nothing installed"
    );

    assert_code(
        cmd::install_framework(&s, &src.path().join("missing.toml"), None),
        "io",
        "missing.toml",
    );

    let good = src.path().join("tiny.toml");
    std::fs::write(&good, TWO_LEVEL_FRAMEWORK).unwrap();
    let summary = cmd::install_framework(&s, &good, Some("fr")).unwrap();
    assert_eq!(
        (summary.id.as_str(), summary.builtin, summary.title.as_str()),
        ("tiny-check", false, "Petit contrôle")
    );
    assert!(installed_dir.join("tiny-check-1.0.0.toml").is_file());
    assert!(cmd::list_frameworks(&s, None)
        .unwrap()
        .iter()
        .any(|f| f.id == "tiny-check"));
    assert_code(
        cmd::install_framework(&s, &good, None),
        "conflict",
        "already installed",
    );

    // Installed frameworks are there again after a restart, and usable.
    drop(s);
    let s = open(&dir.path().join("mizan.db"));
    let mut input = new_assessment("Municipality of Sfax");
    input["framework_id"] = json!("tiny-check");
    let d = cmd::create_assessment(&s, input, None).unwrap();
    let save = |level: u8| {
        let input = answer(&d.summary.id.to_string(), &d.respondents[0].id.to_string(), "basics.one", json!(level));
        cmd::save_answer(&s, input, None)
    };
    assert_eq!(save(2).unwrap().summary.completeness, 1.0);
    assert_code(save(3), "invalid_input", "from 1 to 2");
}

#[test]
fn benchmarking_commands_sample_compare_profile_and_packs() {
    let (dir, state) = fresh();
    // A language the webview should never send is refused before anything is written.
    assert_code(cmd::load_sample_data(&state, Some("de\u{202e}")), "invalid_input", "not supported");
    assert_eq!(cmd::load_sample_data(&state, None).unwrap().assessments, 96);
    assert_code(cmd::load_sample_data(&state, Some("ar")), "conflict", "empty database");

    let list = cmd::list_assessments(&state, None).unwrap();
    let mine = list.iter().find(|a| a.framework.id == FW).unwrap();
    let id = mine.id.to_string();
    let all = as_json(&cmd::compare_assessment(&state, &id, Value::Null).unwrap());
    assert_eq!(all["benchmark"]["peers"]["n"], 23);
    assert_eq!(all["peer_index"].as_array().unwrap().len(), 23);
    assert_eq!(all["trend"].as_array().unwrap().len(), 1);
    for key in ["n", "min", "q1", "median", "q3", "max", "rank", "percentile"] {
        assert!(all["benchmark"]["overall"].get(key).is_some(), "{key}");
    }
    // A filter leaving fewer than 3 peers: no statistics, no individual values.
    let narrow = json!({ "sector": mine.agency.sector, "country": mine.agency.country, "size": mine.agency.size, "tags": ["pilot", "sample"] });
    let few = as_json(&cmd::compare_assessment(&state, &id, narrow).unwrap());
    assert!(few["benchmark"]["peers"]["n"].as_u64().unwrap() < 3);
    assert!(few["benchmark"]["overall"].is_null() && few["peer_index"].as_array().unwrap().is_empty());
    assert_eq!(few["benchmark"]["reason"], "too_few_peers", "a code the UI and the report translate");
    assert_code(cmd::compare_assessment(&state, &id, json!({ "region": "x" })), "invalid_input", "filter.region");

    let agency = mine.agency.id.to_string();
    let edited = cmd::update_agency(&state, &agency, json!({ "name": "Renamed Agency (sample)", "sector": "digital", "country": "om", "size": "small", "tags": ["x"] })).unwrap();
    assert_eq!((edited.country.as_str(), edited.sector.as_str()), ("OM", "digital"));
    assert_code(cmd::update_agency(&state, &agency, json!({ "name": "" })), "invalid_input", "agency name");
    assert_code(cmd::update_agency(&state, "nope", json!({ "name": "A" })), "invalid_input", "agency id");

    let pack_path = dir.path().join("pack.json");
    let exported = cmd::export_pack(&state, FW, Some("1.0.0"), &pack_path).unwrap();
    assert_eq!(exported.assessments, 24);
    let text = std::fs::read_to_string(&pack_path).unwrap();
    assert!(!text.contains("(sample)") && !text.contains("Renamed"), "no names in a pack");

    let (_other_dir, other) = fresh();
    let imported = cmd::import_pack(&other, &pack_path).unwrap();
    assert_eq!(imported.assessments, 24);
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, text.replacen("\"sector\"", "\"name\": \"Leak\", \"sector\"", 1)).unwrap();
    assert_code(cmd::import_pack(&other, &bad), "invalid_exchange", "assessments[0]");
}

#[test]
fn export_report_writes_a_pdf_and_refuses_bad_ids() {
    let (dir, state, id) = with_five_answers();
    let out = dir.path().join("report.pdf");
    let r = cmd::export_report(&state, &id, json!({ "lang": "en" }), &out).unwrap();
    assert!(r.pages.unwrap() >= 5, "{r:?}");
    assert_eq!(r.format, "pdf");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() == r.bytes);
    let missing = dir.path().join("none.pdf");
    assert_code(cmd::export_report(&state, "nope", Value::Null, &missing), "invalid_input", "not an assessment id");
    assert_code(cmd::export_report(&state, &id, json!({ "lang": "de" }), &missing), "invalid_input", "language");
    assert_code(cmd::export_report(&state, &id, json!({ "format": "odt" }), &missing), "invalid_input", "`choices.format` is `odt`: use pdf or docx");
    assert_code(cmd::export_report(&state, &id, json!({ "paper": "a3" }), &missing), "invalid_input", "use a4 or letter");
    assert_code(cmd::export_report(&state, &id, json!({ "sections": ["annex"] }), &missing), "invalid_input", "`annex`, which is no section");
    assert_code(cmd::export_report(&state, &id, json!({ "colour": "red" }), &missing), "invalid_input", "choices");
    assert_code(cmd::preview_report(&state, &id, json!({ "sections": [1] })), "invalid_input", "choices.sections");
    assert!(!missing.exists(), "nothing written on error");
}

fn pdftotext(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(path).arg("-").output().expect("poppler-utils is installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_report_dialogs_choices_reach_the_file_format_paper_language_and_sections() {
    let (dir, state, id) = with_five_answers();
    // Word: a zip package, no page count.
    let docx = dir.path().join("r.docx");
    let r = cmd::export_report(&state, &id, json!({ "format": "docx", "lang": "fr" }), &docx).unwrap();
    assert_eq!((r.format.as_str(), r.pages), ("docx", None));
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK\x03\x04"));

    // Every section, then only the summary and the roadmap, on Letter paper.
    let all = dir.path().join("all.pdf");
    let full = cmd::export_report(&state, &id, Value::Null, &all).unwrap();
    let some = dir.path().join("some.pdf");
    let short = cmd::export_report(&state, &id, json!({ "paper": "letter", "sections": ["summary", "roadmap"] }), &some).unwrap();
    assert!(short.pages < full.pages, "{short:?} vs {full:?}");
    let (all, some) = (pdftotext(&all), pdftotext(&some));
    for heading in ["Methodology", "Benchmark"] {
        assert!(all.contains(heading), "{heading} in the full report");
    }
    assert!(some.contains("Executive summary") && some.contains("Roadmap"), "{some}");
    assert!(!some.contains("Methodology") && !some.contains("How scores are calculated"), "{some}");
}

#[test]
fn the_preview_is_the_first_page_as_a_small_png_whatever_the_agency_is_called() {
    let (_dir, state) = fresh();
    for name in ["Ministry of Health", "\u{202E}evil\u{0000}\u{FFFF} <script>&amp; \u{200F}وزارة الصحة", &"W".repeat(300)] {
        let id = cmd::create_assessment(&state, new_assessment(name), None).unwrap().summary.id.to_string();
        // The paper's proportions, 360 pixels wide: A4 841.89 × 595.28 pt, Letter 792 × 612.
        for (paper, height) in [("a4", 360.0 * 841.89 / 595.28), ("letter", 360.0 * 792.0 / 612.0)] {
            let p = cmd::preview_report(&state, &id, json!({ "paper": paper, "lang": "ar" })).unwrap();
            assert_eq!(p.width, 360, "{paper}");
            assert!((f64::from(p.height) - height).abs() <= 1.0, "{paper}: {} px high", p.height);
            let height = p.height;
            assert!(p.pages >= 2);
            let png = base64_decode(&p.png);
            assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
            // IHDR: width and height, big-endian, at bytes 16..24.
            assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 360);
            assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), height);
        }
    }
    assert_code(cmd::preview_report(&state, "nope", Value::Null), "invalid_input", "not an assessment id");
}

fn base64_decode(s: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(s).expect("base64")
}
