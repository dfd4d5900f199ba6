use leptos::either::Either;
use leptos::prelude::*;

use super::context::Nav;
use rmp_model::safe_link;
use rmp_view_model::route::Route;
use rmp_view_model::text::DOCUMENT_LANG;

/// A link to a place in the viewer: a real `href` (so it can be opened in a
/// new tab or copied), followed inside the viewer on a click. Attributes
/// given with `attr:` (a class, `aria-current`) go on the `<a>`.
#[component]
pub fn RouteLink(
    /// The viewer's navigation.
    nav: Nav,
    /// Where the link goes.
    route: Route,
    /// What the link says.
    children: Children,
) -> impl IntoView {
    view! {
        <a href=nav.href(&route) on:click=move |ev| {
            ev.prevent_default();
            nav.go(route.clone());
        }>{children()}</a>
    }
}

/// 資材の掲載先: a link only to an https:, http: or relative address; any
/// other address is shown as text.
pub fn material(url: &str) -> impl IntoView {
    match safe_link(url) {
        Some(href) => Either::Left(view! {
            <a href=href.to_string() target="_blank" rel="noopener noreferrer">{url.to_string()}</a>
        }),
        None => Either::Right(view! { <span class="rmp-unsafe-link">{url.to_string()}</span> }),
    }
}

/// Paragraphs of the document, as printed, in the document's language.
pub fn paragraphs(ps: &[String]) -> impl IntoView {
    ps.iter()
        .map(|p| view! { <p lang=DOCUMENT_LANG>{p.clone()}</p> })
        .collect_view()
}

/// The concerns an activity addresses, each a list item linking to its card.
pub fn concern_items(nav: Nav, concerns: &[(&str, &str)]) -> impl IntoView {
    concerns
        .iter()
        .map(|(id, name)| {
            let (route, name) = (Route::Risks(Some(id.to_string())), name.to_string());
            view! { <li lang=DOCUMENT_LANG><RouteLink nav route>{name}</RouteLink></li> }
        })
        .collect_view()
}
