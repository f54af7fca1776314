//! mizan-ui-server: the engine behind the UI tests (test-only, never shipped).
//!
//! Reads one JSON request a line on stdin, `{ "id", "cmd", "args" }`, and answers each on
//! stdout, `{ "id", "ok": result }` or `{ "id", "err": { "code", "message" } }`. A command
//! of docs/ipc.md runs the function the desktop shell runs for it ([`dispatch`]) on a
//! temporary database; the test controls start with two underscores:
//!
//! - `__reset { seed, backups, recovery }`: a new temporary home and database ([`seed`]).
//! - `__dialog { kind: "save" | "open", answer }`: what the next native dialog answers.
//! - `__files`: `{ path: text }` written through save dialogs.
//! - `__file { path }`: one of those files whole, `{ base64 }` (a PDF or DOCX, for the
//!   test to read with pdftotext, pdfinfo or unzip).
//! - `__drag { kind: "enter" | "over" | "leave", files }` and `__drop { files: [path |
//!   { path, text }] }`: files dragged over the window and dropped; the answer is what the
//!   shell sends on the `watch_drops` channel for it (its own functions, src/drops.rs),
//!   which the page's bridge delivers.
//! - `__state`: what the database holds ([`state_view`]).
//!
//! The UI tests' harness (tests/ui/engine.mjs) starts one per page; `npm run dev:ui`
//! starts one for the dev server.

mod args;
mod dispatch;
mod fixtures;
mod sandbox;
mod seed;
mod state_view;

use args::Args;
use dispatch::{open_session, CmdResult, CommandError, Session};
use sandbox::Sandbox;
use serde_json::{json, Value};
use std::io::{BufRead, Write};

struct Server {
    // Field order: the session closes its database before the folder is removed.
    session: Session,
    fs: Sandbox,
}

impl Server {
    fn new(options: &seed::Options) -> CmdResult<Server> {
        let fs = Sandbox::new()?;
        let db = fs.db_path();
        let mut session = open_session(&db);
        seed::fill(&session, &options.seed)?;
        if options.backups {
            seed::add_backups(&session, &fs)?;
        }
        if options.recovery {
            drop(session);
            seed::damage(&db)?;
            session = open_session(&db);
        }
        Ok(Server { session, fs })
    }

    fn handle(&mut self, cmd: &str, args: Args) -> CmdResult<Value> {
        match cmd {
            "__reset" => {
                *self = Server::new(&seed::Options::from(&args))?;
                Ok(Value::Null)
            }
            "__dialog" => {
                let kind = args.str("kind")?;
                self.fs.set_dialog(kind, &args.value("answer")).map(|_| Value::Null)
            }
            "__files" => Ok(self.fs.files()),
            "__file" => self.fs.file(args.str("path")?),
            "__drag" => drag(args.str("kind")?, args.int("files").unwrap_or(0)),
            "__drop" => {
                let files = args.value("files");
                let files = files.as_array().ok_or_else(|| CommandError::invalid_input("__drop: `files` is not a list"))?;
                let paths = files.iter().map(|f| self.fs.user_file("__drop", f)).collect::<CmdResult<Vec<_>>>()?;
                let sent = std::cell::RefCell::new(Vec::new());
                mizan_app::drops::import_drop(&self.session, &paths, |e| sent.borrow_mut().push(e));
                dispatch::out(Ok(sent.into_inner()))
            }
            "__state" => state_view::state(&self.session, &self.fs),
            // Only what the shell registers: the webview can call nothing else.
            _ if !dispatch::SHELL_COMMANDS.contains(&cmd) => {
                Err(CommandError::new("not_found", format!("unknown command {cmd}")))
            }
            _ => dispatch::dispatch(&self.session, &mut self.fs, cmd, &args),
        }
    }

    /// One request line → one reply line.
    fn reply(&mut self, line: &str) -> String {
        let request: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => return reply(&Value::Null, Err(CommandError::invalid_input(format!("request is not JSON: {e}")))),
        };
        let id = request.get("id").cloned().unwrap_or(Value::Null);
        let cmd = request.get("cmd").and_then(Value::as_str).unwrap_or_default().to_string();
        let args = request.get("args").cloned().unwrap_or(Value::Null);
        // A panic in a command fails that request, not every later one.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            Args::new(&cmd, args).and_then(|args| self.handle(&cmd, args))
        }))
        .unwrap_or_else(|_| Err(CommandError::new("panic", format!("the engine panicked in `{cmd}` (see stderr)"))));
        self.fs.shown(&reply(&id, result))
    }
}

/// What the shell tells the page for a drag over the window (null: nothing).
fn drag(kind: &str, files: i64) -> CmdResult<Value> {
    use tauri::{DragDropEvent, PhysicalPosition};
    let position = PhysicalPosition::new(0.0, 0.0);
    let paths = (0..files).map(|i| std::path::PathBuf::from(format!("/dragged/{i}.mizan.json"))).collect();
    let event = match kind {
        "enter" => DragDropEvent::Enter { paths, position },
        "over" => DragDropEvent::Over { position },
        "leave" => DragDropEvent::Leave,
        other => return Err(CommandError::invalid_input(format!("__drag: kind `{other}` is neither enter, over nor leave"))),
    };
    dispatch::out(Ok(mizan_app::drops::hover_event(&event)))
}

fn reply(id: &Value, result: CmdResult<Value>) -> String {
    match result {
        Ok(ok) => json!({ "id": id, "ok": ok }),
        Err(err) => json!({ "id": id, "err": err }),
    }
    .to_string()
}

fn main() {
    let mut server = match Server::new(&seed::Options { seed: "empty".into(), backups: false, recovery: false }) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("mizan-ui-server: {e}");
            std::process::exit(1);
        }
    };
    let stdout = std::io::stdout();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let text = server.reply(&line);
        let mut out = stdout.lock();
        if writeln!(out, "{text}").and_then(|_| out.flush()).is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(server: &mut Server, cmd: &str, args: Value) -> Value {
        let line = json!({ "id": 7, "cmd": cmd, "args": args }).to_string();
        serde_json::from_str(&server.reply(&line)).unwrap()
    }

    fn started(seed: &str, backups: bool, recovery: bool) -> Server {
        Server::new(&seed::Options { seed: seed.into(), backups, recovery }).unwrap()
    }

    #[test]
    fn paths_read_as_in_a_home_folder_and_errors_keep_their_code() {
        let mut server = started("empty", false, false);
        let info = ask(&mut server, "app_info", Value::Null);
        assert_eq!(info["id"], 7);
        assert_eq!(info["ok"]["db_path"], "/home/user/.local/share/mizan/mizan.db");
        let unknown = ask(&mut server, "load_everything", json!({}));
        assert_eq!(unknown["err"]["message"], "unknown command load_everything");
        let missing = ask(&mut server, "get_assessment", json!({}));
        assert_eq!(missing["err"]["code"], "invalid_input");
        assert!(missing["err"]["message"].as_str().unwrap().contains("missing required key id"));
    }

    #[test]
    fn the_demo_seed_is_four_assessments_of_three_agencies_one_final() {
        let mut server = started("demo", false, false);
        let list = ask(&mut server, "list_assessments", Value::Null)["ok"].as_array().unwrap().clone();
        assert_eq!(list.len(), 4);
        assert_eq!(list.iter().filter(|a| a["status"] == "final").count(), 1);
        let agencies: std::collections::HashSet<_> = list.iter().map(|a| a["agency"]["id"].to_string()).collect();
        assert_eq!(agencies.len(), 3);
    }

    #[test]
    fn the_interview_seeds_name_its_people_in_the_language_asked() {
        let respondents = |seed: &str| {
            let mut server = started(seed, false, false);
            let list = ask(&mut server, "list_assessments", Value::Null)["ok"].as_array().unwrap().clone();
            let interview = list.iter().find(|a| a["mode"] == "interview").unwrap()["id"].clone();
            let people = ask(&mut server, "list_respondents", json!({ "id": interview }))["ok"].clone();
            people.as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_string()).collect::<Vec<_>>()
        };
        let (en, ar) = (respondents("interview"), respondents("interview-ar"));
        assert_eq!(en.len(), 4);
        assert_eq!(ar.len(), 4);
        assert!(en.iter().all(|n| n.is_ascii()), "{en:?}");
        assert!(ar.iter().all(|n| n.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))), "{ar:?}");
        assert_ne!(respondents("interview-fr"), ar);
    }

    #[test]
    fn a_cancelled_dialog_answers_null_and_a_chosen_path_is_written() {
        let mut server = started("bench", false, false);
        ask(&mut server, "__dialog", json!({ "kind": "save", "answer": null }));
        let cancelled = ask(&mut server, "export_pack", json!({ "framework": "innovation-readiness" }));
        assert_eq!(cancelled["ok"], Value::Null);
        ask(&mut server, "__dialog", json!({ "kind": "save", "answer": "/media/usb/pack.json" }));
        let done = ask(&mut server, "export_pack", json!({ "framework": "innovation-readiness" }));
        assert_eq!(done["ok"]["path"], "/media/usb/pack.json");
        let files = ask(&mut server, "__files", Value::Null);
        assert!(files["ok"]["/media/usb/pack.json"].as_str().unwrap().contains("mizan.benchmark-pack"));
    }

    #[test]
    fn an_open_dialog_picks_several_files_and_a_drag_and_drop_answers_what_the_shell_sends() {
        let mut server = started("empty", false, false);
        let fixture = include_str!("../../../../tests/fixtures/interview-wadi-health.mizan.json");
        let two = json!([{ "path": "/media/usb/a.mizan.json", "text": fixture }, { "path": "/media/usb/notes.txt", "text": "x" }]);
        ask(&mut server, "__dialog", json!({ "kind": "open", "answer": two }));
        let out = ask(&mut server, "import_exchange", json!({}))["ok"].clone();
        assert_eq!((out[0]["file"].clone(), out[0]["report"]["created"].clone()), (json!("/media/usb/a.mizan.json"), json!(true)));
        assert_eq!(out[1]["file"], "/media/usb/notes.txt");
        assert!(out[1]["error"]["message"].is_string(), "{out}");
        let save = ask(&mut server, "__dialog", json!({ "kind": "save", "answer": ["/a.pdf", "/b.pdf"] }));
        assert!(save["err"]["message"].as_str().unwrap().contains("one path"), "{save}");
        ask(&mut server, "__dialog", json!({ "kind": "open", "answer": ["/a.toml", "/b.toml"] }));
        let one = ask(&mut server, "install_framework", json!({}));
        assert!(one["err"]["message"].as_str().unwrap().contains("picks one file"), "{one}");

        assert_eq!(ask(&mut server, "__drag", json!({ "kind": "enter", "files": 3 }))["ok"], json!({ "kind": "hover", "files": 3 }));
        assert_eq!(ask(&mut server, "__drag", json!({ "kind": "over" }))["ok"], Value::Null);
        assert_eq!(ask(&mut server, "__drag", json!({ "kind": "leave" }))["ok"], json!({ "kind": "leave" }));
        let sent = ask(&mut server, "__drop", json!({ "files": [{ "path": "/home/user/Downloads/again.mizan.json", "text": fixture }] }))["ok"].clone();
        assert_eq!(sent[0], json!({ "kind": "importing", "files": 1 }));
        assert_eq!((sent[1]["kind"].clone(), sent[1]["outcomes"][0]["file"].clone()), (json!("imported"), json!("/home/user/Downloads/again.mizan.json")));
        assert_eq!(sent[1]["outcomes"][0]["report"]["created"], false, "the same assessment again: merged, nothing new");
    }

    #[test]
    fn recovery_moves_the_damaged_database_aside_and_offers_the_newest_good_backup() {
        let mut server = started("demo", true, true);
        let recovery = ask(&mut server, "app_info", Value::Null)["ok"]["recovery"].clone();
        assert!(recovery["moved_aside"].as_str().unwrap().starts_with("/home/user/.local/share/mizan/mizan.db"));
        assert_eq!(recovery["newest_backup"]["path"], "/home/user/.local/share/mizan/backups/mizan-2026-11-25.db");
        assert_eq!(recovery["newest_backup"]["assessments"], 4);
        let list = ask(&mut server, "list_assessments", Value::Null);
        assert_eq!(list["ok"], json!([]));
    }
}
