//! Full-text search over the whole RMP: built once, queried per keystroke.

use super::activity::activity_pages;
use super::board::board_items;
use super::route::Route;
use super::text::{Texts, JA};
use crate::folding::key;
use rmp_model::{Rmp, SafetyConcern};

/// Where a piece of text lives, and so where a hit jumps to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// The summary (別紙様式2).
    Summary,
    /// The product overview or change history.
    Overview,
    /// A concern's card.
    Risk(String),
    /// An activity on the board.
    Activity(String),
}

impl Target {
    /// The place a hit jumps to.
    pub fn route(&self) -> Route {
        match self {
            Target::Summary => Route::Summary,
            Target::Overview => Route::Overview,
            Target::Risk(id) => Route::Risks(Some(id.clone())),
            Target::Activity(id) => Route::Activity(id.clone()),
        }
    }

    /// The element a hit brings into view: the view's section for the
    /// summary and the overview, the card or the activity's page otherwise.
    pub fn element_id(&self) -> String {
        match self {
            Target::Summary => "rmp-summary".to_string(),
            Target::Overview => "rmp-overview".to_string(),
            _ => self.route().element_id().unwrap_or_default(),
        }
    }
}

/// Where a text is, for the hit list: a name of the document, a part of the
/// template, or both ("サイトカイン放出症候群 › 発現状況").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    /// A place the document names: the summary's title, a concern, an activity.
    Named(String),
    /// 品目の概要.
    Overview,
    /// 品目の概要 › a product's brand name.
    Product(String),
    /// 変更の履歴.
    ChangeHistory,
    /// A concern's name › 発現状況.
    Incidence(String),
    /// A cell of an incidence table: the concern › the event and grade › the cohort.
    Cell(String),
}

impl Section {
    /// The section in words, the template's parts in the interface language.
    pub fn text(&self, t: &Texts) -> String {
        match self {
            Section::Named(name) => name.clone(),
            Section::Overview => t.hits_in_overview.to_string(),
            Section::Product(brand) => format!("{} › {brand}", t.hits_in_overview),
            Section::ChangeHistory => t.hits_in_change_history.to_string(),
            Section::Incidence(concern) => format!("{concern} › {}", t.hits_in_incidence),
            Section::Cell(place) => place.clone(),
        }
    }
}

/// At most this many hits are listed.
pub const HIT_LIMIT: usize = 50;

/// What the search box says under it: nothing for a blank query, "no
/// match", or how many hits (`50+` when the list stops at [`HIT_LIMIT`]).
pub fn status(query: &str, hits: usize, t: &Texts) -> String {
    match (query.trim().is_empty(), hits) {
        (true, _) => String::new(),
        (false, _) if too_long(query) => t.search_too_long.replace("{max}", &MAX_QUERY.to_string()),
        (false, 0) => t.search_none.to_string(),
        (false, n) if n >= HIT_LIMIT => format!("{n}+{}", t.hits_suffix),
        (false, 1) => format!("1{}", t.hit_suffix),
        (false, n) => format!("{n}{}", t.hits_suffix),
    }
}

/// One searchable piece of text.
#[derive(Debug, Clone)]
struct Entry {
    target: Target,
    /// Where it is, for the hit list.
    section: Section,
    text: String,
    /// The text folded ([`fold`]) without its whitespace, so that `24時間`
    /// finds `24 時間`.
    folded: String,
    /// For each character of `folded`, its position in `text`, where the
    /// text has whitespace (else they are the same).
    at: Option<Vec<u32>>,
    /// The section as the document's own headings name it, folded once here
    /// rather than on every keystroke.
    folded_section: String,
}

/// One hit: where, and the text around the match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Where the hit jumps to.
    pub target: Target,
    /// Where it is.
    pub section: Section,
    /// Text before the match (trimmed to a few words).
    pub before: String,
    /// The matched text, as printed.
    pub matched: String,
    /// Text after the match.
    pub after: String,
}

/// The index: every text of the document, folded for matching.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// (target, text) pairs already indexed: a text shown twice in one place is indexed once.
    seen: std::collections::HashSet<(Target, String)>,
}

impl SearchIndex {
    /// Indexes a document.
    pub fn new(rmp: &Rmp) -> SearchIndex {
        let mut index = SearchIndex::default();
        let d = &rmp.document;
        let s = &rmp.summary;
        let title = Section::Named(s.title.clone());
        index.add(
            Target::Summary,
            &title,
            [
                s.title.as_str(),
                &d.company,
                &d.active_ingredient,
                &d.therapeutic_category,
            ]
            .into_iter()
            .chain(s.brand_names.iter().map(String::as_str)),
        );
        let o = &rmp.overview;
        for p in &o.products {
            let section = Section::Product(p.brand_name.clone());
            index.add(
                Target::Overview,
                &section,
                [
                    p.brand_name.as_str(),
                    &p.strength_and_form,
                    &p.approval_number,
                    &p.approval_date.printed,
                ],
            );
        }
        for g in o.dosage_and_administration.iter().chain(&o.indications) {
            for b in &g.blocks {
                index.add(
                    Target::Overview,
                    &Section::Overview,
                    b.heading
                        .iter()
                        .map(String::as_str)
                        .chain(b.paragraphs.iter().map(String::as_str)),
                );
            }
        }
        index.add(
            Target::Overview,
            &Section::Overview,
            o.conditions_of_approval
                .iter()
                .chain(&o.remarks)
                .map(String::as_str),
        );
        for r in &rmp.change_history {
            index.add(
                Target::Overview,
                &Section::ChangeHistory,
                [r.reason.as_str()],
            );
            for c in &r.changes {
                index.add(
                    Target::Overview,
                    &Section::ChangeHistory,
                    std::iter::once(c.description.as_str()).chain(c.sections.iter().flat_map(
                        |s| std::iter::once(s.section.as_str()).chain(s.detail.as_deref()),
                    )),
                );
            }
        }
        let items = board_items(rmp);
        let with_cells = rmp.cell_count() <= MAX_CELLS_INDEXED;
        for (_, c) in rmp.concerns() {
            index.concern(c);
            if with_cells {
                index.cells(c);
            }
            // The card names the activities it links to.
            let linked = c.pv.additional.iter().chain(&c.rm.additional);
            let names = linked
                .filter_map(|id| items.iter().find(|i| &i.id == id))
                .map(|i| i.name);
            index.add(
                Target::Risk(c.id.clone()),
                &Section::Named(c.name.clone()),
                names,
            );
        }
        // An activity is found by everything its page shows.
        for page in activity_pages(rmp) {
            index.add(
                Target::Activity(page.item.id.clone()),
                &Section::Named(page.name.to_string()),
                page.texts(),
            );
        }
        index
    }

    fn concern(&mut self, c: &SafetyConcern) {
        let t = Target::Risk(c.id.clone());
        let name = Section::Named(c.name.clone());
        self.add(
            t.clone(),
            &name,
            std::iter::once(c.name.as_str()).chain(c.reason.iter().map(String::as_str)),
        );
        let section = Section::Incidence(c.name.clone());
        for table in &c.incidence {
            self.add(t.clone(), &section, [table.intro.as_str()]);
            self.add(
                t.clone(),
                &section,
                table
                    .cohorts()
                    .flat_map(|(g, k)| [g, k.study_label.as_str(), k.label.as_str()]),
            );
            self.add(
                t.clone(),
                &section,
                table.events.iter().map(|e| e.label.as_str()),
            );
            self.add(
                t.clone(),
                &section,
                table
                    .footnotes
                    .iter()
                    .map(|f| f.text.as_str())
                    .chain(table.grading_note.as_deref()),
            );
        }
        self.add(
            t.clone(),
            &name,
            c.references.iter().map(|r| r.text.as_str()),
        );
        let texts =
            c.pv.reasons
                .iter()
                .chain(&c.rm.routine_text)
                .chain(&c.rm.reasons)
                .map(String::as_str);
        self.add(t, &name, texts);
    }

    fn add<'s>(
        &mut self,
        target: Target,
        section: &Section,
        texts: impl IntoIterator<Item = &'s str>,
    ) {
        let mut folded_section: Option<String> = None;
        for text in texts {
            if text.trim().is_empty() || !self.seen.insert((target.clone(), text.to_string())) {
                continue;
            }
            let folded_section = folded_section
                .get_or_insert_with(|| key(&section.text(&JA)))
                .clone();
            self.entries.push(Entry::new(
                target.clone(),
                section.clone(),
                text,
                folded_section,
            ));
        }
    }

    /// The cells of a concern's tables, each as printed ("15（16.6%）") and
    /// named by its place (concern › event, grade › cohort), so that a number
    /// is found and says which cell it is. Not for documents so large that
    /// their cells would crowd out everything else.
    fn cells(&mut self, c: &SafetyConcern) {
        for table in &c.incidence {
            let cohorts: Vec<String> = table
                .cohorts()
                .map(|(_, k)| format!("{} {}", k.study_label, k.label))
                .collect();
            for event in &table.events {
                for grade in &event.grades {
                    for (cell, cohort) in grade.cells.iter().zip(&cohorts) {
                        let place = format!(
                            "{} › {} {} › {cohort}",
                            c.name,
                            event.label,
                            grade.printed_label()
                        );
                        let folded_section = key(&place);
                        self.entries.push(Entry::new(
                            Target::Risk(c.id.clone()),
                            Section::Cell(place),
                            &cell.printed(),
                            folded_section,
                        ));
                    }
                }
            }
        }
    }

    /// How many texts are indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Hits for a query, at most `limit`, one per text: first the places
    /// whose own name matches (the activity called "…（LUN2501）"), then
    /// every other mention, each group in document order. Blank queries
    /// find nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        // A query longer than any passage is not searched (a part of it
        // would find what the whole does not say): the time a search takes
        // stays proportional to the document, whatever is pasted.
        if too_long(query) {
            return vec![];
        }
        let needle: String = key(query);
        let needle_len = needle.chars().count();
        if needle.is_empty() {
            return vec![];
        }
        let mut hits: Vec<(bool, Hit)> = Vec::new();
        for e in &self.entries {
            let Some(found) = find(&e.folded, &needle) else {
                continue;
            };
            // Back to the printed text: the match runs from its first to its last character there.
            let (at, needle_len) = match &e.at {
                Some(map) => {
                    let first = map.get(found).map_or(0, |p| *p as usize);
                    let last = map
                        .get(found + needle_len - 1)
                        .map_or(first, |p| *p as usize);
                    (first, last + 1 - first)
                }
                None => (found, needle_len),
            };
            let chars: Vec<char> = e.text.chars().collect();
            let from = at.saturating_sub(24);
            let to = (at + needle_len + 40).min(chars.len());
            let elsewhere = find(&e.folded_section, &needle).is_none();
            hits.push((
                elsewhere,
                Hit {
                    target: e.target.clone(),
                    section: e.section.clone(),
                    before: format!(
                        "{}{}",
                        if from > 0 { "…" } else { "" },
                        chars
                            .get(from..at)
                            .unwrap_or_default()
                            .iter()
                            .collect::<String>()
                    ),
                    matched: chars
                        .get(at..at + needle_len)
                        .unwrap_or_default()
                        .iter()
                        .collect(),
                    after: format!(
                        "{}{}",
                        chars
                            .get(at + needle_len..to)
                            .unwrap_or_default()
                            .iter()
                            .collect::<String>(),
                        if to < chars.len() { "…" } else { "" }
                    ),
                },
            ));
        }
        hits.sort_by_key(|(elsewhere, _)| *elsewhere);
        hits.into_iter().take(limit).map(|(_, h)| h).collect()
    }
}

impl Entry {
    fn new(target: Target, section: Section, text: &str, folded_section: String) -> Entry {
        let spaced = text.chars().any(char::is_whitespace);
        let at = spaced.then(|| {
            text.chars()
                .enumerate()
                .filter(|(_, c)| !c.is_whitespace())
                .map(|(i, _)| i as u32)
                .collect()
        });
        Entry {
            target,
            section,
            text: text.to_string(),
            folded: key(text),
            at,
            folded_section,
        }
    }
}

/// Documents with more incidence cells than this are searched without them.
pub const MAX_CELLS_INDEXED: usize = 20_000;

/// The longest query searched for, in characters: longer than any
/// paragraph a reader would paste from the document.
pub const MAX_QUERY: usize = 2_000;

/// Whether a query is longer than [`MAX_QUERY`], and so not searched.
pub fn too_long(query: &str) -> bool {
    query.chars().nth(MAX_QUERY).is_some()
}

/// Where (in characters) the folded `needle` first occurs in the folded
/// `haystack`: the standard library's linear-time substring search.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .find(needle)
        .map(|at| haystack.get(..at).map_or(0, |h| h.chars().count()))
}
