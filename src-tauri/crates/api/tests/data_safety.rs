//! Your data, through the commands the webview calls: *Back up now…*, *Restore…* with a
//! confirmation naming what the backup holds, a damaged database moved aside at start,
//! and saving on a real full or read-only file system (in a private mount namespace).

use mizan_api::{exports, OpenOptions, Purpose, Session};
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

/// The use cases under the names of the commands of docs/ipc.md.
mod cmd {
    pub use mizan_api::{answers::*, app::*, assessments::*, backups::*, frameworks::*};
}

/// The database as the app opens it.
fn open(db: &Path) -> Session {
    Session::open(db, OpenOptions::app())
}

const FW: &str = "innovation-readiness";

/// A database in a new folder, holding one assessment, of the Ministry of Health.
fn with_one_assessment() -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    let state = open(&dir.path().join("mizan.db"));
    cmd::create_assessment(&state, new_assessment("Ministry of Health"), None).unwrap();
    (dir, state)
}

fn new_assessment(name: &str) -> Value {
    json!({
        "title": "",
        "agency": { "name": name, "sector": "health", "country": "tn", "size": "large", "tags": [] },
        "framework_id": FW,
        "framework_version": null,
        "mode": "self"
    })
}

fn agencies(state: &Session) -> Vec<String> {
    let mut names: Vec<String> = cmd::list_assessments(state, None).unwrap().into_iter().map(|a| a.agency.name).collect();
    names.sort();
    names
}

fn answer(id: &str, respondent: &str, question: &str, level: u8, note: &str) -> Value {
    json!({ "assessment": id, "respondent": respondent, "question": question, "level": level,
            "not_applicable": false, "note": note, "evidence": "" })
}

#[test]
fn back_up_now_then_restore_it_with_its_contents_named_and_undo_the_restore() {
    let (dir, state) = with_one_assessment();

    let target = dir.path().join("chosen").join("my-backup.db");
    let made = cmd::backup_now(&state, &target).unwrap();
    assert!(made.ok && target.is_file());
    assert_eq!((made.assessments, made.agencies), (Some(1), Some(1)));

    cmd::create_assessment(&state, new_assessment("Ministry of Energy"), None).unwrap();
    assert_eq!(agencies(&state), ["Ministry of Energy", "Ministry of Health"]);

    // Choosing says what the backup holds before anything is replaced.
    let chosen = cmd::choose_backup(&state, None, Some(&target)).unwrap();
    let today = mizan_core::time::now()[..10].to_string();
    assert_eq!(chosen.date.as_deref(), Some(today.as_str()), "dated by its newest change, as the file name has none");
    assert_eq!((chosen.assessments, chosen.agencies), (Some(1), Some(1)));
    assert_eq!(agencies(&state).len(), 2, "nothing replaced before the confirmation");

    let restored = cmd::restore_backup(&state).unwrap();
    assert_eq!(agencies(&state), ["Ministry of Health"]);
    assert_eq!(state.store().unwrap().integrity_check().unwrap(), "ok");
    // The pending choice is used once only.
    let again = cmd::restore_backup(&state).unwrap_err();
    assert_eq!(again.code, "conflict");

    // The database it replaced is kept among the backups: restoring it undoes the restore.
    let safety = restored.safety_copy.expect("the replaced database is kept");
    let listed = cmd::list_backups(&state).unwrap();
    let entry = listed.iter().find(|b| b.path == safety).expect("listed in the backups folder");
    assert_eq!((entry.assessments, entry.ok), (Some(2), true));
    let name = safety.file_name().unwrap().to_str().unwrap();
    cmd::choose_backup(&state, Some(name), None).unwrap();
    cmd::restore_backup(&state).unwrap();
    assert_eq!(agencies(&state), ["Ministry of Energy", "Ministry of Health"]);
}

#[test]
fn hostile_backup_choices_are_refused_and_nothing_is_replaced() {
    let (dir, state) = with_one_assessment();
    let outside = dir.path().join("secret.db");
    std::fs::write(&outside, "x").unwrap();

    for name in ["", "../mizan.db", "mizan-../../secret.db", "/etc/passwd", "mizan-2026-01-01.db/../../x.db", "mizan-a\u{0}.db", "..", ".", "backups\\..\\x.db", &"mizan-".repeat(50)] {
        let e = cmd::choose_backup(&state, Some(name), None).unwrap_err();
        assert_eq!(e.code, "invalid_input", "{name:?}: {e:?}");
        assert!(e.message.contains("is not the name of a backup"), "{name:?}: {}", e.message);
    }
    // Plain names are taken only if the backups folder lists them.
    for name in ["mizan-2020-01-01.db", "secret.db", "mizan.db"] {
        let missing = cmd::choose_backup(&state, Some(name), None).unwrap_err();
        assert_eq!(missing.code, "not_found", "{name}: {missing:?}");
    }

    // A file that is not a Mizan database, and one that is damaged.
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "minutes of the meeting").unwrap();
    let damaged = dir.path().join("damaged.db");
    cmd::backup_now(&state, &damaged).unwrap();
    let mut bytes = std::fs::read(&damaged).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid..].fill(0x5A);
    std::fs::write(&damaged, &bytes).unwrap();
    for bad in [&text, &damaged] {
        let e = cmd::choose_backup(&state, None, Some(bad)).unwrap_err();
        assert_eq!(e.code, "invalid_input", "{e:?}");
        assert!(e.message.contains("not a usable Mizan backup") && e.message.contains(bad.to_str().unwrap()), "{}", e.message);
        assert_eq!(cmd::restore_backup(&state).unwrap_err().code, "conflict", "a refused choice is not pending");
    }
    assert_eq!(agencies(&state), ["Ministry of Health"]);

    // A backup from a newer Mizan is refused when chosen, before any confirmation.
    let newer = dir.path().join("from-newer-mizan.db");
    cmd::backup_now(&state, &newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 9999).unwrap();
    let e = cmd::choose_backup(&state, None, Some(&newer)).unwrap_err();
    assert_eq!(e.code, "invalid_input");
    assert!(e.message.contains("newer Mizan"), "{}", e.message);
    assert_eq!(cmd::restore_backup(&state).unwrap_err().code, "conflict");

    // Backing up over the live database is refused, however the path names it.
    std::os::unix::fs::symlink(dir.path(), dir.path().join("same-folder")).unwrap();
    for live in [dir.path().join("mizan.db"), dir.path().join("same-folder/mizan.db"), dir.path().join("same-folder/mizan.db-wal")] {
        let e = cmd::backup_now(&state, &live).unwrap_err();
        assert_eq!(e.code, "invalid_input", "{live:?}");
    }
    assert_eq!(agencies(&state), ["Ministry of Health"]);
    assert_eq!(state.store().unwrap().integrity_check().unwrap(), "ok");
}

#[test]
fn back_up_now_replaces_a_file_the_user_chose_to_replace_and_any_listed_name_restores() {
    let (_dir, state) = with_one_assessment();
    // The user copied a backup by hand in the file manager: "… (1).db".
    let copied = state.backups_dir().join("mizan-2026-11-20 (1).db");
    std::fs::create_dir_all(state.backups_dir()).unwrap();
    std::fs::write(&copied, "an old copy").unwrap();
    let made = cmd::backup_now(&state, &copied).unwrap();
    assert_eq!((made.ok, made.assessments), (true, Some(1)), "replaced by the new backup");
    cmd::create_assessment(&state, new_assessment("Ministry of Energy"), None).unwrap();
    cmd::choose_backup(&state, Some("mizan-2026-11-20 (1).db"), None).unwrap();
    cmd::restore_backup(&state).unwrap();
    assert_eq!(agencies(&state), ["Ministry of Health"]);
}

#[test]
fn a_damaged_database_is_moved_aside_at_start_and_the_newest_good_backup_offered() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    {
        let state = open(&db);
        cmd::create_assessment(&state, new_assessment("Ministry of Health"), None).unwrap();
        let backups = state.backups_dir();
        cmd::backup_now(&state, &backups.join("mizan-2026-11-20.db")).unwrap();
    }
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[..100].fill(0);
    std::fs::write(&db, &bytes).unwrap();

    let state = open(&db);
    assert!(state.db_error().is_none(), "the app starts, on a new database: {:?}", state.db_error());
    let info = cmd::app_info(&state);
    let recovery = info.recovery.expect("the user is told");
    assert!(Path::new(&recovery.moved_aside).is_file(), "kept, never deleted");
    assert_eq!(std::fs::read(&recovery.moved_aside).unwrap(), bytes, "never overwritten");
    let offer = recovery.newest_backup.expect("a good backup to offer");
    assert_eq!((offer.date.as_deref(), offer.assessments), (Some("2026-11-20"), Some(1)));
    assert!(agencies(&state).is_empty());

    let name = offer.path.file_name().unwrap().to_str().unwrap().to_string();
    cmd::choose_backup(&state, Some(&name), None).unwrap();
    cmd::restore_backup(&state).unwrap();
    assert_eq!(agencies(&state), ["Ministry of Health"]);
    assert!(cmd::app_info(&state).recovery.is_none(), "the restore answers the notice: a reload no longer shows it");
}

// ---- a real full or read-only file system -------------------------------------------------

const FAULT_DIR_ENV: &str = "MIZAN_FAULT_DIR";
/// `npm test` sets this when running as root, so the test cannot pass by skipping.
const REQUIRE_ENV: &str = "MIZAN_REQUIRE_FAULT_FS";

/// Runs this test again as a child in a private mount namespace, on a 2 MiB tmpfs.
#[test]
fn saving_on_a_full_or_read_only_file_system_fails_clearly_and_resumes_after() {
    if let Some(dir) = std::env::var_os(FAULT_DIR_ENV) {
        return faults_on(Path::new(&dir));
    }
    let can = Command::new("unshare").args(["-m", "true"]).status().is_ok_and(|s| s.success());
    if !can {
        assert!(std::env::var_os(REQUIRE_ENV).is_none(), "{REQUIRE_ENV} is set but `unshare -m` does not work here");
        eprintln!("SKIPPED: a private tmpfs needs `unshare -m` (root); the SQLITE_FULL test of mizan-core still ran");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let out = Command::new("unshare")
        .args(["-m", "--propagation", "private", "--", "sh", "-c", r#"mount -t tmpfs -o size=2m mizan-fault "$0" && exec "$@""#])
        .arg(dir.path())
        .arg(&exe)
        .args(["saving_on_a_full_or_read_only_file_system_fails_clearly_and_resumes_after", "--exact", "--nocapture", "--test-threads=1"])
        .env(FAULT_DIR_ENV, dir.path())
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the child failed:\n{text}");
    assert!(text.contains("fault child: done"), "the child did not run its checks:\n{text}");
    for line in text.lines().filter(|l| l.contains("fault child:")) {
        println!("{line}");
    }
}

/// In the child: `dir` is a private 2 MiB tmpfs.
fn faults_on(dir: &Path) {
    let db = dir.join("mizan.db");
    let state = open(&db);
    let created = cmd::create_assessment(&state, new_assessment("Ministry of Water"), None).unwrap();
    let (id, me) = (created.summary.id.to_string(), created.respondents[0].id.to_string());
    let questions: Vec<String> = cmd::get_framework(&state, FW, None, None).unwrap().questions.into_iter().map(|q| q.id).collect();
    cmd::save_answer(&state, answer(&id, &me, &questions[0], 2, "before"), None).unwrap();

    // Fill the file system to the last byte.
    let filler = dir.join("filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 64 * 1024];
        while f.write_all(&block).is_ok() {}
        let _ = f.write_all(&[0u8; 512]);
        let _ = f.sync_all();
    }
    let long = "ملاحظة طويلة ".repeat(400);
    let mut refused = None;
    for (i, q) in questions.iter().enumerate().skip(1) {
        if let Err(e) = cmd::save_answer(&state, answer(&id, &me, q, 3, &long), None) {
            refused = Some((i, e));
            break;
        }
    }
    let (at, e) = refused.expect("a save on the full file system is refused");
    println!("fault child: full disk refused the save of question {at}: {e}");
    assert_eq!(e.code, "disk_full", "{e:?}");
    assert!(e.message.contains("mizan.db") && e.message.contains("The disk is full: free some space, then save again"), "{}", e.message);
    let stored = cmd::get_assessment(&state, &id, None).unwrap().answers.len();
    assert_eq!(stored, at, "every acknowledged save is kept, the refused one is not there");

    // Space is back: the same save now works, and nothing was half-written.
    std::fs::remove_file(&filler).unwrap();
    cmd::save_answer(&state, answer(&id, &me, &questions[at], 3, &long), None).unwrap();
    assert_eq!(cmd::get_assessment(&state, &id, None).unwrap().answers.len(), at + 1);
    assert_eq!(state.store().unwrap().integrity_check().unwrap(), "ok");

    // The data folder is read-only (a write-protected or failing drive remounted read-only
    // by the system). Linux refuses to remount under a file open for writing, so the app
    // meets it when it (re)opens the database: every command says so, and the next one
    // after the folder is writable again works (the UI's Retry).
    drop(state);
    remount(dir, "ro");
    let state = open(&db);
    let e = cmd::save_answer(&state, answer(&id, &me, &questions[at + 1], 4, "read-only"), None).unwrap_err();
    println!("fault child: read-only folder refused the save: {e}");
    assert_eq!(e.code, "read_only", "{e:?}");
    assert!(e.message.contains("mizan.db") && e.message.contains("cannot be written"), "a reason and what to do: {}", e.message);
    // Commands that only read still work there (issue 17 item 8): listing, and exporting
    // or backing up to another disk.
    let reading = Session::new(&db, OpenOptions::command_line(Purpose::Read));
    assert_eq!(cmd::list_assessments(&reading, None).unwrap().len(), 1);
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("out.mizan.json");
    let uuid = id.parse().unwrap();
    exports::export(&reading, exports::Subject::Stored(uuid), exports::Format::Exchange, &out, &Default::default()).unwrap();
    assert!(out.is_file());
    cmd::backup_to(&reading, Some(elsewhere.path().join("copy.db"))).unwrap();
    println!("fault child: read-only folder: listed, exported and backed up elsewhere");
    // A backup into the read-only folder names that folder, not "the data folder".
    let e = cmd::backup_to(&reading, Some(dir.join("copy.db"))).unwrap_err();
    assert!(e.message.contains(&*dir.to_string_lossy()) && !e.message.contains("data folder"), "{}", e.message);
    drop(reading);
    remount(dir, "rw");
    cmd::save_answer(&state, answer(&id, &me, &questions[at + 1], 4, "writable again"), None).unwrap();
    let answers = cmd::get_assessment(&state, &id, None).unwrap().answers;
    assert_eq!(answers.len(), at + 2);
    assert!(answers.iter().any(|a| a.note == "writable again"));
    drop(state);

    // Reopened from the file: everything acknowledged is there, and intact.
    let state = open(&db);
    assert_eq!(cmd::get_assessment(&state, &id, None).unwrap().answers.len(), at + 2);
    assert_eq!(state.store().unwrap().integrity_check().unwrap(), "ok");
    println!("fault child: done");
}

/// `key` is a message of every errors.ftl, and each uses every argument the error sends.
fn assert_catalogued<'a>(key: &str, args: impl Iterator<Item = &'a String> + Clone) {
    for lang in ["en", "fr", "ar"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../../ui/locales/{lang}/errors.ftl"));
        let catalog = std::fs::read_to_string(&path).unwrap();
        let message = catalog.lines().find(|l| l.starts_with(&format!("{key} ="))).unwrap_or_else(|| panic!("{key} missing from {lang}/errors.ftl"));
        for arg in args.clone() {
            assert!(message.contains(&format!("{{ ${arg} }}")), "{lang}/errors.ftl {key} does not use ${arg}: {message}");
        }
    }
}

fn remount(dir: &Path, mode: &str) {
    let status = Command::new("mount").args(["-o", &format!("remount,{mode}")]).arg(dir).status().unwrap();
    assert!(status.success(), "mount -o remount,{mode}");
}

/// Issue 17 items 1 and 13, as the app meets them: a save dialog that names the database,
/// one of its side files or a pipe is refused by the one guard every writer uses.
#[cfg(unix)]
#[test]
fn the_app_never_writes_a_report_pack_or_backup_over_the_database_or_a_special_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mizan.db");
    let state = open(&db);
    let id = cmd::create_assessment(&state, new_assessment("Ministry of Health"), None).unwrap().summary.id.to_string();
    let before = std::fs::read(&db).unwrap();
    let fifo = dir.path().join("pipe");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    std::os::unix::fs::symlink(&db, dir.path().join("link.db")).unwrap();
    // A file its owner made read-only is not replaced by a rename behind their back.
    let protected = dir.path().join("protected.pdf");
    std::fs::write(&protected, b"the minister's copy").unwrap();
    std::fs::set_permissions(&protected, std::os::unix::fs::PermissionsExt::from_mode(0o444)).unwrap();
    for (target, says, key) in [
        (db.clone(), "Mizan's database", "err-output-database"),
        (dir.path().join("mizan.db-wal"), "Mizan's database", "err-output-database"),
        (dir.path().join("mizan.db-journal"), "Mizan's database", "err-output-database"),
        (dir.path().join("link.db"), "Mizan's database", "err-output-database"),
        (fifo.clone(), "not a regular file", "err-output-special"),
        (dir.path().to_path_buf(), "is a folder", "err-output-folder"),
        (protected.clone(), "is read-only", "err-output-read-only"),
    ] {
        let errors = [
            exports::export_report(&state, &id, json!({}), &target).unwrap_err(),
            exports::export_pack(&state, FW, None, &target).unwrap_err(),
            cmd::backup_now(&state, &target).unwrap_err(),
        ];
        for e in errors {
            assert_eq!(e.code, "invalid_input", "{target:?}: {e:?}");
            assert!(e.message.contains(says), "{target:?}: {}", e.message);
            assert_eq!(e.key, key, "{target:?}");
            assert_catalogued(&e.key, e.args.keys());
        }
    }
    assert_eq!(std::fs::read(&protected).unwrap(), b"the minister's copy");
    // A report or pack is not written into a folder that does not exist (a backup makes its own).
    let nowhere = dir.path().join("no such folder/report.pdf");
    for e in [exports::export_report(&state, &id, json!({}), &nowhere).unwrap_err(), exports::export_pack(&state, FW, None, &nowhere).unwrap_err()] {
        assert!(e.key == "err-output-no-folder" && e.message.contains("does not exist"), "{e:?}");
        assert_catalogued(&e.key, e.args.keys());
    }
    assert!(!dir.path().join("no such folder").exists(), "no folder is made");
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&std::fs::symlink_metadata(&fifo).unwrap().file_type()), "the pipe is still a pipe");
    assert_eq!(std::fs::read(&db).unwrap().len(), before.len());
    assert_eq!(state.store().unwrap().integrity_check().unwrap(), "ok");
    assert_eq!(agencies(&state), ["Ministry of Health"]);
}
