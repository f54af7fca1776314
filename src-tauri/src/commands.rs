//! The body of every command of docs/ipc.md, as plain functions over [`AppState`], so
//! tests and benches call exactly what the webview calls, without a window. They only
//! translate (argument parsing, language resolution, result shapes): the logic is in
//! mizan-core. The `#[tauri::command]` wrappers in `lib.rs` are one line each.

use crate::dto::{AppInfo, Framework, SavedAnswer};
use crate::error::{CmdResult, CommandError};
use crate::state::AppState;
use mizan_core::store::frameworks_dir;
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
