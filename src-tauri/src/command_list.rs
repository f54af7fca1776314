// The webview's commands, written once. Expanded by build.rs (the app manifest, which
// makes each one a permission, and capabilities/main.json, which grants them) and by
// src/lib.rs (`COMMANDS` and the `generate_handler!` registration); tests/security.rs
// checks ui/src/lib/api.ts and docs/ipc.md against it. Whoever includes this file
// defines `mizan_commands!` first.
mizan_commands! {
    app_info,
    list_frameworks,
    get_framework,
    install_framework,
    list_assessments,
    create_assessment,
    get_assessment,
    save_answer,
    set_position,
    score_assessment,
    finalize_assessment,
    duplicate_assessment,
    delete_assessment,
    undo_delete,
    compare_assessment,
    update_agency,
    export_pack,
    import_pack,
    load_sample_data,
    export_report,
    list_backups,
    backup_now,
    choose_backup,
    restore_backup,
}
