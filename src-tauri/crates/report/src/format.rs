//! Numbers and dates as the report writes them, for every renderer (the PDF, and the
//! DOCX to come): one place for decimals, rounding and the decimal separator.

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

    /// A share (0..1) as a percentage.
    pub fn percent(&self, share: f64) -> String {
        let v = share * 100.0;
        let s = if (v - v.round()).abs() < 0.05 { self.fixed(v, 0) } else { self.fixed(v, 1) };
        if self.lang == Lang::Fr {
            format!("{s}\u{202F}%")
        } else {
            format!("{s}%")
        }
    }
}
