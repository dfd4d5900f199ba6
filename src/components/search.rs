use leptos::html::{Input, Ol};
use leptos::prelude::*;

use super::context::Ctx;
use super::reveal::{clear_marks, reveal};
use rmp_dom::{focus_link, hit_list_key, is_search_shortcut};
use rmp_view_model::search::{status, Hit, SearchIndex, HIT_LIMIT as LIMIT};
use rmp_view_model::text::DOCUMENT_LANG;

/// One box that finds text anywhere in the document; a hit jumps to its
/// place, opens its card and marks the text. The arrow keys move from the
/// box through the hits, Esc clears; with `shortcut`, "/" anywhere on the
/// page (but in a field) brings the reader to the box.
#[component]
pub fn SearchBox(shortcut: bool) -> impl IntoView {
    let ctx = Ctx::get();
    let t = ctx.texts();
    // The index is built after the first paint (or at the first query, if
    // that comes sooner), not before the document shows.
    let index = StoredValue::new(None::<SearchIndex>);
    let build = {
        let rmp = ctx.rmp.clone();
        // `try_`: the viewer may be gone when the timer fires.
        move || {
            if index.try_with_value(Option::is_none) == Some(true) {
                let _ = index.try_set_value(Some(SearchIndex::new(&rmp)));
            }
        }
    };
    if !ctx.ahead() {
        let build = build.clone();
        request_animation_frame(move || set_timeout(build, Default::default()));
    }
    let query = RwSignal::new(String::new());
    let listed = RwSignal::new(false);
    let input = NodeRef::<Input>::new();
    let list_ref = NodeRef::<Ol>::new();
    if shortcut && !ctx.ahead() {
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if is_search_shortcut(&ev) {
                if let Some(input) = input.get_untracked() {
                    ev.prevent_default();
                    let _ = input.focus();
                }
            }
        });
        on_cleanup(move || handle.remove());
    }
    let clear = move || {
        query.set(String::new());
        clear_marks();
        if let Some(input) = input.get_untracked() {
            let _ = input.focus();
        }
    };
    // Up and down the hit list; Esc back to an empty box.
    let on_list_key = move |ev: web_sys::KeyboardEvent| {
        let to_box = || {
            if let Some(input) = input.get_untracked() {
                let _ = input.focus();
            }
        };
        hit_list_key(&ev, to_box, clear);
    };
    let hits = Memo::new(move |_| {
        let query = query.get();
        if query.trim().is_empty() {
            return Vec::new();
        }
        build();
        index
            .try_with_value(|i| i.as_ref().map(|i| i.search(&query, LIMIT)))
            .flatten()
            .unwrap_or_default()
    });
    let jump = move |hit: &Hit| {
        listed.set(false);
        ctx.nav.go(hit.target.route());
        reveal(
            ctx.nav.root,
            hit.target.element_id(),
            Some(hit.matched.clone()),
        );
    };
    let status = move || query.with(|q| status(q, hits.with(Vec::len), t()));
    let list = move || {
        hits.get()
            .into_iter()
            .map(|hit| {
                let href = ctx.nav.href(&hit.target.route());
                let (section, before, matched, after) = (
                    hit.section.text(ctx.lang.get().texts()),
                    hit.before.clone(),
                    hit.matched.clone(),
                    hit.after.clone(),
                );
                view! {
                    <li>
                        <a href=href on:click=move |ev| { ev.prevent_default(); jump(&hit); }>
                            <span class="rmp-hit-section">{section}</span>
                            <span class="rmp-hit-text" lang=DOCUMENT_LANG>{before}<mark>{matched}</mark>{after}</span>
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="rmp-search" role="search" part="search">
            <label for="rmp-search-input">{move || t().search_label}</label>
            <input
                id="rmp-search-input"
                node_ref=input
                type="search"
                aria-keyshortcuts=shortcut.then_some("/")
                autocomplete="off"
                aria-controls="rmp-search-hits"
                aria-describedby="rmp-search-status"
                placeholder=move || t().search_placeholder
                prop:value=move || query.get()
                on:input=move |ev| {
                    clear_marks();
                    query.set(event_target_value(&ev));
                    listed.set(true);
                }
                on:focus=move |_| listed.set(true)
                on:keydown=move |ev| match ev.key().as_str() {
                    "Enter" => {
                        ev.prevent_default();
                        if let Some(hit) = hits.with_untracked(|h| h.first().cloned()) {
                            jump(&hit);
                        }
                    }
                    "ArrowDown" => {
                        listed.set(true);
                        let first = list_ref.get_untracked().and_then(|ol| ol.first_element_child());
                        if focus_link(first) {
                            ev.prevent_default();
                        }
                    }
                    "Escape" => clear(),
                    _ => {}
                }
            />
            <p id="rmp-search-status" class="rmp-search-status" role="status">{status}</p>
            <ol
                id="rmp-search-hits"
                node_ref=list_ref
                on:keydown=on_list_key
                class="rmp-hits"
                aria-label=move || t().search_results
                hidden=move || !listed.get() || hits.with(Vec::is_empty)
            >
                {list}
            </ol>
        </div>
    }
}
