//! What the contract (../shared/contract/README.md) promises, restated for the native tests on
//! purpose rather than taken from the library: a renamed key in the engine must fail them.
#![allow(dead_code)]

use serde_json::Value;

/// The arrangement keys of every result: the six of the contract's example, and
/// `werkplekaanpassing` and `werkbehoud`, which it names as "arrangements too".
pub const ARRANGEMENTS: [&str; 8] = [
    "loondispensatie",
    "no_riskpolis",
    "jobcoach",
    "lkv",
    "loonkostensubsidie",
    "proefplaatsing",
    "werkplekaanpassing",
    "werkbehoud",
];

/// The three statuses a decision can have.
pub const STATUSES: [&str; 3] = ["eligible", "not_eligible", "needs_info"];

/// The example scenario of the contract, verbatim.
pub const EXAMPLE: &str = r#"{
  "date": "2026-01-01",
  "employee": {
    "age": 24,
    "benefit": "wajong",
    "wajong_work_capacity": true,
    "target_group_register": null,
    "structural_limitation": true,
    "wsw": false,
    "loonwaarde_pct": 60
  },
  "job": {
    "hours_per_week": 24,
    "hourly_wage": 14.71,
    "contract_months": 12
  }
}"#;

pub fn example() -> Value {
    serde_json::from_str(EXAMPLE).expect("the contract example is JSON")
}

/// Everything wrong with the shape of a result (`../shared/contract/` §2): the six arrangements
/// (and LIV, nothing else), each with a known status and at least one reason with a text and a
/// `law`, and amounts (when present) an object of numbers. Empty: the shape holds.
pub fn result_shape_problems(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(arr) = v["arrangements"].as_object() else {
        return vec![format!("no arrangements object in {v}")];
    };
    for key in ARRANGEMENTS {
        if !arr.contains_key(key) {
            out.push(format!("no {key}"));
        }
    }
    for (key, d) in arr {
        if !ARRANGEMENTS.contains(&key.as_str()) && key != "liv" {
            out.push(format!("unexpected arrangement {key}"));
        }
        let status = d["status"].as_str().unwrap_or("");
        if !STATUSES.contains(&status) {
            out.push(format!("{key}: status {:?}", d["status"]));
        }
        match d["reasons"].as_array() {
            Some(reasons) if !reasons.is_empty() => {
                for r in reasons {
                    for part in ["text", "law"] {
                        if r[part].as_str().is_none_or(str::is_empty) {
                            out.push(format!("{key}: a reason without {part}: {r}"));
                        }
                    }
                }
            }
            _ => out.push(format!("{key}: no reasons")),
        }
        if let Some(amounts) = d.get("amounts") {
            match amounts.as_object() {
                Some(a) if !a.is_empty() && a.values().all(Value::is_number) => {}
                _ => out.push(format!(
                    "{key}: amounts {amounts} is not an object of numbers"
                )),
            }
        }
    }
    out
}
