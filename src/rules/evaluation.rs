//! One scenario's whole answer: every arrangement's decision, the wage costs with and without them,
//! the next steps and the notices.

use serde::Serialize;

use super::costs::WageCosts;
use super::date::Date;
use super::result::Decision;
use super::result::{Arrangements, Notices, Steps};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub date: Date,
    pub arrangements: Arrangements,
    /// The newest valid-from date among the figures used ("bedragen geldig vanaf …").
    pub parameters_valid_from: Date,
    #[serde(skip_serializing_if = "Notices::is_empty")]
    pub notices: Notices,
    /// The employer's wage costs without and with the arrangements that apply (an estimate).
    pub costs: WageCosts,
    /// What to do next for the arrangements that apply, in order of deadline.
    pub next_steps: Steps,
}

impl Evaluation {
    /// A result without decisions, for [`evaluate_into`](super::evaluate_into) to fill.
    pub fn empty(date: Date) -> Evaluation {
        Evaluation {
            date,
            arrangements: Arrangements::empty(),
            parameters_valid_from: date,
            notices: Notices::new(),
            costs: WageCosts::default(),
            next_steps: Steps::new(),
        }
    }

    /// Back to [`Evaluation::empty`], in place.
    pub fn clear(&mut self, date: Date) {
        self.date = date;
        self.parameters_valid_from = date;
        self.arrangements.for_each_decision(Decision::clear);
        self.arrangements.liv = None;
        self.notices.clear();
        self.costs.clear();
        self.next_steps.clear();
    }
}
