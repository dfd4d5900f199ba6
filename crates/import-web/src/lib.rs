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

/// A draft the reader finished in the page, as JSON: without its
/// `import_draft`, read and validated as any document. Answers
/// `{"ok":true,"document":…,"warnings":[…]}` or `{"ok":false,"errors":[…]}`
/// (each `{"path","message"}`).
pub fn finish_json(document: &str) -> String {
    let said = |d: &rmp_model::Diagnostic| json!({ "path": d.path, "message": d.message });
    let mut value: serde_json::Value = match serde_json::from_str(document) {
        Ok(v) => v,
        Err(e) => {
            return json!({ "ok": false, "errors": [{ "path": ".", "message": e.to_string() }] })
                .to_string()
        }
    };
    if let Some(map) = value.as_object_mut() {
        map.remove("import_draft");
    }
    let answer = match rmp_model::parse(&value.to_string()) {
        Err(d) => json!({ "ok": false, "errors": [said(&d)] }),
        Ok(rmp) => {
            let found = rmp_model::validate(&rmp);
            let (errors, warnings): (Vec<_>, Vec<_>) = found.iter().partition(|d| d.is_error());
            if errors.is_empty() {
                json!({ "ok": true, "document": rmp, "warnings": warnings.into_iter().map(said).collect::<Vec<_>>() })
            } else {
                json!({ "ok": false, "errors": errors.into_iter().map(said).collect::<Vec<_>>() })
            }
        }
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

    /// `finishDocument(json)` for the page: the finished document, validated.
    #[wasm_bindgen(js_name = finishDocument)]
    pub fn finish_document(document: &str) -> String {
        super::finish_json(document)
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

    #[test]
    fn a_finished_draft_loses_its_import_draft_and_is_validated() {
        let seed = include_str!("../../import/tests/fixtures/lunsumio-2026-03-23.txt");
        let answer: serde_json::Value =
            serde_json::from_str(&import_json(seed.as_bytes(), "seed.txt")).unwrap_or_default();
        let finished: serde_json::Value =
            serde_json::from_str(&finish_json(&answer["document"].to_string())).unwrap_or_default();
        assert_eq!(finished["ok"], true, "{finished}");
        assert!(finished["document"].get("import_draft").is_none());
        // A value the reader broke: an error at its path, no document.
        let mut broken = answer["document"].clone();
        broken["safety_specification"]["identified_risks"][0]["id"] = json!("Not An Id");
        let refused: serde_json::Value =
            serde_json::from_str(&finish_json(&broken.to_string())).unwrap_or_default();
        assert_eq!(refused["ok"], false);
        assert!(
            refused["errors"][0]["path"]
                .as_str()
                .unwrap_or("")
                .contains("identified_risks[0]"),
            "{refused}"
        );
        let unreadable: serde_json::Value =
            serde_json::from_str(&finish_json("{")).unwrap_or_default();
        assert_eq!(unreadable["ok"], false);
        assert_eq!(unreadable["errors"][0]["path"], ".");
    }
}
