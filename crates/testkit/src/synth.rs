//! `rmp synth`: deterministic synthetic RMPs for measuring growth. The
//! Lunsumio document is the template; its concerns and activities stay,
//! and generated ones are added until the requested sizes are reached.
//! The same parameters and seed always give the same file.

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
    for i in existing..size.risks {
        let id = format!("synthetic-risk-{}", i + 1);
        let name = format!("合成リスク {}", i + 1);
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
        if i % 2 == 0 {
            pv.push(json!({
                "id": format!("synthetic-pv-{n}"),
                "kind": "general_use_results_survey",
                "name": format!("一般使用成績調査（合成 {n}）"),
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
    doc
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
