//! A catalog of RMPs (`?catalog=URL`, or the element's `catalog`
//! attribute): the list, the search across documents, and one document at
//! a time in the viewer, with a way back. `#catalog` is the list and
//! `#rmp/<id>/…` a place in a document; back and forward move between them.
//! Documents are fetched only when opened, each with its previous version
//! when the catalog has one, to show what changed.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::{label, said};
use super::load::{fetch_bytes, page_policy};
use super::notice::Notify;
use super::shelf_link::{Go, ShelfLink};
use super::shelf_list::ShelfList;
use super::shelf_search::ShelfSearch;
use super::source::Source;
use super::viewer::{Listed, Viewer};
use rmp_model::Diagnostic;
use rmp_view_model::catalog::Shelf;
use rmp_view_model::route::Shelved;
use rmp_view_model::text::Lang;

/// The catalog as loaded.
#[derive(Clone)]
enum Loaded {
    Loading,
    /// The catalog, and its final address (documents are relative to it).
    Ready(Arc<Shelf>, String),
    Failed(Diagnostic, String),
}

/// The address of `file` relative to the catalog's.
fn resolve(file: &str, catalog: &str) -> String {
    web_sys::Url::new_with_base(file, catalog)
        .map(|u| u.href())
        .unwrap_or_else(|_| file.to_string())
}

/// A catalog of RMPs and the document open from it.
#[component]
pub fn Portal(
    /// The catalog's address; setting it loads again.
    catalog: RwSignal<String>,
    /// Interface language.
    lang: RwSignal<Lang>,
    /// Where the reader is.
    place: RwSignal<Shelved>,
    /// Whether the URL fragment follows the place.
    history: bool,
    /// Where notices for the host go.
    #[prop(optional)]
    notify: Notify,
    /// Origins besides the page's own that documents may come from.
    #[prop(optional, into)]
    allowed_origins: String,
    /// In a host's page: a document that fails never offers the default one.
    #[prop(optional)]
    embedded: bool,
    /// The file picker at the foot of each document (`file-open`).
    #[prop(default = true)]
    file_open: bool,
) -> impl IntoView {
    let policy = Arc::new(page_policy(&allowed_origins));
    let loaded = RwSignal::new(Loaded::Loading);
    let go = Go::new(place, history);
    {
        let policy = policy.clone();
        Effect::new(move |_| {
            let url = catalog.get();
            loaded.set(Loaded::Loading);
            let policy = policy.clone();
            spawn_local(async move {
                let read = fetch_bytes(&url, &policy)
                    .await
                    .and_then(|(bytes, last)| Ok((Shelf::read(&bytes)?, last)));
                // `try_`: the portal may have been unmounted while it loaded.
                if catalog.try_get_untracked().as_ref() != Some(&url) {
                    return;
                }
                let _ = loaded.try_set(match read {
                    Ok((shelf, last)) => Loaded::Ready(Arc::new(shelf), last),
                    Err(problem) => Loaded::Failed(problem, url),
                });
            });
        });
    }
    if history {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            let next = Shelved::parse(&hash);
            // A move inside the open document is the viewer's own.
            let same = match (&next, &*place.read_untracked()) {
                (Shelved::Doc(a, _), Shelved::Doc(b, _)) => a == b,
                _ => false,
            };
            if !same {
                place.set(next);
            }
        });
        on_cleanup(move || handle.remove());
    }
    // Only another document (or the list) redraws: moving inside one is the viewer's.
    let open = Memo::new(move |_| match &*place.read() {
        Shelved::Doc(id, _) => Some(id.clone()),
        Shelved::List => None,
    });
    let body = move || {
        match (loaded.get(), open.get()) {
        (Loaded::Loading, _) => view! {
            <div class="rmp-loading" role="status" aria-busy="true">{label(lang, |t| t.loading)}</div>
        }
        .into_any(),
        (Loaded::Failed(problem, url), _) => view! {
            <div class="rmp-error" role="alert">
                <p><bdi>{url}</bdi></p>
                <p>{problem.located_message()}</p>
                <p><code>{problem.code.as_str()}</code></p>
            </div>
        }
        .into_any(),
        (Loaded::Ready(shelf, _), None) => view! {
            <div class="rmp-shelf" part="catalog">
                <header class="rmp-header" part="header">
                    <div class="rmp-header-top">
                        <h1>{said(lang, |t| t.catalog_title)}</h1>
                        <button
                            type="button"
                            class="rmp-lang"
                            part="language"
                            lang=move || if lang.get() == Lang::Ja { "en" } else { "ja" }
                            on:click=move |_| lang.update(|l| *l = if *l == Lang::Ja { Lang::En } else { Lang::Ja })
                        >
                            {label(lang, |t| t.switch_language)}
                        </button>
                    </div>
                    <ShelfSearch shelf=shelf.clone() lang=lang go=go />
                </header>
                <main class="rmp-main">
                    <ShelfList shelf=shelf lang=lang go=go />
                </main>
            </div>
        }
        .into_any(),
        (Loaded::Ready(shelf, at), Some(id)) => {
            let back = view! {
                <p class="rmp-back rmp-shelf-back">
                    <ShelfLink go=go place=Shelved::List>{said(lang, |t| t.catalog_back)}</ShelfLink>
                </p>
            };
            let Some(entry) = shelf.get(&id) else {
                return view! {
                    {back}
                    <p class="rmp-error" role="alert">{said(lang, |t| t.catalog_missing)}<code>{id}</code></p>
                }
                .into_any();
            };
            let route = match place.get_untracked() {
                Shelved::Doc(_, route) => route,
                Shelved::List => Default::default(),
            };
            // An older version says so first, with the current one's date and a link.
            let newer = shelf.newest(&id).map(|n| {
                let place = Shelved::Doc(n.id.clone(), route.clone());
                let printed = n.submitted.printed.clone();
                view! {
                    <p class="rmp-newer" role="note">
                        {said(lang, |t| t.catalog_newer)}
                        <ShelfLink go place>{printed}</ShelfLink>
                    </p>
                }
            });
            let source = RwSignal::new(Source::Url(resolve(&entry.file, &at)));
            let base = shelf
                .previous(&id)
                .map(|e| Source::Url(resolve(&e.file, &at)));
            view! {
                {back}
                {newer}
                <Viewer
                    source=source
                    lang=lang
                    route=RwSignal::new(route)
                    history=history
                    notify=notify
                    allowed_origins=allowed_origins.clone()
                    base=base
                    prefix=Shelved::prefix(&id)
                    embedded=embedded
                    file_open=file_open
                    listed=Listed {
                        file: entry.file.clone(),
                        product: entry.product_name.clone(),
                        hash: entry.hash.clone(),
                    }
                />
            }
            .into_any()
        }
    }
    };
    view! { <div class="rmp-portal" lang=move || lang.get().code()>{body}</div> }
}
