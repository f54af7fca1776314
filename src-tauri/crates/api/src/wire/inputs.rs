//! Structured arguments of the webview that are not the engine's own input types.

use mizan_core::benchmark::PeerFilter;
use serde::Deserialize;

/// The compare view's peer filter; empty strings mean "any", and every field may be left out.
#[derive(Debug, Default, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields)]
pub struct PeerFilterInput {
    pub sector: Option<String>,
    pub country: Option<String>,
    pub size: Option<String>,
    pub tags: Vec<String>,
}

impl PeerFilterInput {
    pub fn into_filter(self) -> PeerFilter {
        let some = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        PeerFilter {
            sector: some(self.sector),
            country: some(self.country).map(|c| c.to_ascii_uppercase()),
            size: some(self.size),
            tags: self.tags.into_iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
        }
    }
}

/// The report dialog's choices (`choices` of `export_report` and `preview_report`); every
/// field may be left out: PDF, English, A4, all peers, every section, respondents unnamed.
#[derive(Debug, Default, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields)]
pub struct ReportChoicesInput {
    /// `pdf` or `docx`.
    pub format: Option<String>,
    /// `en`, `fr` or `ar`.
    pub lang: Option<String>,
    /// `a4` or `letter`.
    pub paper: Option<String>,
    /// `latin` (0-9, the default) or `arabic` (Arabic-Indic), as the interface's setting.
    pub digits: Option<String>,
    /// The peer group, as the compare view filters it (null: every peer).
    pub filter: Option<PeerFilterInput>,
    /// The optional sections to include (`dimensions`, `roadmap`, `benchmark`,
    /// `methodology`, `respondents`); null: all. The executive summary is always there
    /// (`summary` may be listed and changes nothing).
    pub sections: Option<Vec<String>>,
    /// Name an interview's respondents (else role and unit).
    pub respondents: bool,
}

/// `set_consensus`'s input: the level agreed for a question, and why.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ConsensusInput {
    pub question: String,
    pub level: u8,
    pub rationale: String,
}
