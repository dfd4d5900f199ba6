//! 使用条件の設定 as a checklist a hospital ticks for itself: each
//! requirement of the conditions of use is an item, its notes stay beside
//! it, and what was ticked is kept per document and version.

use rmp_model::{RmActivity, Rmp};

use super::activity::Label;
use super::catalog::hash;
use super::text::{Texts, DOCUMENT_LANG};

/// The checklist of one activity's conditions of use.
#[derive(Debug, Clone, PartialEq)]
pub struct Checklist<'a> {
    /// The activity's id.
    pub activity: &'a str,
    /// Where the ticks are kept: one key per document, version and
    /// activity, so that a new version starts a new list.
    pub key: String,
    /// （1）医師要件 …（4）流通管理, those the document has.
    pub blocks: Vec<ChecklistBlock<'a>>,
}

/// One requirement block.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistBlock<'a> {
    /// Its heading (医師要件, 施設要件, 医療関係者への事前説明, 流通管理).
    pub label: Label,
    /// Its lines in order.
    pub lines: Vec<Line<'a>>,
}

/// A line of a block.
#[derive(Debug, Clone, PartialEq)]
pub enum Line<'a> {
    /// A requirement to tick: its id, and its text without the bullet.
    Item {
        /// Stable while the text stays the same.
        id: String,
        /// As printed, less the leading `・`.
        text: &'a str,
    },
    /// A note, a lead-in or a heading of a list (＊1：…, 提供資材：), as printed.
    Note(&'a str),
}

impl Checklist<'_> {
    /// The items' ids, in order.
    pub fn items(&self) -> impl Iterator<Item = &str> {
        self.blocks
            .iter()
            .flat_map(|b| &b.lines)
            .filter_map(|l| match l {
                Line::Item { id, .. } => Some(id.as_str()),
                Line::Note(_) => None,
            })
    }
}

/// The bullets a requirement starts with.
const BULLETS: [char; 4] = ['・', '･', '•', '●'];

/// A block's lines: where any paragraph starts with a bullet, the bulleted
/// ones are the requirements and the others notes; otherwise each
/// paragraph is one.
fn lines<'a>(block: &str, paragraphs: &'a [String]) -> Vec<Line<'a>> {
    let bulleted = paragraphs
        .iter()
        .any(|p| p.trim_start().starts_with(BULLETS));
    paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = p.trim_start();
            let bare = text.trim_start_matches(BULLETS).trim_start();
            if bulleted && bare.len() == text.len() {
                return Line::Note(p);
            }
            // The position keeps two equal lines apart; the text's hash
            // keeps a tick from moving to a line that was changed.
            let digest = hash(bare.as_bytes());
            let short = digest.get(digest.len().saturating_sub(8)..).unwrap_or("");
            Line::Item {
                id: format!("{block}-{i}-{short}"),
                text: bare,
            }
        })
        .collect()
}

/// The checklist of the activity `id`, when it sets conditions of use.
pub fn checklist<'a>(rmp: &'a Rmp, id: &str) -> Option<Checklist<'a>> {
    let a: &RmActivity = rmp.rm_plan.additional.iter().find(|a| a.id == id)?;
    let c = a.conditions.as_ref()?;
    let blocks: Vec<ChecklistBlock> = [
        (
            Label::PhysicianRequirements,
            "physician",
            &c.physician_requirements,
        ),
        (
            Label::FacilityRequirements,
            "facility",
            &c.facility_requirements,
        ),
        (Label::PreExplanation, "explanation", &c.pre_explanation),
        (
            Label::DistributionControl,
            "distribution",
            &c.distribution_control,
        ),
    ]
    .into_iter()
    .filter(|(_, _, ps)| !ps.is_empty())
    .map(|(label, block, ps)| ChecklistBlock {
        label,
        lines: lines(block, ps),
    })
    .collect();
    if blocks.is_empty() {
        return None;
    }
    let d = &rmp.document;
    let product = format!("{}\u{1f}{}", d.company, d.product_name);
    let version = d.submitted.date.as_deref().unwrap_or(&d.submitted.printed);
    Some(Checklist {
        activity: &a.id,
        key: format!(
            "rmp-viewer.checklist:{}:{version}:{}",
            hash(product.as_bytes()),
            a.id
        ),
        blocks,
    })
}

/// What a hospital ticked, and who checked on which day: kept in the
/// browser under the checklist's key, as lines (`by<TAB>…`, `on<TAB>…`,
/// `checked<TAB><id>`) under a first line that names the format; a few
/// lines of its own cost the viewer far less than a serializer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ticks {
    /// The ids of the items ticked, in the order they were ticked.
    pub checked: Vec<String>,
    /// 確認者.
    pub by: String,
    /// 確認日 (`YYYY-MM-DD`, as the date field gives it).
    pub on: String,
}

/// The first line of what is kept.
const FORMAT: &str = "rmp-viewer checklist 1";

/// One line of a field: no line breaks or tabs inside.
fn one_line(s: &str) -> String {
    s.split(['\n', '\r', '\t'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Ticks {
    /// Reads what was kept; anything unreadable (another program's value, a
    /// cut-off write) reads as nothing ticked, never as an error. Lines it
    /// does not know (a newer writer's) are passed over.
    /// Linear in what is kept, however much that is.
    pub fn read(kept: Option<&str>) -> Ticks {
        let mut t = Ticks::default();
        let Some(mut lines) = kept.map(str::lines) else {
            return t;
        };
        if lines.next() != Some(FORMAT) {
            return t;
        }
        let mut seen = std::collections::HashSet::new();
        for line in lines {
            match line.split_once('\t') {
                Some(("by", v)) => t.by = v.to_string(),
                Some(("on", v)) => t.on = v.to_string(),
                Some(("checked", v)) if !v.is_empty() && seen.insert(v) => {
                    t.checked.push(v.to_string())
                }
                _ => {}
            }
        }
        t
    }

    /// The ticks of the checklist's own items only: ticks of lines the
    /// document does not have are not kept again.
    pub fn known(mut self, items: &[String]) -> Ticks {
        self.checked.retain(|c| items.contains(c));
        self
    }

    /// What is kept.
    pub fn write(&self) -> String {
        let mut out = format!(
            "{FORMAT}\nby\t{}\non\t{}\n",
            one_line(&self.by),
            one_line(&self.on)
        );
        for id in &self.checked {
            out.push_str("checked\t");
            out.push_str(&one_line(id));
            out.push('\n');
        }
        out
    }

    /// Whether the item `id` is ticked.
    pub fn ticked(&self, id: &str) -> bool {
        self.checked.iter().any(|c| c == id)
    }

    /// Ticks the item `id`, or takes its tick off.
    pub fn tick(&mut self, id: &str, on: bool) {
        match (on, self.ticked(id)) {
            (true, false) => self.checked.push(id.to_string()),
            (false, true) => self.checked.retain(|c| c != id),
            _ => {}
        }
    }

    /// How many of the checklist's items are ticked (ticks of lines the
    /// document no longer has do not count).
    pub fn count(&self, list: &Checklist) -> (usize, usize) {
        let items: Vec<&str> = list.items().collect();
        let done = items.iter().filter(|i| self.ticked(i)).count();
        (done, items.len())
    }
}

/// `text` safe inside an element or a quoted attribute: `& < > " '` as
/// character references, so no document text can open a tag or end a value.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_quoted_attribute(text)
}

/// The checklist's markup, in `t`'s words, with `ticks` ticked: a heading
/// (`title_id`), what it is and where it is kept (and, where the browser
/// keeps nothing, that the ticks are lost on closing), who and when, the
/// count, one fieldset per block with a box per requirement and its notes
/// beside, and the print and clear buttons. Every text is escaped; the
/// markup is drawn in one step, which costs the viewer's wasm far less than
/// element-by-element views of the same form.
pub fn markup(list: &Checklist, ticks: &Ticks, t: &Texts, keeps: bool, title_id: &str) -> String {
    let (done, total) = ticks.count(list);
    let mut h = format!(
        "<h3 id=\"{}\">{}</h3><p class=\"rmp-checklist-explain\">{}</p>",
        escape(title_id),
        escape(t.checklist_title),
        escape(t.checklist_explain)
    );
    if !keeps {
        h += &format!(
            "<p class=\"rmp-checklist-unkept\" role=\"note\">{}</p>",
            escape(t.checklist_not_kept)
        );
    }
    h += &format!(
        "<div class=\"rmp-checklist-who\"><label>{} <input type=\"text\" name=\"by\" autocomplete=\"name\" value=\"{}\"></label><label>{} <input type=\"date\" name=\"on\" value=\"{}\"></label></div><p class=\"rmp-checklist-count\" role=\"status\">{}</p>",
        escape(t.checked_by),
        escape(&ticks.by),
        escape(t.checked_on),
        escape(&ticks.on),
        escape(&t.checklist_count(done, total))
    );
    for b in &list.blocks {
        h += &format!("<fieldset><legend>{}</legend><ul>", escape(t.term(b.label)));
        for line in &b.lines {
            h += &match line {
                Line::Item { id, text } => format!(
                    "<li class=\"rmp-check\"><label><input type=\"checkbox\" data-item=\"{}\"{}><span lang=\"{DOCUMENT_LANG}\">{}</span></label></li>",
                    escape(id),
                    if ticks.ticked(id) { " checked" } else { "" },
                    escape(text)
                ),
                Line::Note(text) => format!(
                    "<li class=\"rmp-check-note\" lang=\"{DOCUMENT_LANG}\">{}</li>",
                    escape(text)
                ),
            };
        }
        h += "</ul></fieldset>";
    }
    h += &format!(
        "<p class=\"rmp-checklist-tools\"><button type=\"button\" data-act=\"print\">{}</button><button type=\"button\" data-act=\"clear\">{}</button></p>",
        escape(t.print_checklist),
        escape(t.clear_checklist)
    );
    h
}
