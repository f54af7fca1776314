//! The file system a test sees: a fresh temporary folder laid out like a user's home
//! (`/home/user/.local/share/mizan/mizan.db`, `/home/user/Documents`), the answers the
//! test gave for the next native dialogs, and the files written through them.
//!
//! Paths are shown to the page without the temporary folder's prefix, so the tests
//! read `/home/user/Documents/x.json` whatever the folder is, and a path a test gives a
//! dialog (`/media/usb/backup.db`) lands inside the folder. Only paths move this way;
//! every message and number is the engine's own.

use crate::dispatch::{out, CmdResult, CommandError};
use serde::Serialize;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// What the next native dialog answers.
#[derive(Debug, Clone, PartialEq)]
enum Answer {
    /// The user closed the dialog.
    Cancel,
    Path(PathBuf),
    /// Several files picked at once (a dialog that allows it: *Import…*).
    Paths(Vec<PathBuf>),
}

pub struct Sandbox {
    dir: tempfile::TempDir,
    save: Option<Answer>,
    open: Option<Answer>,
    /// Files written through a save dialog, in order (a path once).
    written: Vec<PathBuf>,
}

fn io_error(what: &str, e: std::io::Error) -> CommandError {
    CommandError::new("io", format!("{what}: {e}"))
}

impl Sandbox {
    pub fn new() -> CmdResult<Sandbox> {
        let dir = tempfile::Builder::new()
            .prefix("mizan-ui-")
            .tempdir()
            .map_err(|e| io_error("the test's temporary folder could not be made", e))?;
        let sandbox = Sandbox { dir, save: None, open: None, written: Vec::new() };
        for sub in ["home/user/.local/share/mizan", "home/user/Documents", "home/user/Downloads"] {
            let path = sandbox.root().join(sub);
            std::fs::create_dir_all(&path).map_err(|e| io_error(&path.display().to_string(), e))?;
        }
        Ok(sandbox)
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn db_path(&self) -> PathBuf {
        self.inside("/home/user/.local/share/mizan/mizan.db")
    }

    /// The real path of a path as the test names it.
    pub fn inside(&self, shown: &str) -> PathBuf {
        self.root().join(shown.trim_start_matches('/'))
    }

    /// `text` (a reply) with every real path shown as the test names it.
    pub fn shown(&self, text: &str) -> String {
        text.replace(&self.root().display().to_string(), "")
    }

    /// `__dialog { kind: "save" | "open", answer }`: null cancels; a path string picks it;
    /// `{ path, text }` (open) first writes `text` there, as if the user had that file; an
    /// array of those (open) picks several files at once.
    pub fn set_dialog(&mut self, kind: &str, answer: &Value) -> CmdResult<()> {
        let answer = match answer {
            Value::Null => Answer::Cancel,
            Value::Array(files) => Answer::Paths(files.iter().map(|f| self.user_file("__dialog", f)).collect::<CmdResult<_>>()?),
            file => Answer::Path(self.user_file("__dialog", file)?),
        };
        if kind == "save" && matches!(answer, Answer::Paths(_)) {
            return Err(CommandError::invalid_input("__dialog: a save dialog gives one path, not a list"));
        }
        match kind {
            "save" => {
                // The user picked a file in a folder that exists.
                if let Answer::Path(path) = &answer {
                    if let Some(dir) = path.parent() {
                        std::fs::create_dir_all(dir).map_err(|e| io_error(&dir.display().to_string(), e))?;
                    }
                }
                self.save = Some(answer)
            }
            "open" => self.open = Some(answer),
            other => return Err(CommandError::invalid_input(format!("__dialog: kind `{other}` is neither save nor open"))),
        }
        Ok(())
    }

    /// A file the user has, as a test names it (`control` is the test control, for its
    /// errors): a path, or `{ path, text }`, written first.
    pub fn user_file(&self, control: &str, file: &Value) -> CmdResult<PathBuf> {
        match file {
            Value::String(path) => Ok(self.inside(path)),
            Value::Object(o) => {
                let Some(path) = o.get("path").and_then(Value::as_str) else {
                    return Err(CommandError::invalid_input(format!("{control}: `path` is missing in {file}")));
                };
                let path = self.inside(path);
                if let Some(text) = o.get("text").and_then(Value::as_str) {
                    write_file(&path, text.as_bytes())?;
                }
                Ok(path)
            }
            other => Err(CommandError::invalid_input(format!("{control}: {other} is neither a path nor {{ path, text }}"))),
        }
    }

    /// Both next dialogs are cancelled (for tests of the table itself).
    #[cfg(test)]
    pub fn cancel_next_dialogs(&mut self) {
        self.save = Some(Answer::Cancel);
        self.open = Some(Answer::Cancel);
    }

    /// A command behind a native save dialog: `f` runs on the chosen path (by default
    /// `~/Documents/<suggested>`); a cancelled dialog answers null, as the shell does.
    pub fn save<T: Serialize>(&mut self, suggested: &str, f: impl FnOnce(&Path) -> CmdResult<T>) -> CmdResult<Value> {
        let path = match self.save.take() {
            Some(Answer::Cancel) => return Ok(Value::Null),
            Some(Answer::Path(path)) => path,
            Some(Answer::Paths(_)) => unreachable!("set_dialog refuses a list for a save dialog"),
            None => self.inside("/home/user/Documents").join(suggested),
        };
        let result = out(f(&path));
        if result.is_ok() && !self.written.contains(&path) {
            self.written.push(path);
        }
        result
    }

    /// A command behind a native open dialog: `f` runs on the chosen file (by default the
    /// one `default` provides); a cancelled dialog answers null.
    pub fn open<T: Serialize>(
        &mut self,
        default: fn(&Sandbox) -> CmdResult<PathBuf>,
        f: impl FnOnce(&Path) -> CmdResult<T>,
    ) -> CmdResult<Value> {
        let path = match self.open.take() {
            Some(Answer::Cancel) => return Ok(Value::Null),
            Some(Answer::Path(path)) => path,
            Some(Answer::Paths(paths)) => {
                return Err(CommandError::invalid_input(format!("__dialog: this open dialog picks one file, the test gave {}", paths.len())))
            }
            None => default(self)?,
        };
        out(f(&path))
    }

    /// A command behind a native open dialog that picks several files (*Import…*).
    pub fn open_many<T: Serialize>(
        &mut self,
        default: fn(&Sandbox) -> CmdResult<PathBuf>,
        f: impl FnOnce(&[PathBuf]) -> CmdResult<T>,
    ) -> CmdResult<Value> {
        let paths = match self.open.take() {
            Some(Answer::Cancel) => return Ok(Value::Null),
            Some(Answer::Path(path)) => vec![path],
            Some(Answer::Paths(paths)) => paths,
            None => vec![default(self)?],
        };
        out(f(&paths))
    }

    /// `__files`: `{ path: text }` of every file written through a save dialog and still
    /// there; a file that is not UTF-8 (a PDF, a database) as `{ bytes, head }`, its size and
    /// first 8 bytes (`%PDF-1.7`).
    pub fn files(&self) -> Value {
        let described = |bytes: Vec<u8>| match String::from_utf8(bytes) {
            Ok(text) => Value::String(text),
            Err(e) => {
                let bytes = e.into_bytes();
                json!({ "bytes": bytes.len(), "head": String::from_utf8_lossy(&bytes[..bytes.len().min(8)]) })
            }
        };
        let files = self
            .written
            .iter()
            .filter_map(|p| std::fs::read(p).ok().map(|bytes| (p.display().to_string(), described(bytes))))
            .collect::<serde_json::Map<_, _>>();
        json!(files)
    }

    /// `__file { path }`: a file written through a save dialog, whole, as base64.
    pub fn file(&self, shown: &str) -> CmdResult<Value> {
        let path = self.inside(shown);
        if !self.written.contains(&path) {
            return Err(CommandError::not_found(format!("__file: {shown} was not written through a save dialog")));
        }
        let bytes = std::fs::read(&path).map_err(|e| io_error(shown, e))?;
        Ok(json!({ "base64": mizan_api::preview::base64(&bytes) }))
    }

    /// The files written through a save dialog.
    pub fn written(&self) -> &[PathBuf] {
        &self.written
    }
}

pub fn write_file(path: &Path, bytes: &[u8]) -> CmdResult<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| io_error(&dir.display().to_string(), e))?;
    }
    std::fs::write(path, bytes).map_err(|e| io_error(&path.display().to_string(), e))
}
