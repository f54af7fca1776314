use super::*;
use crate::catalog::{Catalog, BUILTIN};
use crate::text::Lang;
use proptest::prelude::*;

const VALID: &str = r#"id = "mini"
version = "1.0.0"
title = "Mini"
description = "A small framework."

[[levels]]
name = "Low"
description = "Low."

[[levels]]
name = "High"
description = { en = "High.", fr = "Haut." }

[[dimensions]]
id = "d1"
title = "One"
description = "First."

[[questions]]
id = "d1.q1"
dimension = "d1"
text = "Is it?"
guidance = "Look."
levels = ["No", "Yes"]
recommendations = ["Start", "Keep going"]
evidence = ["A document"]
"#;

/// `p` is as many problems as `expect`, each at its place (`file:line:column:`) and
/// mentioning its words.
fn assert_problems(p: &[String], expect: &[(&str, &str)]) {
    assert_eq!(p.len(), expect.len(), "{p:#?}");
    for (got, (place, what)) in p.iter().zip(expect) {
        assert!(got.starts_with(place) && got.contains(what), "{got} should start with {place} and mention {what}");
    }
}

fn problems(src: &str) -> Vec<String> {
    match Framework::parse("f.toml", src) {
        Ok(_) => Vec::new(),
        Err(CoreError::InvalidFramework(d)) => d.iter().map(|d| d.to_string()).collect(),
        Err(e) => panic!("unexpected error kind: {e}"),
    }
}

#[test]
fn a_valid_file_parses_with_defaults_and_translations() {
    let f = Framework::parse("f.toml", VALID).unwrap();
    assert_eq!(f.level_count(), 2);
    assert_eq!(f.dimensions[0].weight, 1.0, "weights default to 1");
    assert_eq!(f.questions[0].weight, 1.0);
    assert_eq!(f.levels[1].description.get(Lang::Fr), "Haut.");
    assert_eq!(f.question_position("d1.q1"), Some(0));
    assert_eq!(f.major_version(), "1");
}

#[test]
fn syntax_errors_name_line_and_column() {
    let p = problems("id = \"x\"\nversion = \n");
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("f.toml:2:"), "{p:?}");
}

#[test]
fn unknown_keys_are_refused_where_they_are() {
    let src = VALID.replace("evidence = [\"A document\"]", "evidence = [\"A document\"]\nweigth = 2");
    assert_problems(&problems(&src), &[("f.toml:27:1: unknown field `weigth`", "remove it or check its spelling")]);
}

#[test]
fn every_semantic_problem_is_reported_with_its_place() {
    let src = VALID.to_string()
        + r#"
[[questions]]
id = "d1.q1"
dimension = "nowhere"
text = ""
guidance = "Look."
weight = -1
levels = ["Only one"]
recommendations = ["Start", "Keep going"]
"#;
    let p = problems(&src);
    let expect = [
        ("f.toml:29:6:", "used twice"),
        ("f.toml:30:13:", "`nowhere`, which is not defined: use one of d1"),
        ("f.toml:31:8:", "is empty"),
        ("f.toml:33:10:", "weight -1"),
        ("f.toml:34:10:", "has 1 level descriptors but the framework has 2 levels"),
    ];
    assert_problems(&p, &expect);
}

#[test]
fn ids_versions_levels_and_empty_dimensions_are_checked() {
    let src = VALID.replace("version = \"1.0.0\"", "version = \"one\"").replace("id = \"d1\"", "id = \"D 1\"");
    let p = problems(&src);
    assert!(p.iter().any(|m| m.starts_with("f.toml:2:11:") && m.contains("not a semantic version")), "{p:?}");
    assert!(p.iter().any(|m| m.contains("dimension id `D 1` is not valid")), "{p:?}");

    let extra_dim = VALID.replace("[[questions]]", "[[dimensions]]\nid = \"d2\"\ntitle = \"Two\"\ndescription = \"Second.\"\n\n[[questions]]");
    let p = problems(&extra_dim);
    assert_eq!(p.len(), 1);
    assert!(p[0].contains("dimension `d2` has no questions"), "{p:?}");
}

#[test]
fn text_tables_need_english_and_known_languages() {
    let p = problems(&VALID.replace("title = \"Mini\"", "title = { fr = \"Mini\" }"));
    assert!(p[0].starts_with("f.toml:3:") && p[0].contains("no English version"), "{p:?}");
    let p = problems(&VALID.replace("title = \"Mini\"", "title = { en = \"Mini\", de = \"Mini\" }"));
    assert!(p[0].contains("unknown language `de`"), "{p:?}");
}

#[test]
fn invalid_utf8_is_refused_with_a_place() {
    let mut bytes = VALID.as_bytes().to_vec();
    bytes.splice(20..20, [0xff, 0xfe]);
    match Framework::from_bytes("f.toml", &bytes) {
        Err(CoreError::InvalidFramework(d)) => assert!(d[0].to_string().starts_with("f.toml:2:") && d[0].message.contains("UTF-8")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn builtin_frameworks_are_valid_and_complete() {
    let c = Catalog::builtin();
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.entries().len(), BUILTIN.len());
    let ir = c.get("innovation-readiness", None).expect("innovation-readiness is built in");
    assert!(ir.dimensions.len() >= 8 && ir.questions.len() >= 40);
    assert_eq!(ir.level_count(), 5);
    assert!(!ir.sources.is_empty());
    let si = c.get("service-integration", None).expect("service-integration is built in");
    assert!(si.questions.len() >= 24);
    let names: Vec<&str> = si.levels.iter().map(|l| l.name.get(Lang::En)).collect();
    assert_eq!(names, ["Ad hoc", "Opportunistic", "Essential", "Sustainable", "Seamless"]);
    for f in [ir, si] {
        for q in &f.questions {
            assert!(q.levels.iter().chain(&q.recommendations).all(|t| t.en.split_whitespace().count() >= 5), "{} has a placeholder-like text", q.id);
            assert!(!q.evidence.is_empty(), "{} has no evidence examples", q.id);
        }
    }
}

#[test]
fn user_frameworks_load_beside_builtins_and_bad_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mini.toml"), VALID).unwrap();
    std::fs::write(dir.path().join("broken.toml"), "id = ").unwrap();
    let c = Catalog::with_user_dir(dir.path());
    assert!(c.get("mini", Some("1.0.0")).is_some());
    assert_eq!(c.problems.len(), 1);
    assert!(c.problems[0].file.ends_with("broken.toml"));
}

#[test]
fn install_validates_before_writing() {
    let src_dir = tempfile::tempdir().unwrap();
    let dest = tempfile::tempdir().unwrap();
    let bad = src_dir.path().join("bad.toml");
    std::fs::write(&bad, VALID.replace("weight", "w").replace("levels = [\"No\", \"Yes\"]", "levels = [\"No\"]")).unwrap();
    let mut c = Catalog::builtin();
    assert!(matches!(c.install(dest.path(), &bad), Err(CoreError::InvalidFramework(_))));
    assert_eq!(std::fs::read_dir(dest.path()).unwrap().count(), 0, "nothing written");
    let good = src_dir.path().join("good.toml");
    std::fs::write(&good, VALID).unwrap();
    let s = c.install(dest.path(), &good).unwrap();
    assert_eq!((s.id.as_str(), s.questions), ("mini", 1));
    assert!(dest.path().join("mini-1.0.0.toml").exists());
    assert!(matches!(c.install(dest.path(), &good), Err(CoreError::Conflict(_))), "installing twice is refused");
}

/// Issue 17, "also": editing an installed framework in place made scores silently null
/// while `list` showed the old index. An installed edition never changes: a changed file
/// is reported and not used, and the original put back is used again.
#[test]
fn an_installed_framework_changed_in_place_is_reported_and_not_used() {
    let src_dir = tempfile::tempdir().unwrap();
    let dest = tempfile::tempdir().unwrap();
    let good = src_dir.path().join("good.toml");
    std::fs::write(&good, VALID).unwrap();
    Catalog::builtin().install(dest.path(), &good).unwrap();
    let installed = dest.path().join("mini-1.0.0.toml");
    let c = Catalog::with_user_dir(dest.path());
    assert!(c.get("mini", Some("1.0.0")).is_some() && c.problems.is_empty(), "{:?}", c.problems);

    std::fs::write(&installed, VALID.replacen("title = \"Mini\"", "title = \"Mini, edited\"", 1)).unwrap();
    let c = Catalog::with_user_dir(dest.path());
    assert!(c.get("mini", Some("1.0.0")).is_none(), "the changed file is not used");
    assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
    assert!(c.problems[0].file.ends_with("mini-1.0.0.toml") && c.problems[0].message.contains("changed after it was installed"), "{:?}", c.problems);

    std::fs::write(&installed, VALID).unwrap();
    assert!(Catalog::with_user_dir(dest.path()).get("mini", Some("1.0.0")).is_some(), "the original is used again");
    // A file put in the folder by hand (no seal) is read as it is.
    std::fs::write(dest.path().join("by-hand.toml"), VALID.replace("version = \"1.0.0\"", "version = \"1.0.1\"")).unwrap();
    assert!(Catalog::with_user_dir(dest.path()).get("mini", Some("1.0.1")).is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = Framework::from_bytes("fuzz.toml", &bytes);
    }

    #[test]
    fn never_panics_on_mutated_valid_files(pos in 0usize..VALID.len(), cut in 0usize..40, insert in "[\\[\\]=\"{}a-z0-9 \n.,-]{0,12}") {
        let mut s = VALID.to_string();
        let start = (0..=pos).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
        let end = (start + cut).min(s.len());
        let end = (end..=s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(s.len());
        s.replace_range(start..end, &insert);
        if let Err(e) = Framework::parse("m.toml", &s) {
            prop_assert!(e.to_string().starts_with("m.toml:"), "{}", e);
        }
    }
}

/// A format 1.1 file: three levels, two questions, every new field used once.
const V11: &str = r#"id = "mini"
version = "1.1.0"
title = "Mini"
description = "A small framework."
changes = "Added a question."

[methodology]
measures = "Whether it is."
levels = "Low to high."
best_fit = "The highest level whose every condition is met."
not_covered = "Anything else."

[[levels]]
name = "Low"
description = "Low."

[[levels]]
name = "Mid"
description = "Mid."

[[levels]]
name = "High"
description = "High."

[[dimensions]]
id = "d1"
title = "One"
description = "First."
weight = 2
weight_rationale = "It matters twice as much."

[[questions]]
id = "d1.q1"
dimension = "d1"
text = "Is it?"
guidance = "Look."
levels = ["No", "Partly", "Yes"]
recommendations = ["Start", "Go on", "Keep going"]
owner = { en = "Head of the digital unit", fr = "Chef de l'unité numérique" }
see_also = ["other:d9.q9"]
indicators = ["UN EGDI: Online Service Index"]
evidence_expected = { 3 = "The signed register." }

[[questions]]
id = "d1.q2"
dimension = "d1"
text = "Is it too?"
guidance = "Look again."
weight = 0.5
weight_rationale = "A narrower concern."
levels = ["No", "Partly", "Yes"]
recommendations = ["Start", "Go on", "Keep going"]
depends_on = ["d1.q1"]
"#;

#[test]
fn format_1_1_fields_are_read() {
    let f = Framework::parse("f.toml", V11).unwrap();
    assert_eq!(f.changes.as_ref().unwrap().en, "Added a question.");
    assert_eq!(f.methodology.as_ref().unwrap().best_fit.en, "The highest level whose every condition is met.");
    assert_eq!(f.dimensions[0].weight_rationale.as_ref().unwrap().en, "It matters twice as much.");
    let (q1, q2) = (&f.questions[0], &f.questions[1]);
    assert_eq!(q1.owner.as_ref().unwrap().get(Lang::Fr), "Chef de l'unité numérique");
    assert_eq!(q1.see_also, [CrossRef { framework: "other".into(), question: "d9.q9".into() }]);
    assert_eq!(q1.indicators, ["UN EGDI: Online Service Index"]);
    assert_eq!((q1.evidence_expected[0].level, q1.evidence_expected[0].text.en.as_str()), (3, "The signed register."));
    assert_eq!(q2.depends_on, ["d1.q1"]);
    assert_eq!(q2.weight_rationale.as_ref().unwrap().en, "A narrower concern.");
}

#[test]
fn format_1_0_files_serialize_as_before() {
    // `mizan framework --json` of a 1.0 file must not grow empty 1.1 keys.
    let json = serde_json::to_string(&Framework::parse("f.toml", VALID).unwrap()).unwrap();
    for key in ["changes", "methodology", "owner", "depends_on", "see_also", "indicators", "evidence_expected", "weight_rationale"] {
        assert!(!json.contains(key), "{key} in {json}");
    }
}

#[test]
fn unknown_keys_in_the_new_tables_are_refused() {
    let p = problems(&V11.replace("not_covered = \"Anything else.\"", "not_covered = \"Anything else.\"\nbestfit = \"x\""));
    assert!(p.len() == 1 && p[0].starts_with("f.toml:12:1: unknown field `bestfit`"), "{p:?}");
    let p = problems(&V11.replace("best_fit = \"The highest level whose every condition is met.\"\n", ""));
    assert!(p.len() == 1 && p[0].contains("missing field `best_fit`") && p[0].contains("add it"), "{p:?}");
}

#[test]
fn weights_must_be_in_range_with_their_place() {
    for (weight, shown) in [("1e308", "1e308"), ("0", "0"), ("100.5", "100.5"), ("-2", "-2"), ("nan", "NaN"), ("inf", "inf")] {
        let p = problems(&V11.replace("weight = 0.5", &format!("weight = {weight}")));
        assert_eq!(p.len(), 1, "{weight}: {p:?}");
        assert!(p[0].starts_with("f.toml:49:10: question `d1.q2` has weight "), "{p:?}");
        assert!(p[0].contains(&format!("weight {shown}:")) && p[0].contains("greater than 0 and at most 100"), "{p:?}");
    }
    let p = problems(&V11.replace("weight = 2", "weight = 1e308"));
    assert!(p.len() == 1 && p[0].starts_with("f.toml:29:10: dimension `d1` has weight 1e308"), "{p:?}");
    assert!(problems(&V11.replace("weight = 2", "weight = 100")).is_empty(), "100 is allowed");
}

#[test]
fn depends_on_names_known_questions_never_itself() {
    let p = problems(&V11.replace("depends_on = [\"d1.q1\"]", "depends_on = [\"d1.q1\", \"d1.q2\", \"d9.nope\", \"d1.q1\"]"));
    let expect = [
        ("f.toml:53:24:", "question `d1.q2` depends on itself"),
        ("f.toml:53:33:", "depends on `d9.nope`, which is not a question of this framework"),
        ("f.toml:53:44:", "lists `d1.q1` twice"),
    ];
    assert_problems(&p, &expect);
}

#[test]
fn depends_on_cycles_are_refused_with_the_path() {
    let src = V11.replace("see_also = [\"other:d9.q9\"]", "see_also = [\"other:d9.q9\"]\ndepends_on = [\"d1.q2\"]");
    assert_problems(&problems(&src), &[("f.toml:54:15: depends_on makes a cycle (d1.q1 → d1.q2 → d1.q1)", "remove one of these dependencies")]);
}

#[test]
fn see_also_must_be_framework_colon_question_of_another_framework() {
    let p = problems(&V11.replace("see_also = [\"other:d9.q9\"]", "see_also = [\"other\", \"Other:x\", \"mini:d1.q2\", \"other:\"]"));
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(p[0].starts_with("f.toml:40:13:") && p[0].contains("`other` is not FRAMEWORK:QUESTION"), "{p:?}");
    assert!(p[1].starts_with("f.toml:40:22:") && p[1].contains("`Other:x` is not FRAMEWORK:QUESTION"), "{p:?}");
    assert!(p[2].starts_with("f.toml:40:33:") && p[2].contains("names a question of this framework"), "{p:?}");
    assert!(p[3].starts_with("f.toml:40:47:") && p[3].contains("e.g. \"service-integration:delivery.life-events\""), "{p:?}");
}

#[test]
fn evidence_expected_keys_are_levels_from_3_to_the_top() {
    let p = problems(&V11.replace("{ 3 = \"The signed register.\" }", "{ 2 = \"Too low.\", 3 = \"Fine.\", 4 = \"Too high.\", x = \"No.\" }"));
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("f.toml:42:23:") && p[0].contains("key `2`: use the level number 3"), "{p:?}");
    assert!(p[1].contains("key `4`") && p[2].contains("key `x`"), "{p:?}");
    let p = problems(&V11.replace("{ 3 = \"The signed register.\" }", "{ 3 = \"\" }"));
    assert!(p.len() == 1 && p[0].starts_with("f.toml:42:") && p[0].contains("evidence_expected 3 of question `d1.q1` is empty"), "{p:?}");
    let two_levels = VALID.replace("evidence = [\"A document\"]", "evidence_expected = { 3 = \"x\" }");
    let p = problems(&two_levels);
    assert!(p.len() == 1 && p[0].contains("this framework has 2 levels: remove evidence_expected"), "{p:?}");
}

#[test]
fn new_texts_may_not_be_blank() {
    let p = problems(&V11.replace("changes = \"Added a question.\"", "changes = \" \"").replace("owner = { en = \"Head of the digital unit\", fr = \"Chef de l'unité numérique\" }", "owner = { en = \"Head\", fr = \"\" }").replace("indicators = [\"UN EGDI: Online Service Index\"]", "indicators = [\"\"]"));
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("f.toml:5:11: `changes` is empty (en)"), "{p:?}");
    assert!(p[1].starts_with("f.toml:39:9: the owner of question `d1.q1` is empty (fr)"), "{p:?}");
    assert!(p[2].starts_with("f.toml:41:15: question `d1.q1` has an empty indicator"), "{p:?}");
}

#[test]
fn resolved_view_carries_the_new_fields_in_one_language() {
    let f = Framework::parse("f.toml", V11).unwrap();
    let r = resolved::Framework::resolve(&f, Lang::Fr);
    assert_eq!(r.questions[0].owner.as_deref(), Some("Chef de l'unité numérique"));
    assert_eq!(r.questions[0].evidence_expected, [resolved::ExpectedEvidence { level: 3, text: "The signed register.".into() }]);
    assert_eq!(r.methodology.as_ref().unwrap().measures, "Whether it is.");
    assert_eq!(r.dimensions[0].questions, ["d1.q1", "d1.q2"]);
    assert_eq!(r.levels[2].number, 3);
    // The view always has the keys, so the UI reads 1.0 and 1.1 frameworks alike.
    let old = serde_json::to_value(resolved::Framework::resolve(&Framework::parse("f.toml", VALID).unwrap(), Lang::En)).unwrap();
    assert!(old["methodology"].is_null() && old["questions"][0]["evidence_expected"] == serde_json::json!([]));
}

/// An exchange document answering `levels[i]` to question i of `f` (None: unanswered).
fn answered(f: &Framework, levels: &[Option<u8>]) -> crate::model::AssessmentDoc {
    let respondent = "00000000-0000-4000-8000-000000000001";
    let answers: Vec<serde_json::Value> = f
        .questions
        .iter()
        .zip(levels)
        .map(|(q, l)| serde_json::json!({ "respondent": respondent, "question": q.id, "level": l, "updated_at": "2026-01-01T00:00:00Z" }))
        .collect();
    serde_json::from_value(serde_json::json!({
        "format": crate::model::EXCHANGE_FORMAT, "format_version": 1,
        "framework": { "id": f.id, "version": f.version },
        "assessment": {
            "id": "00000000-0000-4000-8000-000000000002", "title": "T", "mode": "self", "status": "draft",
            "agency": { "name": "A", "sector": "health", "country": "TN", "size": "small", "tags": [] },
            "targets": {}, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"
        },
        "respondents": [{ "id": respondent, "name": "R" }],
        "answers": answers, "consensus": []
    }))
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Issue 17 item 6: any weight the validator accepts gives finite scores, whatever the
    /// answers (a weight of 1e308 once printed "index NaN" in a minister's report).
    #[test]
    fn accepted_weights_never_make_a_score_non_finite(
        weights in prop::collection::vec(prop_oneof![Just(MAX_WEIGHT), Just(1e-9), 1e-9f64..=MAX_WEIGHT], 3),
        levels in prop::collection::vec(prop::option::of(1u8..=3), 2),
    ) {
        // The question's `weight = 0.5` is replaced first: done after the dimension's, it
        // also matched a new "weight = 0.50…" there and glued two numbers into one.
        let src = V11
            .replace("weight = 0.5", &format!("weight = {:.12}", weights[1]))
            .replace("weight = 2\n", &format!("weight = {:.12}\n", weights[0]))
            .replace("guidance = \"Look.\"", &format!("guidance = \"Look.\"\nweight = {:.12}", weights[2]));
        let f = Framework::parse("w.toml", &src).unwrap();
        let s = crate::score(&f, &answered(&f, &levels), Lang::En);
        for v in [s.overall.score, s.overall.index].into_iter().chain(s.dimensions.iter().flat_map(|d| [d.score, d.index])) {
            prop_assert!(v.is_none_or(f64::is_finite), "{:?} with weights {:?}", v, weights);
        }
    }
}

#[cfg(unix)]
#[test]
fn a_pipe_named_toml_is_refused_without_blocking() {
    // Opening a FIFO for reading waits for a writer: every command used to hang on one.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().map(|s| s.success()).unwrap_or(false);
    if !made {
        return; // no mkfifo on this system: nothing to test
    }
    std::fs::write(dir.path().join("mini.toml"), VALID).unwrap();
    let c = Catalog::with_user_dir(dir.path());
    assert!(c.get("mini", None).is_some(), "the regular file beside it still loads");
    assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
    assert!(c.problems[0].file.ends_with("x.toml") && c.problems[0].message.contains("not a regular file"), "{:?}", c.problems);
    assert!(crate::catalog::load_file(dir.path()).unwrap_err().to_string().contains("not a regular file"));
}

fn warnings(src: &str) -> Vec<String> {
    let (_, w) = Framework::parse_with_warnings("f.toml", src).expect("the file is valid");
    w.iter().map(|d| d.to_string()).collect()
}

/// Issue 13 item 4: `mizan validate` warns of each text without a translation, at its place.
#[test]
fn a_missing_translation_is_a_warning_with_its_place_and_not_an_error() {
    // Every text in three languages, but one question text has no Arabic.
    let mut full = String::new();
    for line in VALID.lines() {
        let translated = match line.split_once(" = \"") {
            Some((key, rest)) if rest.ends_with('"') && !["id", "version", "dimension"].contains(&key) => {
                let v = rest.trim_end_matches('"');
                if key == "text" {
                    format!("{key} = {{ en = \"{v}\", fr = \"Est-ce ?\" }}")
                } else {
                    format!("{key} = {{ en = \"{v}\", fr = \"fr {v}\", ar = \"ar {v}\" }}")
                }
            }
            _ if line.starts_with("description = {") => "description = { en = \"High.\", fr = \"Haut.\", ar = \"عال.\" }".to_string(),
            _ if line.starts_with("levels = [") || line.starts_with("recommendations = [") || line.starts_with("evidence = [") => {
                let (key, list) = line.split_once(" = ").unwrap();
                let items: Vec<String> = list
                    .trim_matches(|c| c == '[' || c == ']')
                    .split(", ")
                    .map(|s| {
                        let s = s.trim_matches('"');
                        format!("{{ en = \"{s}\", fr = \"fr {s}\", ar = \"ar {s}\" }}")
                    })
                    .collect();
                format!("{key} = [{}]", items.join(", "))
            }
            _ => line.to_string(),
        };
        full.push_str(&translated);
        full.push('\n');
    }
    let w = warnings(&full);
    let line = full.lines().position(|l| l.starts_with("text = ")).unwrap() + 1;
    assert_eq!(w, [format!("f.toml:{line}:8: the text of question `d1.q1` has no Arabic (ar) translation: it shows in English; add `ar = \"...\"`")]);
    // With the Arabic given, nothing to say.
    assert!(warnings(&full.replace("fr = \"Est-ce ?\" }", "fr = \"Est-ce ?\", ar = \"هل هو كذلك؟\" }")).is_empty());
}

#[test]
fn a_framework_in_english_only_gets_one_warning_per_language_not_one_per_text() {
    let w = warnings(VALID);
    // `description = { en = "High.", fr = "Haut." }` has French, so French is per text.
    assert!(w.iter().any(|m| m.starts_with("f.toml:1:1: no text of this framework is translated into Arabic")), "{w:?}");
    assert!(!w.iter().any(|m| m.contains("no text of this framework is translated into French")), "{w:?}");
    assert!(w.iter().any(|m| m.starts_with("f.toml:3:9: the framework title has no French (fr) translation")), "{w:?}");
    assert!(w.iter().all(|m| !m.contains("Arabic (ar)")), "Arabic is said once for the file: {w:?}");
}

#[test]
fn built_in_frameworks_have_no_translation_warnings() {
    for (name, src) in BUILTIN {
        let (_, w) = Framework::parse_with_warnings(name, src).unwrap();
        assert!(w.is_empty(), "{name}: {} warnings, first: {}", w.len(), w[0]);
    }
}

/// Issue 13 item 4: a question without its French shows the English text, and says so.
#[test]
fn a_text_without_its_translation_resolves_to_english_with_the_fallback_flag() {
    let src = VALID.replace("text = \"Is it?\"", "text = { en = \"Is it?\", ar = \"هل هو كذلك؟\" }");
    let f = Framework::parse("f.toml", &src).unwrap();
    let q = &f.questions[0].text;
    assert_eq!(q.resolve(Lang::Fr), ("Is it?", true));
    assert_eq!(q.resolve(Lang::Ar), ("هل هو كذلك؟", false));
    assert_eq!(q.resolve(Lang::En), ("Is it?", false));
    // A translated text does not fall back.
    assert_eq!(f.levels[1].description.resolve(Lang::Fr), ("Haut.", false));
}

/// The view the UI draws lists each text that shows in English, so the questionnaire and
/// results can mark it; a fully translated text is not listed, English lists nothing.
#[test]
fn resolved_view_lists_the_texts_that_fall_back_to_english() {
    let src = VALID.replace("text = \"Is it?\"", "text = { en = \"Is it?\", ar = \"هل هو كذلك؟\" }");
    let f = Framework::parse("f.toml", &src).unwrap();
    let fr = resolved::Framework::resolve(&f, Lang::Fr);
    let ar = resolved::Framework::resolve(&f, Lang::Ar);
    assert!(fr.english.contains(&"question/d1.q1/text".to_string()), "{:?}", fr.english);
    assert!(!ar.english.contains(&"question/d1.q1/text".to_string()), "{:?}", ar.english);
    assert!(!fr.english.contains(&"level/2/description".to_string()), "translated into French: {:?}", fr.english);
    assert!(fr.english.contains(&"question/d1.q1/level/1".to_string()), "{:?}", fr.english);
    assert!(resolved::Framework::resolve(&f, Lang::En).english.is_empty());
    let builtin = crate::Catalog::builtin();
    let ir = builtin.require("innovation-readiness", None).unwrap();
    assert!(resolved::Framework::resolve(ir, Lang::Ar).english.is_empty(), "the built-in frameworks are translated");
}
