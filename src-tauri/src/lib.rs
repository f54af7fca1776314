//! Mizan's desktop shell: each Tauri command decodes its arguments, calls one use case of
//! mizan-api and returns its result. The shell adds what needs a window: native open and
//! save dialogs (the webview never names a path) and showing an exported file.
//!
//! Files dropped on the window are imported here too (src/drops.rs).
//!
//! The commands are async so that SQLite work runs off the main (GTK) thread and never
//! freezes the window. Their list is written once, in src/command_list.rs.

use mizan_core::store::backup::{BackupInfo, Restored};
use mizan_core::consolidation::Consolidation;
use mizan_core::store::{Change, Comparison, PackImport, RespondentRemoved, RespondentRow};
use mizan_core::{AgencySummary, AssessmentDetail, AssessmentSummary, Consensus, FrameworkSummary, Respondent, Scores};
use mizan_api::wire::{AppInfo, CsvExported, DropEvent, ExchangeExported, Framework, ImportOutcome, PackExported, ReportExported, ReportPreview, SampleLoaded, SavedAnswer};
use mizan_api::{exports, Error, OpenOptions, Session};
use serde_json::Value;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::State;
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

pub mod drops;

type S<'a> = State<'a, Session>;
type CmdResult<T> = Result<T, Error>;

// ---- native dialogs ------------------------------------------------------------------------

fn dialog(window: &tauri::Window, filter: &str, extension: &str) -> FileDialogBuilder<tauri::Wry> {
    window.dialog().file().set_parent(window).add_filter(filter, &[extension])
}

/// The path a native dialog returned (`None`: cancelled); a non-local choice (e.g. a
/// remote location) is refused.
fn local_path(picked: Option<tauri_plugin_dialog::FilePath>) -> CmdResult<Option<PathBuf>> {
    picked
        .map(|p| p.into_path())
        .transpose()
        .map_err(|e| Error::new("io", format!("the chosen file is not a local path ({e}): choose a file on this computer")))
}

/// A file the user picks to open. `blocking_*` is fine in an async command (a worker
/// thread, not the GTK one).
fn pick_file(dialog: FileDialogBuilder<tauri::Wry>) -> CmdResult<Option<PathBuf>> {
    local_path(dialog.blocking_pick_file())
}

/// Where the user saves `name`: the dialog opens where they last saved in this session,
/// else in their Documents folder.
fn save_file(state: &Session, dialog: FileDialogBuilder<tauri::Wry>, name: &str) -> CmdResult<Option<PathBuf>> {
    local_path(dialog.set_directory(exports::save_folder(state)).set_file_name(name).blocking_save_file())
}

// ---- the commands of docs/ipc.md -----------------------------------------------------------

#[tauri::command]
async fn app_info(state: S<'_>) -> CmdResult<AppInfo> {
    Ok(mizan_api::app::app_info(&state))
}

#[tauri::command]
async fn list_frameworks(state: S<'_>, lang: Option<String>) -> CmdResult<Vec<FrameworkSummary>> {
    mizan_api::frameworks::list_frameworks(&state, lang.as_deref())
}

#[tauri::command]
async fn get_framework(state: S<'_>, id: String, version: Option<String>, lang: Option<String>) -> CmdResult<Framework> {
    mizan_api::frameworks::get_framework(&state, &id, version.as_deref(), lang.as_deref())
}

#[tauri::command]
async fn install_framework(window: tauri::Window, state: S<'_>, lang: Option<String>) -> CmdResult<Option<FrameworkSummary>> {
    mizan_api::decode::lang(lang.as_deref())?;
    let Some(path) = pick_file(dialog(&window, "TOML", "toml"))? else { return Ok(None) };
    mizan_api::frameworks::install_framework(&state, &path, lang.as_deref()).map(Some)
}

#[tauri::command]
async fn list_assessments(state: S<'_>, lang: Option<String>) -> CmdResult<Vec<AssessmentSummary>> {
    mizan_api::assessments::list_assessments(&state, lang.as_deref())
}

#[tauri::command]
async fn create_assessment(state: S<'_>, input: Value, lang: Option<String>) -> CmdResult<AssessmentDetail> {
    mizan_api::assessments::create_assessment(&state, input, lang.as_deref())
}

#[tauri::command]
async fn get_assessment(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<AssessmentDetail> {
    mizan_api::assessments::get_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn save_answer(state: S<'_>, input: Value, lang: Option<String>) -> CmdResult<SavedAnswer> {
    mizan_api::answers::save_answer(&state, input, lang.as_deref())
}

#[tauri::command]
async fn set_position(state: S<'_>, id: String, question: String) -> CmdResult<()> {
    mizan_api::assessments::set_position(&state, &id, &question)
}

#[tauri::command]
async fn score_assessment(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<Scores> {
    mizan_api::assessments::score_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn finalize_assessment(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<AssessmentSummary> {
    mizan_api::assessments::finalize_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn duplicate_assessment(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<AssessmentDetail> {
    mizan_api::assessments::duplicate_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn delete_assessment(state: S<'_>, id: String) -> CmdResult<()> {
    mizan_api::assessments::delete_assessment(&state, &id)
}

#[tauri::command]
async fn undo_delete(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<AssessmentSummary> {
    mizan_api::assessments::undo_delete(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn compare_assessment(state: S<'_>, id: String, filter: Value) -> CmdResult<Comparison> {
    mizan_api::compare::compare_assessment(&state, &id, filter)
}

#[tauri::command]
async fn update_agency(state: S<'_>, id: String, profile: Value) -> CmdResult<AgencySummary> {
    mizan_api::agencies::update_agency(&state, &id, profile)
}

#[tauri::command]
async fn export_pack(window: tauri::Window, state: S<'_>, framework: String, version: Option<String>) -> CmdResult<Option<PackExported>> {
    let name = format!("{framework}-benchmark-pack.json");
    let Some(path) = save_file(&state, dialog(&window, "Mizan benchmark pack", "json"), &name)? else { return Ok(None) };
    exports::export_pack(&state, &framework, version.as_deref(), &path).map(Some)
}

#[tauri::command]
async fn import_pack(window: tauri::Window, state: S<'_>) -> CmdResult<Option<PackImport>> {
    let Some(path) = pick_file(dialog(&window, "Mizan benchmark pack", "json"))? else { return Ok(None) };
    mizan_api::imports::import_pack(&state, &path).map(Some)
}

#[tauri::command]
async fn export_report(
    window: tauri::Window,
    state: S<'_>,
    last: State<'_, LastReport>,
    id: String,
    name: Option<String>,
    choices: Value,
) -> CmdResult<Option<ReportExported>> {
    mizan_api::decode::assessment_id(&id)?;
    let (format, _) = exports::report_choices("export_report", choices.clone())?;
    let name = exports::report_file_name(name.as_deref(), format);
    let (filter, ext) = match format {
        exports::Format::Docx => ("Word document", "docx"),
        _ => ("PDF", "pdf"),
    };
    let Some(path) = save_file(&state, dialog(&window, filter, ext), &name)? else { return Ok(None) };
    let exported = exports::export_report(&state, &id, choices, &path)?;
    *last.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(path);
    Ok(Some(exported))
}

#[tauri::command]
async fn preview_report(state: S<'_>, id: String, choices: Value) -> CmdResult<ReportPreview> {
    exports::preview_report(&state, &id, choices)
}

/// The report last written in this run, shown in the file manager (the webview names no
/// path: only what `export_report` wrote can be shown).
#[derive(Default)]
struct LastReport(std::sync::Mutex<Option<PathBuf>>);

#[tauri::command]
async fn show_report_in_folder(window: tauri::Window, last: State<'_, LastReport>) -> CmdResult<Option<String>> {
    let Some(path) = last.0.lock().unwrap_or_else(|p| p.into_inner()).clone() else { return Ok(None) };
    use tauri::Manager;
    use tauri_plugin_opener::OpenerExt;
    window
        .app_handle()
        .opener()
        .reveal_item_in_dir(&path)
        .map_err(|e| Error::new("io", format!("{} could not be shown in the file manager ({e}): open its folder yourself", path.display())))?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
async fn load_sample_data(state: S<'_>, lang: Option<String>) -> CmdResult<SampleLoaded> {
    mizan_api::sample::load_sample_data(&state, lang.as_deref())
}

#[tauri::command]
async fn list_backups(state: S<'_>) -> CmdResult<Vec<BackupInfo>> {
    mizan_api::backups::list_backups(&state)
}

/// *Back up now…*: the copy goes where the user picks in the native save dialog.
#[tauri::command]
async fn backup_now(window: tauri::Window, state: S<'_>) -> CmdResult<Option<BackupInfo>> {
    let today = mizan_core::time::now().get(..10).unwrap_or("today").to_string();
    let name = format!("mizan-backup-{today}.db");
    let Some(path) = save_file(&state, dialog(&window, "Mizan backup", "db"), &name)? else { return Ok(None) };
    mizan_api::backups::backup_now(&state, &path).map(Some)
}

/// *Restore…*: a backup of the data folder by name, or (no name) a file the user picks in
/// the native open dialog, which opens on the backups folder. Nothing is replaced until
/// `restore_backup` confirms it.
#[tauri::command]
async fn choose_backup(window: tauri::Window, state: S<'_>, name: Option<String>) -> CmdResult<Option<BackupInfo>> {
    if let Some(name) = name {
        return mizan_api::backups::choose_backup(&state, Some(&name), None).map(Some);
    }
    let Some(path) = pick_file(dialog(&window, "Mizan backup", "db").set_directory(state.backups_dir()))? else { return Ok(None) };
    mizan_api::backups::choose_backup(&state, None, Some(&path)).map(Some)
}

#[tauri::command]
async fn restore_backup(state: S<'_>) -> CmdResult<Restored> {
    mizan_api::backups::restore_backup(&state)
}

// ---- interviews (issue 12) -----------------------------------------------------------------

#[tauri::command]
async fn reopen_assessment(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<AssessmentSummary> {
    mizan_api::assessments::reopen_assessment(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn list_respondents(state: S<'_>, id: String) -> CmdResult<Vec<RespondentRow>> {
    mizan_api::interviews::list_respondents(&state, &id)
}

#[tauri::command]
async fn add_respondent(state: S<'_>, id: String, input: Value) -> CmdResult<Respondent> {
    mizan_api::interviews::add_respondent(&state, &id, input)
}

#[tauri::command]
async fn edit_respondent(state: S<'_>, id: String, respondent: String, input: Value) -> CmdResult<Respondent> {
    mizan_api::interviews::edit_respondent(&state, &id, &respondent, input)
}

#[tauri::command]
async fn remove_respondent(state: S<'_>, id: String, respondent: String) -> CmdResult<RespondentRemoved> {
    mizan_api::interviews::remove_respondent(&state, &id, &respondent)
}

#[tauri::command]
async fn undo_remove_respondent(state: S<'_>, id: String, respondent: String) -> CmdResult<Respondent> {
    mizan_api::interviews::undo_remove_respondent(&state, &id, &respondent)
}

#[tauri::command]
async fn set_consensus(state: S<'_>, id: String, input: Value) -> CmdResult<Consensus> {
    mizan_api::interviews::set_consensus(&state, &id, input)
}

#[tauri::command]
async fn clear_consensus(state: S<'_>, id: String, question: String) -> CmdResult<Option<Consensus>> {
    mizan_api::interviews::clear_consensus(&state, &id, &question)
}

#[tauri::command]
async fn get_consolidation(state: S<'_>, id: String, lang: Option<String>) -> CmdResult<Consolidation> {
    mizan_api::interviews::get_consolidation(&state, &id, lang.as_deref())
}

#[tauri::command]
async fn list_changes(state: S<'_>, id: String) -> CmdResult<Vec<Change>> {
    mizan_api::interviews::list_changes(&state, &id)
}

#[tauri::command]
async fn restore_change(state: S<'_>, id: String, change: i64) -> CmdResult<Change> {
    mizan_api::interviews::restore_change(&state, &id, change)
}

/// *Import…*: one or many exchange files picked in the native open dialog, each merged
/// or refused on its own.
#[tauri::command]
async fn import_exchange(window: tauri::Window, state: S<'_>) -> CmdResult<Option<Vec<ImportOutcome>>> {
    let Some(picked) = dialog(&window, "Mizan assessment", "json").blocking_pick_files() else { return Ok(None) };
    let paths = picked.into_iter().map(|p| local_path(Some(p)).map(Option::unwrap_or_default)).collect::<CmdResult<Vec<PathBuf>>>()?;
    Ok(Some(mizan_api::imports::import_exchange_files(&state, &paths)))
}

/// After a file was refused because its assessment is final here and the user agreed:
/// reopens it and imports the file (named by the refusal's token, never by a path).
#[tauri::command]
async fn import_reopened(state: S<'_>, token: u32) -> CmdResult<ImportOutcome> {
    mizan_api::imports::import_reopened(&state, token)
}

/// The UI's end of the drag-and-drop events (src/drops.rs); called once it has started.
#[tauri::command]
async fn watch_drops(watch: State<'_, drops::DropWatch>, channel: Channel<DropEvent>) -> CmdResult<()> {
    watch.set(channel);
    Ok(())
}

#[tauri::command]
async fn export_exchange(window: tauri::Window, state: S<'_>, id: String, name: Option<String>) -> CmdResult<Option<ExchangeExported>> {
    mizan_api::decode::assessment_id(&id)?;
    let name = exports::file_name(name.as_deref(), "mizan.json");
    let Some(path) = save_file(&state, dialog(&window, "Mizan assessment", "json"), &name)? else { return Ok(None) };
    exports::export_exchange(&state, &id, &path).map(Some)
}

#[tauri::command]
async fn export_csv(window: tauri::Window, state: S<'_>, id: String, lang: Option<String>, name: Option<String>) -> CmdResult<Option<CsvExported>> {
    mizan_api::decode::assessment_id(&id)?;
    let name = exports::file_name(name.as_deref(), "csv");
    let Some(path) = save_file(&state, dialog(&window, "CSV", "csv"), &name)? else { return Ok(None) };
    exports::export_csv(&state, &id, lang.as_deref(), &path).map(Some)
}

// ---- the list of commands -----------------------------------------------------------------

// After the commands: `generate_handler!` refers to what `#[tauri::command]` generated.
macro_rules! mizan_commands {
    ($($name:ident),* $(,)?) => {
        /// Every command the webview may call (build.rs grants the same list).
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        fn invoke_handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}
include!("command_list.rs");

// ---- the window ----------------------------------------------------------------------------

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
    let session = Session::open(&mizan_core::store::default_db_path(), OpenOptions::app());
    // The window still opens and shows these; stderr helps whoever started us from a shell.
    if let Some(e) = session.db_error() {
        eprintln!("mizan-app: {}", e.message);
    }
    if let Some(aside) = &session.opened().moved_aside {
        eprintln!("mizan-app: the database failed its check and was moved aside to {}; starting on a new one", aside.display());
    }
    session.start_daily_backup(|e| eprintln!("mizan-app: {}", e.message));
    let guard = tauri::plugin::Builder::<tauri::Wry>::new("navigation-guard")
        .on_navigation(|_, url| navigation_allowed(url))
        .build();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(guard)
        .manage(session)
        .manage(drops::DropWatch::default())
        .manage(LastReport::default())
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::DragDrop(e) = event {
                drops::on_drag_drop(window, e);
            }
        })
        .invoke_handler(invoke_handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("mizan-app: the window could not start: {e}. On Linux, check that WebKitGTK 4.1 is installed (scripts/setup.sh) and that a display is available.");
        std::process::exit(1);
    }
}
