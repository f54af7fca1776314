//! `mizan`: the command line over mizan-core. Exit codes: 0 success, 1 invalid input,
//! 2 usage error.

mod data;
mod output;

use clap::{Parser, Subcommand};
use mizan_core::store::{default_db_path, frameworks_dir};
use mizan_core::benchmark::PeerFilter;
use mizan_core::{catalog, exchange, Catalog, CoreError, Lang, Store};
use std::path::{Path, PathBuf};
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
    /// The PDF benchmark report
    Report {
        target: String,
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf")]
        output: PathBuf,
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: Lang,
        #[arg(long, value_name = "FILTER", value_parser = parse_filter)]
        peers: Option<PeerFilter>,
        /// Paper size: a4 or letter
        #[arg(long, value_parser = parse_paper, default_value = "a4")]
        paper: mizan_report::Paper,
    },
}

fn parse_paper(s: &str) -> Result<mizan_report::Paper, String> {
    mizan_report::Paper::parse(s).ok_or_else(|| format!("`{s}` is not a paper size: use a4 or letter"))
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
    Core(CoreError),
}

impl From<CoreError> for Failure {
    fn from(e: CoreError) -> Self {
        Failure::Core(e)
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
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Reported) => ExitCode::from(1),
        Err(Failure::Core(e)) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn db_path(cli_db: &Option<PathBuf>) -> PathBuf {
    cli_db.clone().unwrap_or_else(default_db_path)
}

fn catalog_for(db: &Path) -> Catalog {
    Catalog::with_user_dir(&frameworks_dir(db))
}

/// Opens (or creates) the database; one written by an older Mizan is backed up before it
/// is upgraded, as the app does.
fn open_store(db: &Path) -> Result<Store, CoreError> {
    if let Some(copy) = mizan_core::store::backup::backup_before_migration(db)? {
        eprintln!("note: {} is upgraded to this version of Mizan; a copy as it was is kept in {}", db.display(), copy.display());
    }
    Store::open(db, catalog_for(db))
}

/// For commands that only read: a missing database is an error, not a new empty file
/// (a mistyped --db would otherwise leave one behind).
fn open_existing(db: &Path) -> Result<Store, CoreError> {
    if !db.exists() {
        return Err(CoreError::NotFound {
            what: "database",
            id: db.display().to_string(),
            hint: ": check --db or MIZAN_DB, or create it with `mizan import`, `mizan sample` or the app".into(),
        });
    }
    open_store(db)
}

fn run(cli: Cli) -> Result<(), Failure> {
    let db = db_path(&cli.db);
    match cli.command {
        Command::Frameworks { json } => {
            let cat = catalog_for(&db);
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
            let cat = catalog_for(&db);
            let fw = cat.require(&id, version.as_deref())?;
            if json {
                output::json(&**fw);
            } else {
                output::framework(fw);
            }
        }
        Command::Validate { files } => {
            let mut failed = false;
            for f in files {
                match catalog::load_file(&f) {
                    Ok(fw) => println!("{}: ok ({} {}, {} dimensions, {} questions)", f.display(), fw.id, fw.version, fw.dimensions.len(), fw.questions.len()),
                    Err(e) => {
                        failed = true;
                        eprintln!("{e}");
                    }
                }
            }
            if failed {
                return Err(Failure::Reported);
            }
        }
        Command::Import { files, json } => {
            let mut store = open_store(&db)?;
            let mut failed = false;
            let mut reports = Vec::new();
            for f in files {
                match store.import_file(&f) {
                    Ok(r) => {
                        if !json {
                            output::import_report(&f, &r);
                        }
                        reports.push(r);
                    }
                    Err(e) => {
                        failed = true;
                        eprintln!("error: {e}\n  nothing was imported from {}", f.display());
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
            let store = open_existing(&db)?;
            let id = store.resolve(&id)?;
            let doc = store.export(id)?;
            exchange::write_file(&out, &doc)?;
            eprintln!("exported {} to {}", doc.assessment.title, out.display());
        }
        Command::List { json } => {
            // No database yet is an empty list, without creating the file.
            let list = if db.exists() { open_store(&db)?.list(Lang::En)? } else { Vec::new() };
            if json {
                output::json(&list);
            } else {
                output::list(&list);
            }
        }
        Command::Score { target, json, lang } => {
            let (doc, fw) = load_target(&db, &target)?;
            let scores = mizan_core::score(&fw, &doc, lang);
            if json {
                output::json(&scores);
            } else {
                output::scores(&scores, &fw, &doc.assessment.title, lang);
            }
        }
        Command::Benchmark { target, peers, json } => {
            let (doc, fw) = load_target(&db, &target)?;
            let scores = mizan_core::score(&fw, &doc, Lang::En);
            let store = open_store(&db)?;
            let bench = store.benchmark(&doc, &scores, &peers.unwrap_or_default())?;
            if json {
                output::json(&bench);
            } else {
                output::benchmark(&bench, &fw, &doc.assessment.title);
            }
        }
        Command::Backup { output, list } => {
            if list {
                data::list_backups(&db);
            } else {
                data::backup(&open_existing(&db)?, &db, output)?;
            }
        }
        Command::Restore { file, yes } => {
            if !data::restore(&db, &file, yes)? {
                return Err(Failure::Reported);
            }
        }
        Command::Pack(cmd) => data::pack(&mut open_store(&db)?, cmd)?,
        Command::Sample => {
            let n = open_store(&db)?.load_sample_data()?;
            println!("loaded {n} final assessments of fictional sample agencies");
        }
        Command::Report { target, output: out, lang, peers, paper } => {
            let (doc, fw) = load_target(&db, &target)?;
            let store = open_store(&db)?;
            let rendered = mizan_report::build_input(&store, doc, fw, &peers.unwrap_or_default(), lang, paper)
                .and_then(|input| mizan_report::render_report(&input));
            let rendered = match rendered {
                Ok(r) => r,
                Err(mizan_report::ReportError::Core(e)) => return Err(Failure::Core(e)),
                Err(e) => {
                    eprintln!("error: {e}");
                    return Err(Failure::Reported);
                }
            };
            // Written whole or not at all: a half-written PDF must never replace a good one.
            exchange::write_atomic(&out, &rendered.pdf)?;
            eprintln!("wrote {} ({} pages, {} KB)", out.display(), rendered.pages, rendered.pdf.len().div_ceil(1024));
        }
    }
    Ok(())
}

/// A FILE (read, not stored) or a stored assessment ID.
fn load_target(db: &Path, target: &str) -> Result<(mizan_core::AssessmentDoc, std::sync::Arc<mizan_core::Framework>), CoreError> {
    let path = Path::new(target);
    if path.is_file() {
        return exchange::read_file(path, &catalog_for(db));
    }
    if target.ends_with(".json") || target.contains('/') {
        return Err(CoreError::io(path, std::io::Error::new(std::io::ErrorKind::NotFound, "no such file")));
    }
    if !db.exists() {
        return Err(CoreError::InvalidInput(format!(
            "`{target}` is neither an existing file nor an assessment id: not found, as there is no database at {} yet (check --db or MIZAN_DB)",
            db.display()
        )));
    }
    let store = open_store(db)?;
    let id = store.resolve(target)?;
    let doc = store.load(id)?;
    let fw = store.catalog().require(&doc.framework.id, Some(&doc.framework.version))?.clone();
    Ok((doc, fw))
}
