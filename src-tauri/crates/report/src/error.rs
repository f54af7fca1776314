//! The report's one error type. Messages say what failed and where.

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An embedded font could not be subset or read back (a defect of the build).
    #[error("font {font}: {message}")]
    Font { font: &'static str, message: String },

    /// The PDF could not be serialised (a defect, not an input error).
    #[error("writing the PDF: {0}")]
    Pdf(String),

    /// The Word document could not be put together (a defect, not an input error).
    #[error("writing the Word document: {0}")]
    Docx(String),

    /// A report catalog (`ui/locales/<lang>/report.ftl`) does not parse.
    #[error("{file}:{line}: {message}")]
    Catalog { file: String, line: usize, message: String },

    /// The input does not fit together (e.g. scores of another framework).
    #[error("report input: {0}")]
    Input(String),

    /// Loading the assessment, its peers or its trend from the store failed.
    #[error(transparent)]
    Core(#[from] mizan_core::CoreError),
}
