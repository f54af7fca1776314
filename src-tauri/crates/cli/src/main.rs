//! `mizan`: the command line over mizan-api (each subcommand decodes its arguments,
//! calls the use case and prints). Exit codes: 0 success, 1 invalid input (nothing
//! written), 2 usage error, 3 `import` of several files: some imported, some refused.

#[macro_use]
mod output;
mod data;

use clap::{Parser, Subcommand};
use mizan_api::exports::{Format, Options, Requested, Subject, Target};
use mizan_api::{assessments, compare, exports, frameworks, imports, interviews, sample, OpenOptions, Purpose, Session};
use mizan_core::benchmark::PeerFilter;
use mizan_core::store::default_db_path;
use mizan_core::{Digits, Lang};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "mizan", version, about = "Mizan: assess a public agency's innovation readiness, offline")]
struct Cli {
    /// Database file (default: the app's own, in the OS data directory; MIZAN_DB overrides)
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List built-in and installed frameworks
    Frameworks {
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
    },
    /// Print one framework, parsed
    Framework {
        /// The framework's id, as `mizan frameworks` lists it
        id: String,
        /// A specific version (default: the newest)
        #[arg(long = "framework-version", value_name = "VERSION")]
        version: Option<String>,
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
    },
    /// Check framework files; prints FILE:LINE:COL: message for each problem, and
    /// FILE:LINE:COL: warning: message for each text without a French or Arabic translation
    /// (warnings do not make it fail)
    Validate {
        /// Framework files (*.toml)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
    },
    /// Import exchange files (*.mizan.json); merges with what is stored
    Import {
        /// Exchange files (*.mizan.json)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
    },
    /// Export one assessment as an exchange file, or as CSV for analysts (one row per
    /// answer; the dimension scores go beside it, in FILE-dimensions.csv)
    Export {
        /// The assessment: its id, or at least its first 4 characters (as `mizan list` shows them)
        id: String,
        /// The file to write (`-` for standard output)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// exchange (a *.mizan.json file to import elsewhere) or csv
        #[arg(long, value_parser = parse_export_format, default_value = "exchange")]
        format: Format,
        /// Language of the CSV's question texts and level names
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// The respondents of an assessment, with how many answers each gave
    Respondents {
        /// The assessment: its id, or at least its first 4 characters (as `mizan list` shows them)
        id: String,
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
    },
    /// Makes a final assessment a draft again (so that it can change, or take an import)
    Reopen {
        /// The assessment: its id, or at least its first 4 characters (as `mizan list` shows them)
        id: String,
    },
    /// List stored assessments with their scores
    List {
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
    },
    /// Scores of one assessment (an exchange file, read but not stored, or a stored id)
    Score {
        /// An exchange file (*.mizan.json), read but not stored, or a stored assessment's id (at least 4 characters)
        target: String,
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
        /// Language of the texts: en, fr or ar
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Lang,
        /// Digits of the numbers: latin (0-9) or arabic (Arabic-Indic, ٠-٩)
        #[arg(long, value_parser = parse_digits, default_value = "latin")]
        digits: Digits,
    },
    /// The assessment against its peers: n, quartiles, rank and percentile per dimension
    Benchmark {
        /// An exchange file (*.mizan.json), read but not stored, or a stored assessment's id (at least 4 characters)
        target: String,
        /// key=value pairs joined by commas; keys sector, country, size, tag
        #[arg(long, value_name = "FILTER", value_parser = parse_filter)]
        peers: Option<PeerFilter>,
        /// Print JSON, for programs, instead of text
        #[arg(long)]
        json: bool,
    },
    /// A consistent copy of the database (default: into the backups folder)
    Backup {
        /// Where to write the copy (default: a dated file in the backups folder)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// List the backups instead
        #[arg(long, conflicts_with = "output")]
        list: bool,
    },
    /// Replaces the database by a backup (the current one is backed up first)
    Restore {
        /// The backup file (`mizan backup --list` lists those in the backups folder)
        file: PathBuf,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
    /// Benchmark packs: anonymised peer scores to share
    #[command(subcommand)]
    Pack(data::PackCommand),
    /// Fills an empty database with fictional sample agencies
    Sample {
        /// Instead, add a fictional interview in progress (four respondents, disagreements, consensus)
        #[arg(long)]
        interview: bool,
        /// Language of the agencies' names (and of the interview's people and remarks)
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// The benchmark report, as a PDF or a Word document (DOCX)
    Report {
        /// An exchange file (*.mizan.json), read but not stored, or a stored assessment's id (at least 4 characters)
        target: String,
        /// The report file (`-` for standard output, a PDF): its extension (.pdf, .docx) gives the format
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf|OUT.docx")]
        output: PathBuf,
        /// pdf or docx (default: from the output's extension; pdf without one)
        #[arg(long, value_parser = parse_report_format, value_name = "FORMAT")]
        format: Option<Format>,
        /// Language of the texts: en, fr or ar
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Lang,
        /// Digits of the numbers: latin (0-9) or arabic (Arabic-Indic, ٠-٩)
        #[arg(long, value_parser = parse_digits, default_value = "latin")]
        digits: Digits,
        /// The peers to compare with: key=value pairs joined by commas; keys sector, country,
        /// size, tag (default: all peers)
        #[arg(long, value_name = "FILTER", value_parser = parse_filter)]
        peers: Option<PeerFilter>,
        /// Paper size: a4 or letter
        #[arg(long, value_parser = parse_paper, default_value = "a4")]
        paper: exports::Paper,
        /// Name the respondents of an interview (by default: their role and unit only)
        #[arg(long)]
        name_respondents: bool,
        /// The optional sections to include, comma-separated, of dimensions, roadmap,
        /// benchmark, methodology, respondents (default: all; the executive summary is always there)
        #[arg(long, value_parser = parse_sections, value_name = "LIST")]
        sections: Option<exports::Sections>,
    },
}

fn parse_export_format(s: &str) -> Result<Format, String> {
    match s {
        "exchange" | "json" => Ok(Format::Exchange),
        "csv" => Ok(Format::Csv),
        _ => Err(format!("`{s}` is not an export format: use exchange or csv")),
    }
}

fn parse_paper(s: &str) -> Result<exports::Paper, String> {
    exports::Paper::parse(s).ok_or_else(|| format!("`{s}` is not a paper size: use a4 or letter"))
}

fn parse_sections(s: &str) -> Result<exports::Sections, String> {
    exports::Sections::from_names(s.split(',').map(str::trim).filter(|n| !n.is_empty()))
        .map_err(|name| format!("`{name}` is not a section: use {} (the summary is always there)", exports::Section::names()))
}

fn parse_report_format(s: &str) -> Result<Format, String> {
    Format::report_format(s).ok_or_else(|| format!("`{s}` is not a report format: use pdf or docx"))
}

fn parse_filter(s: &str) -> Result<PeerFilter, String> {
    PeerFilter::parse(s).map_err(|e| e.to_string())
}

fn parse_digits(s: &str) -> Result<Digits, String> {
    Digits::parse(s).ok_or_else(|| format!("`{s}` is not a choice of digits: use latin (0-9) or arabic (Arabic-Indic, ٠-٩)"))
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("`{s}` is not a supported language: use en, fr or ar"))
}

#[derive(Debug)]
enum Failure {
    /// Already reported on stderr.
    Reported,
    /// Some of several files were imported, the others refused (each already reported).
    Partly,
    Api(mizan_api::Error),
}

impl From<mizan_api::Error> for Failure {
    fn from(e: mizan_api::Error) -> Self {
        Failure::Api(e)
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let db = cli.db.clone().unwrap_or_else(default_db_path);
    let session = Session::new(&db, OpenOptions::command_line(cli.command.purpose()));
    let result = run(&session, cli.command);
    if let Some(copy) = session.opened().backup_made {
        tell!("note: {} is upgraded to this version of Mizan; a copy as it was is kept in {}", db.display(), copy.display());
    }
    match result {
        Ok(()) if output::write_failed() => ExitCode::from(1),
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Reported) => ExitCode::from(1),
        Err(Failure::Partly) => ExitCode::from(3),
        Err(Failure::Api(e)) => {
            tell!("error: {}", e.message);
            ExitCode::from(1)
        }
    }
}

impl Command {
    /// Commands that only read never create a database (a mistyped --db would otherwise
    /// leave an empty one behind) and open it read-only: they work on a read-only file and
    /// while another process writes.
    fn purpose(&self) -> Purpose {
        match self {
            Command::Export { .. }
            | Command::List { .. }
            | Command::Score { .. }
            | Command::Benchmark { .. }
            | Command::Report { .. }
            | Command::Frameworks { .. }
            | Command::Framework { .. }
            | Command::Validate { .. }
            | Command::Backup { .. }
            | Command::Respondents { .. } => Purpose::Read,
            Command::Pack(cmd) if cmd.only_reads() => Purpose::Read,
            _ => Purpose::Write,
        }
    }
}

/// Says on stderr what is in English although `lang` was asked for.
fn warn_fallbacks(fw: &mizan_core::Framework, lang: Lang, report: bool) {
    for sentence in mizan_api::language::fallbacks(fw, lang, report) {
        tell!("warning: {sentence}");
    }
}

fn run(session: &Session, command: Command) -> Result<(), Failure> {
    match command {
        Command::Frameworks { json } => {
            let cat = session.catalog();
            for p in &cat.problems {
                tell!("warning: {p}");
            }
            let list = cat.summaries(Lang::En);
            if json {
                output::json(&list);
            } else {
                output::frameworks(&list);
            }
        }
        Command::Framework { id, version, json } => {
            let cat = session.catalog();
            let fw = cat.require(&id, version.as_deref()).map_err(mizan_api::Error::from)?;
            if json {
                output::json(&**fw);
            } else {
                output::framework(fw);
            }
        }
        Command::Validate { files, json } => {
            let mut failed = false;
            let mut checked = Vec::new();
            for f in files {
                let result = frameworks::validate_file(&f);
                failed |= result.is_err();
                if json {
                    checked.push(output::Validated::new(f, result));
                    continue;
                }
                match result {
                    Ok((fw, warnings)) => {
                        for w in &warnings {
                            tell!("{}:{}:{}: warning: {}", w.file, w.line, w.column, w.message);
                        }
                        let warned = match warnings.len() {
                            0 => String::new(),
                            1 => ", 1 warning".to_string(),
                            n => format!(", {n} warnings"),
                        };
                        say!("{}: ok ({} {}, {} dimensions, {} questions{warned})", f.display(), fw.id, fw.version, fw.dimensions.len(), fw.questions.len())
                    }
                    Err(e) => tell!("{}", e.message),
                }
            }
            if json {
                output::json(&checked);
            }
            if failed {
                return Err(Failure::Reported);
            }
        }
        Command::Import { files, json } => {
            // Each file is its own transaction: a refused file writes nothing, the others
            // are imported; every file is reported, and the exit code says which case it was.
            let mut outcomes = Vec::new();
            for f in files {
                let result = imports::import_exchange_file(session, &f);
                if !json {
                    match &result {
                        Ok(r) => output::import_report(&f, r),
                        Err(e) => tell!("error: {}\n  nothing was imported from {}", e.message, f.display()),
                    }
                }
                outcomes.push(output::ImportOutcome::new(f, result));
            }
            let imported = outcomes.iter().filter(|o| o.imported).count();
            if json {
                output::json(&outcomes);
            } else if imported > 0 && imported < outcomes.len() {
                tell!("imported {imported} of {} files; the others were refused and nothing was written from them", outcomes.len());
            }
            match imported {
                n if n == outcomes.len() => {}
                0 => return Err(Failure::Reported),
                _ => return Err(Failure::Partly),
            }
        }
        Command::Export { id, output: out, format, lang } => {
            let id = assessments::resolve(session, &id)?;
            let target = Target::from_arg(out);
            let done = exports::export_to(session, Subject::Stored(id), format, &target, &Options { lang, ..Options::default() })?;
            match done.rows {
                Some(rows) => {
                    let also: Vec<String> = done.also.iter().map(|p| p.display().to_string()).collect();
                    tell!("exported {} to {} ({rows} answers) and its dimension scores to {}", output::title(&done.title), output::target(&target), also.join(", "));
                }
                None => tell!("exported {} to {}", output::title(&done.title), output::target(&target)),
            }
        }
        Command::Respondents { id, json } => {
            let id = assessments::resolve(session, &id)?;
            let list = interviews::list_respondents(session, &id.to_string())?;
            if json {
                output::json(&list);
            } else {
                output::respondents(&list);
            }
        }
        Command::Reopen { id } => {
            let id = assessments::resolve(session, &id)?;
            let s = assessments::reopen_assessment(session, &id.to_string(), None)?;
            say!("{} is a draft again ({})", output::title(&s.title), s.id);
        }
        Command::List { json } => {
            let list = assessments::list_assessments(session, None)?;
            if json {
                output::json(&list);
            } else {
                output::list(&list);
            }
        }
        Command::Score { target, json, lang, digits } => {
            let (doc, fw) = assessments::load_target(session, &target)?;
            warn_fallbacks(&fw, lang, false);
            let scores = mizan_core::score(&fw, &doc, lang);
            if json {
                output::json(&scores);
            } else {
                output::scores(&scores, &fw, &doc.assessment.title, lang, digits);
            }
        }
        Command::Benchmark { target, peers, json } => {
            let (doc, fw) = assessments::load_target(session, &target)?;
            let bench = compare::benchmark(session, &doc, &fw, &peers.unwrap_or_default())?;
            if json {
                output::json(&bench);
            } else {
                output::benchmark(&bench, &fw, &doc.assessment.title);
            }
        }
        Command::Backup { output, list } => {
            if list {
                data::list_backups(session)?;
            } else {
                data::backup(session, output)?;
            }
        }
        Command::Restore { file, yes } => {
            if !data::restore(session, &file, yes)? {
                return Err(Failure::Reported);
            }
        }
        Command::Pack(cmd) => data::pack(session, cmd)?,
        Command::Sample { interview: true, lang } => {
            let r = sample::load_interview_sample(session, Some(lang.code()))?;
            say!("{} ({}): {}", r.title, r.assessment, if r.changed() { "loaded" } else { "already loaded" });
        }
        Command::Sample { interview: false, lang } => {
            let n = sample::load_sample_data(session, Some(lang.code()))?.assessments;
            say!("loaded {n} final assessments of fictional sample agencies");
        }
        Command::Report { target, output: out, format, lang, digits, peers, paper, name_respondents, sections } => {
            let dest = Target::from_arg(out);
            let (doc, fw) = assessments::load_target(session, &target)?;
            warn_fallbacks(&fw, lang, true);
            let options = Options { lang, digits, peers: peers.unwrap_or_default(), paper, name_respondents, sections: sections.unwrap_or_default() };
            let done = exports::export_to(session, Subject::Document(Box::new(doc), fw), Requested::Report(format), &dest, &options)?;
            match done.pages {
                Some(pages) => tell!("wrote {} ({pages} pages, {} KB)", output::target(&dest), done.bytes.div_ceil(1024)),
                None => tell!("wrote {} ({} KB)", output::target(&dest), done.bytes.div_ceil(1024)),
            }
        }
    }
    Ok(())
}
