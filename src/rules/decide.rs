//! What the arrangement modules share to reach a decision: [`Conditions`] collects the conditions
//! and their reasons into a verdict, and the few facts several rules ask about.

use super::law::Basis;
use super::money::{self, Cents};
use super::params;
use super::result::{Decision, Reason, Status};
use super::scenario::Scenario;
use super::text::Text;

/// Collects the conditions of one arrangement into the decision it fills in place (so that an
/// evaluation moves no decision): the verdict is `not_eligible` when any condition fails, else
/// `needs_info` when any answer is missing, else `eligible`.
pub(crate) struct Conditions<'d> {
    decision: &'d mut Decision,
    failed: bool,
    unknown: bool,
}

impl<'d> Conditions<'d> {
    /// Into `decision`, which has no reasons yet ([`Decision::empty`]).
    pub fn new(decision: &'d mut Decision) -> Conditions<'d> {
        debug_assert!(decision.reasons.is_empty());
        Conditions {
            decision,
            failed: false,
            unknown: false,
        }
    }
    #[inline(always)]
    fn add(&mut self, basis: &'static Basis, text: Text) {
        self.decision.reasons.push(Reason::new(basis, text));
    }
    #[inline(always)]
    pub fn ok(&mut self, basis: &'static Basis, text: Text) -> &mut Self {
        self.add(basis, text);
        self
    }
    #[inline(always)]
    pub fn fail(&mut self, basis: &'static Basis, text: Text) -> &mut Self {
        self.failed = true;
        self.add(basis, text);
        self
    }
    #[inline(always)]
    pub fn unknown(&mut self, basis: &'static Basis, text: Text) -> &mut Self {
        self.unknown = true;
        self.add(basis, text);
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
    /// The decision with its verdict, for the amounts and the rest.
    pub fn done(self) -> &'d mut Decision {
        self.decision.status = self.status();
        self.decision
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
