//! One scenario's whole answer: every arrangement's decision, the wage costs with and without them,
//! the notices, and (worked out when asked for) the next steps.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::costs::{self, WageCosts};
use super::date::Date;
use super::result::Decision;
use super::result::{Arrangements, Notices, Steps};
use super::scenario::Scenario;

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub date: Date,
    pub arrangements: Arrangements,
    /// The newest valid-from date among the figures used ("bedragen geldig vanaf …").
    pub parameters_valid_from: Date,
    pub notices: Notices,
    /// The employer's wage costs without and with the arrangements that apply (an estimate).
    pub costs: WageCosts,
    /// The scenario the decisions are about, for [`Evaluation::next_steps`].
    scenario: Scenario,
}

impl Evaluation {
    /// A result without decisions, for [`evaluate_into`](super::evaluate_into) to fill.
    pub fn empty(s: &Scenario) -> Evaluation {
        Evaluation {
            date: s.date,
            arrangements: Arrangements::empty(),
            parameters_valid_from: s.date,
            notices: Notices::new(),
            costs: WageCosts::default(),
            scenario: s.clone(),
        }
    }

    /// Back to [`Evaluation::empty`] for `s`, in place: field by field, because `*self =
    /// Evaluation::empty(s)` builds the 8 KB result elsewhere and copies it (10 % more instructions
    /// an evaluation, counted with callgrind).
    pub fn clear(&mut self, s: &Scenario) {
        self.date = s.date;
        self.parameters_valid_from = s.date;
        self.arrangements.for_each_decision(Decision::clear);
        self.arrangements.liv = None;
        self.notices.clear();
        self.costs.clear();
        self.scenario.clone_from(s);
    }

    /// What to do next for the arrangements that apply or need information, in order of deadline.
    /// Worked out from the decisions when asked for (the page, the print, the contract's JSON), not
    /// while evaluating: a batch of thousands of lines shows none.
    pub fn next_steps(&self) -> Steps {
        costs::next_steps(&self.arrangements, |a, d| a.step(&self.scenario, d))
    }
}

/// The contract's result object: `next_steps` is worked out here.
impl Serialize for Evaluation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("date", &self.date)?;
        m.serialize_entry("arrangements", &self.arrangements)?;
        m.serialize_entry("parameters_valid_from", &self.parameters_valid_from)?;
        if !self.notices.is_empty() {
            m.serialize_entry("notices", &self.notices)?;
        }
        m.serialize_entry("costs", &self.costs)?;
        m.serialize_entry("next_steps", &self.next_steps())?;
        m.end()
    }
}
