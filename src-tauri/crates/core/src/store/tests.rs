//! Storage tests: migrations, the assessment life cycle, summaries kept in step with
//! scoring, refused input that writes nothing, and answers that survive `kill -9`.

use super::*;
use crate::model::*;
use crate::scoring;
use crate::test_support::{self, FRAMEWORK};
use crate::text::Lang;
use crate::time;
use std::collections::BTreeMap;
use std::sync::Arc;
use crate::framework::Framework;
use uuid::Uuid;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use tempfile::TempDir;

fn catalog() -> Catalog {
    test_support::catalog()
}

fn db_in(dir: &TempDir) -> PathBuf {
    dir.path().join("mizan.db")
}

fn open(path: &Path) -> Store {
    Store::open(path, catalog()).expect("open store")
}

fn new_assessment(agency: &str, country: &str, mode: Mode) -> NewAssessment {
    test_support::new_assessment(agency, country, FRAMEWORK, mode)
}

fn framework(store: &Store, doc: &AssessmentDoc) -> Arc<Framework> {
    store.catalog().require(&doc.framework.id, Some(&doc.framework.version)).unwrap().clone()
}

fn question_ids(store: &Store, doc: &AssessmentDoc) -> Vec<String> {
    framework(store, doc).questions.iter().map(|q| q.id.clone()).collect()
}

/// A new self-assessment of `agency` in `country`: the document, its id, its one
/// respondent and its framework's question ids.
fn self_assessment(store: &mut Store, agency: &str, country: &str) -> (AssessmentDoc, Uuid, Uuid, Vec<String>) {
    let doc = store.create(new_assessment(agency, country, Mode::SelfAssessment)).unwrap();
    let (id, me, q) = (doc.assessment.id, doc.respondents[0].id, question_ids(store, &doc));
    (doc, id, me, q)
}

fn input(doc: &AssessmentDoc, respondent: Uuid, question: &str, level: Option<u8>) -> AnswerInput {
    test_support::answer_input(doc, respondent, question, level)
}

fn change_count(store: &Store) -> i64 {
    store.connection().query_row("SELECT count(*) FROM change_log", [], |r| r.get(0)).unwrap()
}

fn listed(store: &Store, id: Uuid) -> AssessmentSummary {
    store.list(Lang::En).unwrap().into_iter().find(|s| s.id == id).expect("assessment is listed")
}

/// The stored summary (what lists show) must equal a fresh scoring of the stored answers.
fn assert_summary_fresh(store: &Store, id: Uuid) {
    let doc = store.load(id).unwrap();
    let fw = framework(store, &doc);
    let fresh = scoring::score(&fw, &doc, Lang::En);
    let s = listed(store, id);
    assert_eq!(s.overall, fresh.overall, "score, index, stage and stage name");
    assert_eq!(s.completeness, fresh.completeness, "completeness");
    let answered: u32 = fresh.dimensions.iter().map(|d| d.answered).sum();
    assert_eq!(s.answered, answered, "answered");
    assert_eq!(s.questions as usize, fw.questions.len(), "questions");
    assert_eq!(store.summary(id, Lang::En).unwrap(), s, "summary() and list() agree");
}

// ---- migrations ------------------------------------------------------------------------

#[test]
fn migrates_an_empty_file_and_reopens_with_data_intact() {
    let dir = TempDir::new().unwrap();
    let path = db_in(&dir);
    std::fs::File::create(&path).unwrap(); // an empty file, as a crashed first start could leave
    let (id, before) = {
        let mut store = open(&path);
        assert_eq!(store.schema_version().unwrap() as usize, schema::MIGRATIONS.len());
        let mode: String = store.connection().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = store.connection().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        assert_eq!(fk, 1);
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let doc = store.create(new_assessment("Ministry of Health", "TN", Mode::SelfAssessment)).unwrap();
        let q = question_ids(&store, &doc);
        store.save_answer(input(&doc, doc.respondents[0].id, &q[0], Some(3)), Lang::En).unwrap();
        (doc.assessment.id, store.load(doc.assessment.id).unwrap())
    };
    let store = open(&path);
    assert_eq!(store.schema_version().unwrap() as usize, schema::MIGRATIONS.len());
    assert_eq!(store.load(id).unwrap(), before);
    assert_eq!(store.list(Lang::En).unwrap().len(), 1);
    assert_summary_fresh(&store, id);
}

#[test]
fn creates_missing_folders_for_a_new_database() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("a/b/mizan.db");
    let store = open(&path);
    assert!(path.is_file());
    assert_eq!(store.schema_version().unwrap() as usize, schema::MIGRATIONS.len());
    assert!(store.list(Lang::En).unwrap().is_empty());
}

/// Migration 5: a database written before texts were cleaned (an override typed into a
/// name, a file's BEL in a note) is cleaned on opening, and its agencies' match keys follow,
/// so the same name from a file finds its agency again. A name that would clean to another
/// agency's stays as it was: two agencies are never merged behind the user's back.
#[test]
fn opening_an_older_database_cleans_its_stored_texts() {
    let dir = TempDir::new().unwrap();
    let db = db_in(&dir);
    let (doc, _, me, q) = {
        let mut store = open(&db);
        let made = self_assessment(&mut store, "Ministry of Finance", "TN");
        self_assessment(&mut store, "Ministry of Health", "TN");
        self_assessment(&mut store, "Health Ministry", "TN");
        let mut store = store;
        store.save_answer(AnswerInput { note: "seen".into(), ..input(&made.0, made.2, &made.3[0], Some(2)) }, Lang::En).unwrap();
        made
    };
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        let legacy = [
            ("UPDATE agencies SET name = 'Ministry of \u{202E}ecnaniF\u{202C}', name_key = 'ministry of \u{202E}ecnanif\u{202C}', tags = '[\"\u{202D}pilot\"]' WHERE name = 'Ministry of Finance'"),
            ("UPDATE agencies SET name = 'Ministry\tof \u{2067}Health\u{2069}', name_key = 'ministry\tof \u{2067}health\u{2069}' WHERE name = 'Health Ministry'"),
            ("UPDATE assessments SET title = 'Review\u{7} 2026'"),
            ("UPDATE answers SET note = 'seen\u{1b}[2J \u{202E}here'"),
            ("PRAGMA user_version = 4"),
        ];
        for sql in legacy {
            c.execute_batch(sql).unwrap();
        }
    }
    let mut store = open(&db);
    assert_eq!(store.schema_version().unwrap() as usize, schema::MIGRATIONS.len());
    let stored = store.load(doc.assessment.id).unwrap();
    assert_eq!(stored.assessment.agency.name, "Ministry of ecnaniF");
    assert_eq!(stored.assessment.agency.tags, ["pilot"]);
    assert_eq!(stored.assessment.title, "Review 2026");
    assert_eq!(stored.answers.iter().find(|a| a.question == q[0] && a.respondent == me).unwrap().note, "seen[2J here");
    let names: Vec<String> = store.conn.prepare("SELECT name FROM agencies ORDER BY name").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert!(names.contains(&"Ministry\tof \u{2067}Health\u{2069}".to_string()), "the one that would become Ministry of Health is kept: {names:?}");
    // The cleaned name is found again by its key: a new assessment joins the same agency.
    let again = store.create(new_assessment("Ministry of ecnaniF", "TN", Mode::SelfAssessment)).unwrap();
    assert_eq!(again.assessment.agency.id, stored.assessment.agency.id);
}

#[test]
fn refuses_a_database_from_a_newer_mizan_and_leaves_it_alone() {
    let dir = TempDir::new().unwrap();
    let path = db_in(&dir);
    let newer = schema::MIGRATIONS.len() as u32 + 1;
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE future (x INTEGER);").unwrap();
        c.pragma_update(None, "user_version", newer).unwrap();
    }
    let err = Store::open(&path, catalog()).err().expect("a newer schema must be refused");
    let msg = err.to_string();
    assert!(msg.contains("newer Mizan"), "{msg}");
    assert!(msg.contains(&format!("schema {newer}")), "{msg}");
    let c = Connection::open(&path).unwrap();
    let v: u32 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, newer, "the version is not touched");
    assert_eq!(test_support::table_names(&c), vec!["future".to_string()], "no migration ran on the newer database");
}

// ---- life cycle ------------------------------------------------------------------------

#[test]
fn self_assessment_life_cycle_keeps_the_summary_in_step() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let doc = store.create(new_assessment("  Ministry of   Health ", "tn", Mode::SelfAssessment)).unwrap();
    let id = doc.assessment.id;
    assert_eq!(doc.respondents.len(), 1, "a self-assessment has exactly one respondent");
    assert_eq!(doc.assessment.status, Status::Draft);
    assert_eq!(doc.assessment.mode, Mode::SelfAssessment);
    assert_eq!(doc.assessment.agency.name, "Ministry of   Health", "trimmed, inner spacing as typed");
    assert_eq!(doc.assessment.agency.country, "TN");
    assert_eq!(doc.assessment.title, "", "no title given: none stored (a display says untitled in its language)");
    assert_eq!(doc.respondents[0].name, "", "the agency itself: no English name stored");
    assert!(doc.answers.is_empty());
    let s = listed(&store, id);
    assert_eq!((s.overall.score, s.overall.index, s.overall.stage, s.completeness, s.answered), (None, None, None, 0.0, 0));
    assert_summary_fresh(&store, id);

    let me = doc.respondents[0].id;
    let q = question_ids(&store, &doc);
    let steps: Vec<(usize, Option<u8>, bool)> = vec![
        (0, Some(2), false),
        (1, Some(5), false),
        (2, None, true), // not applicable
        (10, Some(1), false),
        (0, Some(4), false), // changed answer
        (20, None, false),   // a note without a level: unanswered
        (30, Some(3), false),
        (2, Some(2), false), // from N/A to a level
    ];
    for (i, (qi, level, na)) in steps.iter().enumerate() {
        let mut a = input(&doc, me, &q[*qi], *level);
        a.not_applicable = *na;
        a.note = format!("note {i}");
        let (saved, summary) = store.save_answer(a, Lang::En).unwrap();
        assert_eq!(saved.level, *level);
        assert_eq!(saved.question, q[*qi]);
        assert!(time::parse(&saved.updated_at).is_some());
        assert_eq!(summary, listed(&store, id), "save_answer returns the stored summary");
        assert_summary_fresh(&store, id);
    }
    let s = listed(&store, id);
    assert!(s.overall.score.is_some() && s.completeness > 0.0);

    let detail = store.detail(id, Lang::En).unwrap();
    assert_eq!(detail.position.as_deref(), Some(q[2].as_str()), "position follows the last answer");
    assert_eq!(detail.respondents, doc.respondents);
    let by_q: BTreeMap<&str, &Answer> = detail.answers.iter().map(|a| (a.question.as_str(), a)).collect();
    assert_eq!(by_q.len(), 6);
    assert_eq!(by_q[q[0].as_str()].level, Some(4));
    assert_eq!(by_q[q[0].as_str()].note, "note 4");
    assert_eq!(by_q[q[2].as_str()].level, Some(2));
    assert!(!by_q[q[2].as_str()].not_applicable);
    assert_eq!(by_q[q[20].as_str()].level, None);
    assert_eq!(by_q[q[20].as_str()].note, "note 5");
    assert_eq!(detail.summary, s);

    store.set_position(id, &q[40]).unwrap();
    assert_eq!(store.detail(id, Lang::En).unwrap().position.as_deref(), Some(q[40].as_str()));
    let err = store.set_position(id, "no.such.question").unwrap_err();
    assert!(matches!(err, CoreError::InvalidInput(_)), "{err}");
    assert_eq!(store.detail(id, Lang::En).unwrap().position.as_deref(), Some(q[40].as_str()));

    // targets feed the scores and the summary stays in step
    let dim = framework(&store, &doc).dimensions[0].id.clone();
    store.set_target(id, &dim, Some(5)).unwrap();
    assert_eq!(store.load(id).unwrap().assessment.targets.get(&dim), Some(&5));
    assert_eq!(store.scores(id, Lang::En).unwrap().dimensions[0].target, Some(5));
    assert!(store.set_target(id, &dim, Some(6)).is_err());
    assert!(store.set_target(id, "no-such-dimension", Some(3)).is_err());
    store.set_target(id, &dim, None).unwrap();
    assert!(store.load(id).unwrap().assessment.targets.is_empty());
    assert_summary_fresh(&store, id);
}

#[test]
fn a_final_assessment_refuses_answers_and_duplicates_into_a_new_draft() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let (doc, id, me, q) = self_assessment(&mut store, "Tax Authority", "JO");
    for (i, qid) in q.iter().take(5).enumerate() {
        store.save_answer(input(&doc, me, qid, Some((i % 5) as u8 + 1)), Lang::En).unwrap();
    }
    let dim = framework(&store, &doc).dimensions[1].id.clone();
    store.set_target(id, &dim, Some(4)).unwrap();

    let summary = store.finalize(id, Lang::En).unwrap();
    assert_eq!(summary.status, Status::Final);
    let finalized_at = summary.finalized_at.clone().expect("finalized_at is set");
    assert!(time::parse(&finalized_at).is_some());
    // finalizing twice changes nothing
    assert_eq!(store.finalize(id, Lang::En).unwrap().finalized_at.as_deref(), Some(finalized_at.as_str()));

    let before = (change_count(&store), store.load(id).unwrap());
    let err = store.save_answer(input(&doc, me, &q[0], Some(1)), Lang::En).unwrap_err();
    assert_eq!((err.code(), err.key_args().0), ("conflict", "err-final"), "{err}");
    assert!(err.to_string().contains("final"), "{err}");
    assert_eq!((change_count(&store), store.load(id).unwrap()), before, "nothing written");

    let copy = store.duplicate(id).unwrap();
    let cid = copy.assessment.id;
    assert_ne!(cid, id);
    assert_eq!(copy.assessment.status, Status::Draft);
    assert_eq!(copy.assessment.finalized_at, None);
    assert_eq!(copy.assessment.agency, store.load(id).unwrap().assessment.agency, "same agency");
    assert_eq!(copy.framework, doc.framework);
    assert_eq!(copy.assessment.mode, Mode::SelfAssessment);
    assert_eq!(copy.assessment.targets.get(&dim), Some(&4), "targets carry over");
    assert!(copy.answers.is_empty(), "a duplicate starts without answers");
    assert!(copy.consensus.is_empty());
    assert_eq!(copy.respondents.len(), 1);
    assert_ne!(copy.respondents[0].id, me, "respondents get new ids");
    assert_eq!(copy.respondents[0].name, doc.respondents[0].name);
    // the copy takes answers; the original is untouched
    store.save_answer(input(&copy, copy.respondents[0].id, &q[0], Some(5)), Lang::En).unwrap();
    assert_eq!(before.1, store.load(id).unwrap());
    assert_eq!(store.list(Lang::En).unwrap().len(), 2);
    assert_summary_fresh(&store, cid);
    assert_summary_fresh(&store, id);
    // the original's respondent cannot answer in the copy
    let err = store.save_answer(input(&copy, me, &q[1], Some(2)), Lang::En).unwrap_err();
    assert!(matches!(err, CoreError::NotFound { what: "respondent", .. }), "{err}");
}

#[test]
fn delete_hides_and_undo_restores() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let keep = store.create(new_assessment("Municipality of Sfax", "TN", Mode::SelfAssessment)).unwrap();
    let doc = store.create(new_assessment("Ministry of Justice", "LB", Mode::SelfAssessment)).unwrap();
    let id = doc.assessment.id;
    let q = question_ids(&store, &doc);
    store.save_answer(input(&doc, doc.respondents[0].id, &q[3], Some(4)), Lang::En).unwrap();
    let full = store.load(id).unwrap();
    let summary = listed(&store, id);

    store.delete(id).unwrap();
    let ids: Vec<Uuid> = store.list(Lang::En).unwrap().iter().map(|s| s.id).collect();
    assert_eq!(ids, vec![keep.assessment.id], "a deleted assessment is not listed");
    assert!(matches!(store.summary(id, Lang::En), Err(CoreError::NotFound { .. })));
    assert!(matches!(store.load(id), Err(CoreError::NotFound { .. })), "a deleted assessment cannot be opened");
    assert!(matches!(store.detail(id, Lang::En), Err(CoreError::NotFound { .. })));
    assert!(matches!(store.export(id), Err(CoreError::NotFound { .. })), "nor exported");
    assert!(store.resolve(&id.to_string()[..8]).is_err(), "nor found by prefix");
    let err = store.save_answer(input(&doc, doc.respondents[0].id, &q[4], Some(2)), Lang::En).unwrap_err();
    assert!(matches!(err, CoreError::NotFound { what: "assessment", .. }), "{err}");
    assert!(matches!(store.delete(id), Err(CoreError::NotFound { .. })), "deleting twice");

    // still deleted after a restart (within the hour)
    let path = PathBuf::from(store.path());
    drop(store);
    let mut store = open(&path);
    assert_eq!(store.list(Lang::En).unwrap().len(), 1);

    let restored = store.undo_delete(id, Lang::En).unwrap();
    assert_eq!(restored, summary);
    assert_eq!(store.load(id).unwrap(), full, "everything comes back");
    assert_eq!(store.list(Lang::En).unwrap().len(), 2);
    assert!(matches!(store.undo_delete(id, Lang::En), Err(CoreError::NotFound { .. })), "nothing to undo");
    assert!(matches!(store.undo_delete(Uuid::new_v4(), Lang::En), Err(CoreError::NotFound { .. })));
}

#[test]
fn deleted_assessments_are_purged_after_an_hour() {
    let dir = TempDir::new().unwrap();
    let path = db_in(&dir);
    let mut store = open(&path);
    let doc = store.create(new_assessment("Ministry of Justice", "LB", Mode::SelfAssessment)).unwrap();
    let id = doc.assessment.id;
    store.delete(id).unwrap();
    let long_ago = time::format(chrono::Utc::now() - chrono::Duration::hours(2));
    store.connection().execute("UPDATE assessments SET deleted_at = ?1", [long_ago]).unwrap();
    drop(store);
    let mut store = open(&path);
    assert!(matches!(store.undo_delete(id, Lang::En), Err(CoreError::NotFound { .. })));
    let n: i64 = store.connection().query_row("SELECT count(*) FROM respondents", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0, "its rows went with it");
}

#[test]
fn agency_identity_is_name_modulo_case_and_spaces_plus_country() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let a = store.create(new_assessment("Ministry of Health", "TN", Mode::SelfAssessment)).unwrap();
    let b = store.create(new_assessment("  MINISTRY   of health ", "tn", Mode::Interview)).unwrap();
    let c = store.create(new_assessment("Ministry of Health", "JO", Mode::SelfAssessment)).unwrap();
    let d = store.create(new_assessment("Ministry of Health Services", "TN", Mode::SelfAssessment)).unwrap();
    let agency = |doc: &AssessmentDoc| store.summary(doc.assessment.id, Lang::En).unwrap().agency;
    assert_eq!(agency(&a).id, agency(&b).id, "same name modulo case and spaces, same country");
    assert_eq!(agency(&b).name, "Ministry of Health", "the first spelling is kept");
    assert_ne!(agency(&a).id, agency(&c).id, "same name in another country is another agency");
    assert_ne!(agency(&a).id, agency(&d).id);
    let n: i64 = store.connection().query_row("SELECT count(*) FROM agencies", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 3);
    assert!(b.respondents.is_empty(), "an interview starts without respondents");
}

#[test]
fn create_refuses_bad_agencies_and_frameworks() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let cases = [
        (new_assessment("   ", "TN", Mode::SelfAssessment), "agency name"),
        (new_assessment(&"x".repeat(MAX_NAME + 1), "TN", Mode::SelfAssessment), "longer than"),
        (new_assessment("Ministry", "TUN", Mode::SelfAssessment), "ISO 3166"),
        (new_assessment("Ministry", "T1", Mode::SelfAssessment), "ISO 3166"),
        (NewAssessment { framework_id: "no-such-framework".into(), ..new_assessment("Ministry", "TN", Mode::SelfAssessment) }, "no-such-framework"),
        (NewAssessment { framework_version: Some("9.9.9".into()), ..new_assessment("Ministry", "TN", Mode::SelfAssessment) }, "9.9.9"),
    ];
    for (new, needle) in cases {
        let err = store.create(new).unwrap_err();
        assert!(err.to_string().contains(needle), "`{err}` should mention {needle}");
    }
    assert_eq!(change_count(&store), 0);
    assert!(store.list(Lang::En).unwrap().is_empty());
    let n: i64 = store.connection().query_row("SELECT count(*) FROM agencies", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0);
}

// ---- refused answers write nothing -----------------------------------------------------

#[test]
fn bad_answers_are_refused_and_nothing_is_written() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let (doc, id, me, q) = self_assessment(&mut store, "Ministry of Health", "TN");
    let other = store.create(new_assessment("Ministry of Finance", "TN", Mode::SelfAssessment)).unwrap();
    store.save_answer(input(&doc, me, &q[0], Some(3)), Lang::En).unwrap();

    let snapshot = |store: &Store| (change_count(store), store.load(id).unwrap(), store.list(Lang::En).unwrap());
    let before = snapshot(&store);
    let long = "ب".repeat(MAX_ANSWER_TEXT + 1);
    let cases: Vec<(&str, AnswerInput, &str)> = vec![
        ("unknown question", input(&doc, me, "no.such.question", Some(3)), "no.such.question"),
        ("level 0", input(&doc, me, &q[0], Some(0)), "level 0 is out of range"),
        ("level 6", input(&doc, me, &q[0], Some(6)), "level 6 is out of range"),
        ("level and N/A", AnswerInput { not_applicable: true, ..input(&doc, me, &q[0], Some(2)) }, "not both"),
        ("respondent of another assessment", input(&doc, other.respondents[0].id, &q[0], Some(2)), "respondent"),
        ("unknown respondent", input(&doc, Uuid::new_v4(), &q[0], Some(2)), "respondent"),
        ("unknown assessment", AnswerInput { assessment: Uuid::new_v4(), ..input(&doc, me, &q[0], Some(2)) }, "assessment"),
        ("note too long", AnswerInput { note: long.clone(), ..input(&doc, me, &q[0], Some(2)) }, "the note is longer than"),
        ("evidence too long", AnswerInput { evidence: long, ..input(&doc, me, &q[0], Some(2)) }, "the evidence is longer than"),
        // an exchange file cannot carry a NUL: what is stored must import again
        ("NUL in a note", AnswerInput { note: "a\0b".into(), ..input(&doc, me, &q[0], Some(2)) }, "the note contains a NUL"),
    ];
    for (what, bad, needle) in cases {
        let err = store.save_answer(bad, Lang::En).err().unwrap_or_else(|| panic!("{what}: accepted"));
        assert!(err.to_string().contains(needle), "{what}: `{err}` should say `{needle}`");
        assert!(!matches!(err, CoreError::Storage { .. }), "{what}: a clear error, not a database error: {err}");
        assert_eq!(snapshot(&store), before, "{what}: nothing written");
    }
    let other_before = store.load(other.assessment.id).unwrap();
    assert_eq!(store.load(other.assessment.id).unwrap(), other_before);

    // the longest accepted note is stored whole (characters, not bytes)
    let longest = "ب".repeat(MAX_ANSWER_TEXT);
    store.save_answer(AnswerInput { note: longest.clone(), ..input(&doc, me, &q[1], Some(2)) }, Lang::En).unwrap();
    assert!(store.load(id).unwrap().answers.iter().any(|a| a.note == longest));
}

#[test]
fn what_the_form_may_store_an_exchange_file_may_carry() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    // A name and a title of the longest length.
    let longest = "ع".repeat(MAX_NAME);
    let doc = store.create(NewAssessment { title: longest.clone(), ..new_assessment(&longest, "TN", Mode::SelfAssessment) }).unwrap();
    assert_eq!(doc.assessment.title.chars().count(), MAX_NAME);
    let bytes = crate::exchange::to_bytes(&store.export(doc.assessment.id).unwrap());
    let mut other = Store::open_in_memory(catalog()).unwrap();
    other.import(crate::exchange::parse("x.mizan.json", &bytes, other.catalog()).unwrap().0).unwrap();
    // A sector, size or tag longer than a file may hold is refused at once.
    let long = "x".repeat(MAX_NAME + 1);
    let before = store.list(Lang::En).unwrap().len();
    for (what, edit) in [
        ("the sector", &(|n: &mut NewAssessment| n.agency.sector = long.clone()) as &dyn Fn(&mut NewAssessment)),
        ("the size band", &|n: &mut NewAssessment| n.agency.size = long.clone()),
        ("a tag", &|n: &mut NewAssessment| n.agency.tags = vec![long.clone()]),
    ] {
        let mut n = new_assessment("Another Agency", "TN", Mode::SelfAssessment);
        edit(&mut n);
        let err = store.create(n).unwrap_err().to_string();
        assert!(err.contains(what) && err.contains("longer than"), "{what}: {err}");
    }
    assert_eq!(store.list(Lang::En).unwrap().len(), before, "nothing created");
}

#[test]
fn a_final_assessment_is_changed_only_after_reopening() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let (doc, id, me, q) = self_assessment(&mut store, "Ministry", "TN");
    store.finalize(id, Lang::En).unwrap();
    assert!(matches!(store.save_answer(input(&doc, me, &q[0], Some(2)), Lang::En), Err(e) if e.code() == "conflict"));
    let reopened = store.reopen(id, Lang::En).unwrap();
    assert_eq!((reopened.status, reopened.finalized_at), (Status::Draft, None));
    store.save_answer(input(&doc, me, &q[0], Some(2)), Lang::En).unwrap();
    assert_summary_fresh(&store, id);
}

#[test]
fn eight_openers_of_a_new_database_at_once_all_succeed() {
    // Several rounds: the race (both read version 0, both create the tables) is narrow.
    for round in 0..10 {
        let dir = TempDir::new().unwrap();
        let db = db_in(&dir);
        let barrier = Arc::new(std::sync::Barrier::new(8));
        let openers: Vec<_> = (0..8)
            .map(|_| {
                let (db, barrier) = (db.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    Store::open(&db, catalog()).map(|s| s.schema_version().unwrap())
                })
            })
            .collect();
        for t in openers {
            let version = t.join().unwrap().unwrap_or_else(|e| panic!("round {round}: {e}"));
            assert_eq!(version as usize, schema::MIGRATIONS.len());
        }
        assert_eq!(open(&db).integrity_check().unwrap(), "ok");
    }
}

const CHILD_OPEN_ENV: &str = "MIZAN_TEST_OPEN_CHILD_DB";

/// Opens the database named by `MIZAN_TEST_OPEN_CHILD_DB` once the file `<db>.go` exists
/// (so that all children start together), for `processes_opening_a_new_database_at_once_all_succeed`.
/// Does nothing when run on its own.
#[test]
#[ignore = "run as a child process by processes_opening_a_new_database_at_once_all_succeed"]
fn child_opener() {
    let Some(db) = std::env::var_os(CHILD_OPEN_ENV) else { return };
    let db = PathBuf::from(db);
    let go = db.with_extension("go");
    while !go.exists() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let store = Store::open(&db, catalog()).unwrap_or_else(|e| panic!("open failed: {e}"));
    assert_eq!(store.schema_version().unwrap() as usize, schema::MIGRATIONS.len());
}

/// Issue 17: 53 of 80 processes opening a new database at once failed with "table
/// agencies already exists".
#[test]
fn processes_opening_a_new_database_at_once_all_succeed() {
    let exe = std::env::current_exe().unwrap();
    for round in 0..3 {
        let dir = TempDir::new().unwrap();
        let db = db_in(&dir);
        let children: Vec<_> = (0..6)
            .map(|_| {
                Command::new(&exe)
                    .args(["store::tests::child_opener", "--exact", "--ignored", "--test-threads=1"])
                    .env(CHILD_OPEN_ENV, &db)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_millis(300)); // every child is waiting
        std::fs::write(db.with_extension("go"), b"").unwrap();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        }
        assert_eq!(open(&db).integrity_check().unwrap(), "ok");
    }
}

// ---- kill -9 -----------------------------------------------------------------------------

const CHILD_DB_ENV: &str = "MIZAN_TEST_KILL_CHILD_DB";
const KILL_RESPONDENTS: usize = 60;
/// Rounds of the crash test: 200 by default (the full run, `npm test`); the quick run
/// (`npm run test:quick`) sets fewer. `MIZAN_CRASH_SEED` replays a failing run.
const CRASH_ROUNDS_ENV: &str = "MIZAN_CRASH_ROUNDS";
const CRASH_SEED_ENV: &str = "MIZAN_CRASH_SEED";

/// xorshift64*: enough randomness for kill moments, no dependency, replayable by seed.
struct KillClock(u64);

impl KillClock {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % below
    }
}

/// The writes the child makes, in order: every (respondent, question) once, so the
/// stored answers after a crash must be exactly a prefix of this sequence.
fn kill_sequence(doc: &AssessmentDoc, fw: &Framework) -> Vec<(Uuid, String, Option<u8>, bool)> {
    let nq = fw.questions.len();
    (0..doc.respondents.len() * nq)
        .map(|i| {
            let r = doc.respondents[i / nq].id;
            let q = fw.questions[i % nq].id.clone();
            if i % 11 == 10 {
                (r, q, None, true)
            } else {
                (r, q, Some((i % 5) as u8 + 1), false)
            }
        })
        .collect()
}

/// Child process of `kill_9_keeps_every_acknowledged_answer`: writes answers one by
/// one and prints `acked N QUESTION LEVEL` after each `save_answer` has returned.
/// Does nothing when run on its own.
#[test]
#[ignore = "run as a child process by kill_9_keeps_every_acknowledged_answer"]
fn child_writer() {
    let Some(db) = std::env::var_os(CHILD_DB_ENV) else { return };
    let mut store = open(Path::new(&db));
    let id = store.list(Lang::En).unwrap()[0].id;
    let doc = store.load(id).unwrap();
    let fw = framework(&store, &doc);
    let start = doc.answers.len();
    let stdout = std::io::stdout();
    for (i, (r, q, level, na)) in kill_sequence(&doc, &fw).into_iter().enumerate().skip(start) {
        let a = AnswerInput { not_applicable: na, note: format!("answer {i}"), ..input(&doc, r, &q, level) };
        store.save_answer(a, Lang::En).unwrap();
        let mut out = stdout.lock();
        writeln!(out, "acked {i} {q} {}", level.map(|l| l.to_string()).unwrap_or_else(|| "na".into())).unwrap();
        out.flush().unwrap();
    }
    // Everything written: wait to be killed (the parent checks that it was), but not forever.
    std::thread::sleep(std::time::Duration::from_secs(60));
}

#[cfg(unix)]
#[test]
fn kill_9_keeps_every_acknowledged_answer() {
    use std::os::unix::process::ExitStatusExt;
    let dir = TempDir::new().unwrap();
    let path = db_in(&dir);
    let (id, respondents) = {
        let mut store = open(&path);
        let doc = store.create(new_assessment("Ministry of Interior", "TN", Mode::Interview)).unwrap();
        // An interview with many respondents, so that every write is a new answer.
        let mut file = store.export(doc.assessment.id).unwrap();
        file.respondents = (0..KILL_RESPONDENTS)
            .map(|i| Respondent { id: Uuid::new_v4(), name: format!("Official {i}"), role: "director".into(), unit: String::new(), interviewed_on: None })
            .collect();
        file.assessment.updated_at = time::now();
        store.import(file).unwrap();
        (doc.assessment.id, store.load(doc.assessment.id).unwrap().respondents)
    };
    assert_eq!(respondents.len(), KILL_RESPONDENTS);

    let rounds: usize = std::env::var(CRASH_ROUNDS_ENV).ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let seed: u64 = std::env::var(CRASH_SEED_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1);
    println!("crash test: {rounds} rounds, {CRASH_SEED_ENV}={seed}");
    let mut clock = KillClock(seed);
    let exe = std::env::current_exe().unwrap();
    let mut acked_total = 0usize;
    let mut acked_in_all = 0usize;
    for round in 0..rounds {
        // A random moment: after 0–8 acknowledged saves, then 0–3 ms more, so the kill
        // lands anywhere: while opening, inside a transaction, during fsync, between saves.
        let wait_acks = clock.next(9) as usize;
        let then_micros = clock.next(3000);
        let stderr_path = dir.path().join("child.stderr");
        let mut child = Command::new(&exe)
            .args(["store::tests::child_writer", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
            .env(CHILD_DB_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&stderr_path).unwrap())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut acked: Vec<(usize, String, String)> = Vec::new();
        let parse_ack = |line: String, acked: &mut Vec<(usize, String, String)>| {
            // libtest may print "test … ... " before the first line of the test's output
            if let Some(rest) = line.find("acked ").map(|at| &line[at + "acked ".len()..]) {
                let parts: Vec<&str> = rest.split(' ').collect();
                acked.push((parts[0].parse().unwrap(), parts[1].to_string(), parts[2].to_string()));
            }
        };
        while acked.len() < wait_acks {
            let Some(line) = lines.next() else { break };
            parse_ack(line.unwrap(), &mut acked);
        }
        std::thread::sleep(std::time::Duration::from_micros(then_micros));
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        // Acks printed before the kill count too: read the pipe to its end.
        for line in lines {
            parse_ack(line.unwrap(), &mut acked);
        }
        let child_err = std::fs::read_to_string(&stderr_path).unwrap_or_default();
        assert!(acked.len() >= wait_acks, "round {round} (seed {seed}): the child stopped early:\n{child_err}");
        assert_eq!(status.signal(), Some(9), "round {round} (seed {seed}): the child was killed mid-write, not finished: {status:?}\n{child_err}");
        let kill_after = acked.len();
        acked_in_all += kill_after;

        let store = open(&path);
        assert_eq!(store.integrity_check().unwrap(), "ok", "round {round} (seed {seed})");
        let fk_problems: i64 = store.connection().query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(fk_problems, 0);
        let doc = store.load(id).unwrap();
        let fw = framework(&store, &doc);
        let sequence = kill_sequence(&doc, &fw);
        // acknowledged lines are the sequence, in order, continuing from the last round
        for (k, (i, q, level)) in acked.iter().enumerate() {
            assert_eq!(*i, acked_total + k, "round {round} (seed {seed}): acks continue the sequence");
            assert_eq!(q, &sequence[*i].1);
            assert_eq!(level, &sequence[*i].2.map(|l| l.to_string()).unwrap_or_else(|| "na".into()));
        }
        let stored: BTreeMap<(Uuid, &str), &Answer> = doc.answers.iter().map(|a| ((a.respondent, a.question.as_str()), a)).collect();
        let n = stored.len();
        assert!(n >= acked_total + kill_after, "round {round} (seed {seed}): {n} answers stored, {} acknowledged", acked_total + kill_after);
        // every acknowledged answer is there, and what is stored is exactly a prefix
        for (i, (r, q, level, na)) in sequence.iter().take(n).enumerate() {
            let a = stored.get(&(*r, q.as_str())).unwrap_or_else(|| panic!("round {round} (seed {seed}): answer {i} missing"));
            assert_eq!((a.level, a.not_applicable), (*level, *na), "round {round} (seed {seed}): answer {i}");
            assert_eq!(a.note, format!("answer {i}"));
        }
        assert_summary_fresh(&store, id);
        acked_total = n;
    }
    println!("crash test: {rounds} SIGKILLs, {acked_in_all} acknowledged saves, 0 lost; {acked_total} answers stored, integrity ok after every kill");
}

// ---- a full disk ---------------------------------------------------------------------------

/// SQLite's own "disk full" (SQLITE_FULL), reached by capping the file's page count: the
/// save is refused with a message saying why and what to do, nothing is half-written,
/// and saving works again once there is room. (The shell's tests do the same on a real
/// full file system.)
#[test]
fn a_full_disk_refuses_the_save_clearly_and_saving_resumes_after() {
    let dir = TempDir::new().unwrap();
    let mut store = open(&db_in(&dir));
    let (doc, id, me, q) = self_assessment(&mut store, "Ministry of Water", "JO");
    let pages: i64 = store.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    store.connection().query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(())).unwrap();

    // Long notes fill the few free pages quickly; the first refusal is the full disk.
    let long = "ملاحظة ".repeat(600);
    let mut refused = None;
    let mut saved = 0;
    for question in &q {
        match store.save_answer(AnswerInput { note: long.clone(), ..input(&doc, me, question, Some(3)) }, Lang::En) {
            Ok(_) => saved += 1,
            Err(e) => {
                refused = Some((question.clone(), e));
                break;
            }
        }
    }
    let (refused_question, err) = refused.expect("the capped file filled up");
    assert_eq!(err.code(), "disk_full", "{err}");
    let message = err.to_string();
    assert!(message.contains("mizan.db") && message.contains("The disk is full: free some space, then save again"), "{message}");
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let stored = store.load(id).unwrap();
    assert_eq!(stored.answers.len(), saved, "every acknowledged save is there, the refused one is not");
    assert!(stored.answers.iter().all(|a| a.question != refused_question));
    assert_summary_fresh(&store, id);

    // Space is back: the same answer saves.
    store.connection().query_row("PRAGMA max_page_count = 1073741823", [], |_| Ok(())).unwrap();
    store.save_answer(AnswerInput { note: long.clone(), ..input(&doc, me, &refused_question, Some(3)) }, Lang::En).unwrap();
    assert_eq!(store.load(id).unwrap().answers.len(), saved + 1);
    assert_summary_fresh(&store, id);
}

/// A command that only reads leaves the folder as it found it: no empty `-wal` and `-shm`
/// beside the database. With a writer open (the app), they stay, and the writer goes on.
#[test]
fn a_read_only_open_leaves_no_log_files_behind_unless_a_writer_holds_them() {
    let dir = TempDir::new().unwrap();
    let db = db_in(&dir);
    let mut writer = open(&db);
    writer.create(new_assessment("Ministry of Health", "TN", Mode::SelfAssessment)).unwrap();
    drop(writer);
    let log = |suffix: &str| dir.path().join(format!("mizan.db{suffix}")).exists();
    assert!(!log("-wal") && !log("-shm"), "a closed writer removes them");

    let reader = Store::open_read_only(&db, catalog()).unwrap().expect("current schema");
    assert_eq!(reader.list(Lang::En).unwrap().len(), 1);
    assert!(log("-wal") && log("-shm"), "a WAL reader needs them while it reads");
    drop(reader);
    assert!(!log("-wal") && !log("-shm"), "gone once the reader is closed");

    let mut writer = open(&db);
    let reader = Store::open_read_only(&db, catalog()).unwrap().expect("current schema");
    assert_eq!(reader.list(Lang::En).unwrap().len(), 1);
    drop(reader);
    assert!(log("-wal") && log("-shm"), "the writer still uses them");
    writer.create(new_assessment("Municipality of Sfax", "TN", Mode::SelfAssessment)).unwrap();
    drop(writer);
    assert_eq!(open(&db).list(Lang::En).unwrap().len(), 2);

    // The app starts while the command reads: the reader made the files, the app uses them.
    let reader = Store::open_read_only(&db, catalog()).unwrap().expect("current schema");
    let mut writer = open(&db);
    drop(reader);
    assert!(log("-wal") && log("-shm"), "not removed under the writer");
    writer.create(new_assessment("Ministry of Justice", "LB", Mode::SelfAssessment)).unwrap();
    assert_eq!(writer.list(Lang::En).unwrap().len(), 3);
    assert_eq!(writer.integrity_check().unwrap(), "ok");
}
