//! The frameworks available: built into the binary, plus user-installed files.
//!
//! Editions: every edition ever built in stays built in, so an assessment made on
//! 1.0.0 opens and scores exactly as before; a new assessment takes the newest
//! built-in edition of its framework ([`Catalog::get`] without a version). Benchmarks
//! compare editions of the same major version dimension by dimension (DESIGN.md).
//!
//! An installed file never shadows a built-in (issue 17 item 14): one with a built-in
//! id and version is reported and ignored; another edition of a built-in id is listed
//! as installed and is never the default. Two installed files with the same id and
//! version: the first (by file name) is used, the second reported.

use crate::error::{CoreError, Diagnostic, Result};
use crate::framework::Framework;
use crate::text::Lang;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Built-in frameworks, compiled into every binary: the current files in `assessments/`
/// and every earlier edition in `assessments/editions/` (English and scoring never change;
/// `tests/editions.rs` pins them).
pub const BUILTIN: &[(&str, &str)] = &[
    ("assessments/innovation-readiness.toml", include_str!("../../../../assessments/innovation-readiness.toml")),
    ("assessments/service-integration.toml", include_str!("../../../../assessments/service-integration.toml")),
    ("assessments/digital-government.toml", include_str!("../../../../assessments/digital-government.toml")),
    ("assessments/editions/innovation-readiness-1.0.0.toml", include_str!("../../../../assessments/editions/innovation-readiness-1.0.0.toml")),
    ("assessments/editions/service-integration-1.0.0.toml", include_str!("../../../../assessments/editions/service-integration-1.0.0.toml")),
];

#[derive(Debug, Clone)]
pub struct Entry {
    pub framework: Arc<Framework>,
    pub builtin: bool,
    pub path: Option<PathBuf>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FrameworkSummary {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub dimensions: usize,
    pub questions: usize,
    pub levels: usize,
    pub builtin: bool,
    /// The edition a new assessment of this framework gets (newest built-in, or newest
    /// installed for a framework that is not built in). Older editions stay listed so
    /// their assessments can be read.
    pub latest: bool,
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
            match load_installed(&path) {
                Ok(f) => match c.entries.iter().find(|e| e.framework.id == f.id && e.framework.version == f.version) {
                    None => c.entries.push(Entry { framework: Arc::new(f), builtin: false, path: Some(path) }),
                    Some(taken) => {
                        let by = match &taken.path {
                            _ if taken.builtin => "a built-in framework".to_string(),
                            Some(p) => p.display().to_string(),
                            None => "another file".to_string(),
                        };
                        let message = format!(
                            "framework {} {} is ignored: {by} has the same id and version; remove this file, or give it another version (or id)",
                            f.id, f.version
                        );
                        c.problems.push(Diagnostic { file: path.display().to_string(), line: 1, column: 1, message });
                    }
                },
                Err(CoreError::InvalidFramework(d)) => c.problems.extend(d),
                Err(e) => c.problems.push(Diagnostic { file: path.display().to_string(), line: 1, column: 1, message: e.to_string() }),
            }
        }
        c
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// A framework by id and exact version; without a version, the default edition:
    /// the newest built-in one, or the newest installed one if the id is not built in.
    pub fn get(&self, id: &str, version: Option<&str>) -> Option<&Arc<Framework>> {
        match version {
            Some(v) => self.entries.iter().map(|e| &e.framework).find(|f| f.id == id && f.version == v),
            None => self.default_entry(id).map(|e| &e.framework),
        }
    }

    fn default_entry(&self, id: &str) -> Option<&Entry> {
        let newest = |builtin_only: bool| {
            self.entries
                .iter()
                .filter(|e| e.framework.id == id && (e.builtin || !builtin_only))
                .max_by_key(|e| version_key(&e.framework.version))
        };
        newest(true).or_else(|| newest(false))
    }

    /// Whether `f` is the edition new assessments of its framework get.
    pub fn is_latest(&self, f: &Framework) -> bool {
        self.default_entry(&f.id).is_some_and(|e| e.framework.version == f.version)
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

    /// Every framework and edition; each framework's default edition first, then its
    /// older ones, newest first (a picker that takes the first entry gets the default).
    pub fn summaries(&self, lang: Lang) -> Vec<FrameworkSummary> {
        let mut list: Vec<(usize, FrameworkSummary)> = Vec::new();
        for e in &self.entries {
            let mut s = summary(&e.framework, e.builtin, lang);
            s.latest = self.is_latest(&e.framework);
            // Group by the position of the framework's first entry, as BUILTIN lists them.
            let group = self.entries.iter().position(|o| o.framework.id == e.framework.id).unwrap_or(0);
            list.push((group, s));
        }
        list.sort_by(|(ga, a), (gb, b)| ga.cmp(gb).then(b.latest.cmp(&a.latest)).then(version_key(&b.version).cmp(&version_key(&a.version))));
        list.into_iter().map(|(_, s)| s).collect()
    }

    /// Validates `source` and copies it into `dir` as `<id>-<version>.toml`.
    /// Nothing is written when the file is invalid or already installed.
    pub fn install(&mut self, dir: &Path, path: &Path) -> Result<FrameworkSummary> {
        // The bytes checked are the bytes installed (a copy would read the file again).
        let bytes = read_framework_file(path)?;
        let f = Framework::from_bytes(&path.display().to_string(), &bytes)?;
        if let Some(taken) = self.entries.iter().find(|e| e.framework.id == f.id && e.framework.version == f.version) {
            let how = if taken.builtin { " (it is built in)" } else { "" };
            return Err(CoreError::Conflict(format!(
                "framework {} {} is already installed{how}: change its `version` to install a new edition",
                f.id, f.version
            )));
        }
        std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
        let target = dir.join(format!("{}-{}.toml", f.id, f.version));
        crate::exchange::write_atomic(&target, &bytes)?;
        crate::exchange::write_atomic(&seal_of(&target), fingerprint(&bytes).as_bytes())?;
        let framework = Arc::new(f);
        self.entries.push(Entry { framework: framework.clone(), builtin: false, path: Some(target) });
        let mut s = summary(&framework, false, Lang::En);
        s.latest = self.is_latest(&framework);
        Ok(s)
    }
}

/// Framework files larger than this are refused before parsing.
pub const MAX_FRAMEWORK_BYTES: u64 = 5 * 1024 * 1024;

pub fn load_file(path: &Path) -> Result<Framework> {
    load_file_with_warnings(path).map(|(f, _)| f)
}

/// [`load_file`], and the file's warnings (texts without a translation, with their place).
pub fn load_file_with_warnings(path: &Path) -> Result<(Framework, Vec<Diagnostic>)> {
    let bytes = read_framework_file(path)?;
    Framework::from_bytes_with_warnings(&path.display().to_string(), &bytes)
}

/// A file of the frameworks folder. One installed by [`Catalog::install`] has a seal beside
/// it (`<file>.installed`, the hash of what was installed): its assessments are scored by
/// exactly that edition, so a file changed since is reported and not used (changed content
/// needs a new version). A file put there by hand has no seal and is read as it is.
fn load_installed(path: &Path) -> Result<Framework> {
    let bytes = read_framework_file(path)?;
    if let Ok(seal) = crate::files::read_capped(&seal_of(path), 100) {
        if String::from_utf8_lossy(&seal).trim() != fingerprint(&bytes) {
            return Err(CoreError::InvalidFramework(vec![Diagnostic {
                file: path.display().to_string(),
                line: 1,
                column: 1,
                message: "this installed framework was changed after it was installed, so it is not used: an installed edition \
                          never changes (assessments are scored by it). Put the installed file back, or give the changed one a \
                          new `version` and install it"
                    .into(),
            }]));
        }
    }
    Framework::from_bytes(&path.display().to_string(), &bytes)
}

fn seal_of(installed: &Path) -> PathBuf {
    let mut s = installed.as_os_str().to_owned();
    s.push(".installed");
    PathBuf::from(s)
}

/// FNV-1a, 64 bits: it tells an edited file from the installed one (not a defence
/// against someone forging a file on purpose, who could rewrite the seal as well).
pub fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    format!("fnv1a64:{hash:016x}")
}

/// The bytes of a framework file: a regular file of at most 5 MiB (a pipe or device named
/// `x.toml` would block the open or never end; issue 17 item 7).
fn read_framework_file(path: &Path) -> Result<Vec<u8>> {
    crate::files::read_capped(path, MAX_FRAMEWORK_BYTES).map_err(|e| {
        e.into_error(path, crate::exchange::FileKind::Framework, MAX_FRAMEWORK_BYTES, |problem| {
            CoreError::InvalidFramework(vec![Diagnostic { file: path.display().to_string(), line: 1, column: 1, message: problem.to_string() }])
        })
    })
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
        latest: false,
    }
}
