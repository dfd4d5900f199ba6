//! When the viewer fails anyway: the panic hook says so in the console, in
//! place of every viewer on the page, and to hosts through `rmp-error`.

use std::cell::RefCell;
use std::sync::Once;

thread_local! {
    /// The standalone page's element, which has no host to tell.
    static STANDALONE: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
    /// Who else hears of a failure: the embedding surface, which tells each
    /// mounted viewer's host. Set by it, so that this module needs nothing of it.
    static ALSO: std::cell::Cell<Option<fn(&str)>> = const { std::cell::Cell::new(None) };
}

/// Failures are also reported to `tell` (the embedding surface's viewers).
pub fn also_tell(tell: fn(&str)) {
    let _ = ALSO.try_with(|also| also.set(Some(tell)));
}

/// Installs the panic hook once per page.
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = format!("The RMP viewer stopped because of an internal error: {info}");
            web_sys::console::error_1(&message.as_str().into());
            report(&message);
        }));
    });
}

/// Remembers the standalone page's element for [`report`].
pub fn standalone(element: &web_sys::HtmlElement) {
    let _ = STANDALONE.try_with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            *s = Some(element.clone());
        }
    });
}

/// Shows `message` in place of every viewer and tells their hosts.
pub fn report(message: &str) {
    let _ = STANDALONE.try_with(|s| {
        if let Ok(Some(element)) = s.try_borrow().as_deref().map(Option::as_ref) {
            show(element, message);
        }
    });
    if let Ok(Some(tell)) = ALSO.try_with(std::cell::Cell::get) {
        tell(message);
    }
}

/// Replaces a viewer's content with a readable message.
pub fn show(container: &web_sys::HtmlElement, message: &str) {
    let Some(document) = container.owner_document() else {
        return;
    };
    if let Ok(p) = document.create_element("p") {
        let _ = p.set_attribute("role", "alert");
        let _ = p.set_attribute("class", "rmp-error rmp-start-error");
        p.set_text_content(Some(message));
        container.set_text_content(None);
        let _ = container.append_child(&p);
    }
}
