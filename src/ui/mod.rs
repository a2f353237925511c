//! The Yew shell: keeps the app model ([`crate::app`]) in a reducer, wires the browser's events and
//! effects to it, and renders what it derives. No rule logic and no view logic here.

pub mod batch;
pub mod chart;
pub mod compare;
pub mod errors;
pub mod fields;
pub mod figures;
pub mod hooks;
pub mod outcome;
pub mod questions;
pub mod report;
pub mod results;
pub mod saved;
pub mod share;
pub mod sheet;
pub mod summary;

pub use crate::app::{fmt, i18n};

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{chart_series, link_language, with_language, Action, Card, Model};
use crate::rules::params::CHECKED;
use crate::rules::Date;
use batch::BatchPanel;
use chart::CostsChart;
use compare::Compare;
use fields::OnSet;
use figures::{FigureNotices, Sources, SourcesPrint};
use hooks::{
    use_focus_after_submit, use_hash_change, use_live, use_media, use_page_language,
    use_print_choice, use_printing, use_share_link, PrintKind,
};
use i18n::Lang;
use outcome::Outcome;
use questions::{questions, Wiring};
use report::Report;
use results::{PendingCard, ResultCard};
use saved::Saved;
use share::CopyLink;
use sheet::Sheet;
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

/// The notice of a page whose calculation cannot run, in Dutch with the English after it.
fn needs_wasm() -> Html {
    html! {
        <>
            { i18n::NL.needs_wasm }{ " " }
            <span lang="en">{ i18n::EN.needs_wasm }</span>
        </>
    }
}

/// The model in a Yew reducer: an action that changes nothing renders nothing.
struct State(Model);

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.update(action) {
            Some(next) => Rc::new(State(next)),
            None => self,
        }
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Today; `None`: the browser's.
    #[prop_or_default]
    pub today: Option<Date>,
    /// The start date (peildatum) of a new form; `None`: the first day of next month.
    #[prop_or_default]
    pub start: Option<Date>,
    /// Do not read or write the share link in the page URL (embedding, tests).
    #[prop_or_default]
    pub no_url: bool,
    /// Inside a host page: leave the page's `lang` and title alone (the app's own element gets `lang`).
    #[prop_or_default]
    pub embedded: bool,
    /// The language to start in; `None`: Dutch.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Rendered at build time (src/bin/prerender.rs) as the page's first view: only what is the
    /// same for every visitor on every day; the live app fills in the rest.
    #[prop_or_default]
    pub prerender: bool,
    /// What was typed in the prerendered first view before the app took over (see [`start`]).
    /// Shared, not copied: the App reads it on its first render only, but a hook's argument is
    /// built on every render.
    #[prop_or_default]
    pub before: Rc<hooks::Before>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let today = props.today.unwrap_or_else(today);
    let use_url = !props.no_url;
    // A share link carries the answers and, for English, the language (`&lang=en`).
    let link = move || {
        if use_url {
            link_language(&hooks::location_hash())
        } else {
            (String::new(), None)
        }
    };
    let start = props
        .start
        .unwrap_or_else(|| crate::app::default_start(today));
    let before = props.before.clone();
    let state = use_reducer(move || {
        let focused = before.focus.as_ref().map(|f| f.name.as_str());
        State(Model::starting(today, start, &link().0).with_typed(&before.typed, focused))
    });
    let model = &state.0;
    let lang = use_state(|| props.lang.or(link().1).unwrap_or(Lang::Nl));
    use_share_link(with_language(model.share_fragment(), *lang), use_url);
    use_page_language(*lang, props.embedded);
    let printing = use_printing();
    let narrow = use_media("(max-width: 40em)");
    let (print_kind, print) = use_print_choice();
    // Callbacks made once (the dispatcher never changes), so a keystroke re-renders only the
    // components whose data changed, not every field.
    let dispatcher = state.dispatcher();
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
    // A link pasted into this tab: its answers and language, as when it is opened (the same notices).
    let on_follow = {
        let lang = lang.clone();
        use_callback(dispatcher.clone(), move |fragment: String, d| {
            let (answers, link_lang) = link_language(&fragment);
            d.dispatch(Action::Follow(answers));
            lang.set(link_lang.unwrap_or(Lang::Nl));
        })
    };
    use_hash_change(use_url, on_follow);
    let on_submit = use_callback(dispatcher, |e: SubmitEvent, d| {
        e.prevent_default();
        d.dispatch(Action::Submit);
    });
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
    let view = model.view(l);
    // Situation A changes only when pinned again: evaluate it then, not on every keystroke.
    let pinned = (*use_memo(model.pinned.clone(), |_| model.pinned_situation())).clone();
    let (summary_ref, results_ref) =
        use_focus_after_submit(model.submitted, !view.problems.is_empty());
    let wiring = Wiring {
        on_set,
        on_leave,
        on_submit,
        summary_ref,
        first_view: props.prerender,
    };
    let evaluation = view.evaluation();
    let monthly_wage = view
        .now
        .as_ref()
        .and_then(|s| s.monthly_wage.clone())
        .map(AttrValue::from);
    let app_ref = use_live(props.before.clone());
    let print_report = print.reform(|_: MouseEvent| PrintKind::Report);
    let print_sheet = print.reform(|_: MouseEvent| PrintKind::Sheet);

    html! {
        <div class={classes!("sw-app", (print_kind == PrintKind::Sheet).then_some("sw-app--sheet"))} lang={l.code()} ref={app_ref}>
            <header class="sw-header">
                <h1 class="sw-title">{ t.title }</h1>
                <button type="button" class="sw-button sw-lang" lang={if l.is_nl() { "en" } else { "nl" }}
                    aria-label={t.switch_lang_label} onclick={toggle_lang}>{ t.switch_to }</button>
            </header>
            <p class="sw-tagline">{ t.tagline }</p>
            <p class="sw-checked" data-checked={CHECKED.to_string()}>{ t.checked(CHECKED) }</p>
            <p class="sw-disclaimer"><strong>{ t.disclaimer }</strong></p>
            if props.prerender {
                // The first view before the wasm: the boot script shows this when the wasm cannot
                // run; <noscript> when scripts do not. In both languages: the switch needs the wasm.
                <p class="sw-notice" data-needs-wasm="" hidden=true>{ needs_wasm() }</p>
                <noscript><p class="sw-notice">{ needs_wasm() }</p></noscript>
            }
            if let Some(notice) = &view.link_notice {
                <p class="sw-notice" role="status">{ notice.clone() }</p>
            }
            <div class="sw-layout">
                <div class="sw-main">
                    { questions(&model.form, &view, l, &wiring) }
                    <Outcome lang={l} line={AttrValue::from(view.summary.clone())}
                        items={view.cards.iter().map(|c| (c.arrangement(), c.status())).collect::<Vec<_>>()} />
                </div>
                <section class="sw-results" aria-labelledby="sw-h-results">
                    <h2 id="sw-h-results" tabindex="-1" ref={results_ref}>{ t.results }</h2>
                    <p class="sw-summary">{ view.summary.clone() }</p>
                    if let Some(e) = evaluation {
                        { for e.notices.iter().filter(|n| n.param().is_none()).map(|n| html! {
                            <p class="sw-notice">{ n.text(l.is_nl()) }</p>
                        }) }
                        <FigureNotices notices={e.notices.clone()} lang={l} />
                    }
                    <div class="sw-cards">
                        { for view.cards.iter().map(|card| match card {
                            Card::Ready(a, d) => html! {
                                <ResultCard key={a.key()} arrangement={*a} decision={(**d).clone()} lang={l} />
                            },
                            Card::Waiting { arrangement, wrong, empty } => html! {
                                <PendingCard key={arrangement.key()} arrangement={*arrangement} lang={l}
                                    message={AttrValue::from(t.waiting(wrong, empty))} />
                            },
                        }) }
                    </div>
                    if let (Some(now), true) = (&view.now, printing) {
                        if print_kind == PrintKind::Sheet {
                            <Sheet evaluation={now.evaluation.clone()} lang={l} made_on={today} />
                        } else {
                            <Report scenario={now.scenario.clone()} evaluation={now.evaluation.clone()} lang={l} made_on={today}
                                monthly_wage={monthly_wage} />
                        }
                    }
                    if let (Some(now), Some(e)) = (&view.now, evaluation) {
                        <CostsSummary costs={e.costs.clone()} lang={l} />
                        <section class="sw-years" aria-labelledby="sw-h-years">
                            <h2 id="sw-h-years">{ t.chart_heading }</h2>
                            <CostsChart lang={l} series={chart_series(t, now, pinned.as_ref())} narrow={narrow} />
                            <p class="sw-params">{ t.chart_note }</p>
                        </section>
                        <NextSteps steps={e.next_steps()} lang={l} today={today} />
                        <p class="sw-params sw-params--from">{ t.params_from }{ " " }{ if l.is_nl() { e.parameters_valid_from.nl() } else { e.parameters_valid_from.en() } }{ "." }</p>
                        if printing {
                            <SourcesPrint date={e.date} lang={l} />
                        }
                        <p class="sw-prints">
                            <button type="button" class="sw-button sw-print" onclick={print_report}>{ t.print }</button>
                            <button type="button" class="sw-button sw-print sw-print--sheet" onclick={print_sheet}>{ t.print_sheet }</button>
                            if use_url {
                                <CopyLink lang={l} />
                            }
                        </p>
                    }
                    <Compare lang={l} a={pinned.clone()} b={view.now.clone()} on_pin={on_pin} on_stop={on_stop} />
                    <Sources date={(!props.prerender).then_some(view.figures_date)} lang={l} />
                    <BatchPanel lang={l} today={today} />
                    <Saved lang={l} fragment={AttrValue::from(model.form.to_fragment())} on_open={on_open} />
                </section>
            </div>
        </div>
    }
}

/// Mounts the standalone app into `<main id="steunwijzer">` (index.html). On a host page that loaded
/// the wasm for `<steunwijzer-check>` there is no such element, and nothing happens here.
///
/// The page comes with its first view prerendered (src/bin/prerender.rs): the form can be filled
/// in before the wasm has arrived. What was typed or chosen there, the focus and its selection
/// are read first; then Yew replaces the tree in the same frame (mounting clears it and renders
/// before the browser paints again), and the live app starts from those values.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if let Ok(Some(el)) = gloo::utils::document().query_selector("main#steunwijzer") {
        let props = AppProps {
            before: Rc::new(hooks::Before::read(&el)),
            ..AppProps::default()
        };
        yew::Renderer::<App>::with_root_and_props(el, props).render();
    }
}
