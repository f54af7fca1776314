//! The app's state: the database, opened once at start.

use crate::error::{CmdResult, CommandError};
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
}

fn open_store(db_path: &Path) -> Result<Store, CommandError> {
    let catalog = Catalog::with_user_dir(&frameworks_dir(db_path));
    Store::open(db_path, catalog).map_err(|e| {
        let mut err = CommandError::from(e);
        err.message = format!(
            "Mizan could not open its database: {}. Check that the folder is writable and the disk not full; \
             set MIZAN_DB to use another file.",
            err.message
        );
        err
    })
}

impl AppState {
    /// Opens (creating if needed) the database at `db_path`, with the built-in frameworks
    /// and those installed beside it.
    pub fn open(db_path: &Path) -> AppState {
        AppState {
            db_path: db_path.to_path_buf(),
            store: Mutex::new(open_store(db_path)),
        }
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
