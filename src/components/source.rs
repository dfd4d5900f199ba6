//! Where a viewer's document comes from.

/// The default document, Lunsumio's RMP (`data/lunsumio.json`, without its
/// indentation: see `build.rs`).
pub const DEFAULT_RMP: &str = include_str!(concat!(env!("OUT_DIR"), "/lunsumio.json"));

/// Where a viewer's document comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The built-in default (Lunsumio).
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
        }
    }
}

/// The name of a document the page itself carries (`<script id="rmp-data">`).
pub const INLINE: &str = "rmp-data";
