//! Reading an RMP from bytes or text, with errors that say what and where.

use super::locate::{offset_of, path_at};
use super::validate::{Diagnostic, Severity};
use super::Rmp;

/// Largest input accepted, in bytes. A real RMP is well under 1 MB; the
/// largest synthetic benchmark document is about 6 MB.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Deepest nesting of arrays and objects accepted. The model itself nests 13 deep.
pub const MAX_DEPTH: usize = 64;

/// Why a file could not be read as an RMP: a stable code, a message, the
/// JSON path and the line:column (1-based; 0 where there is no position).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Stable code: `empty`, `too-large`, `too-deep`, `encoding`, `not-json`,
    /// `syntax`, `truncated`, `not-rmp`, `missing-field`, `unknown-field`,
    /// `unknown-variant`, `invalid-type`, `invalid-value`.
    pub code: &'static str,
    /// What is wrong, in a sentence.
    pub message: String,
    /// JSON path of the value at fault (`safety_specification.identified_risks[0].id`), `.` for the root.
    pub path: String,
    /// Line, 1-based; 0 when unknown.
    pub line: usize,
    /// Column, 1-based; 0 when unknown.
    pub column: usize,
}

impl ParseError {
    fn at(code: &'static str, message: impl Into<String>, line: usize, column: usize) -> Self {
        ParseError {
            code,
            message: message.into(),
            path: ".".into(),
            line,
            column,
        }
    }

    /// A file of `len` bytes is over [`MAX_INPUT_BYTES`]: refused unread.
    pub fn too_large(len: usize) -> Self {
        ParseError::at(
            "too-large",
            {
                let tenths = len.saturating_mul(10) / (1024 * 1024);
                format!(
                    "the file is {}.{} MB; the limit is {} MB",
                    tenths / 10,
                    tenths % 10,
                    MAX_INPUT_BYTES / (1024 * 1024)
                )
            },
            0,
            0,
        )
    }

    /// The error as a diagnostic; the position is part of the message.
    pub fn to_diagnostic(&self) -> Diagnostic {
        let message = if self.line > 0 {
            format!(
                "{} (line {}, column {})",
                self.message, self.line, self.column
            )
        } else {
            self.message.clone()
        };
        Diagnostic {
            severity: Severity::Error,
            code: self.code,
            path: self.path.clone(),
            message,
        }
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)?;
        if self.line > 0 {
            write!(f, " (line {}, column {})", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

/// Parses raw bytes: checks size and UTF-8 first.
pub fn parse_bytes(bytes: &[u8]) -> Result<Rmp, ParseError> {
    check_size(bytes.len())?;
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let (line, column) =
                position_of(std::str::from_utf8(valid).unwrap_or_default(), valid.len());
            if e.error_len().is_none() {
                // The bytes stop inside a character: the file was cut off.
                return Err(ParseError::at(
                    "truncated",
                    format!(
                        "the file ends in the middle of a character at offset {}: it looks cut off",
                        e.valid_up_to()
                    ),
                    line,
                    column,
                ));
            }
            Err(ParseError::at(
                "encoding",
                format!(
                    "the file is not UTF-8: invalid byte at offset {}",
                    e.valid_up_to()
                ),
                line,
                column,
            ))
        }
    }
}

/// Parses JSON text into an RMP. A leading byte-order mark is ignored.
pub fn parse(text: &str) -> Result<Rmp, ParseError> {
    check_size(text.len())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.trim_start().chars().next();
    match first {
        None => return Err(ParseError::at("empty", "the file is empty", 0, 0)),
        Some('<') => {
            let (line, column) = position_of(text, text.len() - text.trim_start().len());
            return Err(ParseError::at(
                "not-json",
                "this is not JSON: it starts with `<`, as an HTML page or an error page does",
                line,
                column,
            ));
        }
        Some(c) if c != '{' => {
            let (line, column) = position_of(text, text.len() - text.trim_start().len());
            return Err(ParseError::at(
                "not-rmp",
                "this is not an RMP: the file must be a JSON object",
                line,
                column,
            ));
        }
        _ => {}
    }
    check_depth(text)?;
    serde_json::from_str::<Rmp>(text).map_err(|err| {
        let offset = offset_of(text, err.line(), err.column());
        classify(text, path_at(text, offset), &err)
    })
}

fn check_size(len: usize) -> Result<(), ParseError> {
    if len > MAX_INPUT_BYTES {
        return Err(ParseError::too_large(len));
    }
    Ok(())
}

/// Refuses nesting deeper than [`MAX_DEPTH`] before the parser recurses.
fn check_depth(text: &str) -> Result<(), ParseError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (offset, b) in text.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let (line, column) = position_of(text, offset);
                    return Err(ParseError::at(
                        "too-deep",
                        format!("the JSON nests deeper than {MAX_DEPTH} levels"),
                        line,
                        column,
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn classify(text: &str, path: String, err: &serde_json::Error) -> ParseError {
    use serde_json::error::Category;
    let full = err.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    let code = match err.classify() {
        Category::Eof => "truncated",
        Category::Syntax | Category::Io => "syntax",
        Category::Data if message.starts_with("unknown variant") => "unknown-variant",
        Category::Data if message.starts_with("missing field") => "missing-field",
        Category::Data if message.starts_with("unknown field") => "unknown-field",
        Category::Data if message.starts_with("invalid type") => "invalid-type",
        Category::Data => "invalid-value",
    };
    let message = match code {
        "truncated" => format!("the file ends too early, as if cut off ({message})"),
        "unknown-field" | "missing-field"
            if !path.contains(['.', '[']) && !looks_like_rmp(text) =>
        {
            return ParseError {
                code: "not-rmp",
                message: "this JSON is not an RMP: it has neither `format_version` nor `document` at the top".into(),
                path,
                line: 1,
                column: 1,
            };
        }
        _ => message,
    };
    // serde_json counts columns in bytes; the reader counts characters.
    let (line, column) = match err.line() {
        0 => (0, 0),
        _ => position_of(text, offset_of(text, err.line(), err.column())),
    };
    ParseError {
        code,
        message,
        path,
        line,
        column,
    }
}

fn looks_like_rmp(text: &str) -> bool {
    // Keys only: the values are skipped, not built.
    match serde_json::from_str::<std::collections::BTreeMap<String, serde::de::IgnoredAny>>(text) {
        Ok(map) => map.contains_key("format_version") || map.contains_key("document"),
        Err(_) => true,
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn position_of(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
