//! Reading an RMP from bytes or text, with errors that say what and where.

use super::diagnostic::{Code, Diagnostic};
use super::locate::{offset_of, path_at};
use super::Rmp;

/// Largest input accepted, in bytes. A real RMP is well under 1 MB; the
/// largest synthetic benchmark document is about 6 MB.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Deepest nesting of arrays and objects accepted. The model itself nests 13 deep.
pub const MAX_DEPTH: usize = 64;

/// A problem of the whole file, at a line and column (none when both are 0).
fn at(code: Code, message: impl Into<String>, line: usize, column: usize) -> Diagnostic {
    let d = Diagnostic::error(code, ".", message);
    if line > 0 {
        d.at(line, column)
    } else {
        d
    }
}

/// A file of `len` bytes is over [`MAX_INPUT_BYTES`]: refused unread. Not
/// about a value of the document, so without a path.
pub fn too_large(len: usize) -> Diagnostic {
    let tenths = len.saturating_mul(10) / (1024 * 1024);
    Diagnostic::failure(
        Code::TooLarge,
        format!(
            "the file is {}.{} MB; the limit is {} MB",
            tenths / 10,
            tenths % 10,
            MAX_INPUT_BYTES / (1024 * 1024)
        ),
    )
}

/// A file sent without its length that grew past the limit while it was
/// read: reading stopped there, so its size is not known.
pub fn too_large_stopped() -> Diagnostic {
    Diagnostic::failure(
        Code::TooLarge,
        format!(
            "the file is larger than {} MB, the limit: reading stopped there",
            MAX_INPUT_BYTES / (1024 * 1024)
        ),
    )
}

/// Parses raw bytes: checks size, then that they are text at all (a PDF, a
/// binary file), then UTF-8.
pub fn parse_bytes(bytes: &[u8]) -> Result<Rmp, Diagnostic> {
    parse(text_of(bytes)?)
}

/// The text of a file that should hold JSON (an RMP, a catalog): refused
/// over the size limit, as a PDF or a binary file, or where it is not UTF-8
/// (with the line and column of the first bad byte). A byte-order mark stays.
pub fn text_of(bytes: &[u8]) -> Result<&str, Diagnostic> {
    check_size(bytes.len())?;
    let head = bytes.get(..1024).unwrap_or(bytes);
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Err(Diagnostic::failure(
            Code::Pdf,
            "this is a PDF, not the JSON of an RMP: to read a PDF, import its text (the import page, or `rmp import`)",
        ));
    }
    if bytes.iter().take(8192).any(|b| *b == 0) {
        return Err(Diagnostic::failure(
            Code::Encoding,
            "this is a binary file, not the JSON text of an RMP",
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let (line, column) =
            position_of(std::str::from_utf8(valid).unwrap_or_default(), valid.len());
        if e.error_len().is_none() {
            // The bytes stop inside a character: the file was cut off.
            return at(
                Code::Truncated,
                format!(
                    "the file ends in the middle of a character at offset {}: it looks cut off",
                    e.valid_up_to()
                ),
                line,
                column,
            );
        }
        at(
            Code::Encoding,
            format!(
                "the file is not UTF-8: invalid byte at offset {}",
                e.valid_up_to()
            ),
            line,
            column,
        )
    })
}

/// Parses JSON text into an RMP. A leading byte-order mark is ignored.
pub fn parse(text: &str) -> Result<Rmp, Diagnostic> {
    check_size(text.len())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.trim_start().chars().next();
    match first {
        None => return Err(at(Code::Empty, "the file is empty", 0, 0)),
        Some('<') => {
            let (line, column) = position_of(text, text.len() - text.trim_start().len());
            return Err(at(
                Code::NotJson,
                "this is not JSON: it starts with `<`, as an HTML page or an error page does",
                line,
                column,
            ));
        }
        Some(c) if c != '{' => {
            let (line, column) = position_of(text, text.len() - text.trim_start().len());
            return Err(at(
                Code::NotRmp,
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

fn check_size(len: usize) -> Result<(), Diagnostic> {
    if len > MAX_INPUT_BYTES {
        return Err(too_large(len));
    }
    Ok(())
}

/// Refuses nesting deeper than [`MAX_DEPTH`] before the parser recurses.
fn check_depth(text: &str) -> Result<(), Diagnostic> {
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
                    return Err(at(
                        Code::TooDeep,
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

/// The code of a serde error. serde_json gives the category of an error but
/// not, within the data category, which of serde's own errors it is: those
/// are told apart by the fixed wording serde gives each (`missing field`, …).
fn code_of(err: &serde_json::Error, message: &str) -> Code {
    use serde_json::error::Category;
    match err.classify() {
        Category::Eof => Code::Truncated,
        Category::Syntax | Category::Io => Code::Syntax,
        Category::Data => [
            ("unknown variant", Code::UnknownVariant),
            ("missing field", Code::MissingField),
            ("unknown field", Code::UnknownField),
            ("invalid type", Code::InvalidType),
        ]
        .into_iter()
        .find(|(wording, _)| message.starts_with(wording))
        .map_or(Code::InvalidValue, |(_, code)| code),
    }
}

fn classify(text: &str, path: String, err: &serde_json::Error) -> Diagnostic {
    let full = err.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    let code = code_of(err, &message);
    let message = match code {
        Code::Truncated => format!("the file ends too early, as if cut off ({message})"),
        Code::UnknownField | Code::MissingField
            if !path.contains(['.', '[']) && !looks_like_rmp(text) =>
        {
            return Diagnostic::error(
                Code::NotRmp,
                path,
                "this JSON is not an RMP: it has neither `format_version` nor `document` at the top",
            )
            .at(1, 1);
        }
        _ => message,
    };
    let diagnostic = Diagnostic::error(code, path, message);
    // serde_json counts columns in bytes; the reader counts characters.
    match err.line() {
        0 => diagnostic,
        line => {
            let (line, column) = position_of(text, offset_of(text, line, err.column()));
            diagnostic.at(line, column)
        }
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
