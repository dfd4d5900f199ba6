//! Mounting viewers into host pages: `mount(container, options, onEvent)`
//! returns a handle with `update` and `unmount`. Mounted viewers live in a
//! registry, not in the handle, so a host that drops the handle (and lets
//! the garbage collector free it) keeps its viewer.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::failure;
#[cfg(feature = "portal")]
use crate::components;
use crate::components::{Notice, Notify, Source, Viewer};
use rmp_model::{Code, Diagnostic};
#[cfg(feature = "portal")]
use rmp_view_model::route::Shelved;
use rmp_view_model::route::{Route, View};
use rmp_view_model::text::Lang;

/// What keeps a viewer mounted, and the signals its host can change.
struct Mounted {
    _handle: Box<dyn Any>,
    container: web_sys::HtmlElement,
    on_event: Option<js_sys::Function>,
    signals: Signals,
}

/// The signals a host can change.
#[derive(Clone, Copy)]
struct Signals {
    source: RwSignal<Source>,
    lang: RwSignal<Lang>,
    route: RwSignal<Route>,
    /// The earlier version to compare with (the portal build).
    #[cfg(feature = "portal")]
    base: RwSignal<Option<Source>>,
    /// The catalog's address (the portal build).
    #[cfg(feature = "portal")]
    catalog: RwSignal<String>,
}

thread_local! {
    static VIEWERS: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// A host's hold on one mounted viewer.
#[wasm_bindgen]
pub struct ViewerHandle {
    id: u32,
}

#[wasm_bindgen]
impl ViewerHandle {
    /// Changes what the viewer shows: any of `src`, `data`, `lang`, `view`,
    /// `open`, `activity` (`catalog`, `base` on the portal build). `src` or
    /// `data` given as nothing (null, empty): no document, said so.
    pub fn update(&self, options: JsValue) {
        let options = Options::read(&options);
        // Copied out first: setting a signal runs effects, which may reach the registry.
        let Some(signals) = VIEWERS.with(|v| v.borrow().get(&self.id).map(|m| m.signals)) else {
            return;
        };
        // Only what differs: the same `src` given again does not load it again.
        fn change<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: Option<T>) {
            if let Some(value) = value {
                if signal.try_with_untracked(|now| *now != value) == Some(true) {
                    signal.set(value);
                }
            }
        }
        // A document given is read again, even the same one: the host waits for its `rmp-ready`.
        if let Some(source) = options.source {
            signals.source.set(source);
        }
        change(signals.lang, options.lang);
        change(signals.route, options.route);
        #[cfg(feature = "portal")]
        change(signals.base, options.base.map(Some));
        #[cfg(feature = "portal")]
        change(signals.catalog, options.catalog);
    }

    /// Removes the viewer and frees what it holds.
    pub fn unmount(&self) {
        let removed = VIEWERS.with(|v| v.borrow_mut().remove(&self.id));
        drop(removed);
    }

    /// Whether the viewer is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        VIEWERS.with(|v| v.borrow().contains_key(&self.id))
    }
}

/// Mounts a viewer into `container`. `options`: `src` (URL) or `data` (JSON
/// text or object), `lang` (`ja`/`en`), `view`, `open` (a risk id),
/// `activity` (an activity id: that activity's page),
/// `history` (the URL fragment follows the viewer), `fileOpen` (the file
/// picker at the foot; default true). `on_event(type, detail)`
/// hears `rmp-ready`, `rmp-error`, `rmp-toggle` and `rmp-navigate`.
#[wasm_bindgen]
pub fn mount(
    container: web_sys::HtmlElement,
    options: JsValue,
    on_event: Option<js_sys::Function>,
) -> ViewerHandle {
    let options = Options::read(&options);
    let history = options.history;
    let allowed = options.allowed_origins.clone();
    let file_open = options.file_open;
    let route = match (history, options.route.clone()) {
        (true, route) => web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .filter(|h| h.len() > 1)
            .map(|h| Route::parse(&h))
            .or(route),
        (false, route) => route,
    }
    .unwrap_or_default();
    let signals = Rc::new(Cell::new(None));
    let out = signals.clone();
    failure::install();
    failure::also_tell(report_failure);
    let events = on_event.clone();
    let host = container.clone();
    let handle = leptos::mount::mount_to(container, move || {
        let s = Signals {
            // Never the default document: a host gets what it asked for, or a clear state.
            source: RwSignal::new(options.source.clone().unwrap_or(Source::Missing)),
            lang: RwSignal::new(options.lang.unwrap_or_default()),
            route: RwSignal::new(route.clone()),
            #[cfg(feature = "portal")]
            base: RwSignal::new(options.base.clone()),
            #[cfg(feature = "portal")]
            catalog: RwSignal::new(options.catalog.clone().unwrap_or_default()),
        };
        out.set(Some(s));
        let Signals {
            source,
            lang,
            route,
            ..
        } = s;
        let notify = match on_event.clone() {
            Some(f) => Notify::to(move |notice| {
                let (kind, detail) = event(&notice);
                let _ = f.call2(&JsValue::NULL, &JsValue::from_str(kind), &detail);
            }),
            None => Notify::default(),
        };
        #[cfg(feature = "portal")]
        {
            if options.catalog.is_some() {
                let place = match history {
                    true => web_sys::window()
                        .and_then(|w| w.location().hash().ok())
                        .map(|h| Shelved::parse(&h))
                        .unwrap_or_default(),
                    false => Shelved::List,
                };
                return view! { <components::Portal catalog=s.catalog lang=lang place=RwSignal::new(place) history=history notify=notify allowed_origins=allowed.clone() embedded=true file_open=file_open /> }.into_any();
            }
            view! { <Viewer source=source lang=lang route=route history=history notify=notify allowed_origins=allowed.clone() base=s.base opened=options.opened.clone() embedded=true file_open=file_open /> }.into_any()
        }
        #[cfg(not(feature = "portal"))]
        view! { <Viewer source=source lang=lang route=route history=history notify=notify allowed_origins=allowed.clone() opened=options.opened.clone() embedded=true file_open=file_open /> }
    });
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    if let Some(signals) = signals.take() {
        VIEWERS.with(|v| {
            v.borrow_mut().insert(
                id,
                Mounted {
                    _handle: Box::new(handle),
                    container: host,
                    on_event: events,
                    signals,
                },
            )
        });
    }
    ViewerHandle { id }
}

/// The host's `data` as JSON text: `None` when it gave none, an error
/// (never the built-in document) when what it gave cannot be read: a getter
/// that throws, a cycle, a BigInt, a function.
fn read_data(options: &JsValue) -> Option<Result<String, String>> {
    let key = JsValue::from_str("data");
    if !js_sys::Reflect::has(options, &key).unwrap_or(false) {
        return None;
    }
    let why = |e: JsValue| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "unknown error".into());
        format!("The data given to the viewer cannot be read as JSON: {detail}")
    };
    let value = match js_sys::Reflect::get(options, &key) {
        Ok(v) if v.is_undefined() || v.is_null() => return None,
        Ok(v) => v,
        Err(e) => return Some(Err(why(e))),
    };
    if let Some(text) = value.as_string() {
        return Some(text_data(text));
    }
    Some(match js_sys::JSON::stringify(&value) {
        Ok(json) => json.as_string().ok_or_else(|| {
            "The data given to the viewer is not a JSON value (an object, or JSON text)."
                .to_string()
        }),
        Err(e) => Err(why(e)),
    })
}

/// Data given as text: JSON, or an error naming the likely cause when it is
/// what an object becomes as an attribute (`[object Object]`).
fn text_data(text: String) -> Result<String, String> {
    if text.trim_start().starts_with("[object ") {
        return Err(format!(
            "The viewer's data is the text “{}”, not an RMP: an object was turned into text, as happens when a page or a framework sets the data attribute (or sets data before the viewer is defined). Set the element's data property to the object, or give JSON text.",
            text.trim()
        ));
    }
    Ok(text)
}

/// An attribute's word for a switch: `false`, `off`, `no` and `0` mean off;
/// anything else (the attribute present, empty) on.
fn switched_on(word: &str) -> bool {
    !matches!(
        word.trim().to_ascii_lowercase().as_str(),
        "false" | "off" | "no" | "0"
    )
}

/// Options as a host gives them; absent keys change nothing.
#[derive(Default)]
struct Options {
    source: Option<Source>,
    #[cfg(feature = "portal")]
    base: Option<Source>,
    #[cfg(feature = "portal")]
    catalog: Option<String>,
    /// `allowed-origins` / `allowedOrigins`: origins besides the page's own.
    allowed_origins: String,
    lang: Option<Lang>,
    route: Option<Route>,
    history: bool,
    /// `fileOpen`: the file picker at the foot of the viewer (default true).
    file_open: bool,
    /// `opened`: risk cards open from the start (those a reader opened in
    /// the viewer drawn ahead of time that this one takes over).
    opened: Vec<String>,
}

impl Options {
    fn read(value: &JsValue) -> Options {
        let get = |key: &str| {
            js_sys::Reflect::get(value, &JsValue::from_str(key))
                .ok()
                .filter(|v| !v.is_undefined() && !v.is_null())
        };
        let text = |key: &str| get(key).and_then(|v| v.as_string());
        let has = |key: &str| js_sys::Reflect::has(value, &JsValue::from_str(key)).unwrap_or(false);
        let source = match (
            read_data(value),
            text("src").filter(|s| !s.trim().is_empty()),
        ) {
            (Some(Ok(text)), _) => Some(Source::Text {
                name: "data".into(),
                text,
            }),
            (Some(Err(why)), _) => Some(Source::Invalid(why)),
            (None, Some(url)) => Some(Source::Url(url)),
            // `src` or `data` given as nothing (removed, null): no document.
            (None, None) if has("src") || has("data") => Some(Source::Missing),
            (None, None) => None,
        };
        let open = text("open").filter(|s| !s.is_empty());
        let activity = text("activity").filter(|s| !s.is_empty());
        let view = text("view").and_then(|v| View::from_name(&v));
        let route = match (activity, open, view) {
            (Some(id), _, None | Some(View::Board)) => Some(Route::Activity(id)),
            (_, Some(id), None | Some(View::Risks)) => Some(Route::Risks(Some(id))),
            (_, _, Some(view)) => Some(view.route()),
            (None, None, None) => None,
        };
        Options {
            source,
            #[cfg(feature = "portal")]
            base: text("base")
                .filter(|s| !s.trim().is_empty())
                .map(Source::Url),
            #[cfg(feature = "portal")]
            catalog: text("catalog").filter(|s| !s.trim().is_empty()),
            allowed_origins: text("allowedOrigins")
                .or_else(|| text("allowed-origins"))
                .unwrap_or_default(),
            lang: text("lang").map(|l| Lang::from_code(&l)),
            route,
            history: get("history").is_some_and(|v| match v.as_string() {
                Some(word) => switched_on(&word),
                None => v.as_bool().unwrap_or(true),
            }),
            file_open: get("fileOpen").is_none_or(|v| match v.as_string() {
                Some(word) => switched_on(&word),
                None => v.as_bool().unwrap_or(true),
            }),
            opened: get("opened")
                .map(|v| {
                    js_sys::Array::from(&v)
                        .iter()
                        .filter_map(|id| id.as_string())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// A notice as a DOM event's type and detail.
fn event(notice: &Notice) -> (&'static str, JsValue) {
    let detail = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), &value);
    };
    let text = |s: &str| JsValue::from_str(s);
    let kind = match notice {
        Notice::Ready {
            title,
            concerns,
            activities,
            warnings,
        } => {
            set("title", text(title));
            set("concerns", JsValue::from(*concerns as u32));
            set("activities", JsValue::from(*activities as u32));
            set("warnings", JsValue::from(*warnings as u32));
            "rmp-ready"
        }
        Notice::Error(d) => {
            set("code", text(d.code.as_str()));
            set("message", text(&d.message));
            set("path", text(&d.path));
            if let Some(p) = d.position {
                set("line", JsValue::from(p.line as u32));
                set("column", JsValue::from(p.column as u32));
            }
            "rmp-error"
        }
        Notice::Toggle { risk, open } => {
            set("risk", text(risk));
            set("open", JsValue::from_bool(*open));
            "rmp-toggle"
        }
        Notice::Navigate { view, target } => {
            set("view", text(view));
            set(
                "target",
                target.as_deref().map(text).unwrap_or(JsValue::NULL),
            );
            "rmp-navigate"
        }
    };
    (kind, detail.into())
}

/// Tells every mounted viewer's host that the viewer stopped: a message in
/// its place and an `rmp-error` with code `panic`. Used by the panic hook,
/// so it never panics itself and skips the registry if it is busy.
pub fn report_failure(message: &str) {
    let _ = VIEWERS.try_with(|viewers| {
        let Ok(viewers) = viewers.try_borrow() else {
            return;
        };
        for m in viewers.values() {
            failure::show(&m.container, message);
            if let Some(f) = &m.on_event {
                let (kind, detail) = event(&Notice::Error(Diagnostic::failure(
                    Code::Panic,
                    failure::STOPPED,
                )));
                let _ = js_sys::Reflect::set(&detail, &"details".into(), &message.into());
                let _ = f.call2(&JsValue::NULL, &JsValue::from_str(kind), &detail);
            }
        }
    });
}
