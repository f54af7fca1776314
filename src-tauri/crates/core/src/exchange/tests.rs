//! Exchange-file tests: byte-identical round trips, idempotent re-imports, answer-by-answer
//! merges, and hostile files refused with a JSON path and nothing written.

use super::*;
use crate::store::{ImportReport, Store};
use crate::text::Lang;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use tempfile::TempDir;
use uuid::Uuid;

const FW: &str = "innovation-readiness";
use crate::test_support::{self, T0};

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(test_support::catalog)
}

fn framework() -> Arc<Framework> {
    catalog().get(FW, None).unwrap().clone()
}

fn memory_store() -> Store {
    Store::open_in_memory(catalog().clone()).unwrap()
}

fn rid(n: u128) -> Uuid {
    Uuid::from_u128(0x5eed_0000_0000_4000_8000_0000_0000_0000 + n)
}

/// An interview: three respondents who disagree, notes, a not-applicable answer,
/// a consensus and a target.
fn sample_doc() -> AssessmentDoc {
    let fw = framework();
    let q = |i: usize| fw.questions[i].id.clone();
    let respondents: Vec<Respondent> = (0..3)
        .map(|i| Respondent { id: rid(i), name: format!("Official {i}"), role: "director".into(), unit: "ICT".into(), interviewed_on: None })
        .collect();
    let mut answers = Vec::new();
    for (ri, r) in respondents.iter().enumerate() {
        for qi in 0..12 {
            let mut a = match (ri, qi) {
                (2, 7) => test_support::not_applicable(r.id, &q(qi), T0),
                (_, 0) => test_support::answer(r.id, &q(qi), Some([1u8, 3, 4][ri]), T0),
                _ => test_support::answer(r.id, &q(qi), Some(((qi + ri) % 5) as u8 + 1), T0),
            };
            if qi == 1 {
                a.note = format!("said by {}: « ça dépend » — يعتمد", r.name);
            }
            if qi == 2 {
                a.evidence = "annual report 2025".into();
            }
            answers.push(a);
        }
    }
    let agency = AgencyInfo {
        id: Some(Uuid::from_u128(0xa6e0_0000_0000_4000_8000_0000_0000_0001)),
        name: "Fictional Ministry of Public Works".into(),
        sector: "infrastructure".into(),
        country: "TN".into(),
        size: "large".into(),
        tags: vec!["pilot".into()],
    };
    let mut d = test_support::doc(&fw, agency);
    d.assessment.id = Uuid::from_u128(0xa55e_55e0_0000_4000_8000_0000_0000_0001);
    d.assessment.title = "Interviews, March 2026".into();
    d.assessment.mode = Mode::Interview;
    d.assessment.targets = BTreeMap::from([(fw.dimensions[0].id.clone(), 4)]);
    d.respondents = respondents;
    d.answers = answers;
    d.consensus = vec![Consensus { question: q(0), level: 3, rationale: "agreed after discussion".into(), updated_at: T0.into() }];
    d
}

fn sample_bytes() -> &'static [u8] {
    static B: OnceLock<Vec<u8>> = OnceLock::new();
    B.get_or_init(|| to_bytes(&sample_doc()))
}

/// Every row of every table, as text: "nothing written" means this does not change.
fn dump(store: &Store) -> Vec<String> {
    let c = store.connection();
    let tables = crate::test_support::table_names(c);
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cols: Vec<String> = (0..n).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect();
            out.push(format!("{t}: {}", cols.join(" | ")));
        }
    }
    out.sort();
    out
}

fn change_count(store: &Store) -> i64 {
    store.connection().query_row("SELECT count(*) FROM change_log", [], |r| r.get(0)).unwrap()
}

fn import_bytes(store: &mut Store, bytes: &[u8]) -> Result<ImportReport> {
    let (doc, _) = parse("test.mizan.json", bytes, store.catalog())?;
    store.import(doc)
}

fn answer_input(doc: &AssessmentDoc, question: &str, level: Option<u8>) -> AnswerInput {
    test_support::answer_input(doc, doc.respondents[0].id, question, level)
}

/// Distinct millisecond timestamps between edits on "two laptops".
fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(3));
}

// ---- round trip and idempotence --------------------------------------------------------

#[test]
fn export_import_export_is_byte_identical() {
    let mut a = memory_store();
    let doc = a
        .create(NewAssessment {
            title: "Self-assessment 2026".into(),
            agency: NewAgency { name: "Fictional Tax Office".into(), sector: "finance".into(), country: "JO".into(), size: "medium".into(), tags: vec!["b".into(), "a".into()] },
            framework_id: FW.into(),
            framework_version: None,
            mode: Mode::SelfAssessment,
        })
        .unwrap();
    let fw = framework();
    for (i, q) in fw.questions.iter().enumerate().take(20) {
        let mut inp = answer_input(&doc, &q.id, Some((i % 5) as u8 + 1));
        if i == 3 {
            inp.level = None;
            inp.not_applicable = true;
        }
        inp.note = format!("note {i} \"quoted\" \\ and \u{2028} and ✓");
        a.save_answer(inp, Lang::En).unwrap();
    }
    a.set_target(doc.assessment.id, &fw.dimensions[2].id, Some(5)).unwrap();
    a.import(sample_doc()).unwrap();

    for id in [doc.assessment.id, sample_doc().assessment.id] {
        let first = to_bytes(&a.export(id).unwrap());
        assert!(first.ends_with(b"}\n"));
        let mut b = memory_store();
        let report = import_bytes(&mut b, &first).unwrap();
        assert!(report.created);
        let second = to_bytes(&b.export(id).unwrap());
        assert_eq!(String::from_utf8(second).unwrap(), String::from_utf8(first.clone()).unwrap(), "byte-identical");
        // the same through files on disk
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("x.mizan.json");
        write_file(&path, &a.export(id).unwrap()).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), first);
        let mut c = memory_store();
        c.import_file(&path).unwrap();
        assert_eq!(to_bytes(&c.export(id).unwrap()), first);
        // the stored summary of the imported copy is the same as the original's
        assert_eq!(b.summary(id, Lang::En).unwrap().overall.index, a.summary(id, Lang::En).unwrap().overall.index);
        assert_eq!(b.summary(id, Lang::En).unwrap().completeness, a.summary(id, Lang::En).unwrap().completeness);
    }
}

#[test]
fn timestamps_are_normalised_to_utc_milliseconds() {
    let mut doc = sample_doc();
    doc.assessment.updated_at = "2026-03-01T10:30:00+01:00".into();
    doc.answers[0].updated_at = "2026-03-01T09:30:00.123456Z".into();
    let mut store = memory_store();
    store.import(doc.clone()).unwrap();
    let out = store.export(doc.assessment.id).unwrap();
    assert_eq!(out.assessment.updated_at, "2026-03-01T09:30:00.000Z");
    assert_eq!(out.answers[0].updated_at, "2026-03-01T09:30:00.123Z");
    // the same instants written differently are the same data
    assert!(!store.import(doc).unwrap().changed());
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let mut store = memory_store();
    let first = import_bytes(&mut store, sample_bytes()).unwrap();
    assert!(first.created && first.changed());
    assert_eq!(first.added, 36 + 1, "36 answers and 1 consensus");
    let id = first.assessment;
    let before = dump(&store);
    let log_before = change_count(&store);
    let updated_before = store.summary(id, Lang::En).unwrap().updated_at;

    let second = import_bytes(&mut store, sample_bytes()).unwrap();
    assert!(!second.changed(), "{second:?}");
    assert!(!second.created);
    assert_eq!((second.added, second.updated, second.kept_local), (0, 0, 0));
    assert_eq!(second.unchanged, 37);
    assert!(second.overwritten.is_empty());
    assert_eq!(change_count(&store), log_before, "no change-log entry");
    assert_eq!(store.summary(id, Lang::En).unwrap().updated_at, updated_before, "updated_at unchanged");
    assert_eq!(dump(&store), before, "not a byte of the database changed");
}

// ---- merging two laptops' copies --------------------------------------------------------

#[test]
fn two_laptops_merge_answer_by_answer_newer_wins() {
    let fw = framework();
    let q: Vec<String> = fw.questions.iter().map(|q| q.id.clone()).collect();
    let mut a = memory_store();
    let doc = a
        .create(NewAssessment {
            title: "Shared".into(),
            agency: NewAgency { name: "Fictional Customs Authority".into(), sector: String::new(), country: "LB".into(), size: String::new(), tags: vec![] },
            framework_id: FW.into(),
            framework_version: None,
            mode: Mode::SelfAssessment,
        })
        .unwrap();
    let id = doc.assessment.id;
    for qid in &q[..4] {
        a.save_answer(answer_input(&doc, qid, Some(1)), Lang::En).unwrap();
    }
    let mut b = memory_store();
    assert!(import_bytes(&mut b, &to_bytes(&a.export(id).unwrap())).unwrap().created);
    let at = |s: &Store, qid: &str| s.load(id).unwrap().answers.into_iter().find(|x| x.question == qid).unwrap();

    tick();
    a.save_answer(answer_input(&doc, &q[0], Some(4)), Lang::En).unwrap(); // only A edits q0
    tick();
    a.save_answer(answer_input(&doc, &q[1], Some(2)), Lang::En).unwrap(); // A edits q1 ...
    tick();
    a.save_answer(answer_input(&doc, &q[4], Some(3)), Lang::En).unwrap(); // A answers a new question
    tick();
    b.save_answer(answer_input(&doc, &q[1], Some(5)), Lang::En).unwrap(); // ... B edits q1 later
    tick();
    b.save_answer(answer_input(&doc, &q[2], Some(3)), Lang::En).unwrap(); // only B edits q2
    let a_q0 = at(&a, &q[0]);
    let b_q1 = at(&b, &q[1]);

    // A's file into B
    let log_before = change_count(&b);
    let r = import_bytes(&mut b, &to_bytes(&a.export(id).unwrap())).unwrap();
    assert!(!r.created && r.changed());
    assert_eq!(r.added, 1, "q4 is new to B");
    assert_eq!(r.updated, 1, "q0 is newer in A's file");
    assert_eq!(r.kept_local, 2, "q1 and q2 are newer in B");
    assert_eq!(r.unchanged, 1, "q3");
    assert_eq!(r.overwritten.len(), 1);
    let o = &r.overwritten[0];
    assert_eq!((o.kind, o.question.as_str(), o.old_level, o.new_level), ("answer", q[0].as_str(), Some(1), Some(4)));
    assert_eq!(o.respondent.as_deref(), Some(""), "the one respondent of a self-assessment has no name");
    assert_eq!(o.new_updated_at, a_q0.updated_at);
    assert!(time::parse(&o.old_updated_at).unwrap() < time::parse(&o.new_updated_at).unwrap());
    assert_eq!(change_count(&b), log_before + 2, "one merge entry, and the overwritten q0 with its old value");
    assert_eq!(at(&b, &q[0]).level, Some(4));
    assert_eq!(at(&b, &q[1]), b_q1, "the newer local value is kept");
    assert_eq!(at(&b, &q[2]).level, Some(3));
    assert_eq!(at(&b, &q[4]).level, Some(3));
    let scores = b.scores(id, Lang::En).unwrap();
    let listed = b.summary(id, Lang::En).unwrap();
    assert_eq!((listed.overall.index, listed.completeness), (scores.overall.index, scores.completeness), "summary rescored");

    // B's file into A: A catches up on q1 and q2
    let r = import_bytes(&mut a, &to_bytes(&b.export(id).unwrap())).unwrap();
    let mut over: Vec<(&str, Option<u8>, Option<u8>)> = r.overwritten.iter().map(|o| (o.question.as_str(), o.old_level, o.new_level)).collect();
    over.sort();
    let mut expected = vec![(q[1].as_str(), Some(2), Some(5)), (q[2].as_str(), Some(1), Some(3))];
    expected.sort();
    assert_eq!(over, expected);
    assert_eq!((r.added, r.kept_local, r.unchanged), (0, 0, 3));

    // both laptops now hold the same assessment, byte for byte, and stay so
    let fa = to_bytes(&a.export(id).unwrap());
    let fb = to_bytes(&b.export(id).unwrap());
    assert_eq!(String::from_utf8(fa.clone()).unwrap(), String::from_utf8(fb.clone()).unwrap());
    assert!(!import_bytes(&mut a, &fb).unwrap().changed());
    assert!(!import_bytes(&mut b, &fa).unwrap().changed());
}

#[test]
fn consensus_merges_too_and_an_older_file_keeps_local_values() {
    let mut store = memory_store();
    store.import(sample_doc()).unwrap();
    let id = sample_doc().assessment.id;
    let later = "2026-03-02T08:00:00.000Z";
    let earlier = "2026-02-01T08:00:00.000Z";

    let mut newer = sample_doc();
    newer.consensus[0].level = 5;
    newer.consensus[0].updated_at = later.into();
    newer.answers[5].level = Some(1);
    newer.answers[5].updated_at = earlier.into(); // an older edit: must not win
    newer.assessment.title = "Renamed on the other laptop".into();
    newer.assessment.updated_at = later.into();
    let r = store.import(newer).unwrap();
    assert_eq!(r.kept_local, 1);
    assert_eq!(r.overwritten.len(), 1);
    let o = &r.overwritten[0];
    assert_eq!((o.kind, o.respondent.as_deref(), o.old_level, o.new_level), ("consensus", None, Some(3), Some(5)));
    let doc = store.load(id).unwrap();
    assert_eq!(doc.consensus[0].level, 5);
    assert_eq!(doc.answers[5], sample_doc().answers[5], "the local answer is newer and kept");
    assert_eq!(doc.assessment.title, "Renamed on the other laptop", "newer file: its title wins");
    assert_eq!(doc.assessment.updated_at, later);

    // an old copy of the whole file changes nothing
    let before = dump(&store);
    let r = store.import(sample_doc()).unwrap();
    assert!(!r.changed());
    assert_eq!(r.kept_local, 1, "the consensus");
    assert_eq!(dump(&store), before);
}

#[test]
fn importing_restores_a_deleted_assessment() {
    let mut store = memory_store();
    store.import(sample_doc()).unwrap();
    let id = sample_doc().assessment.id;
    store.delete(id).unwrap();
    assert!(store.list(Lang::En).unwrap().is_empty());
    let r = store.import(sample_doc()).unwrap();
    assert!(r.changed());
    assert_eq!(store.list(Lang::En).unwrap().len(), 1);
}

#[test]
fn a_merge_across_framework_versions_is_refused_and_writes_nothing() {
    let dir = TempDir::new().unwrap();
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../assessments/innovation-readiness.toml")).unwrap();
    let v2 = src.replacen("version = \"1.1.0\"", "version = \"1.2.0\"", 1);
    assert_ne!(src, v2);
    std::fs::write(dir.path().join("ir-1.2.0.toml"), v2).unwrap();
    let cat = Catalog::with_user_dir(dir.path());
    assert!(cat.problems.is_empty(), "{:?}", cat.problems);
    let mut store = Store::open_in_memory(cat).unwrap();
    store.import(sample_doc()).unwrap();
    let before = dump(&store);
    let mut doc = sample_doc();
    doc.framework.version = "1.2.0".into();
    doc.assessment.updated_at = "2026-06-01T00:00:00Z".into();
    doc.answers[0].level = Some(5);
    doc.answers[0].updated_at = "2026-06-01T00:00:00Z".into();
    let err = store.import(doc).unwrap_err();
    assert!(matches!(&err, CoreError::InvalidExchange { path, .. } if path == "framework"), "{err}");
    assert!(err.to_string().contains("1.2.0"), "{err}");
    assert_eq!(dump(&store), before);
}

#[test]
fn a_respondent_id_of_another_assessment_is_refused_and_writes_nothing() {
    let mut store = memory_store();
    store.import(sample_doc()).unwrap();
    let before = dump(&store);
    let mut doc = sample_doc();
    doc.assessment.id = Uuid::new_v4();
    doc.assessment.agency.id = None;
    doc.assessment.agency.name = "Another fictional agency".into();
    let err = store.import(doc).unwrap_err();
    assert!(matches!(&err, CoreError::InvalidExchange { path, .. } if path == "respondents[0].id"), "{err}");
    assert!(err.to_string().contains("another assessment"), "{err}");
    assert_eq!(dump(&store), before, "no agency, assessment or respondent was added");
}

// ---- hostile files -----------------------------------------------------------------------

fn sample_value() -> Value {
    serde_json::from_slice(sample_bytes()).unwrap()
}

fn with(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = sample_value();
    f(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

/// A store that already holds the sample (so a bad file cannot sneak in a merge) and
/// another assessment.
fn populated_store() -> Store {
    let mut store = memory_store();
    store.import(sample_doc()).unwrap();
    let mut other = sample_doc();
    other.assessment.id = Uuid::new_v4();
    other.assessment.agency = AgencyInfo { name: "Fictional Water Board".into(), country: "MA".into(), ..Default::default() };
    other.respondents.iter_mut().for_each(|r| r.id = Uuid::new_v4());
    let ids: Vec<Uuid> = other.respondents.iter().map(|r| r.id).collect();
    other.answers.iter_mut().for_each(|a| a.respondent = ids[sample_doc().respondents.iter().position(|r| r.id == a.respondent).unwrap()]);
    store.import(other).unwrap();
    store
}

/// Parsing is refused with `path` named in the message, and importing the same bytes
/// from a file writes nothing to a database.
fn assert_refused(what: &str, bytes: &[u8], path: &str, needle: &str) {
    let err = parse("hostile.mizan.json", bytes, catalog()).err().unwrap_or_else(|| panic!("{what}: accepted"));
    let msg = err.to_string();
    match &err {
        CoreError::InvalidExchange { file, path: p, problem } => {
            assert_eq!(file, "hostile.mizan.json", "{what}");
            assert_eq!(p, path, "{what}: path in `{msg}`");
            assert!(problem.to_string().contains(needle), "{what}: `{msg}` should say `{needle}`");
        }
        other => panic!("{what}: not an exchange error: {other:?}"),
    }
    assert!(msg.contains(&format!(": {path}: ")), "{what}: the message names the path: {msg}");

    let dir = TempDir::new().unwrap();
    let file = dir.path().join("hostile.mizan.json");
    std::fs::write(&file, bytes).unwrap();
    let mut store = populated_store();
    let before = dump(&store);
    let err = store.import_file(&file).err().unwrap_or_else(|| panic!("{what}: imported"));
    assert!(matches!(err, CoreError::InvalidExchange { .. }), "{what}: {err}");
    assert_eq!(dump(&store), before, "{what}: nothing written");
}

#[test]
fn the_sample_itself_is_valid() {
    let (doc, fw) = parse("sample", sample_bytes(), catalog()).unwrap();
    assert_eq!(doc, sample_doc());
    assert_eq!(fw.id, FW);
    // and `with` alone does not break it
    parse("sample", &with(|_| {}), catalog()).unwrap();
}

#[test]
fn unknown_fields_are_refused() {
    assert_refused("top level", &with(|v| v["colour"] = json!("red")), "colour", "unknown field `colour`");
    assert_refused("in assessment", &with(|v| v["assessment"]["owner"] = json!("x")), "assessment.owner", "unknown field `owner`");
    assert_refused("in agency", &with(|v| v["assessment"]["agency"]["budget"] = json!(1)), "assessment.agency.budget", "unknown field `budget`");
    assert_refused("in an answer", &with(|v| v["answers"][3]["score"] = json!(2)), "answers[3].score", "unknown field `score`");
    assert_refused("in a respondent", &with(|v| v["respondents"][1]["email"] = json!("a@b")), "respondents[1].email", "unknown field `email`");
    assert_refused("in framework", &with(|v| v["framework"]["url"] = json!("x")), "framework.url", "unknown field `url`");
}

#[test]
fn wrong_types_and_missing_fields_are_refused() {
    assert_refused("format_version as text", &with(|v| v["format_version"] = json!("1")), "format_version", "invalid type");
    assert_refused("level as text", &with(|v| v["answers"][0]["level"] = json!("3")), "answers[0].level", "invalid type");
    assert_refused("level 256", &with(|v| v["answers"][0]["level"] = json!(256)), "answers[0].level", "256");
    assert_refused("negative level", &with(|v| v["answers"][0]["level"] = json!(-1)), "answers[0].level", "-1");
    assert_refused("fractional level", &with(|v| v["answers"][0]["level"] = json!(2.5)), "answers[0].level", "invalid type");
    assert_refused("N/A as number", &with(|v| v["answers"][1]["not_applicable"] = json!(1)), "answers[1].not_applicable", "invalid type");
    assert_refused("respondents as object", &with(|v| v["respondents"] = json!({})), "respondents", "invalid type");
    assert_refused("tags as text", &with(|v| v["assessment"]["agency"]["tags"] = json!("a,b")), "assessment.agency.tags", "invalid type");
    assert_refused("bad uuid", &with(|v| v["assessment"]["id"] = json!("not-a-uuid")), "assessment.id", "UUID");
    assert_refused("bad respondent uuid", &with(|v| v["answers"][2]["respondent"] = json!("42")), "answers[2].respondent", "UUID");
    assert_refused("unknown mode", &with(|v| v["assessment"]["mode"] = json!("group")), "assessment.mode", "unknown variant `group`");
    assert_refused("unknown status", &with(|v| v["assessment"]["status"] = json!("done")), "assessment.status", "unknown variant `done`");
    assert_refused("target as text", &with(|v| v["assessment"]["targets"] = json!({"leadership": "high"})), "assessment.targets.leadership", "invalid type");
    assert_refused(
        "missing title",
        &with(|v| {
            v["assessment"].as_object_mut().unwrap().remove("title");
        }),
        "assessment",
        "missing field `title`",
    );
    assert_refused(
        "missing updated_at",
        &with(|v| {
            v["answers"][4].as_object_mut().unwrap().remove("updated_at");
        }),
        "answers[4]",
        "missing field `updated_at`",
    );
    assert_refused("a document that is an array", b"[1, 2]", "$", "does not hold a JSON object");
    assert_refused("a document that is a number", b" 42", "$", "does not hold a JSON object");
    // fields by position (serde's sequence form of a struct) are not an exchange file
    let positional = serde_json::to_vec(&json!(["mizan.assessment", 1, {"id": FW, "version": "1.0.0"}])).unwrap();
    assert_refused("positional fields", &positional, "$", "does not hold a JSON object");
    assert_refused("positional framework", &with(|v| v["framework"] = json!([FW, "1.0.0"])), "framework", "expected an object");
    assert_refused(
        "positional agency",
        &with(|v| v["assessment"]["agency"] = json!([null, "Fictional Ministry of Public Works", "", "TN", "", []])),
        "assessment.agency",
        "expected an object",
    );
    let r = sample_doc().respondents[1].clone();
    assert_refused("positional respondent", &with(|v| v["respondents"][1] = json!([r.id, r.name, r.role, r.unit])), "respondents[1]", "expected an object");
    let a = sample_doc().answers[4].clone();
    assert_refused(
        "positional answer",
        &with(|v| v["answers"][4] = json!([a.respondent, a.question, a.level, a.not_applicable, a.note, a.evidence, a.updated_at])),
        "answers[4]",
        "expected an object",
    );
    let c = sample_doc().consensus[0].clone();
    assert_refused("positional consensus", &with(|v| v["consensus"][0] = json!([c.question, c.level, c.rationale, c.updated_at])), "consensus[0]", "expected an object");
}

#[test]
fn unknown_formats_frameworks_and_questions_are_refused() {
    assert_refused("other format", &with(|v| v["format"] = json!("other.thing")), "format", "not a Mizan assessment file");
    assert_refused("future format", &with(|v| v["format_version"] = json!(2)), "format_version", "not supported");
    assert_refused("unknown framework", &with(|v| v["framework"]["id"] = json!("no-such-framework")), "framework", "no-such-framework 1.1.0 is not installed");
    assert_refused("unknown framework version", &with(|v| v["framework"]["version"] = json!("9.0.0")), "framework", "innovation-readiness 9.0.0 is not installed");
    assert_refused("unknown question", &with(|v| v["answers"][5]["question"] = json!("leadership.nope")), "answers[5].question", "`leadership.nope` is not a question");
    assert_refused("unknown consensus question", &with(|v| v["consensus"][0]["question"] = json!("x")), "consensus[0].question", "`x` is not a question");
    assert_refused("unknown target dimension", &with(|v| v["assessment"]["targets"] = json!({"nope": 3})), "assessment.targets.nope", "not a dimension");
}

#[test]
fn levels_out_of_range_are_refused() {
    assert_refused("level 0", &with(|v| v["answers"][0]["level"] = json!(0)), "answers[0].level", "level 0 is out of range");
    assert_refused("level 6", &with(|v| v["answers"][7]["level"] = json!(6)), "answers[7].level", "level 6 is out of range");
    assert_refused(
        "level and N/A",
        &with(|v| v["answers"][0]["not_applicable"] = json!(true)),
        "answers[0].not_applicable",
        "cannot also be not applicable",
    );
    assert_refused("consensus level 0", &with(|v| v["consensus"][0]["level"] = json!(0)), "consensus[0].level", "out of range");
    assert_refused("consensus level 6", &with(|v| v["consensus"][0]["level"] = json!(6)), "consensus[0].level", "out of range");
    let dim = framework().dimensions[0].id.clone();
    assert_refused("target 6", &with(|v| v["assessment"]["targets"][&dim] = json!(6)), &format!("assessment.targets.{dim}"), "out of range");
    assert_refused("target 0", &with(|v| v["assessment"]["targets"][&dim] = json!(0)), &format!("assessment.targets.{dim}"), "out of range");
}

#[test]
fn duplicates_and_dangling_references_are_refused() {
    assert_refused(
        "duplicate respondent id",
        &with(|v| v["respondents"][2]["id"] = v["respondents"][0]["id"].clone()),
        "respondents[2].id",
        "appears twice",
    );
    assert_refused(
        "duplicate answer",
        &with(|v| {
            let a = v["answers"][3].clone();
            v["answers"].as_array_mut().unwrap().push(a);
        }),
        "answers[36].question",
        "twice",
    );
    assert_refused(
        "duplicate consensus",
        &with(|v| {
            let c = v["consensus"][0].clone();
            v["consensus"].as_array_mut().unwrap().push(c);
        }),
        "consensus[1].question",
        "two consensus entries",
    );
    assert_refused(
        "answer for an unlisted respondent",
        &with(|v| v["answers"][9]["respondent"] = json!(Uuid::new_v4())),
        "answers[9].respondent",
        "not listed in `respondents`",
    );
}

#[test]
fn bad_text_timestamps_and_countries_are_refused() {
    assert_refused("bad answer timestamp", &with(|v| v["answers"][0]["updated_at"] = json!("yesterday")), "answers[0].updated_at", "not an RFC 3339 timestamp");
    assert_refused("month 13", &with(|v| v["assessment"]["created_at"] = json!("2026-13-01T00:00:00Z")), "assessment.created_at", "RFC 3339");
    assert_refused("no zone", &with(|v| v["assessment"]["updated_at"] = json!("2026-03-01T09:30:00")), "assessment.updated_at", "RFC 3339");
    assert_refused("bad finalized_at", &with(|v| v["assessment"]["finalized_at"] = json!("")), "assessment.finalized_at", "RFC 3339");
    assert_refused("bad consensus time", &with(|v| v["consensus"][0]["updated_at"] = json!("1 March")), "consensus[0].updated_at", "RFC 3339");
    assert_refused("country name", &with(|v| v["assessment"]["agency"]["country"] = json!("Tunisia")), "assessment.agency.country", "ISO 3166");
    assert_refused("country alpha-3", &with(|v| v["assessment"]["agency"]["country"] = json!("TUN")), "assessment.agency.country", "ISO 3166");
    assert_refused("country with digits", &with(|v| v["assessment"]["agency"]["country"] = json!("T1")), "assessment.agency.country", "ISO 3166");
    assert_refused("NUL in respondent name", &with(|v| v["respondents"][0]["name"] = json!("Ali\u{0}")), "respondents[0].name", "NUL");
    assert_refused("NUL in agency name", &with(|v| v["assessment"]["agency"]["name"] = json!("Min\u{0}istry")), "assessment.agency.name", "NUL");
    assert_refused("NUL in a note", &with(|v| v["answers"][1]["note"] = json!("a\u{0}b")), "answers[1].note", "NUL");
    assert_refused("empty agency name", &with(|v| v["assessment"]["agency"]["name"] = json!("   ")), "assessment.agency.name", "empty");
    assert_refused("an interviewee without a name", &with(|v| v["respondents"][0]["name"] = json!(" ")), "respondents[0].name", "empty");
    assert_refused("long title", &with(|v| v["assessment"]["title"] = json!("x".repeat(301))), "assessment.title", "longer than 300");
    assert_refused("long name", &with(|v| v["respondents"][0]["name"] = json!("x".repeat(301))), "respondents[0].name", "longer than 300");
    assert_refused("long note", &with(|v| v["answers"][0]["note"] = json!("x".repeat(100_001))), "answers[0].note", "longer than 100000");
}

/// Control and reordering characters in a file's texts are dropped as in typed text (an
/// override showed `Ministry of ecnaniF` as `Ministry of Finance` on screen, while the report
/// printed it as it is); a required name made of nothing else is refused.
#[test]
fn a_files_texts_lose_control_and_reordering_characters_as_typed_ones_do() {
    let bytes = with(|v| {
        v["assessment"]["agency"]["name"] = json!("Ministry of \u{202E}ecnaniF\u{202C}");
        v["assessment"]["title"] = json!("Review\u{1b}[2J \u{2067}2026\u{2069}");
        v["assessment"]["agency"]["tags"] = json!(["\u{202D}pilot\u{202C}", "pilot"]);
        v["respondents"][0]["role"] = json!("\u{7}director\u{202B}");
        v["answers"][0]["note"] = json!("line 1\n\u{202E}line 2");
        v["consensus"][0]["rationale"] = json!("agreed\u{2066} by all");
    });
    let (doc, _) = parse("hostile.mizan.json", &bytes, catalog()).unwrap();
    let a = &doc.assessment;
    assert_eq!((a.agency.name.as_str(), a.title.as_str()), ("Ministry of ecnaniF", "Review[2J 2026"));
    assert_eq!(a.agency.tags, ["pilot"]);
    assert_eq!(doc.respondents[0].role, "director");
    assert_eq!(doc.answers[0].note, "line 1\nline 2");
    assert_eq!(doc.consensus[0].rationale, "agreed by all");
    let mut store = memory_store();
    let id = store.import(doc).unwrap().assessment;
    assert_eq!(store.load(id).unwrap().assessment.agency.name, "Ministry of ecnaniF", "stored as cleaned");
    for (what, path) in [("assessment.agency.name", &["assessment", "agency", "name"][..]), ("respondents[0].name", &["respondents", "0", "name"][..])] {
        let bad = with(|v| {
            let mut at = &mut *v;
            for key in path {
                at = match key.parse::<usize>() {
                    Ok(i) => &mut at[i],
                    Err(_) => &mut at[*key],
                };
            }
            *at = json!("\u{202E}\u{7} \u{202C}");
        });
        assert_refused(what, &bad, what, "empty");
    }
}

#[test]
fn malformed_bytes_are_refused() {
    // invalid UTF-8 inside a string
    let mut bad = sample_bytes().to_vec();
    let at = bad.windows(8).position(|w| w == b"Official").unwrap();
    bad[at + 1] = 0xFF;
    assert_refused("invalid UTF-8", &bad, "$", &format!("not valid UTF-8 (byte {})", at + 1));
    assert_refused("UTF-16 BOM", &[0xFF, 0xFE, b'{', 0, b'}', 0], "$", "not valid UTF-8");
    assert_refused("empty file", b"", "$", "the file is empty");
    assert_refused("only spaces", b"  \n ", "$", "the file is empty");
    assert_refused("an empty object", b"{}", "$", "missing field `format`");
    // truncated
    let cut = &sample_bytes()[..sample_bytes().len() / 2];
    let err = parse("t", cut, catalog()).unwrap_err();
    assert!(matches!(&err, CoreError::InvalidExchange { problem, .. } if problem.to_string().contains("EOF while parsing")), "{err}");
    let cut = &sample_bytes()[..sample_bytes().len() - 2];
    assert_refused("missing last brace", cut, "$", "EOF while parsing");
    // trailing garbage
    let mut trailing = sample_bytes().to_vec();
    trailing.extend_from_slice(b"garbage");
    assert_refused("trailing garbage", &trailing, "$", "unexpected data after the document");
    let mut two = sample_bytes().to_vec();
    two.extend_from_slice(sample_bytes());
    assert_refused("two documents", &two, "$", "unexpected data after the document");
    // a UTF-8 byte-order mark, as Windows editors add, is tolerated; only at the start
    let mut bom = "\u{feff}".as_bytes().to_vec();
    bom.extend_from_slice(sample_bytes());
    assert_eq!(parse("bom", &bom, catalog()).unwrap().0, sample_doc());
    let mut two_boms = "\u{feff}".as_bytes().to_vec();
    two_boms.extend_from_slice(&bom);
    assert_refused("two BOMs", &two_boms, "$", "does not hold a JSON object");
    // truncated inside an answer: the path says which
    let text = std::str::from_utf8(sample_bytes()).unwrap();
    let inside = text.find("\"evidence\": \"annual report").unwrap();
    assert_refused("truncated in an answer", &text.as_bytes()[..inside], "answers[2]", "EOF while parsing");
}

#[test]
fn nesting_bombs_are_refused_without_overflowing_the_stack() {
    let deep = "[".repeat(100_000);
    assert_refused("array bomb", deep.as_bytes(), "$", "does not hold a JSON object");
    let objects = "{\"a\":".repeat(100_000);
    assert_refused("object bomb", objects.as_bytes(), "a", "unknown field `a`");
    let in_format = format!("{{\"format\": {deep}");
    assert_refused("bomb in a field", in_format.as_bytes(), "format", "invalid type");
    let v = String::from_utf8(with(|v| v["assessment"]["agency"]["tags"] = json!("BOMB"))).unwrap();
    let in_tags = v.replace("\"BOMB\"", &deep);
    assert_refused("bomb in tags", in_tags.as_bytes(), "assessment.agency.tags[0]", "invalid type");
    let in_targets = String::from_utf8(with(|v| v["assessment"]["targets"] = json!("BOMB"))).unwrap().replace("\"BOMB\"", &objects);
    assert_refused("bomb in targets", in_targets.as_bytes(), "assessment.targets.a", "invalid type");
}

#[test]
fn files_over_20_mib_are_refused_unread() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("huge.mizan.json");
    // a valid document padded with whitespace: only its size is wrong
    let mut bytes = sample_bytes().to_vec();
    bytes.resize(MAX_EXCHANGE_BYTES as usize + 1, b' ');
    parse("exact", &bytes[..MAX_EXCHANGE_BYTES as usize], catalog()).expect("20 MiB exactly is accepted");
    std::fs::write(&path, &bytes).unwrap();
    let err = read_file(&path, catalog()).unwrap_err();
    assert!(matches!(&err, CoreError::InvalidExchange { path: p, problem, .. } if p == "$" && problem.to_string().contains("larger than 20 MiB")), "{err}");
    let mut store = populated_store();
    let before = dump(&store);
    assert!(store.import_file(&path).is_err());
    assert_eq!(dump(&store), before);
    assert_refused("over 20 MiB in memory", &bytes, "$", "larger than 20 MiB");
}

#[test]
fn missing_files_are_io_errors_naming_the_file() {
    let err = read_file(Path::new("/nonexistent/x.mizan.json"), catalog()).unwrap_err();
    assert_eq!(err.code(), "io");
    assert!(err.to_string().contains("/nonexistent/x.mizan.json"), "{err}");
}

// ---- fuzzing -----------------------------------------------------------------------------

fn mutation() -> impl Strategy<Value = (prop::sample::Index, u8, u8)> {
    let byte = prop_oneof![any::<u8>(), prop::sample::select(b"{}[]\",:-.0159eEnul\\ \n\x00".to_vec())];
    (any::<prop::sample::Index>(), byte, 0u8..4)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_never_panic(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut bytes = sample_bytes().to_vec();
        for (at, byte, kind) in mutations {
            if bytes.is_empty() {
                bytes.push(byte);
                continue;
            }
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                2 => { bytes.remove(i); }
                _ => bytes.truncate(i),
            }
        }
        match parse("fuzz", &bytes, catalog()) {
            Ok((doc, _)) => {
                // whatever is accepted can be stored and exported again
                let mut store = memory_store();
                let id = doc.assessment.id;
                match store.import(doc) {
                    Ok(_) => { store.export(id).unwrap(); }
                    Err(e) => prop_assert!(matches!(e, CoreError::InvalidExchange { .. }), "{e}"),
                }
            }
            Err(e) => prop_assert!(matches!(e, CoreError::InvalidExchange { .. }), "{e}"),
        }
    }
}

// ---- final assessments, future times, identity, size (issue 17) -----------------------------

fn final_sample() -> AssessmentDoc {
    let mut doc = sample_doc();
    test_support::finalize(&mut doc, "2026-03-02T10:00:00.000Z");
    doc
}

#[test]
fn an_import_that_would_change_a_final_assessment_is_refused_until_it_is_reopened() {
    let mut store = memory_store();
    store.import(final_sample()).unwrap();
    let before = dump(&store);

    // a newer file changing an answer, one adding a respondent, one turning it back to draft
    let mut changed = final_sample();
    changed.assessment.updated_at = "2026-04-01T00:00:00.000Z".into();
    changed.answers[3].level = Some(5);
    changed.answers[3].updated_at = "2026-04-01T00:00:00.000Z".into();
    let mut added = final_sample();
    added.respondents.push(test_support::respondent(rid(9), "Late respondent"));
    let mut draft = final_sample();
    draft.assessment.status = Status::Draft;
    draft.assessment.finalized_at = None;
    draft.assessment.updated_at = "2026-04-01T00:00:00.000Z".into();
    for (what, doc) in [("changed answer", changed.clone()), ("added respondent", added), ("back to draft", draft)] {
        let err = store.import(doc).unwrap_err();
        assert!(matches!(&err, CoreError::FinalImport { id, .. } if *id == changed.assessment.id), "{what}: {err}");
        assert_eq!(err.code(), "final", "{what}: the app tells it apart, to offer reopening");
        assert!(err.to_string().contains("is final") && err.to_string().contains("reopen it first"), "{what}: {err}");
        assert_eq!(dump(&store), before, "{what}: nothing written");
    }
    // the identical file again (and an older one) still succeeds and changes nothing
    assert!(!store.import(final_sample()).unwrap().changed());
    let mut older = final_sample();
    older.answers[3].level = Some(1);
    older.answers[3].updated_at = "2026-01-01T00:00:00.000Z".into();
    assert_eq!(store.import(older).unwrap().kept_local, 1);
    assert_eq!(dump(&store), before);

    // reopened, the same change merges
    let id = changed.assessment.id;
    assert_eq!(store.reopen(id, Lang::En).unwrap().status, Status::Draft);
    let r = store.import(changed).unwrap();
    assert_eq!(r.updated, 1, "{r:?}");
}

#[test]
fn timestamps_more_than_a_day_ahead_of_the_clock_are_refused_with_their_place() {
    let ahead = |hours: i64| time::format(chrono::Utc::now() + chrono::Duration::hours(hours));
    let mut store = memory_store();
    let mut doc = sample_doc();
    doc.answers[4].updated_at = ahead(25);
    let err = store.import(doc).unwrap_err();
    assert!(matches!(&err, CoreError::InvalidExchange { path, .. } if path == "answers[4].updated_at"), "{err}");
    assert!(err.to_string().contains("ahead of this computer's clock"), "{err}");
    assert_refused("year 9999", &with(|v| v["consensus"][0]["updated_at"] = json!("9999-12-31T00:00:00Z")), "consensus[0].updated_at", "ahead of");
    assert_refused("future file", &with(|v| v["assessment"]["updated_at"] = json!(ahead(48))), "assessment.updated_at", "ahead of");
    // a clock a few hours off is not refused
    let mut doc = sample_doc();
    doc.answers[4].updated_at = ahead(3);
    store.import(doc).unwrap();
}

#[test]
fn an_agency_id_of_another_agency_is_refused() {
    let mut store = memory_store();
    store.import(sample_doc()).unwrap();
    let before = dump(&store);
    for (name, country) in [("Totally Different Agency", "TN"), ("Fictional Ministry of Public Works", "FR")] {
        let mut other = sample_doc();
        other.assessment.id = Uuid::new_v4();
        other.respondents.iter_mut().for_each(|r| r.id = Uuid::new_v4());
        let ids: Vec<Uuid> = other.respondents.iter().map(|r| r.id).collect();
        other.answers.iter_mut().for_each(|a| a.respondent = ids[sample_doc().respondents.iter().position(|r| r.id == a.respondent).unwrap()]);
        other.assessment.agency.name = name.into();
        other.assessment.agency.country = country.into();
        let err = store.import(other).unwrap_err();
        assert!(matches!(&err, CoreError::InvalidExchange { path, .. } if path == "assessment.agency.id"), "{err}");
        assert!(err.to_string().contains("Fictional Ministry of Public Works") && err.to_string().contains(name), "{err}");
        assert_eq!(dump(&store), before);
    }
    // the same agency written with other spaces and case is the same agency
    let mut same = sample_doc();
    same.assessment.id = Uuid::new_v4();
    same.respondents = vec![test_support::respondent(rid(50), "Another")];
    same.answers = vec![test_support::answer(rid(50), &framework().questions[0].id, Some(2), T0)];
    same.consensus.clear();
    same.assessment.agency.name = "  fictional ministry of  PUBLIC works ".into();
    store.import(same).unwrap();
}

fn with_note(mut a: Answer, note: &str) -> Answer {
    a.note = note.into();
    a
}

/// A legal assessment nearly as large as an exchange file may be: answers with the
/// longest notes, of the characters that take most bytes (`𝄞` is four; the control
/// characters that JSON escapes in six are not stored), added until the next one would
/// pass the limit.
fn largest_doc() -> AssessmentDoc {
    let fw = framework();
    let mut doc = test_support::doc(&fw, test_support::agency("Fictional Archive Authority", "JO"));
    doc.assessment.mode = Mode::Interview;
    let note: String = "𝄞\"é".chars().cycle().take(MAX_ANSWER_TEXT).collect();
    let mut size = to_bytes(&doc).len() as u64;
    'fill: for n in 0.. {
        let r = test_support::respondent(rid(1000 + n), &format!("Respondent {n}"));
        size += serde_json::to_vec_pretty(&r).unwrap().len() as u64 * 2;
        doc.respondents.push(r.clone());
        for q in &fw.questions {
            let a = with_note(test_support::answer(r.id, &q.id, Some(3), T0), &note);
            // pretty printing indents each of its lines by six more spaces
            let more = serde_json::to_vec_pretty(&a).unwrap().len() as u64 + 6 * 10 + 2;
            if size + more > MAX_EXCHANGE_BYTES - 4096 {
                break 'fill;
            }
            size += more;
            doc.answers.push(a);
        }
    }
    doc
}

#[test]
fn the_largest_legal_assessment_exports_and_imports_again() {
    let doc = largest_doc();
    let bytes = to_bytes(&doc);
    assert!(bytes.len() as u64 <= MAX_EXCHANGE_BYTES && bytes.len() as u64 > MAX_EXCHANGE_BYTES * 9 / 10, "{} bytes", bytes.len());
    let mut a = memory_store();
    import_bytes(&mut a, &bytes).unwrap();
    let exported = to_bytes(&a.export(doc.assessment.id).unwrap());
    assert!(exported.len() as u64 <= MAX_EXCHANGE_BYTES, "{} bytes", exported.len());
    let mut b = memory_store();
    import_bytes(&mut b, &exported).unwrap();
    assert_eq!(to_bytes(&b.export(doc.assessment.id).unwrap()), exported, "byte-identical");

    // Two files of one assessment, each under the limit, whose merge would be over it:
    // refused, nothing written (before, the merged export could not be imported).
    let mut other = doc.clone();
    let new_ids: Vec<(Uuid, Uuid)> = other.respondents.iter().map(|r| (r.id, Uuid::new_v4())).collect();
    let renamed = |id: Uuid| new_ids.iter().find(|(old, _)| *old == id).unwrap().1;
    other.respondents.iter_mut().for_each(|r| r.id = renamed(r.id));
    other.answers.iter_mut().for_each(|x| x.respondent = renamed(x.respondent));
    let before = dump(&a);
    let err = a.import(other).unwrap_err();
    assert!(err.to_string().contains("over the 20 MiB") && err.to_string().contains("nothing was saved"), "{err}");
    assert_eq!(dump(&a), before);
}

/// No title, and the unnamed respondent of a self-assessment, are what the store writes
/// when none is given: they export and import again. An interviewee still needs a name.
#[test]
fn an_untitled_self_assessment_round_trips() {
    let mut a = memory_store();
    let doc = a
        .create(NewAssessment {
            title: "  ".into(),
            agency: NewAgency { name: "Fictional Tax Office".into(), sector: String::new(), country: "JO".into(), size: String::new(), tags: Vec::new() },
            framework_id: FW.into(),
            framework_version: None,
            mode: Mode::SelfAssessment,
        })
        .unwrap();
    assert_eq!((doc.assessment.title.as_str(), doc.respondents[0].name.as_str()), ("", ""), "nothing made up in English");
    let bytes = to_bytes(&a.export(doc.assessment.id).unwrap());
    let mut b = memory_store();
    let (read, _) = parse("tax.mizan.json", &bytes, catalog()).unwrap();
    let report = b.import(read).unwrap();
    assert!(report.created);
    assert_eq!(to_bytes(&b.export(doc.assessment.id).unwrap()), bytes, "byte-identical");

    // Only the first respondent of a self-assessment may go unnamed.
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    v["assessment"]["mode"] = json!("interview");
    let e = parse("tax.mizan.json", &serde_json::to_vec(&v).unwrap(), catalog()).unwrap_err();
    assert_eq!(e.key_args().0, "err-exchange-text-empty", "{e}");
    assert_eq!(e.place().as_deref(), Some("tax.mizan.json: respondents[0].name"));
}
