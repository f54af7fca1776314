//! The peer group and the agency's position among its peers.

use crate::ReportInput;
use mizan_core::benchmark::{PeerFilter, Stats, MIN_PEERS};
use mizan_core::scoring::index_of;

/// The peer group: who was compared, how many, and whether statistics are shown.
#[derive(Debug, Clone)]
pub struct BenchmarkReport {
    /// Which peers count (empty: every other agency, all sectors and countries).
    pub filter: PeerFilter,
    /// Peers that match the filter.
    pub n: usize,
    /// The smallest group whose statistics are shown.
    pub min: usize,
    /// Whether the benchmark is shown (n ≥ min).
    pub shown: bool,
    /// The peers' overall index (0–100), for their distribution; empty when not shown.
    pub peer_index: Vec<f64>,
}

/// Statistics of the peers on one value (overall or a dimension), on the 1–levels scale.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerStats {
    pub n: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
    /// The agency's own value.
    pub value: Option<f64>,
    /// The median on the 0–100 index scale.
    pub median_index: f64,
    /// The agency's value against the median (None without a value).
    pub relation: Option<Relation>,
    /// Where the agency stands, or why it is not ranked.
    pub position: Result<Position, Unranked>,
}

impl PeerStats {
    /// min, q1, median, q3, max.
    pub fn five(&self) -> [f64; 5] {
        [self.min, self.q1, self.median, self.q3, self.max]
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    /// 1 is the highest score.
    pub rank: usize,
    /// Peers and the agency.
    pub total: usize,
    pub percentile: f64,
    /// Peers with a strictly lower score.
    pub better_than: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Above,
    Below,
    Level,
}

/// Why the agency has no rank although the peers' statistics are shown.
///
/// The rule (docs/contract.md): the overall rank and percentile only for a complete
/// assessment (every question answered or not applicable), a dimension's only when all
/// its questions are; a draft is not ranked against complete peers. mizan-core is to
/// withhold them too; the report applies the rule itself so that it holds either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unranked {
    /// The agency has no value here.
    NoValue,
    /// Not every question (of the assessment, or of the dimension) is answered.
    Incomplete { questions_left: u32 },
}

/// The comparison with the peers on one value.
#[derive(Debug, Clone, PartialEq)]
pub enum Peers {
    Shown(PeerStats),
    /// Fewer than the minimum (`n` peers have a value here).
    TooFew { n: usize },
}

impl Peers {
    pub fn stats(&self) -> Option<&PeerStats> {
        match self {
            Peers::Shown(s) => Some(s),
            Peers::TooFew { .. } => None,
        }
    }
}

pub(super) fn benchmark(input: &ReportInput) -> BenchmarkReport {
    let levels = input.framework.level_count();
    let b = input.benchmark.as_ref();
    let n = b.map(|b| b.peers.n).unwrap_or(0);
    let shown = b.is_some_and(|b| b.overall.is_some());
    let peer_index = if shown { input.peers.iter().filter_map(|p| p.overall).map(|s| index_of(s, levels)).collect() } else { Vec::new() };
    BenchmarkReport { filter: input.filter.clone(), n, min: MIN_PEERS, shown, peer_index }
}

pub(super) fn overall(input: &ReportInput, levels: u8) -> Peers {
    let group = input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
    match input.benchmark.as_ref().and_then(|b| b.overall.as_ref()) {
        Some(s) => {
            let left = input.scores.dimensions.iter().map(|d| d.questions.saturating_sub(d.answered)).sum();
            of_stats(s, levels, input.scores.overall.index, left)
        }
        None => Peers::TooFew { n: group },
    }
}

/// The comparison for dimension `position` of the framework.
pub(super) fn dimension(input: &ReportInput, position: usize, levels: u8) -> Peers {
    let group = input.benchmark.as_ref().map(|b| b.peers.n).unwrap_or(0);
    let id = &input.framework.dimensions[position].id;
    let stats = input.benchmark.as_ref().and_then(|b| b.dimensions.as_ref()).and_then(|d| d.iter().find(|d| &d.id == id)).map(|d| &d.stats);
    match stats {
        Some(s) => {
            let d = &input.scores.dimensions[position];
            of_stats(s, levels, d.index, d.questions.saturating_sub(d.answered))
        }
        None => Peers::TooFew { n: group },
    }
}

/// `questions_left`: unanswered questions of what is compared (none: it may be ranked).
fn of_stats(s: &Stats, levels: u8, own_index: Option<f64>, questions_left: u32) -> Peers {
    let (Some(min), Some(q1), Some(median), Some(q3), Some(max)) = (s.five.min, s.five.q1, s.five.median, s.five.q3, s.five.max) else {
        return Peers::TooFew { n: s.n };
    };
    let median_index = index_of(median, levels);
    let relation = own_index.map(|ix| match ix {
        ix if (ix - median_index).abs() < 0.05 => Relation::Level,
        ix if ix > median_index => Relation::Above,
        _ => Relation::Below,
    });
    let position = match (s.value, s.rank, s.percentile) {
        (None, _, _) => Err(Unranked::NoValue),
        _ if questions_left > 0 => Err(Unranked::Incomplete { questions_left }),
        (Some(_), Some(rank), Some(percentile)) => Ok(Position { rank, total: s.n + 1, percentile, better_than: better_than(s.n, rank, percentile) }),
        // A value but no rank: mizan-core withheld it (it applies the same rule).
        (Some(_), _, _) => Err(Unranked::Incomplete { questions_left }),
    };
    Peers::Shown(PeerStats { n: s.n, min, q1, median, q3, max, value: s.value, median_index, relation, position })
}

/// Peers strictly lower, from the rank and percentile: percentile = 100·(lower + ½·equal)/n
/// and equal = n − (rank − 1) − lower, so lower = 2·percentile·n/100 − n + rank − 1
/// (exact to the percentile's rounding to 0.1 for groups below 500).
fn better_than(n: usize, rank: usize, percentile: f64) -> usize {
    let lower = 2.0 * percentile * n as f64 / 100.0 - n as f64 + (rank - 1) as f64;
    lower.round().clamp(0.0, n as f64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use mizan_core::benchmark::stats;

    #[test]
    fn better_than_counts_the_peers_strictly_lower() {
        let peers = [1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0, 4.5, 5.0];
        for v in [1.0, 2.0, 2.5, 3.0, 4.0, 5.0, 0.5] {
            let s = stats(Some(v), &peers);
            let lower = peers.iter().filter(|&&p| p < v).count();
            assert_eq!(better_than(s.n, s.rank.unwrap(), s.percentile.unwrap()), lower, "value {v}");
        }
    }
}
