// The app manifest makes each of our commands a permission (`allow-<command>`); only
// those granted in capabilities/main.json are callable from the webview. Both come from
// the one list in src/command_list.rs.

macro_rules! mizan_commands {
    ($($name:ident),* $(,)?) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}
include!("src/command_list.rs");

/// capabilities/main.json: the main window may call exactly our commands.
fn capability() -> String {
    let permissions: Vec<String> = COMMANDS.iter().map(|c| format!("    \"allow-{}\"", c.replace('_', "-"))).collect();
    format!(
        r#"{{
  "$schema": "../gen/schemas/desktop-schema.json",
  "identifier": "main",
  "description": "The main window may call Mizan's own commands and nothing else: no core window/event/path APIs and no plugin commands (the file dialog is opened from Rust). Written by build.rs from src/command_list.rs: edit the list, not this file.",
  "windows": [
    "main"
  ],
  "local": true,
  "permissions": [
{}
  ]
}}
"#,
        permissions.join(",\n")
    )
}

fn main() {
    println!("cargo:rerun-if-changed=src/command_list.rs");
    println!("cargo:rerun-if-changed=capabilities/main.json");
    let path = std::path::Path::new("capabilities/main.json");
    let wanted = capability();
    // Written only when it differs, so a build leaves the file (and its mtime) alone.
    if std::fs::read_to_string(path).ok().as_deref() != Some(wanted.as_str()) {
        std::fs::write(path, &wanted).expect("write capabilities/main.json");
    }
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)))
        .expect("tauri-build failed: check src-tauri/tauri.conf.json, capabilities/ and that ../ui/dist exists (npm run build:ui)");
}
