//! Mizan's desktop shell: Tauri commands over mizan-core.
//!
//! Each command is a one-line wrapper over a plain function in [`commands`], which
//! tests call on a temporary database without a window. The commands are async so that
//! SQLite work runs off the main (GTK) thread and never freezes the window.

pub mod commands;
pub mod dto;
pub mod error;
pub mod state;

use dto::{AppInfo, Framework, SavedAnswer};
use error::{CmdResult, CommandError};
use mizan_core::{AssessmentDetail, AssessmentSummary, FrameworkSummary, Scores};
use serde_json::Value;
use state::AppState;
use tauri::State;

/// Every command the webview may call. build.rs lists the same names in the app manifest
/// and capabilities/main.json allows each one; a test checks the three lists agree.
pub const COMMANDS: &[&str] = &[
    "app_info",
    "list_frameworks",
    "get_framework",
    "install_framework",
    "list_assessments",
    "create_assessment",
    "get_assessment",
    "save_answer",
    "set_position",
    "score_assessment",
    "finalize_assessment",
    "duplicate_assessment",
    "delete_assessment",
    "undo_delete",
    "compare_assessment",
    "update_agency",
    "export_pack",
    "import_pack",
    "load_sample_data",
    "export_report",
    "list_backups",
    "backup_now",
    "choose_backup",
    "restore_backup",
];

type S<'a> = State<'a, AppState>;

/// The path a native dialog returned; a non-local choice (e.g. a remote location) is refused.
fn local_path(picked: tauri_plugin_dialog::FilePath) -> CmdResult<std::path::PathBuf> {
    picked
        .into_path()
        .map_err(|e| CommandError::new("io", format!("the chosen file is not a local path ({e}): choose a file on this computer")))
}

#[tauri::command]
async fn app_info(state: S<'_>) -> CmdResult<AppInfo> {
    Ok(commands::app_info(&state))
}

#[tauri::command]
async fn list_frameworks(state: S<'_>, lang: Option<String>) -> CmdResult<Vec<FrameworkSummary>> {
    commands::list_frameworks(&state, lang.as_deref())
}

#[tauri::command]
async fn get_framework(
    state: S<'_>,
    id: String,
    version: Option<String>,
    lang: Option<String>,
) -> CmdResult<Framework> {
    commands::get_framework(&state, &id, version.as_deref(), lang.as_deref())
}

/// The native open dialog runs here, on the Rust side: the webview never names a path.
/// `blocking_pick_file` is fine in an async command (a worker thread, not the GTK one).
#[tauri::command]
async fn install_framework(
    window: tauri::Window,
    state: S<'_>,
    lang: Option<String>,
) -> CmdResult<Option<FrameworkSummary>> {
    use tauri_plugin_dialog::DialogExt;
    commands::parse_lang(lang.as_deref())?;
    let picked = window
        .dialog()
        .file()
        .set_parent(&window)
        .add_filter("TOML", &["toml"])
        .blocking_pick_file();
    let Some(picked) = picked else {
        return Ok(None);
    };
    let path = local_path(picked)?;
    commands::install_framework(&state, &path, lang.as_deref()).map(Some)
}

#[tauri::command]
async fn list_assessments(state: S<'_>, lang: Option<String>) -> CmdResult<Vec<AssessmentSummary>> {
    commands::list_assessments(&state, lang.as_deref())
}

#[tauri::command]
async fn create_assessment(
    state: S<'_>,
    input: Value,
    lang: Option<String>,
) -> CmdResult<AssessmentDetail> {
    commands::create_assessment(&state, input, lang.as_deref())
}

#[tauri::command]
async fn get_assessment(
    state: S<'_>,
    id: String,
    lang: Option<String>,
) -> CmdResult<AssessmentDetail> {
    commands::get_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn save_answer(state: S<'_>, input: Value, lang: Option<String>) -> CmdResult<SavedAnswer> {
    commands::save_answer(&state, input, lang.as_deref())
}

#[tauri::command]
async fn set_position(state: S<'_>, id: String, question: String) -> CmdResult<()> {
    commands::set_position(&state, &id, &question)
}

#[tauri::command]
async fn score_assessment(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<Scores> {
    commands::score_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn finalize_assessment(
    state: S<'_>,
    id: String,
    lang: Option<String>,
) -> CmdResult<AssessmentSummary> {
    commands::finalize_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn duplicate_assessment(
    state: S<'_>,
    id: String,
    lang: Option<String>,
) -> CmdResult<AssessmentDetail> {
    commands::duplicate_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn delete_assessment(state: S<'_>, id: String) -> CmdResult<()> {
    commands::delete_assessment(&state, &id)
}

#[tauri::command]
async fn undo_delete(
    state: S<'_>,
    id: String,
    lang: Option<String>,
) -> CmdResult<AssessmentSummary> {
    commands::undo_delete(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn compare_assessment(state: S<'_>, id: String, filter: Value) -> CmdResult<mizan_core::store::Comparison> {
    commands::compare_assessment(&state, &id, filter)
}

#[tauri::command]
async fn update_agency(state: S<'_>, id: String, profile: Value) -> CmdResult<mizan_core::AgencySummary> {
    commands::update_agency(&state, &id, profile)
}

/// The path comes from the native save dialog, never from the webview.
#[tauri::command]
async fn export_pack(
    window: tauri::Window,
    state: S<'_>,
    framework: String,
    version: Option<String>,
) -> CmdResult<Option<commands::PackExported>> {
    use tauri_plugin_dialog::DialogExt;
    let picked = window
        .dialog()
        .file()
        .set_parent(&window)
        .set_file_name(format!("{framework}-benchmark-pack.json"))
        .add_filter("Mizan benchmark pack", &["json"])
        .blocking_save_file();
    let Some(picked) = picked else { return Ok(None) };
    let path = local_path(picked)?;
    commands::export_pack(&state, &framework, version.as_deref(), &path).map(Some)
}

/// The path comes from the native open dialog, never from the webview.
#[tauri::command]
async fn import_pack(window: tauri::Window, state: S<'_>) -> CmdResult<Option<mizan_core::store::PackImport>> {
    use tauri_plugin_dialog::DialogExt;
    let picked = window
        .dialog()
        .file()
        .set_parent(&window)
        .add_filter("Mizan benchmark pack", &["json"])
        .blocking_pick_file();
    let Some(picked) = picked else { return Ok(None) };
    let path = local_path(picked)?;
    commands::import_pack(&state, &path).map(Some)
}

/// The PDF goes where the user picks in the native save dialog.
#[tauri::command]
async fn export_report(
    window: tauri::Window,
    state: S<'_>,
    id: String,
    lang: Option<String>,
    filter: Value,
    name: Option<String>,
) -> CmdResult<Option<commands::ReportExported>> {
    use tauri_plugin_dialog::DialogExt;
    commands::parse_id(&id)?;
    let file_name: String = name
        .unwrap_or_else(|| "mizan-report".into())
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' || c == ' ' { c } else { '-' })
        .take(80)
        .collect();
    let picked = window
        .dialog()
        .file()
        .set_parent(&window)
        .set_file_name(format!("{}.pdf", file_name.trim()))
        .add_filter("PDF", &["pdf"])
        .blocking_save_file();
    let Some(picked) = picked else { return Ok(None) };
    let path = local_path(picked)?;
    let exported = commands::export_report(&state, &id, lang.as_deref(), filter, &path)?;
    // Show the new file in the file manager; the report is saved either way, so a desktop
    // without one (or a refusal) is not an error.
    {
        use tauri::Manager;
        use tauri_plugin_opener::OpenerExt;
        let _ = window.app_handle().opener().reveal_item_in_dir(&path);
    }
    Ok(Some(exported))
}

#[tauri::command]
async fn load_sample_data(state: S<'_>) -> CmdResult<commands::SampleLoaded> {
    commands::load_sample_data(&state)
}

#[tauri::command]
async fn list_backups(state: S<'_>) -> CmdResult<Vec<mizan_core::store::backup::BackupInfo>> {
    commands::list_backups(&state)
}

/// *Back up now…*: the copy goes where the user picks in the native save dialog.
#[tauri::command]
async fn backup_now(window: tauri::Window, state: S<'_>) -> CmdResult<Option<mizan_core::store::backup::BackupInfo>> {
    use tauri_plugin_dialog::DialogExt;
    let picked = window
        .dialog()
        .file()
        .set_parent(&window)
        .set_file_name(format!("mizan-backup-{}.db", chrono_today()))
        .add_filter("Mizan backup", &["db"])
        .blocking_save_file();
    let Some(picked) = picked else { return Ok(None) };
    let path = local_path(picked)?;
    commands::backup_now(&state, &path).map(Some)
}

fn chrono_today() -> String {
    mizan_core::time::now().get(..10).unwrap_or("today").to_string()
}

/// *Restore…*: a backup of the data folder by name, or (no name) a file the user picks in
/// the native open dialog. Nothing is replaced until `restore_backup` confirms it.
#[tauri::command]
async fn choose_backup(
    window: tauri::Window,
    state: S<'_>,
    name: Option<String>,
) -> CmdResult<Option<mizan_core::store::backup::BackupInfo>> {
    use tauri_plugin_dialog::DialogExt;
    if let Some(name) = name {
        return commands::choose_backup(&state, Some(&name), None).map(Some);
    }
    let picked = window
        .dialog()
        .file()
        .set_parent(&window)
        .set_directory(state.backups_dir())
        .add_filter("Mizan backup", &["db"])
        .blocking_pick_file();
    let Some(picked) = picked else { return Ok(None) };
    let path = local_path(picked)?;
    commands::choose_backup(&state, None, Some(&path)).map(Some)
}

#[tauri::command]
async fn restore_backup(state: S<'_>) -> CmdResult<mizan_core::store::backup::Restored> {
    commands::restore_backup(&state)
}


/// Only the app's own pages may be shown in the window: a stray link to a web page is
/// refused rather than loading remote content next to the IPC.
pub fn navigation_allowed(url: &tauri::Url) -> bool {
    match url.scheme() {
        // Linux and macOS serve the bundled UI from tauri://localhost.
        "tauri" => url.host_str() == Some("localhost"),
        // Windows serves it from http(s)://tauri.localhost.
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        // about:blank is what a fresh webview starts on.
        "about" => url.path() == "blank",
        _ => false,
    }
}

pub fn run() {
    let db = mizan_core::store::default_db_path();
    let state = AppState::open(&db);
    if let Some(e) = state.db_error() {
        // The window still opens and shows this; stderr helps whoever started us from a shell.
        eprintln!("mizan-app: {e}");
    }
    if let Some(aside) = &state.opened().moved_aside {
        eprintln!("mizan-app: the database failed its check and was moved aside to {}; starting on a new one", aside.display());
    } else if state.db_error().is_none() {
        // Today's backup, on a worker thread so that a large database does not delay the
        // window; it reads a snapshot beside the app's writes.
        std::thread::spawn(move || {
            match mizan_core::store::backup::daily_backup(&db) {
                Ok(_) => mizan_core::store::backup::prune(&mizan_core::store::backup::backups_dir(&db)),
                Err(e) => eprintln!("mizan-app: today's backup was not made: {e}"),
            }
        });
    }
    let guard = tauri::plugin::Builder::<tauri::Wry>::new("navigation-guard")
        .on_navigation(|_, url| navigation_allowed(url))
        .build();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(guard)
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            app_info,
            list_frameworks,
            get_framework,
            install_framework,
            list_assessments,
            create_assessment,
            get_assessment,
            save_answer,
            set_position,
            score_assessment,
            finalize_assessment,
            duplicate_assessment,
            delete_assessment,
            undo_delete,
            compare_assessment,
            update_agency,
            export_pack,
            import_pack,
            load_sample_data,
            export_report,
            list_backups,
            backup_now,
            choose_backup,
            restore_backup,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("mizan-app: the window could not start: {e}. On Linux, check that WebKitGTK 4.1 is installed (scripts/setup.sh) and that a display is available.");
        std::process::exit(1);
    }
}
