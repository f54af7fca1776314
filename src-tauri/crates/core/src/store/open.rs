//! Opening a database: the connection's settings, the migrations, the hourly purge.

use super::{schema, DbResult, Store};
use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use crate::time;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::Path;

impl Store {
    pub fn open(path: &Path, catalog: Catalog) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
        }
        let conn = Connection::open(path).db(&path.display().to_string())?;
        Store::setup(conn, path.display().to_string(), catalog)
    }

    /// A connection that only reads, for commands that only read: it works on a read-only
    /// file or folder, beside a writer holding the lock (WAL readers do not wait for it),
    /// and changes nothing (no migration, no purge: reads leave deleted assessments out).
    /// `None` when the schema is older than this Mizan's: upgrading it needs a writer.
    pub fn open_read_only(path: &Path, catalog: Catalog) -> Result<Option<Store>> {
        let name = path.display().to_string();
        let log_was_there = super::backup::with_suffix(path, "-wal").exists();
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).db(&name)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).db(&name)?;
        // A WAL reader needs a `-shm` file, which it cannot make in a folder that cannot be
        // written (a read-only disk). Nothing can be writing there, and with no unsaved log
        // the file alone is the whole database: it is read as immutable then.
        if let Err(rusqlite::Error::SqliteFailure(e, _)) = conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0)) {
            let log = super::backup::with_suffix(path, "-wal");
            let no_log = std::fs::metadata(&log).map(|m| m.len() == 0).unwrap_or(true);
            if e.code == rusqlite::ErrorCode::CannotOpen && no_log {
                conn = Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI).db(&name)?;
            }
        }
        conn.execute_batch("PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;").db(&name)?;
        let store = Store { conn, path: name, catalog, leaves_log: !log_was_there };
        let latest = schema::MIGRATIONS.len();
        match store.schema_version()? as usize {
            v if v == latest => Ok(Some(store)),
            v if v > latest => {
                Err(CoreError::Conflict(format!("database {} was written by a newer Mizan (schema {v}); update Mizan to open it", store.path)))
            }
            _ => Ok(None),
        }
    }

    pub fn open_in_memory(catalog: Catalog) -> Result<Store> {
        let conn = Connection::open_in_memory().db(":memory:")?;
        Store::setup(conn, ":memory:".into(), catalog)
    }

    fn setup(conn: Connection, path: String, catalog: Catalog) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5)).db(&path)?;
        // FULL: an acknowledged answer survives a power cut, not only a crash.
        // cache_size: up to 32 MiB of pages (the default 2 MiB makes a list of thousands
        // of assessments re-read the file on every call; memory is only used as pages are read).
        set_wal(&conn).db(&path)?;
        conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;")
            .db(&path)?;
        let mut store = Store { conn, path, catalog, leaves_log: false };
        store.migrate()?;
        store.purge_deleted()?;
        Ok(store)
    }

    pub fn schema_version(&self) -> Result<u32> {
        self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).db(&self.path)
    }

    /// Brings the schema up to date. The version is read again under the write lock
    /// (`BEGIN IMMEDIATE`) before any step runs: two processes opening a new database at
    /// once would otherwise both read version 0 and both create the tables. An up-to-date
    /// database is not locked at all.
    fn migrate(&mut self) -> Result<()> {
        let latest = schema::MIGRATIONS.len();
        let newer = |v: usize| {
            CoreError::Conflict(format!("database {} was written by a newer Mizan (schema {v}); update Mizan to open it", self.path))
        };
        match self.schema_version()? as usize {
            v if v == latest => return Ok(()),
            v if v > latest => return Err(newer(v)),
            _ => {}
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let current: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).db(&self.path)?;
        let current = current as usize;
        if current > latest {
            return Err(newer(current));
        }
        for (n, step) in schema::MIGRATIONS.iter().enumerate().skip(current) {
            tx.execute_batch(step).db(&self.path)?;
            if n + 1 == super::tidy::TEXTS_CLEANED {
                super::tidy::clean_stored_texts(&tx, &self.path)?;
            }
        }
        tx.pragma_update(None, "user_version", latest as u32).db(&self.path)?;
        tx.commit().db(&self.path)
    }

    /// Deleted assessments stay restorable (undo) for an hour, then are removed for good.
    fn purge_deleted(&mut self) -> Result<()> {
        let cutoff = time::format(chrono::Utc::now() - chrono::Duration::hours(1));
        self.conn
            .execute("DELETE FROM assessments WHERE deleted_at IS NOT NULL AND deleted_at < ?1", [cutoff])
            .db(&self.path)?;
        Ok(())
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn catalog_mut(&mut self) -> &mut Catalog {
        &mut self.catalog
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn integrity_check(&self) -> Result<String> {
        self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).db(&self.path)
    }
}

/// `path` as an SQLite URI opened immutable (`?`, `#` and `%` escaped, as URIs need).
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Switching a new file to WAL needs a lock that SQLite does not wait for (the busy
/// handler is skipped), so several processes opening a new database at once retry here
/// for as long as the busy timeout would have waited.
fn set_wal(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        match conn.execute_batch("PRAGMA journal_mode=WAL;") {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}
