//! The review report: every source line accounted for, every guess with its
//! lines, what the template expects and the text does not have.

use serde::Serialize;

use crate::piece::Piece;

/// What became of one source line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "fate", rename_all = "snake_case")]
pub enum Fate {
    /// Not yet accounted for.
    Unread,
    /// Empty.
    Blank,
    /// Its text went to this JSON path.
    Placed { path: String },
    /// A heading, a label or a column header: structure, not content.
    Structure { what: String },
    /// Page furniture, dropped.
    Dropped { why: String },
    /// Content the importer did not place, and why.
    NotPlaced { why: String },
}

/// One source line and its fate.
#[derive(Debug, Clone, Serialize)]
pub struct SourceLine {
    pub line: usize,
    pub text: String,
    #[serde(flatten)]
    pub fate: Fate,
}

/// A part of the template the text does not have, and the value it is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missing {
    pub what: String,
    pub path: Option<String>,
}

/// A value that needed a guess, with the lines it was read from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guess {
    pub path: String,
    pub what: String,
    pub lines: Vec<usize>,
}

/// The review report of one import.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Every source line, in order.
    pub lines: Vec<SourceLine>,
    /// Values that needed a guess.
    pub guesses: Vec<Guess>,
    /// What the template expects and the text does not have.
    pub missing: Vec<Missing>,
    /// How many other documents or versions the text holds (see `documents`).
    pub other_documents: usize,
    /// JSON Pointers of the values the text does not hold (see `ImportDraft::absent`).
    pub absent: Vec<String>,
    /// Incidence cells emitted.
    pub cells_emitted: usize,
    /// Incidence cells withheld (their table's lines are listed as not placed).
    pub cells_withheld: usize,
    /// Lines after which a page of the source ended (a publisher's header follows).
    #[serde(skip)]
    pub page_ends: Vec<usize>,
    /// The page (from 1) of each line, where the text has pages.
    #[serde(skip)]
    pub line_pages: Vec<u32>,
}

/// Counts of the lines by fate, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Tally {
    pub placed: usize,
    pub structure: usize,
    pub dropped: usize,
    pub not_placed: usize,
    pub blank: usize,
}

impl Report {
    pub(crate) fn add_line(&mut self, line: usize, text: &str) {
        self.lines.push(SourceLine {
            line,
            text: text.to_string(),
            fate: Fate::Unread,
        });
    }

    pub(crate) fn set(&mut self, line: usize, fate: Fate) {
        if let Some(l) = line.checked_sub(1).and_then(|i| self.lines.get_mut(i)) {
            l.fate = fate;
        }
    }

    fn fate(&self, line: usize) -> Option<&Fate> {
        line.checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .map(|l| &l.fate)
    }

    /// The pieces' text went to `path`. A placement wins over structure.
    pub(crate) fn place(&mut self, pieces: &[Piece], path: &str) {
        for p in pieces {
            if matches!(
                self.fate(p.line),
                Some(Fate::Unread | Fate::Structure { .. } | Fate::NotPlaced { .. })
            ) {
                self.set(
                    p.line,
                    Fate::Placed {
                        path: path.to_string(),
                    },
                );
            }
        }
    }

    /// The pieces are a heading or a label.
    pub(crate) fn structure(&mut self, pieces: &[Piece], what: &str) {
        for p in pieces {
            if matches!(self.fate(p.line), Some(Fate::Unread)) {
                self.set(
                    p.line,
                    Fate::Structure {
                        what: what.to_string(),
                    },
                );
            }
        }
    }

    /// The pieces were read but not placed.
    pub(crate) fn not_placed(&mut self, pieces: &[Piece], why: &str) {
        for p in pieces {
            if matches!(self.fate(p.line), Some(Fate::Unread)) {
                self.set(
                    p.line,
                    Fate::NotPlaced {
                        why: why.to_string(),
                    },
                );
            }
        }
    }

    pub(crate) fn guess(&mut self, path: &str, what: impl Into<String>, pieces: &[Piece]) {
        self.guesses.push(Guess {
            path: path.to_string(),
            what: what.into(),
            lines: lines_of(pieces),
        });
    }

    pub(crate) fn missing(&mut self, what: impl Into<String>) {
        self.missing.push(Missing {
            what: what.into(),
            path: None,
        });
    }

    /// Lines placed at `path` that spell part of `name`, which the draft
    /// left out after all: not placed, and why.
    pub(crate) fn unplace(&mut self, path: &str, name: &str, why: &str) {
        let name = crate::text::key(name);
        for l in &mut self.lines {
            let here = matches!(&l.fate, Fate::Placed { path: p } if p == path);
            let k = crate::text::key(&l.text);
            if here && !k.is_empty() && name.contains(&k) {
                l.fate = Fate::NotPlaced {
                    why: why.to_string(),
                };
            }
        }
    }

    /// The value at `pointer` is not in the text: the draft leaves it empty and says so.
    pub(crate) fn absent(&mut self, pointer: impl Into<String>) {
        let pointer = pointer.into();
        if !self.absent.contains(&pointer) {
            self.absent.push(pointer);
        }
    }

    /// A part of the template the text lacks, and the value it would have given.
    pub(crate) fn missing_at(&mut self, what: impl Into<String>, pointer: impl Into<String>) {
        let pointer = pointer.into();
        self.missing.push(Missing {
            what: what.into(),
            path: Some(dotted(&pointer)),
        });
        self.absent(pointer);
    }

    /// Lines nobody accounted for become "not placed", and a sentence cut
    /// off where a page of the source ends is listed to check.
    pub(crate) fn finish(&mut self) {
        for &line in &self.page_ends.clone() {
            let Some(l) = line.checked_sub(1).and_then(|i| self.lines.get(i)) else {
                continue;
            };
            let ended = l.text.ends_with(['。', '）', ')', '」']);
            if let (Fate::Placed { path }, false) = (&l.fate, ended) {
                self.guesses.push(Guess {
                    path: path.clone(),
                    what: format!(
                        "{line} 行目は元のページの終わりで文の途中で切れています。続きはこのファイルにありません / line {line} stops mid-sentence where a page of the source ends: the rest of the text is not in the file"
                    ),
                    lines: vec![line],
                });
            }
        }
        for l in &mut self.lines {
            if l.fate == Fate::Unread {
                l.fate = Fate::NotPlaced {
                    why: "様式のどの部分にも当たらない行 / outside any part of the template the importer recognised".into(),
                };
            }
        }
    }

    pub fn tally(&self) -> Tally {
        let mut t = Tally::default();
        for l in &self.lines {
            match l.fate {
                Fate::Placed { .. } => t.placed += 1,
                Fate::Structure { .. } => t.structure += 1,
                Fate::Dropped { .. } => t.dropped += 1,
                Fate::NotPlaced { .. } | Fate::Unread => t.not_placed += 1,
                Fate::Blank => t.blank += 1,
            }
        }
        t
    }

    /// Where each placed value came from: runs of lines placed at one path
    /// (blank lines and page furniture between them do not break a run).
    pub fn value_sources(&self) -> Vec<rmp_model::ValueSource> {
        let mut out: Vec<rmp_model::ValueSource> = Vec::new();
        let mut open = false;
        for l in &self.lines {
            match &l.fate {
                Fate::Placed { path } => {
                    match out.last_mut() {
                        Some(run) if open && run.path == *path => {
                            run.lines[1] = l.line as u32;
                            run.text.push('\n');
                            run.text.push_str(&l.text);
                        }
                        _ => out.push(rmp_model::ValueSource {
                            path: path.clone(),
                            lines: [l.line as u32; 2],
                            page: self.line_pages.get(l.line - 1).copied(),
                            text: l.text.clone(),
                        }),
                    }
                    open = true;
                }
                Fate::Blank | Fate::Dropped { .. } => {}
                _ => open = false,
            }
        }
        out
    }

    /// Runs of not-placed lines with the same reason (blank lines and page
    /// furniture between them do not break a run): `(first, last, why)`.
    pub fn not_placed_runs(&self) -> Vec<(usize, usize, String)> {
        let mut runs: Vec<(usize, usize, String)> = Vec::new();
        let mut open = false;
        for l in &self.lines {
            match &l.fate {
                Fate::NotPlaced { why } => {
                    match runs.last_mut() {
                        Some(run) if open && run.2 == *why => run.1 = l.line,
                        _ => runs.push((l.line, l.line, why.clone())),
                    }
                    open = true;
                }
                Fate::Blank | Fate::Dropped { .. } => {}
                _ => open = false,
            }
        }
        runs
    }

    /// The report as Markdown.
    pub fn markdown(&self) -> String {
        use std::fmt::Write;
        let t = self.tally();
        let mut s = String::new();
        let _ = writeln!(s, "# Import review\n");
        let _ = writeln!(
            s,
            "{} lines: {} placed, {} headings and labels, {} page furniture dropped, {} not placed, {} blank.",
            self.lines.len(), t.placed, t.structure, t.dropped, t.not_placed, t.blank
        );
        let _ = writeln!(
            s,
            "Incidence cells: {} emitted, {} withheld.\n",
            self.cells_emitted, self.cells_withheld
        );
        let _ = writeln!(s, "## Not placed\n");
        let runs = self.not_placed_runs();
        if runs.is_empty() {
            let _ = writeln!(s, "Every content line was placed.");
        }
        for (a, b, why) in runs {
            let range = if a == b {
                format!("line {a}")
            } else {
                format!("lines {a}–{b}")
            };
            let _ = writeln!(s, "- {range}: {}", inert(&why));
        }
        let _ = writeln!(s, "\n## Guesses to check\n");
        if self.guesses.is_empty() {
            let _ = writeln!(s, "None.");
        }
        for g in &self.guesses {
            let lines = match g.lines.len() {
                0 => String::new(),
                1 => format!(" (line {})", g.lines[0]),
                _ => format!(" (lines {})", ranges(&g.lines)),
            };
            let path = if g.path.is_empty() {
                String::new()
            } else {
                format!("`{}`: ", g.path)
            };
            let _ = writeln!(s, "- {path}{}{lines}", inert(&g.what));
        }
        let _ = writeln!(s, "\n## Missing from the text\n");
        if self.missing.is_empty() {
            let _ = writeln!(s, "Nothing: every part of the template was found.");
        }
        for m in &self.missing {
            let path = m
                .path
                .as_ref()
                .map_or(String::new(), |p| format!("`{p}`: "));
            let _ = writeln!(s, "- {path}{}", inert(&m.what));
        }
        let _ = writeln!(s, "\n## Every line\n");
        let _ = writeln!(
            s,
            "| line | fate | where / why | text |\n|---:|---|---|---|"
        );
        for l in &self.lines {
            let (fate, detail) = match &l.fate {
                Fate::Blank => continue,
                Fate::Unread => ("not placed", String::new()),
                Fate::Placed { path } => ("placed", format!("`{path}`")),
                Fate::Structure { what } => ("structure", inert(what)),
                Fate::Dropped { why } => ("dropped", inert(why)),
                Fate::NotPlaced { why } => ("not placed", inert(why)),
            };
            let _ = writeln!(s, "| {} | {fate} | {detail} | {} |", l.line, inert(&l.text));
        }
        s
    }
}

/// Text from the source as Markdown that shows it and does nothing: no raw
/// HTML (`<img onerror>` becomes `&lt;img onerror&gt;`), no link, no
/// emphasis, no table cell break; each mark escaped, so it reads as printed.
fn inert(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The JSON Pointer of a path as the report writes it:
/// `safety_specification.identified_risks[0].pv` → `/safety_specification/identified_risks/0/pv`.
pub(crate) fn pointer(path: &str) -> String {
    path.split(['.', '['])
        .filter(|s| !s.is_empty())
        .map(|s| format!("/{}", s.trim_end_matches(']')))
        .collect()
}

/// The path as the report writes it of a JSON Pointer: the reverse of [`pointer`].
pub(crate) fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').filter(|s| !s.is_empty()) {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// The line numbers of pieces, in order, without repeats.
pub(crate) fn lines_of(pieces: &[Piece]) -> Vec<usize> {
    let mut v: Vec<usize> = pieces.iter().map(|p| p.line).collect();
    v.dedup();
    v
}

/// `3–5, 9` from `[3, 4, 5, 9]`.
pub fn ranges(lines: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(&start) = lines.get(i) {
        let mut end = start;
        while lines.get(i + 1) == Some(&(end + 1)) {
            end += 1;
            i += 1;
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_json_pointers() {
        let path = "safety_specification.identified_risks[10].pv.additional";
        assert_eq!(
            pointer(path),
            "/safety_specification/identified_risks/10/pv/additional"
        );
        assert_eq!(dotted(&pointer(path)), path);
    }

    #[test]
    fn source_text_in_the_markdown_is_inert() {
        let mut r = Report::default();
        let hostile = [
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=javascript:alert(1)>x</a>",
            "[x](javascript:alert(1))",
            "![x](https://example.com/t.png)",
            "a | b `c` *d* _e_",
        ];
        for (i, t) in hostile.iter().enumerate() {
            r.add_line(i + 1, t);
            r.set(
                i + 1,
                Fate::NotPlaced {
                    why: format!("because {t}"),
                },
            );
        }
        r.missing(format!("section <b>{}</b>", hostile[3]));
        let md = r.markdown();
        // An escaped bracket (`\\]`) opens and closes nothing.
        let unescaped = md.replace("\\]", "").replace("\\[", "");
        for live in ["<img", "<svg", "<a ", "<b>", "](javascript:", "![x]("] {
            assert!(!unescaped.contains(live), "{live} is live in:\n{md}");
        }
        // Each source line still reads as printed, one table row each.
        assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(md.contains("a \\| b \\`c\\` \\*d\\* \\_e\\_"));
        assert_eq!(
            md.lines().filter(|l| l.starts_with("| ")).count(),
            hostile.len() + 1
        );
    }
}
