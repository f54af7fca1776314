//! A framework as the webview gets it: resolved to one language (the engine keeps every
//! translation), levels numbered, each dimension listing its questions.

use mizan_core::framework::Framework as CoreFramework;
use mizan_core::Lang;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub sources: Vec<Source>,
    pub levels: Vec<Level>,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Source {
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub year: Option<u16>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Level {
    /// 1..L, lowest first, as in the scoring contract.
    pub number: u8,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub title: String,
    pub description: String,
    pub weight: f64,
    /// Question ids in framework order.
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Question {
    pub id: String,
    pub dimension: String,
    pub text: String,
    pub guidance: String,
    pub weight: f64,
    pub levels: Vec<String>,
    pub recommendations: Vec<String>,
    pub evidence: Vec<String>,
}

impl Framework {
    /// The framework with every text in `lang` (English where a translation is missing).
    pub fn resolve(f: &CoreFramework, lang: Lang) -> Framework {
        let s = |t: &mizan_core::Text| t.get(lang).to_string();
        Framework {
            id: f.id.clone(),
            version: f.version.clone(),
            title: s(&f.title),
            description: s(&f.description),
            sources: f
                .sources
                .iter()
                .map(|src| Source {
                    title: s(&src.title),
                    publisher: src.publisher.clone(),
                    url: src.url.clone(),
                    year: src.year,
                    note: src.note.as_ref().map(s),
                })
                .collect(),
            levels: f
                .levels
                .iter()
                .enumerate()
                .map(|(i, l)| Level {
                    number: i as u8 + 1,
                    name: s(&l.name),
                    description: s(&l.description),
                })
                .collect(),
            dimensions: f
                .dimensions
                .iter()
                .map(|d| Dimension {
                    id: d.id.clone(),
                    title: s(&d.title),
                    description: s(&d.description),
                    weight: d.weight,
                    questions: f.questions_of(&d.id).map(|q| q.id.clone()).collect(),
                })
                .collect(),
            questions: f
                .questions
                .iter()
                .map(|q| Question {
                    id: q.id.clone(),
                    dimension: q.dimension.clone(),
                    text: s(&q.text),
                    guidance: s(&q.guidance),
                    weight: q.weight,
                    levels: q.levels.iter().map(s).collect(),
                    recommendations: q.recommendations.iter().map(s).collect(),
                    evidence: q.evidence.iter().map(s).collect(),
                })
                .collect(),
        }
    }
}
