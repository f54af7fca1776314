//! The strongest and weakest dimensions.

use super::DimensionReport;
use mizan_core::scoring::stage_of;

/// How many dimensions each list names at most.
pub const LISTED: usize = 3;

/// The lists are given only when at least half of the dimensions have a score: the
/// "strongest" of three scored dimensions out of nine says little about the agency.
pub fn enough_scored(scored: usize, total: usize) -> bool {
    scored * 2 >= total && scored > 0
}

#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    /// Position of the dimension in the framework.
    pub dimension: usize,
    pub score: f64,
    pub stage: u8,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Highlights {
    /// Highest scores first; ties in framework order.
    pub strongest: Vec<Highlight>,
    /// Lowest scores first; never a dimension already among the strongest.
    pub weakest: Vec<Highlight>,
    /// Scored dimensions and all dimensions, when too few have a score for the lists
    /// (see [`enough_scored`]); both lists are then empty.
    pub withheld: Option<(usize, usize)>,
}

pub(super) fn build(dimensions: &[DimensionReport], levels: u8) -> Highlights {
    let mut scored: Vec<(usize, f64)> = dimensions.iter().enumerate().filter_map(|(i, d)| d.score.map(|s| (i, s))).collect();
    if !enough_scored(scored.len(), dimensions.len()) {
        return Highlights { strongest: Vec::new(), weakest: Vec::new(), withheld: Some((scored.len(), dimensions.len())) };
    }
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let strongest: Vec<(usize, f64)> = scored.iter().take(LISTED).copied().collect();
    let mut weakest: Vec<(usize, f64)> = scored.iter().rev().filter(|d| !strongest.iter().any(|s| s.0 == d.0)).take(LISTED).copied().collect();
    weakest.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let highlight = |&(dimension, score): &(usize, f64)| Highlight { dimension, score, stage: stage_of(score, levels) };
    Highlights { strongest: strongest.iter().map(highlight).collect(), weakest: weakest.iter().map(highlight).collect(), withheld: None }
}
