use std::sync::Arc;

use leptos::prelude::*;

use super::context::{label, Compare, AHEAD};
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::app::App;
use super::error_panel::ErrorPanel;
use super::load::{fetch_bytes, page_policy, read_file};
use super::notice::{Notice, Notify};
use super::source::{default_document, Source};
use rmp_model::{Code, Diagnostic, Rmp};
use rmp_view_model::board::board_items;
#[cfg(feature = "portal")]
use rmp_view_model::open::catalog_mismatch;
use rmp_view_model::open::{open, Refusal};
use rmp_view_model::route::Route;
use rmp_view_model::text::Lang;
use rmp_view_model::trust::SourcePolicy;

/// What a viewer shows.
#[derive(Clone)]
enum Doc {
    /// Waiting for the document.
    Loading,
    /// The document and what is shown with it.
    Ready {
        rmp: Arc<Rmp>,
        /// What validation found that does not stop the document.
        warnings: Arc<Vec<Diagnostic>>,
        /// Where it came from when it is not the page's own (shown in the header).
        provenance: Option<String>,
        /// The comparison with an earlier version, when there is one.
        compare: Option<Compare>,
    },
    /// Why it cannot be shown, and where it came from.
    Failed(Arc<Refusal>, Source),
}

/// What a catalog lists for the document a viewer shows.
#[derive(Clone, Debug)]
pub struct Listed {
    /// The entry's file, as the catalog names it.
    pub file: String,
    /// The product it is listed under.
    pub product: String,
    /// The hash of its bytes (`fnv1a64:…`).
    pub hash: String,
}

/// A load's outcome, for the viewer to show unless a newer load began.
struct Loaded {
    /// The load's number: a slower earlier answer never replaces a newer one.
    number: u32,
    /// What was asked for.
    from: Source,
    /// The document's bytes, or why there are none.
    bytes: Result<Vec<u8>, Diagnostic>,
    /// The final address of a fetched document, shown in the header.
    shown_from: Option<String>,
    /// The earlier version's source and bytes, when there is one.
    earlier: Option<(Source, Result<Vec<u8>, Diagnostic>)>,
}

impl Loaded {
    fn new(number: u32, from: Source, bytes: Result<Vec<u8>, Diagnostic>) -> Self {
        Loaded {
            number,
            from,
            bytes,
            shown_from: None,
            earlier: None,
        }
    }

    fn shown_from(self, shown_from: Option<String>) -> Self {
        Loaded { shown_from, ..self }
    }
}

/// One viewer: loads its document, shows it or says what is wrong, and
/// opens local files picked or dropped on it.
#[component]
pub fn Viewer(
    /// Where the document comes from; setting it loads again.
    source: RwSignal<Source>,
    /// Interface language.
    lang: RwSignal<Lang>,
    /// Where the reader is.
    route: RwSignal<Route>,
    /// Whether the URL fragment follows the route.
    history: bool,
    /// Where notices for the host go.
    #[prop(optional)]
    notify: Notify,
    /// Origins besides the page's own that documents may come from
    /// (`allowed-origins`: separated by spaces or commas).
    #[prop(optional, into)]
    allowed_origins: String,
    /// An earlier version to show the changes since (`base`).
    #[prop(optional, into)]
    base: MaybeProp<Source>,
    /// What the places start with in the URL fragment (a catalog's `rmp/<id>/`).
    #[prop(optional, into)]
    prefix: String,
    /// Drawn ahead of time to HTML (`rmp render`): the document is read at
    /// once and nothing touches the browser.
    #[prop(optional)]
    prerender: bool,
    /// Risk cards open from the start (those a reader opened in the page
    /// drawn ahead of time, before this viewer took it over).
    #[prop(optional)]
    opened: Vec<String>,
    /// In a host's page (the element, `mount()`): never offers the
    /// default document, which is the standalone page's alone.
    #[prop(optional)]
    embedded: bool,
    /// The file picker at the foot, and a file dropped on the viewer
    /// opened (`file-open`; a host may leave them out).
    #[prop(default = true)]
    file_open: bool,
    /// From a catalog: the entry's file, product and hash, which the
    /// document's bytes must have (another file is not shown under its name).
    #[prop(optional)]
    listed: Option<Listed>,
) -> impl IntoView {
    if AHEAD && prerender {
        let doc = at_once(&source.get_untracked());
        return view! { <Shell doc=doc source lang route history prefix prerender opened embedded file_open open_file=|_| () /> }.into_any();
    }
    #[cfg(feature = "portal")]
    let listed = StoredValue::new(listed);
    #[cfg(not(feature = "portal"))]
    let _ = listed;
    let policy = Arc::new(page_policy(&allowed_origins));
    let doc = RwSignal::new(Doc::Loading);
    // Each load has a number; a slower earlier answer never replaces a newer one.
    let generation = StoredValue::new(0u32);
    let settle = move |Loaded {
                           number,
                           from,
                           bytes,
                           shown_from,
                           earlier,
                       }: Loaded| {
        // `try_`: the viewer may have been unmounted while its document loaded.
        if generation.try_get_value() != Some(number) {
            return;
        }
        // A catalog's entry: the bytes it lists, or none shown (only a
        // catalog, the portal build's, lists them).
        #[cfg(feature = "portal")]
        let bytes = bytes.and_then(|b| {
            let wrong = listed
                .try_with_value(|l| {
                    l.as_ref()
                        .and_then(|l| catalog_mismatch(&l.file, &l.product, &l.hash, &b))
                })
                .flatten();
            wrong.map_or(Ok(b), Err)
        });
        let (next, notice) = match bytes.map_err(Refusal::from).and_then(|b| open(&b)) {
            Ok(opened) => {
                let d = &opened.rmp.document;
                let notice = Notice::Ready {
                    title: format!("{} — {}", d.product_name, d.title),
                    concerns: opened.rmp.concerns().count(),
                    activities: board_items(&opened.rmp).len(),
                    warnings: opened.warnings.len(),
                };
                let compare = earlier.map(|(base, bytes)| compare(base, bytes, &opened.rmp));
                let provenance = shown_from.or_else(|| from.provenance());
                let next = Doc::Ready {
                    rmp: Arc::new(opened.rmp),
                    warnings: Arc::new(opened.warnings),
                    provenance,
                    compare,
                };
                (next, notice)
            }
            Err(refusal) => {
                let notice = Notice::Error(refusal.error.clone());
                (Doc::Failed(Arc::new(refusal), from), notice)
            }
        };
        if doc.try_set(next).is_some() {
            return;
        }
        // After the frame, so the host hears "ready" once the document is drawn;
        // not at all if another document was asked for in between.
        request_animation_frame(move || {
            if generation.try_get_value() == Some(number) {
                notify.send(notice);
            }
        });
    };
    Effect::new(move |_| {
        let from = source.get();
        // Only the portal build compares (see `changes`).
        let earlier = if cfg!(feature = "portal") {
            base.get()
        } else {
            None
        };
        let number = generation.get_value().wrapping_add(1);
        generation.set_value(number);
        doc.set(Doc::Loading);
        // The default document is the page's own: from wherever the page
        // keeps it (the bundle's origin admitted), its address not shown.
        let builtin = from == Source::Builtin;
        let (target, policy) = match default_document() {
            Source::Url(url) if builtin => {
                let origin = web_sys::Url::new(&url)
                    .map(|u| u.origin())
                    .unwrap_or_default();
                (
                    Source::Url(url),
                    Arc::new(page_policy(&format!("{allowed_origins} {origin}"))),
                )
            }
            other if builtin => (other, policy.clone()),
            _ => (from.clone(), policy.clone()),
        };
        match (target, earlier) {
            (Source::Url(url), None) => spawn_local(async move {
                match fetch_bytes(&url, &policy).await {
                    Ok((bytes, last)) => settle(
                        Loaded::new(number, from, Ok(bytes)).shown_from((!builtin).then_some(last)),
                    ),
                    Err(problem) => settle(Loaded::new(number, from, Err(problem))),
                }
            }),
            // Nothing to wait for: drawn at once.
            (target, None) => {
                let bytes = ready(&target).unwrap_or_else(|| Ok(Vec::new()));
                settle(Loaded::new(number, from, bytes))
            }
            // With an earlier version (the portal build only): both, then the comparison.
            (target, Some(base)) => spawn_local(async move {
                let (bytes, shown_from) = match load(&target, &policy).await {
                    Ok((bytes, last)) => (Ok(bytes), last.filter(|_| !builtin)),
                    Err(problem) => (Err(problem), None),
                };
                let earlier = load(&base, &policy).await.map(|(b, _)| b);
                let mut loaded = Loaded::new(number, from, bytes).shown_from(shown_from);
                loaded.earlier = Some((base, earlier));
                settle(loaded);
            }),
        }
    });
    let open_file = move |file: web_sys::File| {
        let name = file.name();
        let Some(number) = generation.try_get_value().map(|n| n.wrapping_add(1)) else {
            return;
        };
        generation.set_value(number);
        doc.set(Doc::Loading);
        spawn_local(async move {
            let from = Source::Text {
                name,
                text: String::new(),
            };
            let bytes = read_file(file).await;
            settle(Loaded::new(number, from, bytes));
        });
        route.set(Route::Summary);
    };
    view! { <Shell doc=doc source lang route history prefix notify prerender opened embedded file_open open_file /> }
        .into_any()
}

/// A document read at once, for drawing ahead of time.
fn at_once(from: &Source) -> RwSignal<Doc> {
    let bytes = ready(from).unwrap_or_else(|| Ok(Vec::new()));
    RwSignal::new(match bytes.map_err(Refusal::from).and_then(|b| open(&b)) {
        Ok(opened) => Doc::Ready {
            rmp: Arc::new(opened.rmp),
            warnings: Arc::new(opened.warnings),
            provenance: from.provenance(),
            compare: None,
        },
        Err(refusal) => Doc::Failed(Arc::new(refusal), from.clone()),
    })
}

/// What a viewer draws around its document: the document (or why not),
/// and the file picker; a file dropped on it opens.
#[component]
fn Shell(
    doc: RwSignal<Doc>,
    source: RwSignal<Source>,
    lang: RwSignal<Lang>,
    route: RwSignal<Route>,
    history: bool,
    prefix: String,
    #[prop(optional)] notify: Notify,
    prerender: bool,
    opened: Vec<String>,
    embedded: bool,
    file_open: bool,
    open_file: impl Fn(web_sys::File) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let t = move || lang.get().texts();
    let body = move || {
        match doc.get() {
        Doc::Loading => view! {
            <div class="rmp-loading" role="status" aria-busy="true">{label(lang, |t| t.loading)}</div>
        }
        .into_any(),
        Doc::Ready { rmp, warnings, provenance, compare } => view! {
            <App rmp=rmp warnings=warnings provenance=provenance lang=lang route=route history=history prefix=prefix.clone() compare=compare notify=notify prerender=prerender opened=opened.clone() />
        }
        .into_any(),
        Doc::Failed(_, Source::Missing) => view! { <NoDocument lang=lang /> }.into_any(),
        Doc::Failed(refusal, from) => view! {
            <ErrorPanel
                refusal=refusal
                origin=from.clone()
                lang=lang
                retry=move || source.set(from.clone())
                builtin=move || source.set(Source::Builtin)
                offer_default=!embedded
            />
        }
        .into_any(),
    }
    };
    view! {
        <div
            class="rmp-viewer"
            lang=move || lang.get().code()
            class:rmp-dragging=move || dragging.get()
            on:dragover=move |ev| {
                if file_open {
                    ev.prevent_default();
                    dragging.set(true);
                }
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                if !file_open {
                    return;
                }
                ev.prevent_default();
                dragging.set(false);
                if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                    open_file(file);
                }
            }
        >
            {body}
            {file_open.then(|| view! {
            <section class="rmp-open" part="open" aria-label=move || t().open_file>
                <label class="rmp-file">
                    <span>{label(lang, |t| t.open_file)}</span>
                    <input
                        type="file"
                        accept=".json,application/json"
                        on:change=move |ev| {
                            let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
                            if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) {
                                open_file(file);
                            }
                            if let Some(input) = input {
                                input.set_value("");
                            }
                        }
                    />
                </label>
                <span class="rmp-drop-hint">{label(lang, |t| t.drop_hint)}</span>
            </section>
            })}
        </div>
    }
}

/// An embedded viewer whose host gave it no document: says so, in the
/// reader's words (the host hears `rmp-error` with code `no-document`).
#[component]
fn NoDocument(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <main class="rmp-main">
            <section class="rmp-empty" part="empty" role="status">
                <h1>{label(lang, |t| t.no_document_title)}</h1>
                <p>{label(lang, |t| t.no_document_hint)}</p>
            </section>
        </main>
    }
}

/// The bytes of a source that needs no request.
fn ready(from: &Source) -> Option<Result<Vec<u8>, Diagnostic>> {
    match from {
        Source::Builtin => ready(&default_document()),
        Source::Text { text, .. } => Some(Ok(text.clone().into_bytes())),
        Source::Invalid(why) => Some(Err(Diagnostic::failure(Code::InvalidData, why.clone()))),
        Source::Missing => Some(Err(Diagnostic::failure(
            Code::NoDocument,
            "No document was given to this viewer: set its src attribute or its data property.",
        ))),
        Source::Url(_) => None,
    }
}

/// The bytes of a source, and the final address of a fetched one.
async fn load(
    from: &Source,
    policy: &SourcePolicy,
) -> Result<(Vec<u8>, Option<String>), Diagnostic> {
    match (ready(from), from) {
        (Some(bytes), _) => bytes.map(|b| (b, None)),
        (None, Source::Url(url)) => fetch_bytes(url, policy)
            .await
            .map(|(bytes, last)| (bytes, Some(last))),
        (None, _) => Ok((Vec::new(), None)),
    }
}

/// The comparison of the document with the earlier version read from `bytes`.
#[cfg(feature = "portal")]
fn compare(base: Source, bytes: Result<Vec<u8>, Diagnostic>, rmp: &Rmp) -> Compare {
    match bytes.map_err(Refusal::from).and_then(|b| open(&b)) {
        Ok(old) => Compare::Found(
            Arc::new(rmp_view_model::diff::diff(&old.rmp, rmp)),
            base.name(),
        ),
        Err(refusal) => Compare::Failed(refusal.error.located_message()),
    }
}

/// The viewer's own build does not compare (see `changes`).
#[cfg(not(feature = "portal"))]
fn compare(base: Source, _: Result<Vec<u8>, Diagnostic>, _: &Rmp) -> Compare {
    Compare::Failed(base.name())
}
