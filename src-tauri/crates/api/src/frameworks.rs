//! Frameworks: the catalog, one framework resolved to a language, installing a file.

use crate::decode;
use crate::error::Result;
use crate::session::Session;
use crate::wire::Framework;
use mizan_core::store::frameworks_dir;
use mizan_core::{catalog, FrameworkSummary};
use std::path::Path;

pub fn list_frameworks(session: &Session, lang: Option<&str>) -> Result<Vec<FrameworkSummary>> {
    let lang = decode::lang(lang)?;
    Ok(session.store()?.catalog().summaries(lang))
}

pub fn get_framework(session: &Session, id: &str, version: Option<&str>, lang: Option<&str>) -> Result<Framework> {
    let lang = decode::lang(lang)?;
    let store = session.store()?;
    let f = store.catalog().require(id, version)?;
    Ok(Framework::resolve(f, lang))
}

/// Validates the framework file at `path` and installs it beside the database. The path
/// comes from the native dialog (or the command line), never from the webview.
pub fn install_framework(session: &Session, path: &Path, lang: Option<&str>) -> Result<FrameworkSummary> {
    let lang = decode::lang(lang)?;
    let dir = frameworks_dir(session.db_path());
    let mut store = session.store()?;
    let installed = store.catalog_mut().install(&dir, path)?;
    // `install` answers in English; the UI wants the summary in its language.
    let f = store.catalog().require(&installed.id, Some(&installed.version))?;
    Ok(catalog::summary(f, false, lang))
}

/// Checks a framework file without installing it (`mizan validate`): the framework, and
/// its warnings (each text without a French or Arabic translation, with its place).
pub fn validate_file(path: &Path) -> Result<(mizan_core::Framework, Vec<mizan_core::Diagnostic>)> {
    Ok(catalog::load_file_with_warnings(path)?)
}
