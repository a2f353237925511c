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
    let figures = params::On::date(s.date);
    Evaluation {
        date: s.date,
        costs: costs::wage_costs(s, &arrangements),
        next_steps: costs::next_steps(s, &arrangements),
        notices: notices(s, &arrangements, figures),
        arrangements,
        parameters_valid_from: figures.valid_from(),
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

fn notices(s: &Scenario, arrangements: &Arrangements, figures: params::On) -> Vec<Notice> {
    // Room for the usual few (no reallocation while adding).
    let mut out = Vec::with_capacity(4);
    // A peildatum more than a year after the newest scheduled figure: beyond what they can say.
    let newest = params::newest_scheduled();
    if s.date > newest.add_months(12) {
        out.push(Notice::new(txt!(
            "Let op: de peildatum ligt meer dan een jaar na de nieuwste bedragen in deze versie (die gelden vanaf {}). Voor deze datum is de schatting onbetrouwbaar: veel bedragen en regels kunnen veranderd zijn.",
            "Note: the reference date is more than a year after the newest figures in this version (valid from {}). For this date the estimate is unreliable: many amounts and rules may have changed.",
            newest,
        )));
    }
    for (i, figure) in figures.uncertain() {
        if figure_in_use(i, figure, s, arrangements) {
            // Of the youth percentages only the person's own age matters.
            let part = (figure == params::YOUTH_PCT.figure)
                .then(|| params::youth_part(s.employee.age))
                .flatten();
            out.push(Notice::figure(figure, s.date, part));
        }
    }
    let min = params::minimum_wage(s.employee.age, s.date);
    if s.job.hourly_wage < min {
        out.push(Notice::new(txt!(
            "Het uurloon ({}) is lager dan het minimumloon voor {} jaar ({}). Dat mag niet. Vul het loon van de functie in, vóór loondispensatie.",
            "The hourly wage ({}) is below the minimum wage at age {} ({}). That is not allowed. Enter the wage for the job, before wage dispensation.",
            s.job.hourly_wage,
            s.employee.age,
            min,
        )));
    }
    out
}

/// Whether the answer for `s` depends on figure `f`: not when the arrangement of its file (a file
/// per arrangement, `lkv.toml` for `lkv`) does not apply anyway; the youth percentages only below
/// 21, the experiment only for the benefits it concerns, an LKV category only for whom it could
/// apply.
fn figure_in_use(i: usize, f: &params::Figure, s: &Scenario, arrangements: &Arrangements) -> bool {
    use params::*;
    let not_eligible = arrangement_of(i)
        .and_then(|a| arrangements.get(a))
        .is_some_and(|(_, d)| d.status == Status::NotEligible);
    if not_eligible {
        return false;
    }
    let e = &s.employee;
    let is = |p: &Figure| f == p;
    if is(YOUTH_PCT.figure) {
        params::youth_part(e.age).is_some()
    } else if is(LOONDISPENSATIE_EXPERIMENT.figure) {
        matches!(
            (e.benefit, e.wajong_work_capacity),
            (Benefit::Wajong, Some(false) | None) | (Benefit::Wia, _)
        )
    } else if is(LKV_OUDERE_WERKNEMER.figure) {
        u32::from(e.age) >= LKV_OUDERE_WERKNEMER.at(s.date).value.min_age
    } else if is(LKV_ARBEIDSGEHANDICAPT.figure) {
        e.benefit.is_disability() || e.benefit == Benefit::Unknown
    } else if is(LKV_BANENAFSPRAAK.figure) {
        e.benefit == Benefit::Wajong || e.target_group_register != Some(false)
    } else if is(LKV_HERPLAATSEN.figure) {
        // For an employee resuming work with the same employer: the check is about a new hire.
        false
    } else if is(LIV.figure) {
        LIV.at(s.date).value.in_force
    } else {
        true
    }
}

/// The arrangement (its position in [`Arrangements::get`]) that figure `i` of
/// [`params::FIGURES`] is about: the one its file is named after (`lkv.toml` for `lkv`), if any.
/// Worked out once, so that evaluating compares no names.
fn arrangement_of(i: usize) -> Option<usize> {
    static ARRANGEMENT: std::sync::OnceLock<Vec<Option<usize>>> = std::sync::OnceLock::new();
    ARRANGEMENT.get_or_init(|| {
        params::FIGURES
            .iter()
            .map(|f| {
                let stem = f.file.strip_suffix(".toml").unwrap_or(f.file);
                Arrangements::KEYS
                    .iter()
                    .chain(&["liv"])
                    .position(|k| *k == stem)
            })
            .collect()
    })[i]
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
    let aow = &params::AOW_AGE.at(s.date).value;
    let (years, months) = (aow.years, aow.months);
    let age = u32::from(s.employee.age);
    if age > years || (age == years && months == 0) {
        Some(true)
    } else if age == years {
        None
    } else {
        Some(false)
    }
}

/// Gross wage per month for `hourly` at `hours` a week (52 weeks / 12 months).
pub(crate) fn per_month(hourly: Cents, hours: money::Hours) -> Cents {
    Cents(money::div_round(hourly.0 as i128 * hours.0 as i128 * 52, 100 * 12) as i64)
}

#[cfg(test)]
mod tests;
