use std::path::Path;

use rmp_model::{parse_bytes, too_large, validate, Code, Diagnostic, Rmp, MAX_INPUT_BYTES};

/// A document read and validated: the model (when it parsed) and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    /// The parsed document, if it parsed.
    pub rmp: Option<Rmp>,
    /// Every problem found, errors first.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// A file that could not be read or parsed, and why.
    pub fn failed(why: Diagnostic) -> Loaded {
        Loaded {
            rmp: None,
            diagnostics: vec![why],
        }
    }

    /// True when there is no error (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.rmp.is_some() && !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Reads a file's bytes, with a readable message for a missing file, a
/// directory or a file over the size limit.
pub fn read_file(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let io_error = |message: String| Diagnostic::failure(Code::Io, message);
    let meta = std::fs::metadata(path).map_err(|e| io_error(describe_io(path, &e)))?;
    if meta.is_dir() {
        return Err(io_error(format!(
            "{} is a directory, not an RMP file",
            path.display()
        )));
    }
    if meta.len() > MAX_INPUT_BYTES as u64 {
        return Err(too_large(usize::try_from(meta.len()).unwrap_or(usize::MAX)));
    }
    std::fs::read(path).map_err(|e| io_error(describe_io(path, &e)))
}

fn describe_io(path: &Path, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("{}: no such file", path.display()),
        std::io::ErrorKind::PermissionDenied => format!("{}: permission denied", path.display()),
        _ => format!("{}: {e}", path.display()),
    }
}

/// Reads, parses and validates a file.
pub fn load(path: &Path) -> Loaded {
    read_file(path).map_or_else(Loaded::failed, |bytes| load_bytes(&bytes))
}

/// Parses and validates a file's bytes.
pub fn load_bytes(bytes: &[u8]) -> Loaded {
    match parse_bytes(bytes) {
        Ok(rmp) => {
            let diagnostics = validate(&rmp);
            Loaded {
                rmp: Some(rmp),
                diagnostics,
            }
        }
        Err(e) => Loaded::failed(e),
    }
}
