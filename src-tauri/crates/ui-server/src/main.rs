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
use dispatch::{CmdResult, CommandError, Session};
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
        let mut session = Session::open(&db);
        seed::fill(&session, &options.seed)?;
        if options.backups {
            seed::add_backups(&session, &fs)?;
        }
        if options.recovery {
            drop(session);
            seed::damage(&db)?;
            session = Session::open(&db);
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
            "__state" => state_view::state(&self.session, &self.fs),
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
