//! Which report catalogs exist (`ui/locales/<lang>/report.ftl`, as mizan-report compiles
//! them in), so that a report asked for in a language without one says it is in English.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../../ui/locales");
    // A folder is watched whole: adding a catalog reruns this.
    println!("cargo:rerun-if-changed={}", locales.display());
    let found: Vec<&str> = ["en", "fr", "ar"].into_iter().filter(|l| locales.join(l).join("report.ftl").is_file()).collect();
    println!("cargo:rustc-env=MIZAN_REPORT_CATALOGS={}", found.join(","));
}
