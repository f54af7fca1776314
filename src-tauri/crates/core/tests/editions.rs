//! Framework editions (issue 14): 1.0.0 stays built in and scores as it did, new
//! assessments take the newest edition, peers of 1.0 and 1.1 are compared dimension by
//! dimension, installed files never shadow a built-in, and the content rules hold for
//! every 1.1 edition and for digital-government.

use mizan_core::benchmark::PeerFilter;
use mizan_core::catalog::BUILTIN;
use mizan_core::framework::review::content_problems;
use mizan_core::model::*;
use mizan_core::{exchange, test_support, Catalog, Framework, Lang, Store};
use std::path::{Path, PathBuf};

const IR: &str = "innovation-readiness";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// The scores the 1.0.0 fixtures had before 1.1 existed (`mizan score FILE --json` of
/// Mizan 0.x at commit 7cd5bbf): overall score and each dimension's, framework order.
const BEFORE_1_1: &[(&str, f64, &[f64])] = &[
    (
        "interview-wadi-health.mizan.json",
        2.513507326,
        &[2.857142857, 2.363636364, 1.909090909, 2.538461538, 2.541666667, 3.0, 2.727272727, 1.681818182, 2.818181818],
    ),
    ("self-bahr-municipality.mizan.json", 2.105522682, &[2.5, 2.0, 2.555555556, 1.416666667, 2.444444444, 1.846153846]),
    (
        "self-sahiliya-revenue.mizan.json",
        2.768253968,
        &[3.285714286, 3.181818182, 2.444444444, 2.636363636, 2.142857143, 3.363636364, 2.818181818, 3.181818182, 1.666666667],
    ),
];

#[test]
fn assessments_made_on_1_0_0_open_and_score_exactly_as_before() {
    let catalog = Catalog::builtin();
    for (file, overall, dimensions) in BEFORE_1_1 {
        let (doc, fw) = exchange::read_file(&repo().join("tests/fixtures").join(file), &catalog).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(fw.version, "1.0.0", "{file} opens on its own edition");
        let s = mizan_core::score(&fw, &doc, Lang::En);
        assert!((s.overall.score.unwrap() - overall).abs() < 1e-8, "{file}: {:?} != {overall}", s.overall.score);
        let got: Vec<f64> = s.dimensions.iter().map(|d| d.score.unwrap()).collect();
        assert_eq!(got.len(), dimensions.len(), "{file}: same dimensions");
        for (g, want) in got.iter().zip(*dimensions) {
            assert!((g - want).abs() < 1e-8, "{file}: {got:?} != {dimensions:?}");
        }
    }
}

/// What the 1.0.0 editions score by and say in English, as the English-only files had it
/// (commit 57613db, before French and Arabic were added to them; see [`english_and_scoring`]).
const EDITIONS_1_0_0: &[(&str, &str)] = &[("innovation-readiness", "fnv1a64:a4fd5528f9c238fc"), ("service-integration", "fnv1a64:44283e6da0b7931c")];

/// Every English text in file order, then each dimension's and question's id and weight and
/// each question's number of levels: what a translation must leave as it was.
fn english_and_scoring(fw: &Framework) -> String {
    let mut s: String = fw.texts().iter().map(|t| format!("{}\n", t.en)).collect();
    for d in &fw.dimensions {
        s += &format!("{} {}\n", d.id, d.weight);
    }
    for q in &fw.questions {
        s += &format!("{} {} {} {}\n", q.id, q.dimension, q.weight, q.levels.len());
    }
    mizan_core::catalog::fingerprint(s.as_bytes())
}

/// Issue 13 item 4 translated the kept 1.0.0 editions in place, without a new version: an
/// edition is known by its id and version only (the database, exchange files and packs
/// store nothing else, and only installed files carry a seal), so its English texts, ids,
/// weights and levels must be exactly what they were, and only `fr` and `ar` added.
#[test]
fn translating_the_1_0_0_editions_changed_neither_their_english_nor_their_scoring() {
    let c = Catalog::builtin();
    for (id, pinned) in EDITIONS_1_0_0 {
        let fw = c.get(id, Some("1.0.0")).unwrap();
        assert_eq!(english_and_scoring(fw), *pinned, "{id} 1.0.0 changed: an edition never changes, give the change a new version");
        assert!(fw.texts().iter().all(|t| t.fr.is_some() && t.ar.is_some()), "{id} 1.0.0 is translated");
    }
}

/// A database holding assessments made on 1.0.0 opens as it did: the stored scores, a
/// fresh scoring and the list all agree with the scores before 1.1, and the list now
/// names the edition and the stage in the language asked for.
#[test]
fn a_database_with_1_0_0_assessments_opens_and_scores_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    let mut expected = std::collections::BTreeMap::new();
    {
        let mut store = Store::open(&db, Catalog::builtin()).unwrap();
        for (file, overall, _) in BEFORE_1_1 {
            let (doc, _) = exchange::read_file(&repo().join("tests/fixtures").join(file), store.catalog()).unwrap();
            expected.insert(doc.assessment.id, *overall);
            store.import(doc).unwrap();
        }
    }
    let store = Store::open(&db, Catalog::builtin()).unwrap();
    let list = store.list(Lang::Ar).unwrap();
    assert_eq!(list.len(), expected.len());
    for s in &list {
        let overall = expected[&s.id];
        let fw = store.catalog().get(&s.framework.id, Some(&s.framework.version)).unwrap();
        assert_eq!(fw.version, "1.0.0");
        assert!((s.overall.score.unwrap() - overall).abs() < 1e-8, "{}: stored {:?} != {overall}", s.title, s.overall.score);
        let fresh = store.scores(s.id, Lang::Ar).unwrap();
        assert!((fresh.overall.score.unwrap() - overall).abs() < 1e-8, "{}: rescored {:?} != {overall}", s.title, fresh.overall.score);
        assert_eq!(s.framework_title, fw.title.ar.as_deref().unwrap(), "the 1.0.0 title in Arabic");
        let stage = s.overall.stage.map(|n| fw.levels[n as usize - 1].name.ar.clone().unwrap());
        assert_eq!(s.overall.stage_name, stage, "the stage named in Arabic");
    }
}

#[test]
fn new_assessments_take_the_newest_edition_and_old_ones_stay_listed() {
    let c = Catalog::builtin();
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.get(IR, None).unwrap().version, "1.1.0");
    assert!(c.get(IR, Some("1.0.0")).is_some(), "1.0.0 stays built in");
    assert!(c.get("service-integration", Some("1.0.0")).is_some());
    let list = c.summaries(Lang::En);
    assert_eq!((list[0].id.as_str(), list[0].version.as_str(), list[0].latest), (IR, "1.1.0", true), "a picker's first choice is the newest");
    let old = list.iter().find(|s| s.id == IR && s.version == "1.0.0").unwrap();
    assert!(old.builtin && !old.latest);
    assert_eq!(list.iter().filter(|s| s.latest).count(), list.iter().map(|s| &s.id).collect::<std::collections::BTreeSet<_>>().len(), "one default per framework");
}

#[test]
fn every_framework_file_in_the_repository_is_built_in() {
    // A new edition dropped into assessments/ but not registered in BUILTIN would be
    // validated by CI and still never reach a user.
    let c = Catalog::builtin();
    for dir in ["assessments", "assessments/editions"] {
        for entry in std::fs::read_dir(repo().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                let f = mizan_core::catalog::load_file(&path).unwrap();
                assert!(c.get(&f.id, Some(&f.version)).is_some(), "{} ({} {}) is not in BUILTIN", path.display(), f.id, f.version);
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for e in c.entries() {
        assert!(seen.insert((e.framework.id.clone(), e.framework.version.clone())), "{} {} is built in twice", e.framework.id, e.framework.version);
    }
    assert_eq!(c.entries().len(), BUILTIN.len());
}

/// A final self-assessment of `agency` (health, TN, medium) with every question at `level`.
fn all_at(fw: &Framework, agency: &str, level: u8) -> AssessmentDoc {
    let info = AgencyInfo { sector: "health".into(), size: "medium".into(), ..test_support::agency(agency, "TN") };
    let mut doc = test_support::answered_doc(fw, info, |_| Some(level));
    test_support::finalize(&mut doc, "2026-03-01T10:00:00Z");
    doc
}

#[test]
fn peers_on_1_0_and_1_1_are_compared_dimension_by_dimension() {
    let mut store = Store::open_in_memory(Catalog::builtin()).unwrap();
    let v10 = store.catalog().get(IR, Some("1.0.0")).unwrap().clone();
    let v11 = store.catalog().get(IR, Some("1.1.0")).unwrap().clone();
    let only_in_1_1: Vec<&str> = v11.dimensions.iter().map(|d| d.id.as_str()).filter(|id| v10.dimension_position(id).is_none()).collect();
    assert!(!only_in_1_1.is_empty(), "1.1 adds a dimension");
    for d in &v10.dimensions {
        assert!(v11.dimension_position(&d.id).is_some(), "1.1 keeps dimension `{}` so scores stay comparable", d.id);
    }
    for (name, level) in [("Peer A", 2), ("Peer B", 3), ("Peer C", 4)] {
        store.import(all_at(&v10, name, level)).unwrap();
    }
    let own = all_at(&v11, "Own Agency", 3);
    store.import(own.clone()).unwrap();
    let bench = |store: &Store| {
        let scores = mizan_core::score(&v11, &own, Lang::En);
        store.benchmark(&own, &scores, &PeerFilter::default()).unwrap()
    };
    let b = bench(&store);
    assert_eq!(b.peers.n, 3, "1.0.0 peers count for a 1.1.0 assessment (same major version)");
    let dims = b.dimensions.as_ref().unwrap();
    let stat = |id: &str| &dims.iter().find(|d| d.id == id).unwrap().stats;
    assert_eq!((stat("leadership").n, stat("leadership").five.median), (3, Some(3.0)), "a shared dimension compares across editions");
    let new = stat(only_in_1_1[0]);
    assert_eq!((new.n, new.five.median, new.rank), (0, None, None), "no 1.0 peer has a score for a 1.1-only dimension");
    assert_eq!(new.value, Some(3.0), "the agency's own value is still shown");

    for (name, level) in [("Peer D", 1), ("Peer E", 5), ("Peer F", 5)] {
        store.import(all_at(&v11, name, level)).unwrap();
    }
    let b = bench(&store);
    let dims = b.dimensions.as_ref().unwrap();
    let stat = |id: &str| &dims.iter().find(|d| d.id == id).unwrap().stats;
    assert_eq!(stat("leadership").n, 6, "both editions");
    assert_eq!((stat(only_in_1_1[0]).n, stat(only_in_1_1[0]).five.median), (3, Some(5.0)), "only the 1.1 peers, for the new dimension");

    // And the other way: a 1.0.0 assessment sees 1.1.0 peers on the dimensions it has.
    let old = all_at(&v10, "Peer A", 2);
    let scores = mizan_core::score(&v10, &old, Lang::En);
    let b = store.benchmark(&old, &scores, &PeerFilter::default()).unwrap();
    assert_eq!(b.peers.n, 6, "every other agency (Peer A's own stored 1.0.0 assessment excluded), on either edition");
    assert_eq!(b.dimensions.unwrap().len(), v10.dimensions.len(), "its own edition's dimensions only");
}

#[test]
fn installed_files_never_shadow_a_built_in() {
    let dir = tempfile::tempdir().unwrap();
    let current = std::fs::read_to_string(repo().join("assessments/innovation-readiness.toml")).unwrap();
    std::fs::write(dir.path().join("a-copy.toml"), &current).unwrap();
    let newer = current.replacen("version = \"1.1.0\"", "version = \"9.0.0\"", 1);
    std::fs::write(dir.path().join("b-newer.toml"), &newer).unwrap();
    std::fs::write(dir.path().join("c-newer-again.toml"), &newer).unwrap();
    let c = Catalog::with_user_dir(dir.path());
    assert_eq!(c.get(IR, None).unwrap().version, "1.1.0", "an installed 9.0.0 is not the default");
    let installed = c.entries().iter().find(|e| e.framework.version == "9.0.0").unwrap();
    assert!(!installed.builtin && installed.path.as_ref().unwrap().ends_with("b-newer.toml"), "it is listed, as installed");
    assert!(!c.summaries(Lang::En).iter().find(|s| s.version == "9.0.0").unwrap().latest);
    let problems: Vec<String> = c.problems.iter().map(|d| d.to_string()).collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("a-copy.toml:1:1: framework innovation-readiness 1.1.0 is ignored: a built-in framework has the same id and version"), "{problems:?}");
    assert!(problems[1].contains("c-newer-again.toml:1:1:") && problems[1].contains("b-newer.toml has the same id and version"), "{problems:?}");

    // An id that is not built in: its newest installed edition is the default.
    let other = current.replacen("id = \"innovation-readiness\"", "id = \"my-readiness\"", 1);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.toml"), &other).unwrap();
    std::fs::write(dir.path().join("y.toml"), other.replacen("version = \"1.1.0\"", "version = \"1.2.0\"", 1)).unwrap();
    assert_eq!(Catalog::with_user_dir(dir.path()).get("my-readiness", None).unwrap().version, "1.2.0");
}

/// The 1.1 editions and digital-government: the frameworks held to issue 14's rules.
fn reviewed() -> Vec<std::sync::Arc<Framework>> {
    let c = Catalog::builtin();
    let list: Vec<_> = c
        .entries()
        .iter()
        .map(|e| e.framework.clone())
        .filter(|f| f.id == "digital-government" || f.version.split('.').take(2).collect::<Vec<_>>() >= vec!["1", "1"])
        .collect();
    assert!(list.iter().any(|f| f.id == IR), "innovation-readiness 1.1 is reviewed");
    list
}

#[test]
fn revised_editions_meet_the_content_rules() {
    for f in reviewed() {
        let problems = content_problems(&f);
        assert!(problems.is_empty(), "{} {}:\n{}", f.id, f.version, problems.join("\n"));
    }
}

#[test]
fn cross_references_and_dependencies_point_at_real_questions() {
    let c = Catalog::builtin();
    for f in reviewed() {
        for q in &f.questions {
            for r in &q.see_also {
                // Counterparts are resolved in the newest edition of the other framework: a
                // failure here before the branches merge means that edition is not built in yet.
                let other = c.get(&r.framework, None).unwrap_or_else(|| panic!("{}: see_also names `{}`, not built in", q.id, r.framework));
                assert!(
                    other.question_position(&r.question).is_some(),
                    "{}: see_also {}:{} is not a question of {} {} (the newest built-in edition): correct the id, or register the edition that has it in BUILTIN",
                    q.id, r.framework, r.question, other.id, other.version
                );
            }
        }
    }
}

#[test]
fn revised_editions_keep_the_1_0_questions_and_weights_comparable() {
    let c = Catalog::builtin();
    let (old, new) = (c.get(IR, Some("1.0.0")).unwrap(), c.get(IR, None).unwrap());
    for q in &old.questions {
        let p = new.question_position(&q.id).unwrap_or_else(|| panic!("1.1 drops question `{}`: ids stay stable, new questions get new ids", q.id));
        assert_eq!(new.questions[p].dimension, q.dimension, "{} stays in its dimension", q.id);
    }
    let sources: Vec<String> = new.sources.iter().map(|s| format!("{} {}", s.title.en, s.publisher.clone().unwrap_or_default())).collect();
    assert!(sources.iter().any(|s| s.contains("IMAPS")), "the level names come from IMAPS: {sources:?}");
    assert!(
        sources.iter().any(|s| s.contains("Integration of Service Delivery in the Arab Region: Role of Standards and Interoperability")),
        "the ESCWA study by its published title: {sources:?}"
    );
}

#[test]
fn the_questionnaire_covers_issue_14s_missing_themes() {
    let c = Catalog::builtin();
    let ir = c.get(IR, None).unwrap();
    let all: String = ir.questions.iter().map(|q| format!("{} {} {}\n", q.text.en, q.guidance.en, q.levels.iter().map(|l| l.en.as_str()).collect::<Vec<_>>().join(" "))).collect();
    let lower = all.to_lowercase();
    for theme in ["service delivery", "enhancement-oriented", "mission-oriented", "adaptive", "anticipatory", "sandbox", "mobile", "arabic", "non-national", "crisis"] {
        assert!(lower.contains(theme), "no question mentions `{theme}`");
    }
}
