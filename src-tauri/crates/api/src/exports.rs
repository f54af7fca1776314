//! Exports: one pipeline for every file Mizan writes out of an assessment or a framework's
//! peers — the PDF report, the Word report (DOCX), the exchange file, the benchmark pack
//! (CSV plugs in here as a further format). Each format makes its bytes; the pipeline writes them whole
//! or not at all (a half-written file never replaces a good one) and says what it wrote.

use crate::decode;
use crate::error::{Error, Result};
use crate::session::Session;
use crate::wire::{CsvExported, ExchangeExported, PackExported, ReportChoicesInput, ReportExported, ReportPreview};
use mizan_core::benchmark::PeerFilter;
use mizan_core::store::backup;
use mizan_core::{exchange, AssessmentDoc, Framework, Lang};
pub use mizan_report::{Paper, Section, Sections};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use uuid::Uuid;

/// What is exported.
pub enum Subject {
    /// A stored assessment.
    Stored(Uuid),
    /// An assessment read from a file and not stored (`mizan report FILE`).
    Document(Box<AssessmentDoc>, Arc<Framework>),
    /// The peers of a framework: the major version of `version`, else the newest.
    Framework { id: String, version: Option<String> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The PDF benchmark report of an assessment.
    Pdf,
    /// The same report as a Word document (DOCX) that staff can edit.
    Docx,
    /// The exchange file (`*.mizan.json`) of an assessment.
    Exchange,
    /// The anonymised benchmark pack of a framework's peers.
    Pack,
    /// The analysts' CSV of an assessment (one row per answer) and, beside it, the CSV of
    /// its dimension scores (`FILE-dimensions.csv`, see [`crate::csv_export`]).
    Csv,
}

impl Format {
    /// The report formats by name, as the command line and the app name them.
    pub fn report_format(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// The report format a file name asks for by its extension (`.pdf`, `.docx`).
    pub fn report_format_of(path: &Path) -> Option<Format> {
        path.extension().and_then(|e| e.to_str()).and_then(Format::report_format)
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Exchange => "mizan.json",
            Format::Pack => "json",
            Format::Csv => "csv",
        }
    }
}

/// The report's format for `path`: `requested` (`--format`), else the one its extension
/// names, else PDF when it has no extension. A `requested` format that its extension
/// contradicts (`-o report.pdf --format docx`), or an extension that names no report
/// format, is refused before anything is rendered or written.
pub fn report_format_for(requested: Option<Format>, path: &Path) -> Result<Format> {
    let ext = path.extension().and_then(|e| e.to_str());
    let named = Format::report_format_of(path);
    match (requested, named, ext) {
        (Some(r), Some(n), Some(ext)) if r != n => Err(Error::keyed(
            "invalid_input",
            "err-report-extension-mismatch",
            &[("path", path.display().to_string()), ("ext", ext.to_string()), ("format", r.extension().to_string())],
            None,
            format!(
                "{} ends in .{ext} but the format asked for is {}: name the file .{} or ask for --format {}",
                path.display(),
                r.extension(),
                r.extension(),
                n.extension()
            ),
        )),
        (Some(r), _, _) => Ok(r),
        (None, Some(n), _) => Ok(n),
        (None, None, None) => Ok(Format::Pdf),
        (None, None, Some(ext)) => Err(Error::keyed(
            "invalid_input",
            "err-report-extension-unknown",
            &[("path", path.display().to_string()), ("ext", ext.to_string())],
            None,
            format!("{} ends in .{ext}, which is no report format: name the file .pdf or .docx, or give --format pdf|docx", path.display()),
        )),
    }
}

/// The format an export is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requested {
    Exactly(Format),
    /// A report: the format given (`--format`), else the one the file's name says
    /// ([`report_format_for`]), chosen once the target has passed its check.
    Report(Option<Format>),
}

impl From<Format> for Requested {
    fn from(f: Format) -> Requested {
        Requested::Exactly(f)
    }
}

/// How the report is made; ignored by the formats that do not use it.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub lang: Lang,
    /// Western (the default) or Arabic-Indic digits in the report.
    pub digits: mizan_core::Digits,
    /// Which stored assessments are the peers.
    pub peers: PeerFilter,
    pub paper: Paper,
    /// The report names respondents (else it says role and unit).
    pub name_respondents: bool,
    /// The report's optional sections (the executive summary is always there).
    pub sections: Sections,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub path: PathBuf,
    pub bytes: usize,
    /// Pages of a PDF.
    pub pages: Option<usize>,
    /// Assessments in the file (one, or the pack's peers).
    pub assessments: usize,
    /// Files written beside `path` (the CSV's dimension scores).
    pub also: Vec<PathBuf>,
    /// Data rows of a CSV.
    pub rows: Option<usize>,
    /// What it is of: the assessment's title, or a pack's `framework-id version`.
    pub title: String,
}

/// The content of one export, before it is written.
struct Content {
    bytes: Vec<u8>,
    pages: Option<usize>,
    assessments: usize,
    title: String,
    /// Further files: (path, bytes), written before the main one.
    also: Vec<(PathBuf, Vec<u8>)>,
    rows: Option<usize>,
}

/// Where an export goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A file chosen in a native save dialog or named on the command line.
    File(PathBuf),
    /// Standard output (`-o -` on the command line).
    Stdout,
}

impl Target {
    /// The command line's `-o`: `-` is standard output, anything else a file.
    pub fn from_arg(arg: PathBuf) -> Target {
        if arg.as_os_str() == "-" {
            Target::Stdout
        } else {
            Target::File(arg)
        }
    }
}

/// The one rule for every file Mizan writes at a place a person named (an export, a
/// report, a pack, a backup): it is never the live database or one of its side files
/// (`-wal`, `-shm`, `-journal`), compared as files (device and inode, or the resolved
/// folder and name of a side file not there yet) however a path, link or `..` names them;
/// and something there that is not a regular file (a folder, pipe or device) is never
/// replaced. Nothing is written when this refuses.
pub fn check_target(session: &Session, path: &Path) -> Result<()> {
    let refuse = |key: &str, why: &str| Err(Error::at_path("invalid_input", key, path, |p| format!("{p} {why}")));
    if backup::is_live_file(session.db_path(), path) {
        return refuse(
            "err-output-database",
            "is Mizan's database (or one of its -wal, -shm, -journal files): writing there would destroy it. Choose another file name.",
        );
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => refuse("err-output-folder", "is a folder: give the name of a file in it"),
        Ok(m) if !m.is_file() => refuse(
            "err-output-special",
            "is not a regular file (a pipe or device): Mizan only writes or replaces regular files. Choose another file name.",
        ),
        // Someone protected that file; replacing it by a rename would get round that.
        Ok(m) if m.permissions().readonly() => refuse(
            "err-output-read-only",
            "is read-only: Mizan does not replace a protected file. Choose another file name, or make it writable first.",
        ),
        _ => Ok(()),
    }
}

/// An export goes into a folder that exists (a backup makes its own): a missing one is
/// named as such rather than as the file's "no such file or directory".
fn check_folder(path: &Path) -> Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) if !folder.is_dir() => Err(Error::keyed(
            "invalid_input",
            "err-output-no-folder",
            &[("folder", folder.display().to_string())],
            None,
            format!("{}: the folder {} does not exist. Create it, or choose a file in another folder.", path.display(), folder.display()),
        )),
        _ => Ok(()),
    }
}

/// Writes `subject` as `format` to `path` (chosen in a native save dialog, or named on the
/// command line), atomically. The folder is remembered as the next dialog's start.
pub fn export(session: &Session, subject: Subject, format: Format, path: &Path, options: &Options) -> Result<Exported> {
    export_to(session, subject, format, &Target::File(path.to_path_buf()), options)
}

/// [`export`] to a file or to standard output. The target is checked before anything is
/// made, so a refused one costs no rendering; a report's format is chosen after that
/// check (the live database is refused as such, not for its extension).
pub fn export_to(session: &Session, subject: Subject, format: impl Into<Requested>, target: &Target, options: &Options) -> Result<Exported> {
    if let Target::File(path) = target {
        check_target(session, path)?;
        check_folder(path)?;
    }
    let format = match format.into() {
        Requested::Exactly(f) => f,
        Requested::Report(r) => report_format_for(r, match target {
            Target::File(path) => path,
            Target::Stdout => Path::new("-"),
        })?,
    };
    let content = match format {
        Format::Pdf | Format::Docx => report(session, subject, format, options)?,
        Format::Exchange => exchange_file(session, subject)?,
        Format::Pack => pack(session, subject)?,
        Format::Csv => match target {
            Target::File(path) => csv(session, subject, path, options)?,
            Target::Stdout => {
                return Err(Error::invalid_input(
                    "a CSV export writes two files (the answers and, beside them, the dimension scores): give -o FILE.csv, not -o -",
                ))
            }
        },
    };
    let path = match target {
        Target::File(path) => {
            for (p, _) in &content.also {
                check_target(session, p)?;
            }
            for (p, bytes) in &content.also {
                exchange::write_atomic(p, bytes)?;
            }
            exchange::write_atomic(path, &content.bytes)?;
            remember_folder(session, path);
            path.clone()
        }
        Target::Stdout => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(&content.bytes)
                .and_then(|_| out.flush())
                .map_err(|e| Error::new("io", format!("standard output: {e}")))?;
            PathBuf::from("-")
        }
    };
    Ok(Exported {
        path,
        bytes: content.bytes.len(),
        pages: content.pages,
        assessments: content.assessments,
        title: content.title,
        also: content.also.into_iter().map(|(p, _)| p).collect(),
        rows: content.rows,
    })
}

/// The assessment and framework a report or exchange file is made of.
fn assessment(session: &Session, subject: Subject, format: Format) -> Result<(AssessmentDoc, Arc<Framework>)> {
    match subject {
        Subject::Stored(id) => {
            let store = session.store()?;
            let doc = store.load(id)?;
            let fw = store.catalog().require(&doc.framework.id, Some(&doc.framework.version))?.clone();
            Ok((doc, fw))
        }
        Subject::Document(doc, fw) => Ok((*doc, fw)),
        Subject::Framework { .. } => Err(Error::invalid_input(format!("{format:?} is the export of one assessment, not of a framework"))),
    }
}

/// The report is built and rendered here and nowhere else.
fn report(session: &Session, subject: Subject, format: Format, options: &Options) -> Result<Content> {
    let (doc, fw) = assessment(session, subject, format)?;
    let title = doc.assessment.title.clone();
    let store = session.store_or_empty()?;
    let mut input = mizan_report::build_input(&store, doc, fw, &options.peers, options.lang, options.paper)?;
    input.name_respondents = options.name_respondents;
    input.sections = options.sections;
    input.digits = options.digits;
    if format == Format::Docx {
        // Word lays out its own pages: there is no page count to give.
        let rendered = mizan_report::render_docx(&input)?;
        return Ok(Content { bytes: rendered.docx, pages: None, assessments: 1, title, also: Vec::new(), rows: None });
    }
    let rendered = mizan_report::render_report(&input)?;
    Ok(Content { bytes: rendered.pdf, pages: Some(rendered.pages), assessments: 1, title, also: Vec::new(), rows: None })
}

fn exchange_file(session: &Session, subject: Subject) -> Result<Content> {
    let doc = match subject {
        // The stored document as the store exports it (deleted answers left out).
        Subject::Stored(id) => session.store()?.export(id)?,
        other => assessment(session, other, Format::Exchange)?.0,
    };
    Ok(Content { bytes: exchange::to_bytes(&doc), pages: None, assessments: 1, title: doc.assessment.title, also: Vec::new(), rows: None })
}

fn pack(session: &Session, subject: Subject) -> Result<Content> {
    let Subject::Framework { id, version } = subject else {
        return Err(Error::invalid_input("a benchmark pack is of a framework's peers, not of one assessment"));
    };
    let store = session.store()?;
    let fw = store.catalog().require(&id, version.as_deref())?.clone();
    let pack = store.export_pack(&fw)?;
    let bytes = serde_json::to_vec_pretty(&pack).map_err(|e| Error::new("io", e.to_string()))?;
    Ok(Content { bytes, pages: None, assessments: pack.assessments.len(), title: format!("{} {}", fw.id, fw.version), also: Vec::new(), rows: None })
}

fn csv(session: &Session, subject: Subject, path: &Path, options: &Options) -> Result<Content> {
    let (doc, fw) = assessment(session, subject, Format::Csv)?;
    let (bytes, rows) = crate::csv_export::answers(&doc, &fw, options.lang)?;
    let dimensions = crate::csv_export::dimensions(&doc, &fw, options.lang)?;
    let also = vec![(crate::csv_export::dimensions_path(path), dimensions)];
    Ok(Content { bytes, pages: None, assessments: 1, title: doc.assessment.title, also, rows: Some(rows) })
}

/// `export_csv` of docs/ipc.md: the path comes from the native save dialog; the dimension
/// scores go beside it.
pub fn export_csv(session: &Session, id: &str, lang: Option<&str>, path: &Path) -> Result<CsvExported> {
    let options = Options { lang: decode::lang(lang)?, ..Options::default() };
    let id = decode::assessment_id(id)?;
    let done = export(session, Subject::Stored(id), Format::Csv, path, &options)?;
    let dimensions_path = done.also.first().map(|p| p.display().to_string()).unwrap_or_default();
    Ok(CsvExported { path: done.path.display().to_string(), dimensions_path, rows: done.rows.unwrap_or(0) })
}

/// `export_exchange` of docs/ipc.md: the exchange file, to carry to another laptop.
pub fn export_exchange(session: &Session, id: &str, path: &Path) -> Result<ExchangeExported> {
    let id = decode::assessment_id(id)?;
    let done = export(session, Subject::Stored(id), Format::Exchange, path, &Options::default())?;
    Ok(ExchangeExported { path: done.path.display().to_string(), bytes: done.bytes })
}

/// The file name proposed for an assessment's exchange file or CSV (`ext` without dot).
pub fn file_name(name: Option<&str>, ext: &str) -> String {
    let pdf = report_file_name(name, Format::Pdf);
    format!("{}.{ext}", pdf.strip_suffix(".pdf").unwrap_or("mizan"))
}

/// `export_pack` of docs/ipc.md: the path comes from the native save dialog.
pub fn export_pack(session: &Session, framework: &str, version: Option<&str>, path: &Path) -> Result<PackExported> {
    let subject = Subject::Framework { id: framework.to_string(), version: version.map(String::from) };
    let done = export(session, subject, Format::Pack, path, &Options::default())?;
    Ok(PackExported { path: done.path.display().to_string(), assessments: done.assessments })
}

/// The report dialog's `choices` (`export_report`, `preview_report`), decoded: the format
/// and the [`Options`] of the report. Null is every default (PDF, English, A4, every
/// peer and section, respondents unnamed).
pub fn report_choices(command: &str, choices: Value) -> Result<(Format, Options)> {
    let c: ReportChoicesInput = if choices.is_null() { ReportChoicesInput::default() } else { decode::json(command, "choices", choices)? };
    let format = match c.format.as_deref() {
        None => Format::Pdf,
        Some(f) => Format::report_format(f)
            .ok_or_else(|| Error::invalid_input(format!("{command}: `choices.format` is `{}`: use pdf or docx", decode::truncate(f, 40))))?,
    };
    let paper = match c.paper.as_deref() {
        None => Paper::A4,
        Some(p) => Paper::parse(p)
            .ok_or_else(|| Error::invalid_input(format!("{command}: `choices.paper` is `{}`: use a4 or letter", decode::truncate(p, 40))))?,
    };
    let sections = match &c.sections {
        None => Sections::default(),
        Some(list) => Sections::from_names(list.iter().map(String::as_str)).map_err(|name| {
            Error::invalid_input(format!(
                "{command}: `choices.sections` names `{}`, which is no section: use summary, {}",
                decode::truncate(name, 40),
                Section::names()
            ))
        })?,
    };
    let digits = match c.digits.as_deref() {
        None => mizan_core::Digits::Latin,
        Some(d) => mizan_core::Digits::parse(d)
            .ok_or_else(|| Error::invalid_input(format!("{command}: `choices.digits` is `{}`: use latin or arabic", decode::truncate(d, 40))))?,
    };
    let peers = c.filter.map(crate::wire::PeerFilterInput::into_filter).unwrap_or_default();
    Ok((format, Options { lang: decode::lang(c.lang.as_deref())?, digits, peers, paper, name_respondents: c.respondents, sections }))
}

/// `export_report` of docs/ipc.md: the report of an assessment, as the dialog's
/// `choices` ask (null: the PDF with every default), at `path` (from the save dialog).
pub fn export_report(session: &Session, id: &str, choices: Value, path: &Path) -> Result<ReportExported> {
    let (format, options) = report_choices("export_report", choices)?;
    let id = decode::assessment_id(id)?;
    let done = export(session, Subject::Stored(id), format, path, &options)?;
    Ok(ReportExported { path: done.path.display().to_string(), format: format.extension().to_string(), pages: done.pages, bytes: done.bytes })
}

/// `preview_report` of docs/ipc.md: the first page of the report the `choices` ask for,
/// as a small PNG (see [`crate::preview`]). A Word report is previewed by its PDF: the
/// same model, sections and words, laid out by us.
pub fn preview_report(session: &Session, id: &str, choices: Value) -> Result<ReportPreview> {
    let (_, options) = report_choices("preview_report", choices)?;
    let id = decode::assessment_id(id)?;
    let content = report(session, Subject::Stored(id), Format::Pdf, &options)?;
    let page = crate::preview::first_page(&content.bytes, crate::preview::WIDTH)?;
    Ok(ReportPreview { png: crate::preview::base64(&page.png), width: page.width, height: page.height, pages: content.pages.unwrap_or(0) })
}

// ---- where the save dialog opens, and the name it proposes ---------------------------------

/// The folder a save dialog opens in: where the user last saved in this session, else
/// their Documents folder (never the app's working folder).
pub fn save_folder(session: &Session) -> PathBuf {
    session
        .save_folder()
        .or_else(dirs::document_dir)
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| session.db_path().parent().map(Path::to_path_buf).unwrap_or_default())
}

pub(crate) fn remember_folder(session: &Session, saved: &Path) {
    if let Some(dir) = saved.parent().filter(|d| d.is_dir()) {
        session.set_save_folder(dir.to_path_buf());
    }
}

/// Characters no file name may hold on Windows, macOS or Linux.
const NOT_IN_FILE_NAMES: &[char] = &['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

/// The file name proposed for a report of `name` (the agency's name): the name as people
/// wrote it (letters of any script, spaces, commas, apostrophes), without the characters
/// file systems refuse, at most 80 characters; `mizan-report.pdf` when nothing is left.
/// The extension is the format's (`.pdf`, `.docx`).
pub fn report_file_name(name: Option<&str>, format: Format) -> String {
    let cleaned: String = name
        .unwrap_or("")
        .chars()
        .map(|c| if c.is_control() || NOT_IN_FILE_NAMES.contains(&c) { ' ' } else { c })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let joined: String = words.join(" ").chars().take(80).collect();
    // A leading dot hides the file; a trailing dot or space is dropped by Windows.
    let stem = joined.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let ext = format.extension();
    if stem.is_empty() {
        format!("mizan-report.{ext}")
    } else {
        format!("{stem}.{ext}")
    }
}

#[cfg(test)]
mod tests {
    use super::{report_file_name, Format};

    #[test]
    fn a_report_is_proposed_under_the_agency_name_as_written_without_what_file_systems_refuse() {
        let cases = [
            ("Ministry of Interior, Tunisia", "Ministry of Interior, Tunisia.pdf"),
            ("  Wadi   Health\tAuthority ", "Wadi Health Authority.pdf"),
            ("وزارة الصحة", "وزارة الصحة.pdf"),
            ("Régie d'eau (Sfax) & co", "Régie d'eau (Sfax) & co.pdf"),
            ("R&D: A/B \"test\" <v2>?", "R&D A B test v2.pdf"),
            ("../../etc/passwd", "etc passwd.pdf"),
            ("...", "mizan-report.pdf"),
            ("", "mizan-report.pdf"),
        ];
        for (name, file) in cases {
            assert_eq!(report_file_name(Some(name), Format::Pdf), file, "{name:?}");
        }
        assert_eq!(report_file_name(None, Format::Pdf), "mizan-report.pdf");
        assert_eq!(report_file_name(Some(&"M".repeat(300)), Format::Pdf).chars().count(), 80 + ".pdf".len());
    }

    #[test]
    fn the_report_format_comes_from_the_request_or_the_extension_and_a_contradiction_is_refused() {
        use super::report_format_for;
        let p = std::path::Path::new;
        assert_eq!(report_format_for(None, p("a/b.docx")).unwrap(), Format::Docx);
        assert_eq!(report_format_for(None, p("b.PDF")).unwrap(), Format::Pdf);
        assert_eq!(report_format_for(None, p("report")).unwrap(), Format::Pdf);
        assert_eq!(report_format_for(Some(Format::Docx), p("report.out")).unwrap(), Format::Docx);
        let e = report_format_for(Some(Format::Docx), p("r.pdf")).unwrap_err();
        assert_eq!(e.code, "invalid_input");
        assert!(e.message.contains("r.pdf ends in .pdf but the format asked for is docx"), "{}", e.message);
        let e = report_format_for(None, p("r.odt")).unwrap_err();
        assert!(e.message.contains("r.odt ends in .odt, which is no report format"), "{}", e.message);
    }

    #[test]
    fn a_word_report_is_proposed_as_docx_and_formats_are_named_by_extension() {
        assert_eq!(report_file_name(Some("وزارة الصحة"), Format::Docx), "وزارة الصحة.docx");
        assert_eq!(report_file_name(Some("..."), Format::Docx), "mizan-report.docx");
        let of = |p: &str| Format::report_format_of(std::path::Path::new(p));
        assert_eq!(of("out/Report.DOCX"), Some(Format::Docx));
        assert_eq!(of("r.pdf"), Some(Format::Pdf));
        assert_eq!(of("r.odt"), None);
        assert_eq!(of("report"), None);
        assert_eq!(Format::report_format("Word"), None);
    }
}
