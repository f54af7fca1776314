// The app manifest makes each of our commands a permission (`allow-<command>`); only
// those granted in capabilities/main.json are callable from the webview. Keep this list
// equal to `COMMANDS` in src/lib.rs (tests/security.rs checks it).
const COMMANDS: &[&str] = &[
    "app_info",
    "list_frameworks",
    "get_framework",
    "install_framework",
    "list_assessments",
    "create_assessment",
    "get_assessment",
    "save_answer",
    "set_position",
    "score_assessment",
    "finalize_assessment",
    "duplicate_assessment",
    "delete_assessment",
    "undo_delete",
    "compare_assessment",
    "update_agency",
    "export_pack",
    "import_pack",
    "load_sample_data",
    "export_report",
    "list_backups",
    "backup_now",
    "choose_backup",
    "restore_backup",
];

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)))
        .expect("tauri-build failed: check src-tauri/tauri.conf.json, capabilities/ and that ../ui/dist exists (npm run build:ui)");
}
