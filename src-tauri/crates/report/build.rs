//! Finds the report catalogs (`ui/locales/<lang>/report.ftl`, shared with the UI) and
//! compiles in those that exist: adding a French or Arabic report is adding its file.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../../ui/locales");
    let mut out = String::from("/// (language, path shown in messages, catalog text)\npub(crate) const CATALOGS: &[(&str, &str, &str)] = &[\n");
    for lang in ["en", "fr", "ar"] {
        let dir = locales.join(lang);
        let file = dir.join("report.ftl");
        if file.is_file() {
            println!("cargo:rerun-if-changed={}", file.display());
            let abs = file.canonicalize().expect("catalog path");
            out.push_str(&format!("    ({lang:?}, \"ui/locales/{lang}/report.ftl\", include_str!({:?})),\n", abs.display().to_string()));
        } else {
            // Watch where the file would appear, so adding it triggers a rebuild.
            let watch = if dir.is_dir() { dir } else { locales.clone() };
            println!("cargo:rerun-if-changed={}", watch.display());
            if lang == "en" {
                panic!("the English report catalog {} is missing: every report string comes from it", file.display());
            }
        }
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogs.rs");
    std::fs::write(dest, out).expect("write catalogs.rs");
}
