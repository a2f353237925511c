//! The figures behind an outcome: the calm block of figures that may be out of date (one
//! collapsible block, not an alarm per card), and "Bedragen en bronnen", every figure in force on
//! the peildatum with its value, date, status and source.

use yew::prelude::*;

use super::i18n::Lang;
use crate::rules::params::{self, Figure, FigureStatus};
use crate::rules::result::{Notice, Notices};
use crate::rules::Date;

/// "vastgesteld" / "aangekondigd, nog niet vastgesteld" / "nog geen nieuw bedrag bekend".
pub fn status_label(status: FigureStatus, lang: Lang) -> &'static str {
    let t = lang.texts();
    match status {
        FigureStatus::Confirmed => t.figure_confirmed,
        FigureStatus::Announced => t.figure_announced,
        FigureStatus::CarriedForward => t.figure_carried_forward,
    }
}

#[derive(Properties, PartialEq)]
pub struct FigureNoticesProps {
    /// The result's notices; those about a figure are shown here.
    pub notices: Notices,
    pub lang: Lang,
}

/// "3 bedragen zijn mogelijk niet actueel", closed until opened; nothing when every figure in use
/// is current.
#[function_component]
pub fn FigureNotices(p: &FigureNoticesProps) -> Html {
    let t = p.lang.texts();
    let nl = p.lang.is_nl();
    let figures: Vec<&Notice> = p.notices.iter().filter(|n| n.param().is_some()).collect();
    if figures.is_empty() {
        return html! {};
    }
    html! {
        <details class="sw-uncertain" data-uncertain={figures.len().to_string()}>
            <summary>{ t.uncertain_summary(figures.len()) }</summary>
            <p class="sw-uncertain__intro">{ t.uncertain_intro }</p>
            <ul class="sw-uncertain__list">
                { for figures.iter().map(|n| html! {
                    <li data-param={n.param().unwrap_or_default()}>{ n.text(nl) }</li>
                }) }
            </ul>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// The peildatum: the figures in force on it. `None` in the prerendered first view, which is
    /// the same on every day: the figures come live.
    pub date: Option<Date>,
    pub lang: Lang,
}

fn value(f: &Figure, date: Date, lang: Lang) -> String {
    f.value_text(date, lang.is_nl())
}

/// One value, or a list of the parts with their values.
fn value_view(f: &Figure, date: Date, lang: Lang) -> Html {
    if f.parts.len() == 1 {
        return html! { <span class="sw-sources__value">{ value(f, date, lang) }</span> };
    }
    html! {
        <ul class="sw-sources__parts">
            { for f.parts_text(date, lang.is_nl()).into_iter().map(|(name, v)| html! {
                <li>{ name }{ ": " }<span class="sw-sources__value">{ v }</span></li>
            }) }
        </ul>
    }
}

/// Every figure in force on `date`: name, value (or its parts), valid from, status, source.
fn list(date: Date, lang: Lang) -> Html {
    let t = lang.texts();
    let nl = lang.is_nl();
    html! {
        <ul class="sw-sources__list">
            { for params::FIGURES.iter().map(|f| {
                let v = f.at(date);
                let status = f.status_on(date);
                html! {
                    <li data-figure={f.key} data-status={status.code()}>
                        <span class="sw-sources__name">{ if nl { f.nl } else { f.en } }</span>
                        { value_view(f, date, lang) }
                        <span class="sw-sources__meta">
                            { t.valid_from }{ " " }{ v.value_from.text(nl) }{ " · " }
                            <span class={classes!("sw-sources__status", (status != FigureStatus::Confirmed).then_some("sw-sources__status--uncertain"))}>
                                { status_label(status, lang) }
                            </span>
                            { " · " }
                            <a href={v.source} target="_blank" rel="noopener noreferrer">
                                { t.source }<span class="sw-visually-hidden"><span class="sw-law" lang="nl">{ format!(": {}", v.reference) }</span>{ t.opens_new_window }</span>
                            </a>
                        </span>
                        <span class="sw-sources__ref sw-law" lang="nl">{ v.reference }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// "Bedragen en bronnen": every figure in force on the peildatum, and when they were checked. The
/// list is built when it is opened, not with the first view.
#[function_component]
pub fn Sources(p: &SourcesProps) -> Html {
    let lang = p.lang;
    let t = lang.texts();
    let date = p.date;
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                open.set(d.open());
            }
        })
    };
    html! {
        <section class="sw-sources" aria-labelledby="sw-h-sources" data-sources="">
            <h2 id="sw-h-sources">{ t.sources_title }</h2>
            <p class="sw-params">{ t.sources_intro(date, params::CHECKED) }</p>
            <details class="sw-sources__details" {ontoggle}>
                <summary>{ t.sources_show(params::FIGURES.len()) }</summary>
                if let (true, Some(date)) = (*open, date) {
                    { list(date, lang) }
                }
            </details>
        </section>
    }
}

/// The same list for paper, compact, after the costs and next steps (an appendix that may take a
/// page of its own): every figure with its value, date, status and source written out (links do
/// not work there). Rendered only while printing, like the report.
#[function_component]
pub fn SourcesPrint(p: &SourcesProps) -> Html {
    let lang = p.lang;
    let t = lang.texts();
    let nl = lang.is_nl();
    let Some(date) = p.date else {
        return Html::default();
    };
    html! {
        <section class="sw-report sw-report__sources" aria-labelledby="sw-h-sources-print">
            <h2 id="sw-h-sources-print">{ t.sources_title }</h2>
            <p>{ t.sources_intro(Some(date), params::CHECKED) }</p>
            <ul>
                { for params::FIGURES.iter().map(|f| {
                    let v = f.at(date);
                    html! {
                        <li data-figure={f.key}>
                            <strong>{ if nl { f.nl } else { f.en } }</strong>{ ": " }{ value(f, date, lang) }
                            { format!(" ({} {}; {}) ", t.valid_from, v.value_from.text(nl), status_label(f.status_on(date), lang)) }
                            <span class="sw-report__law">{ v.source }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
