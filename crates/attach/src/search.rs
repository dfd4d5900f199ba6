//! The drawn search box, working: the same index, hit list and keys as
//! the viewer's `SearchBox`, on the markup `rmp render` drew for it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, KeyboardEvent};

use rmp_dom::{clear_marks, focus_link, hit_list_key, is_search_shortcut, reveal};
use rmp_model::Rmp;
use rmp_view_model::search::{status, Hit, SearchIndex, HIT_LIMIT};
use rmp_view_model::text::{Texts, DOCUMENT_LANG};

use super::events::{after_a_frame, next_frame, on};

/// The search box of a drawn viewer, and the hits of its query.
struct Search {
    viewer: Element,
    document: Document,
    input: HtmlInputElement,
    status: Element,
    list: Element,
    /// The document until its index is built: after the box is attached
    /// (a large document's index takes a while), or at the first query.
    rmp: RefCell<Option<Rmp>>,
    index: RefCell<Option<SearchIndex>>,
    t: &'static Texts,
    hits: RefCell<Vec<Hit>>,
}

/// Attaches the search to the box drawn in `viewer`; None when it is not there.
pub fn attach(viewer: Element, rmp: Rmp, t: &'static Texts) -> Option<()> {
    let find = |selector: &str| viewer.query_selector(selector).ok().flatten();
    let input = find("#rmp-search-input")?
        .dyn_into::<HtmlInputElement>()
        .ok()?;
    let search = Rc::new(Search {
        document: viewer.owner_document()?,
        status: find("#rmp-search-status")?,
        list: find("#rmp-search-hits")?,
        input,
        rmp: RefCell::new(Some(rmp)),
        index: RefCell::default(),
        t,
        hits: RefCell::default(),
        viewer,
    });
    let s = search.clone();
    after_a_frame(move || s.build());
    let s = search.clone();
    on(&search.input, "input", move |_: web_sys::Event| {
        clear_marks();
        s.find();
        s.show(true);
    });
    let s = search.clone();
    on(&search.input, "focus", move |_: web_sys::Event| {
        s.show(true)
    });
    let s = search.clone();
    on(
        &search.input,
        "keydown",
        move |ev: KeyboardEvent| match ev.key().as_str() {
            "Enter" => {
                ev.prevent_default();
                s.jump(0);
            }
            "ArrowDown" => {
                s.show(true);
                if focus_link(s.list.first_element_child()) {
                    ev.prevent_default();
                }
            }
            "Escape" => s.clear(),
            _ => {}
        },
    );
    let s = search.clone();
    on(&search.list, "keydown", move |ev: KeyboardEvent| {
        hit_list_key(&ev, || drop(s.input.focus()), || s.clear());
    });
    let s = search.clone();
    on(&search.list, "click", move |ev: web_sys::MouseEvent| {
        let hit = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("a[data-hit]").ok().flatten())
            .and_then(|a| a.get_attribute("data-hit"))
            .and_then(|i| i.parse().ok());
        if let Some(i) = hit {
            ev.prevent_default();
            s.jump(i);
        }
    });
    // "/" anywhere on the page (but in a field) brings the reader to the box,
    // for as long as this drawn viewer is on the page.
    let window = web_sys::window()?;
    let s = search;
    on(&window, "keydown", move |ev: KeyboardEvent| {
        if s.input.is_connected() && is_search_shortcut(&ev) {
            ev.prevent_default();
            let _ = s.input.focus();
        }
    });
    Some(())
}

impl Search {
    /// Builds the index, if it is not built yet.
    fn build(&self) {
        if let Some(rmp) = self.rmp.borrow_mut().take() {
            *self.index.borrow_mut() = Some(SearchIndex::new(&rmp));
        }
    }

    /// Finds the box's query and lists the hits.
    fn find(&self) {
        let query = self.input.value();
        let hits = if query.trim().is_empty() {
            Vec::new()
        } else {
            self.build();
            self.index
                .borrow()
                .as_ref()
                .map(|i| i.search(&query, HIT_LIMIT))
                .unwrap_or_default()
        };
        self.list.set_text_content(None);
        for (i, hit) in hits.iter().enumerate() {
            if let Some(li) = self.item(i, hit) {
                let _ = self.list.append_child(&li);
            }
        }
        self.status
            .set_text_content(Some(&status(&query, hits.len(), self.t)));
        *self.hits.borrow_mut() = hits;
    }

    /// One hit as the viewer lists it: where, then the text with the match marked.
    fn item(&self, i: usize, hit: &Hit) -> Option<Element> {
        let el = |tag: &str| self.document.create_element(tag).ok();
        let li = el("li")?;
        let a = el("a")?;
        a.set_attribute("href", &hit.target.route().fragment())
            .ok()?;
        a.set_attribute("data-hit", &i.to_string()).ok()?;
        let section = el("span")?;
        section.set_class_name("rmp-hit-section");
        section.set_text_content(Some(&hit.section.text(self.t)));
        let text = el("span")?;
        text.set_class_name("rmp-hit-text");
        text.set_attribute("lang", DOCUMENT_LANG).ok()?;
        let mark = el("mark")?;
        mark.set_text_content(Some(&hit.matched));
        text.append_with_str_1(&hit.before).ok()?;
        text.append_child(&mark).ok()?;
        text.append_with_str_1(&hit.after).ok()?;
        a.append_child(&section).ok()?;
        a.append_child(&text).ok()?;
        li.append_child(&a).ok()?;
        Some(li)
    }

    /// Shows the hit list (when there are hits), or hides it.
    fn show(&self, shown: bool) {
        let hidden = !shown || self.hits.borrow().is_empty();
        let _ = self.list.toggle_attribute_with_force("hidden", hidden);
    }

    /// Back to an empty box, with the focus in it.
    fn clear(&self) {
        self.input.set_value("");
        clear_marks();
        self.find();
        let _ = self.input.focus();
    }

    /// Goes to the `i`th hit: its page shows (the drawn page's links lead
    /// there), its card opens, and the match is marked.
    fn jump(&self, i: usize) {
        let Some(hit) = self.hits.borrow().get(i).cloned() else {
            return;
        };
        self.show(false);
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.set_hash(&hit.target.route().fragment());
        }
        let viewer = self.viewer.clone();
        next_frame(move || reveal(&viewer, &hit.target.element_id(), Some(&hit.matched)));
    }
}
