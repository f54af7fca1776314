//! The TypeScript types of the IPC contract are generated from these Rust types into
//! `ui/src/lib/gen/` (one file per type, as ts-rs writes them), so the webview cannot drift
//! from what the engine sends. This test fails when the committed files are stale;
//! `MIZAN_WRITE_BINDINGS=1 cargo test -p mizan-api bindings` rewrites them.

use crate::wire::{
    AppInfo, ConsensusInput, CsvExported, DropEvent, ExchangeExported, Framework, ImportOutcome, PackExported, PeerFilterInput, ReportChoicesInput, ReportExported, ReportPreview,
    SampleLoaded, SavedAnswer,
};
use crate::Error;
use mizan_core::store::backup::{BackupInfo, Restored};
use mizan_core::consolidation::Consolidation;
use mizan_core::store::{Change, ChangeAction, ChangeEntity, Comparison, PackImport, RespondentRemoved, RespondentRow};
use mizan_core::{AgencySummary, AnswerInput, AssessmentDetail, AssessmentSummary, FrameworkSummary, Consensus, NewAgency, NewAssessment, RespondentInput, Scores};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

/// Every type a command takes or returns; their dependencies come along.
fn export_roots(cfg: &Config) -> Result<(), ts_rs::ExportError> {
    AppInfo::export_all(cfg)?;
    Framework::export_all(cfg)?;
    FrameworkSummary::export_all(cfg)?;
    AssessmentSummary::export_all(cfg)?;
    AssessmentDetail::export_all(cfg)?;
    NewAssessment::export_all(cfg)?;
    AnswerInput::export_all(cfg)?;
    SavedAnswer::export_all(cfg)?;
    Scores::export_all(cfg)?;
    PeerFilterInput::export_all(cfg)?;
    Comparison::export_all(cfg)?;
    NewAgency::export_all(cfg)?; // update_agency's profile
    AgencySummary::export_all(cfg)?;
    PackExported::export_all(cfg)?;
    PackImport::export_all(cfg)?;
    ReportExported::export_all(cfg)?;
    ReportChoicesInput::export_all(cfg)?;
    ReportPreview::export_all(cfg)?;
    SampleLoaded::export_all(cfg)?;
    BackupInfo::export_all(cfg)?;
    Restored::export_all(cfg)?;
    Error::export_all(cfg)?;
    // interviews
    RespondentInput::export_all(cfg)?;
    RespondentRow::export_all(cfg)?;
    RespondentRemoved::export_all(cfg)?;
    ConsensusInput::export_all(cfg)?;
    Consensus::export_all(cfg)?;
    Consolidation::export_all(cfg)?;
    Change::export_all(cfg)?;
    // Change's entity and action are strings (an older database may hold any word); these
    // are the words this engine writes, each with a label in the UI.
    ChangeEntity::export_all(cfg)?;
    ChangeAction::export_all(cfg)?;
    ImportOutcome::export_all(cfg)?;
    DropEvent::export_all(cfg)?;
    ExchangeExported::export_all(cfg)?;
    CsvExported::export_all(cfg)?;
    Ok(())
}

fn generated_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/lib/gen")
}

fn ts_files(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return BTreeMap::new() };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).unwrap()))
        .collect()
}

#[test]
fn generated_typescript_matches_the_rust_types() {
    let fresh = tempfile::tempdir().unwrap();
    // JSON numbers, not bigint: u64 counts (bytes, rows) stay far below 2^53.
    let cfg = Config::new().with_out_dir(fresh.path()).with_large_int("number");
    export_roots(&cfg).unwrap();
    let want = ts_files(fresh.path());
    let dir = generated_dir();
    if std::env::var_os("MIZAN_WRITE_BINDINGS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for name in ts_files(&dir).keys() {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        for (name, text) in &want {
            std::fs::write(dir.join(name), text).unwrap();
        }
        return;
    }
    let have = ts_files(&dir);
    let stale: std::collections::BTreeSet<&String> = want.keys().chain(have.keys()).filter(|n| want.get(*n) != have.get(*n)).collect();
    assert!(
        stale.is_empty(),
        "ui/src/lib/gen is stale ({} files differ: {stale:?}); regenerate it with \
         `MIZAN_WRITE_BINDINGS=1 cargo test -p mizan-api bindings` and commit the result",
        stale.len()
    );
}
