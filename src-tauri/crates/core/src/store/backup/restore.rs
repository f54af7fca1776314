//! Restoring a backup: checked first, the current database kept (so a restore can be
//! undone), the copy whole before anything is moved.

use super::check::{check_file, describe, BackupInfo, CheckFailure};
use super::copy::{copy_database, is_live_file};
use super::retention::prune;
use super::{backups_dir, move_aside, swap_guard, with_suffix};
use crate::error::{CoreError, Result};
use crate::store::{schema, DbResult};
use chrono::Utc;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Refuses a backup written by a newer Mizan: restored, it could not be opened.
pub fn refuse_newer(backup: &Path) -> Result<()> {
    let name = backup.display().to_string();
    let version: i64 = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get(0)))
        .db(&name)?;
    if version > schema::MIGRATIONS.len() as i64 {
        return Err(CoreError::InvalidInput(format!(
            "{name} was written by a newer Mizan (schema {version}): update Mizan to restore it; nothing was changed"
        )));
    }
    Ok(())
}

/// Keeps the database a restore is about to replace: a checked copy in the backups folder
/// (written under a temporary name, then renamed), or, if it cannot be read as a
/// database, the file itself moved aside.
fn keep_current(db: &Path) -> Result<Option<PathBuf>> {
    if !db.exists() {
        return Ok(None);
    }
    match check_file(db) {
        Err(CheckFailure::Damaged(_)) => return move_aside(db).map(Some),
        // Perhaps healthy but in use or not readable: not replaced, not moved.
        Err(CheckFailure::Unreadable(why)) => {
            return Err(CoreError::InvalidInput(format!(
                "{}: cannot be read to keep a copy before the restore ({why}). Close other programs using it (the mizan command, another window) and check its permissions, then try again; nothing was changed",
                db.display()
            )))
        }
        Ok(_) => {}
    }
    let dir = backups_dir(db);
    std::fs::create_dir_all(&dir).map_err(|e| CoreError::io(&dir, e))?;
    let safety = dir.join(format!("mizan-{}-before-restore.db", Utc::now().format("%Y-%m-%dT%H%M%S%.3f")));
    copy_database(db, &safety)?;
    Ok(Some(safety))
}

/// What a restore did.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Restored {
    pub from: BackupInfo,
    /// The database as it was just before, kept so that the restore can be undone.
    pub safety_copy: Option<PathBuf>,
}

/// Replaces the database at `db` by `backup` (checked first). The current database is
/// itself backed up, so a restore can be undone. No connection to `db` may be open.
pub fn restore(db: &Path, backup: &Path) -> Result<Restored> {
    if !backup.is_file() {
        return Err(CoreError::io(backup, std::io::Error::new(std::io::ErrorKind::NotFound, "no such backup file")));
    }
    if is_live_file(db, backup) {
        return Err(CoreError::InvalidInput(format!("{} is the database in use, not a backup: choose a backup file", backup.display())));
    }
    let info = describe(backup);
    if !info.ok {
        return Err(CoreError::InvalidInput(format!("{} is not a usable Mizan backup: it fails its integrity check", backup.display())));
    }
    refuse_newer(backup)?;
    let _swap = swap_guard();
    // The copy is made first, from the backup as SQLite reads it (with any `-wal` beside
    // it): exactly what the confirmation described, whole before anything is moved.
    let tmp = with_suffix(db, ".restoring");
    // Opened for writing: Windows refuses to flush a file opened read-only.
    let copied = copy_database(backup, &tmp).and_then(|_| {
        std::fs::OpenOptions::new().write(true).open(&tmp).and_then(|f| f.sync_all()).map_err(|e| CoreError::io(&tmp, e))
    });
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    let safety_copy = match keep_current(db) {
        Ok(kept) => kept,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    };
    // The old WAL must go before the restored file arrives, or SQLite would replay it onto
    // the restored file; what it held is in the safety copy.
    let put_in_place = ["-wal", "-shm"]
        .iter()
        .map(|ext| with_suffix(db, ext))
        .try_for_each(|side| match std::fs::remove_file(&side) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CoreError::io(&side, e)),
            _ => Ok(()),
        })
        .and_then(|_| std::fs::rename(&tmp, db).map_err(|e| CoreError::io(db, e)));
    if let Err(e) = put_in_place {
        let _ = std::fs::remove_file(&tmp);
        let kept = safety_copy.as_ref().map(|p| format!(" Your data as it was is kept in {}.", p.display())).unwrap_or_default();
        return Err(CoreError::InvalidInput(format!("the backup could not be put in place: {e}.{kept}")));
    }
    prune(&backups_dir(db));
    Ok(Restored { from: info, safety_copy })
}
