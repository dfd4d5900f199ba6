//! On paper: the running header every printed page carries (the product,
//! its submission date as printed and ISO, the day of printing), as the
//! CSS string the page's `@page` rule shows.

use rmp_model::Rmp;

use crate::text::Texts;

/// "ルンスミオ — 医薬品リスク管理計画書 · 提出年月 令和8年3月23日（2026-03-23）· 印刷日 2026-11-30".
pub fn print_header(rmp: &Rmp, t: &Texts, today: &str) -> String {
    let d = &rmp.document;
    let submitted = match &d.submitted.date {
        Some(date) => format!("{}（{date}）", d.submitted.printed),
        None => d.submitted.printed.clone(),
    };
    format!(
        "{} — {} · {} {submitted} · {} {today}",
        d.product_name, d.title, t.submitted, t.printed_on
    )
}

/// `text` as a CSS string token: in double quotes, with `"` and `\` escaped
/// and every control character written as a hex escape, so that no
/// document text can end the string or the rule.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_be_ended_by_the_text() {
        assert_eq!(css_string("ルンスミオ"), "\"ルンスミオ\"");
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(css_string("x\ny;}"), "\"x\\a y;}\"");
    }
}
