//! `rmp synth`: deterministic synthetic RMPs for measuring growth. The
//! Lunsumio document is the template; its concerns and activities stay,
//! and generated ones are added until the requested sizes are reached.
//! The same parameters and seed always give the same file. Seed 1 keeps
//! the template's product; every other seed is a product of its own (name,
//! company, ingredient, date, the names of the generated concerns and the
//! kinds of the generated activities), so that a folder of them reads as a
//! catalog of many RMPs.

use serde_json::{json, Value};

use rmp_model::{format_tenths, percent_tenths};

/// How big a synthetic document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthSize {
    /// Safety concerns in total (at least the template's six).
    pub risks: usize,
    /// Cohorts in each generated incidence table.
    pub cohorts: usize,
    /// Event rows in each generated table (each with all grades and Grade≥3).
    pub events: usize,
    /// Activities on the board in total (at least the template's ten).
    pub activities: usize,
    /// Seed of the generator.
    pub seed: u64,
}

impl Default for SynthSize {
    fn default() -> Self {
        SynthSize {
            risks: 150,
            cohorts: 40,
            events: 10,
            activities: 80,
            seed: 1,
        }
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
}

/// Builds a synthetic RMP from `template` (the Lunsumio document as JSON).
pub fn synth(template: &Value, size: SynthSize) -> Value {
    let mut doc = template.clone();
    let mut rng = Rng(size.seed.max(1).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let existing = doc
        .pointer("/safety_specification/identified_risks")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut concerns = Vec::new();
    let mut summary = Vec::new();
    let mut own = (size.seed > 1).then(|| Rng(size.seed.wrapping_mul(0xd134_2543_de82_ef95) | 1));
    for i in existing..size.risks {
        let id = format!("synthetic-risk-{}", i + 1);
        let name = match own.as_mut() {
            Some(own) => format!("{}（合成 {}）", pick(CONCERNS, own), i + 1),
            None => format!("合成リスク {}", i + 1),
        };
        concerns.push(concern(&id, &name, size, &mut rng));
        summary.push(json!({ "name": name, "ref": id }));
    }
    extend(&mut doc, "/safety_specification/identified_risks", concerns);
    extend(&mut doc, "/summary/identified_risks", summary);

    let existing = ["/lists/pv/additional", "/lists/rm/additional"]
        .iter()
        .filter_map(|p| doc.pointer(p).and_then(Value::as_array))
        .map(Vec::len)
        .sum::<usize>()
        + 2; // the routine activities
    let (mut pv, mut rm) = (Vec::new(), Vec::new());
    for i in existing..size.activities {
        let (status, label) = match rng.below(3) {
            0 => ("planned", "計画中"),
            1 => ("ongoing", "実施中"),
            _ => ("completed", "終了"),
        };
        let n = i + 1;
        let (pv_kind, pv_name) = match own.as_mut() {
            Some(own) => *pick(PV_KINDS, own),
            None => ("general_use_results_survey", "一般使用成績調査"),
        };
        if i % 2 == 0 {
            pv.push(json!({
                "id": format!("synthetic-pv-{n}"),
                "kind": pv_kind,
                "name": format!("{pv_name}（合成 {n}）"),
                "milestone_cases": format!("登録症例数として {} 例", 100 + rng.below(900)),
                "milestone_timing": "安全性定期報告時",
                "status": status,
                "status_label": label,
                "report": format!("{} 年 {} 月", 2026 + rng.below(5), 1 + rng.below(12)),
            }));
        } else {
            rm.push(json!({
                "id": format!("synthetic-rm-{n}"),
                "kind": "hcp_material",
                "name": format!("医療従事者向け資材（合成 {n}）"),
                "milestone_timing": "安全性定期報告書提出時",
                "status": status,
                "status_label": label,
            }));
        }
    }
    extend(&mut doc, "/lists/pv/additional", pv);
    extend(&mut doc, "/lists/rm/additional", rm);
    if let Some(own) = own.as_mut() {
        identity(&mut doc, size.seed, own);
    }
    doc
}

/// Names of concerns that real RMPs carry, for the generated ones.
const CONCERNS: &[&str] = &[
    "間質性肺疾患",
    "肝機能障害",
    "QT 間隔延長",
    "骨髄抑制",
    "重篤な感染症",
    "出血",
    "催奇形性",
    "心不全",
    "過敏症",
    "腎機能障害",
    "低血糖",
    "皮膚障害",
];

/// Kinds of PV activity for the generated ones, with their names.
const PV_KINDS: &[(&str, &str)] = &[
    ("general_use_results_survey", "一般使用成績調査"),
    ("specified_use_results_survey", "特定使用成績調査"),
    ("use_results_survey", "使用成績調査"),
    ("database_study", "製造販売後データベース調査"),
    ("post_marketing_clinical_trial", "製造販売後臨床試験"),
];

const COMPANIES: &[&str] = &[
    "合成製薬株式会社",
    "試験薬品工業株式会社",
    "測定ファーマ株式会社",
    "見本製薬株式会社",
];

const CATEGORIES: &[&str] = &[
    "抗悪性腫瘍剤",
    "抗凝固剤",
    "糖尿病用剤",
    "抗ウイルス剤",
    "免疫抑制剤",
];

fn pick<'a, T>(items: &'a [T], rng: &mut Rng) -> &'a T {
    let at = rng.below(items.len() as u64) as usize;
    &items[at.min(items.len() - 1)]
}

/// Makes the document a product of its own: name, brands, company,
/// ingredient, category and submission date from the seed.
fn identity(doc: &mut Value, seed: u64, rng: &mut Rng) {
    let product = format!("合成薬{seed}");
    // One brand per product of the template, each its own name.
    let count = doc
        .pointer("/overview/products")
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
        .max(1);
    let brands: Vec<String> = (1..=count)
        .map(|i| format!("{product}錠{}mg", i * 10))
        .collect();
    let year = 2019 + rng.below(8);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    let set = |doc: &mut Value, pointer: &str, value: Value| {
        if let Some(slot) = doc.pointer_mut(pointer) {
            *slot = value;
        }
    };
    set(doc, "/document/product_name", json!(product));
    set(
        doc,
        "/document/active_ingredient",
        json!(format!("ゴウセイマブ{seed}")),
    );
    set(doc, "/document/company", json!(pick(COMPANIES, rng)));
    set(
        doc,
        "/document/therapeutic_category",
        json!(pick(CATEGORIES, rng)),
    );
    set(
        doc,
        "/document/submitted",
        json!({
            "printed": format!("令和{}年{month}月{day}日", year - 2018),
            "date": format!("{year}-{month:02}-{day:02}"),
        }),
    );
    set(doc, "/summary/brand_names", json!(brands));
    if let Some(products) = doc
        .pointer_mut("/overview/products")
        .and_then(Value::as_array_mut)
    {
        for (i, p) in products.iter_mut().enumerate() {
            if let Some(name) = p.get_mut("brand_name") {
                *name = json!(brands.get(i).cloned().unwrap_or_default());
            }
        }
    }
}

fn extend(doc: &mut Value, pointer: &str, items: Vec<Value>) {
    if let Some(list) = doc.pointer_mut(pointer).and_then(Value::as_array_mut) {
        list.extend(items);
    }
}

fn concern(id: &str, name: &str, size: SynthSize, rng: &mut Rng) -> Value {
    let cohorts: Vec<(String, u32)> = (0..size.cohorts)
        .map(|c| (format!("{id}-c{}", c + 1), 5 + rng.below(200) as u32))
        .collect();
    let cell = |n: u32, total: u32| match percent_tenths(n, total) {
        Some(t) if n > 0 => json!({ "n": n, "percent": format_tenths(t) }),
        _ => json!({ "n": n }),
    };
    let events: Vec<Value> = (0..size.events)
        .map(|e| {
            let mut all = Vec::new();
            let mut severe = Vec::new();
            for (_, total) in &cohorts {
                let n = rng.below(u64::from(*total) + 1) as u32;
                let m = rng.below(u64::from(n) + 1) as u32;
                all.push(cell(n, *total));
                severe.push(cell(m, *total));
            }
            json!({
                "label": format!("事象 {}", e + 1),
                "grades": [
                    { "grade": "all", "cells": all },
                    { "grade": "ge3", "cells": severe },
                ],
            })
        })
        .collect();
    let cohorts: Vec<Value> = cohorts
        .iter()
        .enumerate()
        .map(|(c, (cid, total))| {
            json!({
                "id": cid,
                "study": format!("SYN{:03}", c % 7 + 1),
                "study_label": format!("SYN{:03} 試験", c % 7 + 1),
                "label": format!("コホート {}", c + 1),
                "n": total,
            })
        })
        .collect();
    json!({
        "id": id,
        "name": name,
        "reason": [format!("{name}は合成データによる測定用の安全性検討事項である。")],
        "incidence": [{
            "id": format!("{id}-incidence"),
            "intro": format!("{name}の発現状況は下記のとおりである。"),
            "column_groups": [{ "label": "合成", "cohorts": cohorts }],
            "events": events,
        }],
        "pv": { "routine": true, "additional": [], "reasons": ["通常の活動で情報を収集するため選択した。"] },
        "rm": { "routine": true, "routine_text": ["電子添文で注意喚起する。"], "additional": [], "reasons": ["通常の活動で注意喚起するため選択した。"] },
    })
}
