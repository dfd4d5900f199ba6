//! Other products made of one RMP text: a synthetic document and the text
//! that prints it, for testing an importer on values it was not built on.
//! The product's name, its ingredient, its company, its study codes, its
//! approval numbers, its 薬効分類 and its submission date are generated,
//! and every incidence cell that prints a percentage gets another count
//! (and the percentage its cohort gives). The same edits are made to the
//! text and to the document the text was read into, so the document is
//! what the new text must import to, value by value.
//!
//! A cell is changed only where its printed form (`41（45.6%）`, a count and
//! its percentage on two lines) occurs in the text exactly as often as the
//! document has it; otherwise it keeps its value in both, so the text and
//! the document never disagree.

use std::collections::BTreeMap;

use serde_json::Value;

use rmp_model::{format_tenths, percent_tenths};

/// A synthetic product: its text and the document that text prints.
pub struct OtherProduct {
    /// The product's name, as the text prints it (for page headers).
    pub name: String,
    /// The submission date as the cover prints it (令和9年1月15日).
    pub submitted: String,
    /// The RMP's text.
    pub text: String,
    /// What the text must import to.
    pub document: Value,
    /// How many incidence cells were given other counts.
    pub cells_changed: usize,
}

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len() as u64) as usize]
    }

    fn katakana(&mut self, morae: usize) -> String {
        const MORAE: [&str; 24] = [
            "カ", "ル", "テ", "リ", "ナ", "ミ", "ソ", "ベ", "ト", "ラ", "キ", "セ", "ネ", "ヴ",
            "ザ", "ロ", "フ", "ピ", "ダ", "メ", "ユ", "ク", "ジ", "ポ",
        ];
        (0..morae).map(|_| self.pick(&MORAE)).collect()
    }

    fn letters(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'A' + self.below(26) as u8))
            .collect()
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
}

/// Another product made of `text` and `document` (what `text` imports to).
/// `seed` chooses the product; the same seed always gives the same one.
pub fn other_product(text: &str, document: &Value, seed: u64) -> OtherProduct {
    let mut rng = Rng(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x5eed);
    let name = format!("{}オ", rng.katakana(4));
    let year = 9 + rng.below(2);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    let submitted = format!("令和{year}年{month}月{day}日");
    let mut names: Vec<(String, String)> = vec![
        ("ルンスミオ".into(), name.clone()),
        (
            "中外製薬株式会社".into(),
            format!(
                "{}{}",
                rng.pick(&["東和", "北辰", "大洋", "明和", "瑞穂", "朝日"]),
                rng.pick(&["薬品工業株式会社", "製薬株式会社", "ファーマ株式会社"])
            ),
        ),
        (
            "モスネツズマブ".into(),
            format!(
                "{}{}",
                rng.katakana(3),
                rng.pick(&["ズマブ", "チニブ", "リマブ"])
            ),
        ),
        ("令和8年3月23日".into(), submitted.clone()),
        (
            "2026-03-23".into(),
            format!("{}-{month:02}-{day:02}", 2018 + year),
        ),
        ("87429".into(), format!("87{}", rng.digits(3))),
    ];
    for code in codes(text) {
        let new = match code.len() {
            16 => format!("3{}AMX{}", rng.digits(4), rng.digits(8)),
            7 if code.as_bytes()[2].is_ascii_digit() => {
                format!("{}{}", rng.letters(2), rng.digits(5))
            }
            _ => format!("{}{}", rng.letters(3), rng.digits(4)),
        };
        names.push((code, new));
    }
    let rename = |s: &str| {
        names
            .iter()
            .fold(s.to_string(), |t, (a, b)| t.replace(a.as_str(), b))
    };
    let mut document = strings(document, &rename);
    let counts = new_counts(text, &document, &mut rng);
    let text = rename(&recount(text, &counts));
    let cells_changed = recount_cells(&mut document, &counts);
    OtherProduct {
        name,
        submitted,
        text,
        document,
        cells_changed,
    }
}

/// The study codes (GO29781, LUN2501) and approval numbers (30600AMX00306000) a text prints.
fn codes(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for token in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let letters = token.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = token.len() - letters;
        let study = matches!((letters, digits), (2, 5) | (3, 4))
            && token[letters..].bytes().all(|b| b.is_ascii_digit());
        let approval = token.len() == 16 && &token[5..8] == "AMX";
        if (study || approval) && !out.iter().any(|c| c == token) {
            out.push(token.to_string());
        }
    }
    out
}

/// Every string of a value passed through `f`.
fn strings(v: &Value, f: &dyn Fn(&str) -> String) -> Value {
    match v {
        Value::String(s) => Value::String(f(s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| strings(x, f)).collect()),
        Value::Object(m) => {
            Value::Object(m.iter().map(|(k, x)| (k.clone(), strings(x, f))).collect())
        }
        other => other.clone(),
    }
}

/// A cell's count and printed percentage.
type Printed = (u32, String);

/// Each incidence cell of the document with a percentage: its printed
/// form, and the cohort's size.
fn cells(document: &Value) -> Vec<(Printed, u32)> {
    let mut out = Vec::new();
    let mut tables = Vec::new();
    find_tables(document, &mut tables);
    for t in tables {
        let sizes: Vec<u32> = t["column_groups"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|g| g["cohorts"].as_array().into_iter().flatten())
            .map(|c| c["n"].as_u64().unwrap_or(0) as u32)
            .collect();
        for row in t["events"].as_array().into_iter().flatten() {
            for grade in row["grades"].as_array().into_iter().flatten() {
                for (i, cell) in grade["cells"].as_array().into_iter().flatten().enumerate() {
                    if let (Some(n), Some(p), Some(&size)) =
                        (cell["n"].as_u64(), cell["percent"].as_str(), sizes.get(i))
                    {
                        out.push(((n as u32, p.to_string()), size));
                    }
                }
            }
        }
    }
    out
}

fn find_tables<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(m) if m.contains_key("column_groups") && m.contains_key("events") => {
            out.push(v)
        }
        Value::Object(m) => m.values().for_each(|x| find_tables(x, out)),
        Value::Array(a) => a.iter().for_each(|x| find_tables(x, out)),
        _ => {}
    }
}

/// The printed cells of a text: `41（45.6%）`, `5 \n（12.5%)`, with where each begins and ends.
fn printed_cells(text: &str) -> Vec<(usize, usize, Printed)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if c != '（' && c != '(' {
            continue;
        }
        // The percentage: digits, a point, one digit, `%`.
        let rest = &text[at + c.len_utf8()..];
        let percent: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        if !rest[percent.len()..].starts_with('%') || !one_decimal(&percent) {
            continue;
        }
        // The count before it, across spaces and line breaks.
        let mut j = k;
        while j > 0 && chars[j - 1].1.is_whitespace() {
            j -= 1;
        }
        let end = j;
        while j > 0 && chars[j - 1].1.is_ascii_digit() {
            j -= 1;
        }
        if j == end || (j > 0 && !chars[j - 1].1.is_whitespace() && chars[j - 1].1 != '）') {
            continue;
        }
        let n: String = chars[j..end].iter().map(|&(_, c)| c).collect();
        let Ok(n) = n.parse() else { continue };
        let stop = at + c.len_utf8() + percent.len() + 1;
        out.push((chars[j].0, stop, (n, percent)));
    }
    out
}

/// `45.6`: digits, a point and one digit.
fn one_decimal(p: &str) -> bool {
    p.split_once('.')
        .is_some_and(|(i, f)| !i.is_empty() && f.len() == 1 && !f.contains('.'))
}

/// New counts for the printed cells whose form occurs in the text as often
/// as in the document, each for one cohort size.
fn new_counts(text: &str, document: &Value, rng: &mut Rng) -> BTreeMap<Printed, Printed> {
    let mut in_text: BTreeMap<Printed, usize> = BTreeMap::new();
    for (_, _, p) in printed_cells(text) {
        *in_text.entry(p).or_default() += 1;
    }
    let mut in_doc: BTreeMap<Printed, (usize, Vec<u32>)> = BTreeMap::new();
    for (p, size) in cells(document) {
        let e = in_doc.entry(p).or_default();
        e.0 += 1;
        e.1.push(size);
    }
    let mut out = BTreeMap::new();
    for (printed, (count, sizes)) in in_doc {
        let size = sizes[0];
        let one_size = sizes.iter().all(|&s| s == size);
        if !one_size || in_text.get(&printed) != Some(&count) || size == 0 {
            continue;
        }
        let n = 1 + rng.below(u64::from(size)) as u32;
        let Some(tenths) = percent_tenths(n, size) else {
            continue;
        };
        out.insert(printed, (n, format_tenths(tenths)));
    }
    out
}

/// The text with each printed cell of `counts` given its new count and percentage.
fn recount(text: &str, counts: &BTreeMap<Printed, Printed>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (start, stop, printed) in printed_cells(text) {
        let Some((n, p)) = counts.get(&printed) else {
            continue;
        };
        let cell = &text[start..stop];
        let digits = printed.0.to_string().len();
        let open = if cell.contains('（') {
            '（'.len_utf8()
        } else {
            1
        };
        let between = &cell[digits..cell.len() - printed.1.len() - 1 - open];
        let open = &cell[digits + between.len()..][..open];
        out.push_str(&text[from..start]);
        out.push_str(&format!("{n}{between}{open}{p}%"));
        from = stop;
    }
    out.push_str(&text[from..]);
    out
}

/// The document's cells given their new counts; how many changed.
fn recount_cells(v: &mut Value, counts: &BTreeMap<Printed, Printed>) -> usize {
    match v {
        Value::Object(m) => {
            if let (Some(n), Some(p)) = (
                m.get("n").and_then(Value::as_u64),
                m.get("percent").and_then(Value::as_str),
            ) {
                if let Some((n2, p2)) = counts.get(&(n as u32, p.to_string())) {
                    m.insert("n".into(), Value::from(*n2));
                    m.insert("percent".into(), Value::from(p2.clone()));
                    return 1;
                }
                return 0;
            }
            m.values_mut().map(|x| recount_cells(x, counts)).sum()
        }
        Value::Array(a) => a.iter_mut().map(|x| recount_cells(x, counts)).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_cells_are_found_across_line_breaks() {
        let cells = printed_cells("CRS 41（45.6%） 5 \n（12.5%）\n35 \n（25.9%) 例（3.0%）");
        let found: Vec<Printed> = cells.into_iter().map(|c| c.2).collect();
        assert_eq!(
            found,
            vec![
                (41, "45.6".to_string()),
                (5, "12.5".to_string()),
                (35, "25.9".to_string())
            ]
        );
    }

    #[test]
    fn a_recounted_text_keeps_its_line_breaks_and_parentheses() {
        let counts = BTreeMap::from([
            ((5, "12.5".to_string()), (7, "17.5".to_string())),
            ((35, "25.9".to_string()), (3, "2.2".to_string())),
        ]);
        assert_eq!(
            recount("a 5 \n（12.5%） b 35 \n（25.9%) c 41（45.6%）", &counts),
            "a 7 \n（17.5%） b 3 \n（2.2%) c 41（45.6%）"
        );
    }

    #[test]
    fn codes_are_study_codes_and_approval_numbers() {
        assert_eq!(
            codes("GO29781 試験 LUN2501 30600AMX00306000 RP2D FL ASTCT"),
            vec!["GO29781", "LUN2501", "30600AMX00306000"]
        );
    }
}
