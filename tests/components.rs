//! Component tests: the Yew shell mounted into a fresh element in headless Chromium
//! (`wasm-bindgen-test`, run by `scripts/test`). They type into inputs as a user would (set the
//! value, fire the `input`/`change` event) and assert what the cards render.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use steunwijzer::rules::date::Date;
use steunwijzer::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement};

mod common;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app (fixed peildatum 2026-01-01, no share link) into a new element.
async fn mount() -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        today: Some(Date::ymd(2026, 1, 1)),
        no_url: true,
        ..Default::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

/// Lets Yew's scheduler run the pending renders: waits until the page stops changing (checked every
/// 10 ms, at most 2 s), so a slow debug build under load does not make a test read a stale page.
async fn settle() {
    let body = || gloo::utils::body().inner_html();
    let mut last = body();
    for _ in 0..200 {
        TimeoutFuture::new(10).await;
        let now = body();
        if now == last {
            return;
        }
        last = now;
    }
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

async fn type_into(root: &Element, name: &str, text: &str) {
    let input: HtmlInputElement = query(root, &format!("input[name='{name}']"))
        .dyn_into()
        .unwrap();
    input.set_value(text);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    settle().await;
}

async fn choose(root: &Element, name: &str, value: &str) {
    let el = query(root, &format!("[name='{name}']"));
    if let Ok(select) = el.clone().dyn_into::<HtmlSelectElement>() {
        select.set_value(value);
        select
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
    } else {
        let radio: HtmlInputElement =
            query(root, &format!("input[name='{name}'][value='{value}']"))
                .dyn_into()
                .unwrap();
        radio.set_checked(true);
        radio
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
    }
    settle().await;
}

/// Leaves a field (as Tab would): its errors show from then on.
async fn leave(root: &Element, name: &str) {
    // A blur event, as the browser sends when focus moves on. (Real focus()/blur() calls are not
    // reliable here: the test page may not have the window's focus, so the events can come late.)
    let input = query(root, &format!("[name='{name}']"));
    input.dispatch_event(&Event::new("blur").unwrap()).unwrap();
    settle().await;
}

fn status(root: &Element, arrangement: &str) -> String {
    query(root, &format!("[data-result='{arrangement}']"))
        .get_attribute("data-status")
        .unwrap_or_default()
}

/// The contract's example, typed the Dutch way.
async fn fill_contract_example(root: &Element) {
    choose(root, "employee.benefit", "wajong").await;
    choose(root, "employee.wajong_work_capacity", "true").await;
    choose(root, "employee.structural_limitation", "true").await;
    type_into(root, "employee.age", "24").await;
    type_into(root, "job.hours_per_week", "24").await;
    type_into(root, "job.hourly_wage", "14,71").await;
    type_into(root, "job.contract_months", "12").await;
    type_into(root, "employee.loonwaarde_pct", "60").await;
}

#[wasm_bindgen_test]
async fn empty_form_asks_for_information_on_every_card() {
    let root = mount().await;
    for arrangement in ["loondispensatie", "no_riskpolis", "jobcoach"] {
        assert_eq!(status(&root, arrangement), "needs_info", "{arrangement}");
    }
}

#[wasm_bindgen_test]
async fn contract_example_gives_loondispensatie_with_employer_wage() {
    let root = mount().await;
    fill_contract_example(&root).await;
    assert_eq!(status(&root, "loondispensatie"), "eligible");
    assert_eq!(status(&root, "no_riskpolis"), "eligible");
    assert_eq!(status(&root, "jobcoach"), "eligible");
    let card = query(&root, "[data-result='loondispensatie']")
        .text_content()
        .unwrap();
    // 60 % of € 14,71 = € 8,826 → € 8,83 an hour, written the Dutch way.
    assert!(
        card.contains("8,83"),
        "loondispensatie card shows the employer's wage: {card}"
    );
}

#[wasm_bindgen_test]
async fn cards_update_live_as_the_user_types() {
    let root = mount().await;
    fill_contract_example(&root).await;
    assert_eq!(status(&root, "loondispensatie"), "eligible");
    // Full productivity: no reduction of wage possible.
    type_into(&root, "employee.loonwaarde_pct", "100").await;
    assert_eq!(status(&root, "loondispensatie"), "not_eligible");
    // Cleared again: loonwaarde not assessed yet.
    type_into(&root, "employee.loonwaarde_pct", "").await;
    assert_eq!(status(&root, "loondispensatie"), "needs_info");
}

#[wasm_bindgen_test]
async fn bad_number_gets_a_field_error_and_no_result() {
    let root = mount().await;
    fill_contract_example(&root).await;
    type_into(&root, "job.hours_per_week", "veel").await;
    let input = query(&root, "input[name='job.hours_per_week']");
    // Not flagged while the user may still be typing; no result either.
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(status(&root, "loondispensatie"), "needs_info");
    leave(&root, "job.hours_per_week").await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(described_error(&input).unwrap().contains("geen getal"));
    // Once on screen, the error follows the typing and goes as soon as the input is right...
    type_into(&root, "job.hours_per_week", "veel meer").await;
    assert!(described_error(&input).unwrap().contains("veel meer"));
    type_into(&root, "job.hours_per_week", "24").await;
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false"),
        "{:?} {}",
        described_error(&input),
        status(&root, "loondispensatie")
    );
    // ...and a new mistake waits again until the user leaves the field.
    type_into(&root, "job.hours_per_week", "2x").await;
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert!(described_error(&input).is_none());
    assert_eq!(status(&root, "loondispensatie"), "needs_info");
    leave(&root, "job.hours_per_week").await;
    assert!(described_error(&input).unwrap().contains("2x"));
}

#[wasm_bindgen_test]
async fn english_toggle_translates_the_cards() {
    let root = mount().await;
    fill_contract_example(&root).await;
    let button = query(&root, "button.sw-lang");
    button.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    let card = query(&root, "[data-result='loondispensatie']")
        .text_content()
        .unwrap();
    assert!(card.contains("Eligible"), "{card}");
    assert!(card.contains("8.83"), "English number format: {card}");
}

#[wasm_bindgen_test]
async fn wage_costs_follow_the_cards() {
    let root = mount().await;
    fill_contract_example(&root).await;
    let with = query(&root, "[data-costs-with]").text_content().unwrap();
    // 19.826,73 − 7.925,30 (loondispensatie incl. holiday allowance) − 1.260,48 (LKV) a year.
    assert!(with.contains("10.640,95"), "{with}");
    // Loonwaarde unknown: loondispensatie is no longer counted, only mentioned.
    type_into(&root, "employee.loonwaarde_pct", "").await;
    let costs = query(&root, "[data-costs]").text_content().unwrap();
    assert!(root
        .query_selector("[data-reduction='loondispensatie']")
        .unwrap()
        .is_none());
    assert!(costs.contains("Nog niet meegeteld"), "{costs}");
}

fn input_value(root: &Element, name: &str) -> String {
    query(root, &format!("input[name='{name}']"))
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value()
}

fn active_id() -> String {
    gloo::utils::document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Presses "Bekijk de uitkomst".
async fn submit(root: &Element) {
    query(root, "button[type='submit']")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
}

/// The text of the error message an element's `aria-describedby` points to, if any.
fn described_error(el: &Element) -> Option<String> {
    let ids = el.get_attribute("aria-describedby")?;
    let id = ids.split_whitespace().find(|id| id.ends_with("-error"))?;
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn number_parser_accepts_dutch_and_plain_input_alike() {
    let root = mount().await;
    fill_contract_example(&root).await;
    for (wage, pct) in [("€ 14,71", "60%"), ("14.71", "60"), ("€14,7100", "60,0 %")] {
        type_into(&root, "job.hourly_wage", wage).await;
        type_into(&root, "employee.loonwaarde_pct", pct).await;
        let card = query(&root, "[data-result='loondispensatie']")
            .text_content()
            .unwrap();
        assert!(card.contains("€ 8,83"), "{wage} / {pct}: {card}");
    }
    // "1.529,84" a month at 24 hours is € 14,71 an hour: the same outcome again. (A single separator
    // before three digits groups thousands in either language: "1,300" is 1300.)
    type_into(&root, "job.monthly_wage", "1.529,84").await;
    assert_eq!(input_value(&root, "job.hourly_wage"), "14,71");
    let card = query(&root, "[data-result='loondispensatie']")
        .text_content()
        .unwrap();
    assert!(card.contains("€ 8,83"), "{card}");
    // Typing the hourly wage fills in the monthly wage.
    type_into(&root, "job.hourly_wage", "15").await;
    assert_eq!(input_value(&root, "job.monthly_wage"), "1.560,00");
}

#[wasm_bindgen_test]
async fn asking_for_the_outcome_shows_an_error_summary_that_links_to_the_fields() {
    let root = mount().await;
    // Nothing is flagged while the user is still filling in.
    choose(&root, "employee.benefit", "wajong").await;
    type_into(&root, "job.hours_per_week", "veel").await;
    assert!(root.query_selector(".sw-error-summary").unwrap().is_none());
    let age = query(&root, "input[name='employee.age']");
    assert_eq!(age.get_attribute("aria-invalid").as_deref(), Some("false"));

    submit(&root).await;
    let summary = query(&root, ".sw-error-summary");
    assert_eq!(active_id(), "", "the summary (no id) has the focus");
    assert!(gloo::utils::document()
        .active_element()
        .map(|e| e.class_name().contains("sw-error-summary"))
        .unwrap_or(false));
    let links: Vec<String> = (0..summary.query_selector_all("a").unwrap().length())
        .map(|i| {
            let a: Element = summary
                .query_selector_all("a")
                .unwrap()
                .item(i)
                .unwrap()
                .dyn_into()
                .unwrap();
            a.get_attribute("href").unwrap()
        })
        .collect();
    // In form order: age (empty), hours (not a number), hourly wage (empty).
    assert_eq!(
        links,
        [
            "#sw-employee-age",
            "#sw-job-hours-per-week",
            "#sw-job-hourly-wage"
        ]
    );
    // The empty required fields are now errors at the field too, described for screen readers.
    assert_eq!(age.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(described_error(&age).unwrap().contains("leeftijd"));

    // A link moves the focus to its field.
    summary
        .query_selector("a")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(active_id(), "sw-employee-age");

    // Fixing a field takes it off the list; when all is fixed the summary goes and the focus goes
    // to the outcome on the next submit.
    type_into(&root, "employee.age", "24").await;
    assert_eq!(
        query(&root, ".sw-error-summary")
            .query_selector_all("a")
            .unwrap()
            .length(),
        2
    );
    type_into(&root, "job.hours_per_week", "24").await;
    type_into(&root, "job.hourly_wage", "14,71").await;
    assert!(root.query_selector(".sw-error-summary").unwrap().is_none());
    submit(&root).await;
    assert_eq!(active_id(), "sw-h-results");
}

#[wasm_bindgen_test]
async fn an_empty_benefit_choice_is_an_error_on_the_select_after_submit() {
    let root = mount().await;
    submit(&root).await;
    let select = query(&root, "select[name='employee.benefit']");
    assert_eq!(
        select.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(described_error(&select).unwrap().contains("Weet ik niet"));
    choose(&root, "employee.benefit", "unknown").await;
    assert_eq!(
        select.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert!(described_error(&select).is_none());
}

#[wasm_bindgen_test]
async fn the_wajong_question_shows_only_for_a_wajong_and_keeps_its_answer() {
    let root = mount().await;
    let question = "[name='employee.wajong_work_capacity']";
    assert!(root.query_selector(question).unwrap().is_none());
    choose(&root, "employee.benefit", "wajong").await;
    choose(&root, "employee.wajong_work_capacity", "true").await;
    choose(&root, "employee.benefit", "wia").await;
    assert!(root.query_selector(question).unwrap().is_none());
    choose(&root, "employee.benefit", "wajong").await;
    let yes: HtmlInputElement = query(
        &root,
        "input[name='employee.wajong_work_capacity'][value='true']",
    )
    .dyn_into()
    .unwrap();
    assert!(yes.checked(), "the earlier answer is still there");
}

#[wasm_bindgen_test]
fn short_labels_start_with_a_capital_in_both_languages() {
    use steunwijzer::form::FIELDS;
    use steunwijzer::ui::i18n::Lang;
    for lang in [Lang::Nl, Lang::En] {
        let t = lang.texts();
        for name in FIELDS {
            let label = t.field_label(name);
            // short_label capitalises with ASCII case mapping only: every label must start with an
            // ASCII letter for that to be right.
            assert!(
                label.starts_with(|c: char| c.is_ascii_alphabetic()),
                "{name}: {label:?}"
            );
            let short = t.short_label(name);
            assert!(
                short.starts_with(|c: char| c.is_ascii_uppercase()),
                "{short:?}"
            );
            assert!(
                label.to_lowercase().ends_with(&short.to_lowercase()),
                "{short:?} is {label:?} without its \"Of:\""
            );
        }
    }
    let t = Lang::Nl.texts();
    assert_eq!(t.short_label("job.monthly_wage"), "Brutoloon per maand");
}

/// In the browser the contract's JSON is read and written by the JS engine (src/contract/js.rs):
/// every finite float goes through it and back bit for bit, what it writes reads back exactly
/// (Rust's correctly rounded parser), and it reads exactly what serde_json (the native command)
/// writes.
#[wasm_bindgen_test]
fn floats_survive_the_browsers_json() {
    use steunwijzer::contract::js;
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut checked = 0;
    for _ in 0..20_000 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let f = f64::from_bits(state);
        if !f.is_finite() {
            continue;
        }
        let text = js::stringify(&serde_json::json!([f]));
        let inner = text.trim_start_matches('[').trim_end_matches(']');
        assert_eq!(
            inner.parse::<f64>().map(f64::to_bits),
            Ok(f.to_bits()),
            "{text}"
        );
        let back = js::parse(&wasm_bindgen::JsValue::from_str(&text)).expect("JSON");
        assert_eq!(
            back[0].as_f64().map(f64::to_bits),
            Some(f.to_bits()),
            "{text}"
        );
        let native = serde_json::to_string(&[f]).unwrap();
        let read = js::parse(&wasm_bindgen::JsValue::from_str(&native)).expect("JSON");
        assert_eq!(
            read[0].as_f64().map(f64::to_bits),
            Some(f.to_bits()),
            "{native}"
        );
        checked += 1;
    }
    assert!(checked > 10_000);
}

/// The embed's `evaluate` with what a host page might pass: a clear error document every time,
/// and the next good call still works (a trap would break every later call).
#[wasm_bindgen_test]
fn evaluate_refuses_bad_calls_and_keeps_working() {
    use steunwijzer::embed::evaluate;
    use wasm_bindgen::JsValue;
    let good = || {
        let v: serde_json::Value =
            serde_json::from_str(&evaluate(JsValue::from_str(common::EXAMPLE))).unwrap();
        assert_eq!(v["arrangements"]["jobcoach"]["status"], "eligible");
    };
    good();
    let huge = format!("[{}1]", "1,".repeat(1_100_000));
    let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    let ones = format!("[{}1]", "1,".repeat(20_000));
    for (input, expect) in [
        (JsValue::UNDEFINED, "got undefined"),
        (JsValue::NULL, "got null"),
        (JsValue::from_f64(5.0), "JSON text"),
        (JsValue::from_str(&huge), "at most 1 MiB"),
        (JsValue::from_str("{not json"), "not JSON"),
        (JsValue::from_str(&deep), "nested"),
        (JsValue::from_str(&ones), "at most 10000"),
        (JsValue::from_str("5"), "scenario object"),
    ] {
        let v: serde_json::Value = serde_json::from_str(&evaluate(input)).unwrap();
        let errors = v["errors"].as_array().unwrap_or_else(|| panic!("{v}"));
        assert_eq!(errors.len(), 1, "{v}");
        let message = errors[0]["message"].as_str().unwrap();
        assert!(message.contains(expect), "{message} should say {expect}");
        good();
    }
}
