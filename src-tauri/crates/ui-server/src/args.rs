//! A command's arguments as the webview sends them: one JSON object, keyed by the
//! parameter names of the shell's `#[tauri::command]` functions.

use crate::dispatch::{CmdResult, CommandError};
use serde_json::{Map, Value};

pub struct Args {
    cmd: String,
    map: Map<String, Value>,
}

impl Args {
    /// `args` is an object, or null for a command without arguments.
    pub fn new(cmd: &str, args: Value) -> CmdResult<Args> {
        let map = match args {
            Value::Null => Map::new(),
            Value::Object(map) => map,
            other => {
                return Err(CommandError::invalid_input(format!(
                    "invalid args for command `{cmd}`: expected an object, got {other}"
                )))
            }
        };
        Ok(Args { cmd: cmd.to_string(), map })
    }

    /// A required string argument; missing, as Tauri says it, when absent or null.
    pub fn str(&self, key: &str) -> CmdResult<&str> {
        match self.map.get(key) {
            Some(Value::String(s)) => Ok(s),
            None | Some(Value::Null) => Err(CommandError::invalid_input(format!(
                "invalid args `{key}` for command `{}`: command {} missing required key {key}",
                self.cmd, self.cmd
            ))),
            Some(other) => Err(CommandError::invalid_input(format!(
                "invalid args `{key}` for command `{}`: invalid type: {other}, expected a string",
                self.cmd
            ))),
        }
    }

    /// An optional string argument (absent and null are both "not given").
    pub fn opt(&self, key: &str) -> Option<&str> {
        self.map.get(key).and_then(Value::as_str)
    }

    pub fn lang(&self) -> Option<&str> {
        self.opt("lang")
    }

    /// A structured argument, decoded by the command function itself (null when absent).
    pub fn value(&self, key: &str) -> Value {
        self.map.get(key).cloned().unwrap_or(Value::Null)
    }

    /// A required integer argument (a change-log entry's id).
    pub fn int(&self, key: &str) -> CmdResult<i64> {
        self.map.get(key).and_then(Value::as_i64).ok_or_else(|| {
            CommandError::invalid_input(format!("invalid args `{key}` for command `{}`: expected an integer", self.cmd))
        })
    }

    /// A required non-negative integer that fits 32 bits (a refused import's token).
    pub fn u32(&self, key: &str) -> CmdResult<u32> {
        self.map.get(key).and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok()).ok_or_else(|| {
            CommandError::invalid_input(format!("invalid args `{key}` for command `{}`: expected a u32", self.cmd))
        })
    }

    pub fn flag(&self, key: &str) -> bool {
        self.map.get(key).and_then(Value::as_bool).unwrap_or(false)
    }
}
