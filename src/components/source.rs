//! Where a viewer's document comes from.

use std::cell::RefCell;

thread_local! {
    /// Where the default document is: the wasm does not carry it.
    static DEFAULT: RefCell<Option<Source>> = const { RefCell::new(None) };
}

/// Sets where the default document (Lunsumio's RMP) comes from: the page's
/// own copy, or the bundle's `data/lunsumio.json`. The first setting stays.
pub fn set_default(source: Source) {
    if source == Source::Builtin {
        return;
    }
    DEFAULT.with(|d| {
        d.borrow_mut().get_or_insert(source);
    });
}

/// Where the default document comes from ([`Source::Builtin`] resolved).
pub fn default_document() -> Source {
    DEFAULT
        .with(|d| d.borrow().clone())
        .unwrap_or_else(|| Source::Invalid("This page names no default document.".into()))
}

/// Where a viewer's document comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The default document (Lunsumio), wherever the page keeps it
    /// ([`set_default`]).
    Builtin,
    /// Fetched from a URL.
    Url(String),
    /// Given as JSON text; `name` says where it came from (a file name).
    Text {
        /// Where it came from, for messages.
        name: String,
        /// The JSON.
        text: String,
    },
    /// Given, but unusable (a `data` value that cannot be read as JSON): why.
    Invalid(String),
    /// None given: an embedded viewer whose host named no document. Never
    /// the default document, which is the standalone page's alone.
    Missing,
}

impl Source {
    /// Where a document from here came from, for the header: `None` for the
    /// page's own document (built in, or carried by the page).
    pub fn provenance(&self) -> Option<String> {
        match self {
            Source::Text { name, .. } if name != INLINE => Some(name.clone()),
            _ => None,
        }
    }

    /// Where it came from, in a few words: an address, a file name, or
    /// the built-in document.
    pub fn name(&self) -> String {
        match self {
            Source::Builtin => "built-in".into(),
            Source::Url(url) => url.clone(),
            Source::Text { name, .. } => name.clone(),
            Source::Invalid(_) => "data".into(),
            Source::Missing => "none".into(),
        }
    }
}

/// The name of a document the page itself carries (`<script id="rmp-data">`).
pub const INLINE: &str = "rmp-data";
