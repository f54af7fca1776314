//! `mizan`: the command line over mizan-api (each subcommand decodes its arguments,
//! calls the use case and prints). Exit codes: 0 success, 1 invalid input,
//! 2 usage error.

mod data;
mod output;

use clap::{Parser, Subcommand};
use mizan_api::exports::{Format, Options, Subject};
use mizan_api::{assessments, compare, exports, frameworks, imports, sample, OpenOptions, Purpose, Session};
use mizan_core::benchmark::PeerFilter;
use mizan_core::store::default_db_path;
use mizan_core::Lang;
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
        #[arg(long)]
        json: bool,
    },
    /// Print one framework, parsed
    Framework {
        id: String,
        /// A specific version (default: the newest)
        #[arg(long = "framework-version", value_name = "VERSION")]
        version: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Check framework files; prints FILE:LINE:COL: message for each problem
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Import exchange files (*.mizan.json); merges with what is stored
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Export one assessment as an exchange file
    Export {
        id: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// List stored assessments with their scores
    List {
        #[arg(long)]
        json: bool,
    },
    /// Scores of one assessment (an exchange file, read but not stored, or a stored id)
    Score {
        target: String,
        #[arg(long)]
        json: bool,
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// The assessment against its peers: n, quartiles, rank and percentile per dimension
    Benchmark {
        target: String,
        /// key=value pairs joined by commas; keys sector, country, size, tag
        #[arg(long, value_name = "FILTER", value_parser = parse_filter)]
        peers: Option<PeerFilter>,
        #[arg(long)]
        json: bool,
    },
    /// A consistent copy of the database (default: into the backups folder)
    Backup {
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// List the backups instead
        #[arg(long, conflicts_with = "output")]
        list: bool,
    },
    /// Replaces the database by a backup (the current one is backed up first)
    Restore {
        file: PathBuf,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
    /// Benchmark packs: anonymised peer scores to share
    #[command(subcommand)]
    Pack(data::PackCommand),
    /// Fills an empty database with fictional sample agencies
    Sample,
    /// The benchmark report, as a PDF or a Word document (DOCX)
    Report {
        target: String,
        /// The report file: its extension (.pdf, .docx) gives the format
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf|OUT.docx")]
        output: PathBuf,
        /// pdf or docx (default: from the output's extension; pdf without one)
        #[arg(long, value_parser = parse_format, value_name = "FORMAT")]
        format: Option<Format>,
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Lang,
        #[arg(long, value_name = "FILTER", value_parser = parse_filter)]
        peers: Option<PeerFilter>,
        /// Paper size: a4 or letter
        #[arg(long, value_parser = parse_paper, default_value = "a4")]
        paper: exports::Paper,
    },
}

fn parse_paper(s: &str) -> Result<exports::Paper, String> {
    exports::Paper::parse(s).ok_or_else(|| format!("`{s}` is not a paper size: use a4 or letter"))
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::report_format(s).ok_or_else(|| format!("`{s}` is not a report format: use pdf or docx"))
}

fn parse_filter(s: &str) -> Result<PeerFilter, String> {
    PeerFilter::parse(s).map_err(|e| e.to_string())
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("`{s}` is not a supported language: use en, fr or ar"))
}

#[derive(Debug)]
enum Failure {
    /// Already reported on stderr.
    Reported,
    Api(mizan_api::Error),
}

impl From<mizan_api::Error> for Failure {
    fn from(e: mizan_api::Error) -> Self {
        Failure::Api(e)
    }
}

fn main() -> ExitCode {
    // Like other Unix tools: `mizan list | head` ends quietly instead of panicking.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
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
        eprintln!("note: {} is upgraded to this version of Mizan; a copy as it was is kept in {}", db.display(), copy.display());
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Reported) => ExitCode::from(1),
        Err(Failure::Api(e)) => {
            eprintln!("error: {}", e.message);
            ExitCode::from(1)
        }
    }
}

impl Command {
    /// Commands that only read never create a database (a mistyped --db would otherwise
    /// leave an empty one behind).
    fn purpose(&self) -> Purpose {
        match self {
            Command::Export { .. } | Command::List { .. } | Command::Score { .. } | Command::Backup { .. } => Purpose::Read,
            // These read too, but compare with the stored peers: with no database yet they
            // start an empty one, as they always did.
            Command::Benchmark { .. } | Command::Report { .. } => Purpose::Write,
            _ => Purpose::Write,
        }
    }
}

/// Says on stderr what is in English although `lang` was asked for.
fn warn_fallbacks(fw: &mizan_core::Framework, lang: Lang, report: bool) {
    for sentence in mizan_api::language::fallbacks(fw, lang, report) {
        eprintln!("warning: {sentence}");
    }
}

fn run(session: &Session, command: Command) -> Result<(), Failure> {
    match command {
        Command::Frameworks { json } => {
            let cat = session.catalog();
            for p in &cat.problems {
                eprintln!("warning: {p}");
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
        Command::Validate { files } => {
            let mut failed = false;
            for f in files {
                match frameworks::validate_file(&f) {
                    Ok(fw) => println!("{}: ok ({} {}, {} dimensions, {} questions)", f.display(), fw.id, fw.version, fw.dimensions.len(), fw.questions.len()),
                    Err(e) => {
                        failed = true;
                        eprintln!("{}", e.message);
                    }
                }
            }
            if failed {
                return Err(Failure::Reported);
            }
        }
        Command::Import { files, json } => {
            let mut failed = false;
            let mut reports = Vec::new();
            for f in files {
                match imports::import_exchange_file(session, &f) {
                    Ok(r) => {
                        if !json {
                            output::import_report(&f, &r);
                        }
                        reports.push(r);
                    }
                    Err(e) => {
                        failed = true;
                        eprintln!("error: {}\n  nothing was imported from {}", e.message, f.display());
                    }
                }
            }
            if json {
                output::json(&reports);
            }
            if failed {
                return Err(Failure::Reported);
            }
        }
        Command::Export { id, output: out } => {
            let id = assessments::resolve(session, &id)?;
            let done = exports::export(session, Subject::Stored(id), Format::Exchange, &out, &Options::default())?;
            eprintln!("exported {} to {}", done.title, out.display());
        }
        Command::List { json } => {
            let list = assessments::list_assessments(session, None)?;
            if json {
                output::json(&list);
            } else {
                output::list(&list);
            }
        }
        Command::Score { target, json, lang } => {
            let (doc, fw) = assessments::load_target(session, &target)?;
            warn_fallbacks(&fw, lang, false);
            let scores = mizan_core::score(&fw, &doc, lang);
            if json {
                output::json(&scores);
            } else {
                output::scores(&scores, &fw, &doc.assessment.title, lang);
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
        Command::Sample => {
            let n = sample::load_sample_data(session)?.assessments;
            println!("loaded {n} final assessments of fictional sample agencies");
        }
        Command::Report { target, output: out, format, lang, peers, paper } => {
            let format = exports::report_format_for(format, &out)?;
            let (doc, fw) = assessments::load_target(session, &target)?;
            warn_fallbacks(&fw, lang, true);
            let options = Options { lang, peers: peers.unwrap_or_default(), paper };
            let done = exports::export(session, Subject::Document(Box::new(doc), fw), format, &out, &options)?;
            match done.pages {
                Some(pages) => eprintln!("wrote {} ({pages} pages, {} KB)", out.display(), done.bytes.div_ceil(1024)),
                None => eprintln!("wrote {} ({} KB)", out.display(), done.bytes.div_ceil(1024)),
            }
        }
    }
    Ok(())
}
