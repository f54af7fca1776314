//! Sample data: fictional agencies for a first look at benchmarking.

use crate::error::Result;
use crate::session::Session;
use crate::wire::SampleLoaded;

/// Fills an empty database with fictional sample agencies (`conflict` when not empty).
pub fn load_sample_data(session: &Session) -> Result<SampleLoaded> {
    Ok(SampleLoaded { assessments: session.store()?.load_sample_data()? })
}

/// Adds the fictional interview in progress (four respondents, a few disagreements, two
/// settled by consensus) to any database; again, it changes nothing.
pub fn load_interview_sample(session: &Session) -> Result<mizan_core::store::ImportReport> {
    Ok(session.store()?.load_interview_sample()?)
}
