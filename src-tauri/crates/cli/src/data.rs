//! Commands that look after the data: backups, restore, benchmark packs.

use clap::Subcommand;
use crate::output;
use mizan_api::exports::{self, Format, Options, Subject, Target};
use mizan_api::{backups, imports, Result, Session};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum PackCommand {
    /// Anonymised scores of the latest final assessment of every agency (no names, no text)
    Export {
        /// Framework id (its newest installed version is used)
        framework: String,
        /// The file to write (`-` for standard output)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// Adds a pack's assessments as anonymous peers (the same pack again replaces itself)
    Import {
        /// The pack file, as `mizan pack export` writes it
        file: PathBuf,
    },
}

impl PackCommand {
    pub fn only_reads(&self) -> bool {
        matches!(self, PackCommand::Export { .. })
    }
}

pub fn backup(session: &Session, output: Option<PathBuf>) -> Result<()> {
    let info = backups::backup_to(session, output)?;
    say!("backed up {} assessment(s) to {} ({} bytes)", info.assessments.unwrap_or(0), info.path.display(), info.bytes);
    Ok(())
}

pub fn list_backups(session: &Session) -> Result<()> {
    let list = backups::list_backups(session)?;
    if list.is_empty() {
        say!("No backups yet in {}", session.backups_dir().display());
    }
    for b in list {
        say!(
            "{}  {}  {} assessment(s)  {}",
            b.path.display(),
            b.date.as_deref().unwrap_or("?"),
            b.assessments.map(|n| n.to_string()).unwrap_or_else(|| "?".into()),
            if b.ok { "ok" } else { "DAMAGED" }
        );
    }
    Ok(())
}

/// Restores after saying what the backup holds; asks unless `--yes`.
pub fn restore(session: &Session, file: &Path, yes: bool) -> Result<bool> {
    let info = backups::usable_backup(file)?;
    tell!(
        "{} — {}, {} assessment(s). It will replace {} (which is backed up first).",
        file.display(),
        info.date.as_deref().unwrap_or("undated"),
        info.assessments.unwrap_or(0),
        session.db_path().display()
    );
    if !yes && !confirmed("Restore? [y/N] ") {
        return Ok(false);
    }
    let restored = backups::restore_file(session, file)?;
    say!("restored {} assessment(s) from {}", info.assessments.unwrap_or(0), file.display());
    if let Some(copy) = restored.safety_copy {
        say!("the database as it was is kept in {} (restore it to undo)", copy.display());
    }
    Ok(true)
}

/// Asks at a terminal; without one, `--yes` is needed.
fn confirmed(question: &str) -> bool {
    if !std::io::stdin().is_terminal() {
        tell!("error: confirm with --yes to restore");
        return false;
    }
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    let yes = matches!(line.trim(), "y" | "Y" | "yes");
    if !yes {
        tell!("nothing changed");
    }
    yes
}

pub fn pack(session: &Session, cmd: PackCommand) -> Result<()> {
    match cmd {
        PackCommand::Export { framework, output: out } => {
            let subject = Subject::Framework { id: framework, version: None };
            let target = Target::from_arg(out);
            let done = exports::export_to(session, subject, Format::Pack, &target, &Options::default())?;
            let said = format!("exported {} anonymised assessment(s) of {} to {}", done.assessments, done.title, output::target(&target));
            // With `-o -` standard output is the pack itself.
            if target == Target::Stdout {
                tell!("{said}");
            } else {
                say!("{said}");
            }
        }
        PackCommand::Import { file } => {
            let r = imports::import_pack(session, &file)?;
            say!(
                "{}: {} anonymous peer assessment(s){}",
                file.display(),
                r.assessments,
                if r.replaced > 0 { format!(" (replaced the {} of an earlier import of this pack)", r.replaced) } else { String::new() }
            );
        }
    }
    Ok(())
}
