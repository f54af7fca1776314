//! Why an exchange file or a benchmark pack was refused, as data: each problem has a
//! catalog key (ui/locales/*/errors.ftl) and its arguments, which the UI renders in its
//! language, and an English text (its `Display`), which the command line prints after
//! the file and the JSON path.

use crate::error::Args;
use std::fmt;

/// The kind of file a problem was found in (the `$kind` of the shared messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Exchange,
    Pack,
    Framework,
}

impl FileKind {
    pub fn id(self) -> &'static str {
        match self {
            FileKind::Exchange => "exchange",
            FileKind::Pack => "pack",
            FileKind::Framework => "framework",
        }
    }

    fn english_plural(self) -> &'static str {
        match self {
            FileKind::Exchange => "exchange files",
            FileKind::Pack => "benchmark packs",
            FileKind::Framework => "framework files",
        }
    }
}

/// What the JSON reader (serde) refused, told apart by its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonProblem {
    /// Not JSON at the place given (a stray character, a missing comma…).
    Syntax,
    /// The document stops before its end.
    Eof,
    /// Nested deeper than the reader allows.
    TooDeep,
    MissingField,
    UnknownField,
    DuplicateField,
    /// A value that is not one of the allowed words (e.g. a `mode`).
    UnknownVariant,
    /// A string where a number is expected, and the like.
    WrongType,
    /// A value of the right type but not allowed (a number too large, a list too long…).
    WrongValue,
    /// An id that is not a UUID.
    BadUuid,
    Other,
}

/// One refused detail of an exchange file or a benchmark pack. The file and the JSON path
/// are told by [`crate::CoreError::InvalidExchange`]; this is what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeProblem {
    NotRegular { kind: FileKind },
    TooLarge { kind: FileKind, mib: u64 },
    NotUtf8 { kind: FileKind, byte: usize },
    Empty,
    NotAnObject,
    /// serde's refusal: `text` is its English (with the line and column), for the CLI.
    Json { what: JsonProblem, name: String, line: usize, column: usize, text: String },
    TrailingData { line: usize, column: usize, text: String },
    /// A record (the framework, an answer…) written as something other than an object.
    RecordNotAnObject { array: bool },
    WrongFormat { kind: FileKind, found: String, expected: &'static str },
    FormatVersion { found: u32, supported: u32 },
    FrameworkNotInstalled { framework: String, version: String },
    TextEmpty,
    TextTooLong { max: usize },
    TextNul,
    Country { value: String },
    /// `version` is given for an exchange file, not for a pack row (which has its own).
    NotADimension { dimension: String, framework: String, version: Option<String> },
    TargetOutOfRange { target: u8, max: u8 },
    TimeOutsideYears { value: String, utc: String },
    TimeInFuture { value: String, hours: i64, now: String },
    NotATimestamp { value: String },
    RespondentTwice { id: String },
    NotADate { value: String },
    UnknownRespondent { id: String },
    NotAQuestion { question: String, framework: String, version: String },
    AnsweredTwice { respondent: String, question: String },
    LevelOutOfRange { level: u8, max: u8 },
    LevelAndNotApplicable,
    ConsensusTwice { question: String },
    RespondentElsewhere { id: String },
    FrameworkMismatch { stored: String, stored_version: String, framework: String, version: String },
    AgencyMismatch { id: String, name: String, country: String, file_name: String, file_country: String },
    PackFrameworkNotInstalled { framework: String, version: String },
    PackVersionOld { found: u32 },
    PackVersionNew { found: u32 },
    PackAgencyTwice,
    PackTooFew { count: usize, min: usize },
    PackVersionMismatch { version: String, framework: String, framework_version: String },
    ScoreOutOfRange { max: u8 },
    PackCountry { value: String },
    UnknownCode { field: &'static str, value: String, known: String },
    PackDateInFuture { date: String },
    PackNotADay { value: String },
}

/// The first `` `name` `` of a serde message (the field or value it is about).
fn quoted(text: &str) -> String {
    text.split('`').nth(1).map(|s| s.chars().take(80).collect()).unwrap_or_default()
}

impl ExchangeProblem {
    /// A serde_json refusal, told apart by its kind (its English kept for the CLI).
    pub fn json(e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let text = e.to_string();
        let what = match e.classify() {
            Category::Eof => JsonProblem::Eof,
            Category::Syntax if text.starts_with("recursion limit exceeded") => JsonProblem::TooDeep,
            Category::Syntax | Category::Io => JsonProblem::Syntax,
            Category::Data => match text.as_str() {
                t if t.starts_with("missing field `") => JsonProblem::MissingField,
                t if t.starts_with("unknown field `") => JsonProblem::UnknownField,
                t if t.starts_with("duplicate field `") => JsonProblem::DuplicateField,
                t if t.starts_with("unknown variant `") => JsonProblem::UnknownVariant,
                t if t.starts_with("invalid type: ") => JsonProblem::WrongType,
                t if t.starts_with("invalid value: ") || t.starts_with("invalid length ") => JsonProblem::WrongValue,
                t if t.starts_with("UUID parsing failed") => JsonProblem::BadUuid,
                _ => JsonProblem::Other,
            },
        };
        let name = match what {
            JsonProblem::MissingField | JsonProblem::UnknownField | JsonProblem::DuplicateField | JsonProblem::UnknownVariant => {
                quoted(&text)
            }
            _ => String::new(),
        };
        ExchangeProblem::Json { what, name, line: e.line(), column: e.column(), text }
    }

    /// Data after the end of the document.
    pub fn trailing(e: &serde_json::Error) -> Self {
        ExchangeProblem::TrailingData { line: e.line(), column: e.column(), text: e.to_string() }
    }

    /// The message id of ui/locales/*/errors.ftl that tells this problem.
    pub fn key(&self) -> &'static str {
        use ExchangeProblem as P;
        match self {
            P::NotRegular { .. } => "err-file-not-regular",
            P::TooLarge { .. } => "err-file-too-large",
            P::NotUtf8 { .. } => "err-file-not-utf8",
            P::Empty => "err-exchange-empty",
            P::NotAnObject => "err-exchange-not-an-object",
            P::Json { what, .. } => match what {
                JsonProblem::Syntax => "err-json-syntax",
                JsonProblem::Eof => "err-json-eof",
                JsonProblem::TooDeep => "err-json-too-deep",
                JsonProblem::MissingField => "err-json-missing-field",
                JsonProblem::UnknownField => "err-json-unknown-field",
                JsonProblem::DuplicateField => "err-json-duplicate-field",
                JsonProblem::UnknownVariant => "err-json-unknown-value",
                JsonProblem::WrongType => "err-json-wrong-type",
                JsonProblem::WrongValue => "err-json-wrong-value",
                JsonProblem::BadUuid => "err-json-bad-uuid",
                JsonProblem::Other => "err-json-invalid",
            },
            P::TrailingData { .. } => "err-json-trailing-data",
            P::RecordNotAnObject { .. } => "err-exchange-record-not-an-object",
            P::WrongFormat { .. } => "err-file-wrong-format",
            P::FormatVersion { .. } => "err-exchange-format-version",
            P::FrameworkNotInstalled { .. } => "err-exchange-framework-missing",
            P::TextEmpty => "err-exchange-text-empty",
            P::TextTooLong { .. } => "err-exchange-text-too-long",
            P::TextNul => "err-exchange-text-nul",
            P::Country { .. } => "err-exchange-country",
            P::NotADimension { .. } => "err-file-not-a-dimension",
            P::TargetOutOfRange { .. } => "err-exchange-target-out-of-range",
            P::TimeOutsideYears { .. } => "err-exchange-time-outside-years",
            P::TimeInFuture { .. } => "err-exchange-time-in-future",
            P::NotATimestamp { .. } => "err-exchange-not-a-timestamp",
            P::RespondentTwice { .. } => "err-exchange-respondent-twice",
            P::NotADate { .. } => "err-exchange-not-a-date",
            P::UnknownRespondent { .. } => "err-exchange-unknown-respondent",
            P::NotAQuestion { .. } => "err-exchange-not-a-question",
            P::AnsweredTwice { .. } => "err-exchange-answered-twice",
            P::LevelOutOfRange { .. } => "err-exchange-level-out-of-range",
            P::LevelAndNotApplicable => "err-exchange-level-and-na",
            P::ConsensusTwice { .. } => "err-exchange-consensus-twice",
            P::RespondentElsewhere { .. } => "err-exchange-respondent-elsewhere",
            P::FrameworkMismatch { .. } => "err-exchange-framework-mismatch",
            P::AgencyMismatch { .. } => "err-exchange-agency-mismatch",
            P::PackFrameworkNotInstalled { .. } => "err-pack-framework-missing",
            P::PackVersionOld { .. } => "err-pack-version-old",
            P::PackVersionNew { .. } => "err-pack-version-new",
            P::PackAgencyTwice => "err-pack-agency-twice",
            P::PackTooFew { .. } => "err-pack-file-too-few",
            P::PackVersionMismatch { .. } => "err-pack-version-mismatch",
            P::ScoreOutOfRange { .. } => "err-pack-score-out-of-range",
            P::PackCountry { .. } => "err-pack-country",
            P::UnknownCode { .. } => "err-pack-unknown-code",
            P::PackDateInFuture { .. } => "err-pack-date-in-future",
            P::PackNotADay { .. } => "err-pack-not-a-day",
        }
    }

    /// The arguments of [`ExchangeProblem::key`]'s message, by name (the error adds
    /// `file` and `path`).
    pub fn args(&self) -> Args {
        use ExchangeProblem as P;
        let s = |v: &dyn ToString| v.to_string();
        match self {
            P::NotRegular { kind } => vec![("kind", s(&kind.id()))],
            P::TooLarge { kind, mib } => vec![("kind", s(&kind.id())), ("max", s(mib))],
            P::NotUtf8 { kind, byte } => vec![("kind", s(&kind.id())), ("byte", s(byte))],
            P::Empty | P::NotAnObject | P::TextEmpty | P::TextNul | P::LevelAndNotApplicable | P::PackAgencyTwice => vec![],
            P::Json { what, name, line, column, .. } => {
                let mut args = vec![("line", s(line)), ("column", s(column))];
                if matches!(what, JsonProblem::MissingField | JsonProblem::UnknownField | JsonProblem::DuplicateField | JsonProblem::UnknownVariant) {
                    args.insert(0, ("name", name.clone()));
                }
                args
            }
            P::TrailingData { line, column, .. } => vec![("line", s(line)), ("column", s(column))],
            P::RecordNotAnObject { .. } => vec![],
            P::WrongFormat { kind, found, expected } => {
                vec![("kind", s(&kind.id())), ("found", crate::rules::at_most(found, 80)), ("expected", s(expected))]
            }
            P::FormatVersion { found, supported } => vec![("version", s(found)), ("supported", s(supported))],
            P::FrameworkNotInstalled { framework, version } | P::PackFrameworkNotInstalled { framework, version } => {
                vec![("framework", framework.clone()), ("version", version.clone())]
            }
            P::TextTooLong { max } => vec![("max", s(max))],
            P::Country { value } | P::PackCountry { value } => vec![("value", crate::rules::at_most(value, 40))],
            P::NotADimension { dimension, framework, .. } => vec![("dimension", dimension.clone()), ("framework", framework.clone())],
            P::TargetOutOfRange { target, max } => vec![("level", s(target)), ("max", s(max))],
            P::TimeOutsideYears { value, utc } => vec![("value", value.clone()), ("utc", utc.clone())],
            P::TimeInFuture { value, hours, now } => vec![("value", value.clone()), ("hours", s(hours)), ("now", now.clone())],
            P::NotATimestamp { value } | P::NotADate { value } | P::PackNotADay { value } => {
                vec![("value", crate::rules::at_most(value, 40))]
            }
            P::RespondentTwice { id } | P::UnknownRespondent { id } | P::RespondentElsewhere { id } => vec![("id", id.clone())],
            P::NotAQuestion { question, framework, version } => {
                vec![("question", question.clone()), ("framework", framework.clone()), ("version", version.clone())]
            }
            P::AnsweredTwice { respondent, question } => vec![("id", respondent.clone()), ("question", question.clone())],
            P::LevelOutOfRange { level, max } => vec![("level", s(level)), ("max", s(max))],
            P::ConsensusTwice { question } => vec![("question", question.clone())],
            P::FrameworkMismatch { stored, stored_version, framework, version } => vec![
                ("stored", stored.clone()),
                ("stored_version", stored_version.clone()),
                ("framework", framework.clone()),
                ("version", version.clone()),
            ],
            P::AgencyMismatch { id: _, name, country, file_name, file_country } => vec![
                ("name", name.clone()),
                ("country", country.clone()),
                ("file_name", file_name.clone()),
                ("file_country", file_country.clone()),
            ],
            P::PackVersionOld { found } | P::PackVersionNew { found } => vec![("version", s(found))],
            P::PackTooFew { count, min } => vec![("count", s(count)), ("min", s(min))],
            P::PackVersionMismatch { version, framework, framework_version } => vec![
                ("version", version.clone()),
                ("framework", framework.clone()),
                ("framework_version", framework_version.clone()),
            ],
            P::ScoreOutOfRange { max } => vec![("max", s(max))],
            P::UnknownCode { field, value, known } => {
                vec![("field", s(field)), ("value", crate::rules::at_most(value, 40)), ("known", known.clone())]
            }
            P::PackDateInFuture { date } => vec![("date", date.clone())],
        }
    }
}

/// Today's English detail, as the command line prints it after `file: path: `.
impl fmt::Display for ExchangeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ExchangeProblem as P;
        const NOT_MIZAN: &str = "it is not a Mizan exchange file";
        match self {
            P::NotRegular { kind } => {
                write!(f, "this is not a regular file (a folder, pipe or device): {} are read only from regular files", kind.english_plural())
            }
            P::TooLarge { kind, mib } => write!(f, "the file is larger than {mib} MiB; {} are limited to {mib} MiB", kind.english_plural()),
            P::NotUtf8 { kind: FileKind::Exchange, byte } => write!(f, "the file is not valid UTF-8 (byte {byte}): {NOT_MIZAN}"),
            P::NotUtf8 { byte, .. } => write!(f, "the file is not valid UTF-8 (byte {byte})"),
            P::Empty => write!(f, "the file is empty: {NOT_MIZAN}"),
            P::NotAnObject => write!(f, "the file does not hold a JSON object: {NOT_MIZAN}"),
            P::Json { text, .. } => f.write_str(text),
            P::TrailingData { text, .. } => write!(f, "unexpected data after the document: {text}"),
            P::RecordNotAnObject { array } => {
                write!(f, "invalid type: {}, expected an object", if *array { "array" } else { "not an object" })
            }
            P::WrongFormat { kind: FileKind::Pack, found, expected } => write!(f, "`{found}` is not a Mizan benchmark pack: expected \"{expected}\""),
            P::WrongFormat { found, expected, .. } => write!(f, "`{found}` is not a Mizan assessment file: expected \"{expected}\""),
            P::FormatVersion { found, supported } => {
                write!(f, "format version {found} is not supported: this Mizan reads version {supported}; update Mizan")
            }
            P::FrameworkNotInstalled { framework, version } => {
                write!(f, "framework {framework} {version} is not installed: install that framework file first (see `mizan frameworks`)")
            }
            P::TextEmpty => f.write_str("is empty: it must have a value"),
            P::TextTooLong { max } => write!(f, "is longer than {max} characters: shorten it"),
            P::TextNul => f.write_str("contains a NUL character: remove it"),
            P::Country { value } => write!(f, "`{value}` is not an ISO 3166 alpha-2 code (two capital letters, e.g. TN)"),
            P::NotADimension { dimension, framework, version: Some(v) } => write!(f, "`{dimension}` is not a dimension of {framework} {v}"),
            P::NotADimension { dimension, framework, version: None } => write!(f, "`{dimension}` is not a dimension of {framework}"),
            P::TargetOutOfRange { target, max } => write!(f, "target {target} is out of range 1..{max}"),
            P::TimeOutsideYears { value, utc } => write!(f, "`{value}` is {utc} in UTC, outside the years 0000 to 9999"),
            P::TimeInFuture { value, hours, now } => write!(
                f,
                "`{value}` is more than {hours} hours ahead of this computer's clock ({now}): check the clock of the computer that wrote the file, and this one's"
            ),
            P::NotATimestamp { value } => write!(f, "`{value}` is not an RFC 3339 timestamp (e.g. 2026-03-01T09:30:00Z)"),
            P::RespondentTwice { id } => write!(f, "respondent id {id} appears twice"),
            P::NotADate { value } => {
                write!(f, "`{}` is not a date: write it as YYYY-MM-DD, e.g. 2026-03-14", crate::rules::at_most(value, 40))
            }
            P::UnknownRespondent { id } => write!(f, "respondent {id} is not listed in `respondents`"),
            P::NotAQuestion { question, framework, version } => write!(f, "`{question}` is not a question of {framework} {version}"),
            P::AnsweredTwice { respondent, question } => write!(f, "respondent {respondent} answers `{question}` twice"),
            P::LevelOutOfRange { level, max } => write!(f, "level {level} is out of range: this framework has levels 1 to {max}"),
            P::LevelAndNotApplicable => f.write_str("an answer with a level cannot also be not applicable"),
            P::ConsensusTwice { question } => write!(f, "question `{question}` has two consensus entries"),
            P::RespondentElsewhere { id } => write!(f, "respondent id {id} already belongs to another assessment"),
            P::FrameworkMismatch { stored, stored_version, framework, version } => write!(
                f,
                "this assessment is stored with framework {stored} {stored_version}, the file has {framework} {version}: they cannot be merged"
            ),
            P::AgencyMismatch { id, name, country, file_name, file_country } => write!(
                f,
                "agency id {id} is `{name}` ({country}) in this database, but the file names `{file_name}` ({file_country}): if it is the same agency, give it the same name and country in the file (or rename it here first); if not, remove `id` from the file's agency"
            ),
            P::PackFrameworkNotInstalled { framework, version } => write!(
                f,
                "this pack was made with framework {framework} {version}, which is not installed here: install that framework version first"
            ),
            P::PackVersionOld { found } => write!(
                f,
                "pack format version {found} was written by an older Mizan, whose rows cannot be told apart by agency: export it again with this version"
            ),
            P::PackVersionNew { found } => write!(f, "pack format version {found} is not supported: update Mizan"),
            P::PackAgencyTwice => f.write_str("this agency already has a row in the pack: a pack holds one row per agency"),
            P::PackTooFew { count, min } => write!(
                f,
                "the pack holds {count} agenc{}: a pack needs at least {min}, so that no agency can be identified",
                if *count == 1 { "y" } else { "ies" }
            ),
            P::PackVersionMismatch { version, framework, framework_version } => write!(
                f,
                "version {version} does not match framework {framework} {framework_version}: only the same major version can be compared"
            ),
            P::ScoreOutOfRange { max } => write!(f, "score out of range 1..{max}"),
            P::PackCountry { .. } => f.write_str("not an ISO 3166 alpha-2 code"),
            P::UnknownCode { field, value, known } => {
                write!(f, "`{}` is not a known {field} code ({known}): a pack carries codes only", crate::rules::at_most(value, 40))
            }
            P::PackDateInFuture { date } => write!(f, "{date} is in the future"),
            P::PackNotADay { value } => write!(f, "`{}` is not a day written YYYY-MM-DD", crate::rules::at_most(value, 40)),
        }
    }
}

#[cfg(test)]
mod tests;
