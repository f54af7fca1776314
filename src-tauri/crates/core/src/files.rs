//! Reading a file a person named (a framework, an exchange file, a benchmark pack): only a
//! regular file, and never more than a cap, counted while reading (issue 17 item 7: a pipe
//! named `x.toml` blocked every command, `/dev/zero` was read until memory ran out).

use crate::error::CoreError;
use crate::exchange::{ExchangeProblem, FileKind};
use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadFailure {
    /// Opening or reading failed (missing, no permission, …).
    Io(std::io::Error),
    /// A folder, pipe, socket or device.
    NotRegular,
    /// Longer than the cap (checked while reading, so a growing file stops there too).
    TooLarge,
}

impl ReadFailure {
    /// The error for the reader of `kind` files capped at `cap`: an I/O failure as
    /// [`CoreError::io`] words it, a refusal through `refuse` (which adds the place).
    pub fn into_error(self, path: &Path, kind: FileKind, cap: u64, refuse: impl FnOnce(ExchangeProblem) -> CoreError) -> CoreError {
        match self {
            ReadFailure::Io(e) => CoreError::io(path, e),
            ReadFailure::NotRegular => refuse(ExchangeProblem::NotRegular { kind }),
            ReadFailure::TooLarge => refuse(ExchangeProblem::TooLarge { kind, mib: cap / (1024 * 1024) }),
        }
    }
}

/// The bytes of the regular file at `path`, at most `cap` of them.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadFailure> {
    let file = open_without_blocking(path).map_err(ReadFailure::Io)?;
    // The handle's own type, not the path's: nothing can be swapped in between.
    let meta = file.metadata().map_err(ReadFailure::Io)?;
    if !meta.is_file() {
        return Err(ReadFailure::NotRegular);
    }
    if meta.len() > cap {
        return Err(ReadFailure::TooLarge);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(cap + 1).read_to_end(&mut bytes).map_err(ReadFailure::Io)?;
    if bytes.len() as u64 > cap {
        return Err(ReadFailure::TooLarge);
    }
    Ok(bytes)
}

/// Opening a FIFO for reading waits for a writer; `O_NONBLOCK` returns at once (and
/// changes nothing for a regular file).
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_up_to_its_cap_and_refused_past_it() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f");
        std::fs::write(&f, vec![b'x'; 100]).unwrap();
        assert_eq!(read_capped(&f, 100).unwrap().len(), 100);
        assert!(matches!(read_capped(&f, 99), Err(ReadFailure::TooLarge)));
        assert!(matches!(read_capped(dir.path(), 100), Err(ReadFailure::NotRegular)));
        assert!(matches!(read_capped(&dir.path().join("missing"), 100), Err(ReadFailure::Io(_))));
    }

    #[cfg(unix)]
    #[test]
    fn pipes_and_devices_are_refused_without_blocking_or_reading() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.toml");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert!(matches!(read_capped(&fifo, 1 << 20), Err(ReadFailure::NotRegular)));
        assert!(matches!(read_capped(Path::new("/dev/zero"), 1 << 20), Err(ReadFailure::NotRegular)));
    }
}
