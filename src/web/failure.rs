//! When the viewer fails anyway: the panic hook says so in the console, in
//! place of every viewer on the page, and to hosts through `rmp-error`.
//! The reader sees a message in both languages; what went wrong, for a
//! maintainer, is folded under it, without the paths of the build.

use std::cell::RefCell;
use std::sync::Once;

/// What the reader reads when the viewer stopped.
pub const STOPPED: &str = "RMP ビューアが内部エラーで停止しました。ページを再読み込みしてください。 / The RMP viewer stopped because of an internal error. Please reload the page.";

thread_local! {
    /// The standalone page's element, which has no host to tell.
    static STANDALONE: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
    /// Who else hears of a failure: the embedding surface, which tells each
    /// mounted viewer's host. Set by it, so that this module needs nothing of it.
    static ALSO: std::cell::Cell<Option<fn(&str)>> = const { std::cell::Cell::new(None) };
}

/// Failures are also reported to `tell` (the embedding surface's viewers),
/// with the details for a maintainer.
pub fn also_tell(tell: fn(&str)) {
    let _ = ALSO.try_with(|also| also.set(Some(tell)));
}

/// Installs the panic hook once per page.
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let payload = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            let place = info
                .location()
                .map(|l| format!(" ({}:{})", short_path(l.file()), l.line()))
                .unwrap_or_default();
            let details = format!("{payload}{place}");
            web_sys::console::error_1(&format!("{STOPPED}\n{details}").into());
            report(&details);
        }));
    });
}

/// A source file's last two components (`owner/arena.rs`), not where it was built.
fn short_path(file: &str) -> &str {
    let mut cut = file.len();
    for _ in 0..2 {
        match file[..cut].rfind(['/', '\\']) {
            Some(at) => cut = at,
            None => return file,
        }
    }
    &file[cut + 1..]
}

/// Remembers the standalone page's element for [`report`].
pub fn standalone(element: &web_sys::HtmlElement) {
    let _ = STANDALONE.try_with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            *s = Some(element.clone());
        }
    });
}

/// Shows the reader's message in place of every viewer and tells their hosts.
pub fn report(details: &str) {
    let _ = STANDALONE.try_with(|s| {
        if let Ok(Some(element)) = s.try_borrow().as_deref().map(Option::as_ref) {
            show(element, details);
        }
    });
    if let Ok(Some(tell)) = ALSO.try_with(std::cell::Cell::get) {
        tell(details);
    }
}

/// Replaces a viewer's content with the reader's message, `details` folded under it.
pub fn show(container: &web_sys::HtmlElement, details: &str) {
    let Some(document) = container.owner_document() else {
        return;
    };
    let (Ok(p), Ok(folded), Ok(summary), Ok(pre)) = (
        document.create_element("div"),
        document.create_element("details"),
        document.create_element("summary"),
        document.create_element("pre"),
    ) else {
        return;
    };
    let _ = p.set_attribute("role", "alert");
    let _ = p.set_attribute("class", "rmp-error rmp-start-error");
    p.set_text_content(Some(STOPPED));
    summary.set_text_content(Some("保守担当者向けの詳細 / Details for maintainers"));
    pre.set_text_content(Some(details));
    let _ = folded.append_child(&summary);
    let _ = folded.append_child(&pre);
    let _ = p.append_child(&folded);
    container.set_text_content(None);
    let _ = container.append_child(&p);
}
