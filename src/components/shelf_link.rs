//! Moving between the places of a catalog: the list, the search, a
//! document.

use leptos::prelude::*;

use rmp_view_model::route::Shelved;

/// Goes to a place of the catalog: shown, and a history entry when the
/// fragment follows the place.
#[derive(Clone, Copy)]
pub struct Go {
    place: RwSignal<Shelved>,
    history: bool,
}

impl Go {
    pub fn new(place: RwSignal<Shelved>, history: bool) -> Self {
        Go { place, history }
    }

    pub fn to(self, place: Shelved) {
        if self.history {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let fragment = place.fragment();
                let _ =
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
            }
        }
        self.place.set(place);
    }
}

/// A link to a place of the catalog.
#[component]
pub fn ShelfLink(go: Go, place: Shelved, children: Children) -> impl IntoView {
    view! {
        <a href=place.fragment() on:click=move |ev| {
            ev.prevent_default();
            go.to(place.clone());
        }>{children()}</a>
    }
}
