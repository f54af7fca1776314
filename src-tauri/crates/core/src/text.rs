//! Translatable text: a plain string (English) or a table `{ en, fr, ar }`.

use crate::rules::block_text;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// The discriminants are relied on: `Lang as usize` indexes the sample data's
    /// translations, and `lang as u64` seeds its per-language ids.
    #[default]
    En = 0,
    Fr = 1,
    Ar = 2,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Which digits numbers are written with (issue 13 item 1): Western (0-9, the default, as
/// government usage in the Maghreb has it) or Arabic-Indic (٠-٩), a reader's setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    #[default]
    Latin,
    Arabic,
}

impl Digits {
    pub fn parse(code: &str) -> Option<Digits> {
        match code {
            "latin" => Some(Digits::Latin),
            "arabic" => Some(Digits::Arabic),
            _ => None,
        }
    }

    /// `s` with its numbers in these digits. In Arabic-Indic, a word that also holds Latin
    /// letters (an identifier, "v1.1", an address "https://…/2020") keeps its digits; in a number, a single `.` between digits becomes the Arabic decimal
    /// separator `٫` and `%` after a digit the Arabic percent sign `٪`.
    pub fn apply(self, s: &str) -> std::borrow::Cow<'_, str> {
        if self == Digits::Latin || !s.bytes().any(|b| b.is_ascii_digit()) {
            return s.into();
        }
        let mut out = String::with_capacity(s.len() + 16);
        for word in s.split_inclusive(char::is_whitespace) {
            let keep = word.chars().any(|c| (c.is_alphabetic() && !is_arabic_letter(c)) || c == '_');
            if keep || !word.bytes().any(|b| b.is_ascii_digit()) {
                out.push_str(word);
                continue;
            }
            let chars: Vec<char> = word.chars().collect();
            let dots = chars.iter().filter(|&&c| c == '.').count();
            for (i, &c) in chars.iter().enumerate() {
                let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
                let digit_after = chars.get(i + 1).is_some_and(char::is_ascii_digit);
                match c {
                    '0'..='9' => out.push(char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c)),
                    '.' if dots == 1 && digit_before && digit_after => out.push('\u{066B}'),
                    '%' if digit_before || (i > 1 && chars[i - 1] == '\u{202F}' && chars[i - 2].is_ascii_digit()) => out.push('\u{066A}'),
                    c => out.push(c),
                }
            }
        }
        out.into()
    }
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Text {
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ar: Option<String>,
}

impl Text {
    pub fn en(s: impl Into<String>) -> Text {
        Text { en: s.into(), fr: None, ar: None }
    }

    /// The text in `lang`, falling back to English when it has no translation.
    pub fn get(&self, lang: Lang) -> &str {
        let t = match lang {
            Lang::En => None,
            Lang::Fr => self.fr.as_deref(),
            Lang::Ar => self.ar.as_deref(),
        };
        t.filter(|s| !s.trim().is_empty()).unwrap_or(&self.en)
    }

    /// The text in `lang` and whether it fell back to English (no or a blank translation),
    /// so that what shows it can mark it as not yet translated (issue 13 item 4).
    pub fn resolve(&self, lang: Lang) -> (&str, bool) {
        let s = self.get(lang);
        (s, self.falls_back(lang))
    }

    /// Whether the text in `lang` is the English one for want of a translation. A blank
    /// English (an empty guidance) shows nothing, so nothing falls back.
    pub fn falls_back(&self, lang: Lang) -> bool {
        let t = match lang {
            Lang::En => return false,
            Lang::Fr => self.fr.as_deref(),
            Lang::Ar => self.ar.as_deref(),
        };
        t.is_none_or(|s| s.trim().is_empty()) && !self.en.trim().is_empty()
    }

    /// Languages whose text is present but blank.
    pub fn blank_languages(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.en.trim().is_empty() {
            out.push("en");
        }
        if self.fr.as_deref().is_some_and(|s| s.trim().is_empty()) {
            out.push("fr");
        }
        if self.ar.as_deref().is_some_and(|s| s.trim().is_empty()) {
            out.push("ar");
        }
        out
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a table of languages like { en = \"...\", fr = \"...\", ar = \"...\" }")
            }
            // A framework's texts are cleaned as an assessment's are (`rules::block_text`):
            // an override would make the screen read otherwise than the report.
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::en(block_text(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut t = Text::default();
                let mut has_en = false;
                while let Some(key) = map.next_key::<String>()? {
                    let value = block_text(&map.next_value::<String>()?);
                    match key.as_str() {
                        "en" if !has_en => {
                            t.en = value;
                            has_en = true;
                        }
                        "fr" if t.fr.is_none() => t.fr = Some(value),
                        "ar" if t.ar.is_none() => t.ar = Some(value),
                        "en" | "fr" | "ar" => {
                            return Err(de::Error::custom(format!("language `{key}` is given twice")))
                        }
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown language `{other}`: use en, fr or ar"
                            )))
                        }
                    }
                }
                if !has_en {
                    return Err(de::Error::custom(
                        "this text has no English version: add `en = \"...\"`",
                    ));
                }
                Ok(t)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frameworks_texts_lose_control_and_reordering_characters() {
        let t: Text = toml::from_str::<std::collections::BTreeMap<String, Text>>("t = { en = \"Evil\\u001b]0;x\\u0007 \\u202eFramework\\nline\", ar = \"\\u2067نص\\u2069\" }").unwrap().remove("t").unwrap();
        assert_eq!((t.en.as_str(), t.ar.as_deref()), ("Evil]0;x Framework\nline", Some("نص")));
        let plain: std::collections::BTreeMap<String, Text> = toml::from_str("t = \"a\\u202eb\"").unwrap();
        assert_eq!(plain["t"].en, "ab");
    }

    #[test]
    fn falls_back_to_english() {
        let t = Text { en: "Hello".into(), fr: Some("Bonjour".into()), ar: None };
        assert_eq!(t.get(Lang::Fr), "Bonjour");
        assert_eq!(t.get(Lang::Ar), "Hello");
        assert!(t.falls_back(Lang::Ar) && !t.falls_back(Lang::Fr) && !t.falls_back(Lang::En));
        // An empty guidance has nothing to show in English: it is not marked as English.
        assert!(!Text { en: " ".into(), fr: None, ar: None }.falls_back(Lang::Fr));
    }

    #[test]
    fn arabic_indic_digits_only_when_asked_and_never_inside_latin_words_or_addresses() {
        assert_eq!(Digits::Latin.apply("72% (3.5)"), "72% (3.5)");
        assert_eq!(Digits::Arabic.apply("3/5, 10:40"), "٣/٥, ١٠:٤٠");
        assert_eq!(Digits::Arabic.apply("المؤشر 72.5 من 100"), "المؤشر ٧٢٫٥ من ١٠٠");
        assert_eq!(Digits::Arabic.apply("72%"), "٧٢٪");
        assert_eq!(Digits::Arabic.apply("2026-12-03"), "٢٠٢٦-١٢-٠٣");
        assert_eq!(Digits::Arabic.apply("ISO 27001, v1.1, https://x.org/2020"), "ISO ٢٧٠٠١, v1.1, https://x.org/2020");
        assert_eq!(Digits::Arabic.apply("1.1.0"), "١.١.٠", "a version's dots are not decimal points");
        assert_eq!(Digits::parse("arabic"), Some(Digits::Arabic));
        assert_eq!(Digits::parse("hindi"), None);
    }
}
