//! Two situations side by side: the adviser pins the current answers as A, changes something (the
//! loonwaarde, the hours), and sees A next to B (now), with the rows that differ marked in words as
//! well as by colour.

use yew::prelude::*;

use super::fmt;
use super::i18n::Lang;
use super::report::answers;
use super::results::status_view;
use crate::rules::money::Cents;
use crate::rules::{Evaluation, Scenario};

#[derive(Clone, PartialEq)]
pub struct Situation {
    pub scenario: Scenario,
    pub evaluation: Evaluation,
    pub monthly_wage: Option<String>,
}

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

/// Sum of the yearly costs with the arrangements over the projected years, and the saving.
fn five_years(e: &Evaluation) -> (Cents, Cents) {
    let with: i64 = e.costs.years.iter().map(|y| y.with.0).sum();
    let without: i64 = e.costs.years.iter().map(|y| y.without.0).sum();
    (Cents(with), Cents(without - with))
}

/// The rows: (stable key, label, value) for one situation.
fn rows(s: &Situation, lang: Lang) -> Vec<(String, String, String)> {
    let t = lang.texts();
    let mut out: Vec<(String, String, String)> =
        answers(&s.scenario, lang, s.monthly_wage.as_deref())
            .into_iter()
            .map(|(label, value)| (label.to_string(), label.to_string(), value))
            .collect();
    for (key, d) in s.evaluation.arrangements.iter() {
        let (icon, status) = status_view(d.status, lang);
        out.push((
            key.to_string(),
            t.arrangement(key).to_string(),
            format!("{icon} {status}"),
        ));
    }
    let euro = |c: Cents| fmt::euro(lang, c);
    let (with5, saving5) = five_years(&s.evaluation);
    out.push((
        "costs_year1".into(),
        t.compare_costs_year1.into(),
        euro(s.evaluation.costs.per_year_with),
    ));
    out.push(("costs_5y".into(), t.compare_costs_5y.into(), euro(with5)));
    out.push((
        "saving_5y".into(),
        t.compare_saving_5y.into(),
        euro(saving5),
    ));
    out
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
    let body = match (&p.a, &p.b) {
        (None, Some(_)) => html! {
            <>
                <p class="sw-hint">{ t.compare_hint }</p>
                <button type="button" class="sw-button sw-compare__pin" onclick={pin}>{ t.compare_pin }</button>
            </>
        },
        (None, None) => html! { <p class="sw-hint">{ t.compare_hint }</p> },
        (Some(a), b) => {
            let a_rows = rows(a, lang);
            let b_rows = b.as_ref().map(|b| rows(b, lang)).unwrap_or_default();
            // Every key of A, then those only B has (a question that appears for B's answers).
            let mut keys: Vec<(String, String)> = a_rows
                .iter()
                .map(|(k, l, _)| (k.clone(), l.clone()))
                .collect();
            for (k, l, _) in &b_rows {
                if !keys.iter().any(|(x, _)| x == k) {
                    keys.push((k.clone(), l.clone()));
                }
            }
            let value = |rows: &[(String, String, String)], key: &str| {
                rows.iter()
                    .find(|(k, _, _)| k == key)
                    .map(|(_, _, v)| v.clone())
                    .unwrap_or_else(|| "—".to_string())
            };
            html! {
                <>
                    <div class="sw-scroll" tabindex="0" role="region" aria-label={t.compare_title}>
                        <table class="sw-table sw-compare__table" data-compare="">
                            <caption>{ t.compare_caption }</caption>
                            <thead>
                                <tr>
                                    <td></td>
                                    <th scope="col">{ t.compare_a }</th>
                                    <th scope="col">{ t.compare_b }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for keys.iter().map(|(key, label)| {
                                    let va = value(&a_rows, key);
                                    let vb = if b.is_some() { value(&b_rows, key) } else { t.compare_b_incomplete.to_string() };
                                    let differs = b.is_some() && va != vb;
                                    html! {
                                        <tr class={classes!(differs.then_some("sw-diff"))} data-compare-row={key.clone()}
                                            data-differs={differs.to_string()}>
                                            <th scope="row">{ label.clone() }</th>
                                            <td>{ va }</td>
                                            <td>
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
        <section class="sw-compare" aria-labelledby="sw-h-compare">
            <h2 id="sw-h-compare">{ t.compare_title }</h2>
            { body }
        </section>
    }
}
