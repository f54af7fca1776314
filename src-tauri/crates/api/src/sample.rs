//! Sample data: fictional agencies for a first look at benchmarking.

use crate::error::Result;
use crate::session::Session;
use crate::wire::SampleLoaded;

/// Fills an empty database with fictional sample agencies (`conflict` when not empty).
pub fn load_sample_data(session: &Session) -> Result<SampleLoaded> {
    Ok(SampleLoaded { assessments: session.store()?.load_sample_data()? })
}
