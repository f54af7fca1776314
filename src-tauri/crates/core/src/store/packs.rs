//! Benchmark packs: anonymised peer scores that a ministry hands to consultants.
//!
//! A pack holds, per agency, its latest final assessment's sector, country, size band,
//! day, framework version and scores — no names, no answers, no free text: sector and
//! size are known codes ([`crate::rules::SECTORS`], [`crate::rules::SIZES`]; anything else
//! is exported as unknown and refused on import). Each row carries the agency's *pack
//! key*, a random id kept beside the agency in the database that made the pack and
//! nowhere else: it names no one, but the same agency in two exports has the same key,
//! so importing both counts it once, and the k ≥ 3 rule counts distinct agencies.
//! Imported packs count as anonymous peers in benchmarks and never show a name.

use super::{parse_uuid, DbResult, Store};
use crate::benchmark::{PeerFilter, PeerScores, MIN_PEERS};
use crate::error::{CoreError, Result};
use crate::exchange::{ExchangeProblem, FileKind};
use crate::framework::Framework;
use crate::rules::{is_country_code, known_code, MAX_CLOCK_SKEW_HOURS, SECTORS, SIZES};
use crate::time;
use rusqlite::{params, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use uuid::Uuid;

pub const PACK_FORMAT: &str = "mizan.benchmark-pack";
/// Version 2 added the agency key to every row; a version 1 pack cannot be told apart
/// from one agency counted several times, so it is refused (export it again).
pub const PACK_FORMAT_VERSION: u32 = 2;
pub use crate::rules::MAX_PACK_BYTES;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub format: String,
    pub format_version: u32,
    /// Identifies the pack, so importing it twice replaces rather than doubles it.
    pub id: Uuid,
    pub framework: crate::model::FrameworkRef,
    pub created_at: String,
    pub assessments: Vec<PackEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct PackEntry {
    /// The agency's pack key: stable across exports from one database, linked to nothing else.
    pub agency: Uuid,
    pub sector: String,
    pub country: String,
    pub size: String,
    /// The day the assessment was finalised (YYYY-MM-DD); no time, less identifying.
    pub date: String,
    pub framework_version: String,
    pub overall: Option<f64>,
    pub dimensions: BTreeMap<String, Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PackImport {
    pub pack: Uuid,
    pub assessments: usize,
    pub replaced: usize,
}

fn refuse(file: &str, path: impl Into<String>, problem: ExchangeProblem) -> CoreError {
    CoreError::InvalidExchange { file: file.to_string(), path: path.into(), problem: Box::new(problem) }
}

impl Store {
    /// A pack of the latest final assessment of every agency taken with `fw`'s id and
    /// major version. Refused below [`MIN_PEERS`] assessments.
    pub fn export_pack(&self, fw: &Framework) -> Result<Pack> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT g.sector, g.country, g.size, a.framework_version, s.score, s.dimensions, MAX(a.finalized_at), g.pack_key
                   FROM assessments a JOIN agencies g ON g.id = a.agency_id
                   JOIN score_summaries s ON s.assessment_id = a.id
                  WHERE a.framework_id = ?1 AND (a.framework_version = ?2 OR a.framework_version LIKE ?2 || '.%')
                    AND a.status = 'final' AND a.deleted_at IS NULL
                  GROUP BY a.agency_id
                  ORDER BY g.sector, g.country, g.size, 7",
            )
            .db(&self.path)?;
        let assessments: Vec<PackEntry> = stmt
            .query_map(params![fw.id, fw.major_version()], |r| {
                let dims: String = r.get(5)?;
                let finalized: Option<String> = r.get(6)?;
                let (sector, size): (String, String) = (r.get(0)?, r.get(2)?);
                Ok(PackEntry {
                    agency: parse_uuid(r.get_ref(7)?.as_str().unwrap_or("")),
                    sector: known_code(&sector, SECTORS).to_string(),
                    country: r.get(1)?,
                    size: known_code(&size, SIZES).to_string(),
                    date: finalized.as_deref().and_then(|f| f.get(..10)).unwrap_or("").to_string(),
                    framework_version: r.get(3)?,
                    overall: r.get(4)?,
                    dimensions: serde_json::from_str(&dims).unwrap_or_default(),
                })
            })
            .db(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .db(&self.path)?;
        if assessments.len() < MIN_PEERS {
            let message = format!(
                "only {} final assessment{} of {} {}: a benchmark pack needs at least {MIN_PEERS}, so that no agency can be identified",
                assessments.len(),
                if assessments.len() == 1 { "" } else { "s" },
                fw.id,
                fw.major_version()
            );
            let args = vec![("count", assessments.len().to_string()), ("min", MIN_PEERS.to_string())];
            return Err(CoreError::refused("invalid_input", "err-pack-too-few", args, Some(fw.id.clone()), message));
        }
        Ok(Pack {
            format: PACK_FORMAT.into(),
            format_version: PACK_FORMAT_VERSION,
            id: Uuid::new_v4(),
            framework: crate::model::FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
            created_at: time::now(),
            assessments,
        })
    }

    pub fn import_pack_file(&mut self, path: &Path) -> Result<PackImport> {
        let name = path.display().to_string();
        let bytes = crate::files::read_capped(path, MAX_PACK_BYTES)
            .map_err(|e| e.into_error(path, FileKind::Pack, MAX_PACK_BYTES, |p| refuse(&name, "$", p)))?;
        let pack = parse_pack(&name, &bytes)?;
        self.import_pack(&name, pack)
    }

    /// Stores a pack's entries as anonymous peers; the same pack again replaces itself.
    pub fn import_pack(&mut self, file: &str, pack: Pack) -> Result<PackImport> {
        let fw = self.catalog.get(&pack.framework.id, Some(&pack.framework.version)).cloned().ok_or_else(|| {
            let problem =
                ExchangeProblem::PackFrameworkNotInstalled { framework: pack.framework.id.clone(), version: pack.framework.version.clone() };
            refuse(file, "framework", problem)
        })?;
        validate_pack(file, &pack, &fw, &self.catalog)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&self.path)?;
        let replaced = tx.execute("DELETE FROM pack_peers WHERE pack_id = ?1", [pack.id.to_string()]).db(&self.path)?;
        let now = time::now();
        for (i, e) in pack.assessments.iter().enumerate() {
            tx.execute(
                "INSERT INTO pack_peers (pack_id, ord, framework_id, framework_version, sector, country, size, assessed_on, score, dimensions, imported_at, agency)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    pack.id.to_string(),
                    i as i64,
                    pack.framework.id,
                    e.framework_version,
                    e.sector,
                    e.country,
                    e.size,
                    e.date,
                    e.overall,
                    serde_json::to_string(&e.dimensions).unwrap_or_else(|_| "{}".into()),
                    now,
                    e.agency.simple().to_string()
                ],
            )
            .db(&self.path)?;
        }
        tx.commit().db(&self.path)?;
        Ok(PackImport { pack: pack.id, assessments: pack.assessments.len(), replaced })
    }

    /// Anonymous peers from imported packs matching the framework's major version and
    /// `filter`, one per agency key (its latest row, so two packs that both hold an agency
    /// count it once), each with its key. Pack entries carry no tags, so a tag filter
    /// leaves them out.
    pub(crate) fn pack_peer_scores(&self, fw: &Framework, filter: &PeerFilter) -> Result<Vec<(String, PeerScores)>> {
        if !filter.tags.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT score, dimensions, agency, MAX(assessed_on || imported_at) FROM pack_peers
                  WHERE framework_id = ?1 AND (framework_version = ?2 OR framework_version LIKE ?2 || '.%')
                    AND (?3 IS NULL OR sector = ?3) AND (?4 IS NULL OR country = ?4) AND (?5 IS NULL OR size = ?5)
                  GROUP BY agency",
            )
            .db(&self.path)?;
        let pos: HashMap<&str, usize> = fw.dimensions.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
        let rows = stmt
            .query_map(params![fw.id, fw.major_version(), filter.sector, filter.country, filter.size], |r| {
                let dims: String = r.get(1)?;
                let map: HashMap<String, Option<f64>> = serde_json::from_str(&dims).unwrap_or_default();
                let mut dimensions = vec![None; fw.dimensions.len()];
                for (id, v) in map {
                    if let Some(&i) = pos.get(id.as_str()) {
                        dimensions[i] = v;
                    }
                }
                Ok((r.get(2)?, PeerScores { overall: r.get(0)?, dimensions }))
            })
            .db(&self.path)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().db(&self.path)
    }
}

pub fn parse_pack(file: &str, bytes: &[u8]) -> Result<Pack> {
    let text = std::str::from_utf8(bytes).map_err(|e| refuse(file, "$", ExchangeProblem::NotUtf8 { kind: FileKind::Pack, byte: e.valid_up_to() }))?;
    // A byte-order mark, as Windows editors add, is tolerated as in exchange files.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let pack: Pack = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        // The root is "."; a blank key (`{"": 1}`) gives a blank path: both name the document.
        let path = if path == "." || path.trim().is_empty() { "$".into() } else { path };
        refuse(file, path, ExchangeProblem::json(&e.into_inner()))
    })?;
    de.end().map_err(|e| refuse(file, "$", ExchangeProblem::trailing(&e)))?;
    if pack.format != PACK_FORMAT {
        let problem = ExchangeProblem::WrongFormat { kind: FileKind::Pack, found: pack.format.clone(), expected: PACK_FORMAT };
        return Err(refuse(file, "format", problem));
    }
    if pack.format_version != PACK_FORMAT_VERSION {
        let found = pack.format_version;
        let problem = if found < PACK_FORMAT_VERSION { ExchangeProblem::PackVersionOld { found } } else { ExchangeProblem::PackVersionNew { found } };
        return Err(refuse(file, "format_version", problem));
    }
    Ok(pack)
}

/// A row's dimensions are checked against its own edition (a 1.1 row may carry a
/// dimension 1.0 lacks; both compare as the same major version).
fn validate_pack(file: &str, pack: &Pack, fw: &Framework, catalog: &crate::Catalog) -> Result<()> {
    let mut agencies = HashSet::new();
    for (i, e) in pack.assessments.iter().enumerate() {
        if !agencies.insert(e.agency) {
            return Err(refuse(file, format!("assessments[{i}].agency"), ExchangeProblem::PackAgencyTwice));
        }
    }
    if agencies.len() < MIN_PEERS {
        return Err(refuse(file, "assessments", ExchangeProblem::PackTooFew { count: agencies.len(), min: MIN_PEERS }));
    }
    let max = fw.level_count();
    let levels = f64::from(max);
    let in_range = |v: Option<f64>| v.is_none_or(|x| x.is_finite() && (1.0..=levels).contains(&x));
    let tomorrow = (chrono::Utc::now() + chrono::Duration::hours(MAX_CLOCK_SKEW_HOURS)).date_naive();
    for (i, e) in pack.assessments.iter().enumerate() {
        let p = |f: &str| format!("assessments[{i}].{f}");
        if e.framework_version.split('.').next() != Some(fw.major_version()) {
            let problem = ExchangeProblem::PackVersionMismatch {
                version: e.framework_version.clone(),
                framework: fw.id.clone(),
                framework_version: fw.version.clone(),
            };
            return Err(refuse(file, p("framework_version"), problem));
        }
        if !in_range(e.overall) {
            return Err(refuse(file, p("overall"), ExchangeProblem::ScoreOutOfRange { max }));
        }
        let edition = catalog.get(&fw.id, Some(&e.framework_version)).map(|f| &**f).unwrap_or(fw);
        for (d, v) in &e.dimensions {
            if edition.dimension_position(d).is_none() {
                let problem = ExchangeProblem::NotADimension { dimension: d.clone(), framework: fw.id.clone(), version: None };
                return Err(refuse(file, format!("assessments[{i}].dimensions.{d}"), problem));
            }
            if !in_range(*v) {
                return Err(refuse(file, format!("assessments[{i}].dimensions.{d}"), ExchangeProblem::ScoreOutOfRange { max }));
            }
        }
        if !is_country_code(&e.country) {
            return Err(refuse(file, p("country"), ExchangeProblem::PackCountry { value: e.country.clone() }));
        }
        // Only known codes: free text here could name or reach a person.
        for (f, v, known) in [("sector", &e.sector, SECTORS), ("size", &e.size, SIZES)] {
            if !v.is_empty() && known_code(v, known).is_empty() {
                let problem = ExchangeProblem::UnknownCode { field: f, value: v.clone(), known: known.join(", ") };
                return Err(refuse(file, p(f), problem));
            }
        }
        match chrono::NaiveDate::parse_from_str(&e.date, "%Y-%m-%d") {
            _ if e.date.is_empty() => {}
            Ok(day) if e.date.len() == 10 && day <= tomorrow => {}
            Ok(_) if e.date.len() == 10 => return Err(refuse(file, p("date"), ExchangeProblem::PackDateInFuture { date: e.date.clone() })),
            _ => return Err(refuse(file, p("date"), ExchangeProblem::PackNotADay { value: e.date.clone() })),
        }
    }
    Ok(())
}
