//! The frameworks available: built into the binary, plus user-installed files.

use crate::error::{CoreError, Diagnostic, Result};
use crate::framework::Framework;
use crate::text::Lang;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Built-in frameworks, compiled into every binary.
pub const BUILTIN: &[(&str, &str)] = &[
    ("assessments/innovation-readiness.toml", include_str!("../../../../assessments/innovation-readiness.toml")),
    ("assessments/service-integration.toml", include_str!("../../../../assessments/service-integration.toml")),
];

#[derive(Debug, Clone)]
pub struct Entry {
    pub framework: Arc<Framework>,
    pub builtin: bool,
    pub path: Option<PathBuf>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FrameworkSummary {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub dimensions: usize,
    pub questions: usize,
    pub levels: usize,
    pub builtin: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: Vec<Entry>,
    /// User framework files that failed to load; shown, never fatal.
    pub problems: Vec<Diagnostic>,
}

impl Catalog {
    /// The built-in frameworks only.
    pub fn builtin() -> Catalog {
        let mut c = Catalog::default();
        for (name, src) in BUILTIN {
            match Framework::parse(name, src) {
                Ok(f) => c.entries.push(Entry { framework: Arc::new(f), builtin: true, path: None }),
                // Tests guarantee the built-ins are valid; never panic in a user's hands.
                Err(CoreError::InvalidFramework(d)) => c.problems.extend(d),
                Err(_) => {}
            }
        }
        c
    }

    /// Built-ins plus every `*.toml` in `dir` (missing folder: none). Invalid files are
    /// recorded in `problems` and skipped; a user file never replaces a built-in.
    pub fn with_user_dir(dir: &Path) -> Catalog {
        let mut c = Catalog::builtin();
        let Ok(read) = std::fs::read_dir(dir) else { return c };
        let mut paths: Vec<PathBuf> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        paths.sort();
        for path in paths {
            match load_file(&path) {
                Ok(f) => {
                    if c.get(&f.id, Some(&f.version)).is_none() {
                        c.entries.push(Entry { framework: Arc::new(f), builtin: false, path: Some(path) });
                    }
                }
                Err(CoreError::InvalidFramework(d)) => c.problems.extend(d),
                Err(e) => c.problems.push(Diagnostic { file: path.display().to_string(), line: 1, column: 1, message: e.to_string() }),
            }
        }
        c
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// A framework by id and exact version; without a version, the newest one.
    pub fn get(&self, id: &str, version: Option<&str>) -> Option<&Arc<Framework>> {
        let matching = self.entries.iter().filter(|e| e.framework.id == id);
        match version {
            Some(v) => matching.map(|e| &e.framework).find(|f| f.version == v),
            None => matching.map(|e| &e.framework).max_by_key(|f| version_key(&f.version)),
        }
    }

    pub fn require(&self, id: &str, version: Option<&str>) -> Result<&Arc<Framework>> {
        self.get(id, version).ok_or_else(|| {
            let known: Vec<String> = self.entries.iter().map(|e| format!("{} {}", e.framework.id, e.framework.version)).collect();
            CoreError::NotFound {
                what: "framework",
                id: match version {
                    Some(v) => format!("{id} {v}"),
                    None => id.to_string(),
                },
                hint: format!("; available: {}", known.join(", ")),
            }
        })
    }

    pub fn summaries(&self, lang: Lang) -> Vec<FrameworkSummary> {
        self.entries.iter().map(|e| summary(&e.framework, e.builtin, lang)).collect()
    }

    /// Validates `source` and copies it into `dir` as `<id>-<version>.toml`.
    /// Nothing is written when the file is invalid or already installed.
    pub fn install(&mut self, dir: &Path, path: &Path) -> Result<FrameworkSummary> {
        let f = load_file(path)?;
        if self.get(&f.id, Some(&f.version)).is_some() {
            return Err(CoreError::Conflict(format!(
                "framework {} {} is already installed: change its `version` to install a new edition",
                f.id, f.version
            )));
        }
        std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
        let target = dir.join(format!("{}-{}.toml", f.id, f.version));
        std::fs::copy(path, &target).map_err(|e| CoreError::io(&target, e))?;
        let s = summary(&f, false, Lang::En);
        self.entries.push(Entry { framework: Arc::new(f), builtin: false, path: Some(target) });
        Ok(s)
    }
}

/// Framework files larger than this are refused before parsing.
pub const MAX_FRAMEWORK_BYTES: u64 = 5 * 1024 * 1024;

pub fn load_file(path: &Path) -> Result<Framework> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| CoreError::io(path, e))?;
    if meta.len() > MAX_FRAMEWORK_BYTES {
        return Err(CoreError::InvalidFramework(vec![Diagnostic {
            file: name,
            line: 1,
            column: 1,
            message: format!("the file is {} bytes; framework files are limited to 5 MiB", meta.len()),
        }]));
    }
    let bytes = std::fs::read(path).map_err(|e| CoreError::io(path, e))?;
    Framework::from_bytes(&name, &bytes)
}

fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

pub fn summary(f: &Framework, builtin: bool, lang: Lang) -> FrameworkSummary {
    FrameworkSummary {
        id: f.id.clone(),
        version: f.version.clone(),
        title: f.title.get(lang).to_string(),
        description: f.description.get(lang).to_string(),
        dimensions: f.dimensions.len(),
        questions: f.questions.len(),
        levels: f.levels.len(),
        builtin,
    }
}
