//! The report's fixed strings, from the Fluent catalogs the UI uses
//! (`ui/locales/<lang>/report.ftl`). A language without a catalog, or a message missing
//! from one, falls back to English; a message missing from English shows its id and is
//! recorded, so tests can insist there are none.

use crate::error::ReportError;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use mizan_core::Lang;
use std::sync::{Mutex, OnceLock};

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

type Bundle = FluentBundle<FluentResource>;

fn build(lang: &str) -> Result<Option<Bundle>, ReportError> {
    let Some(&(_, file, source)) = CATALOGS.iter().find(|(l, _, _)| *l == lang) else { return Ok(None) };
    let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
        let e = &errors[0];
        ReportError::Catalog {
            file: file.to_string(),
            line: source[..e.pos.start.min(source.len())].matches('\n').count() + 1,
            message: e.kind.to_string(),
        }
    })?;
    let langid: unic_langid::LanguageIdentifier = lang.parse().map_err(|_| ReportError::Catalog {
        file: file.to_string(),
        line: 1,
        message: format!("`{lang}` is not a language identifier"),
    })?;
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Isolation marks (FSI/PDI) around arguments would end up in the PDF's text; the
    // layout runs the bidi algorithm over whole sentences instead.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|errors| ReportError::Catalog {
        file: file.to_string(),
        line: 1,
        message: errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
    })?;
    Ok(Some(bundle))
}

/// Bundles are parsed once per process and language.
fn bundle(lang: &'static str) -> Result<Option<&'static Bundle>, ReportError> {
    static EN: OnceLock<Option<Bundle>> = OnceLock::new();
    static FR: OnceLock<Option<Bundle>> = OnceLock::new();
    static AR: OnceLock<Option<Bundle>> = OnceLock::new();
    let cell = match lang {
        "fr" => &FR,
        "ar" => &AR,
        _ => &EN,
    };
    if let Some(b) = cell.get() {
        return Ok(b.as_ref());
    }
    let b = build(lang)?;
    Ok(cell.get_or_init(|| b).as_ref())
}

pub struct Strings {
    primary: Option<&'static Bundle>,
    english: &'static Bundle,
    missing: Mutex<Vec<String>>,
}

/// An argument for a message: text, or a number (which Fluent uses for plurals).
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Str(s)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Str(s)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<u8> for Arg<'_> {
    fn from(n: u8) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n as f64)
    }
}

impl Strings {
    pub fn new(lang: Lang) -> Result<Strings, ReportError> {
        let english = bundle("en")?.ok_or_else(|| ReportError::Catalog {
            file: "ui/locales/en/report.ftl".into(),
            line: 1,
            message: "the English catalog is missing".into(),
        })?;
        let primary = if lang == Lang::En { None } else { bundle(lang.code())? };
        Ok(Strings { primary, english, missing: Mutex::new(Vec::new()) })
    }

    /// Whether the report's language has its own catalog (else everything is English).
    pub fn translated(&self) -> bool {
        self.primary.is_some()
    }

    /// Message ids that were asked for and do not exist, even in English.
    pub fn missing(&self) -> Vec<String> {
        self.missing.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// The app's label of a stored profile value (`report-sector-interior`,
    /// `report-country-TN`, `report-size-large`), or the value as stored when the
    /// catalogs have none (a sector typed before the list existed, an unknown code).
    pub fn label(&self, kind: &str, value: &str) -> String {
        let id = format!("report-{kind}-{value}");
        for b in self.primary.iter().chain(std::iter::once(&self.english)) {
            if let Some(pattern) = b.get_message(&id).and_then(|m| m.value()) {
                return b.format_pattern(pattern, None, &mut Vec::new()).into_owned();
            }
        }
        value.to_string()
    }

    pub fn get(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    pub fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        for b in self.primary.iter().chain(std::iter::once(&self.english)) {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let s = b.format_pattern(pattern, Some(&fargs), &mut errors);
                if errors.is_empty() {
                    return s.into_owned();
                }
                // A message with a missing or mistyped variable: note it, show what we have.
                if let Ok(mut m) = self.missing.lock() {
                    m.push(format!("{id}: {}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")));
                }
                return s.into_owned();
            }
        }
        if let Ok(mut m) = self.missing.lock() {
            m.push(id.to_string());
        }
        id.to_string()
    }
}
