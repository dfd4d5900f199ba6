//! A corpus of the ways real RMP texts differ from the seed's, each made
//! from the seed's text and from five other products the testkit makes of
//! it ([`rmp_testkit::other_product`]: other names, codes, dates and
//! incidence counts, the text and the document it prints edited alike),
//! each imported and compared value by value with what it prints: every
//! value equals its document's or is absent (and then the report lists
//! what it left out). A value that differs fails.
//!
//! The variations: the template's numbering in full or half width and with
//! the number on its own line; 「…とした理由：」 and 「…とした理由:」; 【内容】
//! blocks with `・` items and without; three forms of page title and three
//! of page number; wrapped at several widths; two versions' pages in one
//! text; pages shuffled; an excerpt quoted inside another document.
//! `cargo test -p rmp-import --test corpus -- --nocapture` prints the
//! figures per variation.

mod common;

use common::{fixture, normal, rewrap};
use serde_json::Value;

/// The figures of one import against what it was made from.
#[derive(Default)]
struct Figures {
    equal: usize,
    absent: usize,
    differ: Vec<String>,
}

/// Walks the expected document and the imported one together: array items
/// of objects pair by `name` (or `label`, `title`) where they have one, so a
/// concern left out does not shift the others. `at` is the imported value's
/// JSON Pointer: under one the draft lists as absent, an empty value says
/// nothing and counts as absent.
fn compare(want: &Value, got: &Value, at: &str, absent: &[String], f: &mut Figures) {
    let under_absent = absent
        .iter()
        .any(|a| at == a || (at.starts_with(a.as_str()) && at[a.len()..].starts_with('/')));
    if under_absent && leaves_said(got) == 0 {
        f.absent += leaves(want);
        return;
    }
    match (want, got) {
        // The forms this text holds: fewer than the source's where a part is absent.
        (Value::String(w), Value::String(g))
            if at == "/document/forms" && w.contains(g.as_str()) =>
        {
            f.equal += 1;
        }
        (Value::Object(w), Value::Object(g)) => {
            for (k, v) in w {
                match g.get(k) {
                    Some(x) => compare(v, x, &format!("{at}/{k}"), absent, f),
                    None => f.absent += leaves(v),
                }
            }
            for k in g.keys().filter(|k| !w.contains_key(*k)) {
                f.differ
                    .push(format!("{at}/{k}: not in the source document"));
            }
        }
        (Value::Array(w), Value::Array(g)) => {
            if g.is_empty() && !w.is_empty() {
                // An empty list says "none" (なし): the source says otherwise.
                f.differ
                    .push(format!("{at}: none, the source lists {}", w.len()));
                return;
            }
            let key = |v: &Value| {
                ["name", "label", "title"]
                    .iter()
                    .find_map(|k| v.get(k).and_then(Value::as_str).map(str::to_string))
            };
            let keyed = w.iter().all(|v| key(v).is_some()) && g.iter().all(|v| key(v).is_some());
            let mut used = vec![false; w.len()];
            for (i, x) in g.iter().enumerate() {
                let j = if keyed {
                    w.iter()
                        .enumerate()
                        .position(|(j, v)| !used[j] && key(v) == key(x))
                } else {
                    (i < w.len()).then_some(i)
                };
                match j {
                    Some(j) => {
                        used[j] = true;
                        compare(&w[j], x, &format!("{at}/{i}"), absent, f);
                    }
                    None => f.differ.push(format!(
                        "{at}/{i}: {} is not in the source document",
                        short(x)
                    )),
                }
            }
            for (j, v) in w.iter().enumerate() {
                if !used[j] {
                    f.absent += leaves(v);
                }
            }
        }
        _ if want == got => f.equal += 1,
        _ => f
            .differ
            .push(format!("{at}: {} → {}", short(want), short(got))),
    }
}

/// Every concern's and activity's name.
fn names_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(n)) = m.get("name") {
                out.push(n.clone());
            }
            m.values().for_each(|x| names_in(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| names_in(x, out)),
        _ => {}
    }
}

/// The leaves of a value that say something: not empty, not false, not null.
fn leaves_said(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.values().map(leaves_said).sum(),
        Value::Array(a) => a.iter().map(leaves_said).sum(),
        Value::String(s) => usize::from(!s.is_empty()),
        Value::Bool(b) => usize::from(*b),
        Value::Null => 0,
        Value::Number(_) => 1,
    }
}

fn leaves(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.values().map(leaves).sum(),
        Value::Array(a) => a.iter().map(leaves).sum::<usize>().max(1),
        _ => 1,
    }
}

fn short(v: &Value) -> String {
    v.to_string().chars().take(90).collect()
}

/// The lines of a text, transformed one by one (a line may become several).
fn each_line(text: &str, mut f: impl FnMut(&str) -> String) -> String {
    text.lines().map(|l| f(l) + "\n").collect()
}

/// A template heading's number and title: ` ２. 医薬品安全性監視計画の概要`,
/// `1.1. 安全性検討事項`, `５.（１）医薬品安全性監視計画の一覧`.
fn heading(line: &str) -> Option<(String, String)> {
    const TITLES: [&str; 8] = [
        "安全性検討事項",
        "有効性に関する検討事項",
        "医薬品リスク管理計画の概要",
        "医薬品安全性監視計画",
        "有効性に関する調査",
        "リスク最小化計画",
        "計画の一覧",
        "計画及びリスク最小化計画",
    ];
    let t = line.trim();
    let split = t.char_indices().find(|&(_, c)| {
        !(c.is_ascii_digit() || ('０'..='９').contains(&c) || ".．（）() ".contains(c))
    })?;
    let (number, title) = t.split_at(split.0);
    let number = number.trim();
    (!number.is_empty()
        && number.chars().next().is_some_and(|c| !"（(".contains(c))
        && TITLES.iter().any(|k| title.starts_with(k)))
    .then(|| (number.to_string(), title.to_string()))
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            '.' => '．',
            c => c,
        })
        .collect()
}

fn half_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '．' => '.',
            c => c,
        })
        .collect()
}

/// Lines cut into pages of `per` lines with `- n -` at the bottom of each, a form feed between them.
fn paged(text: &str, per: usize, top: impl Fn(usize, usize) -> Vec<String>) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let total = lines.len().div_ceil(per);
    lines
        .chunks(per)
        .enumerate()
        .map(|(k, page)| {
            let mut p: Vec<String> = top(k + 1, total);
            p.extend(page.iter().map(|l| l.to_string()));
            p.push(format!("- {} -", k + 1));
            p.join("\n") + "\n"
        })
        .collect()
}

/// A deterministic shuffle (a linear congruential generator), the same every run.
fn shuffled<T>(mut items: Vec<T>, mut seed: u64) -> Vec<T> {
    for i in (1..items.len()).rev() {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        items.swap(i, (seed >> 33) as usize % (i + 1));
    }
    items
}

/// A text the variations are made of, and what it imports to.
struct Base {
    /// The product's name, for page headers.
    name: String,
    /// The submission date as the cover prints it.
    submitted: String,
    text: String,
    /// What the text imports to (the seed's draft, or a product made of it).
    want: Value,
}

/// The text as an older version would print it: another submission date
/// and another reason sentence.
fn older(base: &Base) -> String {
    base.text
        .replace(&base.submitted, "令和7年9月30日")
        .replace(
            "2026 年 3 月に皮下注製剤について",
            "2025 年 9 月に点滴静注製剤について",
        )
}

/// What a variation must import to.
enum Want {
    /// What its base imports to.
    Base,
    /// The draft of this other text (another version).
    ImportOf(String),
}

struct Variation {
    name: &'static str,
    text: String,
    want: Want,
}

fn variations(base: &Base) -> Vec<Variation> {
    let seed = base.text.as_str();
    let header = format!("{}点滴静注・皮下注 医薬品リスク管理計画書", base.name);
    let meeting = |total: usize| {
        vec![
            "薬事審議会 医薬品等安全対策部会".to_string(),
            format!(
                "資料２－１ {} 医薬品リスク管理計画書（{total}ページ）",
                base.name
            ),
        ]
    };
    let mut v = Vec::new();
    let mut add = |name: &'static str, text: String| {
        v.push(Variation {
            name,
            text,
            want: Want::Base,
        })
    };
    add(
        "numbering in full width",
        each_line(seed, |l| match heading(l) {
            Some((n, t)) => format!("{} {t}", full_width(&n)),
            None => l.to_string(),
        }),
    );
    add(
        "numbering in half width",
        each_line(seed, |l| match heading(l) {
            Some((n, t)) => format!("{} {t}", half_width(&n)),
            None => l.to_string(),
        }),
    );
    add(
        "the number on its own line",
        each_line(seed, |l| match heading(l) {
            Some((n, t)) => format!("{n}\n{t}"),
            None => l.to_string(),
        }),
    );
    add(
        "理由: with a half-width colon",
        seed.replace("理由：", "理由:"),
    );
    add("【内容】 items without ・", {
        let mut inside = false;
        each_line(seed, |l| {
            let t = l.trim();
            if t.starts_with("【内容】") {
                inside = true;
            } else if t.starts_with("【") {
                inside = false;
            }
            match t.strip_prefix('・') {
                Some(rest) if inside && rest.ends_with("活動") => format!(" {rest}"),
                _ => l.to_string(),
            }
        })
    });
    for width in [30, 45, 60] {
        add(
            ["wrapped at 30", "wrapped at 45", "wrapped at 60"][(width - 30) / 15],
            rewrap(seed, width),
        );
    }
    add(
        "a company's running header, - n -, form feeds",
        paged(seed, 55, |_, _| vec![header.clone()]).join("\u{c}"),
    );
    add(
        "a meeting site's title with its page count, - n -, no form feeds",
        paged(seed, 55, |_, total| meeting(total)).concat(),
    );
    add(
        "【…】 page titles, - n -",
        paged(seed, 55, |n, _| vec![format!("【{} RMP {n}】", base.name)]).join("\u{c}"),
    );
    add("lines joined up to each 。", {
        let mut out = String::new();
        for l in seed.lines().filter(|l| !l.trim().is_empty()) {
            out.push_str(l.trim_end());
            if l.trim_end().ends_with('。') {
                out.push('\n');
            } else {
                out.push(' ');
            }
        }
        out
    });
    add(
        "lines joined: one line per page",
        paged(seed, 55, |_, _| Vec::new())
            .iter()
            .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" ") + "\n")
            .collect(),
    );
    add(
        "- n - alone, form feeds",
        paged(seed, 55, |_, _| Vec::new()).join("\u{c}"),
    );
    add(
        "a page of another RMP's section 3 among the seed's pages",
        {
            let mut pages = paged(seed, 55, |_, _| vec![header.clone()]);
            let stray = "アザーミオ錠 医薬品リスク管理計画書\n\
            ３. 有効性に関する調査・試験の計画の概要\n\
            製造販売後臨床試験（AZM-301）\n\
            【目的】\n\
            使用実態下における本剤の有効性を確認する。\n\
            【実施計画】\n\
            予定症例数：100 例\n\
            - 12 -\n";
            pages.insert(9, stray.to_string());
            pages.join("\u{c}")
        },
    );
    add(
        "pages shuffled",
        shuffled(paged(seed, 55, |_, _| Vec::new()), 7).join("\u{c}"),
    );
    add(
        "two versions' pages in one text",
        format!(
            "{}\u{c}{}",
            paged(seed, 55, |_, _| Vec::new()).join("\u{c}"),
            paged(&older(base), 55, |_, _| Vec::new()).join("\u{c}")
        ),
    );
    add(
        "two versions, no form feeds",
        format!(
            "{}{}",
            paged(seed, 55, |_, _| Vec::new()).concat(),
            paged(&older(base), 55, |_, _| Vec::new()).concat()
        ),
    );
    add(
        "a second version's pages without their covers, numbered from 1",
        {
            let bare: String = older(base)
                .lines()
                .filter(|l| {
                    !l.contains("別紙様式")
                        && !l.contains("医薬品リスク管理計画書")
                        && !l.contains("提出年月")
                })
                .map(|l| format!("{l}\n"))
                .collect();
            format!(
                "{}\u{c}{}",
                paged(seed, 55, |_, _| Vec::new()).join("\u{c}"),
                paged(&bare, 55, |_, _| Vec::new()).join("\u{c}")
            )
        },
    );
    add("an excerpt inside another document", {
        let lines: Vec<&str> = seed.lines().collect();
        let start = lines
            .iter()
            .position(|l| l.contains("医薬品リスク管理計画の概要") && !l.contains('・'))
            .expect("section 1");
        let end = lines
            .iter()
            .position(|l| l.contains("医薬品安全性監視計画の概要") && l.contains('２'))
            .expect("section 2");
        format!(
            "社内報告書　{}の安全性に関する定期報告\n\
             1. 目的\n本報告書は，{}の安全性情報を社内で共有するためのものである。\n\
             2. RMP の安全性検討事項（医薬品リスク管理計画書からの抜粋）\n{}\n\
             3. 考察\n現時点で新たな安全性の懸念は認められていない。\n",
            base.name,
            base.name,
            lines[start..end].join("\n")
        )
    });
    add("as it is", seed.to_string());
    v.push(Variation {
        name: "two versions, the older first",
        text: format!(
            "{}\u{c}{}",
            paged(&older(base), 55, |_, _| Vec::new()).join("\u{c}"),
            paged(seed, 55, |_, _| Vec::new()).join("\u{c}")
        ),
        want: Want::ImportOf(older(base)),
    });
    v
}

/// What one variation's import came to.
enum Outcome {
    /// Refused, with the reason the reader is told.
    Refused(String),
    /// Values equal, absent and differing, and lines not placed.
    Imported([usize; 4]),
}

/// Imports one variation and checks it against its base; what breaks goes to `failures`.
fn check(base: &Base, var: &Variation, failures: &mut Vec<String>) -> Option<Outcome> {
    let imported = match rmp_import::import(&var.text, "corpus.txt") {
        Ok(i) => i,
        // Text whose lines were joined is refused, and told why: no value at all.
        Err(e @ rmp_import::ImportError::NoLineBreaks { .. })
            if var.name.starts_with("lines joined") =>
        {
            let why = e.to_string();
            return Some(Outcome::Refused(
                why.split(" / ").nth(1).unwrap_or_default().to_string(),
            ));
        }
        Err(e) => {
            failures.push(format!("{}: refused: {e}", var.name));
            return None;
        }
    };
    if let Some(dir) = std::env::var_os("CORPUS_DUMP") {
        let file = std::path::Path::new(&dir).join(format!(
            "{}.txt",
            var.name.replace(['/', ' ', '\'', ','], "_")
        ));
        std::fs::write(file, &var.text).expect("writes the variation");
    }
    let doc = serde_json::to_value(&imported.rmp).expect("serialises");
    let got = normal(&doc);
    let absent = imported
        .rmp
        .import_draft
        .as_ref()
        .map_or(Vec::new(), |d| d.absent.clone());
    let mut f = Figures::default();
    let expected = match &var.want {
        Want::Base => base.want.clone(),
        Want::ImportOf(text) => normal(&common::import_value(text)),
    };
    compare(&expected, &got, "", &absent, &mut f);
    // Invariants: a name holds no furniture, URL, label or sentence; the draft validates.
    let mut names = Vec::new();
    names_in(&doc, &mut names);
    for n in &names {
        let furniture = n.contains("http")
            || n.contains("ページ")
            || n.contains("計画書")
            || n.contains("とした理由")
            || n.ends_with('：')
            || n.ends_with('。')
            || n.contains("- ");
        if furniture {
            failures.push(format!("{}: a name holds more than a name: {n}", var.name));
        }
    }
    for d in rmp_model::validate(&imported.rmp)
        .iter()
        .filter(|d| d.is_error())
    {
        failures.push(format!("{}: the draft does not validate: {d:?}", var.name));
    }
    // What the report calls placed is where the draft says, and says something
    // there; and each placed line is in the source of its value, as it reads.
    let sources = imported
        .rmp
        .import_draft
        .as_ref()
        .map_or(&[][..], |d| &d.sources[..]);
    let paged = var.text.contains('\u{c}');
    let mut unfound = std::collections::BTreeSet::new();
    for l in &imported.report.lines {
        let rmp_import::Fate::Placed { path } = &l.fate else {
            continue;
        };
        let at: String = path
            .split(['.', '['])
            .filter(|s| !s.is_empty())
            .map(|s| format!("/{}", s.trim_end_matches(']')))
            .collect();
        if doc.pointer(&at).is_none_or(|v| leaves_said(v) == 0) {
            unfound.insert(format!("{path}: the draft has nothing there"));
        }
        let sourced = sources.iter().any(|s| {
            s.path == *path
                && (s.lines[0] as usize..=s.lines[1] as usize).contains(&l.line)
                && s.text.lines().any(|t| t == l.text)
                && (!paged || s.page.is_some())
        });
        if !sourced {
            unfound.insert(format!("{path}: line {} has no source", l.line));
        }
    }
    // No value holds text from two sections: all its lines come after the same
    // heading (in the text's order: shuffled pages are read in another).
    let mut section = 0;
    let mut sections: std::collections::BTreeMap<&str, std::collections::BTreeSet<usize>> =
        Default::default();
    for l in &imported.report.lines {
        match &l.fate {
            rmp_import::Fate::Structure { what } if what == "heading" => section = l.line,
            rmp_import::Fate::Placed { path } => {
                sections.entry(path.as_str()).or_default().insert(section);
            }
            _ => {}
        }
    }
    for (path, under) in sections {
        let reordered = var.name == "pages shuffled";
        if under.len() > 1
            && !reordered
            && !path.starts_with("summary")
            && !path.starts_with("document")
        {
            unfound.insert(format!(
                "{path}: text from {} sections (headings at lines {under:?})",
                under.len()
            ));
        }
    }
    for u in unfound {
        failures.push(format!("{}: lines placed at {u}", var.name));
    }
    let t = imported.report.tally();
    for d in f
        .differ
        .iter()
        .take(if std::env::var_os("CORPUS_ALL").is_some() {
            usize::MAX
        } else {
            5
        })
    {
        failures.push(format!("{} ({}): {d}", var.name, base.name));
    }
    Some(Outcome::Imported([
        f.equal,
        f.absent,
        f.differ.len(),
        t.not_placed,
    ]))
}

/// The seed, and products made of it by the testkit's generator.
fn bases() -> Vec<Base> {
    let text = fixture("lunsumio-2026-03-23.txt");
    let draft = common::import_value(&text);
    let mut out = vec![Base {
        name: "ルンスミオ".into(),
        submitted: "令和8年3月23日".into(),
        want: normal(&draft),
        text: text.clone(),
    }];
    for seed in 2..=PRODUCTS + 1 {
        let p = rmp_testkit::other_product(&text, &draft, seed);
        assert!(
            p.cells_changed >= 80,
            "{}: {} cells changed",
            p.name,
            p.cells_changed
        );
        out.push(Base {
            name: p.name,
            submitted: p.submitted,
            want: normal(&p.document),
            text: p.text,
        });
    }
    out
}

/// How many other products the corpus makes.
const PRODUCTS: u64 = 5;

#[test]
fn every_variation_imports_with_no_value_differing() {
    let mut failures = Vec::new();
    let mut seed_table = String::from(
        "| variation | values equal | absent | differ | lines not placed |\n|---|---:|---:|---:|---:|\n",
    );
    // The products' figures, summed per variation.
    let mut products: Vec<(&'static str, String, [usize; 4])> = Vec::new();
    for (k, base) in bases().iter().enumerate() {
        for var in variations(base) {
            let outcome = check(base, &var, &mut failures);
            let row = match &outcome {
                Some(Outcome::Refused(why)) => format!("| {} | refused: {why} |\n", var.name),
                Some(Outcome::Imported([e, a, d, n])) => {
                    format!("| {} | {e} | {a} | {d} | {n} |\n", var.name)
                }
                None => format!("| {} | refused |\n", var.name),
            };
            if k == 0 {
                seed_table.push_str(&row);
                continue;
            }
            let at = match products.iter().position(|p| p.0 == var.name) {
                Some(at) => at,
                None => {
                    products.push((var.name, String::new(), [0; 4]));
                    products.len() - 1
                }
            };
            match outcome {
                Some(Outcome::Imported(f)) => {
                    for (sum, x) in products[at].2.iter_mut().zip(f) {
                        *sum += x;
                    }
                }
                Some(Outcome::Refused(why)) => products[at].1 = why,
                None => {}
            }
        }
    }
    let mut product_table = format!(
        "{PRODUCTS} other products (summed):\n| variation | values equal | absent | differ | lines not placed |\n|---|---:|---:|---:|---:|\n"
    );
    for (name, refused, [e, a, d, n]) in products {
        if refused.is_empty() {
            product_table.push_str(&format!("| {name} | {e} | {a} | {d} | {n} |\n"));
        } else {
            product_table.push_str(&format!("| {name} | refused: {refused} |\n"));
        }
    }
    println!("{seed_table}\n{product_table}");
    assert!(
        failures.is_empty(),
        "{seed_table}\n{product_table}\n{}",
        failures.join("\n")
    );
}
