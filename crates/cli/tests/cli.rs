//! The `rmp` command as a user runs it: exit codes, messages, output formats.
#![cfg(not(target_arch = "wasm32"))]

use rmp_testkit::*;
use serde_json::json;
use std::process::{Command, Output};

const RMP: &str = env!("CARGO_BIN_EXE_rmp");

fn rmp(args: &[&str]) -> Output {
    Command::new(RMP)
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("rmp runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rmp-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn validate_the_dataset() {
    let o = rmp(&["validate", "data/lunsumio.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("valid (0 errors, 1 warning)"));
    assert!(stdout(&o).contains("warning[percent-mismatch]"));
    let o = rmp(&["validate", "--deny-warnings", "data/lunsumio.json"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn validate_json_format() {
    let o = rmp(&["validate", "--format", "json", "data/lunsumio.json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 1);
    let keys: Vec<&String> = items[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["code", "message", "path", "severity"]);
    assert_eq!(items[0]["severity"], "warning");
    assert_eq!(items[0]["code"], "percent-mismatch");
}

#[test]
fn readable_messages_for_bad_files() {
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.json", b"", "error[empty]"),
        (
            "page.json",
            b"<html><body>Not Found</body></html>",
            "error[not-json]",
        ),
        ("latin1.json", b"{\"a\": \"\xe9\"}", "error[encoding]"),
        ("array.json", b"[]", "error[not-rmp]"),
        (
            "cut.json",
            b"{\"format_version\": 1, \"document\": {\"title\": \"x",
            "error[truncated]",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = temp_file(name, bytes);
        let o = rmp(&["validate", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(stdout(&o).contains(expected), "{name}: {}", stdout(&o));
    }
    let o = rmp(&["validate", "no/such/file.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("no such file"));
    let o = rmp(&["validate", "data"]);
    assert!(stdout(&o).contains("is a directory"));
}

/// Every class of bad document, one file each: exit 1 and one line naming
/// the code and the JSON path (warnings exit 0 unless `--deny-warnings`).
#[test]
fn each_class_of_bad_document() {
    let crs = "/safety_specification/identified_risks/0";
    let cell = format!("{crs}/incidence/0/events/0/grades/0/cells/0");
    let mutate = |pointer: &str, value: serde_json::Value| {
        let mut doc = dataset_value();
        set(&mut doc, pointer, value);
        doc.to_string().into_bytes()
    };
    let mut missing = dataset_value();
    remove(&mut missing, "/document", "title");
    let mut dangling = dataset_value();
    set(
        &mut dangling,
        &format!("{crs}/pv/additional"),
        json!(["nowhere"]),
    );
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "type.json",
            mutate("/format_version", json!("1")),
            "error[invalid-type]",
            "format_version",
        ),
        (
            "missing.json",
            missing.to_string().into_bytes(),
            "error[missing-field]",
            "document",
        ),
        (
            "enum.json",
            mutate("/pv_plan/additional/0/kind", json!("survey")),
            "error[unknown-variant]",
            "pv_plan.additional[0].kind",
        ),
        (
            "duplicate.json",
            mutate(&format!("{crs}/id"), json!("infections")),
            "error[duplicate-id]",
            "identified_risks",
        ),
        (
            "dangling.json",
            dangling.to_string().into_bytes(),
            "error[dangling-reference]",
            "identified_risks[0].pv.additional[0]",
        ),
        (
            "range.json",
            mutate(&format!("{cell}/n"), json!(-3)),
            "error[invalid-value]",
            "cells[0].n",
        ),
        (
            "deep.json",
            format!(
                "{{\"format_version\": {}{}}}",
                "[".repeat(1000),
                "]".repeat(1000)
            )
            .into_bytes(),
            "error[too-deep]",
            "",
        ),
        ("big.json", vec![b' '; 50 << 20], "error[too-large]", "MB"),
    ];
    for (name, bytes, code, path) in cases {
        let file = temp_file(name, &bytes);
        let o = rmp(&["validate", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stdout(&o));
        let out = stdout(&o);
        assert!(out.contains(code) && out.contains(path), "{name}: {out}");
    }
    // Warnings (a count over N, a hidden character) leave the file valid.
    let over = mutate(&format!("{cell}/n"), json!(500));
    let file = temp_file("over.json", &over);
    let o = rmp(&["validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("warning[count-exceeds-denominator]"));
    let o = rmp(&["validate", "--deny-warnings", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    // A byte-order mark is accepted.
    let file = temp_file("bom.json", format!("\u{feff}{DATASET}").as_bytes());
    assert_eq!(
        rmp(&["validate", file.to_str().unwrap()]).status.code(),
        Some(0)
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(rmp(&[]).status.code(), Some(2));
    assert_eq!(rmp(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(rmp(&["validate"]).status.code(), Some(2));
    assert_eq!(
        rmp(&["validate", "--format", "xml", "x"]).status.code(),
        Some(2)
    );
}

#[test]
fn export_csv_long_form() {
    let o = rmp(&["export-csv", "data/lunsumio.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "risk,event,grade,study,cohort,route,N,n,percent");
    assert_eq!(lines.len(), 1 + 144);
    assert_eq!(
        lines[1],
        "サイトカイン放出症候群,CRS,all,GO29781,B11 FL RP2D コホート,点滴静注,90,41,45.6"
    );
    // A zero cell has an empty percentage; a name with a comma is quoted.
    assert!(lines.contains(&"サイトカイン放出症候群,HLH,ge3,GO43643,Arm A 本剤+ポラツズマブ ベドチン（遺伝子組換え）群,皮下注,135,0,"));
    assert!(lines.contains(&"感染症,感染症,ge3,GO29781,B11 FL RP2D コホート,点滴静注,90,15,16.6"));
}

#[test]
fn export_csv_neutralises_formulas_and_keeps_numbers() {
    let mut doc = dataset_value();
    let risk = "/safety_specification/identified_risks/0";
    set(
        &mut doc,
        &format!("{risk}/name"),
        json!("=HYPERLINK(\"http://evil.example\",\"x\")"),
    );
    set(
        &mut doc,
        "/summary/identified_risks/0/name",
        json!("=HYPERLINK(\"http://evil.example\",\"x\")"),
    );
    set(
        &mut doc,
        &format!("{risk}/incidence/0/events/0/label"),
        json!("+cmd|' /C calc'!A0"),
    );
    set(
        &mut doc,
        &format!("{risk}/incidence/0/column_groups/0/cohorts/0/label"),
        json!("@SUM(1+1)"),
    );
    let path = temp_file("formulas.json", doc.to_string().as_bytes());
    let o = rmp(&["export-csv", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let first = text.split("\r\n").nth(1).unwrap();
    assert_eq!(
        first,
        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+cmd|' /C calc'!A0,all,GO29781,'@SUM(1+1),点滴静注,90,41,45.6"
    );
}

#[test]
fn export_csv_refuses_an_invalid_file() {
    let path = temp_file("broken.json", b"{\"format_version\": 1}");
    let o = rmp(&["export-csv", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not a valid RMP"), "{}", stderr(&o));
}

#[test]
fn schema_and_describe() {
    let o = rmp(&["schema"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["title"], "Rmp");
    let o = rmp(&["describe", "data/lunsumio.json"]);
    let text = stdout(&o);
    assert!(text.contains("important identified risks: 6"));
    assert!(text.contains("important potential risks: 0 — なし"));
    assert!(text.contains("cells: 144"));
}

#[test]
fn synth_is_deterministic_valid_and_the_requested_size() {
    let args = [
        "synth",
        "--risks",
        "12",
        "--cohorts",
        "5",
        "--events",
        "3",
        "--activities",
        "20",
        "--seed",
        "7",
    ];
    let (a, b) = (rmp(&args), rmp(&args));
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(stdout(&a), stdout(&b), "same seed, same file");
    let other = rmp(&[&args[..10], &["8"]].concat());
    assert_ne!(stdout(&a), stdout(&other), "another seed, another file");
    let path = temp_file("synth.json", stdout(&a).as_bytes());
    let rmp_doc = rmp_model::parse(&stdout(&a)).unwrap();
    assert_eq!(rmp_doc.concerns().count(), 12);
    let board = rmp_view_model::board::board_items(&rmp_doc);
    assert_eq!(board.len(), 20);
    let o = rmp(&["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn options_take_their_value_after_a_space_or_an_equals_sign() {
    let spaced = rmp(&[
        "synth",
        "--risks",
        "7",
        "--cohorts",
        "2",
        "--events",
        "1",
        "--activities",
        "10",
    ]);
    let joined = rmp(&[
        "synth",
        "--risks=7",
        "--cohorts=2",
        "--events=1",
        "--activities=10",
    ]);
    assert_eq!(joined.status.code(), Some(0), "{}", stderr(&joined));
    assert_eq!(stdout(&spaced), stdout(&joined));
    let o = rmp(&["validate", "--format=json", "data/lunsumio.json"]);
    assert!(serde_json::from_slice::<serde_json::Value>(&o.stdout).is_ok());
    let o = rmp(&["export-csv", "data/lunsumio.json", "--output=/dev/null"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = rmp(&["synth", "--risks=many"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("many"), "{}", stderr(&o));
}

#[test]
fn import_writes_a_draft_and_its_report() {
    let dir = std::env::temp_dir().join(format!("rmp-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("draft.json");
    let md = dir.join("report.md");
    let o = rmp(&[
        "import",
        "crates/import/tests/fixtures/lunsumio-2026-03-23.txt",
        "-o",
        out.to_str().unwrap(),
        "--report",
        md.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("6 concerns"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("144 incidence cells (0 withheld)"),
        "{}",
        stderr(&o)
    );
    let draft = std::fs::read_to_string(&out).unwrap();
    let v: serde_json::Value = serde_json::from_str(&draft).unwrap();
    assert_eq!(v["import_draft"]["source"], "lunsumio-2026-03-23.txt");
    // The draft is readable: valid, with the draft's own warning.
    let o = rmp(&["validate", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("warning[import-draft]"),
        "{}",
        stdout(&o)
    );
    let report = std::fs::read_to_string(&md).unwrap();
    assert!(report.starts_with("# Import review"));
    assert!(
        report.contains("| 1 | structure | form marker | （別紙様式２） |"),
        "{report}"
    );
    // JSON report: every line with its fate.
    let o = rmp(&[
        "import",
        "crates/import/tests/fixtures/lixiana-summary-start.txt",
        "-o",
        out.to_str().unwrap(),
        "--report",
        md.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&md).unwrap()).unwrap();
    assert_eq!(r["lines"].as_array().unwrap().len(), 81);
    assert!(r["lines"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["fate"].is_string()));
}

#[test]
fn import_refuses_what_is_not_an_rmp_text() {
    let pdf = temp_file("rmp.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    let o = rmp(&["import", pdf.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    // A file that says it is a PDF and is not one: pdftotext's own words, once each.
    let said = stderr(&o);
    assert!(said.contains("pdftotext could not read the PDF"), "{said}");
    assert_eq!(
        said.matches("Couldn't find trailer dictionary").count(),
        1,
        "{said}"
    );
    let empty = temp_file("empty.txt", b"");
    let o = rmp(&["import", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("empty"), "{}", stderr(&o));
    let other = temp_file("novel.txt", "吾輩は猫である。".as_bytes());
    let o = rmp(&["import", other.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no part of an RMP"), "{}", stderr(&o));
    let o = rmp(&["import", "no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no such file"), "{}", stderr(&o));
    let o = rmp(&["import"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn diff_names_what_changed_since_the_previous_version() {
    let o = rmp(&[
        "diff",
        "data/lunsumio-2026-02-25.json",
        "data/lunsumio.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.starts_with("changes since 令和8年2月25日 (to 令和8年3月23日): 16"),
        "{text}"
    );
    assert!(
        text.contains(
            "市販直後調査（再発又は難治性の濾胞性リンパ腫，皮下注製剤）: status: 計画中 → 実施中"
        ),
        "{text}"
    );
    assert!(
        text.contains("効能又は効果 (3, 4): changed: {+〇以下の+}"),
        "{text}"
    );
    let o = rmp(&[
        "diff",
        "--format",
        "json",
        "data/lunsumio-2026-02-25.json",
        "data/lunsumio.json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 16);
    assert_eq!(v["changes"][0]["subject"]["type"], "overview");
    let o = rmp(&["diff", "data/lunsumio.json", "data/lunsumio.json"]);
    assert!(stdout(&o).contains("no changes"), "{}", stdout(&o));
    let bad = temp_file("bad-diff.json", b"{}");
    let o = rmp(&["diff", bad.to_str().unwrap(), "data/lunsumio.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not a valid RMP"), "{}", stderr(&o));
    assert_eq!(rmp(&["diff", "data/lunsumio.json"]).status.code(), Some(2));
}

#[test]
fn catalog_indexes_a_folder_and_recognises_versions() {
    let dir = std::env::temp_dir().join(format!("rmp-catalog-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("old")).unwrap();
    std::fs::copy("../../data/lunsumio.json", dir.join("lunsumio.json")).unwrap();
    std::fs::copy(
        "../../data/lunsumio-2026-02-25.json",
        dir.join("old/lunsumio-2026-02-25.json"),
    )
    .unwrap();
    std::fs::write(dir.join("broken.json"), b"{\"format_version\": 1,").unwrap();
    std::fs::write(dir.join("notes.txt"), b"not json").unwrap();
    let mut other = dataset_value();
    set(&mut other, "/document/company", json!("別の製薬株式会社"));
    std::fs::write(dir.join("other.json"), other.to_string()).unwrap();
    let out = dir.join("catalog.json");
    let o = rmp(&[
        "catalog",
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("broken.json"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "3 documents, 2 products (1 with more than one version), 1 files not indexed"
        ),
        "{}",
        stderr(&o)
    );
    let c: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let docs = c["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    let files: Vec<&str> = docs.iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert!(files.contains(&"old/lunsumio-2026-02-25.json"), "{files:?}");
    let versions = c["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["versions"].as_array().unwrap().len() == 2)
        .unwrap();
    assert_eq!(
        versions["versions"],
        json!(["lunsumio-2026-02-25", "lunsumio"])
    );
    let lun = docs.iter().find(|d| d["id"] == "lunsumio").unwrap();
    assert_eq!(lun["submitted"]["date"], "2026-03-23");
    assert_eq!(lun["previous_submission"]["date"], "2026-02-25");
    assert_eq!(lun["concerns"].as_array().unwrap().len(), 6);
    assert_eq!(lun["warnings"], 1);
    assert!(lun["hash"].as_str().unwrap().starts_with("fnv1a64:"));
    let lun2501 = lun["activities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "lun2501")
        .unwrap();
    assert_eq!(lun2501["kind"], "specified_use_results_survey");
    assert_eq!(lun2501["status"], "ongoing");
    assert_eq!(c["problems"][0]["file"], "broken.json");
    // Writing the catalog into the folder does not index the catalog itself.
    let o = rmp(&[
        "catalog",
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(stderr(&o).contains("3 documents"), "{}", stderr(&o));
    assert_eq!(rmp(&["catalog", "no/such/dir"]).status.code(), Some(1));
}

#[test]
fn the_demo_catalog_is_the_catalog_of_the_data_folder() {
    let o = rmp(&["catalog", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("../../data/catalog.json").unwrap()).unwrap();
    assert_eq!(
        written, kept,
        "data/catalog.json is stale: `cargo run --bin rmp -- catalog data -o data/catalog.json`"
    );
}

#[test]
fn import_says_when_the_text_holds_another_version() {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../import/tests/fixtures/lunsumio-2026-03-23.txt"
    ))
    .unwrap();
    let older = seed.replace("令和8年3月23日", "令和7年9月30日");
    let both = temp_file("two-versions.txt", format!("{seed}\u{c}{older}").as_bytes());
    let out = both.with_extension("json");
    let o = rmp(&[
        "import",
        both.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("144 incidence cells (0 withheld)")
            && stderr(&o).contains("1 other document or version in the text, not imported"),
        "{}",
        stderr(&o)
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v["document"]["submitted"]["printed"], "令和8年3月23日");
}

#[test]
fn diff_says_when_the_two_are_not_one_product() {
    let doc = std::fs::read_to_string("../../data/lunsumio.json")
        .or_else(|_| std::fs::read_to_string("data/lunsumio.json"))
        .expect("the dataset");
    let other = doc
        .replace(
            "\"product_name\": \"ルンスミオ\"",
            "\"product_name\": \"カルテリオ\"",
        )
        .replace(
            "\"company\": \"中外製薬株式会社\"",
            "\"company\": \"東和薬品工業株式会社\"",
        );
    assert_ne!(other, doc, "the names were replaced");
    let path = temp_file("other-product.json", other.as_bytes());
    let o = rmp(&["diff", path.to_str().unwrap(), "data/lunsumio.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("warning: not two versions of one product"),
        "{text}"
    );
    assert!(text.contains("販売名: カルテリオ → ルンスミオ"), "{text}");
    assert!(
        text.contains("製造販売業者: 東和薬品工業株式会社 → 中外製薬株式会社"),
        "{text}"
    );
    let o = rmp(&[
        "diff",
        "--format",
        "json",
        path.to_str().unwrap(),
        "data/lunsumio.json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["other_product"].as_array().map(Vec::len), Some(2));
}
