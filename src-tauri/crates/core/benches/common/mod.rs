//! Set-up shared by the benchmarks (each bench includes it with `mod common;`).

use mizan_core::{Catalog, Store};
use tempfile::TempDir;

/// A store on a new database file `name` in a new temporary folder (kept alive by the
/// returned `TempDir`).
pub fn store_on_disk(name: &str, catalog: Catalog) -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join(name), catalog).unwrap();
    (dir, store)
}
