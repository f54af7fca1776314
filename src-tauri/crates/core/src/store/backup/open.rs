//! The app's safe open: a damaged database moved aside (never overwritten), a copy
//! before a migration, the daily backup and pruning.

use super::check::{check_file, list_backups, BackupInfo, CheckFailure};
use super::copy::{backup_before_migration, daily_backup};
use super::retention::prune;
use super::{backups_dir, move_aside};
use crate::catalog::Catalog;
use crate::error::Result;
use crate::store::Store;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What happened while opening the database safely.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OpenReport {
    /// The damaged database was moved here; the app starts on a new one.
    pub moved_aside: Option<PathBuf>,
    /// The newest backup that passes its check, to offer for restoring.
    pub newest_backup: Option<BackupInfo>,
    pub backup_made: Option<PathBuf>,
}

impl Store {
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
