//! Finding the template's headings and labels in wrapped text: a label is
//! found at the start of a line, may run over several lines, and matches
//! whatever the widths, commas and spaces (`１.（１）安全性検討事項` =
//! `1.1 安全性検討事項`).

use crate::piece::Piece;
use crate::text::fold;

/// How far a label may run over lines.
const MAX_LABEL_LINES: usize = 6;

/// A section number before a heading: `１.（１）`, `1.1.`, `５.（３）`, `2.`.
fn numbering_len(s: &str) -> usize {
    let mut end = 0;
    let mut digits = 0;
    for (i, c) in s.char_indices() {
        let f = fold(c);
        if f.is_ascii_digit() {
            digits += 1;
        } else if !matches!(f, '.' | '(' | ')' | ' ') {
            break;
        }
        end = i + c.len_utf8();
        if end > 16 {
            return 0;
        }
    }
    if digits == 0 || digits > 3 {
        return 0;
    }
    end
}

/// A piece that is only a section number (`2`, `5.1`).
pub fn numbering_only(p: &Piece) -> bool {
    let t = p.text.trim();
    !t.is_empty() && numbering_len(t) == t.len() && t.chars().count() <= 5
}

/// If `label` starts at byte `off` of piece `i` (whitespace and widths
/// ignored, a section number skipped when `numbered`), where it ends: the
/// piece that holds its last character and the byte offset after it and
/// after a following colon.
pub fn match_at(
    pieces: &[Piece],
    i: usize,
    off: usize,
    label: &str,
    numbered: bool,
) -> Option<(usize, usize)> {
    let mut want = label
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(fold)
        .peekable();
    let mut pi = i;
    let first = pieces.get(i)?;
    let mut off = off;
    if numbered {
        off += numbering_len(first.text.get(off..)?);
    }
    loop {
        let piece = pieces.get(pi)?;
        let text = piece.text.get(off..)?;
        let mut end = off;
        for (bi, c) in text.char_indices() {
            if want.peek().is_none() {
                break;
            }
            end = off + bi + c.len_utf8();
            if c.is_whitespace() {
                continue;
            }
            if Some(fold(c)) != want.next() {
                return None;
            }
        }
        if want.peek().is_none() {
            // Skip a colon and spaces after the label.
            let rest = piece.text.get(end..).unwrap_or("");
            let skip: usize = rest
                .char_indices()
                .take_while(|(_, c)| c.is_whitespace() || matches!(fold(*c), ':'))
                .map(|(_, c)| c.len_utf8())
                .sum();
            return Some((pi, end + skip));
        }
        pi += 1;
        off = 0;
        if pi >= i + MAX_LABEL_LINES {
            return None;
        }
    }
}

/// A part of a region that starts with one of the labels.
#[derive(Debug, Clone)]
pub struct Part {
    /// Index of the label that starts it.
    pub label: usize,
    /// The pieces that hold the label.
    pub head: Vec<Piece>,
    /// The text after the label, up to the next label.
    pub body: Vec<Piece>,
}

/// Which of the labels starts at piece `i` (the longest), and where it ends.
pub fn label_at(
    pieces: &[Piece],
    i: usize,
    labels: &[&str],
    numbered: bool,
) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize, usize)> = None;
    for (li, label) in labels.iter().enumerate() {
        let found = match_at(pieces, i, 0, label, numbered).or_else(|| {
            // A section number alone on the line before its heading.
            if numbered && pieces.get(i).is_some_and(numbering_only) {
                match_at(pieces, i + 1, 0, label, false)
            } else {
                None
            }
        });
        if let Some((pi, off)) = found {
            let len = label.chars().count();
            if best.is_none_or(|b| len > b.3) {
                best = Some((li, pi, off, len));
            }
        }
    }
    best.map(|(li, pi, off, _)| (li, pi, off))
}

/// The rest of piece `i` after byte `off`, then the pieces after it up to `end`.
pub fn rest(pieces: &[Piece], i: usize, off: usize, end: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    if let Some(p) = pieces.get(i) {
        let t = p.text.get(off..).unwrap_or("").trim();
        if !t.is_empty() {
            out.push(Piece::new(p.line, t));
        }
    }
    out.extend(pieces.get(i + 1..end).unwrap_or(&[]).iter().cloned());
    out
}

/// Splits pieces at every line that starts with one of the labels: the
/// pieces before the first label, then each labelled part.
pub fn split(pieces: &[Piece], labels: &[&str], numbered: bool) -> (Vec<Piece>, Vec<Part>) {
    let mut starts = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if let Some((li, pi, off)) = label_at(pieces, i, labels, numbered) {
            starts.push((i, li, pi, off));
            i = pi + 1;
        } else {
            i += 1;
        }
    }
    let before = pieces
        .get(..starts.first().map_or(pieces.len(), |s| s.0))
        .unwrap_or(&[])
        .to_vec();
    let mut parts = Vec::new();
    for (k, &(start, li, pi, off)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(pieces.len(), |s| s.0);
        let mut head: Vec<Piece> = pieces.get(start..=pi).unwrap_or(&[]).to_vec();
        if let Some(last) = head.last_mut() {
            last.text = last.text.get(..off).unwrap_or("").to_string();
        }
        parts.push(Part {
            label: li,
            head,
            body: rest(pieces, pi, off, end),
        });
    }
    (before, parts)
}

/// The texts of pieces.
pub fn texts(pieces: &[Piece]) -> impl Iterator<Item = &str> {
    pieces.iter().map(|p| p.text.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::piece::numbered as ps;

    #[test]
    fn labels_match_over_lines_and_widths() {
        let p = ps(&["医薬品安全性監視活動の内容及びその選", "択理由：【内容】"]);
        assert_eq!(
            match_at(
                &p,
                0,
                0,
                "医薬品安全性監視活動の内容及びその選択理由",
                false
            ),
            Some((1, "択理由：".len()))
        );
        let p = ps(&["１.（１）安全性検討事項"]);
        assert!(match_at(&p, 0, 0, "安全性検討事項", true).is_some());
        let p = ps(&["5.1", "医薬品安全性監視計画の一覧"]);
        assert!(label_at(&p, 0, &["医薬品安全性監視計画の一覧"], true).is_some());
    }

    #[test]
    fn splits_at_labels_keeping_text_after_them() {
        let p = ps(&["前", "【目的】目的の文。", "続き", "【実施方法】", "方法"]);
        let (before, parts) = split(&p, &["【目的】", "【実施方法】"], false);
        assert_eq!(texts(&before).collect::<Vec<_>>(), ["前"]);
        assert_eq!(parts.len(), 2);
        assert_eq!(
            texts(&parts[0].body).collect::<Vec<_>>(),
            ["目的の文。", "続き"]
        );
        assert_eq!(texts(&parts[1].body).collect::<Vec<_>>(), ["方法"]);
    }
}
