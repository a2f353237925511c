//! What the contract (../shared/contract/README.md) promises, restated for the native tests on
//! purpose rather than taken from the library: a renamed key in the engine must fail them.
#![allow(dead_code)]

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
