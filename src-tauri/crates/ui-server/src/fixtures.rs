//! What a native dialog offers when the test set no answer: the file names the shell
//! suggests in its save dialogs, and for the open dialogs a file the user could pick
//! (a framework to install, a benchmark pack of four anonymous health peers).

use crate::dispatch::{CmdResult, CommandError};
use crate::sandbox::{write_file, Sandbox};
use mizan_core::Catalog;
use serde_json::json;
use std::path::PathBuf;

/// The built-in service-integration framework under another id and title: a valid file
/// that is not installed yet.
const CUSTOM_ID: &str = "custom-framework";
const CUSTOM_TITLE: &str = "Custom Framework";

pub fn framework_file(fs: &Sandbox) -> CmdResult<PathBuf> {
    let builtin = include_str!("../../../../assessments/editions/service-integration-1.0.0.toml");
    // The framework's own title is the first top-level `title = …` line, whatever
    // languages it carries; only that line is replaced.
    let mut renamed = false;
    let text: String = builtin
        .replacen("id = \"service-integration\"", &format!("id = \"{CUSTOM_ID}\""), 1)
        .lines()
        .map(|line| match line.starts_with("title = ") && !renamed {
            true => {
                renamed = true;
                format!("title = \"{CUSTOM_TITLE}\"\n")
            }
            false => format!("{line}\n"),
        })
        .collect();
    assert!(renamed, "the 1.0.0 edition has no title line to rename");
    let path = fs.inside(&format!("/home/user/Downloads/{CUSTOM_ID}.toml"));
    write_file(&path, text.as_bytes())?;
    Ok(path)
}

/// Four anonymous peers of innovation-readiness 1.0.0, three of them in health.
pub fn pack_file(fs: &Sandbox) -> CmdResult<PathBuf> {
    let catalog = Catalog::builtin();
    let fw = catalog.require("innovation-readiness", Some("1.0.0")).map_err(CommandError::from)?;
    let entry = |agency: &str, sector: &str, country: &str, size: &str, date: &str, overall: f64| {
        // Each dimension a little around the overall score, so the radar has a shape.
        let dims: serde_json::Map<String, serde_json::Value> = fw
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), json!((overall + [0.25, -0.25, 0.0][i % 3]).clamp(1.0, 5.0))))
            .collect();
        json!({ "agency": agency, "sector": sector, "country": country, "size": size, "date": date,
                "framework_version": "1.0.0", "overall": overall, "dimensions": dims })
    };
    let pack = json!({
        "format": "mizan.benchmark-pack",
        "format_version": mizan_core::store::PACK_FORMAT_VERSION,
        "id": "6f1c2a9e-4b7d-4c1e-9a53-0d2f8e1b7c44",
        "framework": { "id": fw.id, "version": fw.version },
        "created_at": "2025-09-01T08:00:00Z",
        "assessments": [
            entry("0b1c2a9e-4b7d-4c1e-9a53-0d2f8e1b7c40", "health", "LB", "large", "2025-03-02", 2.75),
            entry("0b1c2a9e-4b7d-4c1e-9a53-0d2f8e1b7c41", "health", "OM", "medium", "2025-04-11", 3.25),
            entry("0b1c2a9e-4b7d-4c1e-9a53-0d2f8e1b7c42", "health", "QA", "small", "2025-05-20", 1.75),
            entry("0b1c2a9e-4b7d-4c1e-9a53-0d2f8e1b7c43", "education", "AE", "large", "2025-06-30", 4.0),
        ],
    });
    let path = fs.inside("/home/user/Downloads/health-peers.mizan-pack.json");
    let text = serde_json::to_string_pretty(&pack).map_err(|e| CommandError::new("io", e.to_string()))?;
    write_file(&path, text.as_bytes())?;
    Ok(path)
}

/// Where the open dialog of *Import…* points when the test chose nothing (a test writes
/// its file there, or picks another with `__dialog`).
pub fn exchange_file(fs: &Sandbox) -> CmdResult<PathBuf> {
    Ok(fs.inside("/home/user/Downloads/assessment.mizan.json"))
}

/// Where the open dialog of *Restore…* points when the test chose nothing: a backup saved
/// with *Back up now…* today, if there is one (else the command says it does not exist).
pub fn backup_file(fs: &Sandbox) -> CmdResult<PathBuf> {
    Ok(fs.inside("/home/user/Documents").join(backup_file_name()))
}

/// The shell's suggestion in the save dialog of *Back up now…*.
pub fn backup_file_name() -> String {
    format!("mizan-backup-{}.db", mizan_core::time::now().get(..10).unwrap_or("today"))
}

