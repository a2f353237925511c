//! The contract's wire format (`../shared/contract/`): scenario JSON in, result JSON out, and the
//! documents that hold them. The engine ([`crate::rules`]) knows nothing of JSON; this module
//! turns JSON into its [`Scenario`] and its [`Evaluation`] into JSON.
//!
//! * [`read`]: a scenario object → [`Scenario`], or every bad field at once.
//! * [`Document`]: a whole input (one scenario, or an array of them) with its limits, checked
//!   before anything is parsed or evaluated: at most [`MAX_INPUT_BYTES`] of text and
//!   [`MAX_SCENARIOS`] scenarios, nested at most [`MAX_DEPTH`] deep. So a bad input costs memory in
//!   proportion to its size and gets one clear error; it never takes the process or the page down.
//! * `js` (wasm32 only): the browser's `JSON.parse`/`JSON.stringify` with a thin conversion.
//!
//! Natively the JSON text is read and written by `serde_json`; in the browser by the JS engine's
//! own JSON (see `js`), so that no float parsing or printing code is in the wasm.

pub mod read;

#[cfg(target_arch = "wasm32")]
pub mod js;

use std::cell::Cell;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;

pub use read::{draft_from_json, scenario_from_json, scenario_to_json};

use crate::rules::scenario::FieldError;
use crate::rules::{evaluate, Date, Evaluation};

/// The largest input accepted, in bytes of UTF-8 (1 MiB: some 4 000 scenarios).
pub const MAX_INPUT_BYTES: usize = 1 << 20;
/// The most scenarios in one document (more belong in a batch file).
pub const MAX_SCENARIOS: usize = 10_000;
/// The deepest nesting of arrays and objects accepted (a scenario needs 3, a document 4).
pub const MAX_DEPTH: usize = 32;

/// Why an input is not a document at all (the native command exits with status 2).
#[derive(Clone, Debug, PartialEq)]
pub struct NotADocument {
    pub message: String,
    pub message_nl: String,
}

impl std::fmt::Display for NotADocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl NotADocument {
    pub fn not_json(detail: impl std::fmt::Display) -> NotADocument {
        NotADocument {
            message: format!("not JSON: {detail}"),
            message_nl: format!("geen JSON: {detail}"),
        }
    }

    /// Text longer than [`MAX_INPUT_BYTES`].
    pub fn too_large(bytes: usize) -> NotADocument {
        // In tenths of a MiB, rounded up (integers: no float printing in the wasm).
        let tenths = (bytes * 10).div_ceil(1 << 20);
        let mib = |sep: char| format!("{}{sep}{}", tenths / 10, tenths % 10);
        NotADocument {
            message: format!(
                "the input is {} MiB; at most 1 MiB is read (split it, or use a batch file)",
                mib('.')
            ),
            message_nl: format!(
                "de invoer is {} MiB; er wordt hoogstens 1 MiB gelezen (splits hem, of gebruik een batchbestand)",
                mib(',')
            ),
        }
    }

    /// Arrays and objects nested more than [`MAX_DEPTH`] deep.
    pub fn too_deep() -> NotADocument {
        NotADocument {
            message: format!("nested more than {MAX_DEPTH} levels deep: that is not a scenario"),
            message_nl: format!("meer dan {MAX_DEPTH} lagen diep genest: dat is geen scenario"),
        }
    }

    /// An array of more than [`MAX_SCENARIOS`] scenarios.
    pub fn too_many(scenarios: usize) -> NotADocument {
        NotADocument {
            message: format!(
                "{scenarios} scenarios in one document; at most {MAX_SCENARIOS} are evaluated at once"
            ),
            message_nl: format!(
                "{scenarios} scenario's in één document; er worden er hoogstens {} tegelijk beoordeeld",
                "10.000"
            ),
        }
    }

    /// `{"errors": [{"field": "", "message": …, "message_nl": …}]}`
    pub fn to_json(&self) -> Value {
        errors_json(&[FieldError::new("", &self.message_nl, &self.message)])
    }
}

/// Reads JSON text with serde_json, after checking its size (the native command; the page uses
/// `js::parse`).
pub fn parse(text: &str) -> Result<Value, NotADocument> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(NotADocument::too_large(text.len()));
    }
    // serde_json refuses nesting deeper than 128 itself; MAX_DEPTH is checked by Document::new.
    serde_json::from_str(text).map_err(NotADocument::not_json)
}

/// A contract document: one scenario, or an array of them.
pub enum Document<'a> {
    One(&'a Value),
    Many(&'a [Value]),
    /// Valid JSON that cannot be a document (too many scenarios, too deep): one error for it.
    Refused(Value),
}

impl<'a> Document<'a> {
    pub fn new(input: &'a Value) -> Document<'a> {
        if depth(input, 0) > MAX_DEPTH {
            return Document::Refused(NotADocument::too_deep().to_json());
        }
        match input {
            Value::Array(items) if items.len() > MAX_SCENARIOS => {
                Document::Refused(NotADocument::too_many(items.len()).to_json())
            }
            Value::Array(items) => Document::Many(items),
            other => Document::One(other),
        }
    }

    /// The document's results as a value that serialises itself one scenario at a time (so a
    /// large array is written out without all its results in memory at once). `any_error` is set
    /// while it is serialised, when any scenario had errors.
    pub fn results<'d>(&'d self, today: Date, any_error: &'d Cell<bool>) -> Results<'d> {
        Results {
            document: self,
            today,
            any_error,
        }
    }
}

/// How deep `v` is nested, counting at most to just past [`MAX_DEPTH`].
fn depth(v: &Value, level: usize) -> usize {
    if level > MAX_DEPTH {
        return level;
    }
    let inner = |items: &mut dyn Iterator<Item = &Value>| {
        items
            .map(|i| depth(i, level + 1))
            .max()
            .unwrap_or(level + 1)
    };
    match v {
        Value::Array(items) => inner(&mut items.iter()),
        Value::Object(map) => inner(&mut map.values()),
        _ => level,
    }
}

/// See [`Document::results`].
pub struct Results<'d> {
    document: &'d Document<'d>,
    today: Date,
    any_error: &'d Cell<bool>,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let one = |v: &Value| {
            let outcome = outcome(v, self.today);
            if matches!(outcome, Outcome::Errors(_)) {
                self.any_error.set(true);
            }
            outcome
        };
        match self.document {
            Document::One(v) => one(v).serialize(s),
            Document::Many(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items.iter() {
                    seq.serialize_element(&one(v))?;
                }
                seq.end()
            }
            Document::Refused(errors) => {
                self.any_error.set(true);
                errors.serialize(s)
            }
        }
    }
}

/// One scenario's answer: its result, or its errors.
enum Outcome {
    Result(Box<Evaluation>),
    Errors(Vec<FieldError>),
}

fn outcome(v: &Value, today: Date) -> Outcome {
    match scenario_from_json(v, today) {
        Ok(scenario) => Outcome::Result(Box::new(evaluate(&scenario))),
        Err(errors) => Outcome::Errors(errors),
    }
}

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::Result(evaluation) => evaluation.serialize(s),
            Outcome::Errors(errors) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("errors", errors)?;
                m.end()
            }
        }
    }
}

/// Evaluates a scenario given as contract JSON: the result JSON, or `{"errors": [...]}`.
pub fn evaluate_json(v: &Value, today: Date) -> Result<Value, Value> {
    match outcome(v, today) {
        Outcome::Result(e) => Ok(serde_json::to_value(e).unwrap_or(Value::Null)),
        Outcome::Errors(errors) => Err(errors_json(&errors)),
    }
}

/// `{"errors": [{"field": …, "message": …, "message_nl": …}, …]}`
pub fn errors_json(errors: &[FieldError]) -> Value {
    serde_json::json!({ "errors": errors })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
