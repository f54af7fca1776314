//! The assessment as it is exchanged, stored and scored.
//!
//! `AssessmentDoc` is exactly the exchange file (`*.mizan.json`); the store loads an
//! assessment into it, scoring reads it, export writes it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

pub const EXCHANGE_FORMAT: &str = "mizan.assessment";
pub const EXCHANGE_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    #[serde(rename = "self")]
    SelfAssessment,
    Interview,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::SelfAssessment => "self",
            Mode::Interview => "interview",
        }
    }
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "self" => Some(Mode::SelfAssessment),
            "interview" => Some(Mode::Interview),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Final,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Final => "final",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "draft" => Some(Status::Draft),
            "final" => Some(Status::Final),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AgencyInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    pub name: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub size: String,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AssessmentMeta {
    pub id: Uuid,
    /// Empty when none was given: a display says "untitled" in its language.
    pub title: String,
    pub mode: Mode,
    pub status: Status,
    pub agency: AgencyInfo,
    #[serde(default)]
    pub targets: BTreeMap<String, u8>,
    pub created_at: String,
    pub updated_at: String,
    pub finalized_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    pub id: Uuid,
    /// Empty for the one respondent of a self-assessment (the agency itself): a display
    /// names it in its language. Databases of earlier versions hold "Self-assessment".
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub unit: String,
    /// The day of the interview, `YYYY-MM-DD`; left out of the file when not set, so
    /// files without dates stay readable by earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewed_on: Option<String>,
}

impl Respondent {
    /// The one respondent of a self-assessment, the agency itself: no name is stored.
    pub fn implicit(id: Uuid) -> Self {
        Respondent { id, name: String::new(), role: String::new(), unit: String::new(), interviewed_on: None }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub respondent: Uuid,
    pub question: String,
    pub level: Option<u8>,
    #[serde(default)]
    pub not_applicable: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub evidence: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Consensus {
    pub question: String,
    pub level: u8,
    #[serde(default)]
    pub rationale: String,
    pub updated_at: String,
}

/// One assessment, complete: the exchange file's document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AssessmentDoc {
    pub format: String,
    pub format_version: u32,
    pub framework: FrameworkRef,
    pub assessment: AssessmentMeta,
    #[serde(default)]
    pub respondents: Vec<Respondent>,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub consensus: Vec<Consensus>,
}

/// What a list shows of an assessment; read from the stored score summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AssessmentSummary {
    pub id: Uuid,
    pub title: String,
    pub agency: AgencySummary,
    pub framework: FrameworkRef,
    pub framework_title: String,
    pub mode: Mode,
    pub status: Status,
    /// The stored overall figures (the stage named in the language asked for); flattened,
    /// so the wire keeps `score`, `index`, `stage`, `stage_name` at the top level.
    #[serde(flatten)]
    pub overall: crate::scoring::Overall,
    pub completeness: f64,
    pub answered: u32,
    pub questions: u32,
    pub created_at: String,
    pub updated_at: String,
    pub finalized_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AgencySummary {
    pub id: Uuid,
    pub name: String,
    pub sector: String,
    pub country: String,
    pub size: String,
    pub tags: Vec<String>,
}

/// Input for a new assessment.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct NewAssessment {
    pub title: String,
    pub agency: NewAgency,
    pub framework_id: String,
    #[serde(default)]
    pub framework_version: Option<String>,
    pub mode: Mode,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct NewAgency {
    pub name: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub size: String,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A respondent as the consultant types them in (add and edit).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct RespondentInput {
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub unit: String,
    /// `YYYY-MM-DD`; empty or absent: not set.
    #[serde(default)]
    pub interviewed_on: Option<String>,
}

/// One answer as the questionnaire gives it.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    pub assessment: Uuid,
    pub respondent: Uuid,
    pub question: String,
    pub level: Option<u8>,
    #[serde(default)]
    pub not_applicable: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AssessmentDetail {
    pub summary: AssessmentSummary,
    pub targets: BTreeMap<String, u8>,
    pub respondents: Vec<Respondent>,
    pub answers: Vec<Answer>,
    pub position: Option<String>,
}

/// Normalises an agency name for identity: trimmed, case-folded, inner spaces collapsed.
pub fn agency_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}
