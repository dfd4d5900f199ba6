//! A word-level diff of two texts. Japanese has no spaces, so a "word" is a
//! run of one kind of character: kanji, hiragana, katakana, Latin letters
//! and digits, or a single punctuation mark.

use serde::Serialize;

/// One stretch of a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// In both texts.
    Same(String),
    /// Only in the new text.
    Added(String),
    /// Only in the old text.
    Removed(String),
}

fn class(c: char) -> u8 {
    match c {
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々' => 1,
        '\u{3040}'..='\u{309F}' => 2,
        '\u{30A0}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}' => 3,
        c if c.is_alphanumeric() => 4,
        c if c.is_whitespace() => 5,
        _ => 0,
    }
}

/// The words of a text, in order: their concatenation is the text.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<u8> = None;
    for (i, c) in text.char_indices() {
        let k = class(c);
        if let Some(p) = prev {
            if k != p || k == 0 {
                out.push(&text[start..i]);
                start = i;
            }
        }
        prev = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Longest texts compared word by word (old words × new words); past it,
/// the whole text is shown as replaced.
const MAX_CELLS: usize = 4_000_000;

/// The diff of two texts, adjacent stretches of one kind merged.
pub fn diff(old: &str, new: &str) -> Vec<Segment> {
    let (a, b) = (words(old), words(new));
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        return vec![
            Segment::Removed(old.to_string()),
            Segment::Added(new.to_string()),
        ];
    }
    // Longest common subsequence, table of suffix lengths.
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let v = if a.get(i) == b.get(j) {
                lcs.get(at(i + 1, j + 1)).copied().unwrap_or(0) + 1
            } else {
                let down = lcs.get(at(i + 1, j)).copied().unwrap_or(0);
                let right = lcs.get(at(i, j + 1)).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(cell) = lcs.get_mut(at(i, j)) {
                *cell = v;
            }
        }
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut push = |s: Segment| {
        let merged = match (out.last_mut(), &s) {
            (Some(Segment::Same(x)), Segment::Same(y))
            | (Some(Segment::Added(x)), Segment::Added(y))
            | (Some(Segment::Removed(x)), Segment::Removed(y)) => {
                x.push_str(y);
                true
            }
            _ => false,
        };
        if !merged {
            out.push(s);
        }
    };
    let (mut i, mut j) = (0, 0);
    let get = |i: usize, j: usize| lcs.get(at(i, j)).copied().unwrap_or(0);
    while i < n || j < m {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                push(Segment::Same((*x).to_string()));
                i += 1;
                j += 1;
            }
            (Some(x), Some(_)) if get(i + 1, j) >= get(i, j + 1) => {
                push(Segment::Removed((*x).to_string()));
                i += 1;
            }
            (_, Some(y)) => {
                push(Segment::Added((*y).to_string()));
                j += 1;
            }
            (Some(x), None) => {
                push(Segment::Removed((*x).to_string()));
                i += 1;
            }
            (None, None) => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_splits_into_runs_of_one_script() {
        assert_eq!(
            words("本剤投与例において発現"),
            ["本剤投与例", "において", "発現"]
        );
        assert_eq!(
            words("CRS の発現（41/90 例）"),
            ["CRS", " ", "の", "発現", "（", "41", "/", "90", " ", "例", "）"]
        );
    }

    #[test]
    fn a_changed_word_is_removed_then_added() {
        assert_eq!(
            diff("重篤な感染症が発現した。", "重篤な肺炎が発現した。"),
            vec![
                Segment::Same("重篤な".into()),
                Segment::Removed("感染症".into()),
                Segment::Added("肺炎".into()),
                Segment::Same("が発現した。".into()),
            ]
        );
        assert_eq!(diff("同じ", "同じ"), vec![Segment::Same("同じ".into())]);
    }
}
