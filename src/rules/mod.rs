//! The rules engine: a [`Scenario`] in, an [`Evaluation`] out. Pure Rust: no I/O, no web
//! dependencies, the same code in the browser and in the native command.
//!
//! One module per arrangement; every figure lives in [`params`] with its valid-from date and source.

pub mod costs;
pub mod date;
pub mod jobcoach;
pub mod lkv;
pub mod loondispensatie;
pub mod loonkostensubsidie;
pub mod money;
pub mod no_riskpolis;
pub mod params;
pub mod proefplaatsing;
pub mod result;
pub mod sample;
pub mod scenario;
pub mod text;

pub use date::Date;
pub use result::{Decision, Evaluation, Status};
pub use scenario::{scenario_from_json, Benefit, Draft, FieldError, Scenario};

use crate::json;
use crate::txt;
use money::Cents;
use result::{Arrangements, Basis, Notice, Reason, Why};
use text::Text;

/// Evaluates every arrangement for one valid scenario.
pub fn evaluate(s: &Scenario) -> Evaluation {
    let arrangements = Arrangements {
        loondispensatie: loondispensatie::decide(s),
        no_riskpolis: no_riskpolis::decide(s),
        jobcoach: jobcoach::decide(s),
        lkv: lkv::decide(s),
        loonkostensubsidie: loonkostensubsidie::decide(s),
        proefplaatsing: proefplaatsing::decide(s),
        liv: lkv::liv(s),
    };
    Evaluation {
        date: s.date,
        costs: costs::wage_costs(s, &arrangements),
        next_steps: costs::next_steps(s, &arrangements),
        arrangements,
        parameters_valid_from: params::valid_from(s.date),
        notices: notices(s),
    }
}

/// Evaluates a contract document: one scenario object gives one result (or `{"errors": [...]}`), an
/// array gives an array of those. The flag says whether any scenario had errors.
pub fn evaluate_document(input: &json::Value, today: Date) -> (json::Value, bool) {
    let mut any_error = false;
    let mut one = |v: &json::Value| match evaluate_json(v, today) {
        Ok(result) => result,
        Err(errors) => {
            any_error = true;
            errors
        }
    };
    let output = match input {
        json::Value::Array(items) => json::Value::Array(items.iter().map(&mut one).collect()),
        other => one(other),
    };
    (output, any_error)
}

/// Evaluates a scenario given as contract JSON: the result JSON, or `{"errors": [...]}`.
pub fn evaluate_json(v: &json::Value, today: Date) -> Result<json::Value, json::Value> {
    match scenario_from_json(v, today) {
        Ok(s) => Ok(json::to_value(&evaluate(&s)).unwrap_or(json::Value::Null)),
        Err(errors) => Err(errors_json(&errors)),
    }
}

/// `{"errors": [{"field": …, "message": …, "message_nl": …}, …]}`
pub fn errors_json(errors: &[FieldError]) -> json::Value {
    json::object([(
        "errors",
        json::to_value(errors).unwrap_or(json::Value::Null),
    )])
}

fn notices(s: &Scenario) -> Vec<Notice> {
    let mut out = Vec::new();
    let wml = &params::WML_HOURLY;
    if wml.outdated_on(s.date) {
        let last = wml.at(s.date);
        out.push(Notice {
            text: txt!(
                "Let op: het minimumloon kan na {} veranderd zijn. Deze versie kent nog geen nieuw bedrag. We rekenen met {} per uur, het bedrag vanaf {}.",
                "Note: the minimum wage may have changed after {}. This version has no newer amount yet. We use {} per hour, the amount from {}.",
                last.from,
                last.value,
                last.from,
            ),
        });
    }
    let min = params::minimum_wage(s.employee.age, s.date);
    if s.job.hourly_wage < min {
        out.push(Notice {
            text: txt!(
                "Het uurloon ({}) is lager dan het minimumloon voor {} jaar ({}). Dat mag niet. Vul het loon van de functie in, vóór loondispensatie.",
                "The hourly wage ({}) is below the minimum wage at age {} ({}). That is not allowed. Enter the wage for the job, before wage dispensation.",
                s.job.hourly_wage,
                s.employee.age,
                min,
            ),
        });
    }
    out
}

/// Collects the conditions of one arrangement: the verdict is `not_eligible` when any condition
/// fails, else `needs_info` when any answer is missing, else `eligible`.
pub(crate) struct Check {
    why: Why,
    failed: bool,
    unknown: bool,
}

impl Check {
    /// With room for `reasons` reasons (the most this arrangement gives): no reallocation, and
    /// buffers of different sizes for different arrangements, which the allocator reuses well.
    pub fn with_capacity(reasons: usize) -> Check {
        Check {
            why: Why(Vec::with_capacity(reasons)),
            failed: false,
            unknown: false,
        }
    }
    #[inline(always)]
    pub fn ok(&mut self, basis: &'static Basis, text: Text) -> &mut Self {
        self.why.add(basis, text);
        self
    }
    #[inline(always)]
    pub fn fail(&mut self, basis: &'static Basis, text: Text) -> &mut Self {
        self.failed = true;
        self.why.add(basis, text);
        self
    }
    #[inline(always)]
    pub fn unknown(&mut self, basis: &'static Basis, text: Text) -> &mut Self {
        self.unknown = true;
        self.why.add(basis, text);
        self
    }
    pub fn failed(&self) -> bool {
        self.failed
    }
    pub fn status(&self) -> Status {
        if self.failed {
            Status::NotEligible
        } else if self.unknown {
            Status::NeedsInfo
        } else {
            Status::Eligible
        }
    }
    pub fn reasons(&mut self) -> Vec<Reason> {
        std::mem::take(&mut self.why.0)
    }
    pub fn done(&mut self) -> Decision {
        let status = self.status();
        Decision::new(status, self.reasons())
    }
}

/// Whether the person has reached the state pension age on the scenario date: `None` when that
/// depends on the birthday (age in whole years equals the pension age and months are added).
pub(crate) fn pension_age_reached(s: &Scenario) -> Option<bool> {
    let (years, months) = params::AOW_AGE.at(s.date).value;
    let age = s.employee.age;
    if age > years || (age == years && months == 0) {
        Some(true)
    } else if age == years {
        None
    } else {
        Some(false)
    }
}

/// Gross wage per month for `hourly` at the scenario's hours (52 weeks / 12 months).
pub(crate) fn per_month(hourly: Cents, s: &Scenario) -> Cents {
    Cents(money::div_round(
        hourly.0 as i128 * s.job.hours_per_week.0 as i128 * 52,
        100 * 12,
    ) as i64)
}

#[cfg(test)]
mod tests;
