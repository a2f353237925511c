//! What the arrangement modules share to reach a decision: [`Conditions`] collects the conditions
//! and their reasons into a verdict, and the few facts several rules ask about.

use super::law::Basis;
use super::money::{self, Cents};
use super::params;
use super::result::{Decision, Reason, Status, Why};
use super::scenario::Scenario;
use super::text::Text;

/// Collects the conditions of one arrangement: the verdict is `not_eligible` when any condition
/// fails, else `needs_info` when any answer is missing, else `eligible`.
pub(crate) struct Conditions {
    why: Why,
    failed: bool,
    unknown: bool,
}

impl Conditions {
    /// With room for `reasons` reasons (the most this arrangement gives): no reallocation, and
    /// buffers of different sizes for different arrangements, which the allocator reuses well.
    pub fn with_capacity(reasons: usize) -> Conditions {
        Conditions {
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
