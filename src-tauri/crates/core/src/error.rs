use std::fmt;
use std::path::PathBuf;

/// One problem in an input file, located by line and column (1-based).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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
    #[error("{file}: {path}: {message}")]
    InvalidExchange { file: String, path: String, message: String },

    #[error("{0}")]
    InvalidInput(String),

    #[error("{what} `{id}` was not found{hint}")]
    NotFound { what: &'static str, id: String, hint: String },

    #[error("{0}")]
    Conflict(String),

    #[error("database {path}: {source}")]
    Storage { path: String, #[source] source: rusqlite::Error },

    #[error("{}: {source}", .path.display())]
    Io { path: PathBuf, #[source] source: std::io::Error },
}

impl CoreError {
    /// A stable machine-readable code, used by the shell's `{ code, message }` errors.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::InvalidFramework(_) => "invalid_framework",
            CoreError::InvalidExchange { .. } => "invalid_exchange",
            CoreError::InvalidInput(_) => "invalid_input",
            CoreError::NotFound { .. } => "not_found",
            CoreError::Conflict(_) => "conflict",
            CoreError::Storage { .. } => "storage",
            CoreError::Io { .. } => "io",
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
