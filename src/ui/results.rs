//! Result cards: one per arrangement, with the stable hooks `data-result` and `data-status`.
//! Everything shown comes from the engine's [`Decision`]; this file only lays it out.

use yew::prelude::*;

use super::i18n::Lang;
use crate::app::cards::{key_figures, status_view};
use crate::rules::law::Basis;
use crate::rules::{Arrangement, Decision, Status};

/// A reason's or step's legal basis as a link to wetten.overheid.nl (or the policy page), which
/// opens in a new window and says so to screen readers.
pub fn law_link(basis: &Basis, lang: Lang) -> Html {
    html! {
        <a class="sw-law" href={basis.url()} target="_blank" rel="noopener noreferrer">
            { basis.label() }
            <span class="sw-visually-hidden">{ " " }{ lang.texts().opens_new_window }</span>
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub arrangement: Arrangement,
    pub decision: Decision,
    pub lang: Lang,
}

#[function_component]
pub fn ResultCard(p: &CardProps) -> Html {
    let lang = p.lang;
    let t = lang.texts();
    let d = &p.decision;
    let (icon, label) = status_view(d.status, lang);
    let heading_id = format!("sw-result-{}", p.arrangement.key());
    html! {
        <section class={classes!("sw-card", format!("sw-card--{}", d.status.code()))}
            data-result={p.arrangement.key()} data-status={d.status.code()} aria-labelledby={heading_id.clone()}>
            <h3 class="sw-card__title" id={heading_id} tabindex="-1">{ t.arrangement(p.arrangement) }</h3>
            <p class="sw-status"><span class="sw-status__icon" aria-hidden="true">{ icon }</span>{ label }</p>
            <dl class="sw-figures">
                { for key_figures(p.arrangement, d, lang).into_iter().map(|(k, v)| html! {
                    <div class="sw-figure"><dt>{ k }</dt><dd>{ v }</dd></div>
                }) }
            </dl>
            <details class="sw-why" open={d.status == Status::NeedsInfo}>
                <summary>{ t.why }</summary>
                <ul class="sw-reasons">
                    { for d.reasons.iter().map(|r| html! {
                        <li>
                            { r.text(lang.is_nl()) }
                            { " " }
                            { law_link(r.basis, lang) }
                        </li>
                    }) }
                </ul>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PendingProps {
    pub arrangement: Arrangement,
    pub lang: Lang,
    pub message: AttrValue,
}

/// A card while the form is incomplete or has errors: no figures, and it says what is missing.
#[function_component]
pub fn PendingCard(p: &PendingProps) -> Html {
    let t = p.lang.texts();
    let heading_id = format!("sw-result-{}", p.arrangement.key());
    html! {
        <section class="sw-card sw-card--pending" data-result={p.arrangement.key()} data-status="needs_info"
            aria-labelledby={heading_id.clone()}>
            <h3 class="sw-card__title" id={heading_id} tabindex="-1">{ t.arrangement(p.arrangement) }</h3>
            <p class="sw-status"><span class="sw-status__icon" aria-hidden="true">{ "?" }</span>{ t.status_needs_info }</p>
            <p class="sw-pending">{ p.message.clone() }</p>
        </section>
    }
}
