//! Steunwijzer: an estimate of the UWV and gemeente support an employer can get when hiring someone
//! with a work limitation.
//!
//! * [`rules`] is the engine: pure Rust, no I/O, no web dependencies. The browser and the native
//!   command (`src/bin/steunwijzer.rs`) run the same code.
//! * [`contract`] is the wire format: scenario JSON in, result JSON out, with the limits of a
//!   document (`serde_json` natively, the browser's JSON in the wasm). The engine knows no JSON.
//! * [`input`] parses what people type (Dutch and plain number formats); pure and natively tested.
//! * [`form`] holds the answers as typed; [`app`] is the app model: what the page shows, derived
//!   from the form by pure functions (tested natively).
//! * `ui` (wasm32 only) is the Yew shell: it keeps the app model, wires the browser to it, renders.

pub mod app;
pub mod batch;
pub mod contract;
pub mod decimal;
pub mod form;
pub mod input;
pub mod rules;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;

/// The functions a host page calls through the embed bundle (`mount`, `evaluate`).
#[cfg(target_arch = "wasm32")]
pub mod embed;
