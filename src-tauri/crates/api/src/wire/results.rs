//! What use cases return, where the engine has no type of its own for it.

use crate::error::Error;
use mizan_core::store::backup::BackupInfo;
use mizan_core::store::ImportReport;
use mizan_core::{Answer, AssessmentSummary};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SavedAnswer {
    pub answer: Answer,
    pub summary: AssessmentSummary,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    pub data_dir: String,
    /// Not in the first contract: why the database could not be opened, if it could not.
    pub db_error: Option<Error>,
    /// Set when the database failed its check at start and was moved aside: where it went
    /// and the newest good backup to offer.
    pub recovery: Option<Recovery>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recovery {
    pub moved_aside: String,
    pub newest_backup: Option<BackupInfo>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PackExported {
    pub path: String,
    pub assessments: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportExported {
    pub path: String,
    pub pages: usize,
    pub bytes: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SampleLoaded {
    pub assessments: usize,
}

/// One file of an `import_exchange`: its merge report, or why it was refused (then
/// nothing of it was imported).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportOutcome {
    pub file: String,
    pub report: Option<ImportReport>,
    pub error: Option<Error>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExchangeExported {
    pub path: String,
    pub bytes: usize,
}

/// The two CSV files of `export_csv`: one row per answer, and the dimension scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CsvExported {
    pub path: String,
    pub dimensions_path: String,
    /// Answer rows (without the header).
    pub rows: usize,
}
