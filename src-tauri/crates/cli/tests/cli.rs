//! The `mizan` binary as a user runs it: exit codes, messages, and JSON field names.

use mizan_core::model::*;
use mizan_core::{exchange, test_support, Catalog};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;
use uuid::Uuid;

const BIN: &str = env!("CARGO_BIN_EXE_mizan");

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..").canonicalize().unwrap()
}

/// A scratch folder with its own database.
struct Env {
    dir: TempDir,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().expect("exited normally"),
            stdout: String::from_utf8(o.stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(o.stderr).expect("UTF-8 stderr"),
        }
    }
}

impl Env {
    fn new() -> Env {
        Env { dir: TempDir::new().unwrap() }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("mizan.db")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        Command::new(BIN)
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env_remove("MIZAN_DB")
            .current_dir(repo())
            .output()
            .unwrap()
            .into()
    }

    /// Runs `args`, which must fail (exit code 1) saying `needle` on stderr.
    fn fails<S: AsRef<std::ffi::OsStr>>(&self, args: &[S], needle: &str) {
        let r = self.run(args);
        assert_eq!(r.code, 1, "{}", r.stdout);
        assert!(r.stderr.contains(needle), "{}", r.stderr);
    }

    /// Runs `args`, which must be a usage error (exit code 2) saying `needle` on stderr.
    fn misused<S: AsRef<std::ffi::OsStr>>(&self, args: &[S], needle: &str) {
        let r = self.run(args);
        assert_eq!(r.code, 2, "a usage error: {}", r.stderr);
        assert!(r.stderr.contains(needle), "{}", r.stderr);
    }

    /// Runs and expects exit 0.
    fn ok<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        let r = self.run(args);
        let shown: Vec<String> = args.iter().map(|a| a.as_ref().to_string_lossy().into_owned()).collect();
        assert_eq!(r.code, 0, "mizan {}\nstdout:\n{}\nstderr:\n{}", shown.join(" "), r.stdout, r.stderr);
        r
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/fixtures"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.to_string_lossy().ends_with(".mizan.json"));
    v.sort();
    v
}

/// An interview built for exact checks: on the first dimension, one question where three
/// respondents disagree (1, 3, 4), one answered by one person, one with a consensus, one
/// not applicable; a target on a dimension nobody answered; nothing else answered.
/// Writes [`crafted_doc`] to `name` in `env`'s folder and imports it: the document and
/// the assessment's id.
fn import_crafted(env: &Env, name: &str) -> (AssessmentDoc, String) {
    let doc = crafted_doc();
    let file = env.write(name, &exchange::to_bytes(&doc));
    env.ok(&[Path::new("import"), file.as_path()]);
    let id = doc.assessment.id.to_string();
    (doc, id)
}

fn crafted_doc() -> AssessmentDoc {
    let cat = Catalog::builtin();
    let fw = cat.get("innovation-readiness", None).unwrap();
    let d0 = &fw.dimensions[0].id;
    let qs: Vec<&str> = fw.questions_of(d0).map(|q| q.id.as_str()).collect();
    assert!(qs.len() >= 4);
    let t = test_support::T0;
    let r: Vec<Respondent> = (0..3u128).map(|i| test_support::respondent(Uuid::from_u128(0xc11_0000_0000_4000_8000_0000_0000_0000 + i), &format!("Official {i}"))).collect();
    let ans = |ri: usize, q: &str, level: Option<u8>| test_support::answer(r[ri].id, q, level, t);
    let na = |ri: usize, q: &str| test_support::not_applicable(r[ri].id, q, t);
    let mut doc = test_support::doc(fw, test_support::agency("Fictional Ports Authority", "TN"));
    doc.assessment.id = Uuid::from_u128(0xc11_0000_0000_4000_8000_0000_0000_00ff);
    doc.assessment.title = "Crafted interview".into();
    doc.assessment.mode = Mode::Interview;
    doc.assessment.targets = BTreeMap::from([(fw.dimensions[1].id.clone(), 4)]);
    doc.answers = vec![
        ans(0, qs[0], Some(1)),
        ans(1, qs[0], Some(3)),
        ans(2, qs[0], Some(4)),
        ans(0, qs[1], Some(2)),
        ans(0, qs[2], Some(2)),
        ans(1, qs[2], Some(2)),
        na(0, qs[3]),
        na(1, qs[3]),
    ];
    doc.respondents = r.clone();
    doc.consensus = vec![Consensus { question: qs[2].into(), level: 4, rationale: String::new(), updated_at: t.into() }];
    doc
}

// ---- frameworks ----------------------------------------------------------------------------

#[test]
fn validate_accepts_the_built_in_frameworks() {
    let env = Env::new();
    let files: Vec<PathBuf> = std::fs::read_dir(repo().join("assessments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert!(files.len() >= 2);
    let mut args = vec![PathBuf::from("validate")];
    args.extend(files.iter().cloned());
    let r = env.ok(&args);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert_eq!(r.stdout.lines().filter(|l| l.contains(": ok (")).count(), files.len(), "{}", r.stdout);
    // as typed in a shell, relative to the repository
    env.ok(&["validate", "assessments/innovation-readiness.toml", "assessments/service-integration.toml"]);
}

/// Index of the first line at or after `from` that starts with `anchor`.
fn find_line(lines: &[String], from: usize, anchor: &str) -> usize {
    from + lines[from..].iter().position(|l| l.starts_with(anchor)).unwrap_or_else(|| panic!("no `{anchor}` after line {from}"))
}

#[test]
fn validate_reports_every_problem_of_a_broken_framework_with_its_line() {
    let env = Env::new();
    let src = std::fs::read_to_string(repo().join("assessments/service-integration.toml")).unwrap();
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    let q: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.trim() == "[[questions]]").map(|(i, _)| i).collect();
    assert!(q.len() >= 4);
    // 1. the second question takes the first one's id
    let first_id = find_line(&lines, q[0], "id = ");
    let dup = find_line(&lines, q[1], "id = ");
    lines[dup] = lines[first_id].clone();
    // 2. the third question gets a negative weight
    let weight = find_line(&lines, q[2], "weight = ");
    lines[weight] = "weight = -1.5".into();
    // 3. the fourth question is put in a dimension that does not exist
    let dim = find_line(&lines, q[3], "dimension = ");
    lines[dim] = "dimension = \"nowhere\"".into();
    let broken = env.write("broken.toml", (lines.join("\n") + "\n").as_bytes());

    let r = env.run(&[Path::new("validate"), broken.as_path()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let file = broken.display().to_string();
    let problems: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(problems.len(), 3, "one line per problem:\n{}", r.stderr);
    let col = |line: usize, what: &str| lines[line].find(what).unwrap() + 1;
    let expected = [
        (dup + 1, col(dup, "\""), "used twice"),
        (weight + 1, col(weight, "-1.5"), "weight -1.5"),
        (dim + 1, col(dim, "\""), "`nowhere`, which is not defined"),
    ];
    for (p, (line, column, says)) in problems.iter().zip(expected) {
        let prefix = format!("{file}:{line}:{column}: ");
        assert!(p.starts_with(&prefix), "`{p}` should start with `{prefix}`");
        assert!(p.contains(says), "`{p}` should say `{says}`");
    }

    // a syntax error: one message at the broken line; a good file beside it is still checked
    let mut syntax: Vec<String> = src.lines().map(String::from).collect();
    let title = find_line(&syntax, q[1], "text = ");
    syntax[title] = "text = \"an unterminated string".into();
    let bad = env.write("syntax.toml", (syntax.join("\n") + "\n").as_bytes());
    let good = repo().join("assessments/service-integration.toml");
    let r = env.run(&[Path::new("validate"), good.as_path(), bad.as_path()]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains(": ok ("), "{}", r.stdout);
    let problems: Vec<&str> = r.stderr.lines().filter(|l| l.starts_with(&bad.display().to_string())).collect();
    assert_eq!(problems.len(), 1, "{}", r.stderr);
    assert!(problems[0].starts_with(&format!("{}:{}:", bad.display(), title + 1)), "{}", problems[0]);

    // a file that does not exist
    env.fails(&["validate", "no/such/file.toml"], "no/such/file.toml");
}

/// Issue 13 item 4: a text without its Arabic is a warning at its place; validate still
/// succeeds. `--json` gives the same, per file.
#[test]
fn validate_warns_of_a_missing_translation_with_its_place_and_succeeds() {
    let env = Env::new();
    let src = std::fs::read_to_string(repo().join("assessments/service-integration.toml")).unwrap();
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    let at = lines.iter().position(|l| l.starts_with("text = {")).unwrap();
    let ar = lines[at].find(", ar = \"").unwrap();
    lines[at] = format!("{} }}", &lines[at][..ar]);
    let file = env.write("partial.toml", (lines.join("\n") + "\n").as_bytes());
    let r = env.run(&[Path::new("validate"), file.as_path()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let warnings: Vec<&str> = r.stderr.lines().collect();
    let start = (0..at).rev().find(|&i| lines[i].trim() == "[[questions]]").unwrap();
    let id = find_line(&lines, start, "id = ");
    let question = lines[id].trim_start_matches("id = ").trim_matches('"');
    assert_eq!(
        warnings,
        [format!("{}:{}:8: warning: the text of question `{question}` has no Arabic (ar) translation: it shows in English; add `ar = \"...\"`", file.display(), at + 1)],
        "exactly one warning"
    );
    assert!(r.stdout.contains(": ok (") && r.stdout.contains("1 warning)"), "{}", r.stdout);

    let j = env.ok(&[Path::new("validate"), file.as_path(), Path::new("--json")]).json();
    assert_eq!(j[0]["valid"], true);
    assert_eq!(j[0]["framework"]["id"], "service-integration");
    assert_eq!(j[0]["warnings"].as_array().unwrap().len(), 1);
    assert_eq!(j[0]["warnings"][0]["line"], at + 1);
    assert_eq!(j[0]["warnings"][0]["column"], 8);
    // an error still fails, in JSON too
    let broken = env.write("broken.toml", b"id = \"x\"\n");
    let r = env.run(&[Path::new("validate"), broken.as_path(), Path::new("--json")]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()[0]["valid"], false);
}

#[test]
fn frameworks_and_framework_print_json() {
    let env = Env::new();
    let list = env.ok(&["frameworks", "--json"]).json();
    let list = list.as_array().expect("an array");
    let by_id: BTreeMap<&str, &Value> = list.iter().map(|f| (f["id"].as_str().unwrap(), f)).collect();
    for (id, min_questions, min_dims) in [("innovation-readiness", 40, 8), ("service-integration", 24, 5)] {
        let f = by_id.get(id).unwrap_or_else(|| panic!("{id} is listed"));
        assert_eq!(f["builtin"], json!(true));
        assert_eq!(f["levels"], json!(5));
        assert!(f["questions"].as_u64().unwrap() >= min_questions, "{f}");
        assert!(f["dimensions"].as_u64().unwrap() >= min_dims, "{f}");
        assert!(f["version"].as_str().unwrap().split('.').count() == 3);
        assert!(!f["title"].as_str().unwrap().is_empty());
    }
    let text = env.ok(&["frameworks"]).stdout;
    assert!(text.contains("innovation-readiness") && text.contains("service-integration"));

    let fw = env.ok(&["framework", "innovation-readiness", "--json"]).json();
    assert_eq!(fw["id"], json!("innovation-readiness"));
    assert_eq!(fw["version"], json!("1.1.0"));
    assert_eq!(fw["levels"].as_array().unwrap().len(), 5);
    assert!(fw["dimensions"].as_array().unwrap().len() >= 8);
    let questions = fw["questions"].as_array().unwrap();
    assert!(questions.len() >= 40);
    for q in questions {
        assert_eq!(q["levels"].as_array().unwrap().len(), 5, "{}", q["id"]);
        assert_eq!(q["recommendations"].as_array().unwrap().len(), 5, "{}", q["id"]);
        assert!(q["text"]["en"].as_str().is_some_and(|t| !t.is_empty()));
    }
    let si = env.ok(&["framework", "service-integration", "--json"]).json();
    let names: Vec<&str> = si["levels"].as_array().unwrap().iter().map(|l| l["name"]["en"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ad hoc", "Opportunistic", "Essential", "Sustainable", "Seamless"]);

    let r = env.run(&["framework", "no-such-framework"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no-such-framework") && r.stderr.contains("innovation-readiness"), "names what exists: {}", r.stderr);
}

// ---- import, list, score, export -----------------------------------------------------------

fn assert_score_shape(s: &Value) {
    for k in ["assessment", "framework", "levels", "overall", "completeness", "dimensions", "questions", "recommendations"] {
        assert!(s.get(k).is_some(), "score --json has `{k}`");
    }
    assert!(s["framework"]["id"].is_string() && s["framework"]["version"].is_string());
    for k in ["score", "index", "stage", "stage_name"] {
        assert!(s["overall"].get(k).is_some(), "overall.{k}");
    }
    assert!(s["completeness"].is_number());
    for d in s["dimensions"].as_array().unwrap() {
        for k in ["id", "score", "index", "stage", "target", "answered", "questions"] {
            assert!(d.get(k).is_some(), "dimensions[].{k}: {d}");
        }
        // a dimension has a score, index and stage together, or none of them
        assert_eq!(d["score"].is_null(), d["index"].is_null(), "{d}");
        assert_eq!(d["score"].is_null(), d["stage"].is_null(), "{d}");
        if d["score"].is_null() {
            assert_ne!(d["score"], json!(0), "never 0 for no score");
        }
    }
    for q in s["questions"].as_array().unwrap() {
        for k in ["id", "dimension", "level", "spread", "disagreement", "consensus", "gap", "priority"] {
            assert!(q.get(k).is_some(), "questions[].{k}: {q}");
        }
        assert!(q["disagreement"].is_boolean() && q["consensus"].is_boolean());
        if q["level"].is_null() {
            assert!(q["gap"].is_null() && q["priority"].is_null(), "no level, no gap: {q}");
        }
    }
    for r in s["recommendations"].as_array().unwrap() {
        for k in ["question", "dimension", "gap", "priority", "text"] {
            assert!(r.get(k).is_some(), "recommendations[].{k}: {r}");
        }
        assert!(r["gap"].as_f64().unwrap() > 0.0);
        assert!(!r["text"].as_str().unwrap().is_empty());
    }
}

#[test]
fn score_json_follows_the_contract_with_nulls_where_nothing_exists() {
    let env = Env::new();
    let doc = crafted_doc();
    let file = env.write("crafted.mizan.json", &exchange::to_bytes(&doc));
    let from_file = env.ok(&[Path::new("score"), &file, Path::new("--json")]).json();
    assert_score_shape(&from_file);
    assert!(!env.db().exists() || env.ok(&["list", "--json"]).json() == json!([]), "score FILE does not store it");

    let s = &from_file;
    assert_eq!(s["assessment"], json!(doc.assessment.id.to_string()));
    assert_eq!(s["levels"], json!(5));
    let q = |i: usize| s["questions"][i].clone();
    // three respondents 1, 3, 4: median 3, spread 3, a disagreement
    assert_eq!((q(0)["level"].as_f64(), q(0)["spread"].clone(), q(0)["disagreement"].clone()), (Some(3.0), json!(3), json!(true)));
    assert_eq!(q(0)["consensus"], json!(false));
    // one respondent: no spread
    assert_eq!((q(1)["level"].as_f64(), q(1)["spread"].clone(), q(1)["disagreement"].clone()), (Some(2.0), Value::Null, json!(false)));
    // a consensus overrides the median, not the spread
    assert_eq!((q(2)["level"].as_f64(), q(2)["spread"].clone(), q(2)["consensus"].clone()), (Some(4.0), json!(0), json!(true)));
    // not applicable: answered, but no level, spread, gap or priority
    for k in ["level", "spread", "gap", "priority"] {
        assert_eq!(q(3)[k], Value::Null, "questions[3].{k}");
    }
    let d0 = &s["dimensions"][0];
    assert_eq!(d0["answered"], json!(4));
    assert!(d0["score"].as_f64().unwrap() > 1.0);
    // a dimension nobody answered: nulls, its explicit target kept
    let d1 = &s["dimensions"][1];
    for k in ["score", "index", "stage"] {
        assert_eq!(d1[k], Value::Null, "dimensions[1].{k}");
    }
    assert_eq!((d1["target"].clone(), d1["answered"].clone()), (json!(4), json!(0)));
    let d2 = &s["dimensions"][2];
    assert_eq!(d2["target"], Value::Null, "no score, no target set: no default target");
    let total = s["questions"].as_array().unwrap().len() as f64;
    assert!((s["completeness"].as_f64().unwrap() - 4.0 / total).abs() < 1e-6);
    assert_eq!(s["overall"]["score"], d0["score"], "only one dimension has a score");
    assert!(s["overall"]["stage_name"].is_string());
    assert!(!s["recommendations"].as_array().unwrap().is_empty());

    // stored, then scored by id (and by an id prefix): the same result
    let imported = env.ok(&[Path::new("import"), &file, Path::new("--json")]).json();
    assert_eq!(imported[0]["created"], json!(true));
    let id = doc.assessment.id.to_string();
    assert_eq!(env.ok(&["score", &id, "--json"]).json(), from_file);
    assert_eq!(env.ok(&["score", &id[..8], "--json"]).json(), from_file);
    let text = env.ok(&["score", &id[..8]]).stdout;
    assert!(text.contains("Disagreements") && text.contains(doc.answers[0].question.as_str()), "{text}");
    assert!(text.contains("incomplete"), "{text}");
}

#[test]
fn fixtures_import_list_and_score() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 3, "at least three sample exchange files in tests/fixtures: {fixtures:?}");
    let env = Env::new();
    assert_eq!(env.ok(&["list", "--json"]).json(), json!([]));
    assert!(env.ok(&["list"]).stdout.contains("No assessments yet"));
    let mut args = vec![PathBuf::from("import")];
    args.extend(fixtures.iter().cloned());
    let r = env.ok(&args);
    assert_eq!(r.stdout.matches("imported as a new assessment").count(), fixtures.len(), "{}", r.stdout);

    let list = env.ok(&["list", "--json"]).json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), fixtures.len());
    let mut disagreements = 0;
    for f in &fixtures {
        let doc: Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
        let id = doc["assessment"]["id"].as_str().unwrap();
        let item = list.iter().find(|a| a["id"] == json!(id)).unwrap_or_else(|| panic!("{} listed", f.display()));
        for k in ["id", "title", "agency", "framework", "mode", "status", "score", "index", "stage", "stage_name", "completeness", "answered", "questions", "updated_at"] {
            assert!(item.get(k).is_some(), "list --json has `{k}`");
        }
        let by_file = env.ok(&[Path::new("score"), f.as_path(), Path::new("--json")]).json();
        let by_id = env.ok(&["score", id, "--json"]).json();
        assert_score_shape(&by_file);
        assert_eq!(by_file, by_id, "{}: a file and its stored copy score the same", f.display());
        assert_eq!(item["index"], by_id["overall"]["index"], "the list shows the stored summary");
        assert_eq!(item["stage_name"], by_id["overall"]["stage_name"]);
        assert_eq!(item["completeness"], by_id["completeness"]);
        disagreements += by_id["questions"].as_array().unwrap().iter().filter(|q| q["disagreement"] == json!(true)).count();
    }
    assert!(disagreements > 0, "the interview sample shows disagreeing respondents");
    let table = env.ok(&["list"]).stdout;
    assert_eq!(table.lines().count(), fixtures.len() + 1, "{table}");
}

#[test]
fn a_hostile_import_changes_nothing() {
    let env = Env::new();
    let (doc, id) = import_crafted(&env, "good.mizan.json");
    let list_before = env.ok(&["list", "--json"]).stdout;
    let stored_before = env.ok(&["score", &id, "--json"]).stdout;

    // a newer copy with real changes, plus one unknown field deep inside
    let mut v: Value = serde_json::to_value(&doc).unwrap();
    v["assessment"]["updated_at"] = json!("2027-01-01T00:00:00Z");
    for a in v["answers"].as_array_mut().unwrap() {
        a["level"] = json!(5);
        a["not_applicable"] = json!(false);
        a["updated_at"] = json!("2027-01-01T00:00:00Z");
    }
    v["answers"][6]["colour"] = json!("red");
    let hostile = env.write("hostile.mizan.json", &serde_json::to_vec(&v).unwrap());
    let r = env.run(&[Path::new("import"), hostile.as_path()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stderr.contains("answers[6].colour") && r.stderr.contains("unknown field `colour`"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was imported"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert_eq!(env.ok(&["list", "--json"]).stdout, list_before);
    assert_eq!(env.ok(&["score", &id, "--json"]).stdout, stored_before);

    // not JSON at all, and a nesting bomb
    for (name, bytes) in [("binary.mizan.json", vec![0xFFu8, 0x00, 0x13]), ("bomb.mizan.json", "[".repeat(100_000).into_bytes())] {
        let f = env.write(name, &bytes);
        let r = env.run(&[Path::new("import"), f.as_path()]);
        assert_eq!(r.code, 1, "{name}");
        assert!(r.stderr.contains(name) && r.stderr.contains("$"), "{name}: {}", r.stderr);
        assert_eq!(env.ok(&["list", "--json"]).stdout, list_before, "{name}");
    }
    // a file that does not exist
    env.fails(&["import", "no-such-file.mizan.json"], "no-such-file.mizan.json");
    assert_eq!(env.ok(&["list", "--json"]).stdout, list_before);
}

#[test]
fn export_then_import_changes_nothing() {
    let env = Env::new();
    let (doc, id) = import_crafted(&env, "in.mizan.json");
    let out = env.path("out.mizan.json");
    let r = env.ok(&[Path::new("export"), Path::new(&id[..8]), Path::new("-o"), out.as_path()]);
    assert!(r.stderr.contains("exported"), "{}", r.stderr);
    let exported: AssessmentDoc = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!((exported.assessment.id, exported.answers.len(), exported.consensus.len()), (doc.assessment.id, 8, 1));
    let list_before = env.ok(&["list", "--json"]).stdout;
    let r = env.ok(&[Path::new("import"), out.as_path()]);
    assert!(r.stdout.contains("nothing changed"), "{}", r.stdout);
    let report = env.ok(&[Path::new("import"), out.as_path(), Path::new("--json")]).json();
    assert_eq!(report[0]["created"], json!(false));
    assert_eq!((report[0]["added"].clone(), report[0]["updated"].clone()), (json!(0), json!(0)));
    assert_eq!(env.ok(&["list", "--json"]).stdout, list_before);

    // exporting something that is not there
    let r = env.run(&[Path::new("export"), Path::new("deadbeef"), Path::new("-o"), env.path("x.json").as_path()]);
    assert_eq!(r.code, 1);
    assert!(!env.path("x.json").exists());
}

#[test]
fn usage_errors_exit_2_and_bad_input_exits_1() {
    let env = Env::new();
    for args in [vec![], vec!["frobnicate"], vec!["export", "abcd1234"], vec!["score"], vec!["import"], vec!["list", "--bogus"], vec!["report", "x", "-o", "y.pdf", "--paper", "a3"], vec!["benchmark", "x", "--peers", "region=north"]] {
        let r = env.run(&args);
        assert_eq!(r.code, 2, "mizan {}: {}", args.join(" "), r.stderr);
        assert!(!r.stderr.is_empty(), "mizan {}: says what is wrong", args.join(" "));
    }
    let r = env.run(&["--help"]);
    assert_eq!(r.code, 0);
    for cmd in ["frameworks", "validate", "import", "export", "list", "score"] {
        assert!(r.stdout.contains(cmd), "--help lists {cmd}");
    }

    env.fails(&["score", "missing.mizan.json"], "missing.mizan.json");
    let r = env.run(&["score", "0123abcd"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("0123abcd") && r.stderr.contains("not found"), "{}", r.stderr);
    env.fails(&["score", &Uuid::new_v4().to_string()], "not found");
    env.fails(&["score", "nope"], "neither an existing file nor an assessment id");
}

/// The restore drill as a user at a terminal runs it: back up, damage the live file, see a
/// clear refusal, restore, verify. Then the refusals: no confirmation, a broken backup,
/// a backup over the database itself.
#[test]
fn backup_damage_restore_drill_and_what_backup_and_restore_refuse() {
    let env = Env::new();
    env.ok(&["sample"]);
    let listed = |env: &Env| env.ok(&["list", "--json"]).json().as_array().map(|a| a.len()).unwrap();
    let before = listed(&env);
    assert!(before > 10, "{before}");
    let copy = env.path("drill-backup.db");
    let made = env.ok(&["backup".as_ref(), "-o".as_ref(), copy.as_os_str()]);
    assert!(made.stdout.contains(&format!("backed up {before} assessment(s)")), "{}", made.stdout);

    let refused = env.run(&["backup".as_ref(), "-o".as_ref(), env.db().as_os_str()]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("is Mizan's database"), "{}", refused.stderr);

    let mut bytes = std::fs::read(env.db()).unwrap();
    bytes[..4096].fill(0xAB);
    std::fs::write(env.db(), &bytes).unwrap();
    let damaged = env.run(&["list"]);
    assert_eq!(damaged.code, 1);
    assert!(damaged.stderr.contains("mizan restore FILE"), "says what to do: {}", damaged.stderr);

    // Without --yes and without a terminal, nothing is restored.
    let unconfirmed = env.run(&["restore".as_ref(), copy.as_os_str()]);
    assert_eq!(unconfirmed.code, 1);
    assert!(unconfirmed.stderr.contains("--yes"), "{}", unconfirmed.stderr);
    assert_eq!(std::fs::read(env.db()).unwrap(), bytes);

    for bad in [env.write("notes.db", b"minutes of the meeting"), env.path("missing.db")] {
        let r = env.run(&["restore".as_ref(), bad.as_os_str(), "--yes".as_ref()]);
        assert_eq!(r.code, 1, "{bad:?}");
        assert!(r.stderr.contains(bad.to_str().unwrap()), "names the file: {}", r.stderr);
        assert_eq!(std::fs::read(env.db()).unwrap(), bytes, "nothing replaced");
    }

    let restored = env.ok(&["restore".as_ref(), copy.as_os_str(), "--yes".as_ref()]);
    assert!(restored.stdout.contains(&format!("restored {before} assessment(s)")), "{}", restored.stdout);
    let kept = restored.stdout.lines().find_map(|l| l.strip_prefix("the database as it was is kept in ")).expect("says where");
    let kept = kept.trim_end_matches(" (restore it to undo)");
    assert_eq!(std::fs::read(kept).unwrap(), bytes, "the damaged file is kept byte for byte");
    assert_eq!(listed(&env), before, "every assessment is back");
}

#[test]
fn commands_that_only_read_never_create_a_database() {
    let env = Env::new();
    assert!(env.ok(&["list"]).stdout.contains("No assessments yet"));
    assert_eq!(env.ok(&["list", "--json"]).json(), json!([]));
    for args in [vec!["export", "abcd1234", "-o", "x.json"], vec!["backup", "-o", "copy.db"], vec!["score", "abcd1234"], vec!["report", "abcd1234", "-o", "r.pdf"]] {
        let r = env.run(&args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("database") && r.stderr.contains(env.db().to_str().unwrap()) && r.stderr.contains("--db"), "{args:?}: {}", r.stderr);
    }
    assert!(!env.db().exists(), "a mistyped --db leaves no empty database behind");
    assert!(!env.path("copy.db").exists() && !env.path("x.json").exists());
}

/// `mizan list | head`: the reader closes the pipe after a few lines. The command ends
/// quietly with success and closes the database as usual, so no `-wal` or `-shm` is left
/// beside it (being killed by SIGPIPE used to leave both).
#[cfg(unix)]
#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_command_quietly_and_cleanly() {
    use std::io::Read;
    use std::process::Stdio;
    let env = Env::new();
    env.ok(&["sample"]);
    for args in [vec!["list", "--json"], vec!["framework", "innovation-readiness", "--json"]] {
        // More than a pipe holds (64 KiB), so the command is still writing when the reader goes.
        assert!(env.ok(&args).stdout.len() > 1 << 16, "{args:?}");
        let mut child = Command::new(BIN)
            .arg("--db")
            .arg(env.db())
            .args(&args)
            .env_remove("MIZAN_DB")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
        drop(child.stdout.take());
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "{args:?}: {status:?} {stderr}");
        assert!(stderr.is_empty(), "{args:?}: nothing said about the pipe: {stderr}");
        for side in ["mizan.db-wal", "mizan.db-shm"] {
            assert!(!env.path(side).exists(), "{args:?}: {side} is left behind");
        }
    }
    // Any other failure to write is one: `mizan list > /dev/full` does not succeed.
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let out = Command::new(BIN).arg("--db").arg(env.db()).arg("list").env_remove("MIZAN_DB").stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write the output"), "{out:?}");
    }
}

/// Issue 13 item 1: `--digits arabic` writes the numbers in Arabic-Indic digits (score and
/// report); latin is the default; any other value is refused with the choices.
#[test]
fn digits_are_latin_by_default_arabic_indic_when_asked_and_nothing_else() {
    let env = Env::new();
    let file = repo().join("tests/fixtures/interview-wadi-health.mizan.json");
    let index = format!("{:.1}", env.ok(&["score".as_ref(), file.as_os_str(), "--json".as_ref()]).json()["overall"]["index"].as_f64().unwrap());
    let arabic: String = index.chars().map(|c| if c == '.' { '\u{066B}' } else { char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap() }).collect();
    let latin = env.ok(&["score".as_ref(), file.as_os_str(), "--lang".as_ref(), "ar".as_ref()]);
    assert!(latin.stdout.contains(&format!("index {index} ")), "{}", latin.stdout);
    let shown = env.ok(&["score".as_ref(), file.as_os_str(), "--lang".as_ref(), "ar".as_ref(), "--digits".as_ref(), "arabic".as_ref()]);
    assert!(shown.stdout.contains(&format!("index {arabic} ")), "{}", shown.stdout);
    assert!(!shown.stdout.contains(&index), "{}", shown.stdout);
    // JSON is for programs: always Western digits.
    let json = env.ok(&["score".as_ref(), file.as_os_str(), "--json".as_ref(), "--digits".as_ref(), "arabic".as_ref()]);
    assert!(json.stdout.contains(&index));

    let out = env.path("report.pdf");
    env.ok(&["report".as_ref(), file.as_os_str(), "-o".as_ref(), out.as_os_str(), "--lang".as_ref(), "ar".as_ref(), "--digits".as_ref(), "arabic".as_ref()]);
    assert!(out.is_file());
    let x = env.path("x.pdf");
    for args in [vec!["score".as_ref(), file.as_os_str()], vec!["report".as_ref(), file.as_os_str(), "-o".as_ref(), x.as_os_str()]] {
        env.misused(&[args, vec!["--digits".as_ref(), "hindi".as_ref()]].concat(), "`hindi` is not a choice of digits: use latin (0-9) or arabic");
    }
    assert!(!x.exists());
}

/// A draft is not ranked until it is complete: the table says why its RANK is "–",
/// and says nothing of the kind for a final assessment.
#[test]
fn benchmark_says_why_a_draft_has_no_rank() {
    let env = Env::new();
    env.ok(&["sample"]);
    let final_file = repo().join("tests/fixtures/self-bahr-municipality.mizan.json");
    let mut doc: AssessmentDoc = serde_json::from_slice(&std::fs::read(&final_file).unwrap()).unwrap();
    doc.assessment.status = Status::Draft;
    doc.assessment.finalized_at = None;
    doc.answers.truncate(2);
    let draft = env.write("draft.mizan.json", &exchange::to_bytes(&doc));
    let note = "RANK and PCTL are given once every question";
    let shown = env.ok(&[Path::new("benchmark"), draft.as_path()]).stdout;
    assert!(shown.contains(note), "{shown}");
    let shown = env.ok(&[Path::new("benchmark"), final_file.as_path()]).stdout;
    assert!(!shown.contains(note) && !shown.contains("No benchmark"), "{shown}");
}

/// Until a language is complete, `report` and `score` say on stderr what is in English
/// (issue 16, item 22): never an English document passed off silently as Arabic or French.
#[test]
fn a_report_or_score_in_an_incomplete_language_says_what_falls_back_to_english() {
    let env = Env::new();
    let file = repo().join("tests/fixtures/interview-wadi-health.mizan.json");
    let out = env.path("report.pdf");
    let report = |lang: &str| env.ok(&["report".as_ref(), file.as_os_str(), "-o".as_ref(), out.as_os_str(), "--lang".as_ref(), lang.as_ref()]);
    let english = report("en");
    assert!(!english.stderr.contains("warning"), "{}", english.stderr);

    for (lang, language) in [("fr", "French"), ("ar", "Arabic")] {
        let r = report(lang);
        assert!(out.is_file(), "the report is still written");
        let catalog = format!("ui/locales/{lang}/report.ftl");
        let says_words_are_english = r.stderr.lines().any(|l| l.starts_with("warning: the report's own words") && l.contains(&catalog) && l.contains(language));
        assert_eq!(says_words_are_english, !repo().join(&catalog).is_file(), "{lang}: {}", r.stderr);
        // The fixture is on 1.0.0, whose texts are all translated too: nothing falls back.
        let framework_warning = "framework innovation-readiness 1.0.0";
        assert!(!r.stderr.contains(framework_warning), "{lang}: {}", r.stderr);

        let scored = env.ok(&["score".as_ref(), file.as_os_str(), "--lang".as_ref(), lang.as_ref()]);
        assert!(!scored.stderr.contains(framework_warning), "{lang}: {}", scored.stderr);
        assert!(!scored.stderr.contains("report's own words"), "score prints no report: {}", scored.stderr);
        assert!(!scored.stdout.contains("warning"), "warnings go to stderr only");
    }
    assert!(!env.ok(&["score".as_ref(), file.as_os_str()]).stderr.contains("warning"));

    // A framework put in the frameworks folder by hand, its title left in English: named.
    let source = std::fs::read_to_string(repo().join("assessments/editions/service-integration-1.0.0.toml")).unwrap();
    let title = source.lines().find(|l| l.starts_with("title = {")).unwrap();
    let mine = source.replacen("id = \"service-integration\"", "id = \"my-integration\"", 1).replacen(title, "title = \"Mine\"", 1);
    std::fs::create_dir_all(env.path("frameworks")).unwrap();
    env.write("frameworks/my-integration-1.0.0.toml", mine.as_bytes());
    let mut doc: Value = serde_json::from_slice(&std::fs::read(repo().join("tests/fixtures/self-bahr-municipality.mizan.json")).unwrap()).unwrap();
    doc["framework"]["id"] = json!("my-integration");
    let on_mine = env.write("mine.mizan.json", doc.to_string().as_bytes());
    let scored = env.ok(&["score".as_ref(), on_mine.as_os_str(), "--lang".as_ref(), "ar".as_ref()]);
    assert!(scored.stderr.contains("warning: 1 of the ") && scored.stderr.contains("texts of framework my-integration 1.0.0 have no Arabic translation"), "{}", scored.stderr);
}

/// Interviews from the command line: the sample interview, its respondents, two laptops'
/// files merged with the report in words and JSON, a final assessment that refuses an
/// import until reopened, and the CSV.
#[test]
fn respondents_merge_reports_reopen_and_csv() {
    let env = Env::new();
    let r = env.ok(&["sample", "--interview"]);
    let id = r.stdout.split('(').nth(1).and_then(|s| s.split(')').next()).expect("id in output").to_string();
    assert!(r.stdout.contains("loaded"), "{}", r.stdout);
    assert!(env.ok(&["sample", "--interview"]).stdout.contains("already loaded"));

    let list = env.ok(&["respondents", &id[..8], "--json"]).json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 4);
    assert_eq!(list[1]["role"], json!("Head of IT"));
    assert_eq!(list[0]["interviewed_on"], json!("2026-03-09"));
    assert!(list.iter().all(|r| r["answers"].as_u64().unwrap() > 40));
    let text = env.ok(&["respondents", &id]).stdout;
    assert!(text.contains("Secretary General") && text.contains("ANSWERS"), "{text}");

    // A second laptop: the exported file with a new respondent and a changed answer.
    let out = env.path("laptop.mizan.json");
    env.ok(&[Path::new("export"), Path::new(&id), Path::new("-o"), out.as_path()]);
    let mut doc: AssessmentDoc = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let newcomer = Respondent { id: Uuid::new_v4(), name: "Sami \u{1b}[31mRed".into(), role: "Auditor".into(), unit: String::new(), interviewed_on: None };
    doc.answers.push(Answer { respondent: newcomer.id, ..doc.answers[0].clone() });
    doc.respondents.push(newcomer);
    doc.answers[1].level = Some(if doc.answers[1].level == Some(1) { 2 } else { 1 });
    doc.answers[1].updated_at = "2026-03-20T10:00:00.000Z".into();
    doc.assessment.updated_at = "2026-03-20T10:00:00.000Z".into();
    let laptop = env.write("laptop2.mizan.json", &exchange::to_bytes(&doc));
    let r = env.ok(&[Path::new("import"), laptop.as_path()]);
    assert!(r.stdout.contains("new respondents (1): Sami [31mRed"), "the name as stored, without its ESC: {}", r.stdout);
    assert!(r.stdout.contains("answers added 1, answers updated 1"), "{}", r.stdout);
    assert!(r.stdout.contains("conflicts where the file's copy was newer (1"), "{}", r.stdout);
    let again = env.ok(&[Path::new("import"), laptop.as_path(), Path::new("--json")]).json();
    assert_eq!((again[0]["answers_added"].clone(), again[0]["answers_updated"].clone(), again[0]["new_respondents"].clone()), (json!(0), json!(0), json!([])));

    // Final: an import that would change it is refused, and says how to reopen it.
    let mut db = mizan_core::Store::open(&env.db(), Catalog::builtin()).unwrap();
    db.finalize(doc.assessment.id, mizan_core::Lang::En).unwrap();
    drop(db);
    doc.answers[2].level = Some(if doc.answers[2].level == Some(1) { 2 } else { 1 });
    doc.answers[2].updated_at = "2026-03-21T10:00:00.000Z".into();
    let later = env.write("laptop3.mizan.json", &exchange::to_bytes(&doc));
    let r = env.run(&[Path::new("import"), later.as_path()]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains(&format!("mizan reopen {id}")), "{}", r.stderr);
    env.ok(&["reopen", &id]);
    env.ok(&[Path::new("import"), later.as_path()]);

    let csv = env.path("answers.csv");
    let r = env.ok(&[Path::new("export"), Path::new(&id), Path::new("--format"), Path::new("csv"), Path::new("-o"), csv.as_path()]);
    assert!(r.stderr.contains("answers-dimensions.csv"), "{}", r.stderr);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(String::from_utf8_lossy(&bytes).lines().count(), 1 + doc.answers.len());
    assert!(env.path("answers-dimensions.csv").exists());
    let r = env.run(&[Path::new("export"), Path::new(&id), Path::new("--format"), Path::new("xlsx"), Path::new("-o"), csv.as_path()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// `mizan ARGS...` with paths and words mixed.
fn args(parts: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<std::ffi::OsString> {
    parts.iter().map(|p| p.as_ref().to_os_string()).collect()
}

/// Every command that writes a file a person names, with `out` as that file.
fn writers(id: &str, out: &Path) -> Vec<Vec<std::ffi::OsString>> {
    vec![
        args(&[&"export", &id, &"-o", &out]),
        args(&[&"report", &id, &"-o", &out]),
        args(&[&"pack", &"export", &"innovation-readiness", &"-o", &out]),
        args(&[&"backup", &"-o", &out]),
    ]
}

/// Issue 17 item 1: `export`, `report` and `pack export` used to replace the database by
/// JSON or PDF and exit 0. Every writer refuses the database and its side files, by file
/// identity: through a link, a hard link, `..`, and a side file not there yet.
#[cfg(unix)]
#[test]
fn no_writer_replaces_the_live_database_or_its_side_files() {
    let env = Env::new();
    let (_, id) = import_crafted(&env, "in.mizan.json");
    let db = env.db();
    std::fs::create_dir(env.path("sub")).unwrap();
    std::os::unix::fs::symlink(&db, env.path("link.db")).unwrap();
    std::os::unix::fs::symlink(env.dir.path(), env.path("same-folder")).unwrap();
    std::fs::hard_link(&db, env.path("hard.db")).unwrap();
    let before = std::fs::read(&db).unwrap();
    let live = [
        db.clone(),
        env.path("mizan.db-wal"),
        env.path("mizan.db-shm"),
        env.path("mizan.db-journal"),
        env.path("link.db"),
        env.path("hard.db"),
        env.path("sub/../mizan.db"),
        env.path("same-folder/mizan.db-wal"),
    ];
    for target in &live {
        for cmd in writers(&id, target) {
            let r = env.run(&cmd);
            assert_eq!(r.code, 1, "{cmd:?}: {}", r.stderr);
            assert!(r.stderr.contains("Mizan's database") && r.stderr.contains(&*target.to_string_lossy()), "{cmd:?}: {}", r.stderr);
        }
    }
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database is untouched");
    // A reader may leave SQLite's own empty -wal and -shm; never an export in their place.
    for side in ["-wal", "-shm", "-journal"] {
        let bytes = std::fs::read(env.path(&format!("mizan.db{side}"))).unwrap_or_default();
        assert!(!bytes.starts_with(b"{") && !bytes.starts_with(b"%PDF") && !bytes.starts_with(b"SQLite format"), "{side} was written over");
    }
    assert_eq!(env.ok(&["list", "--json"]).json().as_array().unwrap().len(), 1);
}

/// Issue 17 item 13: the atomic rename used to replace a FIFO (and, as root, `/dev/null`)
/// by a plain file. Something there that is not a regular file is refused, and `-o -`
/// writes to standard output instead.
#[cfg(unix)]
#[test]
fn writers_refuse_what_is_not_a_regular_file_and_dash_is_standard_output() {
    let env = Env::new();
    let n = env.ok(&["sample"]);
    assert!(n.stdout.contains("loaded"), "{}", n.stdout);
    let id = env.ok(&["list", "--json"]).json()[0]["id"].as_str().unwrap().to_string();
    let fifo = env.path("pipe.out");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    // A link to a device: the rename would have replaced the link; the device is what it names.
    std::os::unix::fs::symlink("/dev/null", env.path("null-link")).unwrap();
    std::fs::create_dir(env.path("folder")).unwrap();
    for (target, says) in [(fifo.clone(), "not a regular file"), (env.path("null-link"), "not a regular file"), (env.path("folder"), "is a folder")] {
        for cmd in writers(&id, &target) {
            let r = env.run(&cmd);
            assert_eq!(r.code, 1, "{cmd:?}: {}", r.stderr);
            assert!(r.stderr.contains(says) && r.stderr.contains(&*target.to_string_lossy()), "{cmd:?}: {}", r.stderr);
        }
    }
    let meta = std::fs::symlink_metadata(&fifo).unwrap();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&meta.file_type()), "the pipe is still a pipe");
    assert!(std::fs::symlink_metadata(env.path("null-link")).unwrap().file_type().is_symlink(), "the link is still a link");
    assert_eq!(std::fs::read_dir(env.path("folder")).unwrap().count(), 0, "nothing written into the folder");

    // `-o -`: the same bytes as the file, on standard output, and the message on stderr.
    let raw = |a: Vec<std::ffi::OsString>| Command::new(BIN).arg("--db").arg(env.db()).args(a).env_remove("MIZAN_DB").output().unwrap();
    for (cmd, file) in [
        (args(&[&"export", &id, &"-o"]), "x.mizan.json"),
        (args(&[&"pack", &"export", &"innovation-readiness", &"-o"]), "x.pack.json"),
        (args(&[&"report", &id, &"-o"]), "x.pdf"),
    ] {
        let mut to_stdout = cmd.clone();
        to_stdout.push("-".into());
        let out = raw(to_stdout);
        assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("standard output"), "{cmd:?}");
        let mut to_file = cmd.clone();
        to_file.push(env.path(file).into());
        assert!(raw(to_file).status.success(), "{cmd:?}");
        let written = std::fs::read(env.path(file)).unwrap();
        if file.ends_with(".pdf") {
            assert!(out.stdout.starts_with(b"%PDF-") && out.stdout.len() > 10_000, "{cmd:?}: a PDF on standard output");
        } else if file.ends_with(".pack.json") {
            // A pack gets a new id and time each export: compare what it holds.
            let a: Value = serde_json::from_slice(&out.stdout).unwrap();
            let b: Value = serde_json::from_slice(&written).unwrap();
            assert_eq!(a["assessments"], b["assessments"], "{cmd:?}");
        } else {
            assert_eq!(out.stdout, written, "{cmd:?}");
        }
        assert!(!env.path("-").exists(), "{cmd:?}: no file named `-`");
    }
}

/// Runs `mizan ARGS` and kills it after `secs`: a command that hangs fails the test
/// instead of blocking the suite.
fn run_within(env: &Env, cmd: &[std::ffi::OsString], secs: u64) -> Run {
    let mut child = Command::new(BIN)
        .arg("--db")
        .arg(env.db())
        .args(cmd)
        .env_remove("MIZAN_DB")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            let _ = child.wait();
            panic!("mizan {cmd:?} still ran after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap().into()
}

/// Issue 17 item 7: `validate`, `import` and `pack import` read pipes and devices without
/// limit, and a pipe in `frameworks/` made every command hang. Only regular files are read.
#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_by_every_reader_without_hanging() {
    let env = Env::new();
    env.ok(&["sample"]);
    let fifo = env.path("in.pipe");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for device in [fifo.as_path(), Path::new("/dev/zero")] {
        for cmd in [args(&[&"validate", &device]), args(&[&"import", &device]), args(&[&"pack", &"import", &device]), args(&[&"score", &device])] {
            let r = run_within(&env, &cmd, 20);
            assert_eq!(r.code, 1, "{cmd:?}: {}", r.stderr);
            assert!(r.stderr.contains("not a regular file") && r.stderr.contains(&*device.to_string_lossy()), "{cmd:?}: {}", r.stderr);
        }
    }
    // A pipe among the installed frameworks is reported; every command still runs.
    std::fs::create_dir_all(env.path("frameworks")).unwrap();
    assert!(Command::new("mkfifo").arg(env.path("frameworks/x.toml")).status().unwrap().success());
    let r = run_within(&env, &args(&[&"list"]), 20);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run_within(&env, &args(&[&"frameworks"]), 20);
    assert!(r.code == 0 && r.stderr.contains("x.toml") && r.stderr.contains("not a regular file"), "{}", r.stderr);
}

/// Issue 17 item 15: importing several files exited 1 (documented as "nothing written")
/// after committing the earlier files, and `--json` named no file and left out the failed
/// one. Every file is reported, and "some imported" has its own exit code, 3.
#[test]
fn importing_several_files_reports_each_and_exits_3_when_only_some_were_imported() {
    let env = Env::new();
    let doc = crafted_doc();
    let good = env.write("good.mizan.json", &exchange::to_bytes(&doc));
    let bad = env.write("bad.mizan.json", b"{\"format\": 1}");
    let missing = env.path("missing.mizan.json");

    let r = env.run(&[Path::new("import"), Path::new("--json"), good.as_path(), bad.as_path(), missing.as_path()]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let entries = r.json();
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert_eq!(entries[0]["file"], json!(good.to_str().unwrap()));
    assert_eq!((entries[0]["imported"].clone(), entries[0]["created"].clone()), (json!(true), json!(true)));
    assert_eq!(entries[0]["assessment"], json!(doc.assessment.id.to_string()));
    for (e, f) in [(&entries[1], &bad), (&entries[2], &missing)] {
        assert_eq!(e["file"], json!(f.to_str().unwrap()));
        assert_eq!(e["imported"], json!(false));
        assert!(e["error"]["code"].is_string() && e["error"]["message"].as_str().unwrap().contains(f.to_str().unwrap()), "{e}");
        assert!(e.get("created").is_none(), "{e}");
    }
    assert_eq!(env.ok(&["list", "--json"]).json().as_array().unwrap().len(), 1, "the good file was imported");

    // In words: each file, then how many were imported.
    let r = env.run(&[Path::new("import"), good.as_path(), bad.as_path()]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stdout.contains(good.to_str().unwrap()) && r.stdout.contains("nothing changed"), "{}", r.stdout);
    assert!(r.stderr.contains(&format!("nothing was imported from {}", bad.display())), "{}", r.stderr);
    assert!(r.stderr.contains("imported 1 of 2 files"), "{}", r.stderr);

    // None imported: exit 1, as for one file; all imported: 0.
    assert_eq!(env.run(&[Path::new("import"), bad.as_path(), missing.as_path()]).code, 1);
    let r = env.ok(&[Path::new("import"), good.as_path(), Path::new("--json")]).json();
    assert_eq!((r[0]["file"].clone(), r[0]["imported"].clone()), (json!(good.to_str().unwrap()), json!(true)));
}

/// Issue 17 item 10: ESC, OSC and BEL from exchange and framework files reached the
/// terminal (retitling the window, moving the cursor). The texts of exchange and framework
/// files lose them when read, as typed texts do; what an older database still holds is
/// shown escaped, with the bidi overrides that would reorder the line, and JSON is exact.
#[test]
fn control_characters_from_files_never_reach_the_terminal() {
    let env = Env::new();
    let hostile = "Wadi\u{1b}]0;pwned\u{7} Health\u{1b}[2J\u{9b}31m\r";
    let mut doc = crafted_doc();
    doc.assessment.title = hostile.to_string();
    let file = env.write("esc.mizan.json", &exchange::to_bytes(&doc));
    let source = std::fs::read_to_string(repo().join("assessments/innovation-readiness.toml")).unwrap();
    let fw = source
        .replacen("id = \"innovation-readiness\"", "id = \"esc-test\"", 1)
        .replacen("title = { en = \"Public-Sector Innovation Readiness\"", "title = { en = \"Evil\\u001b]0;pwned\\u0007 \\u202eFramework\"", 1);
    std::fs::create_dir_all(env.path("frameworks")).unwrap();
    std::fs::write(env.path("frameworks/esc-test-1.1.0.toml"), fw).unwrap();

    let id = doc.assessment.id.to_string();
    let cleaned = "Wadi]0;pwned Health[2J31m";
    let runs = [
        env.ok(&[Path::new("import"), file.as_path()]),
        env.ok(&["list"]),
        env.ok(&["score", &id]),
        env.ok(&[Path::new("score"), file.as_path()]),
        env.ok(&["benchmark", &id]),
        env.ok(&["frameworks"]),
    ];
    for r in &runs {
        for text in [&r.stdout, &r.stderr] {
            assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "a control character reached the terminal:\n{text:?}");
        }
    }
    for r in &runs[1..5] {
        let shown = r.stdout.contains(cleaned) || r.stdout.contains(&cleaned[..20]);
        assert!(shown, "the title is shown without its control characters:\n{}", r.stdout);
    }
    assert!(runs[5].stdout.contains("Evil]0;pwned Framework"), "{}", runs[5].stdout);

    let list = env.ok(&["list", "--json"]).json();
    assert_eq!(list[0]["title"], json!(cleaned), "stored as a typed title would be");
    let fws = env.ok(&["frameworks", "--json"]).json();
    assert!(fws.as_array().unwrap().iter().any(|f| f["title"] == json!("Evil]0;pwned Framework")), "{fws}");

    // A database written by an earlier version may hold them.
    let old = "Wadi\u{1b}[2J \u{202e}htlaeH";
    rusqlite::Connection::open(env.db()).unwrap().execute("UPDATE agencies SET name = ?1", [old]).unwrap();
    let shown = env.ok(&["list"]).stdout;
    assert!(shown.contains("Wadi\\u{1b}[2J \\u{202e}htlaeH"), "{shown}");
    assert!(!shown.chars().any(|c| mizan_core::rules::is_reordering_control(c) || (c.is_control() && c != '\n')), "{shown:?}");
    assert_eq!(env.ok(&["list", "--json"]).json()[0]["agency"]["name"], json!(old), "JSON is exact");
}

/// Issue 17 item 8: `list` and `score` failed after 5 s while another process held the
/// write lock. Commands that only read open the database read-only and do not wait for a
/// writer (the read-only file system is tested in mizan-api's data_safety).
#[test]
fn commands_that_only_read_work_while_another_process_holds_the_write_lock() {
    let env = Env::new();
    env.ok(&["sample"]);
    let id = env.ok(&["list", "--json"]).json()[0]["id"].as_str().unwrap().to_string();
    let writer = rusqlite::Connection::open(env.db()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE; UPDATE agencies SET name = name;").unwrap();
    let out = env.path("out");
    std::fs::create_dir(&out).unwrap();
    for cmd in [
        args(&[&"list"]),
        args(&[&"score", &id]),
        args(&[&"benchmark", &id]),
        args(&[&"export", &id, &"-o", &out.join("a.mizan.json")]),
        args(&[&"report", &id, &"-o", &out.join("a.pdf")]),
        args(&[&"pack", &"export", &"innovation-readiness", &"-o", &out.join("p.json")]),
        args(&[&"backup", &"-o", &out.join("b.db")]),
    ] {
        let r = run_within(&env, &cmd, 60);
        assert_eq!(r.code, 0, "{cmd:?}: {}", r.stderr);
    }
    writer.execute_batch("COMMIT").unwrap();
}

/// Issue 17, "also": `--db DIR` said "disk I/O error … check it has space".
#[test]
fn a_folder_given_as_the_database_is_named_as_a_folder() {
    let env = Env::new();
    let folder = env.path("data");
    std::fs::create_dir(&folder).unwrap();
    let file = env.write("in.mizan.json", &exchange::to_bytes(&crafted_doc()));
    for cmd in [args(&[&"list"]), args(&[&"import", &file]), args(&[&"sample"]), args(&[&"backup"])] {
        let r: Run = Command::new(BIN).arg("--db").arg(&folder).args(&cmd).env_remove("MIZAN_DB").output().unwrap().into();
        assert_eq!(r.code, 1, "{cmd:?}: {}", r.stderr);
        assert!(r.stderr.contains("is a folder") && r.stderr.contains(&*folder.join("mizan.db").to_string_lossy()), "{cmd:?}: {}", r.stderr);
        assert!(!r.stderr.contains("space"), "{cmd:?}: {}", r.stderr);
    }
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0, "nothing was made in the folder");
}

/// `mizan report … --format pdf|docx`: the format follows the output's extension unless
/// asked for; a contradiction or an unknown format is refused and nothing is written.
#[test]
fn report_writes_a_word_document_for_docx_and_refuses_what_contradicts_the_extension() {
    let env = Env::new();
    let file = repo().join("tests/fixtures/interview-wadi-health.mizan.json");
    let report = |out: &std::path::Path, extra: &[&str]| {
        let mut args: Vec<std::ffi::OsString> = vec!["report".into(), file.clone().into(), "-o".into(), out.into()];
        args.extend(extra.iter().map(|a| a.into()));
        env.run(&args)
    };
    let docx = env.path("Wadi report.docx");
    let r = report(&docx, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("wrote") && !r.stderr.contains("pages"), "{}", r.stderr);
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "a DOCX is a zip package");
    assert!(String::from_utf8_lossy(&bytes).contains("word/document.xml"));

    let explicit = env.path("plain-name");
    assert_eq!(report(&explicit, &["--format", "docx"]).code, 0);
    assert!(std::fs::read(&explicit).unwrap().starts_with(b"PK"));
    let pdf = env.path("r.pdf");
    assert_eq!(report(&pdf, &["--format", "pdf"]).code, 0);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    let wrong = env.path("wrong.pdf");
    let r = report(&wrong, &["--format", "docx"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("wrong.pdf ends in .pdf but the format asked for is docx"), "{}", r.stderr);
    assert!(!wrong.exists(), "nothing written");
    let odt = env.path("r.odt");
    let r = report(&odt, &[]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("r.odt ends in .odt, which is no report format: name the file .pdf or .docx"), "{}", r.stderr);
    assert!(!odt.exists());
    let r = report(&docx, &["--format", "odt"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`odt` is not a report format: use pdf or docx"), "{}", r.stderr);
}

/// `report --sections`: the sections named, and always the executive summary; a name that
/// is no section is refused before anything is written.
#[test]
fn report_sections_leave_out_what_is_not_named() {
    let env = Env::new();
    let file = repo().join("tests/fixtures/interview-wadi-health.mizan.json");
    let out = env.path("short.pdf");
    env.ok(&["report".as_ref(), file.as_os_str(), "-o".as_ref(), out.as_os_str(), "--sections".as_ref(), "roadmap".as_ref()]);
    let text = std::process::Command::new("pdftotext").arg(&out).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Executive summary") && text.contains("Roadmap"), "{text}");
    assert!(!text.contains("Methodology"), "the methodology was not asked for");

    let refused = env.path("refused.pdf");
    env.misused(&["report".as_ref(), file.as_os_str(), "-o".as_ref(), refused.as_os_str(), "--sections".as_ref(), "roadmap,annex".as_ref()], "`annex` is not a section: use dimensions, roadmap");
    assert!(!refused.exists());
}

/// Sample agencies in the language asked for: Arabic names, listed as such; an unknown
/// language is a usage error, before anything is written.
#[test]
fn sample_agencies_in_arabic_and_an_unknown_language_refused() {
    let env = Env::new();
    env.misused(&["sample", "--lang", "de"], "`de` is not a supported language: use en, fr or ar");
    assert!(!env.db().exists() || env.ok(&["list", "--json"]).json() == json!([]), "nothing written");
    env.ok(&["sample", "--lang", "ar"]);
    let list = env.ok(&["list", "--json"]).json();
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|a| a["agency"]["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 96);
    assert!(names.iter().all(|n| n.ends_with("(نموذج)") && !n.chars().any(|c| c.is_ascii_alphabetic())), "{names:?}");
    let interview = env.ok(&["sample", "--interview", "--lang", "fr"]).stdout;
    assert!(interview.contains("Service de l'état civil de Nakhla — entretiens 2026"), "{interview}");
}
