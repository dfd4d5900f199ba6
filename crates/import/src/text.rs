//! Characters and lines: the folding that makes `１.（１）` match `1.(1)`,
//! the rule that joins lines a PDF wrapped, and paragraphs.

/// A character folded for matching: full-width ASCII to ASCII, `、` and `，` to `,`,
/// the ideographic space to a space. Text placed in the model is never folded.
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '、' => ',',
        '\u{3000}' => ' ',
        '〜' => '~',
        '･' => '・',
        _ => c,
    }
}

/// The text folded, without whitespace: the key two spellings share.
pub fn key(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).map(fold).collect()
}

/// Half-width letters and digits: the runs a PDF wrap never splits and the
/// document sets apart from Japanese with a space.
fn latin(c: char) -> bool {
    fold(c).is_ascii_alphanumeric()
}

/// Joins two wrapped pieces of one paragraph. Japanese joins directly; a
/// half-width letter or digit meeting a letter, digit or kana/kanji on the
/// other side gets the space the document prints there (`21 日間を 1` +
/// `サイクル` → `21 日間を 1 サイクル`, `Clinical` + `Efficacy`).
pub fn join(out: &mut String, next: &str) {
    let next = next.trim();
    if next.is_empty() {
        return;
    }
    let (Some(a), Some(b)) = (out.chars().next_back(), next.chars().next()) else {
        out.push_str(next);
        return;
    };
    let word = |c: char| latin(c) || c.is_alphabetic();
    let ascii_punct = |c: char| matches!(c, '.' | ',' | ';' | ':');
    if (latin(a) && word(b)) || (word(a) && latin(b)) || (ascii_punct(a) && latin(b)) {
        out.push(' ');
    }
    out.push_str(next);
}

/// Joins pieces into one string with [`join`].
pub fn joined<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in pieces {
        join(&mut out, p);
    }
    out
}

/// A bullet or a numbered item starts a paragraph: `・`, `〇`, `(1)`, `（1）`,
/// `＊1：`, `*1`, `①`.
pub fn starts_item(s: &str) -> bool {
    let s = s.trim_start();
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(
        first,
        '・' | '〇' | '○' | '●' | '■' | '◆' | '\u{F000}'..='\u{F0FF}'
    ) || ('①'..='⑳').contains(&first)
    {
        return true;
    }
    let folded: String = s.chars().take(6).map(fold).collect();
    let rest = folded.trim_start_matches(['(', '*']);
    if rest.len() == folded.len() {
        return false;
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && digits <= 2
}

/// Paragraphs as groups of pieces: a piece that ends a sentence (`。`) ends
/// its paragraph, and an item (see [`starts_item`]) starts one.
pub fn paragraph_groups(pieces: &[crate::piece::Piece]) -> Vec<Vec<crate::piece::Piece>> {
    grouped(pieces.iter().cloned(), |p| &p.text)
}

/// Items grouped into paragraphs by their text, blank ones left out: the one
/// rule [`paragraph_groups`] and [`paragraphs`] share.
fn grouped<T>(items: impl IntoIterator<Item = T>, text: impl Fn(&T) -> &str) -> Vec<Vec<T>> {
    let mut out: Vec<Vec<T>> = Vec::new();
    let mut open = false;
    for item in items {
        let t = text(&item).trim();
        if t.is_empty() {
            continue;
        }
        let (item_starts, ends) = (starts_item(t), t.ends_with('。'));
        match out.last_mut() {
            Some(last) if open && !item_starts => last.push(item),
            _ => out.push(vec![item]),
        }
        open = !ends;
    }
    out
}

/// Paragraphs from wrapped pieces: a piece that ends a sentence (`。`) ends its
/// paragraph, and an item (see [`starts_item`]) starts one.
pub fn paragraphs<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    grouped(pieces, |p| p).into_iter().map(joined).collect()
}

/// The bracket depth a text leaves open: `（`, `(`, `「`, `【`, `〈` against their closers.
pub fn depth(s: &str) -> i32 {
    s.chars()
        .map(|c| match c {
            '（' | '(' | '「' | '【' | '〈' | '［' | '[' => 1,
            '）' | ')' | '」' | '】' | '〉' | '］' | ']' => -1,
            _ => 0,
        })
        .sum()
}

/// Full-width digits as half-width ones, for reading numbers.
pub fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Which form a cover or a title starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Form {
    /// 別紙様式２: 医薬品リスク管理計画書（RMP）の概要.
    Summary,
    /// 別紙様式１: 医薬品リスク管理計画書.
    Plan,
}

/// Whether a line's key is one of the template's own titles or form markers.
pub fn template_title(k: &str) -> bool {
    title(k).is_some() || k.trim_start_matches('(').starts_with("別紙様式")
}

pub fn title(k: &str) -> Option<Form> {
    if k.contains("(RMP)の概要") || k.starts_with("医薬品リスク管理計画書(RMP)") {
        Some(Form::Summary)
    } else if k == "医薬品リスク管理計画書" {
        Some(Form::Plan)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_as_the_document_prints() {
        assert_eq!(
            joined(["21 日間を 1", "サイクルとし"]),
            "21 日間を 1 サイクルとし"
        );
        assert_eq!(joined(["15 日目に 60 ", "mg，"]), "15 日目に 60 mg，");
        assert_eq!(joined(["重篤", "化する"]), "重篤化する");
        assert_eq!(joined(["（ICANS)", "が"]), "（ICANS)が");
        assert_eq!(joined(["Clinical ", "Efficacy"]), "Clinical Efficacy");
        assert_eq!(joined(["計", "17 サイクル"]), "計 17 サイクル");
        assert_eq!(joined(["「CAR-T", "療法"]), "「CAR-T 療法");
    }

    #[test]
    fn paragraphs_end_at_sentences_and_start_at_items() {
        let p = paragraphs(["一文目の途中", "終わり。", "・項目", "続き", "(1) 次"]);
        assert_eq!(p, ["一文目の途中終わり。", "・項目続き", "(1) 次"]);
    }

    #[test]
    fn folds_widths_and_commas() {
        assert_eq!(key("１.（１） 安全性検討事項"), "1.(1)安全性検討事項");
        assert_eq!(key("a、b，c"), "a,b,c");
        assert!(starts_item("（1）医師要件"));
        assert!(starts_item("*1 MedDRA"));
        assert!(!starts_item("2025 年"));
        assert!(!starts_item("(ICANS)"));
    }
}
