//! `rmp`: validate, describe and export Risk Management Plan files.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use rmp_cli::{describe, load, write_csv, Loaded};
use rmp_model::Severity;
use rmp_testkit::SynthSize;

const USAGE: &str = "\
usage:
  rmp validate [--format text|json] [--deny-warnings] FILE...
  rmp describe FILE
  rmp schema
  rmp export-csv FILE [-o OUT.csv]
  rmp synth [--risks N] [--cohorts N] [--events N] [--activities N] [--seed N] [-o OUT.json]

exit status: 0 valid, 1 invalid (or warnings with --deny-warnings), 2 usage";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        return usage("no command given");
    };
    match command.as_str() {
        "validate" => validate(rest),
        "describe" => with_one_file(rest, |loaded| {
            print!("{}", describe(loaded));
            ExitCode::SUCCESS
        }),
        "schema" => {
            let schema = rmp_cli::schema();
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        "export-csv" => export_csv(rest),
        "synth" => synth(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => usage(&format!("unknown command `{other}`")),
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("rmp: {problem}\n{USAGE}");
    ExitCode::from(2)
}

fn validate(args: &[String]) -> ExitCode {
    let (mut json, mut deny_warnings, mut files) = (false, false, Vec::new());
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--format" => match it.next().map(String::as_str) {
                Some("json") => json = true,
                Some("text") => json = false,
                _ => return usage("--format takes `text` or `json`"),
            },
            "--format=json" => json = true,
            "--format=text" => json = false,
            "--deny-warnings" => deny_warnings = true,
            a if a.starts_with('-') && a != "-" => return usage(&format!("unknown option `{a}`")),
            file => files.push(file.to_string()),
        }
    }
    if files.is_empty() {
        return usage("validate needs at least one FILE");
    }
    let results: Vec<(String, Loaded)> = files
        .iter()
        .map(|f| (f.clone(), load(Path::new(f))))
        .collect();
    let failed = results.iter().any(|(_, l)| {
        !l.is_valid()
            || (deny_warnings
                && l.diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Warning))
    });
    if json {
        let value = if let [(_, only)] = results.as_slice() {
            serde_json::to_value(&only.diagnostics)
        } else {
            let per_file: Vec<_> = results
                .iter()
                .map(|(f, l)| serde_json::json!({ "file": f, "diagnostics": l.diagnostics }))
                .collect();
            serde_json::to_value(per_file)
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&value.unwrap_or_default()).unwrap_or_default()
        );
    } else {
        for (file, loaded) in &results {
            print_text(file, loaded);
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_text(file: &str, loaded: &Loaded) {
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = loaded.diagnostics.len() - errors;
    let verdict = if loaded.is_valid() {
        "valid"
    } else {
        "invalid"
    };
    println!(
        "{file}: {verdict} ({errors} error{}, {warnings} warning{})",
        plural(errors),
        plural(warnings)
    );
    for d in &loaded.diagnostics {
        println!("  {d}");
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Loads exactly one valid file and hands it on; otherwise prints why not.
fn with_one_file(args: &[String], then: impl FnOnce(&rmp_model::Rmp) -> ExitCode) -> ExitCode {
    let [file] = args else {
        return usage("expected exactly one FILE");
    };
    let loaded = load(Path::new(file));
    match &loaded.rmp {
        Some(rmp) if loaded.is_valid() => then(rmp),
        _ => {
            eprintln!("rmp: {file} is not a valid RMP:");
            for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
                eprintln!("  {d}");
            }
            ExitCode::FAILURE
        }
    }
}

fn export_csv(args: &[String]) -> ExitCode {
    let (mut out, mut files): (Option<String>, Vec<String>) = (None, Vec::new());
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-o" | "--output" => match it.next() {
                Some(path) => out = Some(path.clone()),
                None => return usage("-o needs a file name"),
            },
            file => files.push(file.to_string()),
        }
    }
    with_one_file(&files, |rmp| {
        let result = match &out {
            Some(path) => std::fs::File::create(path)
                .map_err(|e| format!("cannot write {path}: {e}"))
                .and_then(|f| {
                    write_csv(rmp, std::io::BufWriter::new(f)).map_err(|e| e.to_string())
                }),
            None => write_csv(rmp, std::io::stdout().lock()).map_err(|e| e.to_string()),
        };
        match result {
            Ok(rows) => {
                if let Some(path) = &out {
                    let _ = writeln!(
                        std::io::stderr(),
                        "rmp: wrote {rows} incidence cells to {path}"
                    );
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("rmp: {e}");
                ExitCode::FAILURE
            }
        }
    })
}

/// `rmp synth`: a synthetic RMP of a given size, the same for the same seed.
fn synth(args: &[String]) -> ExitCode {
    let mut size = SynthSize::default();
    let mut out: Option<String> = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value =
            |it: &mut std::slice::Iter<String>| it.next().and_then(|v| v.parse::<u64>().ok());
        match arg.as_str() {
            "-o" | "--output" => match it.next() {
                Some(path) => out = Some(path.clone()),
                None => return usage("-o needs a file name"),
            },
            "--risks" | "--cohorts" | "--events" | "--activities" | "--seed" => {
                let Some(v) = value(&mut it) else {
                    return usage(&format!("{arg} takes a whole number"));
                };
                match arg.as_str() {
                    "--risks" => size.risks = v as usize,
                    "--cohorts" => size.cohorts = (v as usize).max(1),
                    "--events" => size.events = (v as usize).max(1),
                    "--activities" => size.activities = v as usize,
                    _ => size.seed = v,
                }
            }
            other => return usage(&format!("unknown option `{other}`")),
        }
    }
    let template: serde_json::Value =
        serde_json::from_str(include_str!("../../../data/lunsumio.json")).unwrap_or_default();
    let doc = rmp_testkit::synth(&template, size);
    let text = serde_json::to_string(&doc).unwrap_or_default();
    match out {
        Some(path) => match std::fs::write(&path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("rmp: cannot write {path}: {e}");
                ExitCode::FAILURE
            }
        },
        None => {
            println!("{text}");
            ExitCode::SUCCESS
        }
    }
}
