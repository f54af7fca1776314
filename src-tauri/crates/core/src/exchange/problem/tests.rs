//! Every problem has its message in the three catalogs, using only the arguments it is given.

use super::*;
use std::collections::BTreeSet;
use std::path::Path;

/// One of each problem: [`index`] makes a new variant fail here until it has an example.
fn examples() -> Vec<ExchangeProblem> {
    use ExchangeProblem as P;
    let json = |what| P::Json { what, name: "title".into(), line: 3, column: 14, text: "x".into() };
    let s = |x: &str| x.to_string();
    vec![
        P::NotRegular { kind: FileKind::Exchange },
        P::TooLarge { kind: FileKind::Pack, mib: 20 },
        P::NotUtf8 { kind: FileKind::Exchange, byte: 12 },
        P::Empty,
        P::NotAnObject,
        json(JsonProblem::Syntax),
        json(JsonProblem::Eof),
        json(JsonProblem::TooDeep),
        json(JsonProblem::MissingField),
        json(JsonProblem::UnknownField),
        json(JsonProblem::DuplicateField),
        json(JsonProblem::UnknownVariant),
        json(JsonProblem::WrongType),
        json(JsonProblem::WrongValue),
        json(JsonProblem::BadUuid),
        json(JsonProblem::Other),
        P::TrailingData { line: 9, column: 2, text: s("trailing characters at line 9 column 2") },
        P::RecordNotAnObject { array: true },
        P::WrongFormat { kind: FileKind::Exchange, found: s("x"), expected: "mizan.assessment" },
        P::FormatVersion { found: 9, supported: 1 },
        P::FrameworkNotInstalled { framework: s("fw"), version: s("2.0.0") },
        P::TextEmpty,
        P::TextTooLong { max: 300 },
        P::TextNul,
        P::Country { value: s("Tunisia") },
        P::NotADimension { dimension: s("d9"), framework: s("fw"), version: Some(s("1.0.0")) },
        P::TargetOutOfRange { target: 9, max: 5 },
        P::TimeOutsideYears { value: s("9999-12-31T23:00:00-05:00"), utc: s("+10000-01-01T04:00:00Z") },
        P::TimeInFuture { value: s("2999-01-01T00:00:00Z"), hours: 24, now: s("2026-03-01T09:30:00Z") },
        P::NotATimestamp { value: s("yesterday") },
        P::RespondentTwice { id: s("r1") },
        P::NotADate { value: s("14/03/2026") },
        P::UnknownRespondent { id: s("r9") },
        P::NotAQuestion { question: s("q9"), framework: s("fw"), version: s("1.0.0") },
        P::AnsweredTwice { respondent: s("r1"), question: s("q1") },
        P::LevelOutOfRange { level: 9, max: 5 },
        P::LevelAndNotApplicable,
        P::ConsensusTwice { question: s("q1") },
        P::RespondentElsewhere { id: s("r1") },
        P::FrameworkMismatch { stored: s("a"), stored_version: s("1.0.0"), framework: s("b"), version: s("2.0.0") },
        P::AgencyMismatch { id: s("g1"), name: s("MoH"), country: s("TN"), file_name: s("MoF"), file_country: s("JO") },
        P::PackFrameworkNotInstalled { framework: s("fw"), version: s("2.0.0") },
        P::PackVersionOld { found: 1 },
        P::PackVersionNew { found: 3 },
        P::PackAgencyTwice,
        P::PackTooFew { count: 2, min: 3 },
        P::PackVersionMismatch { version: s("2.0.0"), framework: s("fw"), framework_version: s("1.0.0") },
        P::ScoreOutOfRange { max: 5 },
        P::PackCountry { value: s("Tunisia") },
        P::UnknownCode { field: "sector", value: s("Amal"), known: s("health, education") },
        P::PackDateInFuture { date: s("2999-01-01") },
        P::PackNotADay { value: s("yesterday") },
    ]
}

/// The variant's number; the match has no `_`, so a new variant must be added here.
fn index(p: &ExchangeProblem) -> usize {
    use ExchangeProblem as P;
    match p {
        P::NotRegular { .. } => 0,
        P::TooLarge { .. } => 1,
        P::NotUtf8 { .. } => 2,
        P::Empty => 3,
        P::NotAnObject => 4,
        P::Json { what, .. } => match what {
            JsonProblem::Syntax => 5,
            JsonProblem::Eof => 6,
            JsonProblem::TooDeep => 7,
            JsonProblem::MissingField => 8,
            JsonProblem::UnknownField => 9,
            JsonProblem::DuplicateField => 10,
            JsonProblem::UnknownVariant => 11,
            JsonProblem::WrongType => 12,
            JsonProblem::WrongValue => 13,
            JsonProblem::BadUuid => 14,
            JsonProblem::Other => 15,
        },
        P::TrailingData { .. } => 16,
        P::RecordNotAnObject { .. } => 17,
        P::WrongFormat { .. } => 18,
        P::FormatVersion { .. } => 19,
        P::FrameworkNotInstalled { .. } => 20,
        P::TextEmpty => 21,
        P::TextTooLong { .. } => 22,
        P::TextNul => 23,
        P::Country { .. } => 24,
        P::NotADimension { .. } => 25,
        P::TargetOutOfRange { .. } => 26,
        P::TimeOutsideYears { .. } => 27,
        P::TimeInFuture { .. } => 28,
        P::NotATimestamp { .. } => 29,
        P::RespondentTwice { .. } => 30,
        P::NotADate { .. } => 31,
        P::UnknownRespondent { .. } => 32,
        P::NotAQuestion { .. } => 33,
        P::AnsweredTwice { .. } => 34,
        P::LevelOutOfRange { .. } => 35,
        P::LevelAndNotApplicable => 36,
        P::ConsensusTwice { .. } => 37,
        P::RespondentElsewhere { .. } => 38,
        P::FrameworkMismatch { .. } => 39,
        P::AgencyMismatch { .. } => 40,
        P::PackFrameworkNotInstalled { .. } => 41,
        P::PackVersionOld { .. } => 42,
        P::PackVersionNew { .. } => 43,
        P::PackAgencyTwice => 44,
        P::PackTooFew { .. } => 45,
        P::PackVersionMismatch { .. } => 46,
        P::ScoreOutOfRange { .. } => 47,
        P::PackCountry { .. } => 48,
        P::UnknownCode { .. } => 49,
        P::PackDateInFuture { .. } => 50,
        P::PackNotADay { .. } => 51,
    }
}
const VARIANTS: usize = 52;

fn catalog(lang: &str) -> String {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(3).unwrap();
    std::fs::read_to_string(repo.join(format!("ui/locales/{lang}/errors.ftl"))).unwrap()
}

/// The body of message `id` (its line and the indented ones after it), if it is there.
fn body(ftl: &str, id: &str) -> Option<String> {
    let mut lines = ftl.lines().skip_while(|l| !l.starts_with(&format!("{id} =")));
    let first = lines.next()?;
    Some(std::iter::once(first).chain(lines.take_while(|l| l.starts_with(' ') || l.starts_with('}'))).collect::<Vec<_>>().join("\n"))
}

/// The variables (`$name`) a message uses.
fn variables(body: &str) -> BTreeSet<String> {
    body.match_indices('$')
        .map(|(i, _)| body[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect())
        .collect()
}

#[test]
fn every_problem_has_an_example() {
    let seen: BTreeSet<usize> = examples().iter().map(index).collect();
    assert_eq!(seen, (0..VARIANTS).collect(), "give each variant an example");
}

#[test]
fn every_problem_is_in_the_three_catalogs_with_the_arguments_it_is_given() {
    for lang in ["en", "fr", "ar"] {
        let ftl = catalog(lang);
        for p in examples() {
            let key = p.key();
            let body = body(&ftl, key).unwrap_or_else(|| panic!("{key} is not in ui/locales/{lang}/errors.ftl"));
            // The error adds the file and the JSON path to the problem's own arguments.
            let given: BTreeSet<String> = ["file", "path"].into_iter().map(str::to_string).chain(p.args().into_iter().map(|(k, _)| k.to_string())).collect();
            let used = variables(&body);
            let unknown: Vec<_> = used.difference(&given).collect();
            assert!(unknown.is_empty(), "{lang} {key} uses {unknown:?}, not given by {p:?}");
        }
    }
    // Keys are unique: two problems never share one.
    let keys: Vec<_> = examples().iter().map(|p| p.key()).collect();
    let unique: BTreeSet<_> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "{keys:?}");
}

#[test]
fn serde_refusals_are_told_apart_with_their_line_and_column() {
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        id: uuid::Uuid,
        level: u8,
        mode: crate::model::Mode,
    }
    let p = |text: &str| ExchangeProblem::json(&serde_json::from_str::<Doc>(text).unwrap_err());
    let kind = |text: &str| match p(text) {
        ExchangeProblem::Json { what, name, .. } => (what, name),
        other => panic!("{other:?}"),
    };
    assert_eq!(kind("{\"id\": 1"), (JsonProblem::WrongType, String::new()));
    assert_eq!(kind("{\"level\": 1, \"mode\": \"self\"}"), (JsonProblem::MissingField, "id".into()));
    assert_eq!(kind("{\"x\": 1}"), (JsonProblem::UnknownField, "x".into()));
    assert_eq!(kind("{\"id\": \"zz\"}"), (JsonProblem::BadUuid, String::new()));
    assert_eq!(kind("{\"level\": 300}"), (JsonProblem::WrongValue, String::new()));
    assert_eq!(kind("{\"mode\": \"solo\"}"), (JsonProblem::UnknownVariant, "solo".into()));
    assert_eq!(kind("{\"level\": 1, \"level\": 2}"), (JsonProblem::DuplicateField, "level".into()));
    assert_eq!(kind("{\"level\": 1"), (JsonProblem::Eof, String::new()));
    assert_eq!(kind("{\"level\": 1 x"), (JsonProblem::Syntax, String::new()));
    let deep = ExchangeProblem::json(&serde_json::from_str::<serde_json::Value>(&"[".repeat(200)).unwrap_err());
    assert!(matches!(deep, ExchangeProblem::Json { what: JsonProblem::TooDeep, .. }), "{deep:?}");
    let syntax = p("{\n  \"level\": 1 x");
    assert_eq!((syntax.key(), syntax.args()), ("err-json-syntax", vec![("line", "2".into()), ("column", "14".into())]));
    assert_eq!(syntax.to_string(), "expected `,` or `}` at line 2 column 14", "the CLI keeps serde's English");
}
