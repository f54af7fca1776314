//! Peer groups for benchmarking: the latest final assessment of each other agency with
//! the same framework id and major version, filtered by the agency profile.

use super::{DbResult, Store};
use crate::benchmark::{self, Benchmark, Own, PeerFilter, PeerScores};
use crate::error::Result;
use crate::framework::Framework;
use crate::model::{agency_key, AgencyInfo, AssessmentDoc};
use crate::scoring::Scores;
use rusqlite::{params, OptionalExtension};

use std::collections::{HashMap, HashSet};

impl Store {
    /// The stored agency that `agency` designates (same id, else same name and country).
    pub fn find_agency(&self, agency: &AgencyInfo) -> Result<Option<String>> {
        if let Some(id) = agency.id {
            let found: Option<String> = self
                .conn
                .query_row("SELECT id FROM agencies WHERE id = ?1", [id.to_string()], |r| r.get(0))
                .optional()
                .db(&self.path)?;
            if found.is_some() {
                return Ok(found);
            }
        }
        self.conn
            .query_row(
                "SELECT id FROM agencies WHERE name_key = ?1 AND country = ?2",
                params![agency_key(&agency.name), agency.country],
                |r| r.get(0),
            )
            .optional()
            .db(&self.path)
    }

    /// Scores of the peers of `agency` (never the agency itself), in `fw`'s dimension order.
    pub fn peer_scores(&self, fw: &Framework, agency: &AgencyInfo, filter: &PeerFilter) -> Result<Vec<PeerScores>> {
        let own = self.find_agency(agency)?;
        // Only the filters in use go into the SQL, so SQLite can start from the agencies
        // index (sector, country, size) instead of scanning every assessment.
        let mut sql = String::from(
            "SELECT a.agency_id, g.tags, s.score, s.dimensions, MAX(a.finalized_at), g.pack_key
               FROM agencies g
               JOIN assessments a ON a.agency_id = g.id
               JOIN score_summaries s ON s.assessment_id = a.id
              WHERE a.framework_id = ?1 AND (a.framework_version = ?2 OR a.framework_version LIKE ?2 || '.%')
                AND a.status = 'final' AND a.deleted_at IS NULL",
        );
        let mut args: Vec<&str> = vec![&fw.id, fw.major_version()];
        for (column, value) in [("sector", &filter.sector), ("country", &filter.country), ("size", &filter.size)] {
            if let Some(v) = value {
                args.push(v);
                sql.push_str(&format!(" AND g.{column} = ?{}", args.len()));
            }
        }
        sql.push_str(" GROUP BY a.agency_id");
        let mut stmt = self.conn.prepare_cached(&sql).db(&self.path)?;
        let dim_pos: HashMap<&str, usize> = fw.dimensions.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
        let mut rows = stmt.query(rusqlite::params_from_iter(args)).db(&self.path)?;
        let mut peers = Vec::new();
        // Pack keys of the agencies counted already (and of the agency itself): a pack
        // made from this database holds them too, and they count once.
        let mut counted: HashSet<String> = HashSet::new();
        if let Some(own) = &own {
            let key: Option<String> =
                self.conn.query_row("SELECT pack_key FROM agencies WHERE id = ?1", [own], |r| r.get(0)).optional().db(&self.path)?.flatten();
            counted.extend(key);
        }
        while let Some(r) = rows.next().db(&self.path)? {
            let agency_id = r.get_ref(0).db(&self.path)?.as_str().unwrap_or("");
            if own.as_deref() == Some(agency_id) {
                continue;
            }
            if !filter.tags.is_empty() {
                let tags: Vec<String> = serde_json::from_str(r.get_ref(1).db(&self.path)?.as_str().unwrap_or("[]")).unwrap_or_default();
                if !filter.tags.iter().all(|t| tags.contains(t)) {
                    continue;
                }
            }
            let overall: Option<f64> = r.get(2).db(&self.path)?;
            let dims: HashMap<String, Option<f64>> =
                serde_json::from_str(r.get_ref(3).db(&self.path)?.as_str().unwrap_or("{}")).unwrap_or_default();
            let mut dimensions = vec![None; fw.dimensions.len()];
            for (id, score) in dims {
                if let Some(&i) = dim_pos.get(id.as_str()) {
                    dimensions[i] = score;
                }
            }
            peers.push(PeerScores { overall, dimensions });
            counted.extend(r.get::<_, Option<String>>(5).db(&self.path)?);
        }
        let from_packs = self.pack_peer_scores(fw, filter)?;
        peers.extend(from_packs.into_iter().filter(|(key, _)| !counted.contains(key)).map(|(_, scores)| scores));
        Ok(peers)
    }

    /// The assessment `doc` (scored as `scores`) against its peers.
    pub fn benchmark(&self, doc: &AssessmentDoc, scores: &Scores, filter: &PeerFilter) -> Result<Benchmark> {
        let fw = self.catalog.require(&doc.framework.id, Some(&doc.framework.version))?.clone();
        let peers = self.peer_scores(&fw, &doc.assessment.agency, filter)?;
        Ok(against_peers(&fw, &Own::of(scores), filter, &peers))
    }
}

/// What the compare view shows: the benchmark, the peers' overall index (only when the
/// group is large enough to show), and the agency's trend.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Comparison {
    pub benchmark: Benchmark,
    pub peer_index: Vec<f64>,
    pub trend: Vec<super::TrendPoint>,
}

impl Store {
    pub fn comparison(&self, id: uuid::Uuid, filter: &PeerFilter) -> Result<Comparison> {
        let doc = self.load(id)?;
        let fw = self.catalog.require(&doc.framework.id, Some(&doc.framework.version))?.clone();
        let scores = crate::scoring::score(&fw, &doc, crate::text::Lang::En);
        let peers = self.peer_scores(&fw, &doc.assessment.agency, filter)?;
        let benchmark = against_peers(&fw, &Own::of(&scores), filter, &peers);
        // Below the minimum group size no individual peer value leaves the engine.
        let mut peer_index: Vec<f64> = if benchmark.overall.is_some() {
            peers.iter().filter_map(|p| p.overall).map(|s| crate::scoring::index_of(s, fw.level_count())).collect()
        } else {
            Vec::new()
        };
        peer_index.sort_by(f64::total_cmp);
        Ok(Comparison { benchmark, peer_index, trend: self.trend(&doc)? })
    }
}

fn against_peers(fw: &Framework, own: &Own, filter: &PeerFilter, peers: &[PeerScores]) -> Benchmark {
    let ids: Vec<String> = fw.dimensions.iter().map(|d| d.id.clone()).collect();
    benchmark::compare(filter, &ids, fw.level_count(), own, peers)
}
