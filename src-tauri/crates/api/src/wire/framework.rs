//! A framework resolved to one language, as the webview receives it (docs/ipc.md): the
//! engine's own single-language view, with the format 1.1 fields (methodology, owner,
//! evidence expected…), so the shell adds no shape of its own.

pub use mizan_core::framework::resolved::*;
