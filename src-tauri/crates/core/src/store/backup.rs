//! Backups and recovery: `VACUUM INTO` copies (consistent even while the app writes),
//! a daily generation on first start, one before every migration, 7 daily and 4 weekly
//! kept; a database that fails `quick_check` is moved aside, never overwritten.

use super::{DbResult, Store};
use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use chrono::{Datelike, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;
/// Copies kept by restores (each one undoes a restore): the newest few are enough.
pub const KEEP_BEFORE_RESTORE: usize = 5;

/// Held while a daily backup reads the database file or a restore replaces it, so that
/// the app's backup thread never copies a file that a restore is swapping out.
static FILE_SWAP: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn swap_guard() -> std::sync::MutexGuard<'static, ()> {
    FILE_SWAP.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[derive(Debug, Clone, Serialize, PartialEq)]
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

/// What happened while opening the database safely.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct OpenReport {
    /// The damaged database was moved here; the app starts on a new one.
    pub moved_aside: Option<PathBuf>,
    /// The newest backup that passes its check, to offer for restoring.
    pub newest_backup: Option<BackupInfo>,
    pub backup_made: Option<PathBuf>,
}

pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent().map(|p| p.join("backups")).unwrap_or_else(|| PathBuf::from("backups"))
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

/// The backup files in `dir` (`mizan-*.db`) by name, newest first (names start with their date).
fn backup_files(dir: &Path) -> Vec<(String, PathBuf)> {
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
fn day_in_name(name: &str) -> Option<NaiveDate> {
    let day = name.strip_prefix("mizan-")?.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
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
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// The file a path names with symlinks, `.` and `..` resolved, also when it does not exist
/// yet (then its folder is resolved): paths are compared as files, not as text.
fn resolved(path: &Path) -> PathBuf {
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

    /// Opens the app's database safely: checks it, moves a damaged one aside, backs up
    /// before migrations and once a day, and prunes old generations.
    pub fn open_safely(db: &Path, catalog: Catalog) -> Result<(Store, OpenReport)> {
        let (store, mut report) = Store::open_checked(db, catalog)?;
        if report.moved_aside.is_none() {
            report.backup_made = report.backup_made.or(daily_backup(db)?);
        }
        prune(&backups_dir(db));
        Ok((store, report))
    }

    /// [`Store::open_safely`] without the daily backup, which the app makes on a worker
    /// thread (with [`daily_backup`]) so that a large database does not delay the window.
    pub fn open_checked(db: &Path, catalog: Catalog) -> Result<(Store, OpenReport)> {
        let dir = backups_dir(db);
        let mut report = OpenReport::default();
        if db.exists() {
            match check_file(db) {
                Err(CheckFailure::Damaged(_)) => {
                    report.moved_aside = Some(move_aside(db)?);
                    report.newest_backup = list_backups(&dir).into_iter().find(|b| b.ok);
                }
                // Reading its version reports why (busy, read-only, no permission) by code;
                // if that works after all, it gets the backup before a migration like any other.
                Err(CheckFailure::Unreadable(_)) | Ok(_) => report.backup_made = backup_before_migration(db)?,
            }
        }
        let store = Store::open(db, catalog)?;
        Ok((store, report))
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

/// The newest day in the names of the backups in `dir` (`mizan-YYYY-MM-DD….db`).
fn newest_backup_day(dir: &Path) -> Option<String> {
    backup_files(dir).iter().filter_map(|(name, _)| day_in_name(name)).max().map(|d| d.to_string())
}

fn needs_migration(db: &Path) -> Result<bool> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).db(&db.display().to_string())?;
    let v: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).db(&db.display().to_string())?;
    Ok(v > 0 && (v as usize) < super::schema::MIGRATIONS.len())
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

/// Refuses a backup written by a newer Mizan: restored, it could not be opened.
pub fn refuse_newer(backup: &Path) -> Result<()> {
    let name = backup.display().to_string();
    let version: i64 = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get(0)))
        .db(&name)?;
    if version > super::schema::MIGRATIONS.len() as i64 {
        return Err(CoreError::InvalidInput(format!(
            "{name} was written by a newer Mizan (schema {version}): update Mizan to restore it; nothing was changed"
        )));
    }
    Ok(())
}

/// A consistent copy of what `conn` reads at `target`, written under a temporary name and
/// renamed only once whole (replacing a file there); a failed copy leaves nothing behind.
fn vacuum_into(conn: &Connection, name: &str, target: &Path) -> Result<()> {
    let tmp = with_suffix(target, ".partial");
    let _ = std::fs::remove_file(&tmp);
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
fn copy_database(from: &Path, to: &Path) -> Result<()> {
    let name = from.display().to_string();
    let conn = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY).db(&name)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).db(&name)?;
    vacuum_into(&conn, &name, to)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use crate::text::Lang;

    fn new_assessment(store: &mut Store, name: &str) -> uuid::Uuid {
        store
            .create(NewAssessment {
                title: String::new(),
                agency: NewAgency { name: name.into(), sector: String::new(), country: "TN".into(), size: String::new(), tags: vec![] },
                framework_id: "service-integration".into(),
                framework_version: None,
                mode: Mode::SelfAssessment,
            })
            .unwrap()
            .assessment
            .id
    }

    /// A fresh data folder whose database holds one assessment per agency name.
    fn database_with(agencies: &[&str]) -> (tempfile::TempDir, PathBuf, Store) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mizan.db");
        let (mut store, _) = Store::open_safely(&db, Catalog::builtin()).unwrap();
        for name in agencies {
            new_assessment(&mut store, name);
        }
        (dir, db, store)
    }

    #[test]
    fn restore_drill_back_up_damage_restore_verify() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mizan.db");
        let (mut store, report) = Store::open_safely(&db, Catalog::builtin()).unwrap();
        assert!(report.moved_aside.is_none() && report.backup_made.is_none(), "a new empty database needs no backup");
        let id = new_assessment(&mut store, "Kept Agency");
        let backup = store.backup_to(&dir.path().join("manual.db")).unwrap();
        assert!(backup.ok);
        assert_eq!((backup.assessments, backup.agencies), (Some(1), Some(1)));
        assert!(backup.last_change.as_deref().is_some_and(|t| t.starts_with(&backup.date.clone().unwrap())), "{backup:?}");
        new_assessment(&mut store, "Lost Agency");
        drop(store);

        // Damage the live file: overwrite its first pages.
        let mut bytes = std::fs::read(&db).unwrap();
        let n = 4096.min(bytes.len());
        bytes[..n].fill(0xAB);
        std::fs::write(&db, &bytes).unwrap();

        let (store, report) = Store::open_safely(&db, Catalog::builtin()).unwrap();
        let aside = report.moved_aside.expect("the damaged file is moved aside");
        assert!(aside.exists(), "never deleted");
        assert_eq!(std::fs::read(&aside).unwrap(), bytes, "never overwritten");
        assert!(store.list(Lang::En).unwrap().is_empty(), "the app starts on a fresh database");
        drop(store);

        let restored = restore(&db, &backup.path).unwrap();
        let undo = describe(&restored.safety_copy.expect("the database replaced is kept"));
        assert_eq!((undo.ok, undo.assessments), (true, Some(0)), "the fresh database, kept to undo the restore");
        let store = Store::open(&db, Catalog::builtin()).unwrap();
        let list = store.list(Lang::En).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].id, id);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn daily_backup_once_a_day_only_when_changed() {
        let (_dir, db, store) = database_with(&["Agency"]);
        drop(store);
        let (store, report) = Store::open_safely(&db, Catalog::builtin()).unwrap();
        let made = report.backup_made.expect("first start of the day after a change");
        assert!(describe(&made).ok);
        drop(store);
        let (_, report) = Store::open_safely(&db, Catalog::builtin()).unwrap();
        assert!(report.backup_made.is_none(), "one per day");
    }

    #[test]
    fn daily_backup_runs_beside_an_open_writer() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mizan.db");
        let (mut store, _) = Store::open_checked(&db, Catalog::builtin()).unwrap();
        new_assessment(&mut store, "Agency One");
        let made = daily_backup(&db).unwrap().expect("changed today, no backup yet");
        // the writer goes on while the copy exists; the copy is a consistent snapshot
        new_assessment(&mut store, "Agency Two");
        let info = describe(&made);
        assert_eq!((info.ok, info.assessments, info.agencies), (true, Some(1), Some(1)));
        assert_eq!(daily_backup(&db).unwrap(), None, "one per day");
        assert_eq!(store.list(Lang::En).unwrap().len(), 2);
    }

    #[test]
    fn pruning_keeps_seven_daily_and_four_weekly() {
        let dir = tempfile::tempdir().unwrap();
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        for i in 0..60 {
            let d = start + chrono::Duration::days(i);
            std::fs::write(dir.path().join(format!("mizan-{d}.db")), b"x").unwrap();
        }
        std::fs::write(dir.path().join("mizan-2026-01-01T000000-before-migration.db"), b"x").unwrap();
        for i in 0..8 {
            std::fs::write(dir.path().join(format!("mizan-2026-02-0{}T100000.000-before-restore.db", i + 1)), b"x").unwrap();
        }
        std::fs::write(dir.path().join("my-own-copy.db"), b"x").unwrap();
        prune(dir.path());
        let mut left: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        left.sort();
        assert_eq!(left.len(), KEEP_DAILY + KEEP_WEEKLY + 1 + KEEP_BEFORE_RESTORE + 1, "{left:?}");
        assert!(left.contains(&"mizan-2026-02-08T100000.000-before-restore.db".to_string()), "the newest undo is kept");
        assert!(!left.contains(&"mizan-2026-02-03T100000.000-before-restore.db".to_string()), "older undos go");
        assert!(left.contains(&"my-own-copy.db".to_string()), "a file the user put there is never touched");
        assert!(left.contains(&"mizan-2026-03-01.db".to_string()), "newest kept");
        assert!(left.iter().any(|n| n.contains("before-migration")));
    }

    #[test]
    fn a_broken_backup_is_refused_and_nothing_is_replaced() {
        let (dir, db, store) = database_with(&["Agency"]);
        drop(store);
        let bad = dir.path().join("bad.db");
        std::fs::write(&bad, b"not a database at all").unwrap();
        assert!(matches!(restore(&db, &bad), Err(CoreError::InvalidInput(_))));
        assert_eq!(Store::open(&db, Catalog::builtin()).unwrap().list(Lang::En).unwrap().len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_backup_never_replaces_the_live_database_however_it_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let db = data.join("mizan.db");
        let (mut store, _) = Store::open_safely(&db, Catalog::builtin()).unwrap();
        new_assessment(&mut store, "Agency");
        std::os::unix::fs::symlink(&data, dir.path().join("link")).unwrap();
        std::fs::hard_link(&db, dir.path().join("hard.db")).unwrap();
        let relative = PathBuf::from(format!("{}/../data/mizan.db", data.display()));
        let through_new_folder = data.join("not-yet").join("..").join("mizan.db");
        let names = [
            db.clone(),
            relative,
            through_new_folder,
            dir.path().join("link/mizan.db"),
            dir.path().join("link/mizan.db-wal"),
            data.join("mizan.db-shm"),
            dir.path().join("hard.db"),
        ];
        for target in &names {
            let err = store.backup_replacing(target).unwrap_err();
            assert_eq!(err.code(), "invalid_input", "{target:?}: {err}");
            assert!(err.to_string().contains("database itself"), "{err}");
        }
        assert_eq!(store.integrity_check().unwrap(), "ok");
        assert_eq!(store.list(Lang::En).unwrap().len(), 1, "the data is untouched");
        assert!(matches!(restore(&db, &dir.path().join("link/mizan.db")), Err(CoreError::InvalidInput(_))));
        let folder = store.backup_replacing(&data).unwrap_err();
        assert!(folder.to_string().contains("is a folder"), "{folder}");
    }

    #[test]
    fn backing_up_over_a_file_replaces_it_only_once_the_copy_is_whole() {
        let (dir, _db, store) = database_with(&["Agency"]);
        let target = dir.path().join("usb").join("copy.db");
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, b"an older copy").unwrap();
        assert!(matches!(store.backup_to(&target), Err(CoreError::Conflict(_))), "backup_to never replaces");
        let info = store.backup_replacing(&target).unwrap();
        assert_eq!((info.ok, info.assessments), (true, Some(1)));
        assert!(!with_suffix(&target, ".partial").exists(), "no temporary file is left");
        // A copy that cannot be written leaves the old file and no partial one.
        let blocked = dir.path().join("blocked.db");
        std::fs::create_dir_all(with_suffix(&blocked, ".partial").join("x")).unwrap();
        std::fs::write(&blocked, b"keep me").unwrap();
        assert!(store.backup_replacing(&blocked).is_err());
        assert_eq!(std::fs::read(&blocked).unwrap(), b"keep me");
    }

    #[test]
    fn restore_brings_back_what_the_backup_wal_holds_too() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("mizan.db");
        drop(Store::open_safely(&live, Catalog::builtin()).unwrap());
        // A backup copied by hand while its app was running: main file plus its WAL.
        let source = dir.path().join("running").join("mizan.db");
        let (mut running, _) = Store::open_safely(&source, Catalog::builtin()).unwrap();
        let id = new_assessment(&mut running, "Only In The Wal");
        let copy = dir.path().join("copied.db");
        std::fs::copy(&source, &copy).unwrap();
        std::fs::copy(with_suffix(&source, "-wal"), with_suffix(&copy, "-wal")).unwrap();
        drop(running);
        let info = describe(&copy);
        assert_eq!(info.assessments, Some(1), "the confirmation shows the WAL's assessment");
        restore(&live, &copy).unwrap();
        let store = Store::open(&live, Catalog::builtin()).unwrap();
        assert_eq!(store.list(Lang::En).unwrap().iter().map(|a| a.id).collect::<Vec<_>>(), vec![id], "and the restore brings it");
        assert!(!with_suffix(&live, ".restoring").exists());
    }

    #[test]
    fn a_database_that_cannot_be_opened_is_reported_not_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mizan.db");
        std::fs::create_dir(&db).unwrap(); // exists, but no database can be opened there
        let err = Store::open_checked(&db, Catalog::builtin()).err().expect("refused");
        assert!(db.is_dir(), "left where it is: {err}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("mizan.db")], "nothing moved aside");
        assert!(matches!(check_file(&db), Err(CheckFailure::Unreadable(_))));
        let garbage = dir.path().join("garbage.db");
        std::fs::write(&garbage, vec![0x5Au8; 8192]).unwrap();
        assert!(matches!(check_file(&garbage), Err(CheckFailure::Damaged(_))));
    }

    #[test]
    fn a_failed_restore_leaves_the_database_and_no_temporary_file() {
        let (dir, db, store) = database_with(&["Current"]);
        let backup = store.backup_to(&dir.path().join("b.db")).unwrap();
        drop(store);
        // The place of the temporary copy is taken by a folder: the copy fails.
        std::fs::create_dir_all(with_suffix(&db, ".restoring").join("x")).unwrap();
        assert!(restore(&db, &backup.path).is_err());
        assert_eq!(Store::open(&db, Catalog::builtin()).unwrap().list(Lang::En).unwrap().len(), 1);
        assert!(list_backups(&backups_dir(&db)).iter().all(|b| !b.path.to_string_lossy().contains("before-restore")), "nothing half-done");
        assert_eq!(partial_files(dir.path()), Vec::<PathBuf>::new());
    }

    fn partial_files(dir: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() && !path.to_string_lossy().ends_with(".restoring") {
                found.extend(partial_files(&path));
            } else if path.to_string_lossy().ends_with(".partial") || path.to_string_lossy().ends_with(".restoring") && path.is_file() {
                found.push(path);
            }
        }
        found
    }

    #[test]
    fn a_restore_that_cannot_put_the_backup_in_place_says_where_the_data_is_kept() {
        let (dir, db, mut store) = database_with(&["Backed Up"]);
        let backup = store.backup_to(&dir.path().join("b.db")).unwrap();
        new_assessment(&mut store, "Current");
        drop(store);
        // Rollback journal mode, so SQLite ignores `-shm`; a folder there cannot be removed.
        Connection::open(&db).unwrap().pragma_update(None, "journal_mode", "DELETE").unwrap();
        std::fs::create_dir_all(with_suffix(&db, "-shm").join("x")).unwrap();
        let err = restore(&db, &backup.path).unwrap_err().to_string();
        assert!(err.contains("could not be put in place") && err.contains("before-restore.db"), "{err}");
        assert_eq!(check_file(&db), Ok(2), "the current data is still in place");
        assert_eq!(partial_files(dir.path()), Vec::<PathBuf>::new(), "no temporary file is left");
    }

    /// A database as the first release of Mizan left it: schema 1, one agency.
    fn first_release_database(db: &Path) {
        let conn = Connection::open(db).unwrap();
        conn.execute_batch(super::super::schema::MIGRATIONS[0]).unwrap();
        conn.execute(
            "INSERT INTO agencies (id, name, name_key, sector, country, size, tags, created_at, updated_at) VALUES ('a1', 'Old Agency', 'old agency', '', 'TN', '', '[]', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }

    #[test]
    fn an_older_database_is_backed_up_as_it_was_before_it_is_upgraded() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mizan.db");
        first_release_database(&db);
        let (store, report) = Store::open_checked(&db, Catalog::builtin()).unwrap();
        assert_eq!(store.schema_version().unwrap() as usize, super::super::schema::MIGRATIONS.len(), "upgraded");
        let copy = report.backup_made.expect("a copy before the upgrade");
        assert!(copy.file_name().unwrap().to_str().unwrap().ends_with("-before-migration.db"), "{copy:?}");
        let old = Connection::open_with_flags(&copy, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        assert_eq!(old.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)).unwrap(), 1, "as it was");
        assert_eq!(old.query_row("SELECT name FROM agencies", [], |r| r.get::<_, String>(0)).unwrap(), "Old Agency");
        drop(store);
        assert_eq!(backup_before_migration(&db).unwrap(), None, "once upgraded, no more copies");
        assert_eq!(backup_before_migration(&dir.path().join("none.db")).unwrap(), None);
    }

    #[test]
    fn a_backup_from_a_newer_mizan_is_refused_before_anything_is_replaced() {
        let (dir, db, store) = database_with(&["Current"]);
        let newer = store.backup_to(&dir.path().join("newer.db")).unwrap().path;
        drop(store);
        let future = super::super::schema::MIGRATIONS.len() as i64 + 1;
        Connection::open(&newer).unwrap().pragma_update(None, "user_version", future).unwrap();
        let err = restore(&db, &newer).unwrap_err().to_string();
        assert!(err.contains("newer Mizan") && err.contains("nothing was changed"), "{err}");
        assert_eq!(check_file(&db), Ok(1));
        assert!(!backups_dir(&db).exists() || list_backups(&backups_dir(&db)).is_empty(), "no copy was even needed");
    }

    #[test]
    fn a_restore_over_a_database_that_cannot_be_read_changes_nothing() {
        let (dir, db, store) = database_with(&["Backed Up"]);
        let backup = store.backup_to(&dir.path().join("b.db")).unwrap();
        drop(store);
        let elsewhere = dir.path().join("elsewhere.db");
        std::fs::rename(&db, &elsewhere).unwrap();
        std::fs::create_dir(&db).unwrap(); // in place of the database: cannot be read
        let err = restore(&db, &backup.path).unwrap_err().to_string();
        assert!(err.contains("cannot be read") && err.contains("nothing was changed"), "{err}");
        assert!(db.is_dir(), "not moved aside");
        assert!(std::fs::read_dir(dir.path()).unwrap().flatten().all(|e| !e.file_name().to_string_lossy().contains("damaged")));
    }
}

/// The backup called `name` in `dir`, if the folder's listing ([`list_backups`]) holds it:
/// a bare name from the webview is taken only when it is one of these.
pub fn listed_backup(dir: &Path, name: &str) -> Option<PathBuf> {
    backup_files(dir).into_iter().find(|(listed, _)| listed == name).map(|(_, path)| path)
}
