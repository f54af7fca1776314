//! The one error of every use case: `{ code, key, args, place, message }` (docs/ipc.md).
//! The webview gets it as is (its `Serialize` sends exactly these fields, Tauri's pattern
//! for command errors) and renders `key` with `args` from ui/locales/*/errors.ftl; the
//! command line prints its English `message`, also the UI's fallback.

use mizan_core::CoreError;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[error("{code}: {message}")]
pub struct Error {
    /// Stable and machine-readable: the UI branches on it, never on the message.
    /// The codes are listed in docs/ipc.md (`not_found`, `invalid_input`, …).
    pub code: String,
    /// A message id of the `errors.ftl` catalogs (e.g. `err-final`): the text the UI shows.
    pub key: String,
    /// The message's arguments, by name (user text among them: shown as text, isolated).
    pub args: BTreeMap<String, String>,
    /// The file, field or question the error is about, when it has one.
    #[cfg_attr(feature = "ts", ts(optional))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// For people, in English: what went wrong, where, and what to do (the CLI prints
    /// it; the UI shows it when it has no text for `key`).
    pub message: String,
}

impl Error {
    /// An error without a catalog message of its own: `err-generic`, with the code and
    /// the English message as arguments (for rare, internal errors).
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        let args = BTreeMap::from([("code".to_string(), code.to_string()), ("message".to_string(), message.clone())]);
        Error { code: code.to_string(), key: "err-generic".into(), args, place: None, message }
    }

    /// An error told by catalog message `key` with `args`.
    pub fn keyed(code: &str, key: &str, args: &[(&str, String)], place: Option<String>, message: impl Into<String>) -> Self {
        let args = args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        Error { code: code.to_string(), key: key.to_string(), args, place, message: message.into() }
    }

    /// An error about the file or folder at `path`, told by `key` with it as `$path`;
    /// `message` makes the English from the path as shown.
    pub fn at_path(code: &str, key: &str, path: &std::path::Path, message: impl FnOnce(&str) -> String) -> Self {
        let shown = path.display().to_string();
        let message = message(&shown);
        Error::keyed(code, key, &[("path", shown)], None, message)
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Error::new("invalid_input", message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Error::new("not_found", message)
    }
}

impl From<CoreError> for Error {
    fn from(e: CoreError) -> Self {
        let (key, args) = e.key_args();
        Error::keyed(e.code(), key, &args, e.place(), e.to_string())
    }
}

impl From<mizan_report::ReportError> for Error {
    fn from(e: mizan_report::ReportError) -> Self {
        match e {
            mizan_report::ReportError::Core(e) => Error::from(e),
            other => Error::new("report", other.to_string()),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
