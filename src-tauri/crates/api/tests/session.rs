//! The open policy of a [`Session`], for the app and the command line: what is created,
//! what is moved aside or refused, the daily backup, and where save dialogs open.

use mizan_api::{assessments, backups, exports, OpenOptions, Purpose, Session};
use serde_json::json;
use std::path::Path;

fn new_assessment(name: &str) -> serde_json::Value {
    json!({
        "title": "",
        "agency": { "name": name, "sector": "", "country": "", "size": "", "tags": [] },
        "framework_id": "innovation-readiness",
        "framework_version": null,
        "mode": "self"
    })
}

/// The database at `db` with one assessment, written as the app writes it.
fn with_one_assessment(db: &Path) {
    let app = Session::open(db, OpenOptions::app());
    assessments::create_assessment(&app, new_assessment("Ministry of Health"), None).unwrap();
}

fn damage(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    bytes[..4096].fill(0xAB);
    std::fs::write(db, &bytes).unwrap();
    bytes
}

#[test]
fn a_session_that_only_reads_never_creates_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    let reading = Session::new(&db, OpenOptions::command_line(Purpose::Read));
    assert!(assessments::list_assessments(&reading, None).unwrap().is_empty(), "no database holds no assessments");
    let e = reading.store().err().expect("nothing to read");
    assert_eq!(e.code, "not_found");
    assert!(e.message.contains(db.to_str().unwrap()) && e.message.contains("--db"), "{}", e.message);
    assert!(backups::backup_to(&reading, Some(dir.path().join("copy.db"))).is_err());
    assert!(!db.exists() && !dir.path().join("copy.db").exists());

    let writing = Session::new(&db, OpenOptions::command_line(Purpose::Write));
    assert!(!db.exists(), "opened only when a use case needs it");
    writing.store().unwrap();
    assert!(db.is_file());
}

#[test]
fn the_command_line_refuses_a_damaged_database_and_leaves_it_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    with_one_assessment(&db);
    let bytes = damage(&db);

    let cli = Session::new(&db, OpenOptions::command_line(Purpose::Read));
    let e = assessments::list_assessments(&cli, None).unwrap_err();
    assert!(e.message.contains("mizan restore FILE"), "says what to do: {}", e.message);
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "left exactly as it was");
    assert!(cli.opened().moved_aside.is_none());

    // The app, on the same file, moves it aside and starts on a new one.
    let app = Session::open(&db, OpenOptions::app());
    let aside = app.opened().moved_aside.expect("moved aside");
    assert_eq!(std::fs::read(aside).unwrap(), bytes);
    assert!(assessments::list_assessments(&app, None).unwrap().is_empty());
}

#[test]
fn the_daily_backup_is_made_once_on_a_worker_thread_and_not_after_damage() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    with_one_assessment(&db);
    let app = Session::open(&db, OpenOptions::app());
    let errors = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let heard = errors.clone();
    app.start_daily_backup(move |e| heard.lock().unwrap().push(e)).expect("started").join().unwrap();
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
    let today = &mizan_core::time::now()[..10];
    let listed = backups::list_backups(&app).unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!((listed[0].date.as_deref(), listed[0].assessments), (Some(today), Some(1)));
    drop(app);

    damage(&db);
    let app = Session::open(&db, OpenOptions::app());
    assert!(app.start_daily_backup(|_| ()).is_none(), "no backup of a new, empty database over the good one");

    // A database that cannot be opened is not backed up either.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    let broken = Session::open(&blocker.join("mizan.db"), OpenOptions::app());
    assert!(broken.db_error().is_some());
    assert!(broken.start_daily_backup(|_| ()).is_none());
}

#[test]
fn save_dialogs_open_in_the_documents_folder_then_where_the_user_last_saved() {
    let dir = tempfile::tempdir().unwrap();
    let app = Session::open(&dir.path().join("mizan.db"), OpenOptions::app());
    let first = exports::save_folder(&app);
    let expected = dirs::document_dir().or_else(dirs::home_dir);
    if let Some(expected) = expected {
        assert_eq!(first, expected, "not the app's working folder");
    }
    let id = assessments::create_assessment(&app, new_assessment("Ministry of Health"), None).unwrap().summary.id.to_string();
    let chosen = dir.path().join("reports");
    std::fs::create_dir_all(&chosen).unwrap();
    exports::export_report(&app, &id, serde_json::Value::Null, &chosen.join("r.pdf")).unwrap();
    assert_eq!(exports::save_folder(&app), chosen, "remembered for the next dialog");
    backups::backup_now(&app, &dir.path().join("copy.db")).unwrap();
    assert_eq!(exports::save_folder(&app), dir.path());
}
