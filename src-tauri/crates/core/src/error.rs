use std::fmt;
use std::path::PathBuf;

/// One problem in an input file, located by line and column (1-based).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

fn join_lines(items: &[Diagnostic]) -> String {
    items.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("{}", join_lines(.0))]
    InvalidFramework(Vec<Diagnostic>),

    /// An exchange file (or other JSON input) that was refused; nothing was written.
    /// `problem` is what is wrong at `path`, with its catalog key and arguments.
    #[error("{file}: {path}: {problem}")]
    InvalidExchange { file: String, path: String, problem: Box<crate::exchange::ExchangeProblem> },

    /// An import that would change an assessment that is final here; nothing was written.
    /// Told apart so that the app can offer to reopen it and import again.
    #[error("{file}: assessment: {message}")]
    FinalImport { file: String, title: String, id: uuid::Uuid, message: String },

    /// A rare, internal refusal: its text is English only (the UI shows `err-generic`).
    #[error("{0}")]
    InvalidInput(String),

    /// A refusal a user can meet, with its catalog key and arguments (see [`Refusal`]).
    #[error("{}", .0.message)]
    Refused(Box<Refusal>),

    #[error("{what} `{id}` was not found{hint}")]
    NotFound { what: &'static str, id: String, hint: String },

    #[error("{0}")]
    Conflict(String),

    #[error("database {path}: {source}{}", storage_hint(.source))]
    Storage { path: String, #[source] source: rusqlite::Error },

    #[error("{}: {source}{}", .path.display(), io_hint(.source))]
    Io { path: PathBuf, #[source] source: std::io::Error },
}

/// What the user can do about a storage failure they can fix themselves. Nothing was
/// written in any of these cases: each write is one transaction, rolled back whole.
fn storage_hint(e: &rusqlite::Error) -> &'static str {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DiskFull) => ". The disk is full: free some space, then save again (nothing was half-written)",
        Some(C::ReadOnly) | Some(C::PermissionDenied) | Some(C::CannotOpen) => {
            ". The data folder cannot be written: make it writable (or set MIZAN_DB to another file), then save again"
        }
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => {
            ". Another program is using the database: close it (another Mizan window or the mizan command), then try again"
        }
        Some(C::DatabaseCorrupt) | Some(C::NotADatabase) => {
            ". The file is damaged or not a Mizan database: restore a backup (`mizan restore FILE`), or start the app, which keeps this file aside and offers the newest good backup"
        }
        Some(C::SystemIoFailure) => ". The disk reported an error: check it has space and is still connected, then save again",
        _ => "",
    }
}

/// The file-system failures a user can fix, told apart from other I/O errors (by errno:
/// `ErrorKind::StorageFull` and friends need a newer Rust than this crate supports).
#[derive(Debug, PartialEq)]
enum IoProblem {
    DiskFull,
    ReadOnly,
    Other,
}

#[cfg(unix)]
fn io_problem(e: &std::io::Error) -> IoProblem {
    const ENOSPC: i32 = 28;
    const EROFS: i32 = 30;
    #[cfg(target_os = "linux")]
    const EDQUOT: i32 = 122;
    #[cfg(not(target_os = "linux"))]
    const EDQUOT: i32 = 69;
    match (e.raw_os_error(), e.kind()) {
        (Some(ENOSPC | EDQUOT), _) => IoProblem::DiskFull,
        (Some(EROFS), _) | (_, std::io::ErrorKind::PermissionDenied) => IoProblem::ReadOnly,
        _ => IoProblem::Other,
    }
}

#[cfg(not(unix))]
fn io_problem(e: &std::io::Error) -> IoProblem {
    // Windows: ERROR_HANDLE_DISK_FULL (39), ERROR_DISK_FULL (112), ERROR_WRITE_PROTECT (19).
    match (e.raw_os_error(), e.kind()) {
        (Some(39 | 112), _) => IoProblem::DiskFull,
        (Some(19), _) | (_, std::io::ErrorKind::PermissionDenied) => IoProblem::ReadOnly,
        _ => IoProblem::Other,
    }
}

fn io_hint(e: &std::io::Error) -> &'static str {
    match io_problem(e) {
        IoProblem::DiskFull => ". The disk is full: free some space, then try again",
        IoProblem::ReadOnly => ". This place cannot be written: choose a writable folder (or make it writable), then try again",
        IoProblem::Other => "",
    }
}

/// A refusal told as data: the UI renders `key` with `args` from ui/locales/*/errors.ftl;
/// `message` is the same in English, which the command line prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The error code (`invalid_input`, `conflict`, …), as [`CoreError::code`] gives it.
    pub code: &'static str,
    /// A message id of errors.ftl, e.g. `err-final`.
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// The field, question or file the refusal is about.
    pub place: Option<String>,
    pub message: String,
}

/// Arguments of a catalog message, by name.
pub type Args = Vec<(&'static str, String)>;

impl CoreError {
    /// A refusal with its catalog key: `code` as in [`CoreError::code`], `message` in English.
    pub fn refused(code: &'static str, key: &'static str, args: Args, place: Option<String>, message: impl Into<String>) -> Self {
        CoreError::Refused(Box::new(Refusal { code, key, args, place, message: message.into() }))
    }

    /// The catalog message (ui/locales/*/errors.ftl) and its arguments for this error; a
    /// rare internal one is `err-generic` with its code and English message.
    pub fn key_args(&self) -> (&'static str, Args) {
        let generic = || ("err-generic", vec![("code", self.code().to_string()), ("message", self.to_string())]);
        match self {
            CoreError::InvalidFramework(items) => (
                "err-invalid-framework",
                vec![("file", items.first().map(|d| d.file.clone()).unwrap_or_default()), ("count", items.len().to_string())],
            ),
            CoreError::InvalidExchange { file, path, problem } => {
                let mut args = vec![("file", file.clone()), ("path", path.clone())];
                args.extend(problem.args());
                (problem.key(), args)
            }
            CoreError::FinalImport { file, title, .. } => ("err-final-import", vec![("file", file.clone()), ("title", title.clone())]),
            CoreError::InvalidInput(_) | CoreError::Conflict(_) => generic(),
            CoreError::Refused(r) => (r.key, r.args.clone()),
            CoreError::NotFound { what, id, .. } => ("err-not-found", vec![("what", what.replace(' ', "-")), ("id", id.clone())]),
            CoreError::Storage { path, source } => {
                use rusqlite::ErrorCode as C;
                let key = match source.sqlite_error_code() {
                    Some(C::DiskFull) => "err-storage-disk-full",
                    Some(C::ReadOnly | C::PermissionDenied | C::CannotOpen) => "err-storage-read-only",
                    Some(C::DatabaseBusy | C::DatabaseLocked) => "err-storage-busy",
                    Some(C::DatabaseCorrupt | C::NotADatabase) => "err-storage-corrupt",
                    Some(C::SystemIoFailure) => "err-storage-io",
                    _ => "err-storage",
                };
                (key, vec![("path", path.clone())])
            }
            CoreError::Io { path, source } => {
                let key = match io_problem(source) {
                    IoProblem::DiskFull => "err-io-disk-full",
                    IoProblem::ReadOnly => "err-io-read-only",
                    IoProblem::Other => "err-io",
                };
                (key, vec![("path", path.display().to_string())])
            }
        }
    }

    /// The file, field or question the error is about, when it has one.
    pub fn place(&self) -> Option<String> {
        match self {
            CoreError::InvalidFramework(items) => items.first().map(|d| format!("{}:{}:{}", d.file, d.line, d.column)),
            CoreError::InvalidExchange { file, path, .. } => Some(format!("{file}: {path}")),
            CoreError::FinalImport { file, .. } => Some(file.clone()),
            CoreError::Refused(r) => r.place.clone(),
            CoreError::NotFound { id, .. } => Some(id.clone()),
            CoreError::Storage { path, .. } => Some(path.clone()),
            CoreError::Io { path, .. } => Some(path.display().to_string()),
            CoreError::InvalidInput(_) | CoreError::Conflict(_) => None,
        }
    }

    /// A stable machine-readable code, used by the shell's `{ code, message }` errors.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::InvalidFramework(_) => "invalid_framework",
            CoreError::InvalidExchange { .. } => "invalid_exchange",
            CoreError::FinalImport { .. } => "final",
            CoreError::InvalidInput(_) => "invalid_input",
            CoreError::NotFound { .. } => "not_found",
            CoreError::Conflict(_) => "conflict",
            CoreError::Refused(r) => r.code,
            CoreError::Storage { source, .. } => match source.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull) => "disk_full",
                Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::PermissionDenied | rusqlite::ErrorCode::CannotOpen) => "read_only",
                _ => "storage",
            },
            CoreError::Io { source, .. } => match io_problem(source) {
                IoProblem::DiskFull => "disk_full",
                IoProblem::ReadOnly => "read_only",
                IoProblem::Other => "io",
            },
        }
    }

    pub fn not_found(what: &'static str, id: impl Into<String>) -> Self {
        CoreError::NotFound { what, id: id.into(), hint: String::new() }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        CoreError::Io { path: path.into(), source }
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn file_system_failures_get_the_codes_the_ui_explains() {
        let full = CoreError::io("/media/usb/backup.db", std::io::Error::from_raw_os_error(28));
        assert_eq!(full.code(), "disk_full");
        assert!(full.to_string().starts_with("/media/usb/backup.db: "), "{full}");
        assert!(full.to_string().contains("free some space"), "{full}");
        let read_only = CoreError::io("/cdrom/backup.db", std::io::Error::from_raw_os_error(30));
        assert_eq!(read_only.code(), "read_only");
        let denied = CoreError::io("/root/x.db", std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        assert_eq!(denied.code(), "read_only");
        let other = CoreError::io("/x.db", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!((other.code(), other.to_string().contains(". ")), ("io", false));
    }
}
