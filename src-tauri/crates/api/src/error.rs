//! The one error of every use case: `{ code, message }` (docs/ipc.md). The webview gets
//! it as is (its `Serialize` sends exactly these two fields, Tauri's pattern for command
//! errors); the command line prints its message.

use mizan_core::CoreError;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[error("{code}: {message}")]
pub struct Error {
    /// Stable and machine-readable: the UI branches on it, never on the message.
    /// The codes are listed in docs/ipc.md (`not_found`, `invalid_input`, …).
    pub code: String,
    /// For people: what went wrong, where, and what to do.
    pub message: String,
}

impl Error {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Error { code: code.to_string(), message: message.into() }
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
        Error::new(e.code(), e.to_string())
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
