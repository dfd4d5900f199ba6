//! The JavaScript-facing surface: entry points exported with wasm-bindgen.

mod embed;
pub mod failure;

pub use embed::{mount, ViewerHandle};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[cfg(feature = "portal")]
use crate::components::Portal;
use crate::components::{set_default, Source, Viewer, INLINE};
use rmp_view_model::route::Route;
#[cfg(feature = "portal")]
use rmp_view_model::route::Shelved;
use rmp_view_model::text::Lang;

/// Where the standalone page remembers the reader's language.
const LANG_KEY: &str = "rmp-viewer.lang";

/// The page's local storage, where the browser allows it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Mounts a viewer into `element`; dropping the handle unmounts it.
pub fn mount_viewer(
    element: web_sys::HtmlElement,
    source: Source,
    lang: Lang,
    route: Route,
    history: bool,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    leptos::mount::mount_to(element, move || {
        view! {
            <Viewer source=RwSignal::new(source.clone()) lang=RwSignal::new(lang) route=RwSignal::new(route.clone()) history=history />
        }
    })
}

/// Mounts the standalone viewer into the element. The document comes from
/// `?src=<url>`, the page's `<script type="application/json" id="rmp-data">`,
/// or is the built-in one, compared with `?base=<url>` when given; or the
/// page is a catalog's, `?catalog=<url>`. The language from `?lang=`, the
/// last choice, or Japanese; the place from the URL fragment. The viewer
/// stays mounted for the life of the page. `opened`: the risk cards the
/// reader opened in the page drawn ahead of time, open here too.
#[wasm_bindgen]
pub fn boot(element: web_sys::HtmlElement, opened: Option<Vec<String>>) {
    let opened = opened.unwrap_or_default();
    failure::install();
    failure::standalone(&element);
    let location = web_sys::window().map(|w| w.location());
    let query = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok());
    let param = |name: &str| query.as_ref().and_then(|q| q.get(name));
    // A page may carry its document: <script type="application/json" id="rmp-data">.
    let inline = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("rmp-data"))
        .and_then(|e| e.text_content());
    // The default document: the page's own copy, or where its
    // <link rel="rmp-default" href="…"> says.
    match &inline {
        Some(text) => set_default(Source::Text {
            name: INLINE.into(),
            text: text.clone(),
        }),
        None => {
            let link = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("link[rel=\"rmp-default\"]").ok().flatten())
                .and_then(|l| l.dyn_into::<web_sys::HtmlLinkElement>().ok());
            if let Some(link) = link {
                set_default(Source::Url(link.href()));
            }
        }
    }
    let source = match (param("src").filter(|s| !s.trim().is_empty()), inline) {
        (Some(url), _) => Source::Url(url),
        (None, Some(text)) => Source::Text {
            name: INLINE.into(),
            text,
        },
        (None, None) => Source::Builtin,
    };
    let lang = param("lang")
        .or_else(|| storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten()))
        .map(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let hash = location.and_then(|l| l.hash().ok()).unwrap_or_default();
    // The catalog and the comparison are the portal build's (main.js starts
    // it for `?catalog=` and `?base=`).
    #[cfg(feature = "portal")]
    let (catalog, base) = (
        param("catalog").filter(|s| !s.trim().is_empty()),
        param("base")
            .filter(|s| !s.trim().is_empty())
            .map(Source::Url),
    );
    let handle = leptos::mount::mount_to(element, move || {
        let lang = RwSignal::new(lang);
        Effect::new(move |_| {
            if let Some(s) = storage() {
                let _ = s.set_item(LANG_KEY, lang.get().code());
            }
        });
        #[cfg(feature = "portal")]
        {
            if let Some(url) = catalog.clone() {
                let place = RwSignal::new(Shelved::parse(&hash));
                return view! { <Portal catalog=RwSignal::new(url) lang=lang place=place history=true /> }.into_any();
            }
            view! {
                <Viewer source=RwSignal::new(source.clone()) lang=lang route=RwSignal::new(Route::parse(&hash)) history=true base=base.clone() opened=opened.clone() />
            }
            .into_any()
        }
        #[cfg(not(feature = "portal"))]
        view! {
            <Viewer source=RwSignal::new(source.clone()) lang=lang route=RwSignal::new(Route::parse(&hash)) history=true opened=opened.clone() />
        }
    });
    handle.forget();
}
