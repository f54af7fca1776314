//! Translatable text: a plain string (English) or a table `{ en, fr, ar }`.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
    Ar,
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
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::en(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut t = Text::default();
                let mut has_en = false;
                while let Some(key) = map.next_key::<String>()? {
                    let value: String = map.next_value()?;
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
    fn falls_back_to_english() {
        let t = Text { en: "Hello".into(), fr: Some("Bonjour".into()), ar: None };
        assert_eq!(t.get(Lang::Fr), "Bonjour");
        assert_eq!(t.get(Lang::Ar), "Hello");
    }
}
