//! Result cards: one per arrangement, with the stable hooks `data-result` and `data-status`.
//! Everything shown comes from the engine's [`Decision`]; this file only lays it out.

use yew::prelude::*;

use super::fmt;
use super::i18n::Lang;
use crate::rules::law::Basis;
use crate::rules::result::{Amount, AmountKey, Cover, Provider};
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

pub(crate) fn status_view(status: Status, lang: Lang) -> (&'static str, &'static str) {
    let t = lang.texts();
    match status {
        Status::Eligible => ("✓", t.status_eligible),
        Status::NotEligible => ("✗", t.status_not_eligible),
        Status::NeedsInfo => ("?", t.status_needs_info),
    }
}

/// The key figures of a decision as (label, value) pairs.
pub(crate) fn key_figures(a: Arrangement, d: &Decision, lang: Lang) -> Vec<(String, String)> {
    let t = lang.texts();
    let euro = |k: AmountKey| d.amounts.euro(k).map(|c| fmt::euro(lang, c));
    let mut out = Vec::new();
    match a {
        Arrangement::Loondispensatie => {
            if let Some(w) = euro(AmountKey::EmployerHourlyWage) {
                out.push((t.employer_wage.to_string(), format!("{w} {}", t.per_hour)));
            }
            if let (Some(m), Some(y)) = (
                euro(AmountKey::SavingPerMonth),
                euro(AmountKey::SavingPerYear),
            ) {
                out.push((
                    t.saving.to_string(),
                    format!("{m} {} · {y} {}", t.per_month, t.per_year),
                ));
            }
            if let (Some(lo), Some(hi)) = (
                euro(AmountKey::SavingPerYearLow),
                euro(AmountKey::SavingPerYearHigh),
            ) {
                out.push((t.band.to_string(), format!("{lo} – {hi} {}", t.per_year)));
            }
        }
        Arrangement::NoRiskpolis => match d.duration_years {
            Some(Cover::WhileEmployed) => {
                out.push((t.cover.to_string(), t.while_employed.to_string()))
            }
            Some(Cover::Years(y)) => out.push((t.cover.to_string(), format!("{y} {}", t.years))),
            None => {}
        },
        Arrangement::Jobcoach => {
            match d.provider {
                Some(Provider::Uwv) => out.push((t.provider.to_string(), "UWV".to_string())),
                Some(Provider::Gemeente) => out.push((
                    t.provider.to_string(),
                    if lang.is_nl() {
                        "de gemeente"
                    } else {
                        "the municipality"
                    }
                    .to_string(),
                )),
                None => {}
            }
            if let Some(Amount::Hours(h)) = d.amounts.get(AmountKey::CoachingHoursYear1) {
                out.push((
                    t.coaching_hours.to_string(),
                    format!("{} {}", fmt::hours(lang, h), t.unit_hours),
                ));
            }
        }
        Arrangement::Lkv | Arrangement::Liv => {
            if let Some(y) = euro(AmountKey::PerYear) {
                out.push((t.lkv_amount.to_string(), format!("{y} {}", t.per_year)));
            }
            if a == Arrangement::Lkv && d.status == Status::Eligible {
                let period = match d.amounts.get(AmountKey::Years) {
                    Some(Amount::Count(n)) => format!("{n} {}", t.years),
                    _ => t.while_employed.to_string(),
                };
                out.push((t.lkv_period.to_string(), period));
            }
        }
        Arrangement::Loonkostensubsidie => {
            if let Some(m) = euro(AmountKey::PerMonth) {
                out.push((t.lks_amount.to_string(), format!("{m} {}", t.per_month)));
            }
        }
        Arrangement::Proefplaatsing => {}
    }
    out
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
            <h3 class="sw-card__title" id={heading_id}>{ t.arrangement(p.arrangement) }</h3>
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
                            { r.text.text(lang.is_nl()) }
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
            <h3 class="sw-card__title" id={heading_id}>{ t.arrangement(p.arrangement) }</h3>
            <p class="sw-status"><span class="sw-status__icon" aria-hidden="true">{ "?" }</span>{ t.status_needs_info }</p>
            <p class="sw-pending">{ p.message.clone() }</p>
        </section>
    }
}
