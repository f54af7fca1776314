//! The security settings of DESIGN.md, checked in the files Tauri reads, so a loosening
//! edit fails a test instead of slipping through review.

use serde_json::Value;

fn read_json(rel: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read_text(rel: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The names inside `mizan_commands! { … }` in src/command_list.rs, read as text (not
/// through the macro that lib.rs and build.rs expand).
fn listed_commands() -> Vec<String> {
    let src = read_text("src/command_list.rs");
    let start = src.find("mizan_commands! {").expect("src/command_list.rs lists the commands") + "mizan_commands! {".len();
    let end = start + src[start..].find('}').unwrap();
    src[start..end].split(',').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect()
}

/// The command names `ui/src/lib/api.ts` passes to `call<…>('name'`, in order of appearance.
fn called_from_the_ui() -> Vec<String> {
    let src = read_text("../ui/src/lib/api.ts");
    src.split("call<")
        .skip(1)
        .filter_map(|rest| {
            let quoted = &rest[rest.find(">('")? + 3..];
            Some(quoted[..quoted.find('\'')?].to_string())
        })
        .collect()
}

#[test]
fn the_manifest_the_capability_and_the_handler_list_the_same_commands() {
    let ours: Vec<String> = mizan_app::COMMANDS.iter().map(|c| c.to_string()).collect();
    assert_eq!(listed_commands(), ours, "lib.rs COMMANDS is not the list of src/command_list.rs");

    let lib = read_text("src/lib.rs");
    for c in &ours {
        assert!(
            lib.contains(&format!("#[tauri::command]\nasync fn {c}(")),
            "lib.rs has no #[tauri::command] for {c}"
        );
    }
    let cap = read_json("capabilities/main.json");
    let granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = ours
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(
        granted, expected,
        "the main window may call our commands and nothing else (build.rs writes capabilities/main.json from src/command_list.rs)"
    );
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(
        cap.get("remote").is_none(),
        "no remote origin may use the IPC"
    );
}

#[test]
fn the_ui_and_the_contract_name_exactly_the_listed_commands() {
    let mut ours: Vec<String> = mizan_app::COMMANDS.iter().map(|c| c.to_string()).collect();
    let mut called = called_from_the_ui();
    ours.sort();
    called.sort();
    assert_eq!(called, ours, "ui/src/lib/api.ts calls each command once, and only these");

    let contract = read_text("../docs/ipc.md");
    for c in &ours {
        assert!(contract.contains(&format!("| `{c}` |")), "docs/ipc.md has no table row for `{c}`");
    }
}

#[test]
fn the_config_keeps_the_webview_locked_down() {
    let conf = read_json("tauri.conf.json");
    let app = &conf["app"];
    assert_eq!(app["withGlobalTauri"], false);
    assert_eq!(app["security"]["capabilities"], serde_json::json!(["main"]));
    assert_ne!(
        app["security"]["assetProtocol"]["enable"], true,
        "no asset protocol: files go through dialogs"
    );
    assert!(
        app["security"].get("devCsp").is_none(),
        "one CSP for every build"
    );

    let csp = app["security"]["csp"]
        .as_object()
        .expect("the CSP is set, as directives");
    let get = |d: &str| {
        csp.get(d)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("CSP lacks {d}"))
    };
    assert_eq!(get("default-src"), "'self'");
    assert_eq!(
        get("script-src"),
        "'self'",
        "no inline or eval'd script, no remote script"
    );
    assert_eq!(get("object-src"), "'none'");
    assert_eq!(
        get("connect-src"),
        "ipc: http://ipc.localhost",
        "the only connection is the IPC"
    );
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        assert!(
            !value.contains("unsafe-eval") && !value.contains('*'),
            "{directive}: {value}"
        );
        for source in value.split_whitespace() {
            let remote = source.starts_with("http") && source != "http://ipc.localhost";
            assert!(!remote, "{directive} allows a remote origin: {source}");
        }
    }
    let windows = app["windows"].as_array().unwrap();
    assert_eq!(windows.len(), 1);
    assert_eq!(windows[0]["label"], "main");
    assert!(
        windows[0]["minWidth"].as_u64().unwrap() <= 1024
            && windows[0]["minHeight"].as_u64().unwrap() <= 640
    );
    assert!(
        conf["build"].get("devUrl").is_none(),
        "the UI is always the built bundle, never a server"
    );
    assert_eq!(conf["build"]["frontendDist"], "../ui/dist");
    assert_eq!(
        conf["bundle"]["targets"],
        serde_json::json!(["deb"]),
        "only bundles that need no download"
    );
    assert!(
        conf["plugins"].as_object().is_none_or(|p| p.is_empty()),
        "no plugin configuration (updater etc.)"
    );
}

#[test]
fn the_window_only_navigates_within_the_app() {
    let ok = |u: &str| mizan_app::navigation_allowed(&u.parse().unwrap());
    assert!(ok("tauri://localhost"));
    assert!(ok("tauri://localhost/index.html#/assessment/1"));
    assert!(ok("http://tauri.localhost/"));
    assert!(ok("about:blank"));
    assert!(!ok("https://example.org/"));
    assert!(!ok("http://localhost:5173/"));
    assert!(!ok("tauri://evil.example"));
    assert!(!ok("file:///etc/passwd"));
    assert!(!ok("javascript:alert(1)"));
    assert!(!ok("data:text/html,<script>1</script>"));
}
