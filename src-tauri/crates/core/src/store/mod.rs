//! SQLite storage: one writer connection, WAL, foreign keys on, immediate transactions,
//! every answer committed on its own, and a score summary kept in step with every write.
//!
//! By concern: `open` (connection, migrations; `tidy`, the one written in Rust), `read`
//! (lists, summaries, documents), `write` (every change, each in one transaction), `rows`
//! (the one mapping from rows to records); the input rules they apply live in
//! [`crate::rules`].

mod agencies;
pub mod backup;
pub mod changes;
mod consensus;
mod imports;
mod open;
mod packs;
mod peers;
mod read;
mod respondents;
mod rows;
mod schema;
mod tidy;
mod trend;
mod write;

pub use agencies::AgencyProfile;
pub use packs::{parse_pack, Pack, PackEntry, PackImport, PACK_FORMAT_VERSION};
pub use changes::{Change, ChangeAction, ChangeEntity};
pub use peers::Comparison;
pub use respondents::{RespondentRemoved, RespondentRow};
pub use trend::TrendPoint;

pub use imports::{ImportReport, Overwritten};
/// Kept here too (the limits live in [`crate::rules`]) so existing paths keep working.
pub use crate::rules::{MAX_ANSWER_TEXT, MAX_NAME};

pub(crate) use rows::parse_uuid;
pub(crate) use write::{insert_respondent, refresh_summary, upsert_agency, upsert_answer};

use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub struct Store {
    conn: Connection,
    path: String,
    catalog: Catalog,
    /// Set when no `-wal` existed before this read-only open (so it may have made one, and
    /// the `-shm`): see [`Drop`].
    leaves_log: bool,
}

/// A read-only connection must create the WAL's `-wal` and `-shm` files but may not remove
/// them when it closes, so a command that only read would leave two empty files beside the
/// database. After it closes, a writable connection that reads once and closes lets SQLite
/// decide: as the last connection it removes them; with another one open (the app, or a
/// second command that started reading meanwhile) it leaves them, as it must. Being the
/// last, it also checkpoints what a writer left in the log meanwhile, SQLite's ordinary
/// recovery, which loses nothing. Where the file cannot be written, they stay.
impl Drop for Store {
    fn drop(&mut self) {
        if !self.leaves_log {
            return;
        }
        let Ok(memory) = Connection::open_in_memory() else { return };
        drop(std::mem::replace(&mut self.conn, memory));
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if let Ok(conn) = Connection::open_with_flags(&self.path, flags) {
            let _ = conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0));
        }
    }
}

pub(crate) trait DbResult<T> {
    fn db(self, path: &str) -> Result<T>;
}

impl<T> DbResult<T> for rusqlite::Result<T> {
    fn db(self, path: &str) -> Result<T> {
        self.map_err(|source| CoreError::Storage { path: path.to_string(), source })
    }
}

/// The default database: `MIZAN_DB`, else `mizan.db` in the OS data directory.
pub fn default_db_path() -> PathBuf {
    if let Some(p) = std::env::var_os("MIZAN_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    data_dir().join("mizan.db")
}

/// The app's data directory (`~/.local/share/mizan` on Linux).
pub fn data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("mizan")
}

/// Where user-installed frameworks live, beside the database.
pub fn frameworks_dir(db_path: &Path) -> PathBuf {
    db_path.parent().map(|p| p.join("frameworks")).unwrap_or_else(|| PathBuf::from("frameworks"))
}

#[cfg(test)]
mod interview_tests;
#[cfg(test)]
mod tests;
