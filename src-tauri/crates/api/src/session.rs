//! A [`Session`]: one database, opened by one set of rules for the app and the command
//! line alike.
//!
//! Every open (the first, a retry after a failure, the reopen after a restore) goes
//! through [`Session::store`]:
//! 1. a missing database is created — unless the session only reads ([`Purpose::Read`]):
//!    then it is an error naming the path (a mistyped `--db` leaves no empty file behind);
//! 2. a database that fails `quick_check` is moved aside, never overwritten, and a new one
//!    started, with the newest good backup offered ([`OnDamage::MoveAside`], the app) — or
//!    refused with the advice to restore ([`OnDamage::Refuse`], the command line: a script
//!    must not carry on, on an empty database, without a person deciding);
//! 3. a database written by an older Mizan is copied into the backups folder before it is
//!    upgraded ([`Session::opened`] says where, so the CLI prints a note);
//! 4. once open, [`Session::start_daily_backup`] makes today's backup on a worker thread
//!    and prunes old generations (the app calls it at start).
//!
//! A database that cannot be opened is kept as its error: every use case reports it, and
//! the next one tries again (the UI's "Retry" works once the cause is fixed).

use crate::error::{Error, Result};
use mizan_core::store::backup::{self, OpenReport};
use mizan_core::store::frameworks_dir;
use mizan_core::{Catalog, CoreError, Store};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// What the session will do with the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Read and write; a missing database is created.
    Write,
    /// Only read: a missing database is an error, never a new file; the connection is
    /// read-only (it works on a read-only file and while another process writes). A
    /// database that needs an upgrade is opened to write, once, to upgrade it.
    Read,
}

/// What to do with a database that fails its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDamage {
    /// Move it aside (kept, never overwritten) and start on a new one.
    MoveAside,
    /// Leave it in place and refuse, saying to restore a backup.
    Refuse,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOptions {
    pub purpose: Purpose,
    pub on_damage: OnDamage,
}

impl OpenOptions {
    /// The desktop app: it always writes, and shows the recovery notice after damage.
    pub fn app() -> OpenOptions {
        OpenOptions { purpose: Purpose::Write, on_damage: OnDamage::MoveAside }
    }

    /// A `mizan` command.
    pub fn command_line(purpose: Purpose) -> OpenOptions {
        OpenOptions { purpose, on_damage: OnDamage::Refuse }
    }
}

pub struct Session {
    db_path: PathBuf,
    options: OpenOptions,
    /// `None` until first needed (a CLI command that lists frameworks never opens it).
    store: Mutex<Option<Result<Store>>>,
    /// What the opening did (a damaged database moved aside, a backup made).
    opened: Mutex<OpenReport>,
    /// The backup the user chose and was shown for confirmation; only this one is restored.
    pending_restore: Mutex<Option<PathBuf>>,
    /// The folder of the last file saved through a dialog, proposed for the next one.
    save_folder: Mutex<Option<PathBuf>>,
    /// Files refused because they would change a final assessment, by the token the
    /// webview gets to ask for their import after reopening (it never names a path).
    final_imports: Mutex<Vec<PathBuf>>,
}

/// A poisoned lock is still usable here: every write is one SQLite transaction, rolled
/// back on drop, so a panic cannot leave the data half-written.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Session {
    /// A session over `db_path`; the database is opened when a use case first needs it.
    pub fn new(db_path: &Path, options: OpenOptions) -> Session {
        Session {
            db_path: db_path.to_path_buf(),
            options,
            store: Mutex::new(None),
            opened: Mutex::new(OpenReport::default()),
            pending_restore: Mutex::new(None),
            save_folder: Mutex::new(None),
            final_imports: Mutex::new(Vec::new()),
        }
    }

    /// A session whose database is opened now (the app, at start); a failure is kept and
    /// reported by [`Session::db_error`] and every use case.
    pub fn open(db_path: &Path, options: OpenOptions) -> Session {
        let session = Session::new(db_path, options);
        let _ = session.store();
        session
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    pub fn backups_dir(&self) -> PathBuf {
        backup::backups_dir(&self.db_path)
    }

    /// The frameworks built in and installed beside the database, without opening it.
    pub fn catalog(&self) -> Catalog {
        Catalog::with_user_dir(&frameworks_dir(&self.db_path))
    }

    /// What the opening did (cleared by a restore, which answers the damage it reports).
    pub fn opened(&self) -> OpenReport {
        lock(&self.opened).clone()
    }

    /// Why the database is not open, if it was tried and is not.
    pub fn db_error(&self) -> Option<Error> {
        lock(&self.store).as_ref().and_then(|r| r.as_ref().err().cloned())
    }

    /// The open store, opening it by the session's rules if it is not open yet.
    pub fn store(&self) -> Result<StoreGuard<'_>> {
        let mut guard = lock(&self.store);
        if !matches!(*guard, Some(Ok(_))) {
            *guard = Some(self.open_now());
        }
        match &*guard {
            Some(Ok(_)) => Ok(StoreGuard(guard)),
            Some(Err(e)) => Err(e.clone()),
            None => unreachable!("just opened"),
        }
    }

    /// The store, or `None` when the session only reads and there is no database yet
    /// (e.g. `mizan list` before anything was stored: an empty list, no new file).
    pub fn store_if_exists(&self) -> Result<Option<StoreGuard<'_>>> {
        if self.options.purpose == Purpose::Read && !self.db_path.exists() {
            return Ok(None);
        }
        self.store().map(Some)
    }

    /// The store, or for a session that only reads and finds no database an empty one in
    /// memory: the peers of an assessment read from a file, when nothing is stored yet, are
    /// none (`mizan benchmark FILE`, `mizan report FILE`), and no file is made.
    pub fn store_or_empty(&self) -> Result<StoreGuard<'_>> {
        if self.options.purpose == Purpose::Read && !self.db_path.exists() {
            let mut guard = lock(&self.store);
            if !matches!(*guard, Some(Ok(_))) {
                *guard = Some(Store::open_in_memory(self.catalog()).map_err(Error::from));
            }
            if let Some(Err(e)) = &*guard {
                return Err(e.clone());
            }
            return Ok(StoreGuard(guard));
        }
        self.store()
    }

    fn open_now(&self) -> Result<Store> {
        let db = &self.db_path;
        if db.is_dir() {
            return Err(Error::invalid_input(format!(
                "{} is a folder, not a database file: --db or MIZAN_DB names the file itself, e.g. {}",
                db.display(),
                db.join("mizan.db").display()
            )));
        }
        if self.options.purpose == Purpose::Read && !db.exists() {
            return Err(CoreError::NotFound {
                what: "database",
                id: db.display().to_string(),
                hint: ": check --db or MIZAN_DB, or create it with `mizan import`, `mizan sample` or the app".into(),
            }
            .into());
        }
        if self.options.purpose == Purpose::Read {
            match Store::open_read_only(db, self.catalog()) {
                Ok(Some(store)) => return Ok(store),
                Ok(None) => {} // an older schema: opened below to upgrade it
                Err(e) => return Err(open_error(e)),
            }
        }
        let opened = match self.options.on_damage {
            OnDamage::MoveAside => Store::open_checked(db, self.catalog()),
            // No check first: a damaged file fails to open with core's advice to restore.
            OnDamage::Refuse => backup::backup_before_migration(db).and_then(|copy| {
                let store = Store::open(db, self.catalog())?;
                Ok((store, OpenReport { backup_made: copy, ..OpenReport::default() }))
            }),
        };
        match opened {
            Ok((store, report)) => {
                *lock(&self.opened) = report;
                Ok(store)
            }
            Err(e) => Err(open_error(e)),
        }
    }

    /// Today's backup and the pruning of old ones, on a worker thread so that a large
    /// database does not delay the window (it reads a snapshot beside the app's writes).
    /// Nothing is started while the database is not open or was just moved aside.
    /// `on_error` hears why the backup was not made.
    pub fn start_daily_backup(
        &self,
        on_error: impl FnOnce(Error) + Send + 'static,
    ) -> Option<std::thread::JoinHandle<()>> {
        if self.opened().moved_aside.is_some() || !matches!(*lock(&self.store), Some(Ok(_))) {
            return None;
        }
        let db = self.db_path.clone();
        Some(std::thread::spawn(move || match backup::daily_backup(&db) {
            Ok(_) => backup::prune(&backup::backups_dir(&db)),
            Err(e) => on_error(Error::new(e.code(), format!("today's backup was not made: {e}"))),
        }))
    }

    /// Remembers the backup the user is being asked to confirm.
    pub(crate) fn set_pending_restore(&self, path: Option<PathBuf>) {
        *lock(&self.pending_restore) = path;
    }

    pub(crate) fn take_pending_restore(&self) -> Option<PathBuf> {
        lock(&self.pending_restore).take()
    }

    /// Runs `replace` on the database file with the connection closed (a restore may not
    /// run under an open one), then reopens it by the session's rules, even when `replace`
    /// failed, so the session goes on with whichever database is in place.
    pub(crate) fn with_store_closed<T>(&self, replace: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
        let mut guard = lock(&self.store);
        *guard = Some(Err(Error::keyed("busy", "err-busy-restoring", &[], None, "a backup is being restored: try again in a moment")));
        let result = replace(&self.db_path);
        *guard = Some(self.open_now());
        result
    }

    /// Forgets a damaged database moved aside at start (a restore has answered it).
    pub(crate) fn clear_damage_notice(&self) {
        let mut opened = lock(&self.opened);
        opened.moved_aside = None;
        opened.newest_backup = None;
    }

    pub(crate) fn save_folder(&self) -> Option<PathBuf> {
        lock(&self.save_folder).clone()
    }

    pub(crate) fn set_save_folder(&self, dir: PathBuf) {
        *lock(&self.save_folder) = Some(dir);
    }

    /// Keeps a refused file for a later import after reopening; its token.
    pub(crate) fn offer_final_import(&self, path: &Path) -> u32 {
        let mut files = lock(&self.final_imports);
        files.push(path.to_path_buf());
        files.len() as u32
    }

    /// The file behind an offer's token (an offer stands for the session; importing the
    /// same file again after it was taken is harmless, it changes nothing).
    pub(crate) fn final_import(&self, token: u32) -> Option<PathBuf> {
        let files = lock(&self.final_imports);
        token.checked_sub(1).and_then(|i| files.get(i as usize)).cloned()
    }
}

/// A database that cannot be opened: the reason, and for a folder that is not usable the
/// general advice (core's own messages already say what to do for a full disk, a
/// read-only folder, a busy or damaged file).
fn open_error(e: CoreError) -> Error {
    let mut err = Error::from(e);
    err.message = if err.code == "io" {
        format!(
            "Mizan could not open its database: {}. Check that the folder is writable and the disk not full; \
             set MIZAN_DB to use another file.",
            err.message
        )
    } else {
        format!("Mizan could not open its database: {}.", err.message)
    };
    err
}

/// The locked, open store; only made by [`Session::store`].
pub struct StoreGuard<'a>(MutexGuard<'a, Option<Result<Store>>>);

impl Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        match &*self.0 {
            Some(Ok(store)) => store,
            _ => unreachable!("StoreGuard is only made over an open store"),
        }
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        match &mut *self.0 {
            Some(Ok(store)) => store,
            _ => unreachable!("StoreGuard is only made over an open store"),
        }
    }
}
