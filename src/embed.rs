//! What a host page can call (wasm32 only), through `steunwijzer-embed.js`:
//!
//! * `mount(element, lang, date)` renders the check inside `element` (the `<steunwijzer-check>`
//!   element's shadow root): it does not touch the host page's URL, title or `lang`.
//! * `evaluate(json)` evaluates scenario JSON as the contract in `../shared/contract/` says: a result
//!   (or `{"errors": [...]}`) for an object, an array of those for an array, and
//!   `{"errors": [{"field": "", "message": "not JSON: …"}]}` for text that is not JSON, and one
//!   such error for anything else that is not a document (see `crate::contract`).

use wasm_bindgen::prelude::*;

use crate::rules::Date;
use crate::ui::{i18n::Lang, App, AppProps};

#[wasm_bindgen]
pub fn mount(element: web_sys::Element, lang: Option<String>, date: Option<String>) {
    let props = AppProps {
        start: date.as_deref().and_then(Date::parse),
        today: None,
        no_url: true,
        embedded: true,
        lang: match lang.as_deref() {
            Some("en") => Some(Lang::En),
            Some("nl") => Some(Lang::Nl),
            _ => None,
        },
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

/// `input`: JSON text (the embed's script turns an object into text first). Anything else, text
/// over 1 MiB, text that is not JSON: an error document with one clear message, never a trap.
#[wasm_bindgen]
pub fn evaluate(input: JsValue) -> String {
    crate::contract::js::evaluate(&input, crate::ui::today())
}
