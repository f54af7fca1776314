//! Mizan's use cases, one function each, shared by the desktop shell and the `mizan`
//! command: both only decode their arguments, call one function here and show the result
//! (the shell adds native dialogs, the command line its printing). No Tauri here.
//!
//! - [`Session`]: the database, opened by one set of rules (see [`session`]).
//! - One module per area: [`frameworks`], [`assessments`], [`answers`], [`agencies`],
//!   [`compare`], [`interviews`] (respondents, consensus, consolidation, change log), [`imports`], [`exports`] (PDF report, exchange file, benchmark pack: one
//!   pipeline), [`preview`] (the report dialog's first page, rasterised by `hayro`: a
//!   dependency DESIGN.md does not list, chosen so the preview is made offline by us), [`backups`], [`sample`], [`app`].
//! - [`wire`]: the shapes of docs/ipc.md that are not the engine's own; [`decode`]: the
//!   webview's arguments into the engine's types.
//! - [`Error`]: `{ code, message }`, the one error of every use case.
//!
//! Functions named after a command of docs/ipc.md take its arguments as the webview
//! sends them (ids as text, `lang` as a code, structured inputs as JSON), so tests call
//! exactly what the webview calls.

pub mod agencies;
pub mod answers;
pub mod app;
pub mod assessments;
pub mod backups;
pub mod compare;
pub mod csv_export;
pub mod decode;
pub mod error;
pub mod exports;
pub mod frameworks;
pub mod imports;
pub mod interviews;
pub mod language;
pub mod preview;
pub mod sample;
pub mod session;
pub mod wire;
#[cfg(all(test, feature = "ts"))]
mod bindings;

pub use error::{Error, Result};
pub use session::{OnDamage, OpenOptions, Purpose, Session};
