//! The importer for the import page: bytes of a text file in, the draft and
//! its review report out, as one JSON string the page reads.

use serde_json::json;

/// Imports the bytes of a text file named `source`. Answers
/// `{"ok":true,"document":…,"report":"# Import review…","headline":"…"}` or
/// `{"ok":false,"error":"…"}`.
pub fn import_json(bytes: &[u8], source: &str) -> String {
    let answer = match rmp_import::import_bytes(bytes, source) {
        Ok(imported) => {
            let t = imported.report.tally();
            json!({
                "ok": true,
                "document": imported.rmp,
                "report": imported.report.markdown(),
                "tally": t,
                "cells": { "emitted": imported.report.cells_emitted, "withheld": imported.report.cells_withheld },
            })
        }
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    };
    answer.to_string()
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    /// `import_text(bytes, name)` for the page.
    #[wasm_bindgen(js_name = importText)]
    pub fn import_text(bytes: &[u8], source: &str) -> String {
        super::import_json(bytes, source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_a_draft_or_a_message() {
        let ok: serde_json::Value = serde_json::from_str(&import_json(
            "（別紙様式２）\n販売名\n1. X".as_bytes(),
            "x.txt",
        ))
        .unwrap_or_default();
        assert_eq!(ok["ok"], true);
        assert_eq!(ok["document"]["import_draft"]["source"], "x.txt");
        let pdf: serde_json::Value =
            serde_json::from_str(&import_json(b"%PDF-1.7", "x.pdf")).unwrap_or_default();
        assert_eq!(pdf["ok"], false);
        assert!(pdf["error"].as_str().unwrap_or("").contains("PDF"));
    }
}
