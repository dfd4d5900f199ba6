//! Helpers for the importer's tests: fixtures, the comparison with the
//! transcription, and the normal form two imports of one text share.
#![allow(dead_code)]

use serde_json::Value;

pub fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn import_value(text: &str) -> Value {
    let imported =
        rmp_import::import(text, "test.txt").unwrap_or_else(|e| panic!("import failed: {e}"));
    serde_json::to_value(&imported.rmp).expect("serialises")
}

/// Ids to names: the concerns, the activities and the list entries.
fn names(doc: &Value) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let mut add = |list: Option<&Value>| {
        for item in list.and_then(Value::as_array).into_iter().flatten() {
            if let (Some(id), Some(name)) = (item["id"].as_str(), item["name"].as_str()) {
                out.insert(id.to_string(), name.to_string());
            }
        }
    };
    for p in [
        "/safety_specification/identified_risks",
        "/safety_specification/potential_risks",
        "/safety_specification/missing_information",
        "/efficacy_considerations",
        "/pv_plan/additional",
        "/efficacy_studies",
        "/rm_plan/additional",
        "/lists/pv/additional",
        "/lists/efficacy",
        "/lists/rm/additional",
    ] {
        add(doc.pointer(p));
    }
    out
}

/// The document with ids dropped and references replaced by the names they point to.
pub fn comparable(doc: &Value) -> Value {
    let names = names(doc);
    fn walk(v: &Value, key: &str, names: &std::collections::HashMap<String, String>) -> Value {
        match v {
            Value::Object(m) => Value::Object(
                m.iter()
                    .filter(|(k, _)| !matches!(k.as_str(), "id" | "import_draft"))
                    .map(|(k, v)| {
                        if k == "column_groups" {
                            // The cohorts in column order, and the groups over them.
                            let groups = v.as_array().cloned().unwrap_or_default();
                            let cohorts: Vec<Value> = groups
                                .iter()
                                .flat_map(|g| g["cohorts"].as_array().cloned().unwrap_or_default())
                                .map(|c| walk(&c, "cohorts", names))
                                .collect();
                            let spans: Vec<Value> = groups
                                .iter()
                                .map(|g| serde_json::json!({ "label": g["label"], "cohorts": g["cohorts"].as_array().map_or(0, Vec::len) }))
                                .collect();
                            ("column_groups".to_string(), serde_json::json!({ "cohorts": cohorts, "groups": spans }))
                        } else {
                            (k.clone(), walk(v, k, names))
                        }
                    })
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, key, names)).collect()),
            Value::String(s) if matches!(key, "additional" | "safety_concerns" | "ref") => {
                Value::String(names.get(s).cloned().unwrap_or_else(|| format!("<unknown {s}>")))
            }
            other => other.clone(),
        }
    }
    walk(doc, "", &names)
}

/// Field-by-field agreement, by part of the document.
pub struct Agreement {
    pub total: usize,
    pub by_part: std::collections::BTreeMap<String, (usize, usize)>,
    /// (path, expected, imported)
    pub differences: Vec<(String, String, String)>,
}

impl Agreement {
    pub fn table(&self) -> String {
        let mut s = String::from("| part | fields | agree |\n|---|---:|---:|\n");
        for (part, (n, ok)) in &self.by_part {
            s.push_str(&format!("| {part} | {n} | {ok} |\n"));
        }
        for (p, e, g) in &self.differences {
            s.push_str(&format!("differs: {p}: {e} → {g}\n"));
        }
        s
    }
}

pub fn agreement(expected: &Value, imported: &Value) -> Agreement {
    let (e, i) = (comparable(expected), comparable(imported));
    let mut a = Agreement {
        total: 0,
        by_part: Default::default(),
        differences: Vec::new(),
    };
    fn leaves(e: &Value, i: Option<&Value>, path: String, a: &mut Agreement) {
        match e {
            Value::Object(m) => {
                for (k, v) in m {
                    leaves(v, i.and_then(|i| i.get(k)), format!("{path}.{k}"), a);
                }
            }
            Value::Array(list) => {
                let other = i.and_then(Value::as_array);
                if list.is_empty() {
                    record(
                        a,
                        &path,
                        other.is_some_and(|o| o.is_empty()),
                        "[]",
                        &format!("{:?}", other.map(Vec::len)),
                    );
                }
                for (k, v) in list.iter().enumerate() {
                    leaves(v, other.and_then(|o| o.get(k)), format!("{path}[{k}]"), a);
                }
                if let Some(o) = other {
                    if o.len() > list.len() {
                        record(
                            a,
                            &path,
                            false,
                            &format!("{} items", list.len()),
                            &format!("{} items", o.len()),
                        );
                    }
                }
            }
            leaf => record(
                a,
                &path,
                i == Some(leaf),
                &leaf.to_string(),
                &i.map_or("(absent)".into(), Value::to_string),
            ),
        }
    }
    fn record(a: &mut Agreement, path: &str, ok: bool, e: &str, i: &str) {
        a.total += 1;
        let part = path
            .trim_start_matches('.')
            .split(['.', '['])
            .next()
            .unwrap_or("")
            .to_string();
        let entry = a.by_part.entry(part).or_default();
        entry.0 += 1;
        if ok {
            entry.1 += 1;
        } else {
            a.differences
                .push((path.to_string(), e.to_string(), i.to_string()));
        }
    }
    // Compare the document parts, not the format version.
    leaves(&e, Some(&i), String::new(), &mut a);
    // Imported fields the transcription does not have are differences too.
    if let (Some(em), Some(im)) = (e.as_object(), i.as_object()) {
        for k in im.keys().filter(|k| !em.contains_key(*k)) {
            record(&mut a, &format!(".{k}"), false, "(absent)", "present");
        }
    }
    a
}

/// The incidence cells: identical, withheld (absent from the import), wrong.
pub struct Cells {
    pub expected: usize,
    pub identical: usize,
    pub withheld: usize,
    pub wrong: usize,
}

pub fn cells(expected: &Value, imported: &Value) -> Cells {
    let mut c = Cells {
        expected: 0,
        identical: 0,
        withheld: 0,
        wrong: 0,
    };
    let concerns = |doc: &Value| -> Vec<Value> {
        ["identified_risks", "potential_risks", "missing_information"]
            .iter()
            .flat_map(|k| {
                doc["safety_specification"][k]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
            })
            .collect()
    };
    let got = concerns(imported);
    for concern in concerns(expected) {
        let mine = got.iter().find(|g| g["name"] == concern["name"]);
        for (ti, table) in concern["incidence"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let other = mine.and_then(|m| m["incidence"].get(ti));
            for (ei, event) in table["events"].as_array().into_iter().flatten().enumerate() {
                for (gi, grade) in event["grades"].as_array().into_iter().flatten().enumerate() {
                    for (ci, cell) in grade["cells"].as_array().into_iter().flatten().enumerate() {
                        c.expected += 1;
                        let o = other
                            .and_then(|t| t["events"].get(ei))
                            .filter(|e| e["label"] == event["label"])
                            .and_then(|e| e["grades"].get(gi))
                            .filter(|g| g["grade"] == grade["grade"])
                            .and_then(|g| g["cells"].get(ci));
                        match o {
                            None => c.withheld += 1,
                            Some(o) if o == cell => c.identical += 1,
                            Some(_) => c.wrong += 1,
                        }
                    }
                }
            }
        }
    }
    c
}

/// The normal form two readings of one text share: all whitespace removed,
/// `、` read as `，`, full-width digits as half-width, a list of paragraphs
/// as their concatenation, no ids, no review list.
pub fn normal(doc: &Value) -> Value {
    fn text(s: &str) -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '、' => '，',
                '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                c => c,
            })
            .collect()
    }
    fn walk(v: &Value) -> Value {
        match v {
            Value::Object(m) => Value::Object(
                m.iter()
                    .filter(|(k, _)| !matches!(k.as_str(), "id" | "import_draft"))
                    .map(|(k, v)| (k.clone(), walk(v)))
                    .collect(),
            ),
            Value::Array(a) if !a.is_empty() && a.iter().all(Value::is_string) => {
                Value::String(a.iter().filter_map(Value::as_str).map(text).collect())
            }
            Value::Array(a) => Value::Array(a.iter().map(walk).collect()),
            Value::String(s) => Value::String(text(s)),
            other => other.clone(),
        }
    }
    walk(&comparable(doc))
}

/// The first place two documents differ (`.path: a → b`), if any.
pub fn first_difference(
    a: &serde_json::Value,
    b: &serde_json::Value,
    path: &str,
) -> Option<String> {
    match (a, b) {
        (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
            for (k, v) in x {
                if let Some(d) = first_difference(
                    v,
                    y.get(k).unwrap_or(&serde_json::Value::Null),
                    &format!("{path}.{k}"),
                ) {
                    return Some(d);
                }
            }
            None
        }
        (serde_json::Value::Array(x), serde_json::Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(format!("{path}: {} items → {}", x.len(), y.len()));
            }
            x.iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}[{i}]")))
        }
        _ if a == b => None,
        _ => Some(format!("{path}: {a} → {b}")),
    }
}

/// Half-width letters, digits and the marks inside numbers: a wrap never splits them.
fn word(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | ',' | '%' | '+' | '-' | '/' | '*')
        || ('０'..='９').contains(&c)
}

/// Where a line may break: not inside a number or a Latin word, and, as
/// Japanese typesetting (禁則処理) has it, not after an opening bracket nor
/// before a closing one or a punctuation mark.
pub fn breakable(a: char, b: char) -> bool {
    let inside_word = word(a) && word(b);
    let opens = "（(「【〈［".contains(a);
    let closes = "）)」】〉］，、。％%：:".contains(b);
    !(inside_word || opens || closes)
}

/// Breaks every line longer than `width` characters, as a PDF renderer
/// would: between Japanese characters or at spaces, never inside a number
/// or a Latin word, by the rules of 禁則処理; blank lines dropped.
pub fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let chars: Vec<char> = line.trim().chars().collect();
        let mut start = 0;
        while chars.len() - start > width {
            let mut cut = start + width;
            while cut > start + 1 && !breakable(chars[cut - 1], chars[cut]) {
                cut -= 1;
            }
            if cut == start + 1 {
                cut = start + width;
                while cut < chars.len() && !breakable(chars[cut - 1], chars[cut]) {
                    cut += 1;
                }
            }
            out.extend(&chars[start..cut]);
            start = cut;
            // Spaces at a break stay at the end of the line, as extraction gives them.
            while start < chars.len() && chars[start] == ' ' {
                out.push(' ');
                start += 1;
            }
            out.push('\n');
        }
        out.extend(&chars[start..]);
        out.push('\n');
    }
    out
}
