//! A PDF's text, by poppler's `pdftotext` (Debian's poppler-utils): its pages
//! in reading order, a form feed between them, as the importer reads pages.

use std::path::Path;
use std::process::Command;

/// The text of the PDF at `path`, or why there is none: no `pdftotext`,
/// an encrypted file, a scan (no text layer), a file it cannot read.
pub fn pdf_text(path: &Path) -> Result<String, String> {
    let shown = path.display();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-eol", "unix"])
        .arg(path)
        .arg("-")
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!(
                "{shown}: reading a PDF needs poppler's pdftotext, which is not installed (Debian: apt install poppler-utils). \
                 Or give the text instead: pdftotext {shown} RMP.txt"
            ),
            _ => format!("{shown}: pdftotext could not be run: {e}"),
        })?;
    let said = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        if said.contains("password") || said.contains("ncrypt") {
            return Err(format!(
                "{shown}: the PDF is encrypted (it asks for a password), so its text cannot be read. Open it with its password and save an unprotected copy, or give its text."
            ));
        }
        let mut words: Vec<&str> = Vec::new();
        for line in said.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if !words.contains(&line) {
                words.push(line);
            }
        }
        return Err(format!(
            "{shown}: pdftotext could not read the PDF: {}",
            words.join("; ")
        ));
    }
    let text = String::from_utf8(out.stdout)
        .map_err(|_| format!("{shown}: pdftotext gave text that is not UTF-8"))?;
    if text.chars().all(|c| c.is_whitespace()) {
        return Err(format!(
            "{shown}: the PDF has no text layer: its {} page(s) are images (a scan?). Run text recognition (OCR) on it first, or give its text.",
            text.matches('\u{c}').count().max(1)
        ));
    }
    Ok(text)
}
