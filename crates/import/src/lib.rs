//! `rmp import`: the text of an RMP PDF into an RMP model draft and a review
//! report. The importer reads the template (別紙様式2 and 別紙様式1: headings,
//! labels, activity blocks, the section 5 lists), not one document's layout,
//! and never guesses silently: every source line is accounted for in the
//! report, every guess is listed, and an incidence table it cannot rebuild
//! with certainty is withheld.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod activity;
mod assemble;
mod concern;
mod dates;
mod documents;
mod incidence;
mod lists;
mod overview;
mod pages;
mod piece;
mod radicals;
mod region;
mod report;
mod review;
mod source;
mod summary;
mod text;

pub use report::{ranges, Fate, Guess, Report, SourceLine, Tally};

use rmp_model::{Rmp, MAX_INPUT_BYTES};

/// A finished import: the draft document and its review report.
#[derive(Debug)]
pub struct Import {
    pub rmp: Rmp,
    pub report: Report,
}

/// Why a text could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but whitespace.
    Empty,
    /// The bytes of a PDF, not its text.
    Pdf,
    /// Bytes that are not UTF-8 text, at this offset.
    NotText { offset: usize },
    /// Over the size limit.
    TooLarge { bytes: usize },
    /// Text in which none of the template's headings or labels appear.
    NotAnRmp,
    /// Text whose lines were joined: the importer reads an RMP by its lines.
    NoLineBreaks { chars: usize, lines: usize },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file is empty: there is no text to import"),
            ImportError::Pdf => write!(
                f,
                "this is a PDF file, not its text: extract the text first (pdftotext FILE.pdf FILE.txt, or select all and copy in a PDF viewer) and import the .txt"
            ),
            ImportError::NotText { offset } => write!(
                f,
                "the file is not UTF-8 text (invalid byte at offset {offset}): import the text extracted from the PDF, saved as UTF-8"
            ),
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MB; the limit is {} MB (an RMP's text is well under 1 MB)",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            ImportError::NoLineBreaks { chars, lines } => write!(
                f,
                "このテキストにはほとんど改行がありません（{chars} 文字で {lines} 行）。RMP は行ごとに読むため、行を保ったままもう一度コピーするか、PDF そのものを取り込んでください / \
                 the text has almost no line breaks ({chars} characters in {lines} lines), and an RMP is read by its lines: copy it again so that its lines stay, or import the PDF itself"
            ),
            ImportError::NotAnRmp => write!(
                f,
                "no part of an RMP was found: none of the template's headings or labels (安全性検討事項, 医薬品安全性監視計画, リスク最小化計画, 品目の概要, …) appear in the text"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Whether `bytes` are a PDF (`%PDF-` within its first kilobyte, as readers accept it).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.windows(5).take(1024).any(|w| w == b"%PDF-")
}

/// Imports raw bytes: checks size, PDF and UTF-8 first. `source` names the file in the draft.
pub fn import_bytes(bytes: &[u8], source: &str) -> Result<Import, ImportError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if is_pdf(bytes) {
        return Err(ImportError::Pdf);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotText {
        offset: e.valid_up_to(),
    })?;
    import(text, source)
}

/// Imports text.
pub fn import(text: &str, source: &str) -> Result<Import, ImportError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if is_pdf(text.as_bytes()) {
        return Err(ImportError::Pdf);
    }
    if text.contains('\0') {
        return Err(ImportError::NotText {
            offset: text.find('\0').unwrap_or(0),
        });
    }
    if joined(text) {
        return Err(ImportError::NoLineBreaks {
            chars: text.chars().count(),
            lines: text.lines().filter(|l| !l.trim().is_empty()).count(),
        });
    }
    assemble::assemble(text, source)
}

/// A line longer than this (whitespace runs counted once) is not a line a
/// PDF prints: an A4 page holds under 100 characters a line.
const LONGEST_LINE: usize = 160;

/// Whether the text's lines were joined (a copy that lost its line breaks,
/// or lines joined at 。): a third of its text in lines no PDF prints.
/// Read by its lines, it would give values that are wrong, so it is refused.
fn joined(text: &str) -> bool {
    let (mut all, mut long) = (0, 0);
    for line in text.lines() {
        let n = line
            .split_whitespace()
            .map(|w| w.chars().count() + 1)
            .sum::<usize>();
        all += n;
        if n > LONGEST_LINE {
            long += n;
        }
    }
    all > 2000 && long * 10 >= all * 3
}
