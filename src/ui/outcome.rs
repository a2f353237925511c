//! The outcome at a glance (`data-outcome`): each arrangement's status in a short list that stays
//! docked at the bottom of the screen while the form is filled in, so an employer on a phone sees
//! the answer is there. Each item links to its card. The outcome line in it is announced politely.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::i18n::Lang;
use crate::app::cards::status_view;
use crate::rules::{Arrangement, Status};

#[derive(Properties, PartialEq)]
pub struct OutcomeProps {
    pub lang: Lang,
    /// Each card's arrangement and status (`None`: it waits for an answer).
    pub items: Vec<(Arrangement, Option<Status>)>,
    /// The outcome in a sentence.
    pub line: AttrValue,
}

/// Moves focus to the card's heading (which scrolls it into view), inside this app's own tree, so
/// it also works in the embed's shadow root and leaves the share link in the URL alone.
fn go_to_card(e: MouseEvent, key: &'static str) {
    e.prevent_default();
    let card = e
        .target_dyn_into::<web_sys::Element>()
        .and_then(|el| el.closest(".sw-app").ok().flatten())
        .and_then(|app| {
            app.query_selector(&format!("#sw-result-{key}"))
                .ok()
                .flatten()
        })
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = card {
        let _ = heading.focus();
    }
}

#[function_component]
pub fn Outcome(p: &OutcomeProps) -> Html {
    let l = p.lang;
    let t = l.texts();
    html! {
        <nav class="sw-outcome" data-outcome="" aria-label={t.outcome_nav}>
            <p class="sw-outcome__line" role="status" aria-live="polite">{ p.line.clone() }</p>
            <ul class="sw-outcome__list">
                { for p.items.iter().map(|(a, status)| {
                    let key = a.key();
                    let (icon, label, class) = match status {
                        Some(s) => {
                            let (icon, label) = status_view(*s, l);
                            (icon, label, s.code())
                        }
                        None => ("…", t.outcome_waiting, "waiting"),
                    };
                    html! {
                        <li class={classes!("sw-outcome__item", format!("sw-outcome__item--{class}"))}
                            data-outcome-item={key} data-outcome-status={class}>
                            <a href={format!("#sw-result-{key}")} onclick={move |e| go_to_card(e, key)}>
                                <span class="sw-outcome__icon" aria-hidden="true">{ icon }</span>
                                { a.short_name(l.is_nl()) }
                                <span class="sw-visually-hidden">{ ": " }{ label }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
