//! A piece: one non-blank line of the source, trimmed, with its line
//! number. Every part of the template is read from pieces.

/// One non-blank source line, trimmed, with its 1-based line number.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Line number in the source, from 1.
    pub line: usize,
    /// The line without surrounding whitespace.
    pub text: String,
}

impl Piece {
    pub fn new(line: usize, text: &str) -> Self {
        Piece {
            line,
            text: text.trim().to_string(),
        }
    }
}

/// Pieces numbered from line 1, for tests.
#[cfg(test)]
pub fn numbered(lines: &[&str]) -> Vec<Piece> {
    lines
        .iter()
        .enumerate()
        .map(|(i, t)| Piece::new(i + 1, t))
        .collect()
}
