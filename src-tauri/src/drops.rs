//! Files dragged onto the window and dropped: the shell imports them (the webview never
//! names a path) and tells the webview, on the channel it gave to `watch_drops`, what is
//! happening: files hover over the window, the drag left, the import started, and each
//! file's outcome, as `import_exchange` reports it.

use mizan_api::wire::DropEvent;
use mizan_api::Session;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::ipc::Channel;
use tauri::{DragDropEvent, Manager};

/// The webview's end of the drop events; none until the UI has started.
#[derive(Default)]
pub struct DropWatch(Mutex<Option<Channel<DropEvent>>>);

impl DropWatch {
    /// The newest channel wins: a reloaded page gives a new one.
    pub fn set(&self, channel: Channel<DropEvent>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(channel);
    }

    fn channel(&self) -> Option<Channel<DropEvent>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// What the webview is told while files are dragged over the window. `Over` comes with
/// every mouse move and adds nothing to `Enter`; a drop is handled by [`import_drop`].
pub fn hover_event(event: &DragDropEvent) -> Option<DropEvent> {
    match event {
        DragDropEvent::Enter { paths, .. } => Some(DropEvent::Hover { files: paths.len() as u32 }),
        DragDropEvent::Leave => Some(DropEvent::Leave),
        _ => None,
    }
}

/// A drop of `paths`: says the import started, imports them as dropped files, and says
/// how each went. A drop of no file (text dragged from another program) only ends the hover.
pub fn import_drop(session: &Session, paths: &[PathBuf], send: impl Fn(DropEvent)) {
    if paths.is_empty() {
        return send(DropEvent::Leave);
    }
    send(DropEvent::Importing { files: paths.len() as u32 });
    send(DropEvent::Imported { outcomes: mizan_api::imports::import_dropped(session, paths) });
}

/// The window's drag-and-drop events. Nothing is imported before the UI listens: the
/// user would not see what happened.
pub fn on_drag_drop(window: &tauri::Window, event: &DragDropEvent) {
    let Some(channel) = window.state::<DropWatch>().channel() else { return };
    let send = move |e: DropEvent| {
        // A closed or reloaded page: nobody to tell; the import itself is done.
        let _ = channel.send(e);
    };
    match event {
        DragDropEvent::Drop { paths, .. } => {
            let (app, paths) = (window.app_handle().clone(), paths.clone());
            // Off the GTK thread: merging many files must not freeze the window.
            tauri::async_runtime::spawn_blocking(move || import_drop(&app.state::<Session>(), &paths, send));
        }
        other => {
            if let Some(e) = hover_event(other) {
                send(e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mizan_api::OpenOptions;
    use tauri::PhysicalPosition;

    fn fixture(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name)
    }

    #[test]
    fn dragging_over_the_window_says_how_many_files_and_when_the_drag_left() {
        let at = PhysicalPosition::new(10.0, 20.0);
        let two = vec![PathBuf::from("/a.mizan.json"), PathBuf::from("/b.mizan.json")];
        assert_eq!(hover_event(&DragDropEvent::Enter { paths: two.clone(), position: at }), Some(DropEvent::Hover { files: 2 }));
        assert_eq!(hover_event(&DragDropEvent::Over { position: at }), None);
        assert_eq!(hover_event(&DragDropEvent::Leave), Some(DropEvent::Leave));
        assert_eq!(hover_event(&DragDropEvent::Drop { paths: two, position: at }), None, "a drop imports, see import_drop");
    }

    #[test]
    fn a_drop_imports_its_exchange_files_on_the_database_and_reports_each() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::open(&dir.path().join("mizan.db"), OpenOptions::app());
        let notes = dir.path().join("notes.txt");
        std::fs::write(&notes, "not an exchange file").unwrap();
        let paths = [fixture("interview-wadi-health.mizan.json"), notes, fixture("self-bahr-municipality.mizan.json")];
        let sent = Mutex::new(Vec::new());
        import_drop(&session, &paths, |e| sent.lock().unwrap().push(e));
        let sent = sent.into_inner().unwrap();
        assert_eq!(sent[0], DropEvent::Importing { files: 3 });
        let DropEvent::Imported { outcomes } = &sent[1] else { panic!("{sent:?}") };
        assert!(outcomes[0].report.as_ref().is_some_and(|r| r.created && !r.new_respondents.is_empty()), "{outcomes:?}");
        assert!(outcomes[1].error.as_ref().is_some_and(|e| e.message.contains("notes.txt is not an exchange file")), "{outcomes:?}");
        assert!(outcomes[2].report.is_some(), "{outcomes:?}");
        assert_eq!(mizan_api::assessments::list_assessments(&session, None).unwrap().len(), 2);

        let sent = Mutex::new(Vec::new());
        import_drop(&session, &[], |e| sent.lock().unwrap().push(e));
        assert_eq!(sent.into_inner().unwrap(), [DropEvent::Leave], "no file: the overlay goes, nothing is imported");
    }
}
