use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::label;

use super::source::Source;
use rmp_model::Code;
use rmp_view_model::open::Refusal;
use rmp_view_model::text::Lang;
use rmp_view_model::trust::shorten;

/// The import page of the bundle, where the page names one
/// (`<link rel="rmp-import" href="import.html">`).
fn import_page() -> Option<String> {
    let link = document()
        .query_selector("link[rel=\"rmp-import\"]")
        .ok()??;
    link.dyn_into::<web_sys::HtmlLinkElement>()
        .ok()
        .map(|l| l.href())
}

/// Why a document cannot be shown: what, where (path, line:column), and
/// what the reader can do next.
#[component]
pub fn ErrorPanel(
    /// The error, and the document's others after it.
    refusal: Arc<Refusal>,
    /// Where the document came from.
    origin: Source,
    /// Interface language.
    lang: RwSignal<Lang>,
    /// Loads the same source again.
    retry: impl Fn() + 'static,
    /// Shows the built-in document instead.
    builtin: impl Fn() + 'static,
    /// Whether to offer the built-in document (the standalone page only:
    /// an embedded viewer shows what its host asked for, or says why not).
    offer_default: bool,
) -> impl IntoView {
    let t = move || lang.get().texts();
    let from = match &origin {
        Source::Builtin | Source::Missing => None,
        Source::Url(url) => Some(shorten(url)),
        Source::Text { name, .. } => Some(name.clone()),
        Source::Invalid(_) => Some("data".to_string()),
    };
    let can_retry = matches!(origin, Source::Url(_));
    let problem = &refusal.error;
    let position = problem.position.map(|p| {
        let (line, column) = (p.line, p.column);
        view! {
            <dt>{label(lang, |t| t.error_position)}</dt>
            <dd>{move || format!("{} {line}, {} {column}", t().line, t().column)}</dd>
        }
    });
    let path = (!problem.path.is_empty()).then(|| {
        let path = problem.path.clone();
        view! { <dt>{label(lang, |t| t.error_where)}</dt><dd><code>{path}</code></dd> }
    });
    let more = (!refusal.more.is_empty()).then(|| {
        let items = refusal
            .more
            .iter()
            .map(|d| view! { <li><code>{d.path.clone()}</code>": "{d.message.clone()}</li> })
            .collect_view();
        view! { <h3>{label(lang, |t| t.error_more)}</h3><ul>{items}</ul> }
    });
    view! {
        <main class="rmp-main">
        <section class="rmp-error" part="error">
            <div role="alert">
                <h1>{label(lang, |t| t.error_title)}</h1>
                {from.map(|f| view! { <p class="rmp-error-source"><code>{f}</code></p> })}
                {(problem.code == Code::Pdf).then(|| view! {
                    <p class="rmp-error-reader">{label(lang, |t| t.error_pdf)}</p>
                    {import_page().map(|href| view! { <p><a href=href>{label(lang, |t| t.open_import)}</a></p> })}
                })}
                <p class="rmp-error-message">{problem.message.clone()}</p>
                <dl class="rmp-meta">
                    <dt>{label(lang, |t| t.error_code)}</dt>
                    <dd><code>{problem.code.as_str()}</code></dd>
                    {path}
                    {position}
                </dl>
            </div>
            {more}
            <div class="rmp-toolbar">
                {can_retry.then(|| view! { <button type="button" on:click=move |_| retry()>{label(lang, |t| t.retry)}</button> })}
                {offer_default.then(|| view! { <button type="button" on:click=move |_| builtin()>{label(lang, |t| t.show_default)}</button> })}
            </div>
        </section>
        </main>
    }
}
