//! Hand-computed cases for every rule of the scoring contract, and property tests.

use super::*;
use crate::model::*;
use crate::test_support;
use proptest::prelude::*;
use std::collections::BTreeMap;
use uuid::Uuid;

/// Two dimensions: `a` (weight 1: a1 w1, a2 w2) and `b` (weight 2: b1, b2, b3 w1).
fn framework_with(dim_b_weight: f64, scale: f64) -> Framework {
    let q = |id: &str, dim: &str, w: f64| {
        format!(
            r#"
[[questions]]
id = "{id}"
dimension = "{dim}"
text = "Question {id}?"
guidance = "Look at {id}."
weight = {w:?}
levels = ["l1", "l2", "l3", "l4", "l5"]
recommendations = ["{id} from 1", "{id} from 2", "{id} from 3", "{id} from 4", "{id} from 5"]
"#
        )
    };
    let mut src = String::from("id = \"t\"\nversion = \"1.0.0\"\ntitle = \"T\"\ndescription = \"D\"\n");
    for name in ["Ad hoc", "Opportunistic", "Essential", "Sustainable", "Seamless"] {
        src += &format!("[[levels]]\nname = \"{name}\"\ndescription = \"{name}.\"\n");
    }
    src += &format!("[[dimensions]]\nid = \"a\"\ntitle = \"A\"\ndescription = \"A.\"\nweight = {:?}\n", 1.0 * scale);
    src += &format!("[[dimensions]]\nid = \"b\"\ntitle = \"B\"\ndescription = \"B.\"\nweight = {:?}\n", dim_b_weight * scale);
    src += &q("a1", "a", 1.0 * scale);
    src += &q("a2", "a", 2.0 * scale);
    src += &q("b1", "b", 1.0 * scale);
    src += &q("b2", "b", 1.0 * scale);
    src += &q("b3", "b", 1.0 * scale);
    Framework::parse("test.toml", &src).expect("test framework is valid")
}

fn fw() -> Framework {
    framework_with(2.0, 1.0)
}

fn rid(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn doc(answers: &[(u128, &str, Option<u8>, bool)], consensus: &[(&str, u8)], targets: &[(&str, u8)]) -> AssessmentDoc {
    const T: &str = "2026-01-01T00:00:00.000Z";
    let mut respondents: Vec<u128> = answers.iter().map(|a| a.0).collect();
    respondents.sort();
    respondents.dedup();
    let mut d = test_support::doc(&fw(), test_support::agency("Agency", ""));
    d.assessment.id = Uuid::nil();
    d.assessment.title = "T".into();
    d.assessment.mode = Mode::Interview;
    d.assessment.targets = targets.iter().map(|(d, l)| (d.to_string(), *l)).collect::<BTreeMap<_, _>>();
    (d.assessment.created_at, d.assessment.updated_at) = (T.into(), T.into());
    d.respondents = respondents.iter().map(|&r| test_support::respondent(rid(r), &format!("R{r}"))).collect();
    d.answers = answers.iter().map(|&(r, q, level, na)| Answer { not_applicable: na, ..test_support::answer(rid(r), q, level, T) }).collect();
    d.consensus = consensus.iter().map(|&(q, l)| Consensus { question: q.into(), level: l, rationale: String::new(), updated_at: T.into() }).collect();
    d
}

fn q<'a>(s: &'a Scores, id: &str) -> &'a QuestionScore {
    s.questions.iter().find(|x| x.id == id).unwrap()
}

fn d<'a>(s: &'a Scores, id: &str) -> &'a DimensionScore {
    s.dimensions.iter().find(|x| x.id == id).unwrap()
}

#[test]
fn median_of_odd_count_and_spread() {
    let s = score(&fw(), &doc(&[(1, "a1", Some(2), false), (2, "a1", Some(3), false), (3, "a1", Some(5), false)], &[], &[]), Lang::En);
    let a1 = q(&s, "a1");
    assert_eq!(a1.level, Some(3.0));
    assert_eq!(a1.spread, Some(3));
    assert!(a1.disagreement);
    assert_eq!(a1.respondents, 3);
}

#[test]
fn median_of_even_count_is_mean_of_middle_values() {
    let s = score(&fw(), &doc(&[(1, "a1", Some(1), false), (2, "a1", Some(2), false), (3, "a1", Some(4), false), (4, "a1", Some(5), false)], &[], &[]), Lang::En);
    assert_eq!(q(&s, "a1").level, Some(3.0));
    let s = score(&fw(), &doc(&[(1, "a1", Some(2), false), (2, "a1", Some(3), false)], &[], &[]), Lang::En);
    assert_eq!(q(&s, "a1").level, Some(2.5));
    assert_eq!(q(&s, "a1").spread, Some(1));
    assert!(!q(&s, "a1").disagreement, "a spread of 1 is not a disagreement");
}

#[test]
fn spread_of_two_is_a_disagreement_and_one_respondent_has_no_spread() {
    let s = score(&fw(), &doc(&[(1, "a1", Some(2), false), (2, "a1", Some(4), false), (1, "a2", Some(3), false)], &[], &[]), Lang::En);
    assert_eq!(q(&s, "a1").spread, Some(2));
    assert!(q(&s, "a1").disagreement);
    assert_eq!(q(&s, "a2").spread, None);
    assert!(!q(&s, "a2").disagreement);
}

#[test]
fn consensus_overrides_the_median_but_not_the_spread() {
    let s = score(&fw(), &doc(&[(1, "a1", Some(1), false), (2, "a1", Some(5), false)], &[("a1", 4)], &[]), Lang::En);
    let a1 = q(&s, "a1");
    assert_eq!(a1.level, Some(4.0));
    assert_eq!(a1.spread, Some(4));
    assert!(a1.consensus);
    assert!(a1.disagreement);
}

#[test]
fn consensus_alone_gives_a_level() {
    let s = score(&fw(), &doc(&[], &[("b1", 2)], &[]), Lang::En);
    assert_eq!(q(&s, "b1").level, Some(2.0));
    assert_eq!(q(&s, "b1").spread, None);
    assert_eq!(d(&s, "b").score, Some(2.0));
}

#[test]
fn not_applicable_and_unanswered_are_ignored() {
    let s = score(&fw(), &doc(&[(1, "a1", Some(3), false), (2, "a1", None, true), (3, "a1", None, false)], &[], &[]), Lang::En);
    assert_eq!(q(&s, "a1").level, Some(3.0));
    assert_eq!(q(&s, "a1").spread, None, "only one respondent gave a level");
}

#[test]
fn dimension_without_levels_has_no_score_and_is_left_out_of_overall() {
    let s = score(&fw(), &doc(&[(1, "a1", Some(2), false), (1, "a2", Some(4), false), (1, "b1", None, true)], &[], &[]), Lang::En);
    assert_eq!(d(&s, "b").score, None, "never 0");
    assert_eq!(d(&s, "b").index, None);
    assert_eq!(d(&s, "b").stage, None);
    assert_eq!(d(&s, "b").target, None, "no default target without a score");
    // a = (1·2 + 2·4) / 3 = 10/3; overall = a alone
    let a = 10.0 / 3.0;
    assert!((d(&s, "a").score.unwrap() - a).abs() < 1e-9);
    assert!((s.overall.score.unwrap() - a).abs() < 1e-9);
}

#[test]
fn nothing_answered_gives_nulls_not_zeros() {
    let s = score(&fw(), &doc(&[], &[], &[]), Lang::En);
    assert_eq!(s.overall.score, None);
    assert_eq!(s.overall.index, None);
    assert_eq!(s.overall.stage, None);
    assert_eq!(s.overall.stage_name, None);
    assert_eq!(s.completeness, 0.0);
    assert!(s.recommendations.is_empty());
    let json = serde_json::to_value(&s).unwrap();
    assert!(json["overall"]["score"].is_null());
    assert!(json["dimensions"][0]["score"].is_null());
    assert!(json["questions"][0]["spread"].is_null());
}

#[test]
fn weighted_dimension_and_overall_scores_index_and_stage() {
    // a1 = 2 (w1), a2 = 4 (w2) → a = 10/3; b1 = 5, b2 = 4, b3 N/A → b = 4.5
    // overall = (1·10/3 + 2·4.5) / 3 = (10/3 + 9) / 3 = 37/9 = 4.111…
    // index = (37/9 − 1) / 4 · 100 = 77.777… → 77.8; stage = ⌊4.611⌋ = 4
    let s = score(
        &fw(),
        &doc(&[(1, "a1", Some(2), false), (1, "a2", Some(4), false), (1, "b1", Some(5), false), (1, "b2", Some(4), false), (1, "b3", None, true)], &[], &[]),
        Lang::En,
    );
    assert!((d(&s, "a").score.unwrap() - 10.0 / 3.0).abs() < 1e-9);
    assert_eq!(d(&s, "b").score, Some(4.5));
    assert!((s.overall.score.unwrap() - 37.0 / 9.0).abs() < 1e-9);
    assert_eq!(s.overall.index, Some(77.8));
    assert_eq!(s.overall.stage, Some(4));
    assert_eq!(s.overall.stage_name.as_deref(), Some("Sustainable"));
    assert_eq!(d(&s, "a").index, Some(58.3)); // (10/3 − 1)/4 = 58.33…
    assert_eq!(d(&s, "b").stage, Some(5)); // ⌊4.5 + 0.5⌋
    assert_eq!(s.completeness, 1.0, "b3 is N/A and nobody gave it a level: it counts as answered");
    assert_eq!(d(&s, "b").answered, 3);
    assert_eq!(d(&s, "b").questions, 3);
}

#[test]
fn stage_rounds_half_up_and_index_spans_0_to_100() {
    assert_eq!(stage_of(2.5, 5), 3);
    assert_eq!(stage_of(2.49, 5), 2);
    assert_eq!(stage_of(1.0, 5), 1);
    assert_eq!(stage_of(5.0, 5), 5);
    assert_eq!(index_of(1.0, 5), 0.0);
    assert_eq!(index_of(5.0, 5), 100.0);
    assert_eq!(index_of(3.21, 5), 55.3);
}

#[test]
fn completeness_counts_levels_and_unopposed_not_applicable() {
    // a1 level; a2 N/A by one but a level by another (answered through the level);
    // b1 N/A only (answered); b2 unanswered (note only); b3 nothing → 3 / 5
    let s = score(
        &fw(),
        &doc(&[(1, "a1", Some(3), false), (1, "a2", None, true), (2, "a2", Some(2), false), (1, "b1", None, true), (1, "b2", None, false)], &[], &[]),
        Lang::En,
    );
    assert_eq!(s.completeness, 0.6);
    assert_eq!(d(&s, "a").answered, 2);
    assert_eq!(d(&s, "b").answered, 1);
}

#[test]
fn default_targets_gaps_and_recommendation_order() {
    // a1 = 2, a2 = 4 → a = 10/3, stage 3 → target 4: a1 gap 2 (priority 2·1·1 = 2), a2 gap 0
    // b1 = 3, b2 = 2 → b = 2.5, stage 3 → target 4: b1 gap 1 (priority 1·1·2 = 2), b2 gap 2 (priority 4)
    let s = score(
        &fw(),
        &doc(&[(1, "a1", Some(2), false), (1, "a2", Some(4), false), (1, "b1", Some(3), false), (1, "b2", Some(2), false)], &[], &[]),
        Lang::En,
    );
    assert_eq!(d(&s, "a").target, Some(4));
    assert_eq!(d(&s, "b").target, Some(4));
    assert_eq!(q(&s, "a1").gap, Some(2.0));
    assert_eq!(q(&s, "a2").gap, Some(0.0));
    assert_eq!(q(&s, "b3").gap, None);
    assert_eq!(q(&s, "b2").priority, Some(4.0));
    let order: Vec<&str> = s.recommendations.iter().map(|r| r.question.as_str()).collect();
    // b2 (4) first; a1 and b1 tie at 2 → lower dimension score first: b (2.5) before a (3.33)
    assert_eq!(order, ["b2", "b1", "a1"]);
    assert_eq!(s.recommendations[0].text, "b2 from 2", "recommendation at the consolidated level");
    assert!(s.recommendations.iter().all(|r| r.gap > 0.0));
}

#[test]
fn target_is_capped_at_the_top_level_and_explicit_targets_win() {
    let s = score(&fw(), &doc(&[(1, "a1", Some(5), false), (1, "b1", Some(3), false)], &[], &[("b", 5)]), Lang::En);
    assert_eq!(d(&s, "a").target, Some(5), "stage 5 + 1 is capped at 5");
    assert_eq!(q(&s, "a1").gap, Some(0.0));
    assert_eq!(d(&s, "b").target, Some(5));
    assert_eq!(q(&s, "b1").gap, Some(2.0));
    // an explicit target on a dimension without answers still gives it a target
    let s = score(&fw(), &doc(&[(1, "a1", Some(5), false)], &[], &[("b", 3)]), Lang::En);
    assert_eq!(d(&s, "b").target, Some(3));
}

#[test]
fn fractional_levels_give_fractional_gaps_and_round_down_for_recommendations() {
    // a1 = 2.5 (median of 2 and 3); a = 2.5 → stage 3 → target 4 → gap 1.5
    let s = score(&fw(), &doc(&[(1, "a1", Some(2), false), (2, "a1", Some(3), false)], &[], &[]), Lang::En);
    assert_eq!(q(&s, "a1").gap, Some(1.5));
    assert_eq!(s.recommendations[0].text, "a1 from 2");
}

#[test]
fn ties_fall_back_to_framework_order() {
    // a1 = 1, a2 = ... make equal priorities in the same dimension: a1 (w1) gap 2, and b's none.
    let s = score(&fw(), &doc(&[(1, "b1", Some(2), false), (1, "b2", Some(2), false), (1, "b3", Some(2), false)], &[], &[]), Lang::En);
    let order: Vec<&str> = s.recommendations.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(order, ["b1", "b2", "b3"]);
}

#[test]
fn recommendation_texts_follow_the_language() {
    let f = Framework::parse("t.toml", test_support::TWO_LEVEL_FRAMEWORK).unwrap();
    let mut d = doc(&[(1, "basics.one", Some(1), false)], &[], &[]);
    d.framework.id = "tiny-check".into();
    let s = score(&f, &d, Lang::Fr);
    assert_eq!(s.recommendations[0].text, "Faites-le");
    assert_eq!(s.overall.stage_name.as_deref(), Some("Bas"));
    assert_eq!(score(&f, &d, Lang::Ar).recommendations[0].text, "Do it", "falls back to English");
}

fn answers_strategy() -> impl Strategy<Value = Vec<(u128, usize, u8)>> {
    // (respondent 1..4, question 0..5, value 0..=6: 0 = unanswered, 6 = N/A, else a level)
    prop::collection::vec((1u128..5, 0usize..5, 0u8..7), 0..30)
}

fn build(raw: &[(u128, usize, u8)]) -> Vec<(u128, &'static str, Option<u8>, bool)> {
    const QS: [&str; 5] = ["a1", "a2", "b1", "b2", "b3"];
    let mut seen = std::collections::HashSet::new();
    raw.iter()
        .filter(|(r, qi, _)| seen.insert((*r, *qi)))
        .map(|&(r, qi, v)| match v {
            0 => (r, QS[qi], None, false),
            6 => (r, QS[qi], None, true),
            l => (r, QS[qi], Some(l), false),
        })
        .collect()
}

proptest! {
    #[test]
    fn scores_stay_in_range(raw in answers_strategy()) {
        let s = score(&fw(), &doc(&build(&raw), &[], &[]), Lang::En);
        for v in s.dimensions.iter().filter_map(|d| d.score).chain(s.overall.score) {
            prop_assert!((1.0..=5.0).contains(&v));
        }
        for i in s.dimensions.iter().filter_map(|d| d.index).chain(s.overall.index) {
            prop_assert!((0.0..=100.0).contains(&i));
        }
        prop_assert!((0.0..=1.0).contains(&s.completeness));
        for r in &s.recommendations {
            prop_assert!(r.gap > 0.0 && r.priority > 0.0);
        }
        for w in s.recommendations.windows(2) {
            prop_assert!(w[0].priority >= w[1].priority);
        }
    }

    #[test]
    fn adding_a_not_applicable_answer_changes_nothing(raw in answers_strategy(), qi in 0usize..5) {
        let base = build(&raw);
        let mut with_na = base.clone();
        const QS: [&str; 5] = ["a1", "a2", "b1", "b2", "b3"];
        with_na.push((99, QS[qi], None, true));
        let a = score(&fw(), &doc(&base, &[], &[]), Lang::En);
        let b = score(&fw(), &doc(&with_na, &[], &[]), Lang::En);
        prop_assert_eq!(&a.overall, &b.overall);
        prop_assert_eq!(&a.dimensions.iter().map(|d| d.score).collect::<Vec<_>>(), &b.dimensions.iter().map(|d| d.score).collect::<Vec<_>>());
        prop_assert_eq!(&a.recommendations, &b.recommendations);
        // completeness may only rise: an unopposed N/A answers an untouched question
        prop_assert!(b.completeness >= a.completeness);
        let level_of = |s: &Scores| s.questions.iter().map(|q| q.level).collect::<Vec<_>>();
        prop_assert_eq!(level_of(&a), level_of(&b));
    }

    #[test]
    fn scaling_all_weights_changes_nothing(raw in answers_strategy(), scale in 0.1f64..50.0) {
        let d = doc(&build(&raw), &[], &[]);
        let a = score(&fw(), &d, Lang::En);
        let b = score(&framework_with(2.0, scale), &d, Lang::En);
        let close = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-6,
            (None, None) => true,
            _ => false,
        };
        prop_assert!(close(a.overall.score, b.overall.score));
        for (x, y) in a.dimensions.iter().zip(&b.dimensions) {
            prop_assert!(close(x.score, y.score));
            prop_assert_eq!(x.target, y.target);
        }
        let qa: Vec<_> = a.recommendations.iter().map(|r| &r.question).collect();
        let qb: Vec<_> = b.recommendations.iter().map(|r| &r.question).collect();
        prop_assert_eq!(qa, qb, "priorities scale together, so their order is the same");
    }
}

/// Any f64 a framework built in code might carry, the extremes most often.
fn any_weight() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::sample::select(vec![1e308, f64::MAX, f64::MIN_POSITIVE, 5e-324, 0.0, -1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 100.0, 100.000001]),
        0.0f64..1e6,
        prop::num::f64::ANY,
    ]
}

proptest! {
    /// Issue 17: a weight of 1e308 made the CLI print "index NaN / 100". No weight and no
    /// level can make any number of the scores non-finite.
    #[test]
    fn no_weights_and_levels_give_a_non_finite_number(
        raw in answers_strategy(),
        dims in prop::collection::vec(any_weight(), 2),
        questions in prop::collection::vec(any_weight(), 5),
        targets in prop::collection::vec(1u8..6, 2),
    ) {
        let mut f = fw();
        for (d, w) in f.dimensions.iter_mut().zip(&dims) {
            d.weight = *w;
        }
        for (q, w) in f.questions.iter_mut().zip(&questions) {
            q.weight = *w;
        }
        let s = score(&f, &doc(&build(&raw), &[], &[("a", targets[0]), ("b", targets[1])]), Lang::En);
        let finite_in = |v: Option<f64>, lo: f64, hi: f64| v.is_none_or(|x| x.is_finite() && (lo..=hi).contains(&x));
        prop_assert!(finite_in(s.overall.score, 1.0, 5.0) && finite_in(s.overall.index, 0.0, 100.0), "{:?}", s.overall);
        prop_assert!(s.completeness.is_finite());
        for d in &s.dimensions {
            prop_assert!(finite_in(d.score, 1.0, 5.0) && finite_in(d.index, 0.0, 100.0), "{d:?}");
        }
        for q in &s.questions {
            prop_assert!(finite_in(q.level, 1.0, 5.0) && finite_in(q.gap, 0.0, 4.0), "{q:?}");
            prop_assert!(q.priority.is_none_or(f64::is_finite), "{q:?}");
        }
        for r in &s.recommendations {
            prop_assert!(r.gap.is_finite() && r.priority.is_finite(), "{r:?}");
        }
    }
}
