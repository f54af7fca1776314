//! Errors as data: every catalog key the engine can give exists in the English catalog
//! (ui/locales/en/errors.ftl, which the UI renders), and representative refusals carry
//! the key, arguments and place the UI needs.

use mizan_core::model::*;
use mizan_core::rules::{self, Field, MAX_NAME};
use mizan_core::{test_support, Catalog, CoreError, Lang, Store};
use std::path::Path;

const FW: &str = "service-integration";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(3).unwrap()
}

fn catalog(lang: &str) -> String {
    std::fs::read_to_string(repo().join(format!("ui/locales/{lang}/errors.ftl"))).unwrap()
}

/// The message ids of a catalog (lines `id = …`).
fn ids(ftl: &str) -> Vec<String> {
    ftl.lines().filter_map(|l| l.split_once(" =").map(|(id, _)| id)).filter(|id| id.starts_with("err-")).map(str::to_string).collect()
}

/// The body of message `id`: its line and the indented ones after it.
fn body(ftl: &str, id: &str) -> String {
    let mut lines = ftl.lines().skip_while(|l| !l.starts_with(&format!("{id} =")));
    let first = lines.next().unwrap_or_else(|| panic!("{id} is not in the catalog"));
    std::iter::once(first).chain(lines.take_while(|l| l.starts_with(' ') || l.starts_with('}'))).collect::<Vec<_>>().join("\n")
}

/// Every `"err-…"` literal in the Rust sources of `dir`.
fn keys_in(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            keys_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, _) in text.match_indices("\"err-") {
                let rest = &text[i + 1..];
                let key: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
                if key.len() > 4 && rest[key.len()..].starts_with('"') {
                    out.push(key);
                }
            }
        }
    }
}

#[test]
fn every_key_the_engine_gives_is_in_the_english_catalog() {
    let en = catalog("en");
    let known = ids(&en);
    let mut used = Vec::new();
    for krate in ["core", "api"] {
        keys_in(&repo().join(format!("src-tauri/crates/{krate}/src")), &mut used);
    }
    used.sort();
    used.dedup();
    assert!(used.len() >= 30, "{used:?}");
    let missing: Vec<_> = used.iter().filter(|k| !known.contains(k)).collect();
    assert!(missing.is_empty(), "not in ui/locales/en/errors.ftl: {missing:?}");
    for lang in ["fr", "ar"] {
        assert_eq!(ids(&catalog(lang)), known, "{lang} has the same keys in the same order");
    }
    // Each field and each thing not found has its own sentence, not the catch-all one.
    for f in Field::ALL {
        let variant = format!("[{}]", f.id());
        assert!(
            body(&en, "err-name-too-long").contains(&variant) || body(&en, "err-text-too-long").contains(&variant),
            "{variant}"
        );
    }
    for what in ["assessment", "deleted-assessment", "respondent", "removed-respondent", "agency", "change", "framework", "database"] {
        assert!(body(&en, "err-not-found").contains(&format!("[{what}]")), "{what}");
    }
}

/// The other way round (the UI's i18n lint leaves errors.ftl to this file): no message of
/// errors.ftl is dead, each is named by the engine or by the UI.
#[test]
fn every_message_of_the_error_catalog_is_given_by_the_engine_or_the_ui() {
    let mut sources = String::new();
    fn read(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "ts" || e == "svelte") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    for dir in ["src-tauri/crates/core/src", "src-tauri/crates/api/src", "src-tauri/crates/report/src", "src-tauri/src", "ui/src"] {
        read(&repo().join(dir), &mut sources);
    }
    let named = |k: &str| ['"', '\'', '`'].iter().any(|q| sources.contains(&format!("{q}{k}{q}")));
    let dead: Vec<_> = ids(&catalog("en")).into_iter().filter(|k| !named(k)).collect();
    assert!(dead.is_empty(), "in ui/locales/en/errors.ftl but named nowhere: {dead:?}");
}

fn args(e: &CoreError) -> Vec<(&'static str, String)> {
    e.key_args().1
}

#[test]
fn form_refusals_carry_their_key_arguments_and_place() {
    let mut store = Store::open_in_memory(Catalog::builtin()).unwrap();
    let new = |name: &str| test_support::new_assessment(name, "TN", FW, Mode::SelfAssessment);

    let empty = store.create(new("  ")).unwrap_err();
    assert_eq!((empty.code(), empty.key_args().0), ("invalid_input", "err-name-empty"));
    assert_eq!(args(&empty), vec![("field", "agency-name".to_string())]);
    assert_eq!(empty.place().as_deref(), Some("agency-name"));
    assert!(empty.to_string().contains("the agency name is empty"), "the CLI's English stays: {empty}");

    let long = store.create(new(&"م".repeat(MAX_NAME + 1))).unwrap_err();
    assert_eq!(long.key_args(), ("err-name-too-long", vec![("field", "agency-name".into()), ("max", MAX_NAME.to_string())]));

    let titled = NewAssessment { title: "x".repeat(MAX_NAME + 1), ..new("Ministry of Health") };
    assert_eq!(args(&store.create(titled).unwrap_err())[0], ("field", "title".into()));

    let bad_country = store.create(NewAssessment { agency: NewAgency { country: "Tunisia".into(), ..new("M").agency }, ..new("M") }).unwrap_err();
    assert_eq!(bad_country.key_args(), ("err-country", vec![("value", "Tunisia".into())]));

    let doc = store.create(new("Ministry of Health")).unwrap();
    let (id, me) = (doc.assessment.id, doc.respondents[0].id);
    let q = store.catalog().get(FW, None).unwrap().questions[0].id.clone();
    let out = store.save_answer(test_support::answer_input(&doc, me, &q, Some(9)), Lang::En).unwrap_err();
    assert_eq!(out.key_args(), ("err-level-out-of-range", vec![("level", "9".into()), ("max", "5".into())]));
    assert_eq!(out.place(), Some(q.clone()), "the question is the place");

    let one = store.add_respondent(id, RespondentInput { name: "Salma".into(), ..Default::default() }).unwrap_err();
    assert_eq!(one.key_args().0, "err-self-one-respondent");

    store.finalize(id, Lang::En).unwrap();
    let fixed = store.save_answer(test_support::answer_input(&doc, me, &q, Some(2)), Lang::En).unwrap_err();
    assert_eq!((fixed.code(), fixed.key_args().0), ("conflict", "err-final"));

    let gone = store.load(uuid::Uuid::nil()).unwrap_err();
    assert_eq!(gone.key_args(), ("err-not-found", vec![("what", "assessment".into()), ("id", uuid::Uuid::nil().to_string())]));

    let interview = store.create(test_support::new_assessment("Ministry of Finance", "JO", FW, Mode::Interview)).unwrap();
    let nameless = store.add_respondent(interview.assessment.id, RespondentInput { name: " ".into(), ..Default::default() }).unwrap_err();
    assert_eq!((nameless.key_args().0, nameless.place().as_deref()), ("err-name-empty", Some("respondent-name")));
}

#[test]
fn file_refusals_name_the_file_and_the_place_in_it() {
    let catalog = Catalog::builtin();
    let refused = mizan_core::exchange::parse("ministry.json", b"[1, 2]", &catalog).unwrap_err();
    assert_eq!(refused.key_args(), ("err-exchange-not-an-object", vec![("file", "ministry.json".into()), ("path", "$".into())]));
    assert_eq!(refused.place().as_deref(), Some("ministry.json: $"));

    let fw = catalog.get(FW, None).unwrap();
    let mut doc = test_support::doc(fw, test_support::agency("Ministry", "TN"));
    doc.assessment.agency.country = "Tunisia".into();
    let bytes = mizan_core::exchange::to_bytes(&doc);
    let field = mizan_core::exchange::parse("ministry.json", &bytes, &catalog).unwrap_err();
    assert_eq!(
        field.key_args(),
        (
            "err-exchange-country",
            vec![("file", "ministry.json".into()), ("path", "assessment.agency.country".into()), ("value", "Tunisia".into())]
        )
    );
    assert_eq!(field.place().as_deref(), Some("ministry.json: assessment.agency.country"));

    let final_import = rules::final_cannot_be_imported_into("ministry.json", "MoH 2026", &uuid::Uuid::nil());
    assert_eq!(final_import.key_args(), ("err-final-import", vec![("file", "ministry.json".into()), ("title", "MoH 2026".into())]));
}

/// A hostile exchange file's refusal: its key, its arguments after `file` and `path`, its
/// place, and the CLI's English (`file: path: detail`).
fn refusal(bytes: &[u8]) -> (&'static str, Vec<(&'static str, String)>, String, String) {
    let e = mizan_core::exchange::parse("evil.mizan.json", bytes, &Catalog::builtin()).unwrap_err();
    assert_eq!(e.code(), "invalid_exchange", "{e}");
    let (key, args) = e.key_args();
    assert_eq!(args[0], ("file", "evil.mizan.json".to_string()), "{e}");
    assert_eq!(args[1].0, "path", "{e}");
    (key, args[2..].to_vec(), e.place().unwrap(), e.to_string())
}

#[test]
fn hostile_exchange_files_are_refused_by_key_with_their_arguments() {
    let catalog = Catalog::builtin();
    let fw = catalog.get(FW, None).unwrap();
    let good = || serde_json::to_value(test_support::answered_doc(fw, test_support::agency("Ministry", "TN"), |_| Some(3))).unwrap();
    let bytes = |v: &serde_json::Value| serde_json::to_vec_pretty(v).unwrap();
    let q = fw.questions[0].id.clone();

    // An answer at level 42, on a framework of five levels.
    let mut v = good();
    v["answers"] = serde_json::json!([{
        "respondent": v["respondents"][0]["id"], "question": q, "level": 42, "updated_at": "2026-01-01T00:00:00Z"
    }]);
    let (key, args, place, english) = refusal(&bytes(&v));
    assert_eq!((key, args), ("err-exchange-level-out-of-range", vec![("level", "42".into()), ("max", "5".into())]));
    assert_eq!(place, "evil.mizan.json: answers[0].level");
    assert_eq!(english, "evil.mizan.json: answers[0].level: level 42 is out of range: this framework has levels 1 to 5");

    // A field serde does not know: its name, line and column.
    let mut v = good();
    v["assessment"]["colour"] = "red".into();
    let (key, args, place, english) = refusal(&bytes(&v));
    assert_eq!(key, "err-json-unknown-field");
    assert_eq!(args[0], ("name", "colour".into()));
    assert_eq!((args[1].0, args[2].0), ("line", "column"));
    assert_eq!(place, "evil.mizan.json: assessment.colour");
    assert!(english.contains("unknown field `colour`") && english.contains(" at line "), "{english}");

    // Broken JSON: one key with the line and the column.
    let (key, args, place, english) = refusal(b"{\n  \"format\": \"mizan.assessment\",\n  oops\n}");
    assert_eq!((key, args), ("err-json-syntax", vec![("line", "3".into()), ("column", "3".into())]));
    assert_eq!(place, "evil.mizan.json: $");
    assert_eq!(english, "evil.mizan.json: $: key must be a string at line 3 column 3");

    // A timestamp that is not one, and a respondent id that is not a UUID.
    let mut v = good();
    v["assessment"]["created_at"] = "yesterday".into();
    assert_eq!(refusal(&bytes(&v)).0, "err-exchange-not-a-timestamp");
    assert_eq!(refusal(&bytes(&v)).1, vec![("value", "yesterday".into())]);
    let mut v = good();
    v["respondents"][0]["id"] = "not-a-uuid".into();
    let (key, _, place, _) = refusal(&bytes(&v));
    assert_eq!((key, place.as_str()), ("err-json-bad-uuid", "evil.mizan.json: respondents[0].id"));

    // Another program's file, and a framework that is not installed.
    let mut v = good();
    v["format"] = "acme.survey".into();
    let (key, args, ..) = refusal(&bytes(&v));
    assert_eq!(
        (key, args),
        ("err-file-wrong-format", vec![("kind", "exchange".into()), ("found", "acme.survey".into()), ("expected", "mizan.assessment".into())])
    );
    let mut v = good();
    v["framework"]["version"] = "9.0.0".into();
    let (key, args, place, _) = refusal(&bytes(&v));
    assert_eq!((key, place.as_str()), ("err-exchange-framework-missing", "evil.mizan.json: framework"));
    assert_eq!(args, vec![("framework", FW.into()), ("version", "9.0.0".into())]);
}

#[cfg(unix)]
#[test]
fn storage_and_file_failures_say_what_to_do_by_key() {
    let full = CoreError::io("/media/usb/backup.db", std::io::Error::from_raw_os_error(28));
    assert_eq!(full.key_args(), ("err-io-disk-full", vec![("path", "/media/usb/backup.db".into())]));
    let read_only = CoreError::io("/cdrom/x.db", std::io::Error::from_raw_os_error(30));
    assert_eq!(read_only.key_args().0, "err-io-read-only");
    let busy = CoreError::Storage {
        path: "mizan.db".into(),
        source: rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(5), None),
    };
    assert_eq!((busy.key_args().0, busy.place().as_deref()), ("err-storage-busy", Some("mizan.db")));
    let rare = CoreError::InvalidInput("something internal".into());
    assert_eq!(rare.key_args(), ("err-generic", vec![("code", "invalid_input".into()), ("message", "something internal".into())]));
}
