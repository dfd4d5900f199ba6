use leptos::either::Either;
use leptos::prelude::*;

use super::changes::{ChangeList, ChangeMark};
use super::checklist::ConditionsChecklist;
use super::context::{label, Ctx, IdScope};
use super::link::{concern_items, material, paragraphs, RouteLink};
use rmp_model::Kind;
use rmp_view_model::activity::{activity_page, Block, Section, Term};
use rmp_view_model::diff::Subject;
use rmp_view_model::route::back_from;
use rmp_view_model::text::DOCUMENT_LANG;

/// `#activity/<id>`: one activity's page, with a way back to the board.
#[component]
pub fn ActivityView(
    /// The activity's id.
    id: String,
) -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    // The page is built once: an unknown id says so instead.
    let body = match activity_page(&ctx.rmp, &id) {
        // After the document's text, on the activity's own page only: a tool
        // of the reader's, not part of the plan.
        Some(_) => Either::Left(view! {
            <ActivityPage id=id.clone() level=2 />
            <ConditionsChecklist id=id />
        }),
        None => Either::Right(view! {
            <h2>{label(lang, |t| t.no_activity)}</h2>
            <p><code>{id}</code></p>
        }),
    };
    view! {
        <p class="rmp-back">{move || {
            let back = back_from(ctx.nav.came_from.get().as_ref());
            let view = back.view();
            view! { <RouteLink nav=ctx.nav route=back>{move || lang.get().texts().back_to_view(view)}</RouteLink> }
        }}</p>
        {body}
    }
}

/// Everything the document says about one activity, in the template's
/// order: its concerns, objective, method (with the conditions of use),
/// plan, rationale, milestones, further measures, material, and its row of
/// the section 5 list.
#[component]
pub fn ActivityPage(
    /// The activity's id.
    id: String,
    /// The level of the page's heading (2 on its own page, 3 in the full plan).
    level: u8,
) -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    let page = activity_page(&ctx.rmp, &id)?;
    let item = &page.item;
    let (kind, plan) = (item.kind, item.plan);
    let kind_text = move || lang.get().texts().kind(kind, plan);
    let title = if kind == Kind::Routine {
        heading(
            level,
            None,
            (move || lang.get().texts().kind(kind, plan)).into_any(),
        )
    } else {
        let name = page.name.to_string();
        heading(level, Some(DOCUMENT_LANG), name.into_any())
    };
    let code = item.code.map(|c| {
        view! { <p class="rmp-code">{move || lang.get().texts().study_code}{label(lang, |t| t.colon)}<span lang=DOCUMENT_LANG>{c.to_string()}</span></p> }
    });
    let status = item.status_label.map(|s| {
        let rmp = ctx.rmp.clone();
        view! { <p class="rmp-status"><span lang=DOCUMENT_LANG>{s.to_string()}</span><span class="rmp-as-of">{move || lang.get().texts().as_of(&rmp)}</span></p> }
    });
    let sections = page
        .sections
        .iter()
        .map(|s| section(&ctx, s, level + 1))
        .collect_view();
    let scope = IdScope::get();
    Some(view! {
        <article class="rmp-activity-page" id=format!("{scope}activity-{id}") aria-label=page.name.to_string()>
            <p class="rmp-kind">{kind_text}</p>
            {title}
            {code}
            {status}
            <ChangeMark subject=Subject::Activity(id.clone()) />
            <ChangeList subject=Subject::Activity(id.clone()) />
            {sections}
        </article>
    })
}

/// A heading of `level` (2–6) with `content`, in `lang` when given.
fn heading(level: u8, lang: Option<&'static str>, content: AnyView) -> AnyView {
    match level {
        ..=2 => view! { <h2 lang=lang>{content}</h2> }.into_any(),
        3 => view! { <h3 lang=lang>{content}</h3> }.into_any(),
        4 => view! { <h4 lang=lang>{content}</h4> }.into_any(),
        5 => view! { <h5 lang=lang>{content}</h5> }.into_any(),
        _ => view! { <h6 lang=lang>{content}</h6> }.into_any(),
    }
}

/// A label: the template's in the interface language, the document's in its own.
fn term(ctx: &Ctx, t: Term) -> impl IntoView {
    let lang = ctx.lang;
    match t {
        Term::Template(label) => Either::Left(move || lang.get().texts().term(label)),
        Term::Printed(text) => {
            Either::Right(view! { <span lang=DOCUMENT_LANG>{text.to_string()}</span> })
        }
    }
}

/// The colon after a label: the interface language's for its own words,
/// the document's (`：`) after a label the document prints.
fn colon(ctx: &Ctx, t: Term) -> impl IntoView {
    let lang = ctx.lang;
    match t {
        Term::Template(_) => Either::Left(label(lang, |t| t.colon)),
        Term::Printed(_) => Either::Right("："),
    }
}

/// A heading of `level` naming `t`.
fn titled(ctx: &Ctx, t: Term, level: u8) -> AnyView {
    heading(level, None, term(ctx, t).into_any())
}

fn section(ctx: &Ctx, s: &Section, level: u8) -> impl IntoView {
    let title = titled(ctx, s.heading, level);
    let blocks = s
        .blocks
        .iter()
        .map(|b| block(ctx, b, level + 1))
        .collect_view();
    view! {
        <section class="rmp-activity-section">
            {title}
            {blocks}
        </section>
    }
}

fn block(ctx: &Ctx, b: &Block, level: u8) -> AnyView {
    let lang = ctx.lang;
    match b {
        Block::Text(text) => view! { <p lang=DOCUMENT_LANG>{text.to_string()}</p> }.into_any(),
        Block::Pair(label, text) => view! {
            <p class="rmp-pair">
                <span class="rmp-pair-label">{term(ctx, *label)}{colon(ctx, *label)}</span>
                <span lang=DOCUMENT_LANG>{text.to_string()}</span>
            </p>
        }
        .into_any(),
        Block::Group(label, ps) => view! {
            <div class="rmp-group">
                {titled(ctx, *label, level)}
                {paragraphs(ps)}
            </div>
        }
        .into_any(),
        Block::Concerns(concerns) => {
            view! { <ul class="rmp-concerns">{concern_items(ctx.nav, concerns)}</ul> }.into_any()
        }
        Block::Material(url) => view! { <p>{material(url)}</p> }.into_any(),
        Block::NotInLists => {
            view! { <p class="rmp-note">{label(lang, |t| t.status_unlisted)}</p> }.into_any()
        }
        Block::ListOnly => {
            view! { <p class="rmp-list-only">{label(lang, |t| t.list_only)}</p> }.into_any()
        }
    }
}
