//! Leptos components: the viewer's screens.
