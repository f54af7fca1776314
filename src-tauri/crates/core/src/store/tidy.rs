//! Migration 5, in Rust: texts stored before `rules::line_text` and `rules::block_text`
//! existed lose their control and reordering characters, as texts typed or imported since
//! do, and each agency's match key is computed again from its cleaned name. Without this,
//! a name stored with an override no longer matched the same name from a file (cleaned on
//! reading): the import was refused, or the agency split in two.

use super::DbResult;
use crate::error::Result;
use crate::model::agency_key;
use crate::rules::{block_text, clean_tags, line_text};
use rusqlite::{params_from_iter, Transaction};

/// The schema version at which the stored texts are clean.
pub(super) const TEXTS_CLEANED: usize = 5;

pub(super) fn clean_stored_texts(tx: &Transaction, path: &str) -> Result<()> {
    clean_agencies(tx, path)?;
    let line = |s: &str| non_empty(line_text(s), s);
    clean_table(tx, path, "assessments", &["id"], &["title"], line_text)?;
    clean_table(tx, path, "respondents", &["id"], &["name", "role", "unit"], line)?;
    clean_table(tx, path, "answers", &["assessment_id", "respondent_id", "question_id"], &["note", "evidence"], block_text)?;
    clean_table(tx, path, "consensus", &["assessment_id", "question_id"], &["rationale"], |s| non_empty(block_text(s), s))
}

/// A required text that cleaning would empty is kept as it was.
fn non_empty(cleaned: String, was: &str) -> String {
    if cleaned.trim().is_empty() {
        was.to_string()
    } else {
        cleaned
    }
}

fn clean_agencies(tx: &Transaction, path: &str) -> Result<()> {
    let mut read = tx.prepare("SELECT id, name, sector, size, tags FROM agencies").db(path)?;
    let rows: Vec<[String; 5]> = read
        .query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?]))
        .db(path)?
        .collect::<rusqlite::Result<_>>()
        .db(path)?;
    // OR IGNORE: a name that cleans to another agency's of the same country stays as it was
    // (the two are not merged behind the user's back).
    let mut write = tx.prepare("UPDATE OR IGNORE agencies SET name = ?2, name_key = ?3, sector = ?4, size = ?5, tags = ?6 WHERE id = ?1").db(path)?;
    for [id, name, sector, size, tags] in rows {
        let clean_name = non_empty(line_text(&name), &name);
        let listed: Vec<String> = serde_json::from_str(&tags).unwrap_or_default();
        let clean_tags = serde_json::to_string(&clean_tags(&listed)).unwrap_or(tags.clone());
        let cleaned = [clean_name.clone(), line_text(&sector), line_text(&size), clean_tags];
        if cleaned != [name, sector, size, tags] {
            let [n, se, si, t] = cleaned;
            write.execute(rusqlite::params![id, n, agency_key(&clean_name), se, si, t]).db(path)?;
        }
    }
    Ok(())
}

/// Cleans the `texts` columns of every row of `table`, found again by its `keys`.
fn clean_table(tx: &Transaction, path: &str, table: &str, keys: &[&str], texts: &[&str], clean: impl Fn(&str) -> String) -> Result<()> {
    let columns = [keys, texts].concat().join(", ");
    let mut read = tx.prepare(&format!("SELECT {columns} FROM {table}")).db(path)?;
    let width = keys.len() + texts.len();
    let rows: Vec<Vec<String>> = read
        .query_map([], |r| (0..width).map(|i| r.get::<_, String>(i)).collect())
        .db(path)?
        .collect::<rusqlite::Result<_>>()
        .db(path)?;
    let set = texts.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect::<Vec<_>>().join(", ");
    let at = keys.iter().enumerate().map(|(i, k)| format!("{k} = ?{}", texts.len() + i + 1)).collect::<Vec<_>>().join(" AND ");
    let mut write = tx.prepare(&format!("UPDATE {table} SET {set} WHERE {at}")).db(path)?;
    for row in rows {
        let (key, text) = row.split_at(keys.len());
        let cleaned: Vec<String> = text.iter().map(|t| clean(t)).collect();
        if cleaned != text {
            write.execute(params_from_iter(cleaned.iter().chain(key))).db(path)?;
        }
    }
    Ok(())
}
