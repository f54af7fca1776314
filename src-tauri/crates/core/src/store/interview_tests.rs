//! Interviews: respondents (with undo), consensus, the consolidation, the change log and
//! its restore, and merging the copies of several laptops.

use super::*;
use crate::consolidation::consolidate;
use crate::model::*;
use crate::test_support::{self, answer, respondent, ts, FRAMEWORK};
use crate::text::Lang;
use proptest::prelude::*;
use tempfile::TempDir;
use uuid::Uuid;

fn store(dir: &TempDir, name: &str) -> Store {
    Store::open(&dir.path().join(name), test_support::catalog()).expect("open store")
}

fn interview(store: &mut Store) -> AssessmentDoc {
    store.create(test_support::new_assessment("Wadi Health", "TN", FRAMEWORK, Mode::Interview)).expect("create")
}

/// A store on `a.db` in a new folder, holding one new interview.
fn new_interview() -> (TempDir, Store, AssessmentDoc) {
    let dir = TempDir::new().unwrap();
    let mut s = store(&dir, "a.db");
    let doc = interview(&mut s);
    (dir, s, doc)
}

/// Two stores (`a.db`, `b.db`) in a new folder, as on two laptops, and a new interview
/// in the first.
fn two_laptops() -> (TempDir, Store, Store, AssessmentDoc) {
    let dir = TempDir::new().unwrap();
    let (mut a, b) = (store(&dir, "a.db"), store(&dir, "b.db"));
    let doc = interview(&mut a);
    (dir, a, b, doc)
}

fn person(name: &str, role: &str) -> RespondentInput {
    RespondentInput { name: name.into(), role: role.into(), unit: "Strategy".into(), interviewed_on: Some("2026-03-14".into()) }
}

fn questions(store: &Store) -> Vec<String> {
    store.catalog().require(FRAMEWORK, None).unwrap().questions.iter().map(|q| q.id.clone()).collect()
}

fn save(store: &mut Store, doc: &AssessmentDoc, r: Uuid, q: &str, level: Option<u8>) {
    store.save_answer(test_support::answer_input(doc, r, q, level), Lang::En).expect("save");
}

fn code(e: CoreError) -> (String, String) {
    (e.code().to_string(), e.to_string())
}

#[test]
fn respondents_are_added_edited_listed_and_removed_with_undo() {
    let (_dir, mut s, doc) = new_interview();
    let id = doc.assessment.id;
    assert!(doc.respondents.is_empty(), "an interview starts with nobody");
    let rana = s.add_respondent(id, person("  Rana Haddad ", "Director of Strategy")).unwrap();
    assert_eq!((rana.name.as_str(), rana.interviewed_on.as_deref()), ("Rana Haddad", Some("2026-03-14")));
    let omar = s.add_respondent(id, person("Omar Khalil", "Head of IT")).unwrap();
    let q = questions(&s);
    for (i, qid) in q.iter().take(3).enumerate() {
        save(&mut s, &doc, omar.id, qid, Some(2 + i as u8));
    }
    save(&mut s, &doc, rana.id, &q[0], Some(4));

    let edited = s.edit_respondent(id, omar.id, RespondentInput { interviewed_on: Some(String::new()), ..person("Omar Khalil", "CIO") }).unwrap();
    assert_eq!((edited.role.as_str(), edited.interviewed_on), ("CIO", None), "an empty date clears it");
    let rows = s.respondents(id).unwrap();
    assert_eq!(rows.iter().map(|r| (r.respondent.name.as_str(), r.answers)).collect::<Vec<_>>(), [("Rana Haddad", 1), ("Omar Khalil", 3)]);

    let before = s.scores(id, Lang::En).unwrap();
    let removed = s.remove_respondent(id, omar.id).unwrap();
    assert_eq!(removed.answers, 3, "says how many answers go");
    let after = s.load(id).unwrap();
    assert_eq!(after.respondents.len(), 1);
    assert!(after.answers.iter().all(|a| a.respondent == rana.id), "their answers leave the assessment");
    assert_eq!(s.scores(id, Lang::En).unwrap().questions[1].level, None, "and its scores");
    assert!(s.save_answer(test_support::answer_input(&doc, omar.id, &q[0], Some(1)), Lang::En).is_err(), "a removed respondent cannot answer");
    assert_eq!(code(s.undo_remove_respondent(id, rana.id).unwrap_err()).0, "not_found", "only a removed one comes back");

    s.undo_remove_respondent(id, omar.id).unwrap();
    assert_eq!(s.scores(id, Lang::En).unwrap(), before, "the undo restores every answer");
    assert_eq!(s.respondents(id).unwrap()[1].answers, 3);
}

#[test]
fn a_self_assessment_keeps_its_one_respondent() {
    let dir = TempDir::new().unwrap();
    let mut s = store(&dir, "a.db");
    let doc = s.create(test_support::new_assessment("Bahr", "TN", FRAMEWORK, Mode::SelfAssessment)).unwrap();
    let (c, m) = code(s.add_respondent(doc.assessment.id, person("Someone", "")).unwrap_err());
    assert_eq!(c, "invalid_input");
    assert!(m.contains("self-assessment has one implicit respondent") && m.contains("interview"), "{m}");
    assert!(s.remove_respondent(doc.assessment.id, doc.respondents[0].id).is_err());
    // Its one respondent may still be named.
    s.edit_respondent(doc.assessment.id, doc.respondents[0].id, person("Quality office", "")).unwrap();
    assert_eq!(s.load(doc.assessment.id).unwrap().respondents.len(), 1);
}

#[test]
fn hostile_respondent_input_is_refused_and_writes_nothing() {
    let (_dir, mut s, doc) = new_interview();
    let id = doc.assessment.id;
    let logged = s.changes(id).unwrap().len();
    for (input, says) in [
        (person("   ", ""), "name is empty"),
        (person(&"x".repeat(301), ""), "longer than 300"),
        (RespondentInput { role: "a\0b".into(), ..person("A", "") }, "NUL"),
        (RespondentInput { unit: "u".repeat(301), ..person("A", "") }, "the unit"),
        (RespondentInput { interviewed_on: Some("14/03/2026".into()), ..person("A", "") }, "YYYY-MM-DD"),
        (RespondentInput { interviewed_on: Some("2026-02-30".into()), ..person("A", "") }, "not a date"),
    ] {
        let (c, m) = code(s.add_respondent(id, input).unwrap_err());
        assert_eq!(c, "invalid_input", "{m}");
        assert!(m.contains(says), "{says}: {m}");
    }
    assert!(s.load(id).unwrap().respondents.is_empty());
    assert_eq!(s.changes(id).unwrap().len(), logged, "nothing logged");
    assert_eq!(code(s.edit_respondent(id, Uuid::new_v4(), person("A", "")).unwrap_err()).0, "not_found");

    s.finalize(id, Lang::En).unwrap();
    assert_eq!(code(s.add_respondent(id, person("Late", "")).unwrap_err()).0, "conflict", "a final assessment does not change");
}

/// What is typed loses the control and reordering characters an exchange file loses
/// (`exchange::tests`), so the screen, the report and an export all read the same.
#[test]
fn typed_texts_are_stored_without_control_or_reordering_characters() {
    let (_dir, mut s, doc) = new_interview();
    let id = doc.assessment.id;
    let q = questions(&s);
    let input = RespondentInput { unit: "\u{2067}ICT\u{2069}".into(), ..person("Rana \u{202E}laddaH\u{202C}", "\u{7}Director") };
    let r = s.add_respondent(id, input).unwrap();
    assert_eq!((r.name.as_str(), r.role.as_str(), r.unit.as_str()), ("Rana laddaH", "Director", "ICT"));
    let typed_in_arabic = RespondentInput { interviewed_on: Some("٢٠٢٦-٠٣-١٤".into()), ..person("Omar", "") };
    assert_eq!(s.add_respondent(id, typed_in_arabic).unwrap().interviewed_on.as_deref(), Some("2026-03-14"));
    let answer = AnswerInput { note: "seen\n\u{202E}signed".into(), evidence: "\u{202D}decree 12".into(), ..test_support::answer_input(&doc, r.id, &q[0], Some(3)) };
    s.save_answer(answer, Lang::En).unwrap();
    let c = s.set_consensus(id, &q[0], 3, " agreed \u{202E}\n").unwrap();
    assert_eq!(c.rationale, "agreed");
    assert!(s.set_consensus(id, &q[1], 3, "\u{202E}\u{202C}").unwrap_err().to_string().contains("rationale is empty"));
    let stored = s.load(id).unwrap();
    assert_eq!(stored.respondents[0], r);
    assert_eq!((stored.answers[0].note.as_str(), stored.answers[0].evidence.as_str()), ("seen\nsigned", "decree 12"));
}

/// Four respondents give 1, 2, 4 and 5: the median is (2 + 4) / 2 = 3, the spread 4.
#[test]
fn a_consensus_overrides_the_median_until_cleared() {
    let (_dir, mut s, doc) = new_interview();
    let id = doc.assessment.id;
    let q = questions(&s);
    let people: Vec<Respondent> = ["A", "B", "C", "D"].iter().map(|n| s.add_respondent(id, person(n, "")).unwrap()).collect();
    for (p, l) in people.iter().zip([1, 2, 4, 5]) {
        save(&mut s, &doc, p.id, &q[0], Some(l));
    }
    save(&mut s, &doc, people[0].id, &q[1], Some(3));
    save(&mut s, &doc, people[1].id, &q[1], Some(4));
    let first = &s.scores(id, Lang::En).unwrap().questions[0];
    assert_eq!((first.level, first.spread, first.disagreement, first.consensus), (Some(3.0), Some(4), true, false));

    for (rationale, says) in [("", "rationale is empty"), ("  \n ", "rationale is empty"), ("a\0", "NUL")] {
        let (c, m) = code(s.set_consensus(id, &q[0], 2, rationale).unwrap_err());
        assert!(c == "invalid_input" && m.contains(says), "{m}");
    }
    assert!(code(s.set_consensus(id, &q[0], 6, "why").unwrap_err()).1.contains("1 to 5"));
    assert!(code(s.set_consensus(id, "no.such", 2, "why").unwrap_err()).1.contains("no.such"));

    let c = s.set_consensus(id, &q[0], 2, "  Agreed after the workshop.  ").unwrap();
    assert_eq!(c.rationale, "Agreed after the workshop.");
    let first = &s.scores(id, Lang::En).unwrap().questions[0];
    assert_eq!((first.level, first.spread, first.consensus), (Some(2.0), Some(4), true), "the spread is the respondents'");

    let view = s.consolidation(id, Lang::En).unwrap();
    assert_eq!((view.disagreements, view.unresolved), (1, 0));
    let top = &view.questions[0];
    assert_eq!(top.id, q[0], "disagreements first");
    assert_eq!(top.answers.iter().map(|a| a.level).collect::<Vec<_>>(), [Some(1), Some(2), Some(4), Some(5)]);
    assert_eq!((top.median, top.consolidated), (Some(3.0), Some(2.0)));
    assert_eq!(top.consensus.as_ref().map(|c| (c.level, c.rationale.as_str())), Some((2, "Agreed after the workshop.")));
    assert_eq!(view.questions[1].id, q[1], "then framework order");
    assert_eq!((view.questions[1].median, view.questions[1].spread, view.questions[1].disagreement), (Some(3.5), Some(1), false));

    // The exchange file carries it, and it comes back from a file.
    let exported = s.export(id).unwrap();
    assert_eq!(exported.consensus.len(), 1);
    let dir2 = TempDir::new().unwrap();
    let mut other = store(&dir2, "b.db");
    other.import(exported).unwrap();
    assert_eq!(other.scores(id, Lang::En).unwrap().questions[0].level, Some(2.0));

    assert_eq!(s.clear_consensus(id, &q[0]).unwrap().map(|c| c.level), Some(2));
    assert_eq!(s.clear_consensus(id, &q[0]).unwrap(), None, "clearing nothing changes nothing");
    assert_eq!(s.scores(id, Lang::En).unwrap().questions[0].level, Some(3.0), "back to the median");
}

#[test]
fn the_change_log_keeps_old_values_and_restores_them_as_new_changes() {
    let (_dir, mut s, doc) = new_interview();
    let id = doc.assessment.id;
    let q = questions(&s);
    let r = s.add_respondent(id, person("Rana", "")).unwrap();
    save(&mut s, &doc, r.id, &q[0], Some(2));
    save(&mut s, &doc, r.id, &q[0], Some(4));
    let log = s.changes(id).unwrap();
    let last = &log[0];
    assert_eq!((last.who.as_str(), last.entity.as_str(), last.respondent, last.question.as_deref()), ("consultant", "answer", Some(r.id), Some(q[0].as_str())));
    assert_eq!(last.detail, "level 4 (was level 2)");
    assert_eq!(last.old.as_ref().and_then(|v| v["level"].as_u64()), Some(2));
    assert!(last.restorable);
    assert!(!log.iter().find(|c| c.entity == "assessment").unwrap().restorable);

    let restored = s.restore_change(id, last.id).unwrap();
    assert_eq!((restored.action.as_str(), restored.detail.as_str()), ("restore", "level 2 (was level 4)"));
    assert_eq!(s.load(id).unwrap().answers[0].level, Some(2));
    // The restore is itself undone the same way.
    s.restore_change(id, restored.id).unwrap();
    assert_eq!(s.load(id).unwrap().answers[0].level, Some(4));

    s.set_consensus(id, &q[0], 3, "agreed").unwrap();
    let set = s.changes(id).unwrap()[0].clone();
    s.restore_change(id, set.id).unwrap();
    assert!(s.load(id).unwrap().consensus.is_empty(), "restoring a first consensus clears it");

    s.edit_respondent(id, r.id, person("Rana Haddad", "")).unwrap();
    s.restore_change(id, s.changes(id).unwrap()[0].id).unwrap();
    assert_eq!(s.load(id).unwrap().respondents[0].name, "Rana");

    let first_add = s.changes(id).unwrap().into_iter().find(|c| c.entity == "respondent" && c.action == "add").unwrap();
    assert!(code(s.restore_change(id, first_add.id).unwrap_err()).1.contains("no earlier value"));
    assert_eq!(code(s.restore_change(id, 999_999).unwrap_err()).0, "not_found");
}

/// Two laptops start from the same file; each hears other people and changes answers.
#[test]
fn two_diverging_copies_merge_answer_by_answer_and_nothing_is_lost() {
    let (dir, mut a, mut b, doc) = two_laptops();
    let id = doc.assessment.id;
    let q = questions(&a);
    let rana = a.add_respondent(id, person("Rana", "Strategy")).unwrap();
    let omar = a.add_respondent(id, person("Omar", "IT")).unwrap();
    save(&mut a, &doc, rana.id, &q[0], Some(2));
    save(&mut a, &doc, omar.id, &q[1], Some(3));
    b.import(a.export(id).unwrap()).unwrap();

    let pause = || std::thread::sleep(std::time::Duration::from_millis(5));
    save(&mut b, &doc, rana.id, &q[0], Some(5)); // older than a's change below
    pause();
    save(&mut a, &doc, rana.id, &q[0], Some(3));
    pause();
    save(&mut b, &doc, omar.id, &q[1], Some(1)); // newer than a's copy
    let lina = a.add_respondent(id, person("Lina", "Service desk")).unwrap();
    save(&mut a, &doc, lina.id, &q[2], Some(4));
    a.set_consensus(id, &q[0], 3, "agreed on laptop A").unwrap();

    let file = dir.path().join("a.mizan.json");
    crate::exchange::write_atomic(&file, &crate::exchange::to_bytes(&a.export(id).unwrap())).unwrap();
    let r = b.import_file(&file).unwrap();
    assert_eq!(r.new_respondents, ["Lina"]);
    assert_eq!((r.answers_added, r.answers_updated, r.consensus_added, r.kept_local), (1, 1, 1, 1));
    assert_eq!(r.overwritten.len(), 1, "the other copy was newer once");
    let o = &r.overwritten[0];
    assert_eq!((o.respondent.as_deref(), o.question.as_str(), o.old_level, o.new_level), (Some("Rana"), q[0].as_str(), Some(5), Some(3)));

    let merged = b.load(id).unwrap();
    let level = |r: Uuid, q: &str| merged.answers.iter().find(|a| a.respondent == r && a.question == q).and_then(|a| a.level);
    assert_eq!((level(rana.id, &q[0]), level(omar.id, &q[1]), level(lina.id, &q[2])), (Some(3), Some(1), Some(4)));

    // Nothing lost: the overwritten 5 is in the log, said to come from the import, and
    // comes back from there.
    let change = b.changes(id).unwrap().into_iter().find(|c| c.action == "merge" && c.entity == "answer").expect("logged");
    assert_eq!(change.who, "import of a.mizan.json");
    assert_eq!(change.old.as_ref().and_then(|v| v["level"].as_u64()), Some(5));

    // The same file again changes nothing at all, not even the log.
    let log = b.changes(id).unwrap().len();
    let again = b.import_file(&file).unwrap();
    assert!(!again.changed() && again.overwritten.is_empty(), "{again:?}");
    assert_eq!(b.changes(id).unwrap().len(), log);

    b.restore_change(id, change.id).unwrap();
    assert_eq!(b.load(id).unwrap().answers.iter().find(|x| x.respondent == rana.id && x.question == q[0]).unwrap().level, Some(5));
}

#[test]
fn an_import_that_would_change_a_final_assessment_is_refused_with_how_to_reopen() {
    let (_dir, mut a, mut b, doc) = two_laptops();
    let id = doc.assessment.id;
    let r = a.add_respondent(id, person("Rana", "")).unwrap();
    let q0 = questions(&a)[0].clone();
    save(&mut a, &doc, r.id, &q0, Some(2));
    b.import(a.export(id).unwrap()).unwrap();
    b.finalize(id, Lang::En).unwrap();
    let before = b.load(id).unwrap();
    a.add_respondent(id, person("Late", "")).unwrap();
    let m = b.import(a.export(id).unwrap()).unwrap_err().to_string();
    assert!(m.contains("is final") && m.contains(&format!("mizan reopen {id}")), "{m}");
    assert_eq!(b.load(id).unwrap(), before, "nothing changed");
    b.reopen(id, Lang::En).unwrap();
    assert_eq!(b.import(a.export(id).unwrap()).unwrap().new_respondents, ["Late"]);
}

#[test]
fn a_final_assessment_reopened_for_an_import_takes_it_in_one_step_or_stays_final() {
    let (dir, mut a, mut b, doc) = two_laptops();
    let id = doc.assessment.id;
    a.add_respondent(id, person("Rana", "")).unwrap();
    let same = dir.path().join("same.mizan.json");
    std::fs::write(&same, crate::exchange::to_bytes(&a.export(id).unwrap())).unwrap();
    b.import_file(&same).unwrap();
    b.finalize(id, Lang::En).unwrap();
    let err = b.import_file(&same).map(|r| r.changed());
    assert!(matches!(err, Ok(false)), "the same file again is not a change: {err:?}");

    // Nothing new: reopening for it writes nothing and the assessment stays final.
    let log = b.changes(id).unwrap().len();
    assert!(!b.import_file_reopening(&same).unwrap().changed());
    assert_eq!((b.summary(id, Lang::En).unwrap().status, b.changes(id).unwrap().len()), (Status::Final, log));

    a.add_respondent(id, person("Late", "")).unwrap();
    let newer = dir.path().join("newer.mizan.json");
    std::fs::write(&newer, crate::exchange::to_bytes(&a.export(id).unwrap())).unwrap();
    let refused = b.import_file(&newer).unwrap_err();
    assert_eq!(refused.code(), "final", "{refused}");
    let report = b.import_file_reopening(&newer).unwrap();
    assert_eq!(report.new_respondents, ["Late"]);
    let s = b.summary(id, Lang::En).unwrap();
    assert_eq!((s.status, s.finalized_at), (Status::Draft, None));
    let reopened = b.changes(id).unwrap().into_iter().find(|c| c.action == "reopen").expect("the reopening is in the change log");
    assert_eq!((reopened.who.as_str(), reopened.entity.as_str()), ("import of newer.mizan.json", "assessment"));

    // A hostile file is refused before anything is reopened.
    b.finalize(id, Lang::En).unwrap();
    let bad = dir.path().join("bad.mizan.json");
    std::fs::write(&bad, b"{\"format\": \"mizan.assessment\"").unwrap();
    assert!(b.import_file_reopening(&bad).is_err());
    assert_eq!(b.summary(id, Lang::En).unwrap().status, Status::Final);
}

/// A document of three respondents answering the first four questions, with the given
/// (level, day) per answer; `None` leaves it out.
fn copy(base: &AssessmentDoc, fw_questions: &[String], cells: &[Option<(u8, u32)>], consensus: Option<(u8, u32)>) -> AssessmentDoc {
    let mut d = base.clone();
    let mut k = 0;
    for r in &base.respondents {
        for q in fw_questions.iter().take(4) {
            if let Some((level, day)) = cells[k] {
                d.answers.push(answer(r.id, q, Some(level), &ts(2026, 1, day)));
            }
            k += 1;
        }
    }
    if let Some((level, day)) = consensus {
        d.consensus.push(Consensus { question: fw_questions[0].clone(), level, rationale: format!("agreed on day {day}"), updated_at: ts(2026, 1, day) });
    }
    d
}

fn cells() -> impl Strategy<Value = Vec<Option<(u8, u32)>>> {
    // Few days, so that the same instant with different levels is tried too.
    prop::collection::vec(prop::option::of((1u8..=5, 1u32..=3)), 12)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Merging A into B and B into A gives the same answers and consensus.
    #[test]
    fn merging_is_the_same_in_both_directions(x in cells(), y in cells(), cx in prop::option::of((1u8..=5, 1u32..=3)), cy in prop::option::of((1u8..=5, 1u32..=3))) {
        let dir = TempDir::new().unwrap();
        let (mut a, mut b) = (store(&dir, "a.db"), store(&dir, "b.db"));
        let q = questions(&a);
        let mut base = test_support::doc(a.catalog().require(FRAMEWORK, None).unwrap(), test_support::agency("Wadi", "TN"));
        base.assessment.mode = Mode::Interview;
        base.respondents = (0..3).map(|i| respondent(Uuid::from_u128(0xfeed_0000 + i), &format!("R{i}"))).collect();
        let da = copy(&base, &q, &x, cx);
        let db = copy(&base, &q, &y, cy);
        a.import(da.clone()).unwrap();
        b.import(db.clone()).unwrap();
        a.import(db).unwrap();
        b.import(da).unwrap();
        let id = base.assessment.id;
        let (ma, mb) = (a.load(id).unwrap(), b.load(id).unwrap());
        prop_assert_eq!(&ma.answers, &mb.answers);
        prop_assert_eq!(&ma.consensus, &mb.consensus);
        // And once merged, either copy into the other changes nothing.
        prop_assert!(!a.import(mb).unwrap().changed());
    }
}

#[test]
fn the_consolidation_lists_each_respondents_level_in_their_order() {
    let fw = test_support::catalog().require(FRAMEWORK, None).unwrap().clone();
    let mut d = test_support::doc(&fw, test_support::agency("Wadi", "TN"));
    let (r1, r2, r3) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
    d.respondents = vec![respondent(r1, "A"), respondent(r2, "B"), respondent(r3, "C")];
    let q: Vec<String> = fw.questions.iter().map(|q| q.id.clone()).collect();
    let last = q.len() - 1;
    d.answers = vec![
        answer(r2, &q[0], Some(3), test_support::T0),
        answer(r1, &q[last], Some(1), test_support::T0),
        answer(r3, &q[last], Some(3), test_support::T0),
        test_support::not_applicable(r2, &q[last], test_support::T0),
    ];
    let c = consolidate(&fw, &d, Lang::En);
    assert_eq!(c.questions.len(), q.len());
    let top = &c.questions[0];
    assert_eq!((top.id.as_str(), top.spread, top.disagreement, top.median), (q[last].as_str(), Some(2), true, Some(2.0)));
    assert_eq!(top.answers.iter().map(|a| (a.level, a.not_applicable)).collect::<Vec<_>>(), [(Some(1), false), (None, true), (Some(3), false)]);
    let one = c.questions.iter().find(|x| x.id == q[0]).unwrap();
    assert_eq!((one.spread, one.disagreement, one.consolidated), (None, false, Some(3.0)), "one answer has no spread");
    assert_eq!((c.disagreements, c.unresolved), (1, 1));
}

/// The interview date travels in the exchange file; a file with a bad one is refused at
/// its place, and a file without dates has none written.
#[test]
fn the_interview_date_is_in_the_exchange_file_and_checked_there() {
    let (_dir, mut s, doc) = new_interview();
    s.add_respondent(doc.assessment.id, person("Rana", "")).unwrap();
    s.add_respondent(doc.assessment.id, RespondentInput { interviewed_on: None, ..person("Omar", "") }).unwrap();
    let bytes = crate::exchange::to_bytes(&s.export(doc.assessment.id).unwrap());
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert_eq!(text.matches("\"interviewed_on\"").count(), 1, "left out when not set");
    let (back, _) = crate::exchange::parse("in.mizan.json", &bytes, s.catalog()).unwrap();
    assert_eq!(back.respondents[0].interviewed_on.as_deref(), Some("2026-03-14"));
    let hostile = text.replace("2026-03-14", "2026-13-01");
    let e = crate::exchange::parse("in.mizan.json", hostile.as_bytes(), s.catalog()).unwrap_err().to_string();
    assert!(e.contains("respondents[0].interviewed_on") && e.contains("YYYY-MM-DD"), "{e}");
}

#[test]
fn every_change_log_word_reads_back_as_itself() {
    use crate::store::changes::{ChangeAction, ChangeEntity};
    for e in ChangeEntity::ALL {
        assert_eq!(ChangeEntity::parse(e.as_str()), Some(*e));
        assert_eq!(serde_json::to_value(e).unwrap(), e.as_str(), "the UI's labels are keyed by the stored word");
    }
    for a in ChangeAction::ALL {
        assert_eq!(ChangeAction::parse(a.as_str()), Some(*a));
        assert_eq!(serde_json::to_value(a).unwrap(), a.as_str());
    }
    assert_eq!(ChangeAction::parse("explode"), None);
}
