//! What falls back to English in a language that is not complete yet, so that the
//! command line says so instead of silently printing English (issue 16, item 22).

use mizan_core::{Framework, Lang};

/// The languages whose report catalog (`ui/locales/<lang>/report.ftl`) mizan-report
/// compiled in; found by this crate's build script the same way.
const REPORT_CATALOGS: &str = env!("MIZAN_REPORT_CATALOGS");

fn name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "French",
        Lang::Ar => "Arabic",
    }
}

/// Whether the report's fixed words (headings, captions, sentences) exist in `lang`.
pub fn report_translated(lang: Lang) -> bool {
    lang == Lang::En || REPORT_CATALOGS.split(',').any(|l| l == lang.code())
}

/// How many of the framework's texts have no translation in `lang` (they show in English).
pub fn untranslated(f: &Framework, lang: Lang) -> (usize, usize) {
    let all = f.texts();
    let missing = all.iter().filter(|t| t.falls_back(lang)).count();
    (missing, all.len())
}


/// One sentence per part of the output that is in English although `lang` was asked for;
/// empty when everything is in `lang`. `report` adds the report's own words.
pub fn fallbacks(f: &Framework, lang: Lang, report: bool) -> Vec<String> {
    let mut out = Vec::new();
    if lang == Lang::En {
        return out;
    }
    let language = name(lang);
    if report && !report_translated(lang) {
        out.push(format!(
            "the report's own words (headings, captions, sentences) are not translated into {language} yet \
             (no ui/locales/{}/report.ftl): they are in English; numbers and dates follow {language} conventions",
            lang.code()
        ));
    }
    let (missing, total) = untranslated(f, lang);
    if missing == total {
        out.push(format!(
            "framework {} {} has no {language} translation yet: its {total} texts (questions, levels, recommendations) are in English",
            f.id, f.version
        ));
    } else if missing > 0 {
        out.push(format!(
            "{missing} of the {total} texts of framework {} {} have no {language} translation (questions, levels, recommendations): they are in English",
            f.id, f.version
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_never_falls_back_and_each_missing_translation_is_counted() {
        let catalog = mizan_core::Catalog::builtin();
        let f = catalog.require("innovation-readiness", None).unwrap();
        assert!(fallbacks(f, Lang::En, true).is_empty());
        // The built-in frameworks are translated: take two translations out again.
        assert_eq!(untranslated(f, Lang::Fr).0, 0, "innovation-readiness is fully translated into French");
        let mut partial = (**f).clone();
        for t in [&mut partial.questions[0].text, &mut partial.title] {
            t.fr = None;
            t.ar = Some(" ".into()); // blank: still English
        }
        let (missing, total) = untranslated(&partial, Lang::Fr);
        assert_eq!(missing - untranslated(f, Lang::Fr).0, 2);
        assert_eq!(untranslated(&partial, Lang::Ar).0 - untranslated(f, Lang::Ar).0, 2, "a blank translation is no translation");
        let said = fallbacks(&partial, Lang::Fr, false).join("\n");
        assert!(said.contains(&format!("{missing} of the {total} texts of framework innovation-readiness")) && said.contains("French"), "{said}");
    }

    /// Issue 13 item 4: every text of every built-in framework, the kept 1.0.0 editions
    /// included (old assessments open on them), is in French and Arabic, so nothing
    /// falls back to English and the CLI has nothing to warn about.
    #[test]
    fn every_built_in_edition_is_translated_into_french_and_arabic() {
        let catalog = mizan_core::Catalog::builtin();
        assert_eq!(catalog.entries().len(), mizan_core::catalog::BUILTIN.len(), "every built-in file parses");
        for e in catalog.entries() {
            let f = &e.framework;
            for lang in [Lang::Fr, Lang::Ar] {
                let missing: Vec<&str> = f.texts().into_iter().filter(|t| t.falls_back(lang)).map(|t| t.en.as_str()).collect();
                assert!(missing.is_empty(), "{} {} has {} texts without {lang:?}, first: {:?}", f.id, f.version, missing.len(), missing.first());
                assert!(fallbacks(f, lang, false).is_empty(), "{} {}", f.id, f.version);
            }
        }
    }
}
