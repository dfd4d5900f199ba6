//! Kanji a PDF's text gives as radicals: a font may map the glyph of 用 to
//! the Kangxi radical ⽤ (U+2F64), which looks the same, and a PDF viewer's
//! copy or pdf.js then gives ⽤. The text is read with each such radical as
//! the kanji it prints (the Unicode compatibility mapping, one to one), and
//! the report says so. Where a text has such radicals, its font gave every
//! shared glyph the lowest code point it has: then ‧ (U+2027) is the middle
//! dot ・, 〜 (U+301C) the full-width tilde ～ and ∕ (U+2215) the full-width
//! solidus ／ that Japanese documents print, and they are read so too; in a text without radicals both stay
//! as they are.

use std::borrow::Cow;

/// The kanji of each Kangxi radical, U+2F00 to U+2FD5 in order.
const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

/// The kanji a radical prints (or the bracket an angle bracket is), or None.
fn kanji(c: char) -> Option<char> {
    match c {
        '\u{2F00}'..='\u{2FD5}' => KANGXI.chars().nth(c as usize - 0x2F00),
        '\u{2E9F}' => Some('母'),
        '\u{2EF3}' => Some('龟'),
        // Not radicals, but the same in Unicode's eyes (canonical equivalents).
        '\u{2329}' => Some('〈'),
        '\u{232A}' => Some('〉'),
        _ => None,
    }
}

/// A mark that shares its glyph with another in the fonts that give radicals.
fn mark(c: char) -> Option<char> {
    match c {
        '\u{2027}' => Some('・'),
        '\u{301C}' => Some('～'),
        '\u{2215}' => Some('／'),
        _ => None,
    }
}

/// A text with its radicals (and then its shared marks) restored.
pub struct Restored<'a> {
    pub text: Cow<'a, str>,
    /// How many characters were restored (none: the text as it was).
    pub count: usize,
    /// The 1-based numbers of the lines that held them.
    pub lines: Vec<usize>,
}

/// The text with its radicals (and then its shared marks) restored, in one pass.
pub fn restore(text: &str) -> Restored<'_> {
    if !text.chars().any(|c| kanji(c).is_some()) {
        return Restored {
            text: Cow::Borrowed(text),
            count: 0,
            lines: Vec::new(),
        };
    }
    let (mut restored, mut count, mut lines) = (String::with_capacity(text.len()), 0, Vec::new());
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let before = count;
        for c in line.chars() {
            match kanji(c).or(mark(c)) {
                Some(k) => {
                    restored.push(k);
                    count += 1;
                }
                None => restored.push(c),
            }
        }
        if count > before {
            lines.push(i + 1);
        }
    }
    Restored {
        text: restored.into(),
        count,
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radicals_read_as_the_kanji_they_print() {
        assert_eq!(KANGXI.chars().count(), 0x2FD6 - 0x2F00);
        let r = restore("表題\n使⽤実態下の⼩児‧成⼈（1〜3）");
        assert_eq!(
            (r.text.as_ref(), r.count, r.lines),
            ("表題\n使用実態下の小児・成人（1～3）", 5, vec![2])
        );
    }

    #[test]
    fn a_text_without_radicals_stays_as_it_is() {
        let r = restore("用法（1〜3）‧");
        assert!(matches!(r.text, Cow::Borrowed(_)) && r.count == 0 && r.lines.is_empty());
    }
}
