//! The form: the questions about the candidate and the job, each with its label, hint and the
//! message the app model has for it, and the error summary above them after "Bekijk de uitkomst".

use crate::form::field;
use yew::prelude::*;

use super::errors::ErrorSummary;
use super::fields::{Choice, OnSet, Select, TextField};
use super::i18n::Lang;
use crate::app::View;
use crate::form::Form;
use crate::rules::result::for_an_employee;

/// What the form needs from the App.
pub struct Wiring {
    pub on_set: OnSet,
    pub on_leave: Callback<&'static str>,
    pub on_submit: Callback<SubmitEvent>,
    /// The error summary, which gets focus after a submit with problems.
    pub summary_ref: NodeRef,
    /// The prerendered first view: the start date (which depends on today) is left empty.
    pub first_view: bool,
}

pub fn questions(form: &Form, view: &View, lang: Lang, wiring: &Wiring) -> Html {
    let t = lang.texts();
    let Wiring {
        on_set, on_leave, ..
    } = wiring;
    let value = |name: &str| {
        if wiring.first_view && name == field::DATE {
            return AttrValue::default();
        }
        AttrValue::from(form.get(name).to_string())
    };
    // Someone who already works here is "de werknemer" in the questions too.
    let employee = form.get(field::ALREADY_EMPLOYED) == "true";
    let say = |text: &'static str| -> AttrValue {
        if employee {
            AttrValue::from(for_an_employee(text, lang.is_nl()))
        } else {
            AttrValue::Static(text)
        }
    };
    let error = |name: &str| view.error(name).map(|m| AttrValue::from(m.to_string()));
    let yes_no_unknown = vec![("true", t.yes), ("false", t.no), ("unknown", t.dont_know)];
    let text = |name: &'static str,
                label: &'static str,
                hint: &'static str,
                suffix: Option<&'static str>,
                prefix: Option<&'static str>| {
        html! {
            <TextField name={name} label={say(label)} hint={Some(say(hint))} value={value(name)}
                error={error(name)} error_prefix={t.error_prefix} suffix={suffix} prefix={prefix} on_set={on_set.clone()}
                on_leave={on_leave.clone()} />
        }
    };
    let choice = |name: &'static str,
                  legend: &'static str,
                  hint: &'static str,
                  options: Vec<(&'static str, &'static str)>| {
        html! {
            <Choice name={name} legend={say(legend)} hint={Some(say(hint))} options={options} value={value(name)}
                on_set={on_set.clone()} />
        }
    };
    let problems: Vec<(&'static str, AttrValue)> = view
        .problems
        .iter()
        .map(|(name, m)| (*name, AttrValue::from(m.clone())))
        .collect();
    html! {
        <form class="sw-form" novalidate=true onsubmit={wiring.on_submit.clone()}>
            if !problems.is_empty() {
                <ErrorSummary title={t.problems_title} problems={problems} node={wiring.summary_ref.clone()} />
            }
            <section class="sw-group" aria-labelledby="sw-h-candidate">
                <h2 id="sw-h-candidate">{ say(t.candidate) }</h2>
                <Choice name={field::ALREADY_EMPLOYED} legend={t.employed} hint={Some(t.employed_hint)}
                    options={yes_no_unknown.clone()} value={value(field::ALREADY_EMPLOYED)} on_set={on_set.clone()} />
                <Select name={field::BENEFIT} label={say(t.benefit)} hint={Some(say(t.benefit_hint))} placeholder={t.choose}
                    options={t.benefits.to_vec()} value={value(field::BENEFIT)}
                    error={error(field::BENEFIT)} error_prefix={t.error_prefix} on_set={on_set.clone()} />
                if form.visible(field::WAJONG_WORK_CAPACITY) {
                    { choice(field::WAJONG_WORK_CAPACITY, t.wajong_capacity, t.wajong_capacity_hint, yes_no_unknown.clone()) }
                }
                { choice(field::TARGET_GROUP_REGISTER, t.register, t.register_hint, yes_no_unknown.clone()) }
                { choice(field::STRUCTURAL_LIMITATION, t.limitation, t.limitation_hint, yes_no_unknown) }
                { text(field::AGE, t.age, t.age_hint, None, None) }
                { choice(field::WSW, if employee { t.wsw_employee } else { t.wsw }, t.wsw_hint, vec![("true", t.yes), ("false", t.no)]) }
            </section>
            <section class="sw-group" aria-labelledby="sw-h-job">
                <h2 id="sw-h-job">{ t.job }</h2>
                <TextField name={field::DATE} label={t.peildatum}
                    hint={Some(if employee { t.peildatum_hint_employee } else { t.peildatum_hint })} kind="date" inputmode="numeric"
                    value={value(field::DATE)} error={error(field::DATE)}
                    error_prefix={t.error_prefix} on_set={on_set.clone()} on_leave={on_leave.clone()} />
                { text(field::HOURS_PER_WEEK, t.hours, t.hours_hint, Some(t.unit_hours), None) }
                { text(field::HOURLY_WAGE, t.wage,
                    if form.wage_from_month() { t.computed_from_month } else { t.wage_hint }, None, Some("€")) }
                { text(field::MONTHLY_WAGE, t.monthly_wage, t.monthly_wage_hint, None, Some("€")) }
                { text(field::CONTRACT_MONTHS, t.months, t.months_hint, Some(t.unit_months), None) }
            </section>
            <section class="sw-group" aria-labelledby="sw-h-productivity">
                <h2 id="sw-h-productivity">{ t.productivity }</h2>
                { text(field::LOONWAARDE_PCT, t.loonwaarde, t.loonwaarde_hint, Some("%"), None) }
            </section>
            <button type="submit" class="sw-button sw-submit">{ t.submit }</button>
        </form>
    }
}
