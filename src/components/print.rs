//! On paper: every card body drawn when the page prints (from the browser's
//! print or a headless one), the running header with the product and the
//! dates, the print button of every view, and one risk on its own sheet.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::{label, Ctx, PrintTarget};
use rmp_view_model::print::{css_string, print_header};

/// Sets `printing` when the page is about to print (the bodies not drawn
/// yet are drawn; a document small enough has them all drawn already, for a
/// headless print too); clears the one-risk sheet after.
pub fn watch_print(ctx: &Ctx, header: bool) {
    let (printing, one) = (ctx.printing, ctx.print_one);
    let rmp = ctx.rmp.clone();
    let lang = ctx.lang;
    let set_header = move || {
        if header {
            set_running_header(&print_header(
                &rmp,
                lang.get_untracked().texts(),
                &super::today::today_iso(),
            ));
        }
    };
    set_header();
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        printing.set(true);
        set_header();
    });
    let after = window_event_listener(leptos::ev::afterprint, move |_| one.set(None));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// The page's running header on paper (`--rmp-print-header`, read by the
/// stylesheet's `@page` rule).
fn set_running_header(text: &str) {
    if let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root
            .style()
            .set_property("--rmp-print-header", &css_string(text));
    }
}

/// Prints the page as it is; with `alone`, that card or checklist alone on its sheet.
pub fn print(
    printing: RwSignal<bool>,
    one: RwSignal<Option<PrintTarget>>,
    alone: Option<PrintTarget>,
) {
    one.set(alone);
    printing.set(true);
    // After the bodies are drawn and the sheet's classes are set.
    request_animation_frame(move || {
        let _ = window().print();
    });
}

/// The print button of the views.
#[component]
pub fn PrintButton() -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    view! {
        <button type="button" class="rmp-print" part="print" on:click=move |_| print(ctx.printing, ctx.print_one, None)>
            {label(lang, |t| t.print)}
        </button>
    }
}
