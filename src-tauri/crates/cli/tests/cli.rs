//! The `mizan` binary as a user runs it: exit codes, messages, and JSON field names.

use mizan_core::model::*;
use mizan_core::{exchange, Catalog};
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
fn crafted_doc() -> AssessmentDoc {
    let cat = Catalog::builtin();
    let fw = cat.get("innovation-readiness", None).unwrap();
    let d0 = &fw.dimensions[0].id;
    let qs: Vec<&str> = fw.questions_of(d0).map(|q| q.id.as_str()).collect();
    assert!(qs.len() >= 4);
    let t = "2026-03-01T09:30:00.000Z";
    let r: Vec<Respondent> = (0..3u128)
        .map(|i| Respondent { id: Uuid::from_u128(0xc11_0000_0000_4000_8000_0000_0000_0000 + i), name: format!("Official {i}"), role: String::new(), unit: String::new() })
        .collect();
    let ans = |ri: usize, q: &str, level: Option<u8>, na: bool| Answer {
        respondent: r[ri].id,
        question: q.into(),
        level,
        not_applicable: na,
        note: String::new(),
        evidence: String::new(),
        updated_at: t.into(),
    };
    let answers = vec![
        ans(0, qs[0], Some(1), false),
        ans(1, qs[0], Some(3), false),
        ans(2, qs[0], Some(4), false),
        ans(0, qs[1], Some(2), false),
        ans(0, qs[2], Some(2), false),
        ans(1, qs[2], Some(2), false),
        ans(0, qs[3], None, true),
        ans(1, qs[3], None, true),
    ];
    AssessmentDoc {
        format: EXCHANGE_FORMAT.into(),
        format_version: EXCHANGE_FORMAT_VERSION,
        framework: FrameworkRef { id: fw.id.clone(), version: fw.version.clone() },
        assessment: AssessmentMeta {
            id: Uuid::from_u128(0xc11_0000_0000_4000_8000_0000_0000_00ff),
            title: "Crafted interview".into(),
            mode: Mode::Interview,
            status: Status::Draft,
            agency: AgencyInfo { name: "Fictional Ports Authority".into(), country: "TN".into(), ..Default::default() },
            targets: BTreeMap::from([(fw.dimensions[1].id.clone(), 4)]),
            created_at: t.into(),
            updated_at: t.into(),
            finalized_at: None,
        },
        respondents: r.clone(),
        answers,
        consensus: vec![Consensus { question: qs[2].into(), level: 4, rationale: String::new(), updated_at: t.into() }],
    }
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
    let r = env.run(&["validate", "no/such/file.toml"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no/such/file.toml"), "{}", r.stderr);
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
    let doc = crafted_doc();
    let good = env.write("good.mizan.json", &exchange::to_bytes(&doc));
    env.ok(&[Path::new("import"), good.as_path()]);
    let list_before = env.ok(&["list", "--json"]).stdout;
    let id = doc.assessment.id.to_string();
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
    let r = env.run(&["import", "no-such-file.mizan.json"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no-such-file.mizan.json"), "{}", r.stderr);
    assert_eq!(env.ok(&["list", "--json"]).stdout, list_before);
}

#[test]
fn export_then_import_changes_nothing() {
    let env = Env::new();
    let doc = crafted_doc();
    let file = env.write("in.mizan.json", &exchange::to_bytes(&doc));
    env.ok(&[Path::new("import"), file.as_path()]);
    let id = doc.assessment.id.to_string();
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

    let r = env.run(&["score", "missing.mizan.json"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("missing.mizan.json"), "{}", r.stderr);
    let r = env.run(&["score", "0123abcd"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("0123abcd") && r.stderr.contains("not found"), "{}", r.stderr);
    let r = env.run(&["score", &Uuid::new_v4().to_string()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stderr.contains("not found"), "{}", r.stderr);
    let r = env.run(&["score", "nope"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("neither an existing file nor an assessment id"), "{}", r.stderr);
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
    assert!(refused.stderr.contains("already exists"), "{}", refused.stderr);

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
        // The built-in framework has no translations yet.
        let framework_line = format!("warning: framework innovation-readiness 1.0.0 has no {language} translation yet");
        assert!(r.stderr.contains(&framework_line), "{lang}: {}", r.stderr);

        let scored = env.ok(&["score".as_ref(), file.as_os_str(), "--lang".as_ref(), lang.as_ref()]);
        assert!(scored.stderr.contains(&framework_line), "{lang}: {}", scored.stderr);
        assert!(!scored.stderr.contains("report's own words"), "score prints no report: {}", scored.stderr);
        assert!(!scored.stdout.contains("warning"), "warnings go to stderr only");
    }
    assert!(!env.ok(&["score".as_ref(), file.as_os_str()]).stderr.contains("warning"));
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
