//! Opening a document for the viewer: parse, validate, and one report of
//! what is wrong, with where, whatever the failure was.

use rmp_model::{parse_bytes, validate, Diagnostic, ParseError, Rmp};

/// A document that opened: the model and its warnings.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The model.
    pub rmp: Rmp,
    /// Warnings found by validation (the document still shows).
    pub warnings: Vec<Diagnostic>,
}

/// Why a document cannot be shown, and where the fault is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Stable code (`syntax`, `missing-field`, `dangling-reference`, `http-status`, `network`…).
    pub code: String,
    /// What is wrong, in a sentence.
    pub message: String,
    /// JSON path of the value at fault; empty when not about a value.
    pub path: String,
    /// Line and column, 1-based; `None` when unknown.
    pub position: Option<(usize, usize)>,
    /// Further errors of the same document, after the first.
    pub more: Vec<Diagnostic>,
}

impl Problem {
    /// A problem that is not about the document's content (network, file).
    pub fn plain(code: &str, message: impl Into<String>) -> Problem {
        Problem {
            code: code.to_string(),
            message: message.into(),
            path: String::new(),
            position: None,
            more: Vec::new(),
        }
    }

    /// The server answered with an error status.
    pub fn http_status(url: &str, status: u16, status_text: &str) -> Problem {
        let text = if status_text.is_empty() {
            String::new()
        } else {
            format!(" {status_text}")
        };
        Problem::plain(
            "http-status",
            format!("{url} could not be loaded: the server answered {status}{text}."),
        )
    }

    /// The request did not complete (offline, refused by CORS, DNS…).
    pub fn network(url: &str, detail: &str) -> Problem {
        Problem::plain(
            "network",
            format!("{url} could not be loaded: the request failed ({detail}). Check the address, the network, and that the server allows this page to read it (CORS)."),
        )
    }

    /// The file is over the size limit (refused before reading it).
    pub fn too_large(bytes: f64) -> Problem {
        let mut problem = Problem::from(ParseError::too_large(bytes as usize));
        problem.path.clear(); // not about a value in the file
        problem
    }

    /// The request took too long.
    pub fn timeout(url: &str, seconds: u32) -> Problem {
        Problem::plain(
            "timeout",
            format!("{url} did not answer within {seconds} seconds."),
        )
    }
}

impl From<ParseError> for Problem {
    fn from(e: ParseError) -> Problem {
        Problem {
            code: e.code.to_string(),
            message: e.message,
            path: e.path,
            position: (e.line > 0).then_some((e.line, e.column)),
            more: Vec::new(),
        }
    }
}

/// Parses and validates a document. Errors refuse it (the first is the
/// headline, the rest are listed); warnings do not.
pub fn open(bytes: &[u8]) -> Result<Opened, Problem> {
    let rmp = parse_bytes(bytes)?;
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        validate(&rmp).into_iter().partition(Diagnostic::is_error);
    let mut errors = errors.into_iter();
    match errors.next() {
        Some(first) => Err(Problem {
            code: first.code.to_string(),
            message: first.message,
            path: first.path,
            position: None,
            more: errors.collect(),
        }),
        None => Ok(Opened { rmp, warnings }),
    }
}
