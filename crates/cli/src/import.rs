//! `rmp import`: an RMP's PDF, or its text, into a draft document and its review report.

use std::path::Path;

use rmp_import::Import;

/// How the review report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Markdown,
    Json,
}

/// Reads a PDF (its text by `pdftotext`) or a text file and imports it. A
/// file that cannot be read, or a text that is not an RMP's, comes back as a message.
pub fn import_file(path: &Path) -> Result<Import, String> {
    // The same reading as every command: size checked before the bytes are read.
    let bytes = crate::read_file(path).map_err(|d| match d.code {
        rmp_model::Code::TooLarge => format!("{}: {}", path.display(), d.message),
        _ => d.message,
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let imported = if rmp_import::is_pdf(&bytes) {
        rmp_import::import(&crate::pdf::pdf_text(path)?, &name)
    } else {
        rmp_import::import_bytes(&bytes, &name)
    };
    imported.map_err(|e| format!("{}: {e}", path.display()))
}

/// The report in the asked format.
pub fn report_text(import: &Import, format: ReportFormat) -> String {
    match format {
        ReportFormat::Markdown => import.report.markdown(),
        ReportFormat::Json => serde_json::to_string_pretty(&import.report).unwrap_or_default(),
    }
}

/// One line for the terminal: what was imported and what to review.
pub fn headline(import: &Import) -> String {
    let t = import.report.tally();
    let review = import
        .rmp
        .import_draft
        .as_ref()
        .map_or(0, |d| d.review.len());
    let r = &import.rmp;
    let concerns = r.concerns().count();
    let activities =
        r.pv_plan.additional.len() + r.rm_plan.additional.len() + r.efficacy_studies.len();
    let others = match import.report.other_documents {
        0 => String::new(),
        1 => "; 1 other document or version in the text, not imported".to_string(),
        n => format!("; {n} other documents or versions in the text, not imported"),
    };
    format!(
        "imported draft: {concerns} concerns, {activities} activities, {} incidence cells ({} withheld); {} lines placed, {} not placed, {} dropped as page furniture; {review} items to review{others}",
        import.report.cells_emitted, import.report.cells_withheld, t.placed, t.not_placed, t.dropped
    )
}
