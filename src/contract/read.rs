//! Reading a scenario from the contract's JSON (`../shared/contract/` §1) into the engine's
//! [`Draft`], and writing one back (share links and round-trip tests). Every problem is reported at
//! once, each with the field it is about.

use crate::rules::scenario::field;
use serde_json::{Map, Value};

use crate::rules::date::Date;
use crate::rules::scenario::{Benefit, Draft, FieldError, Scenario};

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
        format!("verwacht {expected_nl}, gekregen: {}", type_name_nl(got)),
        format!("expected {expected}, got {}", type_name(got)),
    )
}

struct Reader<'m, 'e> {
    prefix: &'static str,
    map: &'m Map<String, Value>,
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
                    format!("onbekend veld \"{path}\" (bekend: {})", known.join(", ")),
                    format!("unknown field \"{path}\" (known: {})", known.join(", ")),
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

    fn object(&mut self, key: &str) -> Option<&'m Map<String, Value>> {
        match self.map.get(key) {
            Some(Value::Object(m)) => Some(m),
            None | Some(Value::Null) => {
                let p = self.path(key);
                self.errors.push(FieldError::new(
                    &p,
                    format!("\"{p}\" ontbreekt"),
                    format!("\"{p}\" is required"),
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
    r.unknown_fields(&[field::DATE, "employee", "job"]);
    match top.get(field::DATE) {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => match Date::parse(s) {
            Some(d) => draft.date = Some(d),
            None => r.errors.push(FieldError::new(
                field::DATE,
                format!("\"{s}\" is geen datum in de vorm JJJJ-MM-DD"),
                format!("\"{s}\" is not a date in the form YYYY-MM-DD"),
            )),
        },
        Some(other) => r
            .errors
            .push(wrong_type(field::DATE, "a date string YYYY-MM-DD", other)),
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
                        field::BENEFIT,
                        format!(
                            "onbekende uitkering \"{s}\" (een van: {})",
                            known.join(", ")
                        ),
                        format!("unknown benefit \"{s}\" (one of: {})", known.join(", ")),
                    ))
                }
            },
            Some(other) => e.errors.push(wrong_type(field::BENEFIT, "a string", other)),
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
        j.unknown_fields(&[
            "hours_per_week",
            "hourly_wage",
            "contract_months",
            "already_employed",
        ]);
        draft.hours_per_week = j.number("hours_per_week");
        draft.hourly_wage = j.number("hourly_wage");
        draft.contract_months = j.number("contract_months");
        // Missing: a new hire (as in documents from before the field); null: don't know.
        draft.already_employed = match map.get("already_employed") {
            None => Some(false),
            Some(_) => j.boolean("already_employed"),
        };
    }
    draft
}

/// JSON → a valid scenario, or every problem with it at once.
pub fn scenario_from_json(v: &Value, today: Date) -> Result<Scenario, Vec<FieldError>> {
    let mut errors = Vec::new();
    let draft = draft_from_json(v, &mut errors);
    if !v.is_object() {
        // `5`, `null`, `[[]]`: one error for the whole, not one per field it lacks.
        return Err(errors);
    }
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
    let e = &s.employee;
    serde_json::json!({
        "date": s.date.to_string(),
        "employee": {
            "age": e.age,
            "benefit": e.benefit.code(),
            "wajong_work_capacity": e.wajong_work_capacity,
            "target_group_register": e.target_group_register,
            "structural_limitation": e.structural_limitation,
            "wsw": e.wsw,
            "loonwaarde_pct": e.loonwaarde.map(|p| num(p.0)),
        },
        "job": {
            "hours_per_week": num(s.job.hours_per_week.0),
            "hourly_wage": num(s.job.hourly_wage.0),
            "contract_months": s.job.contract_months,
            "already_employed": s.job.already_employed,
        },
    })
}
