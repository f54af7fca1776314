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
    /// `pdf` or `docx`.
    pub format: String,
    /// Pages of a PDF; null for a Word document (Word lays out its own pages).
    pub pages: Option<usize>,
    pub bytes: usize,
}

/// The first page of a report, as a PNG (`preview_report`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportPreview {
    /// The PNG, base64-encoded.
    pub png: String,
    pub width: u32,
    pub height: u32,
    /// Pages of the whole report as a PDF.
    pub pages: usize,
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
    /// Set when the file was refused because it would change an assessment that is final
    /// here (`error.code` `final`): the app asks, and `import_reopened` with this offer's
    /// token reopens the assessment and imports the file.
    pub reopen: Option<ReopenOffer>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReopenOffer {
    /// Names the refused file for `import_reopened` (the webview never names a path).
    pub token: u32,
    pub assessment: String,
    pub title: String,
}

/// What the window tells the webview while files are dragged over it and dropped
/// (the shell sends these on the channel given to `watch_drops`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DropEvent {
    /// Files are dragged over the window: show where to drop them.
    Hover { files: u32 },
    /// The drag left the window or was cancelled.
    Leave,
    /// Files were dropped; their import has started.
    Importing { files: u32 },
    /// Each dropped file merged or refused, as `import_exchange` says it.
    Imported { outcomes: Vec<ImportOutcome> },
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
