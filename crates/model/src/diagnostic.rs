//! The one shape of every problem: a file that cannot be read, a finding of
//! validation, a document the viewer could not load. Each has a severity, a
//! stable code, the JSON path it is about and, where known, a position.

use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document is wrong: it is refused.
    Error,
    /// The document is accepted, but something deserves a look.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as the command line prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Declares [`Code`] with each variant's stable name, written once.
macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// What kind of problem: a stable kebab-case name in JSON, on the
        /// command line and in the viewer's `rmp-error` event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        pub enum Code {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Code {
            /// Every code, in the order declared.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable name (`percent-mismatch`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    // ----- reading a file (parsing) -----
    /// The file is empty.
    Empty = "empty",
    /// The file is over the size limit.
    TooLarge = "too-large",
    /// The JSON nests deeper than the depth limit.
    TooDeep = "too-deep",
    /// The bytes are not UTF-8 (a binary file, say).
    Encoding = "encoding",
    /// The file is a PDF: its text is for the importer, not the viewer.
    Pdf = "pdf",
    /// The text is not JSON (an HTML page, for example).
    NotJson = "not-json",
    /// The JSON is malformed.
    Syntax = "syntax",
    /// The file stops too early, as if cut off.
    Truncated = "truncated",
    /// The JSON is not an RMP document.
    NotRmp = "not-rmp",
    /// The JSON is not a catalog of RMP documents (`rmp catalog`).
    NotCatalog = "not-catalog",
    /// A field the model requires is missing.
    MissingField = "missing-field",
    /// A field the model does not have.
    UnknownField = "unknown-field",
    /// A value outside an enumeration (a status, a category).
    UnknownVariant = "unknown-variant",
    /// A value of the wrong type (a string for a number).
    InvalidType = "invalid-type",
    /// A value of the right type that the model does not accept.
    InvalidValue = "invalid-value",
    // ----- count limits -----
    /// More safety concerns than the viewer shows.
    TooManyConcerns = "too-many-concerns",
    /// More activities than the viewer shows.
    TooManyActivities = "too-many-activities",
    /// More incidence cells than the viewer shows.
    TooManyCells = "too-many-cells",
    /// A risk × activity matrix larger than the viewer draws.
    MatrixTooLarge = "matrix-too-large",
    // ----- validation: errors -----
    /// A format version this viewer does not read.
    UnsupportedVersion = "unsupported-version",
    /// An id used twice.
    DuplicateId = "duplicate-id",
    /// A reference to an id nothing has.
    DanglingReference = "dangling-reference",
    /// An id that is not of the allowed form.
    InvalidId = "invalid-id",
    /// A date that is not YYYY, YYYY-MM or YYYY-MM-DD.
    InvalidDate = "invalid-date",
    /// An incidence table whose rows and cohorts do not fit.
    TableShape = "table-shape",
    /// A printed percentage that is not a number with one decimal.
    InvalidPercent = "invalid-percent",
    /// A cohort of zero patients.
    ZeroDenominator = "zero-denominator",
    /// A grade row of kind `other` without its printed label.
    MissingLabel = "missing-label",
    // ----- validation: warnings -----
    /// A printed percentage that differs from n/N.
    PercentMismatch = "percent-mismatch",
    /// More patients with an event than in the cohort.
    CountExceedsDenominator = "count-exceeds-denominator",
    /// A period that ends before it starts.
    DateOrder = "date-order",
    /// The summary (別紙様式2) and the full plan disagree.
    SummaryMismatch = "summary-mismatch",
    /// An activity of the outline missing from the section 5 list.
    ListMismatch = "list-mismatch",
    /// A status that its printed label does not say.
    StatusLabelMismatch = "status-label-mismatch",
    /// A name with an invisible or direction-changing character.
    HiddenCharacter = "hidden-character",
    /// A material address that is not shown as a link.
    UnsafeLink = "unsafe-link",
    /// A document imported from a PDF's text that a person has not finished checking.
    ImportDraft = "import-draft",
    /// One item of an import draft's review list: what to check against the PDF.
    ImportReview = "import-review",
    /// A value an import draft marks as not in its text, named by a pointer to nothing in the document.
    AbsentPointer = "absent-pointer",
    // ----- loading -----
    /// A file could not be read from disk (the command line).
    Io = "io",
    /// A file the reader picked or dropped could not be read (the viewer).
    File = "file",
    /// The server answered with an error status.
    HttpStatus = "http-status",
    /// The request did not complete.
    Network = "network",
    /// The request took too long.
    Timeout = "timeout",
    /// A source the page does not allow.
    UntrustedSource = "untrusted-source",
    /// A catalog's document whose contents are not what the catalog lists
    /// (its hash differs): another file under a listed product's name.
    CatalogMismatch = "catalog-mismatch",
    /// Data handed to the viewer that cannot be read.
    InvalidData = "invalid-data",
    /// An embedded viewer was given no document (neither `src` nor `data`).
    NoDocument = "no-document",
    /// The viewer stopped on an internal error.
    Panic = "panic",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A place in the text of a file: line and column, 1-based, the column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// One problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem.
    pub code: Code,
    /// JSON path of the value at fault (`safety_specification.identified_risks[2].incidence[0]…`),
    /// `.` for the whole document, empty when it is not about a value (a network failure).
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
    /// Where in the file's text, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
}

impl Diagnostic {
    /// An error about the value at `path`.
    pub fn error(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            path: path.into(),
            message: message.into(),
            position: None,
        }
    }

    /// A warning about the value at `path`.
    pub fn warning(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, path, message)
        }
    }

    /// An error that is not about a value of the document (a file, a request).
    pub fn failure(code: Code, message: impl Into<String>) -> Self {
        Diagnostic::error(code, "", message)
    }

    /// The same, at a line and column of the text.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.position = Some(Position { line, column });
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message with the position, when known: "… (line 3, column 5)".
    pub fn located_message(&self) -> String {
        match self.position {
            Some(p) => format!("{} (line {}, column {})", self.message, p.line, p.column),
            None => self.message.clone(),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = if self.path.is_empty() {
            "."
        } else {
            &self.path
        };
        write!(
            f,
            "{}[{}] {path}: {}",
            self.severity.as_str(),
            self.code,
            self.located_message()
        )
    }
}

impl std::error::Error for Diagnostic {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_has_one_kebab_case_name_in_json_and_text() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(name
                .split('-')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())));
            assert_eq!(serde_json::to_value(code).unwrap(), name);
        }
    }

    #[test]
    fn the_position_is_part_of_the_text_when_known() {
        let d = Diagnostic::error(Code::Syntax, ".", "expected `,`").at(3, 5);
        assert_eq!(
            d.to_string(),
            "error[syntax] .: expected `,` (line 3, column 5)"
        );
        let d = Diagnostic::failure(Code::Network, "offline");
        assert_eq!(d.to_string(), "error[network] .: offline");
    }
}
