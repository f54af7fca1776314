//! Timestamps: RFC 3339 UTC with millisecond precision, in storage and in files,
//! so that export → import → export is byte-identical.

use chrono::{DateTime, SecondsFormat, Utc};

pub fn now() -> String {
    format(Utc::now())
}

pub fn format(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Parses any RFC 3339 timestamp and returns it normalised to UTC milliseconds.
pub fn normalize(s: &str) -> Option<String> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| format(t.with_timezone(&Utc)))
}

pub fn parse(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}
