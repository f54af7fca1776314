//! Benchmarking: an assessment against its peers (k ≥ 3), and its agency's trend.

use crate::decode;
use crate::error::Result;
use crate::session::Session;
use mizan_core::benchmark::{Benchmark, PeerFilter};
use mizan_core::store::Comparison;
use mizan_core::{AssessmentDoc, Framework, Lang};
use serde_json::Value;

pub fn compare_assessment(session: &Session, id: &str, filter: Value) -> Result<Comparison> {
    let id = decode::assessment_id(id)?;
    let filter = decode::peer_filter("compare_assessment", filter)?;
    Ok(session.store()?.comparison(id, &filter)?)
}

/// The benchmark of any assessment (stored or read from a file) against the stored peers
/// (`mizan benchmark`).
pub fn benchmark(session: &Session, doc: &AssessmentDoc, framework: &Framework, filter: &PeerFilter) -> Result<Benchmark> {
    let scores = mizan_core::score(framework, doc, Lang::En);
    Ok(session.store_or_empty()?.benchmark(doc, &scores, filter)?)
}
