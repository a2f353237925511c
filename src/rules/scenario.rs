//! The scenario (what the employer knows) and its validation.
//!
//! Reading and validating happen in two steps so that every bad field is reported at once: the
//! contract's JSON (`crate::contract::read`) or the form (`crate::form`) → [`Draft`] (typed, every
//! field optional) → [`Scenario`] (complete, in range).

use serde::Serialize;

use super::date::Date;
use super::money::{hundredths, Cents, Hours, Pct};
use super::params::EARLIEST_DATE;

/// Every input of a scenario by its path in the contract (`../shared/contract/` §1): the names of
/// the form's inputs, of the share link's parts, of the batch columns and of the errors' `field`.
pub mod field {
    pub const DATE: &str = "date";
    pub const AGE: &str = "employee.age";
    pub const BENEFIT: &str = "employee.benefit";
    pub const WAJONG_WORK_CAPACITY: &str = "employee.wajong_work_capacity";
    pub const TARGET_GROUP_REGISTER: &str = "employee.target_group_register";
    pub const STRUCTURAL_LIMITATION: &str = "employee.structural_limitation";
    pub const WSW: &str = "employee.wsw";
    pub const LOONWAARDE_PCT: &str = "employee.loonwaarde_pct";
    pub const HOURS_PER_WEEK: &str = "job.hours_per_week";
    pub const HOURLY_WAGE: &str = "job.hourly_wage";
    pub const CONTRACT_MONTHS: &str = "job.contract_months";
    pub const ALREADY_EMPLOYED: &str = "job.already_employed";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Benefit {
    Wajong,
    Wia,
    Wao,
    Waz,
    Ww,
    Participatiewet,
    NoBenefit,
    Unknown,
}

impl Benefit {
    pub const ALL: [Benefit; 8] = [
        Benefit::Wajong,
        Benefit::Wia,
        Benefit::Wao,
        Benefit::Waz,
        Benefit::Ww,
        Benefit::Participatiewet,
        Benefit::NoBenefit,
        Benefit::Unknown,
    ];

    /// The contract's JSON value.
    pub fn code(self) -> &'static str {
        match self {
            Benefit::Wajong => "wajong",
            Benefit::Wia => "wia",
            Benefit::Wao => "wao",
            Benefit::Waz => "waz",
            Benefit::Ww => "ww",
            Benefit::Participatiewet => "participatiewet",
            Benefit::NoBenefit => "none",
            Benefit::Unknown => "unknown",
        }
    }

    pub fn from_code(s: &str) -> Option<Benefit> {
        Benefit::ALL.into_iter().find(|b| b.code() == s)
    }

    /// A disability benefit from UWV (the person was assessed as (partly) unfit for work).
    pub fn is_disability(self) -> bool {
        matches!(self, Benefit::Wia | Benefit::Wao | Benefit::Waz)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Employee {
    pub age: u8,
    pub benefit: Benefit,
    pub wajong_work_capacity: Option<bool>,
    pub target_group_register: Option<bool>,
    pub structural_limitation: Option<bool>,
    pub wsw: bool,
    pub loonwaarde: Option<Pct>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    pub hours_per_week: Hours,
    pub hourly_wage: Cents,
    /// `None`: permanent contract.
    pub contract_months: Option<u32>,
    /// The person already works for this employer (keeping or changing a current job) rather than
    /// being a new hire; `None`: don't know.
    pub already_employed: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub date: Date,
    pub employee: Employee,
    pub job: Job,
}

/// A bad field: its scenario path (`job.hours_per_week`), what is wrong, in English and Dutch.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
    pub message_nl: String,
}

impl FieldError {
    /// `FieldError::new(field, dutch, english)`: the languages in the order of `txt!`.
    pub fn new(field: &str, nl: impl Into<String>, en: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: en.into(),
            message_nl: nl.into(),
        }
    }
}

/// A scenario as entered: every field typed but optional. `None` means missing or "don't know".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub date: Option<Date>,
    pub age: Option<f64>,
    pub benefit: Option<Benefit>,
    pub wajong_work_capacity: Option<bool>,
    pub target_group_register: Option<bool>,
    pub structural_limitation: Option<bool>,
    pub wsw: Option<bool>,
    pub loonwaarde_pct: Option<f64>,
    pub hours_per_week: Option<f64>,
    pub hourly_wage: Option<f64>,
    pub contract_months: Option<f64>,
    /// `None`: don't know (the contract's reader makes a missing field `Some(false)`).
    pub already_employed: Option<bool>,
}

pub const MAX_HOURLY_WAGE: f64 = 500.0;

impl Draft {
    /// Checks presence and ranges; `today` is used when no date was given. Every problem is pushed to
    /// `errors`; a scenario comes back only when there were none (here or before).
    pub fn validate(&self, today: Date, errors: &mut Vec<FieldError>) -> Option<Scenario> {
        let before = errors.len();
        let date = self.date.unwrap_or(today);
        if date < EARLIEST_DATE {
            errors.push(FieldError::new(
                field::DATE,
                format!(
                    "de bedragen beginnen op {}; kies die datum of later",
                    EARLIEST_DATE.nl()
                ),
                format!("the figures start on {EARLIEST_DATE}; choose that date or later"),
            ));
        }
        let age = match self.age {
            None => {
                errors.push(FieldError::new(
                    field::AGE,
                    "vul de leeftijd in",
                    "age is required",
                ));
                None
            }
            Some(a) if a.fract() != 0.0 || !(15.0..=70.0).contains(&a) => {
                errors.push(FieldError::new(
                    field::AGE,
                    "de leeftijd moet een heel getal zijn van 15 tot en met 70",
                    "age must be a whole number from 15 to 70",
                ));
                None
            }
            Some(a) => Some(a as u8),
        };
        if self.benefit.is_none() {
            errors.push(FieldError::new(
                field::BENEFIT,
                "kies een uitkering (of \"weet ik niet\")",
                "benefit is required (use \"unknown\" when you do not know)",
            ));
        }
        let loonwaarde = match self.loonwaarde_pct {
            None => None,
            Some(p) if !(0.0..=100.0).contains(&p) => {
                errors.push(FieldError::new(
                    field::LOONWAARDE_PCT,
                    "de loonwaarde moet een percentage zijn van 0 tot en met 100",
                    "loonwaarde must be a percentage from 0 to 100",
                ));
                None
            }
            Some(p) => hundredths(p).map(Pct),
        };
        let hours = match self.hours_per_week {
            None => {
                errors.push(FieldError::new(
                    field::HOURS_PER_WEEK,
                    "vul het aantal uren per week in",
                    "hours per week are required",
                ));
                None
            }
            Some(h) if !(h > 0.0 && h <= 60.0) => {
                errors.push(FieldError::new(
                    field::HOURS_PER_WEEK,
                    "het aantal uren per week moet meer dan 0 en hoogstens 60 zijn",
                    "hours per week must be more than 0 and at most 60",
                ));
                None
            }
            Some(h) => match hundredths(h) {
                Some(0) => {
                    errors.push(FieldError::new(
                        field::HOURS_PER_WEEK,
                        "het aantal uren per week moet minstens 0,01 zijn",
                        "hours per week must be at least 0.01",
                    ));
                    None
                }
                other => other.map(Hours),
            },
        };
        let wage = match self.hourly_wage {
            None => {
                errors.push(FieldError::new(
                    field::HOURLY_WAGE,
                    "vul het brutoloon per uur in",
                    "the gross hourly wage is required",
                ));
                None
            }
            Some(w) if !(0.0..=MAX_HOURLY_WAGE).contains(&w) => {
                errors.push(FieldError::new(
                    field::HOURLY_WAGE,
                    "het uurloon moet tussen € 0 en € 500 liggen",
                    "the hourly wage must be from 0 to 500 euros",
                ));
                None
            }
            Some(w) => hundredths(w).map(Cents),
        };
        let contract_months = match self.contract_months {
            None => None,
            Some(m) if m.fract() != 0.0 || !(1.0..=600.0).contains(&m) => {
                errors.push(FieldError::new(
                    field::CONTRACT_MONTHS,
                    "de duur van het contract moet een heel aantal maanden zijn van 1 tot en met 600 (laat leeg bij een vast contract)",
                    "contract length must be a whole number of months from 1 to 600 (leave it empty for a permanent contract)",
                ));
                None
            }
            Some(m) => Some(m as u32),
        };
        if errors.len() != before {
            return None;
        }
        Some(Scenario {
            date,
            employee: Employee {
                age: age?,
                benefit: self.benefit?,
                wajong_work_capacity: if self.benefit == Some(Benefit::Wajong) {
                    self.wajong_work_capacity
                } else {
                    None
                },
                target_group_register: self.target_group_register,
                structural_limitation: self.structural_limitation,
                wsw: self.wsw.unwrap_or(false),
                loonwaarde,
            },
            job: Job {
                hours_per_week: hours?,
                hourly_wage: wage?,
                contract_months,
                already_employed: self.already_employed,
            },
        })
    }
}
