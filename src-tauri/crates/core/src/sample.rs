//! Clearly fictional sample agencies and final assessments, so a newcomer sees
//! benchmarks at once. The same generator builds the large benchmark databases.

use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use crate::model::*;
use crate::store::Store;
use uuid::Uuid;

/// A small deterministic generator (xorshift64*): no dependency, same data every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn uuid(&mut self) -> Uuid {
        uuid::Builder::from_random_bytes({
            let mut b = [0u8; 16];
            b[..8].copy_from_slice(&self.next().to_le_bytes());
            b[8..].copy_from_slice(&self.next().to_le_bytes());
            b
        })
        .into_uuid()
    }
}

const PLACES: &[&str] = &[
    "Nakhla", "Wadi Zahr", "Bahr Azraq", "Jabal Ward", "Qamar", "Sahil", "Rimal", "Zaytouna", "Nour", "Oasis Bay",
    "Tilal", "Marjan", "Yasmin", "Khalij", "Sanabel", "Ghadir", "Rawda", "Sidra", "Falak", "Amwaj",
];
const KINDS: &[(&str, &str)] = &[
    ("Health Services Authority", "health"),
    ("Education Directorate", "education"),
    ("Revenue Office", "finance"),
    ("Civil Registry", "interior"),
    ("Courts Administration", "justice"),
    ("Municipality", "municipal"),
    ("Social Protection Fund", "social"),
    ("Investment Agency", "economy"),
    ("Digital Government Agency", "digital"),
    ("Water and Energy Regulator", "other"),
];
const COUNTRIES: &[&str] = &["TN", "JO", "LB", "MA", "EG", "OM", "AE", "QA"];
const SIZES: &[&str] = &["small", "medium", "large", "very_large"];

/// `count` final assessments of fictional agencies with `framework`, several per agency
/// (their trend), `answers_per` questions answered each. Deterministic for a seed.
pub fn sample_docs(catalog: &Catalog, framework: &str, agencies: usize, per_agency: usize, seed: u64) -> Result<Vec<AssessmentDoc>> {
    let fw = catalog.require(framework, None)?.clone();
    let mut rng = Rng(seed.max(1));
    let mut docs = Vec::with_capacity(agencies * per_agency);
    for a in 0..agencies {
        let (kind, sector) = KINDS[a % KINDS.len()];
        let place = PLACES[(a / KINDS.len()) % PLACES.len()];
        let round = a / (KINDS.len() * PLACES.len());
        let name = if round == 0 { format!("{place} {kind} (sample)") } else { format!("{place} {kind} {round} (sample)") };
        let agency = AgencyInfo {
            id: Some(rng.uuid()),
            name,
            sector: sector.into(),
            country: COUNTRIES[rng.below(COUNTRIES.len())].into(),
            size: SIZES[rng.below(SIZES.len())].into(),
            tags: if rng.below(3) == 0 { vec!["sample".into(), "pilot".into()] } else { vec!["sample".into()] },
        };
        let maturity = 1.4 + rng.unit() * 2.6;
        let dim_bias: Vec<f64> = fw.dimensions.iter().map(|_| rng.unit() * 1.6 - 0.8).collect();
        for k in 0..per_agency {
            // Each later assessment a year on, a little more mature.
            let year = 2026 - (per_agency - 1 - k) as i32;
            let month = 1 + rng.below(11);
            let stamp = format!("{year}-{month:02}-{:02}T10:00:00.000Z", 1 + rng.below(27));
            let respondent = rng.uuid();
            let growth = k as f64 * 0.35;
            let answers = fw
                .questions
                .iter()
                .enumerate()
                .map(|(qi, q)| {
                    let base = maturity + growth + dim_bias[fw.dimension_of(qi)] + rng.unit() * 1.4 - 0.7;
                    let level = base.round().clamp(1.0, f64::from(fw.level_count())) as u8;
                    Answer {
                        respondent,
                        question: q.id.clone(),
                        level: Some(level),
                        not_applicable: false,
                        note: String::new(),
                        evidence: String::new(),
                        updated_at: stamp.clone(),
                    }
                })
                .collect();
            docs.push(AssessmentDoc {
                format: EXCHANGE_FORMAT.into(),
                format_version: EXCHANGE_FORMAT_VERSION,
                framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
                assessment: AssessmentMeta {
                    id: rng.uuid(),
                    title: format!("{} — {} {year}", agency.name, fw.title.en),
                    mode: Mode::SelfAssessment,
                    status: Status::Final,
                    agency: agency.clone(),
                    targets: Default::default(),
                    created_at: stamp.clone(),
                    updated_at: stamp.clone(),
                    finalized_at: Some(stamp.clone()),
                },
                respondents: vec![Respondent::implicit(respondent)],
                answers,
                consensus: Vec::new(),
            });
        }
    }
    Ok(docs)
}

/// A fictional interview in progress: the Nakhla Civil Registry, four officials heard
/// with the innovation-readiness framework, every question answered by each; levels
/// two or more apart on a few questions, two of them settled by a consensus. The same
/// document every time (ids and times fixed), so a report of it can be compared.
pub fn interview_sample(catalog: &Catalog) -> Result<AssessmentDoc> {
    let fw = catalog.require("innovation-readiness", None)?.clone();
    let mut rng = Rng(2026);
    let day = |d: u32, h: u32| format!("2026-03-{d:02}T{h:02}:00:00.000Z");
    let people = [
        ("Rana Haddad", "Secretary General", "General Secretariat", 9),
        ("Omar Khalil", "Head of IT", "Information Technology", 10),
        ("Lina Mansour", "Service Desk Manager", "Citizen Services", 11),
        ("Karim Azzam", "Head of Planning", "Strategy and Planning", 12),
    ];
    let respondents: Vec<Respondent> = people
        .iter()
        .map(|(name, role, unit, d)| Respondent {
            id: rng.uuid(),
            name: (*name).into(),
            role: (*role).into(),
            unit: (*unit).into(),
            interviewed_on: Some(day(*d, 0)[..10].to_string()),
        })
        .collect();
    let levels = fw.level_count();
    let mut answers = Vec::new();
    for (qi, q) in fw.questions.iter().enumerate() {
        // Around a level per dimension, one apart at most, except every seventh question,
        // where the secretary general sees two more than the service desk.
        let base = 2 + (fw.dimension_of(qi) % 3) as u8;
        for (ri, r) in respondents.iter().enumerate() {
            let mut level = base + (rng.below(2) as u8);
            if qi % 7 == 3 {
                level = match ri {
                    0 => base + 2,
                    2 => base.saturating_sub(1).max(1),
                    _ => base,
                };
            }
            answers.push(Answer {
                respondent: r.id,
                question: q.id.clone(),
                level: Some(level.clamp(1, levels)),
                not_applicable: false,
                note: if qi % 7 == 3 && ri == 2 { "Front-line staff were not told about this.".into() } else { String::new() },
                evidence: String::new(),
                updated_at: day(people[ri].3, 10 + (qi % 6) as u32),
            });
        }
    }
    let disputed: Vec<&str> = fw.questions.iter().enumerate().filter(|(qi, _)| qi % 7 == 3).map(|(_, q)| q.id.as_str()).collect();
    let consensus = disputed
        .iter()
        .take(2)
        .zip(["Agreed in the closing workshop: the practice exists at headquarters only.", "The plan is approved but not funded yet."])
        .map(|(q, why)| Consensus { question: (*q).into(), level: 3, rationale: why.into(), updated_at: day(13, 16) })
        .collect();
    let agency = AgencyInfo { id: None, name: "Nakhla Civil Registry".into(), sector: "interior".into(), country: "TN".into(), size: "large".into(), tags: vec!["sample".into()] };
    Ok(AssessmentDoc {
        format: EXCHANGE_FORMAT.into(),
        format_version: EXCHANGE_FORMAT_VERSION,
        framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
        assessment: AssessmentMeta {
            id: rng.uuid(),
            title: "Nakhla Civil Registry — interviews 2026".into(),
            mode: Mode::Interview,
            status: Status::Draft,
            agency,
            targets: Default::default(),
            created_at: day(9, 8),
            updated_at: day(13, 16),
            finalized_at: None,
        },
        respondents,
        answers,
        consensus,
    })
}

impl Store {
    /// Imports [`interview_sample`] (again: the same file twice changes nothing).
    pub fn load_interview_sample(&mut self) -> Result<crate::store::ImportReport> {
        let doc = interview_sample(self.catalog())?;
        self.import_from(doc, "sample")
    }

    /// Fills an empty database with sample agencies (24 agencies, 2 finals each, per
    /// built-in framework). Refused when assessments exist, so real work is never mixed in.
    pub fn load_sample_data(&mut self) -> Result<usize> {
        let existing: i64 = self.connection().query_row("SELECT count(*) FROM assessments", [], |r| r.get(0)).map_err(|source| CoreError::Storage { path: self.path().to_string(), source })?;
        if existing > 0 {
            let message = "sample agencies can only be loaded into an empty database: this one already holds assessments";
            return Err(CoreError::refused("conflict", "err-sample-not-empty", vec![], None, message));
        }
        let mut count = 0;
        for (i, id) in ["innovation-readiness", "service-integration"].iter().enumerate() {
            if self.catalog().get(id, None).is_none() {
                continue;
            }
            for doc in sample_docs(self.catalog(), id, 24, 2, 7 + i as u64)? {
                self.import(doc)?;
                count += 1;
            }
        }
        Ok(count)
    }
}

/// Builds (or reuses) a database of `assessments` final assessments of sample agencies
/// with the innovation-readiness framework, 50 answers each (47 questions by the agency,
/// 3 by a reviewer) — the size the benchmarks are measured on. Returns the file size.
pub fn build_bench_db(path: &std::path::Path, assessments: usize) -> Result<u64> {
    if !path.exists() {
        let tmp = path.with_extension("building");
        let _ = std::fs::remove_file(&tmp);
        let mut store = Store::open(&tmp, Catalog::builtin())?;
        // Bulk load only: durability per row is pointless for a file we rebuild on failure.
        store
            .connection()
            .execute_batch("PRAGMA synchronous=OFF")
            .map_err(|source| CoreError::Storage { path: tmp.display().to_string(), source })?;
        let mut docs = sample_docs(store.catalog(), "innovation-readiness", assessments.div_ceil(2), 2, 42)?;
        docs.truncate(assessments);
        for mut doc in docs {
            let reviewer = Respondent { id: Uuid::new_v4(), name: "Reviewer".into(), role: String::new(), unit: String::new(), interviewed_on: None };
            let extra: Vec<Answer> = doc.answers.iter().take(3).map(|a| Answer { respondent: reviewer.id, ..a.clone() }).collect();
            doc.respondents.push(reviewer);
            doc.answers.extend(extra);
            store.import(doc)?;
        }
        store
            .connection()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")
            .map_err(|source| CoreError::Storage { path: tmp.display().to_string(), source })?;
        drop(store);
        std::fs::rename(&tmp, path).map_err(|e| CoreError::io(path, e))?;
        for ext in ["building-wal", "building-shm"] {
            let _ = std::fs::remove_file(path.with_extension(ext));
        }
    }
    std::fs::metadata(path).map(|m| m.len()).map_err(|e| CoreError::io(path, e))
}
