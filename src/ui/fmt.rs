//! Numbers for people, through the browser's `Intl.NumberFormat` (nl-NL: "€ 1.234,56").
//!
//! Creating an `Intl.NumberFormat` costs far more than formatting with one (it loads locale data),
//! and a render formats dozens of amounts: the formatters are made once per language and kind.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use super::i18n::Lang;
use crate::rules::money::{Cents, Hours};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Euro,
    Number,
}

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    }
}

fn make(lang: Lang, kind: Kind) -> Function {
    let opts = Object::new();
    let options: &[(&str, JsValue)] = match kind {
        Kind::Euro => &[
            ("style", JsValue::from_str("currency")),
            ("currency", JsValue::from_str("EUR")),
        ],
        Kind::Number => &[("maximumFractionDigits", JsValue::from(1))],
    };
    for (k, v) in options {
        let _ = Reflect::set(&opts, &JsValue::from_str(k), v);
    }
    Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(locale(lang))), &opts).format()
}

thread_local! {
    static FORMATTERS: RefCell<Vec<(Lang, Kind, Function)>> = const { RefCell::new(Vec::new()) };
}

fn format(lang: Lang, kind: Kind, value: f64) -> String {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let f = match cache.iter().find(|(l, k, _)| *l == lang && *k == kind) {
            Some((_, _, f)) => f.clone(),
            None => {
                let f = make(lang, kind);
                cache.push((lang, kind, f.clone()));
                f
            }
        };
        f.call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    })
}

pub fn euro(lang: Lang, c: Cents) -> String {
    format(lang, Kind::Euro, c.euros())
}

pub fn hours(lang: Lang, h: Hours) -> String {
    format(lang, Kind::Number, h.0 as f64 / 100.0)
}
