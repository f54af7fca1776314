//! Consistent copies of the database (`VACUUM INTO`, written under a temporary name and
//! renamed once whole) and the guard that no copy is ever written over the live database.

use super::check::{describe, BackupInfo};
use super::retention::newest_backup_day;
use super::{backups_dir, swap_guard, with_suffix};
use crate::error::{CoreError, Result};
use crate::store::{schema, DbResult, Store};
use chrono::Utc;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The file a path names with symlinks, `.` and `..` resolved, also when it does not exist
/// yet (then its folder is resolved): paths are compared as files, not as text.
pub(super) fn resolved(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let parent = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match (parent.canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_: &Path, _: &Path) -> bool {
    false
}

/// Whether writing `target` would touch the live database `db` or one of its side files
/// (its WAL, shared memory or journal), whatever relative path, symlink or hard link
/// names it.
pub fn is_live_file(db: &Path, target: &Path) -> bool {
    let db_real = resolved(db);
    let target_real = resolved(target);
    ["", "-wal", "-shm", "-journal"].iter().any(|suffix| {
        let live = with_suffix(&db_real, suffix);
        live == target_real || same_inode(&live, target)
    })
}

impl Store {
    /// A consistent copy of the database at `target` (refused if it exists).
    pub fn backup_to(&self, target: &Path) -> Result<BackupInfo> {
        if target.exists() {
            return Err(CoreError::Conflict(format!("{} already exists: choose another file name", target.display())));
        }
        self.write_copy(target)
    }

    /// A consistent copy of the database at `target`, replacing a file already there (the
    /// user confirmed it in the save dialog). The old file stays whole until the new copy
    /// is complete, then is swapped out in one rename.
    pub fn backup_replacing(&self, target: &Path) -> Result<BackupInfo> {
        self.write_copy(target)
    }

    fn write_copy(&self, chosen: &Path) -> Result<BackupInfo> {
        if chosen.is_dir() {
            return Err(CoreError::InvalidInput(format!("{} is a folder: choose a file name for the backup", chosen.display())));
        }
        // The folder first, so that the path resolves whole (a `..` after a folder that did
        // not exist yet would otherwise be compared unresolved), then the check, then the
        // copy to the resolved path that was checked.
        if let Some(dir) = chosen.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
        }
        let target = resolved(chosen);
        let db = Path::new(&self.path);
        if is_live_file(db, &target) || is_live_file(db, &with_suffix(&target, ".partial")) {
            return Err(CoreError::InvalidInput(format!(
                "{} is the database itself (or one of its files): a backup cannot replace it. Choose another file name.",
                chosen.display()
            )));
        }
        vacuum_into(&self.conn, &self.path, &target)?;
        Ok(describe(&target))
    }
}

/// Today's backup of `db` into its backups folder, when there is none yet and the
/// database changed since the newest backup. Uses its own read-only connection, so it
/// may run beside the app's writes (WAL readers see one consistent snapshot).
pub fn daily_backup(db: &Path) -> Result<Option<PathBuf>> {
    let _swap = swap_guard();
    let dir = backups_dir(db);
    let today = Utc::now().format("%Y-%m-%d").to_string();
    let target = dir.join(format!("mizan-{today}.db"));
    if target.exists() || !db.exists() {
        return Ok(None);
    }
    let name = db.display().to_string();
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).db(&name)?;
    let has_log: bool = conn.query_row("SELECT count(*) > 0 FROM sqlite_schema WHERE name = 'change_log'", [], |r| r.get(0)).db(&name)?;
    if !has_log {
        return Ok(None);
    }
    let last_change: Option<String> = conn.query_row("SELECT max(at) FROM change_log", [], |r| r.get(0)).db(&name)?;
    let Some(last_change) = last_change else { return Ok(None) }; // nothing to protect yet
    // From the names only: checking every backup here would hold the swap lock for long.
    let newest = newest_backup_day(&dir);
    if newest.is_some_and(|d| last_change.get(..10).is_some_and(|c| c < d.as_str())) {
        return Ok(None); // unchanged since the newest backup
    }
    std::fs::create_dir_all(&dir).map_err(|e| CoreError::io(&dir, e))?;
    vacuum_into(&conn, &name, &target)?;
    Ok(Some(target))
}

/// A copy of `db` in its backups folder when it is about to be upgraded to a newer schema
/// (`None` if it needs no upgrade or does not exist). Reading its version reports why an
/// unreadable file cannot be used (busy, read-only, no permission), by code.
pub fn backup_before_migration(db: &Path) -> Result<Option<PathBuf>> {
    if !db.exists() || !needs_migration(db)? {
        return Ok(None);
    }
    let dir = backups_dir(db);
    std::fs::create_dir_all(&dir).map_err(|e| CoreError::io(&dir, e))?;
    let target = dir.join(format!("mizan-{}-before-migration.db", Utc::now().format("%Y-%m-%dT%H%M%S")));
    copy_database(db, &target)?;
    Ok(Some(target))
}

fn needs_migration(db: &Path) -> Result<bool> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).db(&db.display().to_string())?;
    let v: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).db(&db.display().to_string())?;
    Ok(v > 0 && (v as usize) < schema::MIGRATIONS.len())
}

/// A consistent copy of what `conn` reads at `target`, written under a temporary name and
/// renamed only once whole (replacing a file there); a failed copy leaves nothing behind.
fn vacuum_into(conn: &Connection, name: &str, target: &Path) -> Result<()> {
    let tmp = with_suffix(target, ".partial");
    let _ = std::fs::remove_file(&tmp);
    // Made here first (VACUUM INTO accepts an empty file), so that a folder that cannot be
    // written is named as such: SQLite's error would blame the database's own folder.
    if let Err(e) = std::fs::File::create(&tmp) {
        let folder = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        return Err(CoreError::io(folder, e));
    }
    let written = conn
        .execute("VACUUM INTO ?1", [tmp.display().to_string()])
        .db(name)
        .and_then(|_| std::fs::rename(&tmp, target).map_err(|e| CoreError::io(target, e)));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// A consistent copy of the database file `from` (read-only, with any `-wal` beside it) at `to`.
pub(super) fn copy_database(from: &Path, to: &Path) -> Result<()> {
    let name = from.display().to_string();
    let conn = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY).db(&name)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).db(&name)?;
    vacuum_into(&conn, &name, to)
}
