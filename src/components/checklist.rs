//! 使用条件の設定 as a checklist a hospital ticks for itself, after the
//! document's own text (which it never alters or hides). The ticks, who
//! checked and when are kept in this browser's local storage, per document
//! and version; nothing is sent anywhere. The markup comes whole from the
//! view model (escaped there); the events are read where they arrive, at
//! the section.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Section;
use leptos::prelude::*;
use rmp_model::Rmp;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::context::{Ctx, PrintTarget};
use super::print::print;
use rmp_view_model::checklist::{checklist, markup, Ticks};
use rmp_view_model::text::Texts;

/// The browser's local storage, where it allows it (not in every sandbox).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The list's document and what was ticked, behind the section's events.
struct State {
    rmp: Arc<Rmp>,
    /// The activity's id.
    id: String,
    /// Where the ticks are kept.
    key: String,
    /// Whether the browser keeps them (false too once a write failed: the
    /// storage is full).
    keeps: bool,
    /// The items' ids, to count the ticks without building the list again.
    items: Vec<String>,
    ticks: Ticks,
}

impl State {
    /// Draws the list in `t`'s words.
    fn draw(&self, root: &Element, t: &Texts) {
        if let Some(list) = checklist(&self.rmp, &self.id) {
            let title = format!("{}-checklist", self.id);
            root.set_inner_html(&markup(&list, &self.ticks, t, self.keeps, &title));
        }
    }

    /// Takes what was kept since it was read: another viewer of the same
    /// document on the page, or another tab, may have ticked meanwhile.
    /// Once a write failed, what is kept is older than what is shown: the
    /// ticks shown stay.
    fn refresh(&mut self) {
        if !self.keeps {
            return;
        }
        if let Some(kept) = storage().and_then(|s| s.get_item(&self.key).ok()) {
            self.ticks = Ticks::read(kept.as_deref()).known(&self.items);
        }
    }

    /// Shows the ticks in the boxes drawn (and, with `fields`, who and when),
    /// without drawing anew: the focus stays where the reader is.
    fn show(&mut self, root: &Element, t: &Texts, fields: bool) {
        for input in inputs(root) {
            match (input.name().as_str(), input.get_attribute("data-item")) {
                ("by", _) if fields => input.set_value(&self.ticks.by),
                ("on", _) if fields => input.set_value(&self.ticks.on),
                (_, Some(item)) => input.set_checked(self.ticks.ticked(&item)),
                _ => {}
            }
        }
        self.save(root, t);
    }

    /// Keeps the ticks and says how many there are; where the browser
    /// refuses the write (its storage full), says the ticks are not kept,
    /// drawn anew with the focus where it was.
    fn save(&mut self, root: &Element, t: &Texts) {
        let written = self.keeps
            && storage().is_some_and(|s| s.set_item(&self.key, &self.ticks.write()).is_ok());
        if self.keeps && !written {
            self.keeps = false;
            let focused = document().active_element().and_then(|e| {
                e.get_attribute("data-item")
                    .or_else(|| e.get_attribute("name"))
            });
            self.draw(root, t);
            if let Some(at) = focused {
                refocus(root, &at);
            }
            return;
        }
        if let Ok(Some(status)) = root.query_selector(".rmp-checklist-count") {
            let done = self.items.iter().filter(|i| self.ticks.ticked(i)).count();
            status.set_text_content(Some(&t.checklist_count(done, self.items.len())));
        }
    }
}

/// The inputs drawn in `root`.
fn inputs(root: &Element) -> impl Iterator<Item = HtmlInputElement> {
    let list = root.query_selector_all("input").ok();
    let n = list.as_ref().map_or(0, |l| l.length());
    (0..n).filter_map(move |i| {
        list.as_ref()?
            .get(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
    })
}

/// Focuses the input of `root` whose item (or name) is `at`.
fn refocus(root: &Element, at: &str) {
    if let Some(input) =
        inputs(root).find(|i| i.get_attribute("data-item").as_deref() == Some(at) || i.name() == at)
    {
        let _ = input.focus();
    }
}

/// The checklist of the activity `id`, when it sets conditions of use.
#[component]
pub fn ConditionsChecklist(
    /// The activity's id.
    id: String,
) -> impl IntoView {
    let ctx = Ctx::get();
    let list = checklist(&ctx.rmp, &id)?;
    let key = list.key.clone();
    // Ahead of time, drawn as for a browser that keeps ticks, none ticked.
    let kept = if ctx.ahead() {
        Some(None)
    } else {
        storage().map(|s| s.get_item(&key).ok().flatten())
    };
    let state = Rc::new(RefCell::new(State {
        rmp: ctx.rmp.clone(),
        id: id.clone(),
        items: list.items().map(String::from).collect(),
        key,
        keeps: kept.is_some(),
        ticks: Ticks::read(kept.flatten().as_deref())
            .known(&list.items().map(String::from).collect::<Vec<_>>()),
    }));
    let section = NodeRef::<Section>::new();
    let lang = ctx.lang;
    // Drawn, and drawn again in the other language; the ticks stay.
    let drawing = state.clone();
    Effect::new(move |_| {
        let t = lang.get().texts();
        if let Some(root) = section.get() {
            drawing.borrow().draw(&root, t);
        }
    });
    let changes = state.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let (Some(input), Some(root)) = (
            ev.target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok()),
            section.get_untracked(),
        ) else {
            return;
        };
        let mut s = changes.borrow_mut();
        // One change on what is kept now, so that another viewer's ticks are not lost.
        s.refresh();
        match (input.name().as_str(), input.get_attribute("data-item")) {
            ("by", _) => s.ticks.by = input.value(),
            ("on", _) => s.ticks.on = input.value(),
            (_, Some(item)) => s.ticks.tick(&item, input.checked()),
            _ => return,
        }
        s.show(&root, lang.get_untracked().texts(), false);
    };
    // Another tab ticked: shown here at once.
    let elsewhere = state.clone();
    let key = elsewhere.borrow().key.clone();
    let listener = (!ctx.ahead()).then(|| {
        window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(key.as_str()) {
                return;
            }
            if let Some(root) = section.get_untracked() {
                let mut s = elsewhere.borrow_mut();
                s.refresh();
                s.show(&root, lang.get_untracked().texts(), true);
            }
        })
    });
    on_cleanup(move || listener.into_iter().for_each(|l| l.remove()));
    let ahead = ctx.ahead().then(|| {
        let s = state.borrow();
        let title = format!("{id}-checklist");
        markup(
            &list,
            &s.ticks,
            lang.get_untracked().texts(),
            s.keeps,
            &title,
        )
    });
    let (printing, one) = (ctx.printing, ctx.print_one);
    let print_key = PrintTarget::Checklist(id.clone());
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let act = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.get_attribute("data-act"));
        let t = lang.get_untracked().texts();
        match (act.as_deref(), section.get_untracked()) {
            (Some("print"), _) => print(printing, one, Some(print_key.clone())),
            (Some("clear"), Some(root)) => {
                // Ticks a hospital made are not thrown away by one stray click.
                let sure = web_sys::window()
                    .and_then(|w| w.confirm_with_message(t.clear_checklist).ok())
                    .unwrap_or(false);
                if sure {
                    let mut s = state.borrow_mut();
                    s.ticks.checked.clear();
                    s.draw(&root, t);
                    s.save(&root, t);
                }
            }
            _ => {}
        }
    };
    Some(
        view! {
            <section
                class="rmp-checklist"
                inner_html=ahead
                aria-labelledby=format!("{id}-checklist")
                part="checklist"
                node_ref=section
                on:change=on_change
                on:click=on_click
            ></section>
        }
        .into_any(),
    )
}
