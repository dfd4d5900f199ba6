//! Drawing a viewer to HTML ahead of time (`rmp render`): the same
//! components the browser runs, rendered natively (Leptos server-side
//! rendering), so that a page shows its document before — or without —
//! any script. The wasm takes the page over when it arrives
//! (`www/main.js`, `www/rmp-viewer.js`).

use leptos::prelude::*;

use crate::components::{Source, Viewer, INLINE};
use rmp_view_model::route::Route;
use rmp_view_model::text::Lang;

/// The page the standalone viewer is served as (`index.html`), its
/// `www/` addresses the bundle's.
const PAGE: &str = include_str!("../index.html");

/// The viewer's stylesheet, carried by a fragment.
const STYLESHEET: &str = include_str!("../www/rmp-viewer.css");

/// Where no script runs, the note shows and the controls that need a
/// script are hidden: the stylesheet's `.rmp-scriptless` rules, for every
/// viewer, in a `<noscript>` style (no script can set the class there).
fn no_script() -> String {
    let rules: String = STYLESHEET
        .lines()
        .filter(|line| line.contains(".rmp-scriptless ") && line.trim_end().ends_with('}'))
        .map(|line| line.replace(".rmp-scriptless ", ".rmp-viewer "))
        .collect();
    format!("<noscript><style>{rules}</style></noscript>")
}

/// What to draw, and how.
#[derive(Debug, Clone)]
pub struct Render {
    /// Interface language.
    pub lang: Lang,
    /// The page shown first.
    pub route: Route,
    /// Where the bundle's files are, as the page addresses them (`""`: beside it).
    pub assets: String,
}

impl Default for Render {
    fn default() -> Self {
        Render {
            lang: Lang::Ja,
            route: Route::Summary,
            assets: String::new(),
        }
    }
}

/// The viewer's markup for the document `json` (its text, as a file holds
/// it): every page is in it, each reached by an in-page link; the one for
/// the route shows first. A document that cannot be shown gives the
/// viewer's own error panel, as in the browser.
pub fn viewer_html(json: &str, how: &Render) -> String {
    let source = Source::Text {
        name: INLINE.into(),
        text: json.to_string(),
    };
    let (lang, route) = (how.lang, how.route.clone());
    let owner = Owner::new();
    owner.with(|| {
        view! {
            <Viewer source=RwSignal::new(source) lang=RwSignal::new(lang) route=RwSignal::new(route) history=true prerender=true />
        }
        .to_html()
    })
    // The empty comments (`<!>`) that mark where text nodes meet are for a
    // hydrating script; this markup is replaced, not hydrated, and on a large
    // document they are hundreds of thousands of nodes for the browser to
    // read. Text and attribute values are escaped (`&lt;`), so each `<!>`
    // here is one of them.
    .replace("<!>", "")
}

/// The standalone page for `json`: the viewer drawn in `#app`, the
/// document in `<script type="application/json" id="rmp-data">` for the
/// wasm that takes it over, the bundle's stylesheet and scripts.
pub fn page(json: &str, how: &Render) -> String {
    let title = title_of(json);
    let mut html = PAGE.replace("www/", &how.assets);
    // The page carries its document: nothing to fetch for it. It loads the
    // small wasm that attaches the search to it, not the viewer's, which
    // comes when the reader needs it.
    html = html
        .lines()
        .filter(|line| !line.contains("data/lunsumio.json\" as=\"fetch\""))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("pkg/rmp_viewer.js", "attach-pkg/rmp_attach.js")
        .replace("pkg/rmp_viewer_bg.wasm", "attach-pkg/rmp_attach_bg.wasm");
    if let Some(title) = title {
        html = replace_between(
            &html,
            "<title>",
            "</title>",
            &html_escape::encode_text(&format!("RMP Viewer — {title}")),
        );
    }
    // Opened at a place (`#risks`), that page shows from the first paint:
    // a classic script after the stylesheet, run before the body is drawn
    // and fetched beside the stylesheet. By its address, not inline, so that
    // a policy without 'unsafe-inline' has nothing to refuse.
    html = html.replace(
        "</head>",
        &format!(
            "  <script src=\"{}opened-at.js\"></script>\n  {}\n</head>",
            how.assets,
            no_script()
        ),
    );
    let app = format!(
        "<div id=\"app\">{}</div>\n  {}",
        viewer_html(json, how),
        data_script(json, "rmp-data")
    );
    html = replace_between(&html, "<div id=\"app\">", "</noscript>", "");
    html.replace("<div id=\"app\"></noscript>", &app)
}

/// `<rmp-viewer>` for a page a portal assembles: the viewer drawn in a
/// declarative shadow root with its stylesheet, so the RMP shows before
/// any script runs; the loader (`rmp-viewer.js`) takes it over, reading
/// the document from the element's own `<script type="application/json">`.
pub fn fragment(json: &str, how: &Render) -> String {
    format!(
        "<rmp-viewer lang=\"{}\"><template shadowrootmode=\"open\"><style>{}</style>{}{}</template>{}</rmp-viewer>\n",
        how.lang.code(),
        STYLESHEET.replace("</", "<\\/"),
        no_script(),
        viewer_html(json, how),
        data_script(json, "")
    )
}

/// The document in a script element: no `<` inside it at all (`</script`
/// would end it early), `\u003c` being the same JSON.
fn data_script(json: &str, id: &str) -> String {
    let id = if id.is_empty() {
        String::new()
    } else {
        format!(" id=\"{id}\"")
    };
    format!(
        "<script type=\"application/json\"{id}>{}</script>",
        json.replace('<', "\\u003c")
    )
}

/// "product — title" of a document, when it reads.
fn title_of(json: &str) -> Option<String> {
    let rmp = rmp_model::parse_bytes(json.as_bytes()).ok()?;
    Some(format!(
        "{} {}",
        rmp.document.product_name, rmp.document.title
    ))
}

/// `html` with what lies between `start` and `end` replaced by `with`.
fn replace_between(html: &str, start: &str, end: &str, with: &str) -> String {
    match html.find(start).and_then(|a| {
        let from = a + start.len();
        html[from..].find(end).map(|b| (from, from + b))
    }) {
        Some((from, to)) => format!("{}{with}{}", &html[..from], &html[to..]),
        None => html.to_string(),
    }
}
