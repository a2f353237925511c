//! Numbers for people, through the browser's `Intl.NumberFormat` (nl-NL: "€ 1.234,56").

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use super::i18n::Lang;
use crate::rules::money::{Cents, Hours};

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    }
}

fn format(lang: Lang, value: f64, options: &[(&str, JsValue)]) -> String {
    let opts = Object::new();
    for (k, v) in options {
        let _ = Reflect::set(&opts, &JsValue::from_str(k), v);
    }
    let nf = Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(locale(lang))), &opts);
    nf.format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

pub fn euro(lang: Lang, c: Cents) -> String {
    format(
        lang,
        c.euros(),
        &[("style", "currency".into()), ("currency", "EUR".into())],
    )
}

pub fn hours(lang: Lang, h: Hours) -> String {
    format(
        lang,
        h.0 as f64 / 100.0,
        &[("maximumFractionDigits", 1.into())],
    )
}
