//! Below the cards: what the arrangements that apply mean for the wage costs, and the next steps
//! with their deadlines. Both come from the engine ([`WageCosts`], [`Step`]); this file lays them out.

use yew::prelude::*;

use super::fmt;
use super::i18n::Lang;
use super::results::law_link;
use crate::rules::costs::WageCosts;
use crate::rules::result::Steps;

#[derive(Properties, PartialEq)]
pub struct CostsProps {
    pub costs: WageCosts,
    pub lang: Lang,
}

#[function_component]
pub fn CostsSummary(p: &CostsProps) -> Html {
    let (l, c) = (p.lang, &p.costs);
    let t = l.texts();
    let euro = |x| fmt::euro(l, x);
    html! {
        <section class="sw-costs" aria-labelledby="sw-h-costs" data-costs="">
            <h3 id="sw-h-costs">{ t.costs_title }</h3>
            <table class="sw-table">
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{ t.column_month }</th>
                        <th scope="col">{ t.column_year }</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{ t.costs_without }</th>
                        <td>{ euro(c.per_month_without) }</td>
                        <td>{ euro(c.per_year_without) }</td>
                    </tr>
                    { for c.reductions.iter().map(|r| html! {
                        <tr class="sw-table__reduction" data-reduction={r.arrangement.key()}>
                            <th scope="row">{ "− " }{ t.arrangement(r.arrangement) }</th>
                            <td>{ "−\u{a0}" }{ euro(r.per_month) }</td>
                            <td>{ "−\u{a0}" }{ euro(r.per_year) }</td>
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr data-costs-with="">
                        <th scope="row">{ t.costs_with }</th>
                        <td>{ euro(c.per_month_with) }</td>
                        <td>{ euro(c.per_year_with) }</td>
                    </tr>
                </tfoot>
            </table>
            if !c.maybe.is_empty() {
                <p>{ t.costs_maybe }{ " " }{ c.maybe.iter().map(|a| t.arrangement(*a)).collect::<Vec<_>>().join(", ") }{ "." }</p>
            }
            <p class="sw-params">{ t.costs_note }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepsProps {
    pub steps: Steps,
    pub lang: Lang,
    /// A step whose last day is before today says what can still be done instead.
    pub today: crate::rules::Date,
}

#[function_component]
pub fn NextSteps(p: &StepsProps) -> Html {
    let l = p.lang;
    let t = l.texts();
    if p.steps.is_empty() {
        return html! {};
    }
    html! {
        <section class="sw-steps" aria-labelledby="sw-h-steps">
            <h3 id="sw-h-steps">{ t.steps_title }</h3>
            <ol>
                { for p.steps.iter().map(|s| html! {
                    <li data-step={s.arrangement.key()} data-step-late={s.too_late(p.today).to_string()}>
                        <strong>{ t.arrangement(s.arrangement) }{ ": " }</strong>
                        { s.text_on(p.today).text(l.is_nl()) }
                        { " " }
                        { law_link(s.basis, l) }
                    </li>
                }) }
            </ol>
        </section>
    }
}
