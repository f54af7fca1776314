//! Arguments as the webview sends them, decoded into the engine's types. A malformed one
//! is an `invalid_input` error naming the argument (and the field inside it).

use crate::error::{Error, Result};
use crate::wire::PeerFilterInput;
use mizan_core::benchmark::PeerFilter;
use mizan_core::Lang;
use serde::de::DeserializeOwned;
use serde_json::Value;
use uuid::Uuid;

/// `lang` as the webview sends it; absent means English.
pub fn lang(lang: Option<&str>) -> Result<Lang> {
    match lang {
        None => Ok(Lang::En),
        Some(code) => Lang::parse(code)
            .ok_or_else(|| Error::invalid_input(format!("language `{code}` is not supported: use en, fr or ar"))),
    }
}

/// An assessment id: a full UUID (the IPC takes no prefixes, unlike the command line).
pub fn assessment_id(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id.trim()).map_err(|_| {
        Error::invalid_input(format!(
            "`{}` is not an assessment id: expected a UUID such as 6f1c2a9e-0b4d-4c1e-9a57-3d2f8e7b1c00",
            truncate(id, 60)
        ))
    })
}

pub fn respondent_id(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id.trim()).map_err(|_| Error::invalid_input(format!("`{}` is not a respondent id (a UUID)", truncate(id, 60))))
}

pub fn agency_id(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id.trim()).map_err(|_| Error::invalid_input(format!("`{}` is not an agency id (a UUID)", truncate(id, 60))))
}

/// Decodes a structured argument. Taking JSON and decoding it here (not in Tauri's
/// argument layer) makes a malformed input a `{ code, message }` error naming the field.
pub fn json<T: DeserializeOwned>(command: &str, arg: &str, value: Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let at = if path == "." { arg.to_string() } else { format!("{arg}.{path}") };
        Error::invalid_input(format!("{command}: `{at}`: {}", e.inner()))
    })
}

/// The optional `filter` argument: null means every peer.
pub fn peer_filter(command: &str, filter: Value) -> Result<PeerFilter> {
    if filter.is_null() {
        return Ok(PeerFilter::default());
    }
    json::<PeerFilterInput>(command, "filter", filter).map(PeerFilterInput::into_filter)
}

/// At most `max` characters of `s`, so a huge argument is never echoed back whole.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
