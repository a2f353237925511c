//! What the contract (../shared/contract/README.md) promises, restated for the native tests on
//! purpose rather than taken from the library: a renamed key in the engine must fail them.
#![allow(dead_code)]

use serde_json::Value;

/// The six arrangement keys of every result, in the contract's order.
pub const ARRANGEMENTS: [&str; 6] = [
    "loondispensatie",
    "no_riskpolis",
    "jobcoach",
    "lkv",
    "loonkostensubsidie",
    "proefplaatsing",
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

/// A `serde_json` value as the engine's own JSON value (through text, which also checks that our
/// parser reads what serde_json writes).
pub fn ours(v: &Value) -> steunwijzer::json::Value {
    steunwijzer::json::parse(&v.to_string()).unwrap_or_else(|e| panic!("{v}: {e}"))
}

/// The engine's JSON value as a `serde_json` value (through the text our writer produces).
pub fn theirs(v: &steunwijzer::json::Value) -> Value {
    serde_json::from_str(&v.to_string()).unwrap_or_else(|e| panic!("{v}: {e}"))
}

/// Our JSON writer and parser against `serde_json` on `count` floats from random bit patterns
/// (plus every power of ten), natively and in the browser, where `src/decimal.rs` uses the JS
/// engine's number conversions instead of Rust's.
pub fn floats_print_and_read_like_serde_json(count: usize) {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let random = (0..count).map(|_| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        f64::from_bits(state)
    });
    let tens = (-325..=308).map(|e| format!("1e{e}").parse::<f64>().unwrap());
    let mut checked = 0;
    for f in random.chain(tens).filter(|f| f.is_finite()) {
        let text = steunwijzer::json::Value::from(f).to_string();
        assert_eq!(text, serde_json::to_string(&f).unwrap(), "{:e}", f);
        let back = steunwijzer::json::parse(&text).unwrap().as_f64();
        assert_eq!(back.map(f64::to_bits), Some(f.to_bits()), "{text}");
        checked += 1;
    }
    assert!(checked > count / 2);
}
