//! The contract's JSON in the browser: the JS engine's `JSON.parse` and `JSON.stringify` read and
//! write the text, and a thin conversion walks the values to and from `serde_json::Value`. That
//! keeps float parsing and printing (and serde_json's text reader and writer) out of the wasm.
//!
//! Every entry point checks its limits first and returns an error document rather than trapping:
//! a trap in the wasm would break every later call and the mounted widget.

use js_sys::{Array, JsString, Object, Reflect, JSON};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

use super::{NotADocument, MAX_DEPTH, MAX_INPUT_BYTES};

/// Parses JSON text given by a host page: `Err` with a clear message for anything that is not a
/// string, a string over [`MAX_INPUT_BYTES`], text that is not JSON, or nesting deeper than
/// [`MAX_DEPTH`].
pub fn parse(input: &JsValue) -> Result<Value, NotADocument> {
    let Some(text) = input.dyn_ref::<JsString>() else {
        return Err(not_text(input));
    };
    // A UTF-16 length over the limit is over it in UTF-8 too: refused before copying it in.
    let units = text.length() as usize;
    if units > MAX_INPUT_BYTES {
        return Err(NotADocument::too_large(units));
    }
    let parsed = JSON::parse(&String::from(text)).map_err(|e| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        NotADocument::not_json(detail)
    })?;
    from_js(&parsed, 0)
}

/// What a call gets for a value that is not JSON text.
fn not_text(input: &JsValue) -> NotADocument {
    let kind = match input.js_typeof().as_string().as_deref() {
        Some("undefined") => "undefined",
        Some("function") => "a function",
        Some("symbol") => "a symbol",
        Some("bigint") => "a BigInt",
        _ if input.is_null() => "null",
        _ => "a value that is not JSON text",
    };
    NotADocument {
        message: format!(
            "expected a scenario: an object, an array of them, or JSON text; got {kind}"
        ),
        message_nl: format!(
            "verwacht een scenario: een object, een lijst ervan, of JSON-tekst; gekregen: {kind}"
        ),
    }
}

/// A value from `JSON.parse` as a `serde_json::Value`.
fn from_js(v: &JsValue, depth: usize) -> Result<Value, NotADocument> {
    if depth > MAX_DEPTH {
        return Err(NotADocument::too_deep());
    }
    if v.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(f) = v.as_f64() {
        // JSON.parse gives finite numbers only.
        return Ok(Number::from_f64(f).map_or(Value::Null, Value::Number));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if Array::is_array(v) {
        let array: &Array = v.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for item in array.iter() {
            items.push(from_js(&item, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    let mut map = Map::new();
    let entries = Object::entries(v.unchecked_ref());
    for entry in entries.iter() {
        let pair: &Array = entry.unchecked_ref();
        let key = pair.get(0).as_string().unwrap_or_default();
        map.insert(key, from_js(&pair.get(1), depth + 1)?);
    }
    Ok(Value::Object(map))
}

/// A `serde_json::Value` as a JS value.
fn to_js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or(0.0)),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(map) => {
            let object = Object::new();
            for (k, v) in map {
                let _ = Reflect::set(&object, &JsValue::from_str(k), &to_js(v));
            }
            object.into()
        }
    }
}

/// `value` as JSON text.
pub fn stringify(value: &Value) -> String {
    JSON::stringify(&to_js(value))
        .map(String::from)
        .unwrap_or_default()
}

/// `Steunwijzer.evaluate`: a document (JSON text) → its results as JSON text, each scenario's
/// result converted to a JS value as soon as it is made, so the wasm holds one at a time.
pub fn evaluate(input: &JsValue, today: crate::rules::Date) -> String {
    let value = match parse(input) {
        Ok(v) => v,
        Err(e) => return stringify(&e.to_json()),
    };
    let one = |v: &Value| match super::evaluate_json(v, today) {
        Ok(result) | Err(result) => to_js(&result),
    };
    let output = match super::Document::new(&value) {
        super::Document::One(v) => one(v),
        super::Document::Many(items) => items.iter().map(one).collect::<Array>().into(),
        super::Document::Refused(errors) => to_js(&errors),
    };
    JSON::stringify(&output)
        .map(String::from)
        .unwrap_or_default()
}
