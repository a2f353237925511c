//! Two situations side by side: the adviser pins the current answers as A, changes something (the
//! loonwaarde, the hours), and sees A next to B (now), with the rows that differ marked in words as
//! well as by colour.

use yew::prelude::*;

use super::hooks::focus_if_lost;
use super::i18n::Lang;
use crate::app::{compare_rows, Situation};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub lang: Lang,
    /// The pinned situation.
    pub a: Option<Situation>,
    /// The current answers, when they give a result.
    pub b: Option<Situation>,
    pub on_pin: Callback<()>,
    pub on_stop: Callback<()>,
}

#[function_component]
pub fn Compare(p: &CompareProps) -> Html {
    let lang = p.lang;
    let t = lang.texts();
    let pin = {
        let on_pin = p.on_pin.clone();
        Callback::from(move |_: MouseEvent| on_pin.emit(()))
    };
    let stop = {
        let on_stop = p.on_stop.clone();
        Callback::from(move |_: MouseEvent| on_stop.emit(()))
    };
    // Pinning replaces the pin button with the table, and stopping the other way round: focus, which
    // was on the button that is gone, goes to the table (read by its caption) or the pin button.
    let region = use_node_ref();
    let pin_button = use_node_ref();
    {
        let (region, pin_button) = (region.clone(), pin_button.clone());
        use_effect_with(p.a.is_some(), move |pinned| {
            focus_if_lost(if *pinned { &region } else { &pin_button })
        });
    }
    let body = match (&p.a, &p.b) {
        (None, Some(_)) => html! {
            <>
                <p class="sw-hint">{ t.compare_hint }</p>
                <button type="button" class="sw-button sw-compare__pin" onclick={pin} ref={pin_button}>{ t.compare_pin }</button>
            </>
        },
        (None, None) => html! { <p class="sw-hint">{ t.compare_hint }</p> },
        (Some(a), b) => {
            let rows = compare_rows(a, b.as_ref(), lang);
            html! {
                <>
                    <div class="sw-scroll" tabindex="0" role="region" aria-label={t.compare_caption} ref={region}>
                        // Roles spelled out: on a phone the rows are stacked (display: block), and
                        // the table must stay a table to a screen reader.
                        <table class="sw-table sw-compare__table" data-compare="" role="table">
                            <caption>{ t.compare_caption }</caption>
                            <thead role="rowgroup">
                                <tr role="row">
                                    <td role="cell"></td>
                                    <th scope="col" role="columnheader">{ t.compare_a }</th>
                                    <th scope="col" role="columnheader">{ t.compare_b }</th>
                                </tr>
                            </thead>
                            <tbody role="rowgroup">
                                { for rows.into_iter().map(|row| {
                                    let differs = row.differs;
                                    let vb = row.b.unwrap_or_else(|| t.compare_b_incomplete.to_string());
                                    html! {
                                        <tr class={classes!(differs.then_some("sw-diff"))} data-compare-row={row.key}
                                            data-differs={differs.to_string()} role="row">
                                            <th scope="row" role="rowheader">{ row.label }</th>
                                            <td role="cell" data-column="A">{ row.a }</td>
                                            <td role="cell" data-column="B">
                                                if differs {
                                                    <span class="sw-diff__mark" aria-hidden="true">{ "≠ " }</span>
                                                }
                                                { vb }
                                                if differs {
                                                    <span class="sw-visually-hidden">{ format!(" ({})", t.compare_differs) }</span>
                                                }
                                            </td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <p class="sw-compare__actions">
                        if b.is_some() {
                            <button type="button" class="sw-button sw-compare__pin" onclick={pin}>{ t.compare_repin }</button>
                        }
                        <button type="button" class="sw-button sw-compare__stop" onclick={stop}>{ t.compare_stop }</button>
                    </p>
                </>
            }
        }
    };
    html! {
        <section class={classes!("sw-compare", p.a.is_some().then_some("sw-compare--on"))} aria-labelledby="sw-h-compare">
            <h2 id="sw-h-compare">{ t.compare_title }</h2>
            { body }
        </section>
    }
}
