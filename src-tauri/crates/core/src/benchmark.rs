//! Benchmarking against peers (DESIGN.md, *Benchmarking*).
//!
//! Quartiles use linear interpolation between closest ranks — R's default (type 7),
//! NumPy's default and Excel's `QUARTILE.INC`: for sorted x₀..xₙ₋₁ and p ∈ [0, 1],
//! h = (n − 1)·p, Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
//! Rank = 1 + peers strictly higher; percentile = 100·(peers lower + ½·peers equal)/n.
//! Fewer than [`MIN_PEERS`] peers: no statistics (they would identify agencies).
//!
//! **Ranking a draft**: the overall rank and percentile are given only when the assessment
//! is complete (every question answered or marked not applicable); a dimension's only
//! when every question of that dimension is. Otherwise `rank` and `percentile` are null
//! and the statistics carry `unranked: "incomplete"` (`"no_value"` when the agency has no
//! value there at all); the peers' statistics are still given. A rank of a draft would
//! compare a few answered questions with complete peers.
//!
//! Every statistics object also carries `index`: its value and the peers' five-number
//! summary on the 0–100 index scale ([`crate::scoring::index_of`]), so no caller
//! converts scales.

use crate::error::{CoreError, Result};
use crate::scoring::{index_of, Scores};
use serde::Serialize;
use std::fmt;

/// The smallest peer group that is shown.
pub const MIN_PEERS: usize = 3;

/// `sector=health,country=TN,tag=pilot`: which peers count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeerFilter {
    pub sector: Option<String>,
    pub country: Option<String>,
    pub size: Option<String>,
    pub tags: Vec<String>,
}

impl PeerFilter {
    pub fn parse(s: &str) -> Result<PeerFilter> {
        let mut f = PeerFilter::default();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                return Err(CoreError::InvalidInput(format!(
                    "peer filter `{part}` has no `=`: write key=value pairs joined by commas, e.g. sector=health,country=TN"
                )));
            };
            let (key, value) = (key.trim(), value.trim());
            if value.is_empty() {
                return Err(CoreError::InvalidInput(format!("peer filter `{key}` has no value: write {key}=VALUE")));
            }
            let slot = match key {
                "sector" => &mut f.sector,
                "country" => &mut f.country,
                "size" => &mut f.size,
                "tag" => {
                    f.tags.push(value.to_string());
                    continue;
                }
                other => {
                    return Err(CoreError::InvalidInput(format!(
                        "peer filter key `{other}` is unknown: use sector, country, size or tag"
                    )))
                }
            };
            if slot.is_some() {
                return Err(CoreError::InvalidInput(format!("peer filter `{key}` is given twice: give it once")));
            }
            *slot = Some(if key == "country" { value.to_ascii_uppercase() } else { value.to_string() });
        }
        Ok(f)
    }

    pub fn is_empty(&self) -> bool {
        self.sector.is_none() && self.country.is_none() && self.size.is_none() && self.tags.is_empty()
    }

    pub fn matches(&self, sector: &str, country: &str, size: &str, tags: &[String]) -> bool {
        self.sector.as_deref().is_none_or(|s| s == sector)
            && self.country.as_deref().is_none_or(|c| c == country)
            && self.size.as_deref().is_none_or(|z| z == size)
            && self.tags.iter().all(|t| tags.contains(t))
    }
}

impl fmt::Display for PeerFilter {
    /// The canonical form: `sector=…,country=…,size=…,tag=…` ("" for all peers).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(s) = &self.sector {
            parts.push(format!("sector={s}"));
        }
        if let Some(c) = &self.country {
            parts.push(format!("country={c}"));
        }
        if let Some(z) = &self.size {
            parts.push(format!("size={z}"));
        }
        parts.extend(self.tags.iter().map(|t| format!("tag={t}")));
        f.write_str(&parts.join(","))
    }
}

/// Linear interpolation between closest ranks of `sorted` (non-empty, ascending).
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// Why a value has no rank and percentile although its peers have statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Unranked {
    /// Not every question (of the assessment, or of the dimension) is answered yet.
    Incomplete,
    /// The agency has no value here (nothing answered with a level).
    NoValue,
}

/// The peers' five-number summary; every one null below [`MIN_PEERS`] peers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FiveNumbers {
    pub min: Option<f64>,
    pub q1: Option<f64>,
    pub median: Option<f64>,
    pub q3: Option<f64>,
    pub max: Option<f64>,
}

impl FiveNumbers {
    /// The same summary on another scale (`f` must keep the order, as the index does).
    pub fn map(self, f: impl Fn(f64) -> f64) -> FiveNumbers {
        let g = |v: Option<f64>| v.map(&f);
        FiveNumbers { min: g(self.min), q1: g(self.q1), median: g(self.median), q3: g(self.q3), max: g(self.max) }
    }
}

/// A value and the peers' five-number summary on the 0–100 index scale (null where the
/// 1–5 value is null).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IndexStats {
    pub value: Option<f64>,
    #[serde(flatten)]
    pub five: FiveNumbers,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Stats {
    /// The agency's own value (null when it has none).
    pub value: Option<f64>,
    pub n: usize,
    #[serde(flatten)]
    pub five: FiveNumbers,
    pub rank: Option<usize>,
    pub percentile: Option<f64>,
    /// Set when the peers have statistics but the value is not ranked (see the module docs).
    pub unranked: Option<Unranked>,
    /// The same on the 0–100 index scale (filled by [`Stats::on_scale`]).
    pub index: IndexStats,
}

impl Stats {
    /// Withholds the rank and percentile of a value that may not be ranked (`rankable`
    /// false: not fully answered), saying why.
    pub fn ranked_if(mut self, rankable: bool) -> Stats {
        let why = match (self.value, rankable) {
            (None, _) => Some(Unranked::NoValue),
            (Some(_), false) => Some(Unranked::Incomplete),
            (Some(_), true) => None,
        };
        if self.five.median.is_some() && why.is_some() {
            (self.rank, self.percentile, self.unranked) = (None, None, why);
        }
        self
    }

    /// Fills `index` for a framework with `levels` levels.
    pub fn on_scale(mut self, levels: u8) -> Stats {
        let ix = |x: f64| index_of(x, levels);
        self.index = IndexStats { value: self.value.map(ix), five: self.five.map(ix) };
        self
    }
}

fn tidy(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

/// Statistics of `peers` and the position of `value` among them. With fewer than
/// [`MIN_PEERS`] peers every statistic is null (only n is given). The index scale and
/// the ranking rule are added by [`Stats::on_scale`] and [`Stats::ranked_if`].
pub fn stats(value: Option<f64>, peers: &[f64]) -> Stats {
    let n = peers.len();
    let empty = Stats { value, n, five: FiveNumbers::default(), rank: None, percentile: None, unranked: None, index: IndexStats::default() };
    if n < MIN_PEERS {
        return empty;
    }
    let mut sorted = peers.to_vec();
    sorted.sort_by(f64::total_cmp);
    // Scores are compared after removing float noise, so equal scores are equal.
    let position = value.map(|v| {
        let v = tidy(v);
        let higher = sorted.iter().filter(|&&p| tidy(p) > v).count();
        let lower = sorted.iter().filter(|&&p| tidy(p) < v).count();
        let equal = n - higher - lower;
        (1 + higher, tidy(100.0 * (lower as f64 + 0.5 * equal as f64) / n as f64))
    });
    Stats {
        five: FiveNumbers {
            min: Some(sorted[0]),
            q1: Some(tidy(quantile(&sorted, 0.25))),
            median: Some(tidy(quantile(&sorted, 0.5))),
            q3: Some(tidy(quantile(&sorted, 0.75))),
            max: Some(sorted[n - 1]),
        },
        rank: position.map(|p| p.0),
        percentile: position.map(|p| (p.1 * 10.0).round() / 10.0),
        ..empty
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PeerGroup {
    pub filter: String,
    pub n: usize,
    /// The smallest group shown (the k ≥ 3 rule), so that no client restates it.
    pub min: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DimensionStats {
    pub id: String,
    #[serde(flatten)]
    pub stats: Stats,
}

/// The [`Benchmark::reason`] of a group of fewer than [`MIN_PEERS`] peers.
pub const TOO_FEW_PEERS: &str = "too_few_peers";

/// The `mizan benchmark --json` document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Benchmark {
    pub peers: PeerGroup,
    pub overall: Option<Stats>,
    pub dimensions: Option<Vec<DimensionStats>>,
    /// Questions not yet answered (nor marked not applicable): the overall rank is given
    /// once this is 0.
    pub questions_left: u32,
    /// Why there is no comparison, as a code the UI, the report and the CLI translate:
    /// [`TOO_FEW_PEERS`] (fewer than `peers.min` peers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One peer's scores: the overall score and one entry per dimension of the framework
/// (in framework order; None where the peer has no score).
#[derive(Debug, Clone, PartialEq)]
pub struct PeerScores {
    pub overall: Option<f64>,
    pub dimensions: Vec<Option<f64>>,
}

/// The agency being compared: its scores and how far it is answered, which decides what
/// may be ranked.
#[derive(Debug, Clone, PartialEq)]
pub struct Own {
    pub scores: PeerScores,
    /// Questions not answered nor marked not applicable, in all.
    pub questions_left: u32,
    /// Per dimension (framework order): every question of it answered or not applicable.
    pub dimensions_complete: Vec<bool>,
}

impl Own {
    pub fn of(scores: &Scores) -> Own {
        Own {
            scores: PeerScores { overall: scores.overall.score, dimensions: scores.dimensions.iter().map(|d| d.score).collect() },
            questions_left: scores.dimensions.iter().map(|d| d.questions.saturating_sub(d.answered)).sum(),
            dimensions_complete: scores.dimensions.iter().map(|d| d.answered >= d.questions).collect(),
        }
    }

    /// Fully answered scores (for tests and for peers compared as an agency).
    pub fn complete(scores: PeerScores) -> Own {
        let dimensions_complete = vec![true; scores.dimensions.len()];
        Own { scores, questions_left: 0, dimensions_complete }
    }
}

/// Compares the agency (`own`) with `peers`, dimension by dimension, for a framework with
/// `levels` levels.
pub fn compare(filter: &PeerFilter, dimension_ids: &[String], levels: u8, own: &Own, peers: &[PeerScores]) -> Benchmark {
    let group = PeerGroup { filter: filter.to_string(), n: peers.len(), min: MIN_PEERS };
    if peers.len() < MIN_PEERS {
        return Benchmark {
            peers: group,
            overall: None,
            dimensions: None,
            questions_left: own.questions_left,
            reason: Some(TOO_FEW_PEERS.into()),
        };
    }
    let overall_values: Vec<f64> = peers.iter().filter_map(|p| p.overall).collect();
    let dimensions = dimension_ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let values: Vec<f64> = peers.iter().filter_map(|p| p.dimensions.get(i).copied().flatten()).collect();
            let complete = own.dimensions_complete.get(i).copied().unwrap_or(false);
            let stats = stats(own.scores.dimensions.get(i).copied().flatten(), &values).ranked_if(complete).on_scale(levels);
            DimensionStats { id: id.clone(), stats }
        })
        .collect();
    let overall = stats(own.scores.overall, &overall_values).ranked_if(own.questions_left == 0).on_scale(levels);
    Benchmark { peers: group, overall: Some(overall), dimensions: Some(dimensions), questions_left: own.questions_left, reason: None }
}

#[cfg(test)]
mod tests;
