//! The gespreksverslag: a summary for paper (or PDF) that an adviser hands over. Hidden on screen,
//! shown by the print stylesheet instead of the form and the cards: the answers, every decision with
//! all its reasons and their legal references (by name: "Wajong art. 2:20 lid 1"), and the date,
//! parameter set and app version. The costs table, the next steps and the disclaimer
//! print from the page itself.

use yew::prelude::*;

use super::fmt;
use super::i18n::Lang;
use crate::app::answers;
use crate::app::cards::{key_figures, status_view};
use crate::rules::{Date, Evaluation, Scenario};

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub scenario: Scenario,
    pub evaluation: Evaluation,
    pub lang: Lang,
    /// The day the report is made (the browser's today).
    pub made_on: Date,
    /// The wage was typed per month: show that amount too.
    pub monthly_wage: Option<AttrValue>,
}

#[function_component]
pub fn Report(p: &ReportProps) -> Html {
    let lang = p.lang;
    let t = lang.texts();
    let s = &p.scenario;
    let e = &p.evaluation;
    let answers = answers(s, lang, p.monthly_wage.as_deref());
    let uncertain: Vec<_> = e.notices.iter().filter(|n| n.param().is_some()).collect();
    html! {
        <section class="sw-report" aria-labelledby="sw-h-report">
            <h2 id="sw-h-report">{ t.report_title }</h2>
            <p class="sw-report__meta">
                { format!("{} {}. {} {}. {} {}. {} {}.",
                    t.report_made_on, fmt::date(lang, p.made_on),
                    t.peildatum, fmt::date(lang, e.date),
                    t.params_from, fmt::date(lang, e.parameters_valid_from),
                    t.report_version, env!("CARGO_PKG_VERSION")) }
            </p>
            <h3>{ t.report_answers }</h3>
            <dl class="sw-report__answers">
                { for answers.into_iter().map(|(k, v)| html! { <div><dt>{ k }</dt><dd>{ v }</dd></div> }) }
            </dl>
            if !uncertain.is_empty() {
                <div class="sw-report__uncertain">
                    <h3>{ t.uncertain_summary(uncertain.len()) }</h3>
                    <ul>
                        { for uncertain.iter().map(|n| html! { <li>{ n.text(lang.is_nl()) }</li> }) }
                    </ul>
                </div>
            }
            <h3>{ t.report_outcome }</h3>
            { for e.arrangements.iter().map(|(key, d)| {
                let (icon, status) = status_view(d.status, lang);
                html! {
                    <div class="sw-report__item" data-report={key.key()}>
                        <h4>{ t.arrangement(key) }{ ": " }<span class="sw-report__status">{ icon }{ " " }{ status }</span></h4>
                        if d.status != crate::rules::Status::NotEligible {
                            <p class="sw-report__figures">
                                { key_figures(key, d, lang).into_iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(" · ") }
                            </p>
                        }
                        <ul>
                            // Reasons in a row with the same basis name it once, after the last of
                            // them: on paper the same article three times over costs lines.
                            { for d.reasons.iter().enumerate().map(|(i, r)| {
                                let same_next = d.reasons.get(i + 1).is_some_and(|n| n.basis == r.basis);
                                html! {
                                    <li>
                                        { r.text(lang.is_nl()) }
                                        if !same_next {
                                            <span class="sw-report__law">{ format!(" [{}]", r.basis.label()) }</span>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
        </section>
    }
}
