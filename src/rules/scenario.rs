//! The scenario (what the employer knows), its validation, and parsing from the contract's JSON.
//!
//! Parsing and validating happen in two steps so that every bad field is reported at once:
//! JSON (or the form) → [`Draft`] (typed, every field optional) → [`Scenario`] (complete, in range).

use crate::json::{self, Map, Value};
use serde::Serialize;

use super::date::Date;
use super::money::{hundredths, Cents, Hours, Pct};
use super::params::EARLIEST_DATE;

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
    pub fn new(field: &str, en: impl Into<String>, nl: impl Into<String>) -> FieldError {
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
                "date",
                format!("the figures start on {EARLIEST_DATE}; choose that date or later"),
                format!(
                    "de bedragen beginnen op {}; kies die datum of later",
                    EARLIEST_DATE.nl()
                ),
            ));
        }
        let age = match self.age {
            None => {
                errors.push(FieldError::new(
                    "employee.age",
                    "age is required",
                    "vul de leeftijd in",
                ));
                None
            }
            Some(a) if a.fract() != 0.0 || !(15.0..=70.0).contains(&a) => {
                errors.push(FieldError::new(
                    "employee.age",
                    "age must be a whole number from 15 to 70",
                    "de leeftijd moet een heel getal zijn van 15 tot en met 70",
                ));
                None
            }
            Some(a) => Some(a as u8),
        };
        if self.benefit.is_none() {
            errors.push(FieldError::new(
                "employee.benefit",
                "benefit is required (use \"unknown\" when you do not know)",
                "kies een uitkering (of \"weet ik niet\")",
            ));
        }
        let loonwaarde = match self.loonwaarde_pct {
            None => None,
            Some(p) if !(0.0..=100.0).contains(&p) => {
                errors.push(FieldError::new(
                    "employee.loonwaarde_pct",
                    "loonwaarde must be a percentage from 0 to 100",
                    "de loonwaarde moet een percentage zijn van 0 tot en met 100",
                ));
                None
            }
            Some(p) => hundredths(p).map(Pct),
        };
        let hours = match self.hours_per_week {
            None => {
                errors.push(FieldError::new(
                    "job.hours_per_week",
                    "hours per week are required",
                    "vul het aantal uren per week in",
                ));
                None
            }
            Some(h) if !(h > 0.0 && h <= 60.0) => {
                errors.push(FieldError::new(
                    "job.hours_per_week",
                    "hours per week must be more than 0 and at most 60",
                    "het aantal uren per week moet meer dan 0 en hoogstens 60 zijn",
                ));
                None
            }
            Some(h) => match hundredths(h) {
                Some(0) => {
                    errors.push(FieldError::new(
                        "job.hours_per_week",
                        "hours per week must be at least 0.01",
                        "het aantal uren per week moet minstens 0,01 zijn",
                    ));
                    None
                }
                other => other.map(Hours),
            },
        };
        let wage = match self.hourly_wage {
            None => {
                errors.push(FieldError::new(
                    "job.hourly_wage",
                    "the gross hourly wage is required",
                    "vul het brutoloon per uur in",
                ));
                None
            }
            Some(w) if !(0.0..=MAX_HOURLY_WAGE).contains(&w) => {
                errors.push(FieldError::new(
                    "job.hourly_wage",
                    "the hourly wage must be from 0 to 500 euros",
                    "het uurloon moet tussen € 0 en € 500 liggen",
                ));
                None
            }
            Some(w) => hundredths(w).map(Cents),
        };
        let contract_months = match self.contract_months {
            None => None,
            Some(m) if m.fract() != 0.0 || !(1.0..=600.0).contains(&m) => {
                errors.push(FieldError::new(
                    "job.contract_months",
                    "contract length must be a whole number of months from 1 to 600 (leave it empty for a permanent contract)",
                    "de duur van het contract moet een heel aantal maanden zijn van 1 tot en met 600 (laat leeg bij een vast contract)",
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
            },
        })
    }
}

// ---------------------------------------------------------------------------------------------
// JSON

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn type_name_nl(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "een getal",
        Value::String(_) => "tekst",
        Value::Array(_) => "een lijst",
        Value::Object(_) => "een object",
    }
}

fn wrong_type(field: &str, expected: &str, got: &Value) -> FieldError {
    let expected_nl = match expected {
        "a number" => "een getal",
        "true, false or null" => "true, false of null",
        "an object" => "een object",
        "a string" => "tekst",
        "a date string YYYY-MM-DD" => "een datum JJJJ-MM-DD",
        "a scenario object" => "een scenario-object",
        other => other,
    };
    FieldError::new(
        field,
        format!("expected {expected}, got {}", type_name(got)),
        format!("verwacht {expected_nl}, gekregen: {}", type_name_nl(got)),
    )
}

struct Reader<'m, 'e> {
    prefix: &'static str,
    map: &'m Map,
    errors: &'e mut Vec<FieldError>,
}

impl<'m> Reader<'m, '_> {
    fn path(&self, key: &str) -> String {
        if self.prefix.is_empty() {
            key.to_string()
        } else {
            format!("{}.{}", self.prefix, key)
        }
    }

    fn unknown_fields(&mut self, known: &[&str]) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                let path = self.path(key);
                self.errors.push(FieldError::new(
                    &path,
                    format!("unknown field \"{path}\" (known: {})", known.join(", ")),
                    format!("onbekend veld \"{path}\" (bekend: {})", known.join(", ")),
                ));
            }
        }
    }

    fn number(&mut self, key: &str) -> Option<f64> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => n.as_f64(),
            Some(other) => {
                let e = wrong_type(&self.path(key), "a number", other);
                self.errors.push(e);
                None
            }
        }
    }

    fn boolean(&mut self, key: &str) -> Option<bool> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                let e = wrong_type(&self.path(key), "true, false or null", other);
                self.errors.push(e);
                None
            }
        }
    }

    fn object(&mut self, key: &str) -> Option<&'m Map> {
        match self.map.get(key) {
            Some(Value::Object(m)) => Some(m),
            None | Some(Value::Null) => {
                let p = self.path(key);
                self.errors.push(FieldError::new(
                    &p,
                    format!("\"{p}\" is required"),
                    format!("\"{p}\" ontbreekt"),
                ));
                None
            }
            Some(other) => {
                let e = wrong_type(&self.path(key), "an object", other);
                self.errors.push(e);
                None
            }
        }
    }
}

/// Reads a scenario from the contract's JSON into a [`Draft`], recording type errors and unknown
/// fields (values are range-checked later by [`Draft::validate`]).
pub fn draft_from_json(v: &Value, errors: &mut Vec<FieldError>) -> Draft {
    let mut draft = Draft::default();
    let Value::Object(top) = v else {
        errors.push(wrong_type("", "a scenario object", v));
        return draft;
    };
    let mut r = Reader {
        prefix: "",
        map: top,
        errors,
    };
    r.unknown_fields(&["date", "employee", "job"]);
    match top.get("date") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => match Date::parse(s) {
            Some(d) => draft.date = Some(d),
            None => r.errors.push(FieldError::new(
                "date",
                format!("\"{s}\" is not a date in the form YYYY-MM-DD"),
                format!("\"{s}\" is geen datum in de vorm JJJJ-MM-DD"),
            )),
        },
        Some(other) => r
            .errors
            .push(wrong_type("date", "a date string YYYY-MM-DD", other)),
    }
    let employee = r.object("employee");
    let job = r.object("job");
    if let Some(map) = employee {
        let mut e = Reader {
            prefix: "employee",
            map,
            errors: r.errors,
        };
        e.unknown_fields(&[
            "age",
            "benefit",
            "wajong_work_capacity",
            "target_group_register",
            "structural_limitation",
            "wsw",
            "loonwaarde_pct",
        ]);
        draft.age = e.number("age");
        match map.get("benefit") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => match Benefit::from_code(s) {
                Some(b) => draft.benefit = Some(b),
                None => {
                    let known: Vec<&str> = Benefit::ALL.iter().map(|b| b.code()).collect();
                    e.errors.push(FieldError::new(
                        "employee.benefit",
                        format!("unknown benefit \"{s}\" (one of: {})", known.join(", ")),
                        format!(
                            "onbekende uitkering \"{s}\" (een van: {})",
                            known.join(", ")
                        ),
                    ))
                }
            },
            Some(other) => e
                .errors
                .push(wrong_type("employee.benefit", "a string", other)),
        }
        draft.wajong_work_capacity = e.boolean("wajong_work_capacity");
        draft.target_group_register = e.boolean("target_group_register");
        draft.structural_limitation = e.boolean("structural_limitation");
        draft.wsw = e.boolean("wsw");
        draft.loonwaarde_pct = e.number("loonwaarde_pct");
    }
    if let Some(map) = job {
        let mut j = Reader {
            prefix: "job",
            map,
            errors: r.errors,
        };
        j.unknown_fields(&["hours_per_week", "hourly_wage", "contract_months"]);
        draft.hours_per_week = j.number("hours_per_week");
        draft.hourly_wage = j.number("hourly_wage");
        draft.contract_months = j.number("contract_months");
    }
    draft
}

/// JSON → a valid scenario, or every problem with it at once.
pub fn scenario_from_json(v: &Value, today: Date) -> Result<Scenario, Vec<FieldError>> {
    let mut errors = Vec::new();
    let draft = draft_from_json(v, &mut errors);
    let missing_objects: Vec<String> = errors
        .iter()
        .filter(|e| e.field == "employee" || e.field == "job")
        .map(|e| e.field.clone())
        .collect();
    let mut field_errors = Vec::new();
    let scenario = draft.validate(today, &mut field_errors);
    // A missing object is already reported as a whole: drop its per-field "required" errors.
    errors.extend(field_errors.into_iter().filter(|e| {
        !missing_objects
            .iter()
            .any(|m| e.field.starts_with(&format!("{m}.")))
    }));
    // A field with a type error is also "missing" for the validation: report it once.
    errors.dedup_by(|b, a| a.field == b.field);
    let mut seen = std::collections::HashSet::new();
    errors.retain(|e| seen.insert(e.field.clone()));
    match scenario {
        Some(s) if errors.is_empty() => Ok(s),
        _ => Err(errors),
    }
}

/// A scenario back to the contract's JSON (used for share links and round-trip tests).
pub fn scenario_to_json(s: &Scenario) -> Value {
    let num = |hundredths: i64| Value::from(hundredths as f64 / 100.0);
    json::object([
        ("date", Value::from(s.date.to_string())),
        (
            "employee",
            json::object([
                ("age", Value::from(s.employee.age as i64)),
                ("benefit", Value::from(s.employee.benefit.code())),
                (
                    "wajong_work_capacity",
                    s.employee.wajong_work_capacity.into(),
                ),
                (
                    "target_group_register",
                    s.employee.target_group_register.into(),
                ),
                (
                    "structural_limitation",
                    s.employee.structural_limitation.into(),
                ),
                ("wsw", Value::from(s.employee.wsw)),
                (
                    "loonwaarde_pct",
                    s.employee.loonwaarde.map(|p| num(p.0)).into(),
                ),
            ]),
        ),
        (
            "job",
            json::object([
                ("hours_per_week", num(s.job.hours_per_week.0)),
                ("hourly_wage", num(s.job.hourly_wage.0)),
                (
                    "contract_months",
                    s.job.contract_months.map(|m| m as i64).into(),
                ),
            ]),
        ),
    ])
}
