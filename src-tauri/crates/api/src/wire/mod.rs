//! The shapes of docs/ipc.md that are not the engine's own: what the use cases take from
//! and give to the webview (and the command line). Plain serde structs, kept apart from
//! the use cases, so that TypeScript types can be generated from them.

mod framework;
mod inputs;
mod results;

pub use framework::{Dimension, Framework, Level, Question, Source};
pub use inputs::{ConsensusInput, PeerFilterInput, ReportChoicesInput};
pub use results::{AppInfo, CsvExported, DropEvent, ExchangeExported, ImportOutcome, ReopenOffer, PackExported, Recovery, ReportExported, ReportPreview, SampleLoaded, SavedAnswer};
