//! Mizan's engine: framework files, scoring, storage and exchange files.
//!
//! Nothing here knows about Tauri or PDF: the desktop shell, the report and the
//! command line are thin adapters over this crate, so every behaviour can be
//! tested without a window.

pub mod benchmark;
pub mod catalog;
pub mod consolidation;
pub mod error;
pub mod exchange;
pub mod files;
pub mod framework;
pub mod model;
pub mod rules;
pub mod sample;
pub mod scoring;
pub mod store;
pub mod text;
#[cfg(any(test, feature = "test-support"))]
pub mod test_support;
pub mod time;

pub use catalog::{Catalog, FrameworkSummary};
pub use error::{CoreError, Diagnostic, Result};
pub use framework::Framework;
pub use model::*;
pub use scoring::{score, Scores};
pub use store::Store;
pub use text::{Digits, Lang, Text};
