//! "Financieel overzicht voor de werkgever": a one-page print of what this person brings an
//! employer, as the Financieel CV job seekers hand over. Only the arrangements that are likely, with
//! their figures, the lower wage costs, and what the employer must do and by when; not the
//! questions, and nothing about the benefit beyond what the arrangements need. Rendered only while
//! it is being printed.

use yew::prelude::*;

use super::fmt;
use super::i18n::Lang;
use crate::app::cards::key_figures;
use crate::app::five_years;
use crate::rules::money::Cents;
use crate::rules::{Date, Evaluation, Status};

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub evaluation: Evaluation,
    pub lang: Lang,
    /// The day it is made (the browser's today).
    pub made_on: Date,
}

#[function_component]
pub fn Sheet(p: &SheetProps) -> Html {
    let lang = p.lang;
    let t = lang.texts();
    let e = &p.evaluation;
    let likely: Vec<_> = e
        .arrangements
        .iter()
        .filter(|(_, d)| d.status == Status::Eligible)
        .collect();
    let maybe: Vec<&str> = e
        .arrangements
        .iter()
        .filter(|(_, d)| d.status == Status::NeedsInfo)
        .map(|(a, _)| t.arrangement(a))
        .collect();
    let costs = &e.costs;
    let year1 = Cents(costs.per_year_without.0 - costs.per_year_with.0);
    let (_, saving_5y) = five_years(e);
    html! {
        <section class="sw-sheet" aria-labelledby="sw-h-sheet">
            <h2 id="sw-h-sheet">{ t.sheet_title }</h2>
            <p>{ t.sheet_intro }</p>
            <p class="sw-sheet__meta">
                { t.sheet_start }{ " " }{ fmt::date(lang, e.date) }{ ". " }
                { t.report_made_on }{ " " }{ fmt::date(lang, p.made_on) }{ "." }
            </p>
            if likely.is_empty() {
                <p>{ t.sheet_none }</p>
            } else {
                <table class="sw-table sw-sheet__table">
                    <thead>
                        <tr><th scope="col">{ t.sheet_arrangement }</th><th scope="col">{ t.sheet_gives }</th></tr>
                    </thead>
                    <tbody>
                        { for likely.iter().map(|(a, d)| {
                            let figures = key_figures(*a, d, lang)
                                .into_iter()
                                .map(|(k, v)| format!("{k}: {v}"))
                                .collect::<Vec<_>>()
                                .join(" · ");
                            html! {
                                <tr data-sheet={a.key()}>
                                    <th scope="row">{ t.arrangement(*a) }</th>
                                    <td>{ if figures.is_empty() { "✓".to_string() } else { figures } }</td>
                                </tr>
                            }
                        }) }
                        if year1.0 > 0 {
                            <tr class="sw-sheet__total">
                                <th scope="row">{ t.sheet_total_year1 }</th>
                                <td>{ fmt::euro(lang, year1) }</td>
                            </tr>
                            <tr class="sw-sheet__total">
                                <th scope="row">{ t.sheet_total_5y }</th>
                                <td>{ fmt::euro(lang, saving_5y) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            }
            if !maybe.is_empty() {
                <p>{ t.sheet_maybe }{ " " }{ maybe.join(", ") }{ "." }</p>
            }
            if !e.next_steps().is_empty() {
                <h3>{ t.sheet_todo }</h3>
                <ul class="sw-sheet__steps">
                    { for e.next_steps().iter().map(|s| html! {
                        <li>
                            <strong>{ t.arrangement(s.arrangement) }{ ": " }</strong>
                            { s.text_on(p.made_on).text(lang.is_nl()) }
                        </li>
                    }) }
                </ul>
            }
            <p class="sw-sheet__disclaimer"><strong>{ t.disclaimer }</strong></p>
            <p class="sw-params">{ t.params_from }{ " " }{ fmt::date(lang, e.parameters_valid_from) }{ "." }</p>
        </section>
    }
}
