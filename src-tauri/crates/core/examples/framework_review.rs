//! `framework_review FILE...`: the content rules of issue 14 (framework::review) for
//! framework files that are not built in yet, so their writers can check them before
//! the core tests do. Exit 1 when a file is invalid or breaks a rule.

use mizan_core::catalog::load_file;
use mizan_core::framework::review::content_problems;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        match load_file(path.as_ref()) {
            Ok(f) => {
                let problems = content_problems(&f);
                failed |= !problems.is_empty();
                for p in &problems {
                    println!("{path}: {p}");
                }
                if problems.is_empty() {
                    println!("{path}: meets the content rules ({} {}, {} questions)", f.id, f.version, f.questions.len());
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("{e}");
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
