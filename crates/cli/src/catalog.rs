//! `rmp catalog DIR`: the index of every RMP document under a folder.

use std::path::{Path, PathBuf};

use rmp_view_model::catalog::{catalog, entry, Catalog, Problem, Shelf};

use crate::read::load_bytes;
use crate::{read_file, Loaded};

/// Every `.json` file under `dir`, in a stable order, without hidden folders.
fn json_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            json_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
    Ok(())
}

/// The catalog of a folder: a bad file is a problem with its name and reason,
/// and the others are indexed. `skip` is a file not to index (the catalog
/// being written); a catalog already in the folder is not indexed either.
pub fn catalog_dir(dir: &Path, skip: Option<&Path>) -> Result<Catalog, String> {
    let mut files = Vec::new();
    json_files(dir, &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
    let skip = skip.and_then(|s| s.canonicalize().ok());
    let (mut documents, mut problems) = (Vec::new(), Vec::new());
    for path in files {
        if skip.is_some() && path.canonicalize().ok() == skip {
            continue;
        }
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        // Read once: parsed, hashed, and (when not an RMP) tried as a catalog.
        let (bytes, loaded) = match read_file(&path) {
            Ok(bytes) => {
                let loaded = load_bytes(&bytes);
                (bytes, loaded)
            }
            Err(d) => (Vec::new(), Loaded::failed(d)),
        };
        match (&loaded.rmp, loaded.is_valid()) {
            (Some(rmp), true) => {
                let warnings = loaded.diagnostics.len();
                documents.push(entry(rmp, &rel, &bytes, warnings));
            }
            _ if Shelf::read(&bytes).is_ok() => {}
            _ => {
                let message = loaded
                    .diagnostics
                    .iter()
                    .find(|d| d.is_error())
                    .map_or_else(|| "not an RMP".to_string(), ToString::to_string);
                problems.push(Problem { file: rel, message });
            }
        }
    }
    Ok(catalog(documents, problems))
}
