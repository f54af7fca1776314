//! The checked open: a damaged database moved aside (never overwritten), a copy before
//! a migration. When to call it, and the daily backup and pruning after it, are the open
//! policy of mizan-api's `Session`.

use super::check::{check_file, list_backups, BackupInfo, CheckFailure};
use super::copy::backup_before_migration;
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
    /// Checks the database at `db`, moves a damaged one aside (reporting the newest good
    /// backup), copies one that is readable before it may be migrated, then opens it.
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
