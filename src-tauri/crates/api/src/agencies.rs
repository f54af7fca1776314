//! Agencies: editing an agency's profile (name, sector, country, size, tags).

use crate::decode;
use crate::error::Result;
use crate::session::Session;
use mizan_core::store::AgencyProfile;
use mizan_core::AgencySummary;
use serde_json::Value;

pub fn update_agency(session: &Session, id: &str, profile: Value) -> Result<AgencySummary> {
    let id = decode::agency_id(id)?;
    let profile: AgencyProfile = decode::json("update_agency", "profile", profile)?;
    Ok(session.store()?.update_agency(id, profile)?)
}
