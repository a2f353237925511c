//! One scenario's whole answer: every arrangement's decision, the wage costs with and without them,
//! the next steps and the notices.

use serde::Serialize;

use super::costs::WageCosts;
use super::date::Date;
use super::result::{Arrangements, Notice, Step};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub date: Date,
    pub arrangements: Arrangements,
    /// The newest valid-from date among the figures used ("bedragen geldig vanaf …").
    pub parameters_valid_from: Date,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<Notice>,
    /// The employer's wage costs without and with the arrangements that apply (an estimate).
    pub costs: WageCosts,
    /// What to do next for the arrangements that apply, in order of deadline.
    pub next_steps: Vec<Step>,
}
