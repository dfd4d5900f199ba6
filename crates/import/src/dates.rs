//! Dates as RMPs print them: `2024 年 12 月 27 日`, `令和8年3月23日`, `令和 2 年 2 月`.

use crate::text::ascii_digits;
use rmp_model::days_in_month;

/// Every date in a text, in order, as ISO (`2025-04`, `2027-05-31`).
pub fn all(text: &str) -> Vec<String> {
    let t: String = ascii_digits(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut out = Vec::new();
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let era = if chars[i..].starts_with(&['令', '和']) {
            Some(2018)
        } else if chars[i..].starts_with(&['平', '成']) {
            Some(1988)
        } else {
            None
        };
        let start = if era.is_some() { i + 2 } else { i };
        let (year, after) = number(&chars, start);
        let Some(mut year) = year else {
            i += 1;
            continue;
        };
        if chars.get(after) != Some(&'年') || (era.is_none() && !(1900..=2200).contains(&year)) {
            i = after.max(i + 1);
            continue;
        }
        if let Some(base) = era {
            year += base;
        }
        let (month, after_m) = number(&chars, after + 1);
        let mut end = after + 1;
        let iso = match month {
            Some(m) if (1..=12).contains(&m) && chars.get(after_m) == Some(&'月') => {
                end = after_m + 1;
                let (day, after_d) = number(&chars, after_m + 1);
                match day {
                    Some(d) if (1..=31).contains(&d) && chars.get(after_d) == Some(&'日') => {
                        end = after_d + 1;
                        // A day the month does not have (`6月31日`) is no
                        // date: the text stays as printed, with no ISO date.
                        if d > days_in_month(year, m) {
                            i = end;
                            continue;
                        }
                        format!("{year:04}-{m:02}-{d:02}")
                    }
                    _ => format!("{year:04}-{m:02}"),
                }
            }
            _ => format!("{year:04}"),
        };
        out.push(iso);
        i = end;
    }
    out
}

fn number(chars: &[char], at: usize) -> (Option<u32>, usize) {
    let mut end = at;
    while chars.get(end).is_some_and(char::is_ascii_digit) {
        end += 1;
    }
    let s: String = chars[at.min(chars.len())..end.min(chars.len())]
        .iter()
        .collect();
    (s.parse().ok(), end)
}

/// The one date a text names, if it names exactly one.
pub fn one(text: &str) -> Option<String> {
    let d = all(text);
    (d.len() == 1).then(|| d.into_iter().next()).flatten()
}

/// A period's start and end (`2025 年 4 月～2027 年 5 月 31 日（予定）`).
pub fn range(text: &str) -> (Option<String>, Option<String>) {
    if !text.contains(['～', '~', '〜']) {
        return (None, None);
    }
    let d = all(text);
    match d.as_slice() {
        [a, b] => (Some(a.clone()), Some(b.clone())),
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_the_month_does_not_have_is_no_date() {
        assert_eq!(all("2027 年 6 月 31 日"), Vec::<String>::new());
        assert_eq!(
            all("2028年2月29日～2027年2月29日"),
            vec!["2028-02-29".to_string()]
        );
        assert_eq!(
            range("2025 年 4 月～2027 年 6 月 31 日（予定）"),
            (None, None)
        );
    }

    #[test]
    fn reads_printed_dates() {
        assert_eq!(all("令和8年3月23日"), ["2026-03-23"]);
        assert_eq!(all("令和 2 年 2 月"), ["2020-02"]);
        assert_eq!(all("2024 年 12 月 27 日"), ["2024-12-27"]);
        assert_eq!(
            range("2025 年 4 月～2027 年 5 月 31 日（予定）"),
            (Some("2025-04".into()), Some("2027-05-31".into()))
        );
        assert_eq!(all("調査開始から 1 年以内"), Vec::<String>::new());
    }
}
