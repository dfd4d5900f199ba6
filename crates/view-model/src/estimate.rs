//! A report date the document gives as a period after a dated end
//! ("調査終了から 1 年以内"): computed from that end, and drawn as an
//! estimate with its rule, never as a date the document prints.

use rmp_model::{date_bounds, days_in_month, parse_iso, PeriodKind, Rmp};

/// A computed report date.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate<'a> {
    /// The activity it belongs to.
    pub activity: &'a str,
    /// The activity's name.
    pub name: &'a str,
    /// The list's 報告書の作成予定日 as printed.
    pub printed: &'a str,
    /// The rule as printed: "調査終了から 1 年以内".
    pub rule: &'a str,
    /// The period whose end it counts from, as printed (調査期間).
    pub from_label: &'a str,
    /// That end, yyyymmdd.
    pub from: u32,
    /// The end plus the rule's time, yyyymmdd: the report is due by then.
    pub by: u32,
}

/// Full-width digits read as ASCII ones.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(u32::from(c) - u32::from('０')),
        _ => None,
    }
}

/// The rule in a report's text: "終了から N 年" or "終了から N カ月"
/// (ヶ月, か月, ヵ月, 箇月), with 以内 when printed; the phrase as printed,
/// from the word before 終了 where it names a survey (調査, 試験), and the
/// months it adds.
pub fn rule(text: &str) -> Option<(&str, u32)> {
    let at = text.find("終了から")?;
    let mut rest = text.get(at + "終了から".len()..)?.trim_start();
    let mut n = 0u32;
    let mut digits = 0;
    while let Some(d) = rest.chars().next().and_then(digit) {
        n = n.checked_mul(10)?.checked_add(d)?;
        digits += 1;
        rest = rest.get(rest.chars().next()?.len_utf8()..)?;
    }
    if digits == 0 || n == 0 {
        return None;
    }
    rest = rest.trim_start();
    let unit = ["年", "カ月", "ヶ月", "か月", "ヵ月", "箇月", "ケ月"]
        .iter()
        .find(|u| rest.starts_with(*u))?;
    let months = if *unit == "年" {
        n.checked_mul(12)?
    } else {
        n
    };
    let unit = unit.len();
    if months > 120 {
        return None;
    }
    rest = rest.get(unit..)?;
    let within = if rest.trim_start().starts_with("以内") {
        rest.len() - rest.trim_start().len() + "以内".len()
    } else {
        0
    };
    let end = text.len() - rest.len() + within;
    // The phrase starts with what ends: 調査終了, 試験終了 (not the words before it).
    let before = text.get(..at)?;
    let start = ["市販直後調査", "調査", "試験"]
        .iter()
        .find(|w| before.ends_with(*w))
        .map_or(at, |w| at - w.len());
    Some((text.get(start..end)?, months))
}

/// yyyymmdd plus `months`, the day kept where the month has it (else its last day).
pub fn add_months(yyyymmdd: u32, months: u32) -> u32 {
    let (y, m, d) = (yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    let total = y * 12 + (m.max(1) - 1) + months;
    let (y, m) = (total / 12, total % 12 + 1);
    y * 10000 + m * 100 + d.min(days_in_month(y, m))
}

/// Every report date of the section 5 lists given as a time after a
/// survey's end, where the activity's survey (or implementation) period
/// has a dated end. Without a dated end there is nothing to count from,
/// and nothing is estimated.
pub fn estimates(rmp: &Rmp) -> Vec<Estimate<'_>> {
    let mut out = Vec::new();
    for e in rmp.lists.pv.additional.iter().chain(&rmp.lists.efficacy) {
        if e.report_date.as_deref().and_then(parse_iso).is_some() {
            continue;
        }
        let Some((phrase, months)) = rule(&e.report) else {
            continue;
        };
        let Some(a) = rmp
            .pv_plan
            .additional
            .iter()
            .chain(&rmp.efficacy_studies)
            .find(|a| a.id == e.id)
        else {
            continue;
        };
        let end = a
            .plan
            .periods
            .iter()
            .filter(|p| matches!(p.kind, PeriodKind::Survey | PeriodKind::Implementation))
            .filter_map(|p| {
                let end = p.end.as_deref().filter(|d| parse_iso(d).is_some())?;
                Some((p.label.as_str(), date_bounds(end).1))
            })
            .max_by_key(|(_, end)| *end);
        if let Some((from_label, from)) = end {
            out.push(Estimate {
                activity: &e.id,
                name: &e.name,
                printed: &e.report,
                rule: phrase,
                from_label,
                from,
                by: add_months(from, months),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_rule_as_printed() {
        assert_eq!(
            rule("中間報告書，最終報告書：対象症例の再調査完了または調査終了から 1 年以内を予定"),
            Some(("調査終了から 1 年以内", 12))
        );
        assert_eq!(
            rule("市販直後調査終了から 2 カ月以内"),
            Some(("市販直後調査終了から 2 カ月以内", 2))
        );
        assert_eq!(
            rule("試験終了から１８ヶ月"),
            Some(("試験終了から１８ヶ月", 18))
        );
        assert_eq!(
            rule("終了から 3 か月以内に作成"),
            Some(("終了から 3 か月以内", 3))
        );
        for none in [
            "作成済（2025 年 11 月提出）",
            "終了から",
            "終了から 年",
            "終了から 0 年",
            "終了から 99999999999 年",
            "終了から 20 年",
        ] {
            assert_eq!(rule(none), None, "{none}");
        }
    }

    #[test]
    fn adds_months_within_the_calendar() {
        assert_eq!(add_months(20270531, 12), 20280531);
        assert_eq!(add_months(20270531, 1), 20270630);
        assert_eq!(add_months(20271231, 2), 20280229);
        assert_eq!(add_months(20271130, 3), 20280229);
        assert_eq!(add_months(20290131, 1), 20290228);
    }
}
