//! The rules engine: a [`Scenario`] in, an [`Evaluation`] out. Pure Rust: no I/O, no JSON, no web
//! dependencies; the same code in the browser and in the native command.
//!
//! * [`arrangement`]: the arrangements, each defined once ([`Arrangement`]).
//! * One module per arrangement ([`loondispensatie`], [`no_riskpolis`], [`jobcoach`], [`lkv`],
//!   [`loonkostensubsidie`], [`proefplaatsing`]): its conditions, amounts, reasons and next step.
//! * Under them, what they share: [`decide`] (conditions → verdict), [`law`] (the legal
//!   references), [`result`] (the output types), [`params`] (every figure, dated, with its
//!   source), [`money`], [`date`], [`text`] (texts in both languages, formatted when shown).
//! * Over them: [`costs`] (wage costs, next steps), [`notices`], [`evaluation`]; and this file,
//!   which calls each arrangement's module. Nothing below imports from here.

pub mod arrangement;
pub mod costs;
pub mod date;
pub mod decide;
pub mod evaluation;
pub mod jobcoach;
pub mod law;
pub mod lkv;
pub mod loondispensatie;
pub mod loonkostensubsidie;
pub mod money;
pub mod no_riskpolis;
pub mod notices;
pub mod params;
pub mod proefplaatsing;
pub mod result;
pub mod sample;
pub mod scenario;
pub mod text;
pub mod werkbehoud;
pub mod werkplekaanpassing;

pub use arrangement::Arrangement;
pub use date::Date;
pub use evaluation::Evaluation;
pub use result::{Decision, Status};
pub use scenario::{Benefit, Draft, FieldError, Scenario};

use result::Step;

/// Evaluates every arrangement for one valid scenario.
pub fn evaluate(s: &Scenario) -> Evaluation {
    let mut e = Evaluation::empty(s);
    evaluate_into(s, &mut e);
    e
}

/// [`evaluate`], into `e` (any earlier result, which is cleared): the result is built where it
/// stays (each decision, the costs, the notices), so nothing is moved or allocated on the way. For
/// many scenarios in a row (the benchmark) one result is reused. The next steps are worked out
/// when asked for ([`Evaluation::next_steps`]).
pub fn evaluate_into(s: &Scenario, e: &mut Evaluation) {
    e.clear(s);
    let arrangements = &mut e.arrangements;
    loondispensatie::decide_into(s, &mut arrangements.loondispensatie);
    no_riskpolis::decide_into(s, &mut arrangements.no_riskpolis);
    jobcoach::decide_into(s, &mut arrangements.jobcoach);
    lkv::decide_into(s, &mut arrangements.lkv);
    loonkostensubsidie::decide_into(s, &mut arrangements.loonkostensubsidie);
    proefplaatsing::decide_into(s, &mut arrangements.proefplaatsing);
    werkplekaanpassing::decide_into(s, &mut arrangements.werkplekaanpassing);
    werkbehoud::decide_into(s, &mut arrangements.werkbehoud);
    lkv::liv_into(s, &mut arrangements.liv);
    if s.job.already_employed == Some(true) {
        // Said of someone who already works here: "uw werknemer", not "uw kandidaat".
        arrangements.for_each_decision(|d| d.reasons.iter_mut().for_each(|r| r.employee = true));
    }
    let figures = params::On::date(s.date);
    e.costs = costs::wage_costs(s, &e.arrangements);
    notices::notices(s, &e.arrangements, figures, &mut e.notices);
    e.parameters_valid_from = figures.valid_from();
}

/// Each arrangement's module, by its identity.
impl Arrangement {
    /// What the employer does next when `d` says it applies (with its deadline, if any).
    fn step(self, s: &Scenario, d: &Decision) -> Option<Step> {
        match self {
            Arrangement::Loondispensatie => loondispensatie::step(s, d),
            Arrangement::NoRiskpolis => no_riskpolis::step(s, d),
            Arrangement::Jobcoach => jobcoach::step(s, d),
            Arrangement::Lkv => lkv::step(s, d),
            Arrangement::Loonkostensubsidie => loonkostensubsidie::step(s, d),
            Arrangement::Proefplaatsing => proefplaatsing::step(s, d),
            Arrangement::Werkplekaanpassing => werkplekaanpassing::step(s, d),
            Arrangement::Werkbehoud => werkbehoud::step(s, d),
            Arrangement::Liv => None,
        }
    }
}

#[cfg(test)]
mod tests;
