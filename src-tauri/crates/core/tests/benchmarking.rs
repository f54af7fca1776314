//! Peer groups, trends and benchmark packs on a real (temporary) database.

use mizan_core::benchmark::PeerFilter;
use mizan_core::model::*;
use mizan_core::store::parse_pack;
use mizan_core::{test_support, Catalog, Lang, Store};


const FW: &str = "service-integration";

struct Spec<'a> {
    agency: &'a str,
    country: &'a str,
    sector: &'a str,
    tags: &'a [&'a str],
    level: u8,
    status: Status,
    finalized: &'a str,
    version: &'a str,
}

fn spec(agency: &str, level: u8) -> Spec<'_> {
    Spec { agency, country: "TN", sector: "health", tags: &[], level, status: Status::Final, finalized: "2026-03-01T10:00:00Z", version: "1.0.0" }
}

fn doc(store: &Store, s: &Spec) -> AssessmentDoc {
    let fw = store.catalog().get(FW, Some(s.version)).unwrap();
    let agency = AgencyInfo {
        id: None,
        name: s.agency.into(),
        sector: s.sector.into(),
        country: s.country.into(),
        size: "medium".into(),
        tags: s.tags.iter().map(|t| t.to_string()).collect(),
    };
    let mut d = test_support::answered_doc(fw, agency, |_| Some(s.level));
    d.framework.version = s.version.into();
    d.respondents[0].name = format!("Secret respondent of {}", s.agency);
    for a in &mut d.answers {
        a.note = format!("confidential note {}", s.agency);
        a.updated_at = "2026-01-02T00:00:00Z".into();
    }
    d.assessment.created_at = "2026-01-01T00:00:00Z".into();
    d.assessment.updated_at = s.finalized.into();
    if s.status == Status::Final {
        test_support::finalize(&mut d, s.finalized);
    }
    d
}

fn store_with(specs: &[Spec]) -> (Store, Vec<AssessmentDoc>) {
    let mut store = Store::open_in_memory(Catalog::builtin()).unwrap();
    let docs: Vec<_> = specs.iter().map(|s| doc(&store, s)).collect();
    for d in &docs {
        store.import(d.clone()).unwrap();
    }
    (store, docs)
}

fn bench(store: &Store, d: &AssessmentDoc, filter: &str) -> mizan_core::benchmark::Benchmark {
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    let scores = mizan_core::score(&fw, d, Lang::En);
    store.benchmark(d, &scores, &PeerFilter::parse(filter).unwrap()).unwrap()
}

#[test]
fn peers_are_the_latest_final_of_each_other_agency() {
    let (store, docs) = store_with(&[
        spec("Own Agency", 3),
        Spec { finalized: "2025-01-01T00:00:00Z", ..spec("Own Agency", 1) }, // own earlier final: never a peer
        spec("Peer One", 2),
        Spec { finalized: "2024-01-01T00:00:00Z", ..spec("Peer One", 5) }, // older final of Peer One: not counted
        spec("Peer Two", 4),
        spec("Peer Three", 5),
        Spec { status: Status::Draft, ..spec("Peer Four", 1) }, // drafts are not peers
    ]);
    let b = bench(&store, &docs[0], "");
    assert_eq!(b.peers.n, 3);
    let o = b.overall.unwrap();
    assert_eq!((o.five.min, o.five.median, o.five.max), (Some(2.0), Some(4.0), Some(5.0)));
    assert_eq!(o.rank, Some(3), "two peers (4, 5) are strictly higher than 3");
    assert_eq!(o.percentile, Some(33.3));
    assert_eq!(b.dimensions.as_ref().unwrap().len(), 6);
}

#[test]
fn filters_and_the_three_peer_rule() {
    let (store, docs) = store_with(&[
        spec("Own Agency", 3),
        spec("Peer One", 2),
        Spec { country: "JO", ..spec("Peer Two", 4) },
        Spec { sector: "finance", tags: &["pilot"], ..spec("Peer Three", 5) },
        Spec { tags: &["pilot"], ..spec("Peer Four", 1) },
    ]);
    assert_eq!(bench(&store, &docs[0], "").peers.n, 4);
    let b = bench(&store, &docs[0], "country=TN");
    assert_eq!(b.peers.n, 3);
    assert!(b.overall.is_some());
    let b = bench(&store, &docs[0], "sector=health,country=TN");
    assert_eq!(b.peers.n, 2);
    assert!(b.overall.is_none() && b.dimensions.is_none());
    assert_eq!(b.reason.as_deref(), Some(mizan_core::benchmark::TOO_FEW_PEERS), "a code the UI and the report translate");
    assert_eq!(bench(&store, &docs[0], "tag=pilot").peers.n, 2);
}

#[test]
fn another_major_version_is_not_a_peer_and_an_unstored_file_finds_its_agency() {
    let (store, docs) = store_with(&[spec("Peer One", 2), spec("Peer Two", 4), spec("Peer Three", 5), spec("Own Agency", 3)]);
    // The same agency, as an exchange file not stored: excluded from its own peers by name + country.
    let mut outside = doc(&store, &Spec { agency: "  own   AGENCY ", ..spec("x", 3) });
    outside.assessment.agency.id = None;
    assert_eq!(bench(&store, &outside, "").peers.n, 3);
    assert_eq!(bench(&store, &docs[0], "").peers.n, 3);
}

#[test]
fn trend_lists_earlier_finals_oldest_first() {
    let (store, docs) = store_with(&[
        Spec { finalized: "2026-06-01T00:00:00Z", ..spec("Own Agency", 4) },
        Spec { finalized: "2024-06-01T00:00:00Z", ..spec("Own Agency", 2) },
        Spec { finalized: "2025-06-01T00:00:00Z", ..spec("Own Agency", 3) },
        Spec { status: Status::Draft, ..spec("Own Agency", 1) },
        spec("Other Agency", 5),
    ]);
    let t = store.trend(&docs[0]).unwrap();
    let scores: Vec<Option<f64>> = t.iter().map(|p| p.score).collect();
    assert_eq!(scores, [Some(2.0), Some(3.0)]);
    assert!(t[0].finalized_at < t[1].finalized_at);
    assert_eq!(t[0].dimensions.len(), 6);
}

#[test]
fn packs_carry_no_names_or_text_and_count_as_anonymous_peers() {
    let (store, _) = store_with(&[spec("Alpha Authority", 2), spec("Beta Bureau", 3), spec("Gamma Council", 4), Spec { status: Status::Draft, ..spec("Delta Draft", 1) }]);
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    let pack = store.export_pack(&fw).unwrap();
    assert_eq!(pack.assessments.len(), 3, "final assessments only");
    let text = serde_json::to_string_pretty(&pack).unwrap();
    for secret in ["Alpha", "Beta", "Gamma", "Delta", "Secret respondent", "confidential note"] {
        assert!(!text.contains(secret), "pack must not contain {secret:?}:\n{text}");
    }

    // Another laptop with one agency of its own imports the pack: 3 anonymous peers.
    let (mut other, own) = store_with(&[spec("Own Agency", 3)]);
    assert_eq!(bench(&other, &own[0], "").peers.n, 0);
    let bytes = text.as_bytes();
    let parsed = parse_pack("pack.json", bytes).unwrap();
    let r = other.import_pack("pack.json", parsed.clone()).unwrap();
    assert_eq!((r.assessments, r.replaced), (3, 0));
    let b = bench(&other, &own[0], "");
    assert_eq!(b.peers.n, 3);
    assert_eq!(b.overall.unwrap().five.median, Some(3.0));
    // the same pack again replaces itself
    assert_eq!(other.import_pack("pack.json", parsed).unwrap().replaced, 3);
    assert_eq!(bench(&other, &own[0], "").peers.n, 3);
    assert_eq!(bench(&other, &own[0], "tag=x").peers.n, 0, "pack entries have no tags");
}

#[test]
fn packs_are_refused_when_too_small_mismatched_or_malformed() {
    let (store, _) = store_with(&[spec("Alpha Authority", 2), spec("Beta Bureau", 3)]);
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    assert!(matches!(store.export_pack(&fw), Err(e) if e.to_string().contains("at least 3") && e.key_args().0 == "err-pack-too-few"));

    let (store, _) = store_with(&[spec("A", 2), spec("B", 3), spec("C", 4)]);
    let pack = store.export_pack(&fw).unwrap();
    let (mut other, _) = store_with(&[]);
    let mut small = pack.clone();
    small.assessments.truncate(2);
    let e = other.import_pack("p.json", small).unwrap_err().to_string();
    assert!(e.contains("assessments") && e.contains("at least 3"), "{e}");
    let mut wrong = pack.clone();
    wrong.framework.version = "2.0.0".into();
    let e = other.import_pack("p.json", wrong).unwrap_err().to_string();
    assert!(e.contains("2.0.0") && e.contains("not installed"), "{e}");
    let mut wrong = pack.clone();
    wrong.assessments[1].framework_version = "3.1.0".into();
    let e = other.import_pack("p.json", wrong).unwrap_err().to_string();
    assert!(e.contains("assessments[1].framework_version"), "{e}");
    let mut wrong = pack.clone();
    wrong.assessments[0].dimensions.insert("legal".into(), Some(9.0));
    let e = other.import_pack("p.json", wrong).unwrap_err().to_string();
    assert!(e.contains("assessments[0].dimensions.legal") && e.contains("out of range"), "{e}");
    let with_name = serde_json::to_string(&pack).unwrap().replacen("\"sector\"", "\"name\":\"Alpha\",\"sector\"", 1);
    let e = parse_pack("p.json", with_name.as_bytes()).unwrap_err().to_string();
    assert!(e.contains("assessments[0]") && e.contains("unknown field `name`"), "{e}");
    assert_eq!(other.connection().query_row("SELECT count(*) FROM pack_peers", [], |r| r.get::<_, i64>(0)).unwrap(), 0, "nothing written");
}

#[test]
fn sample_data_fills_an_empty_database_once_and_gives_benchmarks() {
    let mut store = Store::open_in_memory(Catalog::builtin()).unwrap();
    let n = store.load_sample_data(Lang::En).unwrap();
    assert_eq!(n, 96, "24 agencies × 2 finals × 2 frameworks");
    let list = store.list(Lang::En).unwrap();
    assert_eq!(list.len(), 96);
    assert!(list.iter().all(|a| a.agency.name.ends_with("(sample)") && a.status == Status::Final));
    let latest = store.resolve(&list[0].id.to_string()).unwrap();
    let doc = store.load(latest).unwrap();
    let fw = store.catalog().get(&doc.framework.id, None).unwrap().clone();
    let scores = mizan_core::score(&fw, &doc, Lang::En);
    let b = store.benchmark(&doc, &scores, &PeerFilter::default()).unwrap();
    assert_eq!(b.peers.n, 23, "every other sample agency, once");
    assert_eq!(store.trend(&doc).unwrap().len(), 1, "its earlier final assessment");
    assert!(matches!(store.load_sample_data(Lang::En), Err(e) if e.code() == "conflict"), "never mixed into real work");
}

#[test]
fn agency_profiles_are_editable_and_identity_clashes_refused() {
    use mizan_core::store::AgencyProfile;
    let (mut store, docs) = store_with(&[spec("Alpha Authority", 2), spec("Beta Bureau", 3)]);
    let alpha = store.find_agency(&docs[0].assessment.agency).unwrap().unwrap().parse().unwrap();
    let p = |name: &str| AgencyProfile { name: name.into(), sector: "finance".into(), country: "jo".into(), size: "large".into(), tags: vec![" b ".into(), "a".into(), "a".into()] };
    let a = store.update_agency(alpha, p("Alpha  Authority")).unwrap();
    assert_eq!((a.sector.as_str(), a.country.as_str(), a.tags.clone()), ("finance", "JO", vec!["a".to_string(), "b".to_string()]));
    // Beta is in TN; moving Alpha to TN under Beta's name would merge two agencies.
    let clash = AgencyProfile { country: "TN".into(), ..p("beta bureau") };
    assert!(matches!(store.update_agency(alpha, clash), Err(e) if e.code() == "conflict"));
    assert!(matches!(store.update_agency(alpha, p("  ")), Err(e) if e.code() == "invalid_input" && e.key_args().0 == "err-name-empty"));
    assert!(matches!(store.update_agency(alpha, AgencyProfile { country: "Tunisia".into(), ..p("A") }), Err(e) if e.key_args().0 == "err-country"));
}

#[test]
fn comparison_never_leaks_peer_values_below_three() {
    let (store, docs) = store_with(&[spec("Own Agency", 3), spec("Peer One", 2), spec("Peer Two", 4), spec("Peer Three", 5)]);
    let id = docs[0].assessment.id;
    let c = store.comparison(id, &PeerFilter::default()).unwrap();
    assert_eq!(c.peer_index, [25.0, 75.0, 100.0]);
    assert_eq!(c.benchmark.peers.n, 3);
    let c = store.comparison(id, &PeerFilter::parse("country=JO").unwrap()).unwrap();
    assert!(c.peer_index.is_empty() && c.benchmark.overall.is_none());
}

fn pack_rows(store: &Store) -> i64 {
    store.connection().query_row("SELECT count(*) FROM pack_peers", [], |r| r.get::<_, i64>(0)).unwrap()
}

#[test]
fn two_exports_of_one_database_count_each_agency_once() {
    let (store, _) = store_with(&[spec("Alpha Authority", 2), spec("Beta Bureau", 3), Spec { sector: "finance", ..spec("Gamma Council", 4) }]);
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    let (first, second) = (store.export_pack(&fw).unwrap(), store.export_pack(&fw).unwrap());
    assert_ne!(first.id, second.id, "each export is a new pack");
    let keys = |p: &mizan_core::store::Pack| p.assessments.iter().map(|e| e.agency).collect::<Vec<_>>();
    assert_eq!(keys(&first), keys(&second), "but the agencies keep their keys");

    let (mut other, own) = store_with(&[spec("Own Agency", 3)]);
    other.import_pack("first.json", first).unwrap();
    other.import_pack("second.json", second).unwrap();
    assert_eq!(pack_rows(&other), 6);
    let b = bench(&other, &own[0], "");
    assert_eq!(b.peers.n, 3, "three agencies, not six rows");
    assert_eq!(b.overall.unwrap().five.median, Some(3.0));
    // A filter matching two real agencies shows no statistics, however many rows.
    let b = bench(&other, &own[0], "sector=health");
    assert_eq!(b.peers.n, 2);
    assert!(b.overall.is_none());
}

#[test]
fn a_pack_imported_into_the_database_it_came_from_adds_no_one() {
    let (mut store, docs) = store_with(&[spec("Own Agency", 3), spec("Peer One", 2), spec("Peer Two", 4), spec("Peer Three", 5)]);
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    let pack = store.export_pack(&fw).unwrap();
    assert_eq!(pack.assessments.len(), 4);
    store.import_pack("own.json", pack).unwrap();
    let b = bench(&store, &docs[0], "");
    assert_eq!(b.peers.n, 3, "the three local peers, not again from the pack, and never the agency itself");
}

#[test]
fn a_pack_of_one_agency_repeated_or_with_free_text_is_refused() {
    let (store, _) = store_with(&[spec("A", 2), spec("B", 3), spec("C", 4)]);
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    let pack = store.export_pack(&fw).unwrap();
    let (mut other, _) = store_with(&[]);

    let mut same = pack.clone();
    let one = same.assessments[0].clone();
    same.assessments = vec![one.clone(), one.clone(), one];
    let e = other.import_pack("p.json", same).unwrap_err().to_string();
    assert!(e.contains("assessments[1].agency") && e.contains("one row per agency"), "{e}");

    let mut refused = |edit: &dyn Fn(&mut mizan_core::store::PackEntry), path: &str, says: &str| {
        let mut p = pack.clone();
        edit(&mut p.assessments[2]);
        let e = other.import_pack("p.json", p).unwrap_err().to_string();
        assert!(e.contains(path) && e.contains(says), "{path}: {e}");
    };
    refused(&|e| e.sector = "Amal Ben Salah, +216 55 123 456".into(), "assessments[2].sector", "not a known sector code");
    refused(&|e| e.size = "about 40 people".into(), "assessments[2].size", "not a known size code");
    refused(&|e| e.date = "call me on Monday".into(), "assessments[2].date", "YYYY-MM-DD");
    refused(&|e| e.date = "9999-12-31".into(), "assessments[2].date", "in the future");
    assert_eq!(pack_rows(&other), 0, "nothing written");

    // A version 1 pack (no agency keys) is refused with what to do.
    let v1 = serde_json::to_string(&pack).unwrap().replace("\"format_version\":2", "\"format_version\":1");
    let e = parse_pack("old.json", v1.as_bytes()).unwrap_err().to_string();
    assert!(e.contains("format_version") && e.contains("export it again"), "{e}");
}

#[test]
fn a_pack_exports_unknown_sectors_and_sizes_as_unknown() {
    let (store, _) = store_with(&[
        Spec { sector: "Ministry of Amal's cousin", ..spec("A", 2) },
        spec("B", 3),
        spec("C", 4),
    ]);
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    let pack = store.export_pack(&fw).unwrap();
    let text = serde_json::to_string(&pack).unwrap();
    assert!(!text.contains("cousin"), "{text}");
    assert_eq!(pack.assessments.iter().filter(|e| e.sector.is_empty()).count(), 1);
    let (mut other, _) = store_with(&[]);
    other.import_pack("p.json", parse_pack("p.json", text.as_bytes()).unwrap()).unwrap();
}

#[test]
fn a_draft_is_ranked_only_once_complete_against_stored_peers() {
    let (mut store, _) = store_with(&[spec("Peer One", 2), spec("Peer Two", 4), spec("Peer Three", 5)]);
    let fw = store.catalog().get(FW, Some("1.0.0")).unwrap().clone();
    // A draft of another agency with only the first dimension answered.
    let first = &fw.dimensions[0].id;
    let mut draft = doc(&store, &Spec { status: Status::Draft, ..spec("Own Agency", 3) });
    draft.answers.retain(|a| fw.questions.iter().any(|q| q.id == a.question && &q.dimension == first));
    store.import(draft.clone()).unwrap();
    let scores = mizan_core::score(&fw, &draft, Lang::En);
    let b = store.benchmark(&draft, &scores, &PeerFilter::default()).unwrap();
    let overall = b.overall.as_ref().unwrap();
    assert_eq!((overall.rank, overall.percentile), (None, None));
    assert_eq!(overall.unranked, Some(mizan_core::benchmark::Unranked::Incomplete));
    assert_eq!((overall.n, overall.five.median), (3, Some(4.0)), "the peers' statistics stay");
    assert_eq!(b.questions_left as usize, fw.questions.len() - fw.questions_of(first).count());
    let dims = b.dimensions.as_ref().unwrap();
    assert_eq!(dims[0].stats.rank, Some(3), "the answered dimension is ranked (peers 4 and 5 are higher)");
    assert!(dims[1..].iter().all(|d| d.stats.rank.is_none() && d.stats.unranked == Some(mizan_core::benchmark::Unranked::NoValue)));
    let c = store.comparison(draft.assessment.id, &PeerFilter::default()).unwrap();
    assert_eq!(c.benchmark.overall.unwrap().rank, None, "the compare view applies the same rule");
}
