//! What the app shows about itself: version, where the data is, why it could not be
//! opened, and what the opening did after damage.

use crate::session::Session;
use crate::wire::{AppInfo, Recovery};

pub fn app_info(session: &Session) -> AppInfo {
    let db = session.db_path();
    let opened = session.opened();
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path: db.display().to_string(),
        data_dir: db.parent().map(|p| p.display().to_string()).unwrap_or_default(),
        db_error: session.db_error(),
        recovery: opened.moved_aside.as_ref().map(|aside| Recovery {
            moved_aside: aside.display().to_string(),
            newest_backup: opened.newest_backup.clone(),
        }),
    }
}
