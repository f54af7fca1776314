//! Your data: the backups folder, *Back up now…*, and a restore in two steps — choose a
//! backup (checked, and described so the user can confirm what it holds), then restore
//! exactly that one. The database a restore replaces is kept first, so it can be undone.

use crate::decode::truncate;
use crate::error::{Error, Result};
use crate::exports::{check_target, remember_folder};
use crate::session::Session;
use mizan_core::store::backup::{self, BackupInfo, Restored};
use std::path::{Path, PathBuf};

/// The backups in the data folder (daily, weekly, before migrations and restores), newest first.
pub fn list_backups(session: &Session) -> Result<Vec<BackupInfo>> {
    Ok(backup::list_backups(&session.backups_dir()))
}

/// A consistent copy of the database at `target`, a path from the native save dialog.
/// The save dialog has already asked about replacing an existing file; the core refuses
/// the database itself and its side files, however the path names them.
pub fn backup_now(session: &Session, target: &Path) -> Result<BackupInfo> {
    check_target(session, target)?;
    let info = session.store()?.backup_replacing(target)?;
    remember_folder(session, target);
    Ok(info)
}

/// A consistent copy at `target`, or a new `mizan-…-manual.db` in the backups folder
/// (`mizan backup`); an existing file is never replaced.
pub fn backup_to(session: &Session, target: Option<PathBuf>) -> Result<BackupInfo> {
    let stamp: String = mizan_core::time::now().replace([':', '.'], "").chars().take(17).collect();
    let target = target.unwrap_or_else(|| session.backups_dir().join(format!("mizan-{stamp}-manual.db")));
    check_target(session, &target)?;
    Ok(session.store()?.backup_to(&target)?)
}

/// Checks a backup and remembers it for [`restore_backup`]; the UI shows what it holds
/// (its date, assessments and agencies) and asks to confirm. `name` picks one of
/// [`list_backups`] by file name; a file chosen in the native dialog comes as `picked`.
pub fn choose_backup(session: &Session, name: Option<&str>, picked: Option<&Path>) -> Result<BackupInfo> {
    session.set_pending_restore(None);
    let path = match (name, picked) {
        (_, Some(path)) => path.to_path_buf(),
        (Some(name), None) => backup_in_folder(session, name)?,
        (None, None) => return Err(Error::invalid_input("choose_backup: give the `name` of a backup")),
    };
    let info = usable_backup(&path)?;
    session.set_pending_restore(Some(path));
    Ok(info)
}

/// What the backup at `path` holds, or why it cannot be restored: missing, not a Mizan
/// database, damaged, or written by a newer Mizan. Nothing is changed either way.
pub fn usable_backup(path: &Path) -> Result<BackupInfo> {
    if !path.is_file() {
        return Err(Error::at_path("not_found", "err-backup-missing", path, |p| format!("{p} does not exist (any more): choose another backup")));
    }
    let info = backup::describe(path);
    if !info.ok {
        return Err(Error::at_path("invalid_input", "err-backup-unusable", path, |p| {
            format!("{p} is not a usable Mizan backup: it is not a Mizan database or fails its integrity check. Choose another backup.")
        }));
    }
    backup::refuse_newer(path)?;
    Ok(info)
}

/// A backup of the data folder by its bare file name: the webview never names a path,
/// and only a name the folder's listing holds is accepted.
fn backup_in_folder(session: &Session, name: &str) -> Result<PathBuf> {
    let bare = !name.is_empty() && name.len() <= 255 && !name.starts_with('.') && !name.contains(['/', '\\', '\0']);
    if !bare {
        return Err(Error::invalid_input(format!(
            "choose_backup: `{}` is not the name of a backup in the backups folder",
            truncate(name, 60)
        )));
    }
    let dir = session.backups_dir();
    backup::listed_backup(&dir, name).ok_or_else(|| {
        Error::at_path("not_found", "err-backup-missing", &dir.join(truncate(name, 60)), |p| format!("{p} is not in the backups folder (any more): choose another backup"))
    })
}

/// Restores the backup chosen by [`choose_backup`] (once).
pub fn restore_backup(session: &Session) -> Result<Restored> {
    let Some(chosen) = session.take_pending_restore() else {
        return Err(Error::keyed("conflict", "err-backup-none-chosen", &[], None, "no backup was chosen to restore: choose one first (Your data → Restore…)"));
    };
    restore_file(session, &chosen)
}

/// Replaces the database by the backup at `path` (checked again), keeping the current
/// one among the backups. The file was replaced even if the database cannot be opened
/// now (a failed upgrade, a full disk): that error reaches the caller on its next use.
pub fn restore_file(session: &Session, path: &Path) -> Result<Restored> {
    let restored = session.with_store_closed(|db| Ok(backup::restore(db, path)?))?;
    // The restore answers a notice of damage at start.
    session.clear_damage_notice();
    Ok(restored)
}
