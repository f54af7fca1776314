//! Sample data: fictional agencies for a first look at benchmarking.

use crate::decode;
use crate::error::Result;
use crate::session::Session;
use crate::wire::SampleLoaded;

/// Fills an empty database with fictional sample agencies, named in `lang` (absent:
/// English); `conflict` when not empty.
pub fn load_sample_data(session: &Session, lang: Option<&str>) -> Result<SampleLoaded> {
    let lang = decode::lang(lang)?;
    Ok(SampleLoaded { assessments: session.store()?.load_sample_data(lang)? })
}

/// Adds the fictional interview in progress (four respondents, a few disagreements, two
/// settled by consensus), written in `lang`, to any database; again, it changes nothing.
pub fn load_interview_sample(session: &Session, lang: Option<&str>) -> Result<mizan_core::store::ImportReport> {
    let lang = decode::lang(lang)?;
    Ok(session.store()?.load_interview_sample(lang)?)
}
