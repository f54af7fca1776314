//! Hand-computed quartiles, ranks and percentiles.

use super::*;

#[test]
fn quartiles_interpolate_between_closest_ranks() {
    // R: quantile(c(1,2,3,4), type = 7) → 1.75, 2.5, 3.25; Excel QUARTILE.INC agrees.
    let x = [1.0, 2.0, 3.0, 4.0];
    assert_eq!(quantile(&x, 0.25), 1.75);
    assert_eq!(quantile(&x, 0.5), 2.5);
    assert_eq!(quantile(&x, 0.75), 3.25);
    // odd count: 1, 3, 5, 7, 9 → 3, 5, 7 exactly
    let x = [1.0, 3.0, 5.0, 7.0, 9.0];
    assert_eq!((quantile(&x, 0.25), quantile(&x, 0.5), quantile(&x, 0.75)), (3.0, 5.0, 7.0));
    // 6 values 2.0..4.5: h(q1) = 1.25 → 2.5 + 0.25·0.5 = 2.625
    let x = [2.0, 2.5, 3.0, 3.5, 4.0, 4.5];
    assert_eq!(quantile(&x, 0.25), 2.625);
    assert_eq!(quantile(&x, 0.75), 3.875);
    assert_eq!(quantile(&[7.0], 0.5), 7.0);
}

#[test]
fn rank_and_percentile_count_ties_as_half() {
    // peers 1, 2, 3, 3, 4; the agency has 3: higher = 1 → rank 2;
    // lower = 2, equal = 2 → (2 + 1) / 5 = 60 %
    let s = stats(Some(3.0), &[3.0, 1.0, 4.0, 2.0, 3.0]);
    assert_eq!(s.rank, Some(2));
    assert_eq!(s.percentile, Some(60.0));
    assert_eq!((s.five.min, s.five.median, s.five.max), (Some(1.0), Some(3.0), Some(4.0)));
    assert_eq!((s.five.q1, s.five.q3), (Some(2.0), Some(3.0)));
    // best of all: rank 1, percentile 100
    let s = stats(Some(5.0), &[1.0, 2.0, 3.0]);
    assert_eq!((s.rank, s.percentile), (Some(1), Some(100.0)));
    // worst: rank n + 1, percentile 0
    let s = stats(Some(0.5), &[1.0, 2.0, 3.0]);
    assert_eq!((s.rank, s.percentile), (Some(4), Some(0.0)));
    // 12 peers, 8 lower, 1 equal: (8 + 0.5)/12 = 70.83 → 70.8
    let mut peers: Vec<f64> = (0..8).map(|i| 1.0 + i as f64 * 0.1).collect();
    peers.push(3.2);
    peers.extend([3.5, 3.9, 4.1]);
    let s = stats(Some(3.2), &peers);
    assert_eq!((s.rank, s.percentile), (Some(4), Some(70.8)));
}

#[test]
fn fewer_than_three_peers_give_no_statistics() {
    let s = stats(Some(3.0), &[1.0, 2.0]);
    assert_eq!(s.n, 2);
    assert_eq!((s.five.min, s.five.median, s.rank, s.percentile), (None, None, None, None));
    let own = PeerScores { overall: Some(3.0), dimensions: vec![Some(3.0)] };
    let b = compare(&PeerFilter::default(), &["d".into()], 5, &Own::complete(own.clone()), &[own.clone(), own.clone()]);
    assert_eq!(b.overall, None);
    assert_eq!(b.dimensions, None);
    assert_eq!(b.reason.as_deref(), Some(TOO_FEW_PEERS));
    let json = serde_json::to_value(&b).unwrap();
    assert!(json["overall"].is_null() && json["dimensions"].is_null());
}

#[test]
fn a_dimension_counts_only_peers_with_a_score_for_it() {
    let own = PeerScores { overall: Some(3.0), dimensions: vec![Some(3.0), None] };
    let peers = vec![
        PeerScores { overall: Some(2.0), dimensions: vec![Some(2.0), Some(1.0)] },
        PeerScores { overall: Some(3.0), dimensions: vec![Some(3.0), None] },
        PeerScores { overall: Some(4.0), dimensions: vec![Some(4.0), Some(2.0)] },
    ];
    let b = compare(&PeerFilter::parse("sector=health").unwrap(), &["a".into(), "b".into()], 5, &Own::complete(own), &peers);
    let dims = b.dimensions.unwrap();
    assert_eq!(dims[0].stats.n, 3);
    assert_eq!(dims[0].stats.rank, Some(2));
    assert_eq!(dims[1].stats.n, 2);
    assert_eq!(dims[1].stats.five.median, None, "2 peers: not shown");
    assert_eq!(dims[1].stats.value, None);
    assert_eq!(b.peers.filter, "sector=health");
    let json = serde_json::to_value(&dims[0]).unwrap();
    for key in ["id", "value", "n", "min", "q1", "median", "q3", "max", "rank", "percentile", "unranked", "index"] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn peer_filters_parse_and_refuse_clearly() {
    let f = PeerFilter::parse("sector=health, country=tn,tag=pilot,tag=north").unwrap();
    assert_eq!(f.sector.as_deref(), Some("health"));
    assert_eq!(f.country.as_deref(), Some("TN"));
    assert_eq!(f.tags, ["pilot", "north"]);
    assert_eq!(f.to_string(), "sector=health,country=TN,tag=pilot,tag=north");
    assert!(f.matches("health", "TN", "large", &["north".into(), "pilot".into(), "x".into()]));
    assert!(!f.matches("health", "TN", "large", &["pilot".into()]));
    assert!(PeerFilter::parse("").unwrap().is_empty());
    for (bad, says) in [("sector", "no `=`"), ("region=x", "unknown"), ("sector=", "no value"), ("size=a,size=b", "twice")] {
        let e = PeerFilter::parse(bad).unwrap_err().to_string();
        assert!(e.contains(says), "{bad}: {e}");
    }
}

fn three_peers() -> Vec<PeerScores> {
    [2.0, 3.0, 4.0].iter().map(|&x| PeerScores { overall: Some(x), dimensions: vec![Some(x), Some(x)] }).collect()
}

#[test]
fn a_draft_is_ranked_only_where_it_is_fully_answered() {
    // A draft: dimension a fully answered, b partly; 5 questions left in all.
    let own = Own {
        scores: PeerScores { overall: Some(3.0), dimensions: vec![Some(3.0), Some(3.0)] },
        questions_left: 5,
        dimensions_complete: vec![true, false],
    };
    let b = compare(&PeerFilter::default(), &["a".into(), "b".into()], 5, &own, &three_peers());
    let overall = b.overall.as_ref().unwrap();
    assert_eq!((overall.rank, overall.percentile, overall.unranked), (None, None, Some(Unranked::Incomplete)));
    assert_eq!((overall.n, overall.five.median), (3, Some(3.0)), "the peers' statistics are still given");
    let dims = b.dimensions.as_ref().unwrap();
    assert_eq!((dims[0].stats.rank, dims[0].stats.percentile, dims[0].stats.unranked), (Some(2), Some(50.0), None));
    assert_eq!((dims[1].stats.rank, dims[1].stats.unranked), (None, Some(Unranked::Incomplete)));
    assert_eq!(b.questions_left, 5);
    let json = serde_json::to_value(&b).unwrap();
    assert_eq!(json["overall"]["unranked"], "incomplete");
    assert!(json["overall"]["rank"].is_null() && json["overall"]["percentile"].is_null());
    assert_eq!(json["dimensions"][0]["unranked"], serde_json::Value::Null);
    assert_eq!(json["questions_left"], 5);

    // Once complete, the same values are ranked.
    let done = Own { questions_left: 0, dimensions_complete: vec![true, true], ..own };
    let b = compare(&PeerFilter::default(), &["a".into(), "b".into()], 5, &done, &three_peers());
    assert_eq!((b.overall.as_ref().unwrap().rank, b.overall.unwrap().unranked), (Some(2), None));
}

#[test]
fn a_value_the_agency_does_not_have_is_unranked_as_no_value() {
    let own = Own {
        scores: PeerScores { overall: Some(3.0), dimensions: vec![Some(3.0), None] },
        questions_left: 0,
        dimensions_complete: vec![true, true],
    };
    let b = compare(&PeerFilter::default(), &["a".into(), "b".into()], 5, &own, &three_peers());
    let dims = b.dimensions.unwrap();
    assert_eq!((dims[1].stats.rank, dims[1].stats.unranked, dims[1].stats.n), (None, Some(Unranked::NoValue), 3));
    assert_eq!(serde_json::to_value(&dims[1]).unwrap()["unranked"], "no_value");
}

#[test]
fn every_statistic_is_also_given_on_the_index_scale() {
    let own = Own::complete(PeerScores { overall: Some(3.2), dimensions: vec![None, Some(5.0)] });
    let peers: Vec<PeerScores> = [1.0, 2.0, 3.0, 4.0].iter().map(|&x| PeerScores { overall: Some(x), dimensions: vec![Some(x), Some(x)] }).collect();
    let b = compare(&PeerFilter::default(), &["a".into(), "b".into()], 5, &own, &peers);
    let ix = &b.overall.as_ref().unwrap().index;
    // (score − 1) / 4 · 100, one decimal: 3.2 → 55.0; quartiles 1.75, 2.5, 3.25 → 18.8, 37.5, 56.3
    assert_eq!((ix.value, ix.five.min, ix.five.q1, ix.five.median, ix.five.q3, ix.five.max), (Some(55.0), Some(0.0), Some(18.8), Some(37.5), Some(56.3), Some(75.0)));
    let dims = b.dimensions.unwrap();
    assert_eq!(dims[0].stats.index.value, None, "null where the 1–5 value is null");
    assert_eq!((dims[1].stats.index.value, dims[1].stats.index.five.median), (Some(100.0), Some(37.5)));
    // Too few peers: nothing to convert.
    let b = compare(&PeerFilter::default(), &["a".into()], 5, &own, &peers[..2]);
    assert!(b.overall.is_none());
    assert_eq!(stats(Some(3.0), &[1.0]).on_scale(5).index, IndexStats { value: Some(50.0), ..Default::default() });
}
