//! The body of every command of docs/ipc.md, as plain functions over [`AppState`], so
//! tests and benches call exactly what the webview calls, without a window. They only
//! translate (argument parsing, language resolution, result shapes): the logic is in
//! mizan-core. The `#[tauri::command]` wrappers in `lib.rs` are one line each.

use crate::dto::{AppInfo, Framework, SavedAnswer};
use crate::error::{CmdResult, CommandError};
use crate::state::AppState;
use mizan_core::benchmark::PeerFilter;
use mizan_core::store::backup::{self, BackupInfo, Restored};
use mizan_core::store::{frameworks_dir, AgencyProfile, Comparison, PackImport};
use mizan_core::AgencySummary;
use mizan_core::{
    catalog, AnswerInput, AssessmentDetail, AssessmentSummary, FrameworkSummary, Lang,
    NewAssessment, Scores,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::path::Path;
use uuid::Uuid;

/// `lang` as the webview sends it; absent means English.
pub fn parse_lang(lang: Option<&str>) -> CmdResult<Lang> {
    match lang {
        None => Ok(Lang::En),
        Some(code) => Lang::parse(code).ok_or_else(|| {
            CommandError::invalid_input(format!(
                "language `{code}` is not supported: use en, fr or ar"
            ))
        }),
    }
}

/// An assessment id: a full UUID (the IPC takes no prefixes, unlike the command line).
pub fn parse_id(id: &str) -> CmdResult<Uuid> {
    Uuid::parse_str(id.trim()).map_err(|_| {
        CommandError::invalid_input(format!(
            "`{}` is not an assessment id: expected a UUID such as 6f1c2a9e-0b4d-4c1e-9a57-3d2f8e7b1c00",
            truncate(id, 60)
        ))
    })
}

/// Decodes a structured argument. Taking JSON and decoding it here (not in Tauri's
/// argument layer) makes a malformed input a `{ code, message }` error naming the field.
fn decode<T: DeserializeOwned>(command: &str, arg: &str, value: Value) -> CmdResult<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let at = if path == "." {
            arg.to_string()
        } else {
            format!("{arg}.{path}")
        };
        CommandError::invalid_input(format!("{command}: `{at}`: {}", e.inner()))
    })
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

pub fn app_info(state: &AppState) -> AppInfo {
    let db = state.db_path();
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path: db.display().to_string(),
        data_dir: db
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        db_error: state.db_error(),
        recovery: {
            let opened = state.opened();
            opened.moved_aside.as_ref().map(|aside| crate::dto::Recovery {
                moved_aside: aside.display().to_string(),
                newest_backup: opened.newest_backup.clone(),
            })
        },
    }
}

pub fn list_frameworks(state: &AppState, lang: Option<&str>) -> CmdResult<Vec<FrameworkSummary>> {
    let lang = parse_lang(lang)?;
    Ok(state.store()?.catalog().summaries(lang))
}

pub fn get_framework(
    state: &AppState,
    id: &str,
    version: Option<&str>,
    lang: Option<&str>,
) -> CmdResult<Framework> {
    let lang = parse_lang(lang)?;
    let store = state.store()?;
    let f = store.catalog().require(id, version)?;
    Ok(Framework::resolve(f, lang))
}

/// Validates the framework file at `path` and installs it beside the database. The path
/// comes from the native dialog (see `lib.rs`), never from the webview.
pub fn install_framework(
    state: &AppState,
    path: &Path,
    lang: Option<&str>,
) -> CmdResult<FrameworkSummary> {
    let lang = parse_lang(lang)?;
    let dir = frameworks_dir(state.db_path());
    let mut store = state.store()?;
    let installed = store.catalog_mut().install(&dir, path)?;
    // `install` answers in English; the UI wants the summary in its language.
    let f = store
        .catalog()
        .require(&installed.id, Some(&installed.version))?;
    Ok(catalog::summary(f, false, lang))
}

pub fn list_assessments(state: &AppState, lang: Option<&str>) -> CmdResult<Vec<AssessmentSummary>> {
    let lang = parse_lang(lang)?;
    Ok(state.store()?.list(lang)?)
}

pub fn create_assessment(
    state: &AppState,
    input: Value,
    lang: Option<&str>,
) -> CmdResult<AssessmentDetail> {
    let lang = parse_lang(lang)?;
    let input: NewAssessment = decode("create_assessment", "input", input)?;
    let mut store = state.store()?;
    let doc = store.create(input)?;
    Ok(store.detail(doc.assessment.id, lang)?)
}

pub fn get_assessment(
    state: &AppState,
    id: &str,
    lang: Option<&str>,
) -> CmdResult<AssessmentDetail> {
    let lang = parse_lang(lang)?;
    let id = parse_id(id)?;
    Ok(state.store()?.detail(id, lang)?)
}

pub fn save_answer(state: &AppState, input: Value, lang: Option<&str>) -> CmdResult<SavedAnswer> {
    let lang = parse_lang(lang)?;
    let input: AnswerInput = decode("save_answer", "input", input)?;
    let (answer, summary) = state.store()?.save_answer(input, lang)?;
    Ok(SavedAnswer { answer, summary })
}

pub fn set_position(state: &AppState, id: &str, question: &str) -> CmdResult<()> {
    let id = parse_id(id)?;
    Ok(state.store()?.set_position(id, question)?)
}

pub fn score_assessment(state: &AppState, id: &str, lang: Option<&str>) -> CmdResult<Scores> {
    let lang = parse_lang(lang)?;
    let id = parse_id(id)?;
    Ok(state.store()?.scores(id, lang)?)
}

pub fn finalize_assessment(
    state: &AppState,
    id: &str,
    lang: Option<&str>,
) -> CmdResult<AssessmentSummary> {
    let lang = parse_lang(lang)?;
    let id = parse_id(id)?;
    Ok(state.store()?.finalize(id, lang)?)
}

pub fn duplicate_assessment(
    state: &AppState,
    id: &str,
    lang: Option<&str>,
) -> CmdResult<AssessmentDetail> {
    let lang = parse_lang(lang)?;
    let id = parse_id(id)?;
    let mut store = state.store()?;
    let doc = store.duplicate(id)?;
    Ok(store.detail(doc.assessment.id, lang)?)
}

pub fn delete_assessment(state: &AppState, id: &str) -> CmdResult<()> {
    let id = parse_id(id)?;
    Ok(state.store()?.delete(id)?)
}

pub fn undo_delete(state: &AppState, id: &str, lang: Option<&str>) -> CmdResult<AssessmentSummary> {
    let lang = parse_lang(lang)?;
    let id = parse_id(id)?;
    Ok(state.store()?.undo_delete(id, lang)?)
}

// ---- benchmarking (docs/ipc.md, "Benchmarking") ----------------------------------------

/// The compare view's peer filter; empty strings mean "any".
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerFilterInput {
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub size: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

impl PeerFilterInput {
    fn into_filter(self) -> PeerFilter {
        let some = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        PeerFilter {
            sector: some(self.sector),
            country: some(self.country).map(|c| c.to_ascii_uppercase()),
            size: some(self.size),
            tags: self.tags.into_iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
        }
    }
}

/// The optional `filter` argument: null means every peer.
fn peer_filter(command: &str, filter: Value) -> CmdResult<PeerFilter> {
    if filter.is_null() {
        return Ok(PeerFilter::default());
    }
    decode::<PeerFilterInput>(command, "filter", filter).map(PeerFilterInput::into_filter)
}

pub fn compare_assessment(state: &AppState, id: &str, filter: Value) -> CmdResult<Comparison> {
    let id = parse_id(id)?;
    let filter = peer_filter("compare_assessment", filter)?;
    Ok(state.store()?.comparison(id, &filter)?)
}

pub fn update_agency(state: &AppState, id: &str, profile: Value) -> CmdResult<AgencySummary> {
    let id = Uuid::parse_str(id.trim())
        .map_err(|_| CommandError::invalid_input(format!("`{}` is not an agency id (a UUID)", truncate(id, 60))))?;
    let profile: AgencyProfile = decode("update_agency", "profile", profile)?;
    Ok(state.store()?.update_agency(id, profile)?)
}

#[derive(Debug, serde::Serialize, PartialEq)]
pub struct PackExported {
    pub path: String,
    pub assessments: usize,
}

/// Writes the pack of `framework` (the major version of `version`, else the newest) to
/// `path`, chosen in the native save dialog.
pub fn export_pack(state: &AppState, framework: &str, version: Option<&str>, path: &Path) -> CmdResult<PackExported> {
    let store = state.store()?;
    let fw = store.catalog().require(framework, version)?.clone();
    let pack = store.export_pack(&fw)?;
    let bytes = serde_json::to_vec_pretty(&pack).map_err(|e| CommandError::new("io", e.to_string()))?;
    mizan_core::exchange::write_atomic(path, &bytes)?;
    Ok(PackExported { path: path.display().to_string(), assessments: pack.assessments.len() })
}

/// Imports the pack at `path`, chosen in the native open dialog.
pub fn import_pack(state: &AppState, path: &Path) -> CmdResult<PackImport> {
    Ok(state.store()?.import_pack_file(path)?)
}

#[derive(Debug, serde::Serialize, PartialEq)]
pub struct SampleLoaded {
    pub assessments: usize,
}

pub fn load_sample_data(state: &AppState) -> CmdResult<SampleLoaded> {
    Ok(SampleLoaded { assessments: state.store()?.load_sample_data()? })
}

#[derive(Debug, serde::Serialize, PartialEq)]
pub struct ReportExported {
    pub path: String,
    pub pages: usize,
    pub bytes: usize,
}

/// Renders the PDF report of an assessment (peers from the filter) to `path`, chosen in
/// the native save dialog; written whole or not at all.
pub fn export_report(state: &AppState, id: &str, lang: Option<&str>, filter: Value, path: &Path) -> CmdResult<ReportExported> {
    let lang = parse_lang(lang)?;
    let id = parse_id(id)?;
    let filter = peer_filter("export_report", filter)?;
    let store = state.store()?;
    let doc = store.load(id)?;
    let fw = store.catalog().require(&doc.framework.id, Some(&doc.framework.version))?.clone();
    let rendered = mizan_report::build_input(&store, doc, fw, &filter, lang, mizan_report::Paper::A4)
        .and_then(|input| mizan_report::render_report(&input))
        .map_err(|e| match e {
            mizan_report::ReportError::Core(e) => CommandError::from(e),
            other => CommandError::new("report", other.to_string()),
        })?;
    mizan_core::exchange::write_atomic(path, &rendered.pdf)?;
    Ok(ReportExported { path: path.display().to_string(), pages: rendered.pages, bytes: rendered.pdf.len() })
}

// ---- your data: backups and restore ---------------------------------------------------------

/// The backups in the data folder (daily, weekly, before migrations and restores), newest first.
pub fn list_backups(state: &AppState) -> CmdResult<Vec<BackupInfo>> {
    Ok(backup::list_backups(&state.backups_dir()))
}

/// A consistent copy of the database at `target`, a path from the native save dialog.
/// The save dialog has already asked about replacing an existing file; the core refuses
/// the database itself and its side files, however the path names them.
pub fn backup_now(state: &AppState, target: &Path) -> CmdResult<BackupInfo> {
    Ok(state.store()?.backup_replacing(target)?)
}

/// Checks a backup and remembers it for `restore_backup`; the UI shows what it holds
/// (its date, assessments and agencies) and asks to confirm. `name` picks one of
/// [`list_backups`] by file name; a file chosen in the native dialog comes as `picked`.
pub fn choose_backup(state: &AppState, name: Option<&str>, picked: Option<&Path>) -> CmdResult<BackupInfo> {
    state.set_pending_restore(None);
    let path = match (name, picked) {
        (_, Some(path)) => path.to_path_buf(),
        (Some(name), None) => backup_in_folder(state, name)?,
        (None, None) => return Err(CommandError::invalid_input("choose_backup: give the `name` of a backup")),
    };
    if !path.is_file() {
        return Err(CommandError::new("not_found", format!("{} does not exist any more: choose another backup", path.display())));
    }
    let info = backup::describe(&path);
    if !info.ok {
        return Err(CommandError::invalid_input(format!(
            "{} is not a usable Mizan backup: it is not a Mizan database or fails its integrity check. Choose another backup.",
            path.display()
        )));
    }
    backup::refuse_newer(&path)?;
    state.set_pending_restore(Some(path));
    Ok(info)
}

/// A backup of the data folder by its bare file name: the webview never names a path,
/// and only a name the folder listing holds is accepted.
fn backup_in_folder(state: &AppState, name: &str) -> CmdResult<std::path::PathBuf> {
    let dir = state.backups_dir();
    let bare = !name.is_empty() && name.len() <= 255 && !name.starts_with('.') && !name.contains(['/', '\\', '\0']);
    if !bare {
        return Err(CommandError::invalid_input(format!(
            "choose_backup: `{}` is not the name of a backup in the backups folder",
            truncate(name, 60)
        )));
    }
    let listed = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .any(|e| e.file_name().to_str() == Some(name) && e.file_type().is_ok_and(|t| t.is_file()));
    if !listed {
        return Err(CommandError::new(
            "not_found",
            format!("{} is not in the backups folder (any more): choose another backup", dir.join(truncate(name, 60)).display()),
        ));
    }
    Ok(dir.join(name))
}

/// Restores the backup chosen by [`choose_backup`]; the database it replaces is kept as a
/// backup first, so the restore can itself be undone.
pub fn restore_backup(state: &AppState) -> CmdResult<Restored> {
    state.restore_pending()
}
