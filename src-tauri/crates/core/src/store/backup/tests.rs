//! Backup tests: the restore drill, daily generations and pruning, and every refusal that
//! keeps the live database whole.

use super::*;
use crate::catalog::Catalog;
use crate::model::*;
use crate::store::{schema, Store};
use crate::test_support;
use crate::text::Lang;
use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};

fn new_assessment(store: &mut Store, name: &str) -> uuid::Uuid {
    let mut new = test_support::new_assessment(name, "TN", "service-integration", Mode::SelfAssessment);
    new.agency = NewAgency { name: name.into(), sector: String::new(), country: "TN".into(), size: String::new(), tags: vec![] };
    store.create(new).unwrap().assessment.id
}

/// A fresh data folder whose database holds one assessment per agency name.
fn database_with(agencies: &[&str]) -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    let (mut store, _) = Store::open_checked(&db, Catalog::builtin()).unwrap();
    for name in agencies {
        new_assessment(&mut store, name);
    }
    (dir, db, store)
}

#[test]
fn restore_drill_back_up_damage_restore_verify() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    let (mut store, report) = Store::open_checked(&db, Catalog::builtin()).unwrap();
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

    let (store, report) = Store::open_checked(&db, Catalog::builtin()).unwrap();
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
    let made = daily_backup(&db).unwrap().expect("first backup of the day after a change");
    assert!(describe(&made).ok);
    assert_eq!(daily_backup(&db).unwrap(), None, "one per day");
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
    let (mut store, _) = Store::open_checked(&db, Catalog::builtin()).unwrap();
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
    drop(Store::open_checked(&live, Catalog::builtin()).unwrap());
    // A backup copied by hand while its app was running: main file plus its WAL.
    let source = dir.path().join("running").join("mizan.db");
    let (mut running, _) = Store::open_checked(&source, Catalog::builtin()).unwrap();
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
    conn.execute_batch(schema::MIGRATIONS[0]).unwrap();
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
    assert_eq!(store.schema_version().unwrap() as usize, schema::MIGRATIONS.len(), "upgraded");
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
    let future = schema::MIGRATIONS.len() as i64 + 1;
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
