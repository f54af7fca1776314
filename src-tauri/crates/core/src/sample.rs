//! Clearly fictional sample agencies and final assessments, so a newcomer sees
//! benchmarks at once. The same generator builds the large benchmark databases.

use crate::catalog::Catalog;
use crate::error::{CoreError, Result};
use crate::model::*;
use crate::store::Store;
use crate::text::Lang;
use uuid::Uuid;

mod words;

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

const COUNTRIES: &[&str] = &["TN", "JO", "LB", "MA", "EG", "OM", "AE", "QA"];
const SIZES: &[&str] = &["small", "medium", "large", "very_large"];

/// `agencies` fictional agencies with `per_agency` final assessments each (their trend),
/// every question answered, named in `lang`. Deterministic for a seed: apart from the
/// names, titles and tags, the same in every language.
pub fn sample_docs(catalog: &Catalog, framework: &str, agencies: usize, per_agency: usize, seed: u64, lang: Lang) -> Result<Vec<AssessmentDoc>> {
    let fw = catalog.require(framework, None)?.clone();
    let mut rng = Rng(seed.max(1));
    let mut docs = Vec::with_capacity(agencies * per_agency);
    let (sample, pilot) = words::tags(lang);
    for a in 0..agencies {
        let kind = a % words::kind_count();
        let place = (a / words::kind_count()) % words::place_count();
        let round = a / (words::kind_count() * words::place_count());
        let agency = AgencyInfo {
            id: Some(rng.uuid()),
            name: words::agency_name(lang, kind, place, round),
            sector: words::sector(kind).into(),
            country: COUNTRIES[rng.below(COUNTRIES.len())].into(),
            size: SIZES[rng.below(SIZES.len())].into(),
            tags: if rng.below(3) == 0 { vec![sample.into(), pilot.into()] } else { vec![sample.into()] },
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
                    title: format!("{} — {} {year}", agency.name, fw.title.get(lang)),
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
/// document every time (ids and times fixed), so a report of it can be compared. Written
/// in `lang`; each language's is an assessment of its own (other ids, the same levels), so
/// loading it in a second language adds one and changes none.
pub fn interview_sample(catalog: &Catalog, lang: Lang) -> Result<AssessmentDoc> {
    let fw = catalog.require("innovation-readiness", None)?.clone();
    let words = words::interview(lang);
    let mut rng = Rng(2026);
    let day = |d: u32, h: u32| format!("2026-03-{d:02}T{h:02}:00:00.000Z");
    // The day each official was heard.
    let heard_on = [9, 10, 11, 12];
    let respondents: Vec<Respondent> = words
        .people
        .iter()
        .zip(heard_on)
        .map(|(p, d)| Respondent {
            id: rng.uuid(),
            name: p.name.into(),
            role: p.role.into(),
            unit: p.unit.into(),
            interviewed_on: Some(day(d, 0)[..10].to_string()),
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
                note: if qi % 7 == 3 && ri == 2 { words.note.into() } else { String::new() },
                evidence: String::new(),
                updated_at: day(heard_on[ri], 10 + (qi % 6) as u32),
            });
        }
    }
    let disputed: Vec<&str> = fw.questions.iter().enumerate().filter(|(qi, _)| qi % 7 == 3).map(|(_, q)| q.id.as_str()).collect();
    let consensus = disputed
        .iter()
        .take(2)
        .zip(words.rationales)
        .map(|(q, why)| Consensus { question: (*q).into(), level: 3, rationale: why.into(), updated_at: day(13, 16) })
        .collect();
    let agency = AgencyInfo { id: None, name: words.agency.into(), sector: "interior".into(), country: "TN".into(), size: "large".into(), tags: vec![words::tags(lang).0.into()] };
    let assessment = rng.uuid();
    let mut doc = AssessmentDoc {
        format: EXCHANGE_FORMAT.into(),
        format_version: EXCHANGE_FORMAT_VERSION,
        framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
        assessment: AssessmentMeta {
            id: assessment,
            title: words.title.into(),
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
    };
    if lang != Lang::En {
        give_own_ids(&mut doc, Rng(2026 + lang as u64));
    }
    Ok(doc)
}

/// New ids, from `rng`, for the assessment and its respondents (and the answers that
/// name them): the same interview becomes another assessment.
fn give_own_ids(doc: &mut AssessmentDoc, mut rng: Rng) {
    doc.assessment.id = rng.uuid();
    for r in &mut doc.respondents {
        let id = rng.uuid();
        for a in doc.answers.iter_mut().filter(|a| a.respondent == r.id) {
            a.respondent = id;
        }
        r.id = id;
    }
}

impl Store {
    /// Imports [`interview_sample`] in `lang` (again: the same file twice changes nothing).
    pub fn load_interview_sample(&mut self, lang: Lang) -> Result<crate::store::ImportReport> {
        let doc = interview_sample(self.catalog(), lang)?;
        self.import_from(doc, "sample")
    }

    /// Fills an empty database with sample agencies (24 agencies, 2 finals each, per
    /// built-in framework), named in `lang`. Refused when assessments exist, so real work is
    /// never mixed in.
    pub fn load_sample_data(&mut self, lang: Lang) -> Result<usize> {
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
            for doc in sample_docs(self.catalog(), id, 24, 2, 7 + i as u64, lang)? {
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
        let mut docs = sample_docs(store.catalog(), "innovation-readiness", assessments.div_ceil(2), 2, 42, Lang::En)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(docs: &[AssessmentDoc]) -> Vec<Option<u8>> {
        docs.iter().flat_map(|d| d.answers.iter().map(|a| a.level)).collect()
    }

    fn has_latin(s: &str) -> bool {
        s.chars().any(|c| c.is_ascii_alphabetic())
    }

    /// An Arabic or French newcomer meets agencies named in their language; the numbers
    /// are the same whatever the language.
    #[test]
    fn sample_agencies_are_named_in_the_language_they_are_loaded_in() {
        let catalog = Catalog::builtin();
        let docs = |lang| sample_docs(&catalog, "innovation-readiness", 24, 2, 7, lang).unwrap();
        let (en, fr, ar) = (docs(Lang::En), docs(Lang::Fr), docs(Lang::Ar));
        assert_eq!(en[0].assessment.agency.name, "Nakhla Health Services Authority (sample)");
        assert_eq!(fr[0].assessment.agency.name, "Direction régionale de la santé de Nakhla (exemple)");
        assert_eq!(ar[0].assessment.agency.name, "هيئة الخدمات الصحية في محافظة نخلة (نموذج)");
        // Two assessments per agency: agency 5 is the first municipality, agency 10 the next place's first kind.
        assert_eq!(ar[2 * 5].assessment.agency.name, "بلدية نخلة (نموذج)", "a municipality is «بلدية» + place");
        assert_eq!(ar[2 * 10].assessment.agency.name, "هيئة الخدمات الصحية في محافظة وادي الزهر (نموذج)");
        for doc in &ar {
            let name = &doc.assessment.agency.name;
            assert!(doc.assessment.agency.tags.iter().all(|t| !has_latin(t)), "{:?}", doc.assessment.agency.tags);
            assert!(!has_latin(name), "Latin letters in an Arabic sample name: {name}");
            assert!(doc.assessment.title.starts_with(name.as_str()) && !has_latin(&doc.assessment.title), "{}", doc.assessment.title);
        }
        assert!(fr.iter().all(|d| d.assessment.agency.name.ends_with("(exemple)")));
        assert_eq!(levels(&en), levels(&ar));
        assert_eq!(levels(&en), levels(&fr));
        let sectors = |docs: &[AssessmentDoc]| docs.iter().map(|d| d.assessment.agency.sector.clone()).collect::<Vec<_>>();
        assert_eq!(sectors(&en), sectors(&ar), "sector codes do not depend on the language");
        let names: std::collections::BTreeSet<_> = ar.iter().map(|d| d.assessment.agency.name.clone()).collect();
        assert_eq!(names.len(), 24, "24 distinct agencies, two assessments each");
    }

    #[test]
    fn the_interview_sample_in_another_language_is_an_assessment_of_its_own() {
        let catalog = Catalog::builtin();
        let en = interview_sample(&catalog, Lang::En).unwrap();
        let ar = interview_sample(&catalog, Lang::Ar).unwrap();
        let fr = interview_sample(&catalog, Lang::Fr).unwrap();
        assert_eq!(en.assessment.title, "Nakhla Civil Registry — interviews 2026");
        assert_eq!(ar.respondents[0].role, "الأمينة العامة");
        assert_eq!(fr.respondents[1].role, "Directeur des systèmes d'information");
        assert!(!has_latin(&ar.assessment.agency.name) && !has_latin(&ar.consensus[0].rationale));
        let ids = |d: &AssessmentDoc| (d.assessment.id, d.respondents.iter().map(|r| r.id).collect::<Vec<_>>());
        assert_ne!(ids(&en).0, ids(&ar).0);
        assert_ne!(ids(&ar).0, ids(&fr).0);
        assert!(ids(&en).1.iter().all(|id| !ids(&ar).1.contains(id)));
        // The same interview: levels and consensus as in English, each answer by one of its own respondents.
        assert_eq!(levels(std::slice::from_ref(&en)), levels(std::slice::from_ref(&ar)));
        assert_eq!(en.consensus.iter().map(|c| c.level).collect::<Vec<_>>(), ar.consensus.iter().map(|c| c.level).collect::<Vec<_>>());
        assert!(ar.answers.iter().all(|a| ar.respondents.iter().any(|r| r.id == a.respondent)));

        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(&dir.path().join("m.db"), Catalog::builtin()).unwrap();
        assert!(store.load_interview_sample(Lang::En).unwrap().changed());
        assert!(store.load_interview_sample(Lang::Ar).unwrap().changed(), "a second language adds its own");
        assert!(!store.load_interview_sample(Lang::Ar).unwrap().changed(), "again: nothing changes");
        let list = store.list(Lang::Ar).unwrap();
        assert_eq!(list.len(), 2);
        assert!(list.iter().any(|s| s.title == "دائرة الأحوال المدنية في محافظة نخلة — مقابلات 2026"));
    }
}
