//! The report's content, asserted without rendering a PDF.

use super::*;
use crate::{Paper, ReportInput};
use mizan_core::benchmark::{compare, PeerFilter, PeerScores};
use mizan_core::scoring::Recommendation;
use mizan_core::{exchange, Catalog};

/// The interview sample (edition 1.0.0, 9 dimensions), without peers.
fn sample() -> ReportInput {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/interview-wadi-health.mizan.json");
    let (doc, framework) = exchange::read_file(&path, &Catalog::builtin()).expect("sample");
    input_of(doc, framework, Lang::En)
}

fn input_of(doc: mizan_core::AssessmentDoc, framework: std::sync::Arc<mizan_core::Framework>, lang: Lang) -> ReportInput {
    let scores = mizan_core::score(&framework, &doc, lang);
    ReportInput {
        doc,
        framework,
        scores,
        benchmark: None,
        filter: PeerFilter::default(),
        peers: Vec::new(),
        trend: Vec::new(),
        lang,
        digits: mizan_core::Digits::Latin,
        paper: Paper::A4,
        generated_at: chrono::Utc::now(),
        name_respondents: false,
        sections: crate::Sections::default(),
    }
}

/// A self-assessment on the current edition of `framework`, every question at level 2.
fn current_edition(framework: &str, lang: Lang) -> ReportInput {
    let fw = Catalog::builtin().require(framework, None).expect("built in").clone();
    let doc = mizan_core::test_support::answered_doc(&fw, mizan_core::test_support::agency("Ministry of Examples", "TN"), |_| Some(2));
    input_of(doc, fw, lang)
}

fn with_dimension_scores(mut input: ReportInput, scores: &[Option<f64>]) -> ReportInput {
    assert_eq!(scores.len(), input.scores.dimensions.len());
    for (d, s) in input.scores.dimensions.iter_mut().zip(scores) {
        d.score = *s;
    }
    input
}

fn ids(list: &[Highlight]) -> Vec<usize> {
    list.iter().map(|h| h.dimension).collect()
}

#[test]
fn strongest_are_the_highest_scores_ties_in_framework_order_and_weakest_never_repeat_them() {
    let input = with_dimension_scores(sample(), &[Some(2.0), Some(4.5), Some(3.0), Some(1.5), Some(4.5), Some(2.5), Some(3.5), Some(1.5), Some(2.25)]);
    let m = build(&input);
    assert_eq!(ids(&m.highlights.strongest), vec![1, 4, 6]);
    assert_eq!(ids(&m.highlights.weakest), vec![3, 7, 0], "lowest first, ties in framework order");
    assert_eq!(m.highlights.strongest[0].score, 4.5);
    assert_eq!(m.highlights.strongest[2].stage, 4, "3.5 rounds up to stage 4");
}

#[test]
fn with_five_scored_dimensions_the_weakest_are_what_the_strongest_left() {
    let input = with_dimension_scores(sample(), &[Some(2.0), None, Some(3.0), None, Some(4.0), Some(2.5), None, Some(1.0), None]);
    let m = build(&input);
    assert_eq!(ids(&m.highlights.strongest), vec![4, 2, 5]);
    assert_eq!(ids(&m.highlights.weakest), vec![7, 0]);
    assert_eq!(m.highlights.withheld, None);
}

/// Issue 16 item 2: "Strongest dimensions" listed a 2.22 when three of nine had a score.
#[test]
fn below_half_the_dimensions_scored_no_dimension_is_called_strongest() {
    let input = with_dimension_scores(sample(), &[Some(2.22), None, Some(1.5), None, Some(1.0), None, None, Some(1.2), None]);
    let m = build(&input);
    assert!(m.highlights.strongest.is_empty() && m.highlights.weakest.is_empty());
    assert_eq!(m.highlights.withheld, Some((4, 9)));
    assert!(!enough_scored(0, 9) && !enough_scored(4, 9) && enough_scored(5, 9) && enough_scored(1, 2));
}

fn rec(question: &str, dimension: &str, priority: f64) -> Recommendation {
    Recommendation { question: question.into(), dimension: dimension.into(), gap: 1.0, priority, text: format!("do {question}"), english: false }
}

#[test]
fn roadmap_groups_dimensions_by_their_most_urgent_recommendation_keeping_priority_order() {
    let mut input = sample();
    let fw = input.framework.clone();
    let q_of = |d: usize, k: usize| fw.questions.iter().filter(|q| q.dimension == fw.dimensions[d].id).nth(k).expect("question").id.clone();
    let (d0, d2, d5) = (fw.dimensions[0].id.clone(), fw.dimensions[2].id.clone(), fw.dimensions[5].id.clone());
    input.scores.recommendations = vec![rec(&q_of(2, 0), &d2, 4.0), rec(&q_of(0, 0), &d0, 3.0), rec(&q_of(2, 1), &d2, 2.0), rec(&q_of(5, 0), &d5, 1.0)];
    let m = build(&input);
    let numbers: Vec<usize> = m.recommendations.iter().map(|r| r.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4]);
    let groups: Vec<(usize, Vec<usize>)> = m.roadmap.iter().map(|g| (g.dimension, g.items.iter().map(|i| i.number).collect())).collect();
    assert_eq!(groups, vec![(2, vec![1, 3]), (0, vec![2]), (5, vec![4])]);
    assert_eq!(m.roadmap[0].items[1].question, fw.questions[fw.question_position(&q_of(2, 1)).unwrap()].text.en);
    assert_eq!(m.roadmap[0].score, input.scores.dimensions[2].score);
}

#[test]
fn no_recommendation_no_roadmap_group() {
    let mut input = sample();
    input.scores.recommendations.clear();
    let m = build(&input);
    assert!(m.recommendations.is_empty() && m.roadmap.is_empty());
}

#[test]
fn an_empty_peer_group_shows_no_statistics_anywhere() {
    let mut input = sample();
    let ids: Vec<String> = input.framework.dimensions.iter().map(|d| d.id.clone()).collect();
    let own = mizan_core::benchmark::Own::of(&input.scores);
    input.benchmark = Some(compare(&PeerFilter::default(), &ids, input.framework.level_count(), &own, &[]));
    let m = build(&input);
    assert_eq!(m.benchmark.n, 0);
    assert!(!m.benchmark.shown);
    assert!(m.benchmark.filter.is_empty());
    assert!(m.benchmark.peer_index.is_empty());
    assert_eq!(m.overall.peers, Peers::TooFew { n: 0 });
    assert!(m.dimensions.iter().all(|d| d.peers == Peers::TooFew { n: 0 }));
}

fn peers_around(input: &ReportInput, n: usize) -> Vec<PeerScores> {
    (0..n)
        .map(|i| {
            let v = 1.0 + 4.0 * i as f64 / n as f64;
            PeerScores { overall: Some(v), dimensions: input.scores.dimensions.iter().map(|_| Some(v)).collect() }
        })
        .collect()
}

#[test]
fn the_peer_group_is_the_filter_itself_and_the_position_counts_peers_below() {
    let mut input = sample();
    let filter = PeerFilter::parse("sector=health,tag=pilot,country=jo").expect("filter");
    let ids: Vec<String> = input.framework.dimensions.iter().map(|d| d.id.clone()).collect();
    let peers = peers_around(&input, 8);
    let own = mizan_core::benchmark::Own::of(&input.scores);
    input.benchmark = Some(compare(&filter, &ids, input.framework.level_count(), &own, &peers));
    input.filter = filter.clone();
    input.peers = peers.clone();
    let m = build(&input);
    assert_eq!(m.benchmark.filter, filter);
    assert_eq!(m.benchmark.filter.country.as_deref(), Some("JO"));
    assert!(m.benchmark.shown);
    assert_eq!(m.benchmark.peer_index.len(), 8);
    let s = m.overall.peers.stats().expect("statistics for 8 peers");
    let own = input.scores.overall.score.expect("scored");
    let below = peers.iter().filter(|p| p.overall.unwrap() < own).count();
    if input.scores.completeness < 1.0 {
        assert_eq!(s.position, Err(Unranked::Incomplete { questions_left: m.completeness.questions_left() }));
        return;
    }
    let p = s.position.expect("ranked");
    assert_eq!(p.better_than, below);
    assert_eq!(p.total, 9);
}

/// A complete copy of the sample: every unanswered question marked not applicable.
fn complete(mut input: ReportInput) -> ReportInput {
    let r = input.doc.respondents[0].id;
    for q in input.framework.questions.clone() {
        if !input.doc.answers.iter().any(|a| a.question == q.id && (a.level.is_some() || a.not_applicable)) {
            input.doc.answers.push(mizan_core::Answer {
                respondent: r,
                question: q.id.clone(),
                level: None,
                not_applicable: true,
                note: String::new(),
                evidence: String::new(),
                updated_at: "2026-03-01T10:00:00.000Z".into(),
            });
        }
    }
    input.scores = mizan_core::score(&input.framework, &input.doc, Lang::En);
    assert_eq!(input.scores.completeness, 1.0);
    input
}

fn against_peers(mut input: ReportInput, n: usize) -> ReportInput {
    let ids: Vec<String> = input.framework.dimensions.iter().map(|d| d.id.clone()).collect();
    let peers = peers_around(&input, n);
    let own = mizan_core::benchmark::Own::of(&input.scores);
    input.benchmark = Some(compare(&PeerFilter::default(), &ids, input.framework.level_count(), &own, &peers));
    input.peers = peers;
    input
}

/// Issue 16 item 1: a draft is not ranked against complete peers; a complete one is.
#[test]
fn only_a_complete_assessment_is_ranked_and_only_fully_answered_dimensions() {
    let mut draft = sample();
    let first = draft.framework.questions[0].id.clone();
    draft.doc.answers.retain(|a| a.question != first);
    draft.doc.consensus.retain(|c| c.question != first);
    draft.scores = mizan_core::score(&draft.framework, &draft.doc, Lang::En);
    let draft = against_peers(draft, 10);
    assert!(draft.scores.completeness < 1.0, "the sample is a partial draft");
    let m = build(&draft);
    let s = m.overall.peers.stats().expect("statistics");
    assert_eq!(s.position, Err(Unranked::Incomplete { questions_left: m.completeness.questions_left() }));
    assert!(s.relation.is_some(), "the median is still compared with");
    for d in &m.dimensions {
        let s = d.peers.stats().expect("statistics");
        match d.is_fully_answered() {
            true => assert!(s.position.is_ok(), "{} is fully answered", d.title),
            false => assert_eq!(s.position, Err(Unranked::Incomplete { questions_left: d.total - d.answered })),
        }
    }
    let whole = against_peers(complete(sample()), 10);
    let m = build(&whole);
    let p = m.overall.peers.stats().expect("statistics").position.expect("a complete assessment is ranked");
    assert_eq!(p.total, 11);
    assert!(m.dimensions.iter().all(|d| d.peers.stats().is_some_and(|s| s.position.is_ok() || s.value.is_none())));
}

#[test]
fn completeness_counts_questions_and_names_what_is_left() {
    let input = sample();
    let m = build(&input);
    let total: u32 = input.scores.dimensions.iter().map(|d| d.questions).sum();
    let answered: u32 = input.scores.dimensions.iter().map(|d| d.answered).sum();
    assert_eq!((m.completeness.answered, m.completeness.total), (answered, total));
    assert_eq!(m.completeness.questions_left(), total - answered);
    assert_eq!(m.completeness.is_complete(), answered == total);
}

#[test]
fn disagreements_are_counted_with_their_dimensions() {
    let input = sample();
    let m = build(&input);
    let flagged: Vec<&mizan_core::scoring::QuestionScore> = input.scores.questions.iter().filter(|q| q.disagreement).collect();
    assert!(!flagged.is_empty(), "the interview sample has disagreements");
    assert_eq!(m.disagreements.questions, flagged.len());
    let mut dims: Vec<usize> = flagged.iter().map(|q| input.framework.dimension_position(&q.dimension).unwrap()).collect();
    dims.sort();
    dims.dedup();
    assert_eq!(m.disagreements.dimensions, dims);
}

#[test]
fn respondents_with_their_answer_counts_and_trend_ends_with_this_assessment() {
    let mut input = sample();
    input.trend = vec![mizan_core::store::TrendPoint {
        assessment: "x".into(),
        title: "earlier".into(),
        framework_version: input.framework.version.clone(),
        finalized_at: "2025-03-02T10:00:00.000Z".into(),
        score: Some(2.0),
        index: Some(25.0),
        dimensions: Default::default(),
    }];
    input.doc.respondents[1].interviewed_on = Some("2026-03-10".into());
    let m = build(&input);
    assert_eq!(m.respondents.len(), input.doc.respondents.len());
    for r in &m.respondents {
        assert!(r.answers > 0, "{} answered nothing", r.role);
    }
    let days: Vec<_> = m.respondents.iter().map(|r| r.interviewed_on.as_deref()).collect();
    assert_eq!(days[..2], [None, Some("2026-03-10")], "the day of each interview, where it was recorded");
    assert_eq!(m.trend.len(), 2);
    assert_eq!(m.trend[0], TrendEntry { day: "2025-03-02".into(), index: Some(25.0), current: false });
    assert!(m.trend[1].current);
    assert_eq!(m.trend[1].index, input.scores.overall.index);
}

/// Respondents are named only when the consultant chooses so: otherwise the report says
/// who by role and unit (or number), in the table, the disagreements and the notes.
#[test]
fn respondents_are_named_only_when_chosen() {
    let input = sample();
    let names: Vec<String> = input.doc.respondents.iter().map(|r| r.name.clone()).collect();
    let m = build(&input);
    assert!(m.respondents.iter().all(|r| r.name.is_none()));
    let shown: Vec<String> = m
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
        .flat_map(|q| q.disagreement.iter().flat_map(|d| d.answers.iter().map(|(who, _)| who.clone())).chain(q.remarks.iter().map(|r| r.who.clone())))
        .collect();
    assert!(!shown.is_empty(), "the sample has disagreements or remarks");
    assert!(shown.iter().all(|w| !names.contains(w)), "a name shown: {shown:?}");
    let r = &input.doc.respondents[0];
    assert!(shown.contains(&format!("{} ({})", r.role, r.unit)) || m.dimensions.iter().all(|d| d.questions.iter().all(|q| q.remarks.is_empty())));

    let named = build(&ReportInput { name_respondents: true, ..input.clone() });
    assert_eq!(named.respondents.iter().filter_map(|r| r.name.clone()).collect::<Vec<_>>(), names);

    let mut nameless = input.clone();
    nameless.doc.respondents[1].role.clear();
    nameless.doc.respondents[1].unit.clear();
    assert_eq!(super::respondent_labels(&nameless)[&nameless.doc.respondents[1].id], "#2");
}

/// Issue 14: the methodology names the sources exactly (the EU IMAPS levels, the ESCWA
/// 2017 study with its authors and a specific address) and carries the framework's note.
#[test]
fn the_methodology_lists_the_sources_the_note_and_every_weight_other_than_1_with_its_reason() {
    for id in ["innovation-readiness", "service-integration"] {
        let input = current_edition(id, Lang::En);
        let fw = &input.framework;
        let m = build(&input);
        let f = &m.framework;
        assert_eq!(f.version, fw.version);
        assert!(f.sources.iter().any(|s| s.title.contains("(IMAPS)") && s.note.as_deref().is_some_and(|n| n.contains("Ad hoc, Opportunistic, Essential, Sustainable, Seamless"))), "{id}: IMAPS");
        let escwa = f
            .sources
            .iter()
            .find(|s| s.title == "Integration of Service Delivery in the Arab Region: Role of Standards and Interoperability")
            .unwrap_or_else(|| panic!("{id}: the ESCWA study by its published title"));
        assert_eq!(escwa.year, Some(2017));
        assert!(escwa.publisher.as_deref().is_some_and(|p| p.contains("ESCWA")));
        assert!(escwa.note.as_deref().is_some_and(|n| n.contains("Millard") && n.contains("2014")));
        let url = escwa.url.as_deref().expect("an address");
        assert!(url.trim_end_matches('/').matches('/').count() > 2, "{id}: a page, not a bare domain: {url}");
        assert_eq!(f.sources.len(), fw.sources.len(), "every source");

        let note = f.methodology.as_ref().expect("a methodology note");
        let own = fw.methodology.as_ref().expect("in the file");
        assert_eq!(note.best_fit, own.best_fit.get(Lang::En));
        assert_eq!(note.not_covered, own.not_covered.get(Lang::En));
        assert_eq!(f.changes.as_deref(), fw.changes.as_ref().map(|c| c.get(Lang::En)), "{id}");
        assert!(f.changes.is_some(), "{id}: says what changed");

        let weighted = fw.dimensions.iter().filter(|d| d.weight != 1.0).count() + fw.questions.iter().filter(|q| q.weight != 1.0).count();
        assert!(weighted > 0, "{id}");
        assert_eq!(f.weights.len(), weighted, "{id}: every weight other than 1");
        assert!(f.weights.iter().all(|w| w.weight != 1.0 && w.rationale.is_some()), "{id}: each with its reason");
        let d = fw.dimensions.iter().find(|d| d.weight != 1.0).expect("a weighted dimension");
        assert_eq!(f.weights[0], WeightFacts { title: d.title.get(Lang::En).into(), weight: d.weight, rationale: d.weight_rationale.as_ref().map(|r| r.get(Lang::En).into()) });
    }
}

#[test]
fn the_methodology_and_the_roadmap_speak_the_reports_language() {
    let input = current_edition("innovation-readiness", Lang::Fr);
    let fw = input.framework.clone();
    let m = build(&input);
    assert_eq!(m.framework.sources[0].title, fw.sources[0].title.get(Lang::Fr));
    assert_ne!(m.framework.sources[0].title, fw.sources[0].title.get(Lang::En), "the file translates it");
    let note = m.framework.methodology.as_ref().expect("note");
    assert_eq!(note.measures, fw.methodology.as_ref().expect("note").measures.get(Lang::Fr));
    assert!(note.measures.starts_with("Dans quelle mesure"), "{}", note.measures);

    // Every recommendation names its owner; one that presumes others names them too.
    assert!(!m.recommendations.is_empty());
    for r in &m.recommendations {
        let q = fw.questions.iter().find(|q| q.text.get(Lang::Fr) == r.question).expect("question");
        assert_eq!(r.owner.as_deref(), q.owner.as_ref().map(|o| o.get(Lang::Fr)), "{}", q.id);
        let after: Vec<&str> = q.depends_on.iter().map(|id| fw.questions[fw.question_position(id).expect("known")].text.get(Lang::Fr)).collect();
        assert_eq!(r.depends_on, after, "{}", q.id);
    }
    assert!(m.recommendations.iter().any(|r| !r.depends_on.is_empty()));
}

#[test]
fn a_1_0_framework_has_no_note_and_its_weights_say_no_reason_is_given() {
    let m = build(&sample());
    assert_eq!(m.framework.version, "1.0.0");
    assert!(m.framework.methodology.is_none() && m.framework.changes.is_none());
    assert!(m.framework.weights.iter().all(|w| w.rationale.is_none()));
    assert!(m.recommendations.iter().all(|r| r.owner.is_none() && r.depends_on.is_empty()));
}

/// Issue 13 item 4: a text without its French shows in English, marked, and the
/// methodology says what the mark means; a translated report has no mark at all.
#[test]
fn an_untranslated_text_shows_in_english_with_the_mark_and_only_then() {
    let translated = build(&current_edition("innovation-readiness", Lang::Fr));
    assert!(!translated.untranslated);
    assert!(!translated.dimensions[0].title.contains(ENGLISH_MARK), "{}", translated.dimensions[0].title);

    let mut input = current_edition("innovation-readiness", Lang::Fr);
    let mut fw = (*input.framework).clone();
    fw.dimensions[0].title.fr = None;
    fw.questions[0].text.fr = Some("  ".into());
    for r in &mut fw.questions[0].recommendations {
        r.fr = None;
    }
    input.framework = std::sync::Arc::new(fw);
    input.scores = mizan_core::score(&input.framework, &input.doc, Lang::Fr);
    let m = build(&input);
    assert!(m.untranslated);
    assert_eq!(m.dimensions[0].title, format!("{} [EN]", input.framework.dimensions[0].title.en));
    assert_eq!(m.dimensions[1].title, input.framework.dimensions[1].title.fr.clone().unwrap(), "a translated title has no mark");
    let q0 = &input.framework.questions[0];
    assert!(m.dimensions[0].questions.iter().any(|q| q.text == format!("{} [EN]", q0.text.en)));
    let item = m.recommendations.iter().find(|r| r.question.starts_with(&q0.text.en)).expect("question 1 is below its target");
    assert!(item.text.ends_with(" [EN]"), "{}", item.text);
}
