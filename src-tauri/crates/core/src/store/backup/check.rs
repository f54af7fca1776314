//! What a database file holds and whether it can be used: the check behind every
//! listing, restore confirmation and safe open.

use super::retention::{backup_files, day_in_name};
use chrono::Utc;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupInfo {
    pub path: PathBuf,
    /// The day of the backup (from its name, `mizan-YYYY-MM-DD*.db`).
    pub date: Option<String>,
    pub bytes: u64,
    /// When the file was written (RFC 3339, UTC), to tell apart backups of one day.
    pub made_at: Option<String>,
    pub assessments: Option<i64>,
    /// Agencies with at least one assessment.
    pub agencies: Option<i64>,
    /// When its newest answer or change was made (RFC 3339), so a restore names what it
    /// brings back even for a backup file renamed by the user.
    pub last_change: Option<String>,
    pub ok: bool,
}

/// What a database file holds, as far as a restore confirmation needs to say.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Contents {
    assessments: i64,
    agencies: i64,
}

/// Why a database file cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckFailure {
    /// Its content is damaged or it is not a database: move it aside.
    Damaged(String),
    /// It could not be read (locked, no permission, a folder gone): the file itself may
    /// be fine, so it is left exactly where it is.
    Unreadable(String),
}

impl std::fmt::Display for CheckFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckFailure::Damaged(why) | CheckFailure::Unreadable(why) => f.write_str(why),
        }
    }
}

fn classify(e: rusqlite::Error) -> CheckFailure {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => CheckFailure::Damaged(e.to_string()),
        _ => CheckFailure::Unreadable(e.to_string()),
    }
}

/// `PRAGMA quick_check` on a file, read-only; `Ok` is its number of live assessments,
/// `Err` the reason it is not usable.
pub fn check_file(path: &Path) -> std::result::Result<i64, CheckFailure> {
    inspect(path).map(|(contents, _)| contents.assessments)
}

fn inspect(path: &Path) -> std::result::Result<(Contents, Option<String>), CheckFailure> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(classify)?;
    // Another Mizan (or the CLI) writing at this moment is not damage: wait for it.
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(classify)?;
    let verdict: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(classify)?;
    if verdict != "ok" {
        return Err(CheckFailure::Damaged(verdict));
    }
    let has_table: bool = conn
        .query_row("SELECT count(*) > 0 FROM sqlite_schema WHERE name = 'assessments'", [], |r| r.get(0))
        .map_err(classify)?;
    if !has_table {
        return Ok((Contents::default(), None));
    }
    let contents = conn
        .query_row(
            "SELECT count(*), count(DISTINCT agency_id) FROM assessments WHERE deleted_at IS NULL",
            [],
            |r| Ok(Contents { assessments: r.get(0)?, agencies: r.get(1)? }),
        )
        .map_err(|e| match e.sqlite_error_code() {
            // SQLITE_ERROR here is a missing column: some other program's database.
            Some(rusqlite::ErrorCode::Unknown) => CheckFailure::Damaged(format!("not a Mizan database: {e}")),
            _ => classify(e),
        })?;
    let last_change: Option<String> = conn.query_row("SELECT max(at) FROM change_log", [], |r| r.get(0)).unwrap_or(None);
    Ok((contents, last_change))
}

pub fn describe(path: &Path) -> BackupInfo {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let date = day_in_name(name).map(|d| d.to_string());
    let checked = inspect(path);
    let (contents, last_change) = checked.clone().map(|(c, l)| (Some(c), l)).unwrap_or((None, None));
    BackupInfo {
        path: path.to_path_buf(),
        date: date.or_else(|| last_change.as_ref().and_then(|l| l.get(..10)).map(String::from)),
        bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        made_at: std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .map(|t| chrono::DateTime::<Utc>::from(t).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        assessments: contents.map(|c| c.assessments),
        agencies: contents.map(|c| c.agencies),
        last_change,
        ok: checked.is_ok(),
    }
}

/// Backups in `dir`, newest first.
pub fn list_backups(dir: &Path) -> Vec<BackupInfo> {
    backup_files(dir).iter().map(|(_, path)| describe(path)).collect()
}
