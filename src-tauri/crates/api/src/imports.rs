//! Bringing data in: exchange files (merged with what is stored) and benchmark packs.

use crate::error::Result;
use crate::session::Session;
use crate::wire::ImportOutcome;
use mizan_core::store::{ImportReport, PackImport};
use std::path::{Path, PathBuf};

/// Imports the benchmark pack at `path` (chosen in the native open dialog, or named on
/// the command line); the same pack again replaces itself.
pub fn import_pack(session: &Session, path: &Path) -> Result<PackImport> {
    Ok(session.store()?.import_pack_file(path)?)
}

/// Imports one exchange file; nothing is imported from a file that is refused.
pub fn import_exchange_file(session: &Session, path: &Path) -> Result<ImportReport> {
    Ok(session.store()?.import_file(path)?)
}

/// Imports several exchange files, one after the other (the files of several laptops):
/// each is merged on its own or refused on its own, and the outcome of each is returned.
pub fn import_exchange_files(session: &Session, paths: &[PathBuf]) -> Vec<ImportOutcome> {
    paths
        .iter()
        .map(|p| {
            let file = p.display().to_string();
            match import_exchange_file(session, p) {
                Ok(report) => ImportOutcome { file, report: Some(report), error: None },
                Err(e) => ImportOutcome { file, report: None, error: Some(e) },
            }
        })
        .collect()
}
