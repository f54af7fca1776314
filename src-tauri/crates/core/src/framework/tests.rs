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
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("f.toml:27:1: unknown field `weigth`"), "{p:?}");
    assert!(p[0].contains("remove it or check its spelling"));
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
    assert_eq!(p.len(), expect.len(), "{p:#?}");
    for (got, (place, what)) in p.iter().zip(expect) {
        assert!(got.starts_with(place) && got.contains(what), "{got} should start with {place} and mention {what}");
    }
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
