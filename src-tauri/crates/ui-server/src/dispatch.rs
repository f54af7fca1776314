//! The command table: each IPC command of docs/ipc.md → the function the desktop shell
//! calls for it, one line each. The shell opens a native dialog for some commands; here
//! the [`Sandbox`] answers it with the path the test chose (or a default), so the
//! function called afterwards is the same.
//!
//! The engine is reached only through the names below. When mizan-api lands, the block
//! "engine side" becomes (the functions keep their names and arguments):
//!
//! ```text
//! pub use mizan_api::{Error as CommandError, Result as CmdResult, Session};
//! pub mod uc {
//!     pub use mizan_api::{agencies::*, answers::*, app::*, assessments::*, backups::*, compare::*, exports::*, frameworks::*, imports::*, sample::*};
//! }
//! pub fn open_session(db: &Path) -> Session { Session::open(db, mizan_api::OpenOptions::app()) }
//! pub const SHELL_COMMANDS: &[&str] = <the generated command list>;
//! ```
//!
//! and Cargo.toml's `mizan-app` dependency becomes `mizan-api`.

// ---- engine side -------------------------------------------------------------------------
pub use mizan_api::{Error as CommandError, Result as CmdResult, Session};
pub mod uc {
    pub use mizan_api::{agencies::*, answers::*, app::*, assessments::*, backups::*, compare::*, exports::*, frameworks::*, imports::*, interviews::*, sample::*};
}
/// Opens the database as the desktop app does at start (a damaged file moved aside…).
pub fn open_session(db: &Path) -> Session {
    Session::open(db, mizan_api::OpenOptions::app())
}
/// Every command the shell registers.
pub const SHELL_COMMANDS: &[&str] = mizan_app::COMMANDS;
// ---- end of engine side ------------------------------------------------------------------

use crate::args::Args;
use crate::fixtures;
use crate::sandbox::Sandbox;
use serde::Serialize;
use serde_json::Value;
use std::path::Path;

pub fn dispatch(s: &Session, fs: &mut Sandbox, cmd: &str, a: &Args) -> CmdResult<Value> {
    match cmd {
        "app_info" => out(Ok(uc::app_info(s))),
        "list_frameworks" => out(uc::list_frameworks(s, a.lang())),
        "get_framework" => out(uc::get_framework(s, a.str("id")?, a.opt("version"), a.lang())),
        "install_framework" => fs.open(fixtures::framework_file, |p| uc::install_framework(s, p, a.lang())),
        "list_assessments" => out(uc::list_assessments(s, a.lang())),
        "create_assessment" => out(uc::create_assessment(s, a.value("input"), a.lang())),
        "get_assessment" => out(uc::get_assessment(s, a.str("id")?, a.lang())),
        "save_answer" => out(uc::save_answer(s, a.value("input"), a.lang())),
        "set_position" => out(uc::set_position(s, a.str("id")?, a.str("question")?)),
        "score_assessment" => out(uc::score_assessment(s, a.str("id")?, a.lang())),
        "finalize_assessment" => out(uc::finalize_assessment(s, a.str("id")?, a.lang())),
        "duplicate_assessment" => out(uc::duplicate_assessment(s, a.str("id")?, a.lang())),
        "delete_assessment" => out(uc::delete_assessment(s, a.str("id")?)),
        "undo_delete" => out(uc::undo_delete(s, a.str("id")?, a.lang())),
        "compare_assessment" => out(uc::compare_assessment(s, a.str("id")?, a.value("filter"))),
        "update_agency" => out(uc::update_agency(s, a.str("id")?, a.value("profile"))),
        "export_pack" => fs.save(&format!("{}-benchmark-pack.json", a.str("framework")?), |p| uc::export_pack(s, a.str("framework")?, a.opt("version"), p)),
        "import_pack" => fs.open(fixtures::pack_file, |p| uc::import_pack(s, p)),
        "load_sample_data" => out(uc::load_sample_data(s, a.lang())),
        "export_report" => {
            let (format, _) = uc::report_choices("export_report", a.value("choices"))?;
            fs.save(&uc::report_file_name(a.opt("name"), format), |p| uc::export_report(s, a.str("id")?, a.value("choices"), p))
        }
        "preview_report" => out(uc::preview_report(s, a.str("id")?, a.value("choices"))),
        // The shell reveals the report it last wrote in the file manager; here it is named.
        "show_report_in_folder" => Ok(fs
            .written()
            .iter()
            .rev()
            .find(|p| p.extension().is_some_and(|e| e == "pdf" || e == "docx"))
            .map_or(Value::Null, |p| Value::String(p.display().to_string()))),
        "list_backups" => out(uc::list_backups(s)),
        "backup_now" => fs.save(&fixtures::backup_file_name(), |p| uc::backup_now(s, p)),
        "choose_backup" => match a.opt("name") {
            Some(name) => out(uc::choose_backup(s, Some(name), None)),
            None => fs.open(fixtures::backup_file, |p| uc::choose_backup(s, None, Some(p))),
        },
        "restore_backup" => out(uc::restore_backup(s)),
        "reopen_assessment" => out(uc::reopen_assessment(s, a.str("id")?, a.lang())),
        "list_respondents" => out(uc::list_respondents(s, a.str("id")?)),
        "add_respondent" => out(uc::add_respondent(s, a.str("id")?, a.value("input"))),
        "edit_respondent" => out(uc::edit_respondent(s, a.str("id")?, a.str("respondent")?, a.value("input"))),
        "remove_respondent" => out(uc::remove_respondent(s, a.str("id")?, a.str("respondent")?)),
        "undo_remove_respondent" => out(uc::undo_remove_respondent(s, a.str("id")?, a.str("respondent")?)),
        "set_consensus" => out(uc::set_consensus(s, a.str("id")?, a.value("input"))),
        "clear_consensus" => out(uc::clear_consensus(s, a.str("id")?, a.str("question")?)),
        "get_consolidation" => out(uc::get_consolidation(s, a.str("id")?, a.lang())),
        "list_changes" => out(uc::list_changes(s, a.str("id")?)),
        "restore_change" => out(uc::restore_change(s, a.str("id")?, a.int("change")?)),
        "import_exchange" => fs.open_many(fixtures::exchange_file, |p| Ok(uc::import_exchange_files(s, p))),
        "import_reopened" => out(uc::import_reopened(s, a.u32("token")?)),
        // The page keeps the channel (tests/ui/ipc-bridge.js); `__drop` and `__drag` say what the shell would send on it.
        "watch_drops" => out(Ok(())),
        "export_exchange" => fs.save(&uc::file_name(a.opt("name"), "mizan.json"), |p| uc::export_exchange(s, a.str("id")?, p)),
        "export_csv" => fs.save(&uc::file_name(a.opt("name"), "csv"), |p| uc::export_csv(s, a.str("id")?, a.lang(), p)),
        _ => Err(CommandError::new("not_found", format!("unknown command {cmd}"))),
    }
}

/// A command's result as the webview receives it (JSON).
pub fn out<T: Serialize>(result: CmdResult<T>) -> CmdResult<Value> {
    result.and_then(|v| serde_json::to_value(v).map_err(|e| CommandError::new("io", e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A command the shell registers but the table forgets would fail every UI test that
    /// reaches it with "unknown command"; this says which one at once.
    #[test]
    fn every_shell_command_is_in_the_table() {
        let mut fs = Sandbox::new().unwrap();
        let session = open_session(&fs.db_path());
        for cmd in SHELL_COMMANDS {
            fs.cancel_next_dialogs();
            let args = Args::new(cmd, Value::Null).unwrap();
            if let Err(e) = dispatch(&session, &mut fs, cmd, &args) {
                assert!(!e.message.starts_with("unknown command"), "{cmd}: {e}");
            }
        }
    }
}
