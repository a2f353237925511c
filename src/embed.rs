//! What a host page can call (wasm32 only), through `steunwijzer-embed.js`:
//!
//! * `mount(element, lang, date)` renders the check inside `element` (the `<steunwijzer-check>`
//!   element's shadow root): it does not touch the host page's URL, title or `lang`.
//! * `evaluate(json)` evaluates scenario JSON as the contract in `../shared/contract/` says: a result
//!   (or `{"errors": [...]}`) for an object, an array of those for an array, and
//!   `{"errors": [{"field": "", "message": "not JSON: …"}]}` for text that is not JSON.

use wasm_bindgen::prelude::*;

use crate::json;
use crate::rules::{self, Date};
use crate::ui::{i18n::Lang, App, AppProps};

#[wasm_bindgen]
pub fn mount(element: web_sys::Element, lang: Option<String>, date: Option<String>) {
    let props = AppProps {
        today: date.as_deref().and_then(Date::parse),
        no_url: true,
        embedded: true,
        lang: match lang.as_deref() {
            Some("en") => Some(Lang::En),
            Some("nl") => Some(Lang::Nl),
            _ => None,
        },
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

#[wasm_bindgen]
pub fn evaluate(json: &str) -> String {
    let output = match json::parse(json) {
        Ok(input) => rules::evaluate_document(&input, crate::ui::today()).0,
        Err(e) => json::object([(
            "errors",
            json::Value::Array(vec![json::object([
                ("field", "".into()),
                ("message", format!("not JSON: {e}").into()),
            ])]),
        )]),
    };
    output.to_string()
}
