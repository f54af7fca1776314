//! The app's state: the database, opened once at start.

use crate::error::{CmdResult, CommandError};
use mizan_core::store::backup::{self, OpenReport, Restored};
use mizan_core::store::frameworks_dir;
use mizan_core::{Catalog, Store};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

pub struct AppState {
    db_path: PathBuf,
    /// A database that could not be opened is kept as its error, so the window still
    /// opens and every command reports why (instead of the app vanishing at start).
    store: Mutex<Result<Store, CommandError>>,
    /// What the safe open at start did (a damaged database moved aside, a backup made).
    opened: Mutex<OpenReport>,
    /// The backup the user chose and was shown for confirmation; only this one is restored.
    pending_restore: Mutex<Option<PathBuf>>,
}

fn open_store(db_path: &Path) -> Result<Store, CommandError> {
    open_with(db_path, |db, catalog| Store::open(db, catalog).map(|s| (s, OpenReport::default()))).map(|(s, _)| s)
}

/// The first open of a run: `quick_check`, a damaged file moved aside, a backup before a
/// migration (mizan-core's `Store::open_checked`).
fn open_checked(db_path: &Path) -> Result<(Store, OpenReport), CommandError> {
    open_with(db_path, Store::open_checked)
}

fn open_with(
    db_path: &Path,
    open: impl FnOnce(&Path, Catalog) -> mizan_core::Result<(Store, OpenReport)>,
) -> Result<(Store, OpenReport), CommandError> {
    let catalog = Catalog::with_user_dir(&frameworks_dir(db_path));
    open(db_path, catalog).map_err(|e| {
        let mut err = CommandError::from(e);
        // A full disk or read-only folder already says what to do; other causes get the
        // general advice.
        err.message = if matches!(err.code.as_str(), "disk_full" | "read_only") {
            format!("Mizan could not open its database: {}.", err.message)
        } else {
            format!(
                "Mizan could not open its database: {}. Check that the folder is writable and the disk not full; \
                 set MIZAN_DB to use another file.",
                err.message
            )
        };
        err
    })
}

impl AppState {
    /// Opens (creating if needed) the database at `db_path`, with the built-in frameworks
    /// and those installed beside it.
    pub fn open(db_path: &Path) -> AppState {
        let (store, opened) = match open_checked(db_path) {
            Ok((store, report)) => (Ok(store), report),
            Err(e) => (Err(e), OpenReport::default()),
        };
        AppState {
            db_path: db_path.to_path_buf(),
            store: Mutex::new(store),
            opened: Mutex::new(opened),
            pending_restore: Mutex::new(None),
        }
    }

    /// What happened when the database was opened at start (cleared by a restore, which
    /// answers the damage it reports).
    pub fn opened(&self) -> OpenReport {
        self.opened.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn backups_dir(&self) -> PathBuf {
        backup::backups_dir(&self.db_path)
    }

    /// Remembers the backup the user is being asked to confirm.
    pub fn set_pending_restore(&self, path: Option<PathBuf>) {
        *self.pending_restore.lock().unwrap_or_else(|p| p.into_inner()) = path;
    }

    /// Replaces the database by the confirmed backup: the connection is closed first (a
    /// restore may not run under an open one) and the store reopened after, even when the
    /// restore failed, so the app goes on with whichever database is in place.
    pub fn restore_pending(&self) -> CmdResult<Restored> {
        let pending = self.pending_restore.lock().unwrap_or_else(|p| p.into_inner()).take();
        let Some(backup) = pending else {
            return Err(CommandError::new(
                "conflict",
                "no backup was chosen to restore: choose one first (Your data → Restore…)",
            ));
        };
        let mut guard = self.lock();
        *guard = Err(CommandError::new("busy", "a backup is being restored: try again in a moment"));
        let result = backup::restore(&self.db_path, &backup);
        *guard = open_store(&self.db_path);
        let restored = result.map_err(CommandError::from)?;
        // The file was replaced even if it cannot be opened now (a failed upgrade, a full
        // disk): the webview must drop what it held of the old data, so this is a success,
        // and the open error reaches it through every following call (and `db_error`).
        *self.opened.lock().unwrap_or_else(|p| p.into_inner()) = OpenReport::default();
        Ok(restored)
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// Why the database is not open, if it is not.
    pub fn db_error(&self) -> Option<CommandError> {
        self.lock().as_ref().err().cloned()
    }

    fn lock(&self) -> MutexGuard<'_, Result<Store, CommandError>> {
        // A panic while holding the lock cannot leave SQLite half-written (every write is
        // one transaction, rolled back on drop), so the store stays usable after it.
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The open store. While the database cannot be opened, each call tries again, so the
    /// UI's "Retry" works once the user has fixed the cause (disk space, permissions).
    pub fn store(&self) -> CmdResult<StoreGuard<'_>> {
        let mut guard = self.lock();
        if guard.is_err() {
            *guard = open_store(&self.db_path);
        }
        match &*guard {
            Ok(_) => Ok(StoreGuard(guard)),
            Err(e) => Err(e.clone()),
        }
    }
}

/// The locked store; only made by [`AppState::store`] once the store is open.
pub struct StoreGuard<'a>(MutexGuard<'a, Result<Store, CommandError>>);

impl Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.0
            .as_ref()
            .unwrap_or_else(|_| unreachable!("StoreGuard is only made over an open store"))
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.0
            .as_mut()
            .unwrap_or_else(|_| unreachable!("StoreGuard is only made over an open store"))
    }
}
