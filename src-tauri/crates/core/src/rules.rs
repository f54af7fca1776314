//! Input rules and limits, in one place: the store (what the app and the CLI type in) and
//! the exchange parser (what a file brings) apply the same ones, so that whatever can be
//! stored can be exported and imported again.

use crate::error::{CoreError, Result};
use crate::exchange::ExchangeProblem;

/// Longest note, evidence or rationale text of one answer (characters).
pub const MAX_ANSWER_TEXT: usize = 100_000;
/// Longest agency name, title, respondent name, role, unit, sector or size (characters).
pub const MAX_NAME: usize = 300;
/// Largest exchange file read, and so also the largest assessment stored: every write is
/// checked against the size of the assessment's export, so an export is always importable.
pub const MAX_EXCHANGE_BYTES: u64 = 20 * 1024 * 1024;
/// Largest benchmark pack read.
pub const MAX_PACK_BYTES: u64 = 20 * 1024 * 1024;
/// Weights of dimensions and questions lie in `0 < w ≤ MAX_WEIGHT` (see [`weight_is_valid`]).
pub const MAX_WEIGHT: f64 = 100.0;
/// How far past this machine's clock an imported timestamp may lie (clocks of two laptops
/// differ, and time zones are written by hand): later ones are refused.
pub const MAX_CLOCK_SKEW_HOURS: i64 = 24;

/// The sector codes an agency profile (and a benchmark pack) may carry; the UI shows
/// their names. Anything else in a pack is refused: it could be a person's details.
pub const SECTORS: &[&str] = &["health", "education", "finance", "interior", "justice", "municipal", "social", "economy", "digital", "other"];
/// The size bands, smallest first.
pub const SIZES: &[&str] = &["small", "medium", "large", "very_large"];

/// Whether `w` is a legal weight: a number with 0 < w ≤ [`MAX_WEIGHT`] (NaN is not).
pub fn weight_is_valid(w: f64) -> bool {
    w > 0.0 && w <= MAX_WEIGHT
}

/// A text field of a form, named in refusals: `id` is the `$field` of the catalog's
/// `err-name-*` and `err-text-*` messages and the refusal's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    AgencyName,
    Title,
    RespondentName,
    Role,
    Unit,
    Sector,
    Size,
    Tag,
    Note,
    Evidence,
    Rationale,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::AgencyName,
        Field::Title,
        Field::RespondentName,
        Field::Role,
        Field::Unit,
        Field::Sector,
        Field::Size,
        Field::Tag,
        Field::Note,
        Field::Evidence,
        Field::Rationale,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Field::AgencyName => "agency-name",
            Field::Title => "title",
            Field::RespondentName => "respondent-name",
            Field::Role => "role",
            Field::Unit => "unit",
            Field::Sector => "sector",
            Field::Size => "size",
            Field::Tag => "tag",
            Field::Note => "note",
            Field::Evidence => "evidence",
            Field::Rationale => "rationale",
        }
    }

    /// The field's name in the English message (the CLI's text).
    pub fn english(self) -> &'static str {
        match self {
            Field::AgencyName => "the agency name",
            Field::Title => "the title",
            Field::RespondentName => "the respondent's name",
            Field::Role => "the role",
            Field::Unit => "the unit",
            Field::Sector => "the sector",
            Field::Size => "the size band",
            Field::Tag => "a tag",
            Field::Note => "the note",
            Field::Evidence => "the evidence",
            Field::Rationale => "the rationale",
        }
    }
}

/// An input refusal about `field` (its place), told by `key` with `args`.
fn field_refusal(field: Field, key: &'static str, mut args: crate::error::Args, message: String) -> CoreError {
    args.insert(0, ("field", field.id().to_string()));
    CoreError::refused("invalid_input", key, args, Some(field.id().to_string()), message)
}

/// The explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
/// They reorder the text after them: an override makes `ecnaniF` show as `Finance`. The
/// report drops them, so stored text holds none and the screen reads as the paper does.
/// The marks LRM, RLM and ALM stay: they only place neutrals beside Arabic and Latin text.
pub fn is_reordering_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A one-line text (name, title, role, unit, sector, size, tag) as stored, typed or from a
/// file: a tab or line break becomes a space, other control and reordering characters go,
/// trimmed.
pub fn line_text(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter_map(|c| match c {
            c if c.is_control() && c.is_whitespace() => Some(' '),
            c if c.is_control() || is_reordering_control(c) => None,
            c => Some(c),
        })
        .collect();
    match kept.trim() {
        t if t.len() == kept.len() => kept,
        t => t.to_string(),
    }
}

/// A text of several lines (note, evidence, rationale) as stored, typed or from a file:
/// line breaks and tabs stay, other control characters and reordering ones go.
pub fn block_text(s: &str) -> String {
    s.chars().filter(|&c| matches!(c, '\n' | '\t') || (!c.is_control() && !is_reordering_control(c))).collect()
}

/// A name as stored: [`line_text`] (which drops a NUL too), not empty, at most [`MAX_NAME`].
pub fn clean_name(s: &str, field: Field) -> Result<String> {
    let what = field.english();
    let s = line_text(s);
    let s = s.as_str();
    if s.is_empty() {
        return Err(field_refusal(field, "err-name-empty", vec![], format!("{what} is empty: enter a name")));
    }
    if s.chars().count() > MAX_NAME {
        return Err(field_refusal(
            field,
            "err-name-too-long",
            vec![("max", MAX_NAME.to_string())],
            format!("{what} is longer than {MAX_NAME} characters: shorten it"),
        ));
    }
    Ok(s.to_string())
}

/// What is wrong with a text field, if anything (its English follows the field's name):
/// the same rule for what is typed in and what a file brings, so that every stored text
/// exports and imports again.
pub fn text_problem(value: &str, max: usize, required: bool) -> Option<ExchangeProblem> {
    if required && line_text(value).is_empty() {
        return Some(ExchangeProblem::TextEmpty);
    }
    if value.chars().count() > max {
        return Some(ExchangeProblem::TextTooLong { max });
    }
    if value.contains('\0') {
        return Some(ExchangeProblem::TextNul);
    }
    None
}

/// [`text_problem`] as an input error about `field`.
pub fn check_text(value: &str, max: usize, field: Field) -> Result<()> {
    let what = field.english();
    match text_problem(value, max, false) {
        Some(problem @ ExchangeProblem::TextNul) => Err(field_refusal(field, "err-text-nul", vec![], format!("{what} {problem}"))),
        Some(problem) => Err(field_refusal(field, "err-text-too-long", vec![("max", max.to_string())], format!("{what} {problem}"))),
        None => Ok(()),
    }
}

/// The refusal of a level outside 1..=`levels` for `question`.
pub fn level_out_of_range(level: u8, levels: u8, question: &str) -> CoreError {
    CoreError::refused(
        "invalid_input",
        "err-level-out-of-range",
        vec![("level", level.to_string()), ("max", levels.to_string())],
        Some(question.to_string()),
        format!("level {level} is out of range: choose a level from 1 to {levels}"),
    )
}

/// `s` with Arabic-Indic and Persian digits written as Western ones: a date typed on an
/// Arabic keyboard (`٢٠٢٦-٠٣-١٤`) is the same date.
pub fn western_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect()
}

/// What is wrong with an interview date, if anything: it must be a real `YYYY-MM-DD` day.
pub fn date_problem(value: &str) -> Option<ExchangeProblem> {
    match chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(_) if value.len() == 10 => None,
        _ => Some(ExchangeProblem::NotADate { value: value.to_string() }),
    }
}

/// The first `max` characters of `s` (for a title made up from longer names).
pub fn at_most(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Empty (unknown) or two capital letters, as ISO 3166 alpha-2 codes are written.
pub fn is_country_code(c: &str) -> bool {
    c.is_empty() || (c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()))
}

/// A country as stored: trimmed, upper case, an ISO 3166 alpha-2 code or empty.
pub fn clean_country(s: &str) -> Result<String> {
    let c = s.trim().to_ascii_uppercase();
    if is_country_code(&c) {
        Ok(c)
    } else {
        Err(CoreError::refused(
            "invalid_input",
            "err-country",
            vec![("value", at_most(s, 40))],
            Some("country".into()),
            format!("country `{s}` is not an ISO 3166 alpha-2 code: use two letters, e.g. TN, JO, LB"),
        ))
    }
}

/// Tags as stored: each a [`line_text`], no empty ones, sorted, each once.
pub fn clean_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = tags.iter().map(|t| line_text(t)).filter(|t| !t.is_empty()).collect();
    out.sort();
    out.dedup();
    out
}

/// `code` when it is one of `known`, else empty: a pack never carries free text.
pub fn known_code<'a>(code: &'a str, known: &[&str]) -> &'a str {
    if known.contains(&code) {
        code
    } else {
        ""
    }
}

/// Whether `level` is a level of a framework with `levels` levels (1..=levels).
pub fn level_in_range(level: u8, levels: u8) -> bool {
    (1..=levels).contains(&level)
}

/// A final assessment is changed only by reopening it (or re-assessed in a duplicate).
pub const FINAL_IS_FIXED: &str = "this assessment is final and can no longer change";

/// The refusal of an edit to a final assessment.
pub fn final_cannot_be_edited() -> CoreError {
    CoreError::refused("conflict", "err-final", vec![], None, format!("{FINAL_IS_FIXED}: duplicate it to re-assess"))
}

/// The refusal of an import that would change the final assessment `title`.
pub fn final_cannot_be_imported_into(file: &str, title: &str, id: &uuid::Uuid) -> CoreError {
    // The English of the command line; the UI words an empty (untitled) title itself.
    let named = if title.trim().is_empty() { "the untitled assessment".to_string() } else { format!("`{title}`") };
    CoreError::FinalImport {
        file: file.to_string(),
        title: title.to_string(),
        id: *id,
        message: format!(
            "{named} is final here and the file would change it ({FINAL_IS_FIXED} by an import): reopen it first (Reopen in the app, or `mizan reopen {id}`), then import the file again; nothing was written"
        ),
    }
}

/// Whether a timestamp lies more than [`MAX_CLOCK_SKEW_HOURS`] after `now`: such a time
/// would win every later merge for ever.
pub fn is_in_the_future(t: chrono::DateTime<chrono::Utc>, now: chrono::DateTime<chrono::Utc>) -> bool {
    t > now + chrono::Duration::hours(MAX_CLOCK_SKEW_HOURS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_positive_and_at_most_the_maximum() {
        for ok in [f64::MIN_POSITIVE, 0.1, 1.0, MAX_WEIGHT] {
            assert!(weight_is_valid(ok), "{ok}");
        }
        for bad in [0.0, -1.0, MAX_WEIGHT + 0.001, 1e308, f64::INFINITY, f64::NAN] {
            assert!(!weight_is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn names_lose_control_characters_and_stay_within_the_limit() {
        assert_eq!(clean_name(" Ministry\u{1b}[2J of Health ", Field::Title).unwrap(), "Ministry[2J of Health");
        assert!(clean_name(" \u{7} ", Field::AgencyName).unwrap_err().to_string().contains("the agency name is empty"));
        assert!(clean_name(&"a".repeat(MAX_NAME), Field::Title).is_ok());
        assert!(clean_name(&"a".repeat(MAX_NAME + 1), Field::Title).is_err());
        assert_eq!(clean_country(" tn ").unwrap(), "TN");
        assert!(clean_country("Tunisia").is_err());
    }

    /// A name with an override showed reversed on screen (`Ministry of Finance` for
    /// `Ministry of ecnaniF`) while the report, which drops it, printed it as it is.
    #[test]
    fn stored_text_holds_no_control_or_reordering_characters() {
        let spoofed = "Ministry of \u{202E}ecnaniF\u{202C} ";
        assert_eq!(clean_name(spoofed, Field::AgencyName).unwrap(), "Ministry of ecnaniF");
        assert_eq!(line_text("\u{2067}وزارة\u{2069} \u{200F}(MoH)\t"), "وزارة \u{200F}(MoH)", "isolates go, the RLM mark stays");
        assert_eq!(line_text("Ministry of\tHealth\r\nTunis"), "Ministry of Health  Tunis", "a tab or line break is a space");
        assert_eq!(clean_name("Min\0istry", Field::AgencyName).unwrap(), "Ministry");
        assert!(clean_name("\u{202E}\u{202C}", Field::Title).is_err(), "nothing left is an empty name");
        assert_eq!(clean_tags(&["\u{202D}pilot\u{202C}".into(), "pilot".into(), "\u{7}".into()]), ["pilot"]);
        assert_eq!(block_text("line 1\n\tline\u{202E} 2\u{1b}[2J\r"), "line 1\n\tline 2[2J");
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            assert!(is_reordering_control(c), "{c:?}");
        }
        for c in ['\u{200E}', '\u{200F}', '\u{061C}', '\u{200C}', '\u{200D}', 'a', 'ع'] {
            assert!(!is_reordering_control(c), "{c:?}");
        }
        assert_eq!(text_problem(" \u{202E} ", MAX_NAME, true), Some(ExchangeProblem::TextEmpty));
    }

    #[test]
    fn arabic_indic_and_persian_digits_are_read_as_western_ones() {
        assert_eq!(western_digits("٢٠٢٦-٠٣-١٤"), "2026-03-14");
        assert_eq!(western_digits("۲۰۲۶-۰۳-۱۴"), "2026-03-14");
        assert_eq!(western_digits("2026-03-14 ok"), "2026-03-14 ok");
    }

    #[test]
    fn a_pack_keeps_only_known_codes() {
        assert_eq!(known_code("health", SECTORS), "health");
        assert_eq!(known_code("Amal, +216 55 123 456", SECTORS), "");
        assert_eq!(known_code("very_large", SIZES), "very_large");
    }
}
