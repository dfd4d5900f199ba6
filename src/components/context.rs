//! The state one viewer shares with all its components: the document, the
//! interface language, where the reader is and what is open.

use std::collections::HashSet;
use std::sync::Arc;

use rmp_view_model::diff::Diff;

use leptos::html::Div;
use leptos::prelude::*;

use super::reveal::reveal;
use rmp_model::Rmp;
use rmp_view_model::route::Route;
use rmp_view_model::text::{Lang, Texts};

/// What the element ids of a part start with where a page drawn ahead of
/// time holds it twice: the full plan (計画の全文) repeats the overview,
/// the risk cards and every activity page beside the pages of their own,
/// and its copies take `plan-`, so that no id is on the page twice (a link
/// to `#risk/crs` then finds the risk view's card). Elsewhere nothing.
#[derive(Clone, Copy)]
pub struct IdScope(&'static str);

impl IdScope {
    /// The full plan's copies.
    pub const PLAN: IdScope = IdScope("plan-");

    /// What the ids of the part being drawn start with.
    pub fn get() -> &'static str {
        if AHEAD {
            use_context::<IdScope>().map_or("", |scope| scope.0)
        } else {
            ""
        }
    }
}

/// Shared state of one viewer.
#[derive(Clone)]
pub struct Ctx {
    /// The document.
    pub rmp: Arc<Rmp>,
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// Navigation state.
    pub nav: Nav,
    /// Set when the page is about to print: every card body is drawn,
    /// including those not opened yet.
    pub printing: RwSignal<bool>,
    /// What prints alone on its sheet, while it prints.
    pub print_one: RwSignal<Option<PrintTarget>>,
    /// The comparison with an earlier version, if the viewer was given one
    /// (read by the portal build's marks only).
    #[cfg_attr(not(feature = "portal"), allow(dead_code))]
    pub compare: Option<Compare>,
    /// Drawn ahead of time to HTML (`rmp render`), to be read with or
    /// without scripts: every page is in the markup, reached by in-page
    /// links, risk cards open as `<details>`, and nothing touches the
    /// browser while drawing.
    pub prerender: bool,
}

/// Where the reader is and what is open; `Copy`, so handlers capture it freely.
#[derive(Clone, Copy)]
pub struct Nav {
    /// Where the reader is.
    pub route: RwSignal<Route>,
    /// Ids of the open risk cards.
    pub open: RwSignal<HashSet<String>>,
    /// The viewer's root element: lookups stay inside this viewer.
    pub root: NodeRef<Div>,
    /// What its places start with in the URL fragment (a catalog's
    /// `rmp/<id>/`), empty for a document on its own.
    pub prefix: StoredValue<String>,
    /// The place the reader was before this one (for "back").
    pub came_from: RwSignal<Option<Route>>,
}

impl Nav {
    /// The link to a place (`#risk/crs`, or `#rmp/<id>/risk/crs` in a catalog).
    pub fn href(&self, route: &Route) -> String {
        let fragment = route.fragment();
        self.prefix.with_value(|p| {
            if p.is_empty() {
                fragment
            } else {
                format!("#{p}{}", fragment.trim_start_matches('#'))
            }
        })
    }

    /// Goes to a place: the card or activity it names is brought into view
    /// (and a risk card opens: see the route effect in `App`).
    pub fn go(&self, route: Route) {
        if let Some(id) = route.element_id() {
            reveal(self.root, id, None);
        }
        let from = self.route.get_untracked();
        if from != route {
            self.came_from.set(Some(from));
        }
        self.route.set(route);
    }
}

/// Whether this build can draw ahead of time: natively (`rmp render`), not
/// in the browser, whose wasm then carries none of that code.
pub const AHEAD: bool = cfg!(not(target_arch = "wasm32"));

/// The comparison with an earlier version, when the viewer was given one.
#[derive(Clone)]
pub enum Compare {
    /// The changes, and where the earlier version came from.
    Found(Arc<Diff>, String),
    /// The earlier version could not be read: why.
    Failed(String),
}

/// What prints alone on its sheet instead of the whole view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintTarget {
    /// A risk card, by its concern's id.
    Risk(String),
    /// An activity's checklist, by the activity's id.
    Checklist(String),
}

impl Ctx {
    /// Whether this viewer is drawn ahead of time (see [`Ctx::prerender`]).
    pub fn ahead(&self) -> bool {
        AHEAD && self.prerender
    }

    /// The viewer's context; every component is drawn inside a viewer.
    pub fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    /// [`Ctx::texts`] and the language signal, for [`label`].
    pub fn labels(&self) -> (impl Fn() -> &'static Texts + Copy + 'static, RwSignal<Lang>) {
        (self.texts(), self.lang)
    }

    /// The labels of the interface language, read where they are shown so
    /// that a change of language redraws just those.
    pub fn texts(&self) -> impl Fn() -> &'static Texts + Copy + 'static {
        let lang = self.lang;
        move || lang.get().texts()
    }
}

/// A label of the interface language, redrawn when the language changes.
/// Every label is drawn through this one closure type, so the code that
/// draws a reactive text is compiled once rather than once per label.
pub fn label(
    lang: RwSignal<Lang>,
    pick: fn(&Texts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + 'static {
    move || pick(lang.get().texts())
}

/// A label of the catalog or the comparison ([`rmp_view_model::portal_text`]),
/// redrawn when the language changes.
#[cfg(feature = "portal")]
pub fn said(
    lang: RwSignal<Lang>,
    pick: fn(&rmp_view_model::portal_text::Texts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + 'static {
    move || pick(lang.get().portal())
}
