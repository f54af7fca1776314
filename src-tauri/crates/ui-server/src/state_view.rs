//! `__state`: what the database holds, for a test to check what a screen stored — the
//! assessments in the order they were made (each as `get_assessment` gives it, flattened,
//! plus `deleted`), the imported pack peers, and the backups a user could restore.

use crate::dispatch::{out, uc, CmdResult, CommandError, Session};
use crate::sandbox::Sandbox;
use serde_json::{json, Map, Value};

fn storage(e: rusqlite::Error) -> CommandError {
    CommandError::new("storage", format!("__state: {e}"))
}

/// Rows of a read-only query, each as an object keyed by column name.
fn rows(session: &Session, sql: &str) -> CmdResult<Vec<Map<String, Value>>> {
    let store = session.store()?;
    let mut stmt = store.connection().prepare(sql).map_err(storage)?;
    let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    let mapped = stmt
        .query_map([], |r| {
            let mut row = Map::new();
            for (i, name) in names.iter().enumerate() {
                let v = match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => Value::Null,
                    rusqlite::types::ValueRef::Integer(n) => json!(n),
                    rusqlite::types::ValueRef::Real(x) => json!(x),
                    rusqlite::types::ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
                    rusqlite::types::ValueRef::Blob(b) => json!(b.len()),
                };
                row.insert(name.clone(), v);
            }
            Ok(row)
        })
        .map_err(storage)?;
    mapped.collect::<Result<_, _>>().map_err(storage)
}

fn assessments(session: &Session) -> CmdResult<Vec<Value>> {
    // Deleted assessments are hidden from every command, so their row is read directly.
    let stored = rows(session, "SELECT id, title, deleted_at IS NOT NULL AS deleted FROM assessments ORDER BY rowid")?;
    stored
        .into_iter()
        .map(|row| {
            if row["deleted"] == json!(1) {
                return Ok(json!({ "id": row["id"], "title": row["title"], "deleted": true }));
            }
            let id = row["id"].as_str().unwrap_or_default();
            let Value::Object(mut detail) = out(uc::get_assessment(session, id, None))? else { unreachable!("a detail is an object") };
            let Some(Value::Object(summary)) = detail.remove("summary") else { unreachable!("a detail has a summary") };
            detail.extend(summary);
            detail.insert("deleted".into(), json!(false));
            Ok(Value::Object(detail))
        })
        .collect()
}

pub fn state(session: &Session, fs: &Sandbox) -> CmdResult<Value> {
    let pack_peers = rows(
        session,
        "SELECT pack_id AS pack, framework_id, framework_version, sector, country, size, assessed_on AS date, score AS overall
           FROM pack_peers ORDER BY pack_id, ord",
    )?;
    // Backups saved anywhere with *Back up now…*, then those of the backups folder.
    let saved = fs.written().iter().filter(|p| p.extension().is_some_and(|e| e == "db"));
    let mut backups: Vec<Value> = saved.map(|p| json!(mizan_core::store::backup::describe(p))).collect();
    backups.extend(uc::list_backups(session)?.into_iter().map(|b| json!(b)));
    Ok(json!({
        "db_path": session.db_path(),
        "assessments": assessments(session)?,
        "packPeers": pack_peers,
        "backups": backups,
    }))
}
