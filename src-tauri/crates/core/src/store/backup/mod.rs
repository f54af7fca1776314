//! Backups and recovery: `VACUUM INTO` copies (consistent even while the app writes),
//! a daily generation on first start, one before every migration, 7 daily and 4 weekly
//! kept; a database that fails `quick_check` is moved aside, never overwritten.
//!
//! By concern: `check` (what a file holds, whether it is usable), `copy` (consistent
//! copies and the guard against writing over the live database), `retention` (which
//! generations are kept), `restore` (putting a backup in place), `open` (the app's safe
//! open: damage moved aside, a copy before a migration).

mod check;
mod copy;
mod open;
mod restore;
mod retention;

pub use check::{check_file, describe, list_backups, BackupInfo, CheckFailure};
pub use copy::{backup_before_migration, daily_backup, is_live_file};
pub use open::OpenReport;
pub use restore::{refuse_newer, restore, Restored};
pub use retention::{listed_backup, prune, KEEP_BEFORE_RESTORE, KEEP_DAILY, KEEP_WEEKLY};

use crate::error::{CoreError, Result};
use chrono::Utc;
use std::path::{Path, PathBuf};

/// Held while a daily backup reads the database file or a restore replaces it, so that
/// the app's backup thread never copies a file that a restore is swapping out.
static FILE_SWAP: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn swap_guard() -> std::sync::MutexGuard<'static, ()> {
    FILE_SWAP.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent().map(|p| p.join("backups")).unwrap_or_else(|| PathBuf::from("backups"))
}

fn move_aside(db: &Path) -> Result<PathBuf> {
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let target = db.with_file_name(format!("{}.damaged-{stamp}", db.file_name().and_then(|n| n.to_str()).unwrap_or("mizan.db")));
    std::fs::rename(db, &target).map_err(|e| CoreError::io(db, e))?;
    for ext in ["-wal", "-shm"] {
        let side = with_suffix(db, ext);
        if side.exists() {
            let _ = std::fs::rename(&side, with_suffix(&target, ext));
        }
    }
    Ok(target)
}

/// `path` with `suffix` appended to its file name (`mizan.db` → `mizan.db-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests;
