//! Text as it is matched: by the search, the catalog's filters and the
//! comparison's names alike.

/// Folds one character for matching: ASCII case, full-width ASCII to half-width.
/// One character in, one out, so positions map back to the printed text.
fn fold(c: char) -> char {
    let c = match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// Text as searched: each character folded ([`fold`]), whitespace of any
/// width left out.
pub(crate) fn key(text: &str) -> String {
    text.chars()
        .map(fold)
        .filter(|c| !c.is_whitespace())
        .collect()
}
