//! Bringing data in: exchange files (merged with what is stored) and benchmark packs.

use crate::error::Result;
use crate::session::Session;
use mizan_core::store::{ImportReport, PackImport};
use std::path::Path;

/// Imports the benchmark pack at `path` (chosen in the native open dialog, or named on
/// the command line); the same pack again replaces itself.
pub fn import_pack(session: &Session, path: &Path) -> Result<PackImport> {
    Ok(session.store()?.import_pack_file(path)?)
}

/// Imports one exchange file; nothing is imported from a file that is refused.
pub fn import_exchange_file(session: &Session, path: &Path) -> Result<ImportReport> {
    Ok(session.store()?.import_file(path)?)
}
