//! Numbers, dates and lists as the report writes them, for every renderer (the PDF and the
//! DOCX): one place for decimals, rounding, the decimal separator and the list comma.

use mizan_core::Lang;

/// A number with `digits` decimals and a '.' separator (chart labels, whatever the
/// language: numbers on charts read left to right, as in the UI).
pub fn plain(x: f64, digits: usize) -> String {
    format!("{x:.digits$}")
}

/// Removes trailing zeros ("1.50" → "1.5", "2.00" → "2").
fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A day (ISO 8601) from an RFC 3339 timestamp: unambiguous in every language.
pub fn day(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or(rfc3339).to_string()
}

/// Formats numbers for one report language.
#[derive(Debug, Clone, Copy)]
pub struct Numbers {
    lang: Lang,
}

impl Numbers {
    pub fn new(lang: Lang) -> Numbers {
        Numbers { lang }
    }

    /// Items of a list in a sentence: "a, b, c"; Arabic with its own comma, «أ، ب، ج».
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let comma = if self.lang == Lang::Ar { "، " } else { ", " };
        items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(comma)
    }

    fn localise(&self, s: String) -> String {
        if self.lang == Lang::Fr {
            s.replace('.', ",")
        } else {
            s
        }
    }

    /// `digits` decimals, in the language's decimal separator.
    pub fn fixed(&self, x: f64, digits: usize) -> String {
        self.localise(plain(x, digits))
    }

    /// At most `digits` decimals (a question's level: "2", "2.5").
    pub fn trimmed(&self, x: f64, digits: usize) -> String {
        self.localise(trim_zeros(plain(x, digits)))
    }

    /// A score on the 1–levels scale: two decimals.
    pub fn score(&self, x: f64) -> String {
        self.fixed(x, 2)
    }

    /// An index on the 0–100 scale: one decimal.
    pub fn index(&self, x: f64) -> String {
        self.fixed(x, 1)
    }

    /// A percentile (0–100): one decimal.
    pub fn percentile(&self, x: f64) -> String {
        self.fixed(x, 1)
    }

    /// A share (0..1) as a whole percentage, rounded down, so that 99.6 % never reads
    /// as complete (the rule of the app, the CLI and the report alike).
    pub fn percent(&self, share: f64) -> String {
        // The epsilon keeps 0.29 × 100 = 28.999… at 29.
        let s = self.fixed((share * 100.0 + 1e-9).floor(), 0);
        if self.lang == Lang::Fr {
            format!("{s}\u{202F}%")
        } else {
            format!("{s}%")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_take_the_languages_comma() {
        assert_eq!(Numbers::new(Lang::En).list(&["health", "Jordan"]), "health, Jordan");
        assert_eq!(Numbers::new(Lang::Fr).list(&["santé", "Jordanie"]), "santé, Jordanie");
        assert_eq!(Numbers::new(Lang::Ar).list(&["الصحة", "الأردن", "كبيرة"]), "الصحة، الأردن، كبيرة");
        assert_eq!(Numbers::new(Lang::Ar).list(&["وحدها"]), "وحدها");
    }

    #[test]
    fn completeness_is_a_whole_percent_rounded_down() {
        let en = Numbers::new(Lang::En);
        assert_eq!(en.percent(0.255), "25%");
        assert_eq!(en.percent(0.996), "99%");
        assert_eq!(en.percent(1.0), "100%");
        assert_eq!(en.percent(0.29), "29%");
        assert_eq!(en.percent(0.0), "0%");
        assert_eq!(Numbers::new(Lang::Fr).percent(0.5), "50\u{202F}%");
    }

    #[test]
    fn scores_have_two_decimals_indexes_and_percentiles_one() {
        let en = Numbers::new(Lang::En);
        assert_eq!(en.score(2.356), "2.36");
        assert_eq!(en.score(3.0), "3.00");
        assert_eq!(en.index(55.26), "55.3");
        assert_eq!(en.percentile(82.6), "82.6");
        assert_eq!(Numbers::new(Lang::Fr).score(2.5), "2,50");
    }
}
