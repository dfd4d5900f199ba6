//! `rmp`: validate, describe and export Risk Management Plan files.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use lexopt::Arg::{Long, Short, Value};
use lexopt::ValueExt;

use rmp_cli::{describe, load, write_csv, Loaded};
use rmp_model::Severity;
use rmp_testkit::SynthSize;

const USAGE: &str = "\
usage:
  rmp validate [--format text|json] [--deny-warnings] FILE...
  rmp describe FILE
  rmp schema
  rmp export-csv FILE [-o OUT.csv]
  rmp import PDF|TEXT [-o OUT.json] [--report REPORT] [--format markdown|json]
  rmp diff [--format text|json] OLD NEW
  rmp catalog DIR [-o catalog.json]
  rmp render FILE [-o OUT.html] [--fragment | --markup] [--lang ja|en] [--at PLACE] [--assets URL]
  rmp synth [--risks N] [--cohorts N] [--events N] [--activities N] [--seed N] [-o OUT.json]

exit status: 0 valid (import: a draft written), 1 invalid (or warnings with
--deny-warnings; import: nothing to import), 2 usage";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(problem) => usage(&problem.to_string()),
    }
}

/// Reads the command and its arguments; a usage error comes back as `Err`.
fn run() -> Result<ExitCode, lexopt::Error> {
    let mut args = lexopt::Parser::from_env();
    let command = match args.next()? {
        Some(Value(command)) => command.string()?,
        Some(Short('h') | Long("help")) => "help".to_string(),
        Some(other) => return Err(other.unexpected()),
        None => return Err("no command given".into()),
    };
    Ok(match command.as_str() {
        "validate" => validate(args)?,
        "describe" => {
            let files = files(args)?;
            with_one_file(&files, |loaded| {
                print!("{}", describe(loaded));
                ExitCode::SUCCESS
            })
        }
        "schema" => {
            no_more(args)?;
            let schema = rmp_cli::schema();
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        "export-csv" => export_csv(args)?,
        "synth" => synth(args)?,
        "import" => import(args)?,
        "diff" => diff(args)?,
        "catalog" => catalog(args)?,
        "render" => render(args)?,
        "help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => return Err(format!("unknown command `{other}`").into()),
    })
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("rmp: {problem}\n{USAGE}");
    ExitCode::from(2)
}

/// The FILE arguments, where a command takes no option.
fn files(mut args: lexopt::Parser) -> Result<Vec<String>, lexopt::Error> {
    let mut files = Vec::new();
    while let Some(arg) = args.next()? {
        match arg {
            Value(file) => files.push(file.string()?),
            other => return Err(other.unexpected()),
        }
    }
    Ok(files)
}

/// A command that takes no argument.
fn no_more(mut args: lexopt::Parser) -> Result<(), lexopt::Error> {
    match args.next()? {
        Some(arg) => Err(arg.unexpected()),
        None => Ok(()),
    }
}

fn validate(mut args: lexopt::Parser) -> Result<ExitCode, lexopt::Error> {
    let (mut json, mut deny_warnings, mut files) = (false, false, Vec::new());
    while let Some(arg) = args.next()? {
        match arg {
            Long("format") => match args.value()?.string()?.as_str() {
                "json" => json = true,
                "text" => json = false,
                _ => return Err("--format takes `text` or `json`".into()),
            },
            Long("deny-warnings") => deny_warnings = true,
            Value(file) => files.push(file.string()?),
            other => return Err(other.unexpected()),
        }
    }
    if files.is_empty() {
        return Err("validate needs at least one FILE".into());
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
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
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

/// Says why a file is not a valid RMP: each of its errors.
fn print_invalid(file: &str, loaded: &Loaded) {
    eprintln!("rmp: {file} is not a valid RMP:");
    for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        eprintln!("  {d}");
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
            print_invalid(file, &loaded);
            ExitCode::FAILURE
        }
    }
}

/// `-o OUT` and the plain arguments, for a command that takes no other option.
fn output_and_values(
    mut args: lexopt::Parser,
) -> Result<(Option<String>, Vec<String>), lexopt::Error> {
    let (mut out, mut values) = (None, Vec::new());
    while let Some(arg) = args.next()? {
        match arg {
            Short('o') | Long("output") => out = Some(args.value()?.string()?),
            Value(value) => values.push(value.string()?),
            other => return Err(other.unexpected()),
        }
    }
    Ok((out, values))
}

fn export_csv(args: lexopt::Parser) -> Result<ExitCode, lexopt::Error> {
    let (out, files) = output_and_values(args)?;
    Ok(with_one_file(&files, |rmp| {
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
    }))
}

/// `rmp render`: the viewer drawn to HTML ahead of time. The page (the
/// standalone viewer's, to go beside the bundle's files or under
/// `--assets`), `--fragment` an `<rmp-viewer>` element with a declarative
/// shadow root, `--markup` the viewer's markup alone. `--at` the place shown
/// first (`board`, `risk/crs`: the URL fragment's words).
fn render(mut args: lexopt::Parser) -> Result<ExitCode, lexopt::Error> {
    let mut how = rmp_viewer::render::Render::default();
    let (mut out, mut files, mut form) = (None::<String>, Vec::new(), "page");
    while let Some(arg) = args.next()? {
        match arg {
            Short('o') | Long("output") => out = Some(args.value()?.string()?),
            Long("fragment") => form = "fragment",
            Long("markup") => form = "markup",
            Long("lang") => {
                how.lang = rmp_view_model::text::Lang::from_code(&args.value()?.string()?)
            }
            Long("at") => how.route = rmp_view_model::route::Route::parse(&args.value()?.string()?),
            Long("assets") => how.assets = args.value()?.string()?,
            Value(value) => files.push(value.string()?),
            other => return Err(other.unexpected()),
        }
    }
    let [file] = files.as_slice() else {
        return Ok(usage("expected exactly one FILE"));
    };
    // A document the viewer would refuse is not drawn: the page would show an error panel.
    let bytes = match rmp_cli::read_file(Path::new(file)) {
        Ok(bytes) => bytes,
        Err(why) => {
            print_invalid(file, &Loaded::failed(why));
            return Ok(ExitCode::FAILURE);
        }
    };
    let loaded = rmp_cli::load_bytes(&bytes);
    if !loaded.is_valid() {
        print_invalid(file, &loaded);
        return Ok(ExitCode::FAILURE);
    }
    // The page carries the document without its indentation.
    let json = serde_json::from_slice::<serde_json::Value>(&bytes)
        .map(|v| v.to_string())
        .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned());
    let html = match form {
        "fragment" => rmp_viewer::render::fragment(&json, &how),
        "markup" => rmp_viewer::render::viewer_html(&json, &how),
        _ => rmp_viewer::render::page(&json, &how),
    };
    Ok(match out {
        Some(path) => match std::fs::write(&path, html) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("rmp: cannot write {path}: {e}");
                ExitCode::FAILURE
            }
        },
        None => {
            print!("{html}");
            ExitCode::SUCCESS
        }
    })
}

/// `rmp synth`: a synthetic RMP of a given size, the same for the same seed.
fn synth(mut args: lexopt::Parser) -> Result<ExitCode, lexopt::Error> {
    let mut size = SynthSize::default();
    let mut out: Option<String> = None;
    while let Some(arg) = args.next()? {
        match arg {
            Short('o') | Long("output") => out = Some(args.value()?.string()?),
            Long("risks") => size.risks = args.value()?.parse()?,
            Long("cohorts") => size.cohorts = args.value()?.parse::<usize>()?.max(1),
            Long("events") => size.events = args.value()?.parse::<usize>()?.max(1),
            Long("activities") => size.activities = args.value()?.parse()?,
            Long("seed") => size.seed = args.value()?.parse()?,
            other => return Err(other.unexpected()),
        }
    }
    let template: serde_json::Value =
        serde_json::from_str(include_str!("../../../data/lunsumio.json")).unwrap_or_default();
    let doc = rmp_testkit::synth(&template, size);
    let text = serde_json::to_string(&doc).unwrap_or_default();
    Ok(match out {
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
    })
}

/// `rmp import`: a draft document from the text of an RMP PDF, and its review report.
fn import(mut args: lexopt::Parser) -> Result<ExitCode, lexopt::Error> {
    use rmp_cli::import::{headline, import_file, report_text, ReportFormat};
    let (mut out, mut report, mut format, mut files) = (
        None::<String>,
        None::<String>,
        ReportFormat::Markdown,
        Vec::new(),
    );
    while let Some(arg) = args.next()? {
        match arg {
            Short('o') | Long("output") => out = Some(args.value()?.string()?),
            Long("report") => report = Some(args.value()?.string()?),
            Long("format") => {
                format = match args.value()?.string()?.as_str() {
                    "markdown" | "md" => ReportFormat::Markdown,
                    "json" => ReportFormat::Json,
                    _ => return Err("--format takes `markdown` or `json`".into()),
                }
            }
            Value(file) => files.push(file.string()?),
            other => return Err(other.unexpected()),
        }
    }
    let [file] = files.as_slice() else {
        return Err("import needs exactly one file: the RMP's PDF or its text".into());
    };
    let imported = match import_file(Path::new(file)) {
        Ok(i) => i,
        Err(message) => {
            eprintln!("rmp: {message}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let json = serde_json::to_string_pretty(&imported.rmp).unwrap_or_default();
    let written = match &out {
        Some(path) => std::fs::write(path, format!("{json}\n"))
            .map_err(|e| format!("cannot write {path}: {e}")),
        None => {
            println!("{json}");
            Ok(())
        }
    };
    let reported = match &report {
        Some(path) => std::fs::write(path, report_text(&imported, format))
            .map_err(|e| format!("cannot write {path}: {e}")),
        None => Ok(()),
    };
    if let Err(e) = written.and(reported) {
        eprintln!("rmp: {e}");
        return Ok(ExitCode::FAILURE);
    }
    eprintln!("rmp: {file}: {}", headline(&imported));
    if report.is_none() {
        eprintln!("rmp: write the review report with --report REPORT.md");
    }
    Ok(ExitCode::SUCCESS)
}

/// `rmp diff OLD NEW`: what changed between two versions of one RMP.
fn diff(mut args: lexopt::Parser) -> Result<ExitCode, lexopt::Error> {
    let (mut json, mut files) = (false, Vec::new());
    while let Some(arg) = args.next()? {
        match arg {
            Long("format") => match args.value()?.string()?.as_str() {
                "json" => json = true,
                "text" => json = false,
                _ => return Err("--format takes `text` or `json`".into()),
            },
            Value(file) => files.push(file.string()?),
            other => return Err(other.unexpected()),
        }
    }
    let [old, new] = files.as_slice() else {
        return Err("diff needs two files: OLD NEW".into());
    };
    let (a, b) = (load(Path::new(old)), load(Path::new(new)));
    let (Some(a_doc), Some(b_doc)) = (
        a.rmp.as_ref().filter(|_| a.is_valid()),
        b.rmp.as_ref().filter(|_| b.is_valid()),
    ) else {
        for (file, loaded) in [(old, &a), (new, &b)] {
            if !loaded.is_valid() {
                print_invalid(file, loaded);
            }
        }
        return Ok(ExitCode::FAILURE);
    };
    let d = rmp_view_model::diff::diff(a_doc, b_doc);
    if json {
        println!("{}", serde_json::to_string_pretty(&d).unwrap_or_default());
    } else {
        print!("{}", rmp_cli::diff_text(&d));
    }
    Ok(ExitCode::SUCCESS)
}

/// `rmp catalog DIR`: the index of every RMP under a folder.
fn catalog(args: lexopt::Parser) -> Result<ExitCode, lexopt::Error> {
    let (out, dirs) = output_and_values(args)?;
    let [dir] = dirs.as_slice() else {
        return Err("catalog needs exactly one DIR".into());
    };
    let c = match rmp_cli::catalog_dir(Path::new(dir), out.as_deref().map(Path::new)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("rmp: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    for p in &c.problems {
        eprintln!("rmp: {}: {}", p.file, p.message);
    }
    let versions = c.products.iter().filter(|p| p.versions.len() > 1).count();
    eprintln!(
        "rmp: {} documents, {} products ({versions} with more than one version), {} files not indexed",
        c.documents.len(),
        c.products.len(),
        c.problems.len()
    );
    let json = serde_json::to_string_pretty(&c).unwrap_or_default();
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(&path, format!("{json}\n")) {
                eprintln!("rmp: cannot write {path}: {e}");
                return Ok(ExitCode::FAILURE);
            }
        }
        None => println!("{json}"),
    }
    Ok(ExitCode::SUCCESS)
}
