//! Which backup generations are kept: 7 daily, the newest of each of 4 weeks before
//! them, the 5 newest copies made before a restore; nothing else is ever deleted.

use chrono::{Datelike, NaiveDate};
use std::path::{Path, PathBuf};

pub const KEEP_DAILY: usize = 7;

pub const KEEP_WEEKLY: usize = 4;

/// Copies kept by restores (each one undoes a restore): the newest few are enough.
pub const KEEP_BEFORE_RESTORE: usize = 5;

/// The backup files in `dir` (`mizan-*.db`) by name, newest first (names start with their date).
pub(super) fn backup_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
        .filter(|(name, _)| name.starts_with("mizan-") && name.ends_with(".db"))
        .collect();
    found.sort();
    found.reverse();
    found
}

/// The day a backup's name starts with (`mizan-YYYY-MM-DD….db`).
pub(super) fn day_in_name(name: &str) -> Option<NaiveDate> {
    let day = name.strip_prefix("mizan-")?.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// The newest day in the names of the backups in `dir` (`mizan-YYYY-MM-DD….db`).
pub(super) fn newest_backup_day(dir: &Path) -> Option<String> {
    backup_files(dir).iter().filter_map(|(name, _)| day_in_name(name)).max().map(|d| d.to_string())
}

/// Keeps the 7 newest daily backups and the newest of each of the 4 weeks before them,
/// and the 5 newest copies made before a restore; pre-migration backups are kept (they are
/// rare and precious), and so are backups the user made.
pub fn prune(dir: &Path) {
    let files = backup_files(dir);
    let before_restore = files.iter().filter(|(name, _)| name.ends_with("-before-restore.db"));
    for (_, old) in before_restore.skip(KEEP_BEFORE_RESTORE) {
        let _ = std::fs::remove_file(old);
    }

    // Daily backups are named by their day alone (`mizan-YYYY-MM-DD.db`).
    let daily: Vec<(NaiveDate, &PathBuf)> = files
        .iter()
        .filter_map(|(name, path)| {
            let day = name.strip_prefix("mizan-")?.strip_suffix(".db")?;
            NaiveDate::parse_from_str(day, "%Y-%m-%d").ok().map(|d| (d, path))
        })
        .collect();
    let mut weeks_kept: Vec<(i32, u32)> = Vec::new();
    for (i, (day, path)) in daily.iter().enumerate() {
        if i < KEEP_DAILY {
            continue;
        }
        let week = (day.iso_week().year(), day.iso_week().week());
        if weeks_kept.len() < KEEP_WEEKLY && !weeks_kept.contains(&week) {
            weeks_kept.push(week);
            continue;
        }
        let _ = std::fs::remove_file(path);
    }
}

/// The backup called `name` in `dir`, if the folder's listing holds it: a bare name from
/// the webview is taken only when it is one of these.
pub fn listed_backup(dir: &Path, name: &str) -> Option<PathBuf> {
    backup_files(dir).into_iter().find(|(listed, _)| listed == name).map(|(_, path)| path)
}
