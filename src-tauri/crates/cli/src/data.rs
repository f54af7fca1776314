//! Commands that look after the data: backups, restore, benchmark packs, sample agencies.

use clap::Subcommand;
use mizan_core::store::backup::{self, backups_dir};
use mizan_core::{exchange, CoreError, Store};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum PackCommand {
    /// Anonymised scores of the latest final assessment of every agency (no names, no text)
    Export {
        /// Framework id (its newest installed version is used)
        framework: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// Adds a pack's assessments as anonymous peers (the same pack again replaces itself)
    Import { file: PathBuf },
}

pub fn backup(store: &Store, db: &Path, output: Option<PathBuf>) -> Result<(), CoreError> {
    let target = output.unwrap_or_else(|| backups_dir(db).join(format!("mizan-{}-manual.db", chrono_stamp())));
    let info = store.backup_to(&target)?;
    println!("backed up {} assessment(s) to {} ({} bytes)", info.assessments.unwrap_or(0), target.display(), info.bytes);
    Ok(())
}

pub fn list_backups(db: &Path) {
    let list = backup::list_backups(&backups_dir(db));
    if list.is_empty() {
        println!("No backups yet in {}", backups_dir(db).display());
    }
    for b in list {
        println!(
            "{}  {}  {} assessment(s)  {}",
            b.path.display(),
            b.date.as_deref().unwrap_or("?"),
            b.assessments.map(|n| n.to_string()).unwrap_or_else(|| "?".into()),
            if b.ok { "ok" } else { "DAMAGED" }
        );
    }
}

/// Restores after saying what the backup holds; asks unless `--yes`.
pub fn restore(db: &Path, file: &Path, yes: bool) -> Result<bool, CoreError> {
    if !file.is_file() {
        return Err(CoreError::io(file, std::io::Error::new(std::io::ErrorKind::NotFound, "no such backup file")));
    }
    let info = backup::describe(file);
    if !info.ok {
        return Err(CoreError::InvalidInput(format!("{} is not a usable Mizan backup: it fails its integrity check", file.display())));
    }
    eprintln!(
        "{} — {}, {} assessment(s). It will replace {} (which is backed up first).",
        file.display(),
        info.date.as_deref().unwrap_or("undated"),
        info.assessments.unwrap_or(0),
        db.display()
    );
    if !yes {
        if !std::io::stdin().is_terminal() {
            eprintln!("error: confirm with --yes to restore");
            return Ok(false);
        }
        eprint!("Restore? [y/N] ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        if !matches!(line.trim(), "y" | "Y" | "yes") {
            eprintln!("nothing changed");
            return Ok(false);
        }
    }
    let restored = backup::restore(db, file)?;
    println!("restored {} assessment(s) from {}", info.assessments.unwrap_or(0), file.display());
    if let Some(copy) = restored.safety_copy {
        println!("the database as it was is kept in {} (restore it to undo)", copy.display());
    }
    Ok(true)
}

pub fn pack(store: &mut Store, cmd: PackCommand) -> Result<(), CoreError> {
    match cmd {
        PackCommand::Export { framework, output } => {
            let fw = store.catalog().require(&framework, None)?.clone();
            let pack = store.export_pack(&fw)?;
            let bytes = serde_json::to_vec_pretty(&pack).map_err(|e| CoreError::InvalidInput(e.to_string()))?;
            exchange::write_atomic(&output, &bytes)?;
            println!("exported {} anonymised assessment(s) of {} {} to {}", pack.assessments.len(), fw.id, fw.version, output.display());
        }
        PackCommand::Import { file } => {
            let r = store.import_pack_file(&file)?;
            println!(
                "{}: {} anonymous peer assessment(s){}",
                file.display(),
                r.assessments,
                if r.replaced > 0 { format!(" (replaced the {} of an earlier import of this pack)", r.replaced) } else { String::new() }
            );
        }
    }
    Ok(())
}

fn chrono_stamp() -> String {
    mizan_core::time::now().replace([':', '.'], "").chars().take(17).collect()
}
