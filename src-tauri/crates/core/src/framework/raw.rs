//! The file as written, with the place of every value, before validation.
//! Unknown keys are refused everywhere (`deny_unknown_fields`): a misspelt optional
//! field would otherwise vanish without a word.

use crate::text::Text;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

fn default_weight() -> Spanned<f64> {
    Spanned::new(0..0, 1.0)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFramework {
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    pub title: Spanned<Text>,
    pub description: Spanned<Text>,
    pub changes: Option<Spanned<Text>>,
    pub methodology: Option<RawMethodology>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    pub levels: Spanned<Vec<Spanned<RawLevel>>>,
    pub dimensions: Spanned<Vec<Spanned<RawDimension>>>,
    pub questions: Spanned<Vec<Spanned<RawQuestion>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMethodology {
    pub measures: Spanned<Text>,
    pub levels: Spanned<Text>,
    pub best_fit: Spanned<Text>,
    pub not_covered: Spanned<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub title: Spanned<Text>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub year: Option<u16>,
    pub note: Option<Spanned<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLevel {
    pub name: Spanned<Text>,
    pub description: Spanned<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDimension {
    pub id: Spanned<String>,
    pub title: Spanned<Text>,
    pub description: Spanned<Text>,
    #[serde(default = "default_weight")]
    pub weight: Spanned<f64>,
    pub weight_rationale: Option<Spanned<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub id: Spanned<String>,
    pub dimension: Spanned<String>,
    pub text: Spanned<Text>,
    pub guidance: Spanned<Text>,
    #[serde(default = "default_weight")]
    pub weight: Spanned<f64>,
    pub weight_rationale: Option<Spanned<Text>>,
    pub levels: Spanned<Vec<Spanned<Text>>>,
    pub recommendations: Spanned<Vec<Spanned<Text>>>,
    #[serde(default)]
    pub evidence: Vec<Spanned<Text>>,
    pub owner: Option<Spanned<Text>>,
    #[serde(default)]
    pub depends_on: Vec<Spanned<String>>,
    #[serde(default)]
    pub see_also: Vec<Spanned<String>>,
    #[serde(default)]
    pub indicators: Vec<Spanned<String>>,
    /// Keys are level numbers written as TOML keys (`3 = "..."`), hence strings.
    #[serde(default)]
    pub evidence_expected: BTreeMap<Spanned<String>, Spanned<Text>>,
}
