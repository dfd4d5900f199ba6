//! Getting a document's bytes: from a URL (with a time limit) or a local file.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use rmp_model::MAX_INPUT_BYTES;
use rmp_model::{too_large, too_large_stopped, Code, Diagnostic};
use rmp_view_model::open::{http_status, network, timeout};
use rmp_view_model::trust::SourcePolicy;

/// How long a request may take.
const TIMEOUT_SECONDS: u32 = 30;

/// The page's policy: its own origin, the origins its
/// `<meta name="rmp-allowed-origins" content="…">` names, and `allowed`
/// (a viewer's `allowed-origins`).
pub fn page_policy(allowed: &str) -> SourcePolicy {
    let window = web_sys::window();
    let own = window
        .as_ref()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_else(|| "null".into());
    let meta = window
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=\"rmp-allowed-origins\"]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    SourcePolicy::new(&own, &meta).allow(allowed)
}

/// Resolves `url` against the page with the browser's URL parser and checks
/// it against `policy`; the resolved address.
fn admit(url: &str, policy: &SourcePolicy) -> Result<String, Diagnostic> {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let parsed = web_sys::Url::new_with_base(url, &base).map_err(|_| {
        Diagnostic::failure(
            Code::UntrustedSource,
            format!("{url} is not a web address."),
        )
    })?;
    policy.check(url, &parsed.protocol(), &parsed.origin())?;
    Ok(parsed.href())
}

/// Fetches `url` if `policy` allows it, and only keeps the answer if the
/// final address (after redirects) is allowed too. Every failure becomes a
/// problem that names the URL. The bytes, and the final address.
pub async fn fetch_bytes(
    url: &str,
    policy: &SourcePolicy,
) -> Result<(Vec<u8>, String), Diagnostic> {
    let resolved = admit(url, policy)?;
    fetch_checked(&resolved, policy).await
}

async fn fetch_checked(url: &str, policy: &SourcePolicy) -> Result<(Vec<u8>, String), Diagnostic> {
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let timer = controller.as_ref().and_then(|c| {
        let (c, flag) = (c.clone(), timed_out.clone());
        let abort = Closure::once(move || {
            flag.set(true);
            c.abort();
        });
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.as_ref().unchecked_ref(),
                (TIMEOUT_SECONDS * 1000) as i32,
            )
            .ok()?;
        Some((id, abort))
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let result = async {
        let init = web_sys::RequestInit::new();
        init.set_signal(signal.as_ref());
        let window = web_sys::window().ok_or_else(|| failure(url, "no window", false))?;
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str_and_init(url, &init))
                .await
                .and_then(JsCast::dyn_into)
                .map_err(|e| failure(url, &describe(&e), timed_out.get()))?;
        // A redirect may lead anywhere: the final address is checked as well.
        let last = response.url();
        let last = if last.is_empty() {
            url.to_string()
        } else {
            admit(&last, policy)?
        };
        if !response.ok() {
            return Err(http_status(url, response.status(), &response.status_text()));
        }
        let declared = response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .and_then(|l| l.parse::<usize>().ok());
        if declared.is_some_and(|l| l > MAX_INPUT_BYTES) {
            return Err(too_large(declared.unwrap_or_default()));
        }
        read_capped(&response, controller.as_ref())
            .await
            .map(|bytes| (bytes, last))
            .map_err(|e| e.unwrap_or_else(|e| failure(url, &describe(&e), timed_out.get())))
    }
    .await;
    if let (Some((id, _abort)), Some(window)) = (timer, web_sys::window()) {
        window.clear_timeout_with_handle(id);
    }
    result
}

/// Reads a response's body, chunk by chunk, up to `MAX_INPUT_BYTES`: one
/// without a length (or with a wrong one) stops being read there, and the
/// request is aborted. The error is the diagnostic, or the stream's failure.
async fn read_capped(
    response: &web_sys::Response,
    controller: Option<&web_sys::AbortController>,
) -> Result<Vec<u8>, Result<Diagnostic, JsValue>> {
    let call = |target: &JsValue, name: &str| -> Result<JsValue, JsValue> {
        js_sys::Reflect::get(target, &name.into())?
            .dyn_into::<js_sys::Function>()?
            .call0(target)
    };
    let body = js_sys::Reflect::get(response, &"body".into()).map_err(Err)?;
    if body.is_null() || body.is_undefined() {
        return Ok(Vec::new());
    }
    let reader = call(&body, "getReader").map_err(Err)?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(js_sys::Promise::from(call(&reader, "read").map_err(Err)?))
            .await
            .map_err(Err)?;
        if js_sys::Reflect::get(&chunk, &"done".into())
            .map(|d| d.is_truthy())
            .unwrap_or(true)
        {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(Err)?;
        let part = js_sys::Uint8Array::new(&value);
        let size = bytes.len() + part.length() as usize;
        if size > MAX_INPUT_BYTES {
            let _ = call(&reader, "cancel");
            if let Some(c) = controller {
                c.abort();
            }
            return Err(Ok(too_large_stopped()));
        }
        let at = bytes.len();
        bytes.resize(size, 0);
        if let Some(tail) = bytes.get_mut(at..) {
            part.copy_to(tail);
        }
    }
}

/// Reads a file the reader picked or dropped; too-large files are refused unread.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, Diagnostic> {
    if file.size() > MAX_INPUT_BYTES as f64 {
        return Err(too_large(file.size() as usize));
    }
    JsFuture::from(file.array_buffer())
        .await
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|e| {
            Diagnostic::failure(
                Code::File,
                format!("{} could not be read: {}", file.name(), describe(&e)),
            )
        })
}

fn failure(url: &str, detail: &str, timed_out: bool) -> Diagnostic {
    if timed_out {
        timeout(url, TIMEOUT_SECONDS)
    } else {
        network(url, detail)
    }
}

/// A rejection's message (`TypeError: Failed to fetch`), or its text.
fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", e.name(), e.message()),
        None => error
            .as_string()
            .unwrap_or_else(|| "unknown error".to_string()),
    }
}
