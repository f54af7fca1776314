//! Bringing data in: exchange files (merged with what is stored) and benchmark packs.

use crate::error::{Error, Result};
use crate::session::Session;
use crate::wire::{ImportOutcome, ReopenOffer};
use mizan_core::store::{ImportReport, PackImport};
use mizan_core::CoreError;
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
/// A file refused because it would change a final assessment comes with an offer to
/// reopen it and import the file ([`import_reopened`]).
pub fn import_exchange_files(session: &Session, paths: &[PathBuf]) -> Vec<ImportOutcome> {
    paths.iter().map(|p| import_one(session, p, false)).collect()
}

/// Files dropped on the window: the exchange files among them are imported as
/// [`import_exchange_files`] does; a folder or another kind of file is refused with what
/// to do instead (a drop may hold anything the file manager had selected).
pub fn import_dropped(session: &Session, paths: &[PathBuf]) -> Vec<ImportOutcome> {
    paths
        .iter()
        .map(|p| match not_droppable(p) {
            Some(error) => ImportOutcome { file: p.display().to_string(), report: None, error: Some(error), reopen: None },
            None => import_one(session, p, false),
        })
        .collect()
}

/// After the user agreed: reopens the final assessment of the refused file behind
/// `token` and imports the file, in one step (see `Store::import_file_reopening`).
pub fn import_reopened(session: &Session, token: u32) -> Result<ImportOutcome> {
    let Some(path) = session.final_import(token) else {
        return Err(Error::keyed(
            "not_found",
            "err-import-retry-gone",
            &[],
            None,
            format!("there is no refused import {token} to retry in this session: import the file again (Your data → Import exchange files…)"),
        ));
    };
    Ok(import_one(session, &path, true))
}

fn not_droppable(path: &Path) -> Option<Error> {
    if path.is_dir() {
        return Some(Error::at_path("invalid_input", "err-drop-folder", path, |p| format!("{p} is a folder: drop the exchange files inside it (*.json), not the folder")));
    }
    let json = path.extension().is_some_and(|x| x.eq_ignore_ascii_case("json"));
    (!json).then(|| {
        Error::at_path("invalid_input", "err-drop-not-exchange", path, |p| {
            format!("{p} is not an exchange file (*.mizan.json): only exchange files can be dropped here; install a framework (.toml) or a benchmark pack in Frameworks")
        })
    })
}

fn import_one(session: &Session, path: &Path, reopen: bool) -> ImportOutcome {
    let file = path.display().to_string();
    let refused = |error: Error, reopen: Option<ReopenOffer>| ImportOutcome { file: file.clone(), report: None, error: Some(error), reopen };
    let result = match session.store() {
        Ok(mut store) if reopen => store.import_file_reopening(path),
        Ok(mut store) => store.import_file(path),
        Err(e) => return refused(e, None),
    };
    match result {
        Ok(report) => ImportOutcome { file, report: Some(report), error: None, reopen: None },
        Err(e) => {
            let offer = match &e {
                CoreError::FinalImport { title, id, .. } => {
                    Some(ReopenOffer { token: session.offer_final_import(path), assessment: id.to_string(), title: title.clone() })
                }
                _ => None,
            };
            refused(Error::from(e), offer)
        }
    }
}
