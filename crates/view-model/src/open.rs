//! Opening a document for the viewer: parse, validate, and one report of
//! what is wrong, with where, whatever the failure was (a file, a request,
//! the content).

use rmp_model::{parse_bytes, validate, Code, Diagnostic, Rmp};

/// A document that opened: the model and its warnings.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The model.
    pub rmp: Rmp,
    /// Warnings found by validation (the document still shows).
    pub warnings: Vec<Diagnostic>,
}

/// Why a document is not shown: the first error, and the others of the
/// same document after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The headline.
    pub error: Diagnostic,
    /// Further errors of the same document, after the first.
    pub more: Vec<Diagnostic>,
}

impl From<Diagnostic> for Refusal {
    fn from(error: Diagnostic) -> Refusal {
        Refusal {
            error,
            more: Vec::new(),
        }
    }
}

/// The server answered with an error status.
pub fn http_status(url: &str, status: u16, status_text: &str) -> Diagnostic {
    let text = if status_text.is_empty() {
        String::new()
    } else {
        format!(" {status_text}")
    };
    Diagnostic::failure(
        Code::HttpStatus,
        format!("{url} could not be loaded: the server answered {status}{text}."),
    )
}

/// The request did not complete (offline, refused by CORS, DNS…).
pub fn network(url: &str, detail: &str) -> Diagnostic {
    Diagnostic::failure(
        Code::Network,
        format!("{url} could not be loaded: the request failed ({detail}). Check the address, the network, and that the server allows this page to read it (CORS)."),
    )
}

/// A catalog's document whose bytes do not hash to what the catalog lists
/// for it; `None` where they do.
pub fn catalog_mismatch(
    file: &str,
    product: &str,
    expected: &str,
    bytes: &[u8],
) -> Option<Diagnostic> {
    let actual = crate::catalog::hash(bytes);
    (actual != expected).then(|| {
        Diagnostic::failure(
            Code::CatalogMismatch,
            format!("{file} is not the document the catalog lists for {product}: its contents differ from the catalog's entry ({expected}; the file is {actual}). It is not shown."),
        )
    })
}

/// The request took too long.
pub fn timeout(url: &str, seconds: u32) -> Diagnostic {
    Diagnostic::failure(
        Code::Timeout,
        format!("{url} did not answer within {seconds} seconds."),
    )
}

/// Parses and validates a document. Errors refuse it (the first is the
/// headline, the rest are listed); warnings do not.
pub fn open(bytes: &[u8]) -> Result<Opened, Refusal> {
    let rmp = parse_bytes(bytes)?;
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        validate(&rmp).into_iter().partition(Diagnostic::is_error);
    let mut errors = errors.into_iter();
    match errors.next() {
        Some(error) => Err(Refusal {
            error,
            more: errors.collect(),
        }),
        None => Ok(Opened { rmp, warnings }),
    }
}
