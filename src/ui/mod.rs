//! The Yew shell: holds the form, calls the engine on every change, renders. No rule logic here.

pub mod batch;
pub mod chart;
pub mod compare;
pub mod errors;
pub mod fields;
pub mod figures;
pub mod fmt;
pub mod i18n;
pub mod report;
pub mod results;
pub mod saved;
pub mod summary;

use std::rc::Rc;

use yew::prelude::*;

use crate::form::{Form, FIELDS};
use crate::rules::{evaluate, Arrangement, Date, Status};
use batch::BatchPanel;
use chart::{CostsChart, Series};
use compare::{Compare, Situation};
use errors::ErrorSummary;
use fields::{Choice, OnSet, Select, TextField};
use figures::{FigureNotices, Sources, SourcesPrint};
use i18n::Lang;
use report::Report;
use results::{PendingCard, ResultCard};
use saved::Saved;
use summary::{CostsSummary, NextSteps};

/// Today in the browser's local time.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::ymd(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// How long after the last change the URL's share link is updated.
pub const SHARE_LINK_DELAY_MS: u32 = 250;

fn replace_hash(fragment: &str) {
    if let Some(w) = web_sys::window() {
        if let Ok(history) = w.history() {
            let url = format!("#{fragment}");
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct Model {
    pub form: Form,
    /// Parts of the share link that could not be used.
    pub ignored: Vec<String>,
    /// How often the user asked for the outcome ("Bekijk de uitkomst" or Enter). From the first
    /// time on, empty required fields are shown as errors too, with the summary at the top.
    pub submitted: u32,
    /// Fields whose error is on screen. An error appears when the user leaves the field (or asks
    /// for the outcome), not halfway through typing ("nin…" for "negentien"); once on screen it
    /// follows every keystroke and goes as soon as the input is right.
    pub shown: Vec<&'static str>,
    pub today: Date,
    /// The situation pinned as A for the comparison.
    pub pinned: Option<Form>,
}

/// A share link's or saved scenario's answers were typed earlier: their errors show at once.
fn errors_on_screen(form: &Form, today: Date) -> Vec<&'static str> {
    form.check(today)
        .errors
        .iter()
        .filter_map(|e| FIELDS.iter().find(|f| **f == e.field).copied())
        .collect()
}

impl Model {
    fn has_error(&self, name: &str) -> bool {
        self.form.check(self.today).error(name).is_some()
    }
}

pub enum Action {
    Set(&'static str, String),
    /// Replace every answer with a saved scenario's (a share-link fragment).
    Load(String),
    /// Pin the current answers as situation A; `Unpin` stops comparing.
    Pin,
    Unpin,
    Leave(&'static str),
    Submit,
}

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(name, value) => {
                next.form.set(name, value);
                if !next.has_error(name) {
                    next.shown.retain(|f| *f != name);
                }
            }
            Action::Leave(name) => {
                if next.shown.contains(&name) || !next.has_error(name) {
                    return self;
                }
                next.shown.push(name);
            }
            Action::Submit => next.submitted += 1,
            Action::Pin => next.pinned = Some(next.form.clone()),
            Action::Unpin => next.pinned = None,
            Action::Load(fragment) => {
                let mut form = Form::new(self.today);
                next.ignored = form.apply_fragment(&fragment);
                next.form = form;
                next.submitted = 0;
                next.shown = errors_on_screen(&next.form, next.today);
            }
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Peildatum for a new form; `None`: today.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Do not read or write the share link in the page URL (embedding, tests).
    #[prop_or_default]
    pub no_url: bool,
    /// Inside a host page: leave the page's `lang` and title alone (the app's own element gets `lang`).
    #[prop_or_default]
    pub embedded: bool,
    /// The language to start in; `None`: Dutch.
    #[prop_or_default]
    pub lang: Option<Lang>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let today = props.today.unwrap_or_else(today);
    let use_url = !props.no_url;
    let model = use_reducer(move || {
        let mut form = Form::new(today);
        let hash = if use_url {
            location_hash()
        } else {
            String::new()
        };
        let ignored = form.apply_fragment(&hash);
        let shown = errors_on_screen(&form, today);
        Model {
            form,
            ignored,
            submitted: 0,
            shown,
            today,
            pinned: None,
        }
    });
    let lang = use_state(|| props.lang.unwrap_or(Lang::Nl));
    let embedded = props.embedded;
    {
        // The share link follows the answers after a pause in typing: `history.replaceState` costs
        // several milliseconds (and browsers throttle it), too much for every keystroke.
        let fragment = model.form.to_fragment();
        use_effect_with(fragment, move |f| {
            let f = f.clone();
            let pending = use_url.then(|| {
                gloo::timers::callback::Timeout::new(SHARE_LINK_DELAY_MS, move || replace_hash(&f))
            });
            move || drop(pending)
        });
    }
    {
        use_effect_with(*lang, move |lang| {
            if embedded {
                return;
            }
            let doc = gloo::utils::document();
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(lang.texts().page_title);
        });
    }
    // Callbacks made once (the dispatcher never changes), so a keystroke re-renders only the
    // components whose data changed, not every field.
    let dispatcher = model.dispatcher();
    let on_leave = use_callback(dispatcher.clone(), |name: &'static str, d| {
        d.dispatch(Action::Leave(name))
    });
    let on_set: OnSet = use_callback(
        dispatcher.clone(),
        |(name, value): (&'static str, String), d| d.dispatch(Action::Set(name, value)),
    );
    let on_pin = use_callback(dispatcher.clone(), |_: (), d| d.dispatch(Action::Pin));
    let on_stop = use_callback(dispatcher.clone(), |_: (), d| d.dispatch(Action::Unpin));
    let on_open = use_callback(dispatcher.clone(), |fragment: String, d| {
        d.dispatch(Action::Load(fragment))
    });
    // The gespreksverslag is only rendered while printing (beforeprint / print media): it is never
    // on screen, and building it on every keystroke would slow the answer down.
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let set = |value: bool| {
                let printing = printing.clone();
                move |_: &web_sys::Event| printing.set(value)
            };
            let mut listeners = vec![
                gloo::events::EventListener::new(&window, "beforeprint", set(true)),
                gloo::events::EventListener::new(&window, "afterprint", set(false)),
            ];
            if let Ok(Some(query)) = window.match_media("print") {
                let printing = printing.clone();
                let q = query.clone();
                listeners.push(gloo::events::EventListener::new(
                    &query,
                    "change",
                    move |_| printing.set(q.matches()),
                ));
            }
            move || drop(listeners)
        });
    }
    let toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| {
            lang.set(if *lang == Lang::Nl {
                Lang::En
            } else {
                Lang::Nl
            })
        })
    };
    let l = *lang;
    let t = l.texts();
    let form = &model.form;
    let checked = form.check(today);
    let situation = |form: &Form, checked: &crate::form::Checked| {
        let scenario = checked.scenario.clone()?;
        Some(Situation {
            evaluation: evaluate(&scenario),
            scenario,
            monthly_wage: form
                .wage_from_month()
                .then(|| form.get("job.monthly_wage").trim().to_string()),
        })
    };
    let now = situation(&model.form, &checked);
    let evaluation = now.as_ref().map(|n| n.evaluation.clone());
    // Situation A changes only when pinned again: evaluate it then, not on every keystroke.
    let pinned = (*use_memo(model.pinned.clone(), move |pinned| {
        pinned.as_ref().and_then(|f| situation(f, &f.check(today)))
    }))
    .clone();
    let chart_series = now.as_ref().map(|b| {
        let values = |s: &Situation, with: bool| -> Vec<crate::rules::money::Cents> {
            s.evaluation
                .costs
                .years
                .iter()
                .map(|y| if with { y.with } else { y.without })
                .collect()
        };
        let mut series = vec![
            Series {
                label: t.chart_without.to_string(),
                class: "sw-bar--without",
                values: values(b, false),
            },
            Series {
                label: t.chart_with.to_string(),
                class: "sw-bar--with",
                values: values(b, true),
            },
        ];
        if let Some(a) = &pinned {
            series.push(Series {
                label: t.chart_with_a.to_string(),
                class: "sw-bar--compare",
                values: values(a, true),
            });
        }
        series
    });
    // The figures listed under "Bedragen en bronnen": those of the peildatum, also while the form
    // is incomplete (then of the date typed, or today).
    let figures_date = evaluation
        .as_ref()
        .map(|e| e.date)
        .or_else(|| Date::parse(form.get("date").trim()))
        .unwrap_or(today);
    let submitted = model.submitted > 0;
    let error = |name: &str| -> Option<AttrValue> {
        let shown = submitted || model.shown.contains(&name);
        match checked.error(name).filter(|_| shown) {
            Some(e) => Some(AttrValue::from(if l.is_nl() {
                e.message_nl.clone()
            } else {
                e.message.clone()
            })),
            None if submitted && checked.missing.contains(&name) => {
                Some(AttrValue::from(t.missing_message(name)))
            }
            None => None,
        }
    };
    // In the summary each message starts with its field's name (the benefit's message names itself).
    let problems: Vec<(&'static str, AttrValue)> = FIELDS
        .iter()
        .filter(|name| form.visible(name))
        .filter_map(|name| {
            error(name).map(|m| match *name {
                "employee.benefit" => (*name, m),
                _ => (
                    *name,
                    AttrValue::from(format!("{}: {m}", t.short_label(name))),
                ),
            })
        })
        .collect();
    let summary_ref = use_node_ref();
    let results_ref = use_node_ref();
    {
        // After "Bekijk de uitkomst": to the error summary when something is wrong, else to the outcome.
        let has_problems = !problems.is_empty();
        let (summary_ref, results_ref) = (summary_ref.clone(), results_ref.clone());
        use_effect_with(model.submitted, move |count| {
            if *count > 0 {
                let target = if has_problems {
                    summary_ref
                } else {
                    results_ref
                };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_submit = {
        let model = model.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            model.dispatch(Action::Submit);
        })
    };
    let yes_no_unknown = vec![("true", t.yes), ("false", t.no), ("unknown", t.dont_know)];
    let text = |name: &'static str,
                label: &'static str,
                hint: &'static str,
                suffix: Option<&'static str>,
                prefix: Option<&'static str>| {
        html! {
            <TextField name={name} label={label} hint={Some(hint)} value={AttrValue::from(form.get(name).to_string())}
                error={error(name)} error_prefix={t.error_prefix} suffix={suffix} prefix={prefix} on_set={on_set.clone()}
                on_leave={on_leave.clone()} />
        }
    };
    let summary = match &evaluation {
        Some(e) => {
            let count = |s: Status| e.arrangements.iter().filter(|(_, d)| d.status == s).count();
            // The card's own status words with a count each: no plural forms to get wrong.
            [
                (t.status_eligible, Status::Eligible),
                (t.status_not_eligible, Status::NotEligible),
                (t.status_needs_info, Status::NeedsInfo),
            ]
            .iter()
            .map(|(label, s)| format!("{label}: {}.", count(*s)))
            .collect::<Vec<_>>()
            .join(" ")
        }
        None if !checked.errors.is_empty() => t.fix_errors.to_string(),
        None => format!(
            "{} {}.",
            t.fill_in_first,
            checked
                .missing
                .iter()
                .map(|m| t.field_label(m))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    };

    html! {
        <div class="sw-app" lang={l.code()}>
            <header class="sw-header">
                <h1 class="sw-title">{ t.title }</h1>
                <button type="button" class="sw-button sw-lang" lang={if l.is_nl() { "en" } else { "nl" }}
                    aria-label={t.switch_lang_label} onclick={toggle_lang}>{ t.switch_to }</button>
            </header>
            <p class="sw-tagline">{ t.tagline }</p>
            <p class="sw-checked" data-checked={crate::rules::params::CHECKED.to_string()}>{ t.checked(crate::rules::params::CHECKED) }</p>
            <p class="sw-disclaimer"><strong>{ t.disclaimer }</strong></p>
            if model.ignored == ["version"] {
                <p class="sw-notice" role="status">{ t.link_version }</p>
            } else if !model.ignored.is_empty() {
                <p class="sw-notice" role="status">
                    { t.link_ignored }{ " " }{ model.ignored.iter().take(5).cloned().collect::<Vec<_>>().join(", ") }
                    { if model.ignored.len() > 5 { " …" } else { "" } }
                </p>
            }
            <div class="sw-layout">
                <form class="sw-form" novalidate=true onsubmit={on_submit}>
                    if submitted && !problems.is_empty() {
                        <ErrorSummary title={t.problems_title} problems={problems.clone()} node={summary_ref} />
                    }
                    <section class="sw-group" aria-labelledby="sw-h-candidate">
                        <h2 id="sw-h-candidate">{ t.candidate }</h2>
                        <Select name="employee.benefit" label={t.benefit} hint={Some(t.benefit_hint)} placeholder={t.choose}
                            options={t.benefits.to_vec()} value={AttrValue::from(form.get("employee.benefit").to_string())}
                            error={error("employee.benefit")} error_prefix={t.error_prefix} on_set={on_set.clone()} />
                        if form.visible("employee.wajong_work_capacity") {
                            <Choice name="employee.wajong_work_capacity" legend={t.wajong_capacity} hint={Some(t.wajong_capacity_hint)}
                                options={yes_no_unknown.clone()} value={AttrValue::from(form.get("employee.wajong_work_capacity").to_string())}
                                on_set={on_set.clone()} />
                        }
                        <Choice name="employee.target_group_register" legend={t.register} hint={Some(t.register_hint)}
                            options={yes_no_unknown.clone()} value={AttrValue::from(form.get("employee.target_group_register").to_string())}
                            on_set={on_set.clone()} />
                        <Choice name="employee.structural_limitation" legend={t.limitation} hint={Some(t.limitation_hint)}
                            options={yes_no_unknown.clone()} value={AttrValue::from(form.get("employee.structural_limitation").to_string())}
                            on_set={on_set.clone()} />
                        { text("employee.age", t.age, t.age_hint, None, None) }
                        <Choice name="employee.wsw" legend={t.wsw} hint={Some(t.wsw_hint)}
                            options={vec![("true", t.yes), ("false", t.no)]} value={AttrValue::from(form.get("employee.wsw").to_string())}
                            on_set={on_set.clone()} />
                    </section>
                    <section class="sw-group" aria-labelledby="sw-h-job">
                        <h2 id="sw-h-job">{ t.job }</h2>
                        <TextField name="date" label={t.peildatum} hint={Some(t.peildatum_hint)} kind="date" inputmode="numeric"
                            value={AttrValue::from(form.get("date").to_string())} error={error("date")}
                            error_prefix={t.error_prefix} on_set={on_set.clone()} on_leave={on_leave.clone()} />
                        { text("job.hours_per_week", t.hours, t.hours_hint, Some(t.unit_hours), None) }
                        { text("job.hourly_wage", t.wage,
                            if form.wage_from_month() { t.computed_from_month } else { t.wage_hint }, None, Some("€")) }
                        { text("job.monthly_wage", t.monthly_wage, t.monthly_wage_hint, None, Some("€")) }
                        { text("job.contract_months", t.months, t.months_hint, Some(t.unit_months), None) }
                    </section>
                    <section class="sw-group" aria-labelledby="sw-h-productivity">
                        <h2 id="sw-h-productivity">{ t.productivity }</h2>
                        { text("employee.loonwaarde_pct", t.loonwaarde, t.loonwaarde_hint, Some("%"), None) }
                    </section>
                    <button type="submit" class="sw-button sw-submit">{ t.submit }</button>
                </form>
                <section class="sw-results" aria-labelledby="sw-h-results">
                    <h2 id="sw-h-results" tabindex="-1" ref={results_ref}>{ t.results }</h2>
                    <p class="sw-summary" role="status" aria-live="polite">{ summary.clone() }</p>
                    if let Some(e) = &evaluation {
                        { for e.notices.iter().filter(|n| n.param().is_none()).map(|n| html! {
                            <p class="sw-notice">{ n.text(l.is_nl()) }</p>
                        }) }
                        <FigureNotices notices={e.notices.clone()} lang={l} />
                    }
                    <div class="sw-cards">
                        { match &evaluation {
                            Some(e) => html! { <>{ for e.arrangements.iter().map(|(k, d)| html! {
                                <ResultCard key={k.key()} arrangement={k} decision={d.clone()} lang={l} />
                            }) }</> },
                            None => html! { <>{ for Arrangement::ALWAYS.iter().map(|a| html! {
                                <PendingCard key={a.key()} arrangement={*a} lang={l} message={AttrValue::from(summary.clone())} />
                            }) }</> },
                        } }
                    </div>
                    if let (Some(e), Some(s), true) = (&evaluation, &checked.scenario, *printing) {
                        <Report scenario={s.clone()} evaluation={e.clone()} lang={l} made_on={today}
                            monthly_wage={form.wage_from_month().then(|| AttrValue::from(form.get("job.monthly_wage").trim().to_string()))} />
                    }
                    if let Some(e) = &evaluation {
                        <CostsSummary costs={e.costs.clone()} lang={l} />
                        if let Some(series) = chart_series.clone() {
                            <section class="sw-years" aria-labelledby="sw-h-years">
                                <h2 id="sw-h-years">{ t.chart_heading }</h2>
                                <CostsChart lang={l} series={series} />
                                <p class="sw-params">{ t.chart_note }</p>
                            </section>
                        }
                        <NextSteps steps={e.next_steps.clone()} lang={l} />
                        <p class="sw-params">{ t.params_from }{ " " }{ if l.is_nl() { e.parameters_valid_from.nl() } else { e.parameters_valid_from.en() } }{ "." }</p>
                        if *printing {
                            <SourcesPrint date={e.date} lang={l} />
                        }
                        <button type="button" class="sw-button sw-print" onclick={Callback::from(|_: MouseEvent| {
                            if let Some(w) = web_sys::window() {
                                let _ = w.print();
                            }
                        })}>{ t.print }</button>
                    }
                    <Sources date={figures_date} lang={l} />
                    <Compare lang={l} a={pinned.clone()} b={now.clone()}
                        on_pin={on_pin} on_stop={on_stop} />
                    <BatchPanel lang={l} today={today} />
                    <Saved lang={l} fragment={AttrValue::from(model.form.to_fragment())} on_open={on_open} />
                </section>
            </div>
        </div>
    }
}

/// Mounts the standalone app into `<main id="steunwijzer">` (index.html). On a host page that loaded
/// the wasm for `<steunwijzer-check>` there is no such element, and nothing happens here.
pub fn start() {
    if let Ok(Some(el)) = gloo::utils::document().query_selector("main#steunwijzer") {
        yew::Renderer::<App>::with_root(el).render();
    }
}
