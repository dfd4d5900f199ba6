//! Components in headless Chromium (wasm-bindgen-test): mount, toggle a
//! card, switch table and chart, filter the board, show an error panel.
#![cfg(target_arch = "wasm32")]

use rmp_view_model::route::Route;
use rmp_view_model::text::Lang;
use rmp_viewer::components::Source;
use rmp_viewer::web::mount_viewer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the page run for `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `ok()` holds, looking every 20 ms for at most 10 s: what a
/// click or a mount draws is waited for, never read after a fixed pause.
async fn until(what: &str, ok: impl Fn() -> bool) {
    for _ in 0..500 {
        if ok() {
            return;
        }
        sleep(20).await;
    }
    panic!("{what}: still not so after 10 s");
}

/// A host element, with the default document set as a page sets it (its own copy).
fn host() -> HtmlElement {
    rmp_viewer::components::set_default(Source::Text {
        name: rmp_viewer::components::INLINE.into(),
        text: include_str!("../data/lunsumio.json").into(),
    });
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.dyn_into().unwrap()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn mounts_six_cards_and_toggles_one_with_a_click() {
    let el = host();
    let _viewer = mount_viewer(
        el.clone(),
        Source::Builtin,
        Lang::Ja,
        Route::Risks(None),
        false,
    );
    until("six cards drawn", || {
        all(&el, ".rmp-card-heading button").len() == 6
    })
    .await;
    let buttons = all(&el, ".rmp-card-heading button");
    assert_eq!(buttons.len(), 6);
    let infections = one(&el, "#rmp-risk-infections-button");
    assert_eq!(
        infections.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let panel = one(&el, "#rmp-risk-infections");
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found")
    );
    infections.click();
    until("the card opens", || {
        infections.get_attribute("aria-expanded").as_deref() == Some("true")
            && !panel.has_attribute("hidden")
    })
    .await;
    infections.click();
    until("the card closes", || {
        infections.get_attribute("aria-expanded").as_deref() == Some("false")
    })
    .await;
    assert_eq!(
        infections.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_table_switches_to_its_chart_and_back() {
    let el = host();
    let _viewer = mount_viewer(
        el.clone(),
        Source::Builtin,
        Lang::Ja,
        Route::Risks(Some("infections".into())),
        false,
    );
    // The open card's body is drawn in a task of its own: wait for its table.
    until("the infections table drawn", || {
        !all(
            &el,
            "#risk-infections .rmp-table-tools button[aria-pressed]",
        )
        .is_empty()
            && !all(&el, "#risk-infections table td").is_empty()
    })
    .await;
    // Read afresh each time: nothing held from before a redraw.
    let card = || one(&el, "#risk-infections");
    let toggle = || one(&card(), ".rmp-table-tools button[aria-pressed]");
    assert!(all(&card(), "svg[role=img]").is_empty());
    toggle().click();
    until("the chart drawn", || {
        toggle().get_attribute("aria-pressed").as_deref() == Some("true")
            && all(&card(), "svg[role=img]").len() == 1
    })
    .await;
    // The printed figure, and the mark the table gives it where n/N differs.
    assert!(all(&card(), "svg .rmp-chart-value").iter().any(|t| t
        .text_content()
        .is_some_and(|s| s.starts_with("15（16.6%）") && s.contains("n/N 16.7%"))));
    assert!(one(&card(), ".rmp-table-scroll").has_attribute("hidden"));
    toggle().click();
    until("the table back", || {
        !one(&card(), ".rmp-table-scroll").has_attribute("hidden")
    })
    .await;
}

#[wasm_bindgen_test]
async fn an_activity_page_shows_its_sections_and_marks_the_document_text_japanese() {
    let el = host();
    let _viewer = mount_viewer(
        el.clone(),
        Source::Builtin,
        Lang::En,
        Route::Activity("conditions-of-use".into()),
        false,
    );
    until("the activity page drawn", || {
        !all(&el, "#activity-conditions-of-use .rmp-group").is_empty()
    })
    .await;
    let page = one(&el, "#activity-conditions-of-use");
    let headings: Vec<String> = all(&page, ".rmp-activity-section > h3")
        .iter()
        .filter_map(|h| h.text_content())
        .collect();
    assert_eq!(headings[0], "Safety concerns");
    assert!(
        headings.contains(&"5.(3) List of the risk minimisation plan".to_string()),
        "{headings:?}"
    );
    let groups = all(&page, ".rmp-group > h4");
    assert_eq!(
        groups.len(),
        5,
        "four requirement blocks and the further measures"
    );
    assert_eq!(
        one(&el, ".rmp-root").get_attribute("lang").as_deref(),
        Some("en")
    );
    let paragraphs = all(&page, ".rmp-group p");
    assert!(paragraphs.iter().any(|p| p
        .text_content()
        .unwrap_or_default()
        .starts_with("＊1：集中治療室")));
    assert!(paragraphs
        .iter()
        .all(|p| p.get_attribute("lang").as_deref() == Some("ja")));
}

#[wasm_bindgen_test]
async fn the_board_filters_by_plan_and_by_risk() {
    let el = host();
    let _viewer = mount_viewer(el.clone(), Source::Builtin, Lang::Ja, Route::Board, false);
    let count = || all(&el, ".rmp-board .rmp-activity").len();
    until("the board drawn", || count() >= 10).await;
    let everything = count();
    assert!(everything >= 10, "{everything}");
    let selects = all(&el, ".rmp-filters select");
    let choose = |select: &Element, value: &str| {
        let select: &web_sys::HtmlSelectElement = select.dyn_ref().unwrap();
        select.set_value(value);
        let event = web_sys::Event::new("change").unwrap();
        select.dispatch_event(&event).unwrap();
    };
    choose(&selects[0], "rm");
    until("the risk-minimisation activities alone", || {
        count() > 0 && count() < everything
    })
    .await;
    choose(&selects[0], "");
    until("every activity again", || count() == everything).await;
    // The concern's filter is the one offering the concerns (after plan, and routine or additional).
    let risk = selects
        .iter()
        .position(|s| {
            s.query_selector("option[value=\"crs\"]")
                .ok()
                .flatten()
                .is_some()
        })
        .expect("a filter by concern");
    choose(&selects[1], "additional");
    until("the additional activities alone", || {
        count() == everything - 2
    })
    .await;
    choose(&selects[1], "");
    until("every activity again", || count() == everything).await;
    choose(&selects[risk], "crs");
    until("the activities for CRS", || {
        count() > 0 && count() < everything
    })
    .await;
    let crs = count();
    choose(&selects[risk], "infections");
    until("LUN2501 and the conditions of use address CRS only", || {
        count() > 0 && count() < crs
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_broken_document_shows_the_error_panel_with_where() {
    let el = host();
    let _viewer = mount_viewer(
        el.clone(),
        Source::Text {
            name: "broken.json".into(),
            text: "{\"format_version\": 1,\n \"document\": [}".into(),
        },
        Lang::En,
        Route::Summary,
        false,
    );
    until("the error panel", || !all(&el, "[role=alert]").is_empty()).await;
    let alert = one(&el, "[role=alert]");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("broken.json"), "{text}");
    assert!(text.contains("line 2"), "{text}");
    assert!(all(&el, ".rmp-card").is_empty());
}

#[wasm_bindgen_test]
async fn unmounting_removes_the_viewer() {
    let el = host();
    let viewer = mount_viewer(el.clone(), Source::Builtin, Lang::Ja, Route::Summary, false);
    until("the summary drawn", || {
        el.query_selector(".rmp-summary").unwrap().is_some()
    })
    .await;
    drop(viewer);
    assert!(el.query_selector(".rmp-root").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_failure_is_shown_in_place_and_reported_to_the_host() {
    let el = host();
    let log = js_sys::Array::new();
    let record = js_sys::Function::new_with_args("type, detail", "this.push([type, detail.code]);");
    let record = record.bind0(&log);
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"view".into(), &"risks".into()).unwrap();
    let text = include_str!("../data/lunsumio.json");
    js_sys::Reflect::set(&options, &"data".into(), &text.into()).unwrap();
    let handle = rmp_viewer::web::mount(el.clone(), options.into(), Some(record));
    until("six cards and rmp-ready", || {
        all(&el, ".rmp-card").len() == 6 && log.length() > 0
    })
    .await;
    let first = js_sys::Array::from(&log.get(0));
    assert_eq!(first.get(0).as_string().as_deref(), Some("rmp-ready"));
    rmp_viewer::web::failure::report("internal error (test)");
    until("the failure shown in place", || {
        all(&el, "[role=alert]").iter().any(|a| {
            a.text_content()
                .unwrap_or_default()
                .contains("internal error (test)")
        })
    })
    .await;
    let alert = one(&el, "[role=alert]");
    assert!(alert
        .text_content()
        .unwrap_or_default()
        .contains("internal error (test)"));
    let last = js_sys::Array::from(&log.get(log.length() - 1));
    assert_eq!(last.get(0).as_string().as_deref(), Some("rmp-error"));
    assert_eq!(last.get(1).as_string().as_deref(), Some("panic"));
    handle.unmount();
    assert!(!handle.mounted());
}
