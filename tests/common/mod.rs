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
