//! The form as the user fills it in: raw text per field, keyed by the contract's input names
//! (`employee.age`, `job.hourly_wage`, …). Pure (no web dependencies) so it is tested natively; the
//! Yew shell only stores a [`Form`] and renders what [`Form::check`] returns.

use crate::input::{parse_number, NumberError};
use crate::rules::money::Cents;
use crate::rules::scenario::MAX_HOURLY_WAGE;
use crate::rules::{Benefit, Date, Draft, FieldError, Scenario};

/// Every input's `name`, in form order. `job.monthly_wage` is the page's only input that is not a
/// scenario field: it is converted to `job.hourly_wage` (see [`hourly_from_monthly`]).
/// The form's inputs: the scenario's (see [`crate::rules::scenario::field`]) and the wage per month,
/// from which the hourly wage can be computed.
pub mod field {
    pub use crate::rules::scenario::field::*;
    pub const MONTHLY_WAGE: &str = "job.monthly_wage";
}

pub const FIELDS: [&str; 13] = [
    field::ALREADY_EMPLOYED,
    field::BENEFIT,
    field::WAJONG_WORK_CAPACITY,
    field::TARGET_GROUP_REGISTER,
    field::STRUCTURAL_LIMITATION,
    field::AGE,
    field::WSW,
    field::DATE,
    field::HOURS_PER_WEEK,
    field::HOURLY_WAGE,
    field::MONTHLY_WAGE,
    field::CONTRACT_MONTHS,
    field::LOONWAARDE_PCT,
];

/// Fields without which there is no result.
pub const REQUIRED: [&str; 4] = [
    field::BENEFIT,
    field::AGE,
    field::HOURS_PER_WEEK,
    field::HOURLY_WAGE,
];

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    values: Vec<(&'static str, String)>,
    /// The wage was typed per month (and the hourly wage is computed from it), not per hour.
    wage_from_month: bool,
}

/// Weeks in a month on average, as payroll counts them: 13 weeks per 3 months.
const WEEKS_PER_MONTH: f64 = 13.0 / 3.0;

/// Gross hourly wage from a monthly wage: `monthly × 3 / 13 / hours per week`, in whole cents.
pub fn hourly_from_monthly(monthly: f64, hours_per_week: f64) -> Option<f64> {
    (hours_per_week > 0.0 && monthly.is_finite())
        .then(|| (monthly / WEEKS_PER_MONTH / hours_per_week * 100.0).round() / 100.0)
}

/// Gross monthly wage from an hourly wage: `hourly × hours per week × 13 / 3`, in whole cents.
pub fn monthly_from_hourly(hourly: f64, hours_per_week: f64) -> Option<f64> {
    (hours_per_week > 0.0 && hourly.is_finite())
        .then(|| (hourly * hours_per_week * WEEKS_PER_MONTH * 100.0).round() / 100.0)
}

/// An amount as it is typed in a Dutch input: decimal comma, thousands grouped with a dot
/// (`2.125,17`, `14,71`), which [`parse_number`] reads back as the same amount.
fn input_amount(x: f64) -> String {
    // Inputs are bounded (`parse_number`), but a quotient of them need not be: clamp before the
    // conversion (the formatter takes the magnitude unsigned).
    Cents((x * 100.0).round().clamp(-1e17, 1e17) as i64).number(true)
}

/// Units people type after a number, per field (`20 uur`, `23 jaar`, `€ 14,71 per uur`); compared
/// in lower case (ASCII), after the number and a space or not.
fn units(name: &str) -> &'static [&'static str] {
    match name {
        field::HOURS_PER_WEEK => &[
            "uur per week",
            "uren per week",
            "per week",
            "uren",
            "uur",
            "u",
            "hours a week",
            "hours per week",
            "hours",
            "hour",
            "hrs",
            "h",
        ],
        field::AGE => &[
            "jaar oud",
            "jaar",
            "jr",
            "years old",
            "years",
            "year",
            "yrs",
        ],
        field::CONTRACT_MONTHS => &["maanden", "maand", "mnd", "months", "month"],
        field::HOURLY_WAGE => &[
            "per uur", "/uur", "p/u", "an hour", "per hour", "/hour", "/h",
        ],
        field::MONTHLY_WAGE => &[
            "per maand",
            "/maand",
            "p/m",
            "a month",
            "per month",
            "/month",
        ],
        _ => &[],
    }
}

/// The text of a number field without a unit typed after the number.
fn without_unit<'a>(name: &str, text: &'a str) -> &'a str {
    let trimmed = text.trim_end();
    for unit in units(name) {
        let Some(at) = trimmed.len().checked_sub(unit.len()) else {
            continue;
        };
        if trimmed.is_char_boundary(at) && trimmed[at..].eq_ignore_ascii_case(unit) {
            let rest = trimmed[..at].trim_end();
            // Only after a number: "uur" alone is not a number of hours.
            if rest.ends_with(|c: char| c.is_ascii_digit()) {
                return rest;
            }
        }
    }
    text
}

/// A wage of € 0: no job pays it, and every saving computed from it would read "€ 0,00". (The
/// contract allows 0 for programs that compute with it; the page and the batch ask instead.)
fn no_wage(name: &str) -> FieldError {
    FieldError::new(
        name,
        "een loon van € 0 kan niet; vul het brutoloon in dat de baan betaalt",
        "a wage of 0 euros is not possible; enter the gross wage the job pays",
    )
}

/// Whether a typed amount is one with three digits after a single separator (`14,711`, `18.505`):
/// read as thousands, but as an hourly wage more likely a typing slip for cents.
fn three_decimals(text: &str) -> Option<f64> {
    let t = text.trim().trim_start_matches('€').trim();
    let (whole, part) = t.split_once([',', '.'])?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number = |s: &str| s.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    // (Whole digits, not float parsing: that would bring Rust's dec2flt into the wasm.)
    (digits(whole) && whole.len() <= 3 && part.len() == 3 && digits(part))
        .then(|| f64::from(number(whole)) + f64::from(number(part)) / 1000.0)
}

/// What the form currently yields: a scenario when complete and valid; otherwise the errors to show
/// next to fields and the required fields still empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub scenario: Option<Scenario>,
    pub errors: Vec<FieldError>,
    pub missing: Vec<&'static str>,
}

impl Checked {
    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}

fn yes_no_unknown(v: &str) -> Option<bool> {
    match v {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

impl Form {
    /// An empty form: peildatum `today`, yes/no/don't-know questions on "weet ik niet", Wsw "nee".
    pub fn new(today: Date) -> Form {
        let values = FIELDS
            .iter()
            .map(|&f| {
                let v = match f {
                    field::DATE => today.to_string(),
                    field::WAJONG_WORK_CAPACITY
                    | field::TARGET_GROUP_REGISTER
                    | field::STRUCTURAL_LIMITATION => "unknown".to_string(),
                    field::WSW | field::ALREADY_EMPLOYED => "false".to_string(),
                    _ => String::new(),
                };
                (f, v)
            })
            .collect();
        Form {
            values,
            wage_from_month: false,
        }
    }

    /// True when the wage was entered per month and the hourly wage is computed from it.
    pub fn wage_from_month(&self) -> bool {
        self.wage_from_month
    }

    pub fn get(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Sets a field by its input name; unknown names are ignored (returns false). Typing a wage per
    /// hour or per month makes that one the source and fills in the other; changing the hours
    /// recomputes the one that was not typed.
    pub fn set(&mut self, name: &str, value: impl Into<String>) -> bool {
        let value = value.into();
        if !Self::possible(name, &value) {
            return false;
        }
        let applied = self.put(name, value);
        match name {
            field::HOURLY_WAGE => self.wage_from_month = false,
            field::MONTHLY_WAGE => self.wage_from_month = true,
            field::HOURS_PER_WEEK => {}
            _ => return applied,
        }
        self.sync_wage();
        applied
    }

    /// Whether a choice field can hold this value (a share link may say anything); text fields can
    /// hold any text, and their errors are shown at the field.
    fn possible(name: &str, value: &str) -> bool {
        match name {
            field::BENEFIT => value.is_empty() || Benefit::from_code(value).is_some(),
            field::WAJONG_WORK_CAPACITY
            | field::TARGET_GROUP_REGISTER
            | field::STRUCTURAL_LIMITATION => matches!(value, "true" | "false" | "unknown"),
            field::WSW => matches!(value, "true" | "false"),
            field::ALREADY_EMPLOYED => matches!(value, "true" | "false" | "unknown"),
            _ => value.chars().count() <= 100,
        }
    }

    fn put(&mut self, name: &str, value: String) -> bool {
        match self.values.iter_mut().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                *v = value;
                true
            }
            None => false,
        }
    }

    fn sync_wage(&mut self) {
        let hours = self.parse(field::HOURS_PER_WEEK).ok();
        let (from, to, convert): (_, _, fn(f64, f64) -> Option<f64>) = if self.wage_from_month {
            (field::MONTHLY_WAGE, field::HOURLY_WAGE, hourly_from_monthly)
        } else {
            (field::HOURLY_WAGE, field::MONTHLY_WAGE, monthly_from_hourly)
        };
        // Only a possible hourly wage is converted: an out-of-range one gets its error at the field
        // typed in, and the other field stays empty rather than showing a nonsense amount.
        let possible = |hourly: f64| (0.0..=MAX_HOURLY_WAGE).contains(&hourly);
        let derived = match (self.parse(from), hours) {
            (Ok(amount), Some(h)) => convert(amount, h).filter(|&x| {
                if self.wage_from_month {
                    possible(x)
                } else {
                    possible(amount)
                }
            }),
            _ => None,
        };
        let derived = derived.map(input_amount);
        self.put(to, derived.unwrap_or_default());
    }

    /// The questions that matter given the answers so far (the Wajong question only for a Wajong).
    pub fn visible(&self, name: &str) -> bool {
        match name {
            field::WAJONG_WORK_CAPACITY => self.get(field::BENEFIT) == "wajong",
            _ => true,
        }
    }

    /// A number field's value, read as [`parse_number`] does after any unit typed behind it.
    fn parse(&self, name: &str) -> Result<f64, NumberError> {
        parse_number(without_unit(name, self.get(name)))
    }

    fn number(&self, name: &'static str, errors: &mut Vec<FieldError>) -> Option<f64> {
        match self.parse(name) {
            Ok(x) => Some(x),
            Err(NumberError::Empty) => None,
            Err(NumberError::TooLarge) => {
                let typed = self.get(name).trim();
                errors.push(FieldError::new(
                    name,
                    format!("\"{typed}\" is veel te groot voor dit veld"),
                    format!("\"{typed}\" is far too large for this field"),
                ));
                None
            }
            Err(NumberError::NotANumber) => {
                let (en, nl) = match name {
                    field::AGE => ("24", "24"),
                    field::HOURS_PER_WEEK => ("24 or 32.5", "24 of 32,5"),
                    field::MONTHLY_WAGE => ("2,400", "2.400"),
                    field::CONTRACT_MONTHS => ("12", "12"),
                    field::LOONWAARDE_PCT => ("60", "60"),
                    _ => ("14.71", "14,71"),
                };
                let typed = self.get(name).trim();
                errors.push(FieldError::new(
                    name,
                    format!("\"{typed}\" is geen getal; typ bijvoorbeeld {nl}"),
                    format!("\"{typed}\" is not a number; type for example {en}"),
                ));
                None
            }
        }
    }

    pub fn check(&self, today: Date) -> Checked {
        let mut errors = Vec::new();
        let date_text = self.get(field::DATE).trim();
        let date = if date_text.is_empty() {
            None
        } else {
            match Date::parse(date_text) {
                Some(d) => Some(d),
                None => {
                    errors.push(FieldError::new(
                        field::DATE,
                        "kies een geldige datum (JJJJ-MM-DD)",
                        "choose a valid date (YYYY-MM-DD)",
                    ));
                    None
                }
            }
        };
        let draft = Draft {
            date,
            age: self.number(field::AGE, &mut errors),
            benefit: Benefit::from_code(self.get(field::BENEFIT)),
            wajong_work_capacity: yes_no_unknown(self.get(field::WAJONG_WORK_CAPACITY)),
            target_group_register: yes_no_unknown(self.get(field::TARGET_GROUP_REGISTER)),
            structural_limitation: yes_no_unknown(self.get(field::STRUCTURAL_LIMITATION)),
            wsw: yes_no_unknown(self.get(field::WSW)),
            loonwaarde_pct: match self.number(field::LOONWAARDE_PCT, &mut errors) {
                // "0,45" is almost surely 45 %, typed as a fraction: ask rather than compute with 0,45 %.
                Some(x) if x > 0.0 && x < 1.0 => {
                    let meant = input_amount(x * 100.0);
                    let meant = meant.trim_end_matches(",00");
                    errors.push(FieldError::new(
                        field::LOONWAARDE_PCT,
                        format!("bedoelt u {meant} %? Typ de loonwaarde als percentage, bijvoorbeeld 45"),
                        format!("do you mean {meant} %? Type the loonwaarde as a percentage, for example 45"),
                    ));
                    None
                }
                x => x,
            },
            hours_per_week: self.number(field::HOURS_PER_WEEK, &mut errors),
            hourly_wage: if self.wage_from_month {
                let monthly = self.number(field::MONTHLY_WAGE, &mut errors);
                let hours = self.parse(field::HOURS_PER_WEEK).ok();
                match (
                    monthly,
                    hours.and_then(|h| monthly.and_then(|m| hourly_from_monthly(m, h))),
                ) {
                    (Some(_), Some(hourly)) if !(0.0..=MAX_HOURLY_WAGE).contains(&hourly) => {
                        errors.push(FieldError::new(
                            field::MONTHLY_WAGE,
                            format!("dit geeft een uurloon van € {}; het uurloon moet tussen € 0 en € 500 liggen", input_amount(hourly)),
                            format!("this gives an hourly wage of {}; it must be from 0 to 500 euros", input_amount(hourly)),
                        ));
                        None
                    }
                    (Some(_), Some(0.0)) => {
                        errors.push(no_wage(field::MONTHLY_WAGE));
                        None
                    }
                    _ => self.parse(field::HOURLY_WAGE).ok(),
                }
            } else {
                match self.number(field::HOURLY_WAGE, &mut errors) {
                    // `14,711` is fourteen thousand as a number, but as a wage per hour a slip.
                    Some(w) if w > MAX_HOURLY_WAGE => {
                        match three_decimals(self.get(field::HOURLY_WAGE)) {
                            Some(meant) => {
                                let typed = self.get(field::HOURLY_WAGE).trim();
                                let meant = input_amount(meant);
                                errors.push(FieldError::new(
                                    field::HOURLY_WAGE,
                                    format!("\"{typed}\" is meer dan € 500 per uur (de punt of komma staat voor duizendtallen). Een bedrag heeft twee cijfers achter de komma: bedoelt u {meant}?"),
                                    format!("\"{typed}\" is more than 500 euros an hour (the point or comma groups thousands). An amount has two digits after the decimal point: do you mean {}?", meant.replace(',', ".")),
                                ));
                                None
                            }
                            None => Some(w),
                        }
                    }
                    Some(0.0) => {
                        errors.push(no_wage(field::HOURLY_WAGE));
                        None
                    }
                    w => w,
                }
            },
            contract_months: self.number(field::CONTRACT_MONTHS, &mut errors),
            already_employed: yes_no_unknown(self.get(field::ALREADY_EMPLOYED)),
        };
        let mut checks = Vec::new();
        let scenario = draft.validate(today, &mut checks);
        let mut missing = Vec::new();
        for e in checks {
            if errors.iter().any(|x| x.field == e.field) {
                continue; // already reported as not a number
            }
            // A wage per month that is wrong is reported there, not again as the wage per hour.
            if e.field == field::HOURLY_WAGE
                && self.wage_from_month
                && errors.iter().any(|x| x.field == field::MONTHLY_WAGE)
            {
                continue;
            }
            match REQUIRED.iter().find(|r| **r == e.field) {
                // A monthly wage that cannot be converted yet: the hours (or the monthly wage
                // itself) are what is missing or wrong, and those are reported there.
                Some(&field::HOURLY_WAGE)
                    if self.wage_from_month
                        && self.get(field::HOURLY_WAGE).is_empty()
                        && !self.get(field::MONTHLY_WAGE).trim().is_empty() => {}
                Some(r) if self.get(r).trim().is_empty() => missing.push(*r),
                _ => errors.push(e),
            }
        }
        let scenario = if errors.is_empty() && missing.is_empty() {
            scenario
        } else {
            None
        };
        Checked {
            scenario,
            errors,
            missing,
        }
    }

    /// The form as a share-link fragment: `v1&employee.age=24&job.hourly_wage=14%2C71…`.
    pub fn to_fragment(&self) -> String {
        let mut out = String::from("v1");
        let derived = if self.wage_from_month {
            field::HOURLY_WAGE
        } else {
            field::MONTHLY_WAGE
        };
        for (k, v) in &self.values {
            if !v.is_empty() && *k != derived {
                out.push('&');
                out.push_str(k);
                out.push('=');
                out.push_str(&encode(v));
            }
        }
        out
    }

    /// Reads a fragment made by [`Form::to_fragment`] over `self`; returns the parts it did not
    /// understand (unknown names or version, undecodable values) so the page can say so.
    pub fn apply_fragment(&mut self, fragment: &str) -> Vec<String> {
        let mut ignored = Vec::new();
        let fragment = fragment.trim_start_matches('#');
        if fragment.is_empty() {
            return ignored;
        }
        let mut parts = fragment.split('&');
        if parts.next() != Some("v1") {
            ignored.push("version".to_string());
            return ignored;
        }
        for part in parts {
            let applied = match part
                .split_once('=')
                .and_then(|(k, v)| Some((k, decode(v)?)))
            {
                Some((k, v)) => self.set(k, v),
                None => false,
            };
            if !applied {
                ignored.push(part.chars().take(40).collect());
            }
        }
        ignored
    }
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{evaluate, Status};

    const TODAY: Date = Date::ymd(2026, 1, 1);

    /// The Dutch message at `field` (the test fails when there is none).
    fn message_nl<'a>(c: &'a Checked, field: &str) -> &'a str {
        match c.error(field) {
            Some(e) => &e.message_nl,
            None => panic!("no error at {field}: {:?}", c.errors),
        }
    }

    fn filled() -> Form {
        let mut f = Form::new(TODAY);
        f.set("employee.benefit", "wajong");
        f.set("employee.wajong_work_capacity", "true");
        f.set("employee.structural_limitation", "true");
        f.set("employee.age", "24");
        f.set("job.hours_per_week", "24");
        f.set("job.hourly_wage", "€ 14,71");
        f.set("employee.loonwaarde_pct", "60%");
        f
    }

    #[test]
    fn empty_form_lists_missing_answers_without_errors() {
        let c = Form::new(TODAY).check(TODAY);
        assert!(c.scenario.is_none());
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        assert_eq!(
            c.missing,
            vec![
                "employee.age",
                "employee.benefit",
                "job.hours_per_week",
                "job.hourly_wage"
            ]
        );
    }

    #[test]
    fn dutch_input_gives_the_same_scenario_as_plain_input() {
        let c = filled().check(TODAY);
        let s = c.scenario.expect("complete form");
        assert_eq!(s.job.hourly_wage.0, 1471);
        assert_eq!(s.employee.loonwaarde.map(|p| p.0), Some(6000));
        assert_eq!(
            evaluate(&s).arrangements.loondispensatie.status,
            Status::Eligible
        );
    }

    #[test]
    fn bad_and_out_of_range_fields_are_reported_at_once_and_block_results() {
        let mut f = filled();
        f.set("job.hourly_wage", "veertien");
        f.set("job.hours_per_week", "80");
        f.set("employee.age", "");
        let c = f.check(TODAY);
        assert!(c.scenario.is_none());
        assert!(message_nl(&c, "job.hourly_wage").contains("geen getal"));
        assert!(message_nl(&c, "job.hours_per_week").contains("60"));
        assert_eq!(c.missing, vec!["employee.age"]);
    }

    #[test]
    fn wajong_question_only_for_wajong() {
        let mut f = filled();
        assert!(f.visible("employee.wajong_work_capacity"));
        f.set("employee.benefit", "wia");
        assert!(!f.visible("employee.wajong_work_capacity"));
        // Its answer is kept for when the benefit changes back.
        assert_eq!(f.get("employee.wajong_work_capacity"), "true");
    }

    #[test]
    fn share_fragment_round_trips_and_reports_garbage() {
        let f = filled();
        let frag = f.to_fragment();
        assert!(frag.starts_with("v1&"));
        let mut g = Form::new(TODAY);
        assert!(g.apply_fragment(&frag).is_empty());
        assert_eq!(g, f);
        let mut h = Form::new(TODAY);
        let ignored = h.apply_fragment(
            "#v1&employee.age=30&bogus=1&job.hourly_wage=%ZZ&employee.benefit=pensioen&employee.wsw=misschien",
        );
        assert_eq!(
            ignored,
            vec![
                "bogus=1".to_string(),
                "job.hourly_wage=%ZZ".to_string(),
                "employee.benefit=pensioen".to_string(),
                "employee.wsw=misschien".to_string()
            ]
        );
        assert_eq!(
            h.get("employee.benefit"),
            "",
            "an impossible choice is not taken over"
        );
        assert_eq!(h.get("employee.age"), "30");
        assert_eq!(
            Form::new(TODAY).apply_fragment("#v9&x=1"),
            vec!["version".to_string()]
        );
    }

    #[test]
    fn monthly_and_hourly_wage_convert_with_13_weeks_per_3_months() {
        // € 14,71 × 24 hours × 13 / 3 = € 1.529,84 a month, and back.
        assert_eq!(monthly_from_hourly(14.71, 24.0), Some(1529.84));
        assert_eq!(hourly_from_monthly(1529.84, 24.0), Some(14.71));
        // € 2.500 a month at 36 hours: 2500 × 3 / 13 / 36 = 16,0256… → € 16,03.
        assert_eq!(hourly_from_monthly(2500.0, 36.0), Some(16.03));
        assert_eq!(hourly_from_monthly(2500.0, 0.0), None);
    }

    #[test]
    fn typing_one_wage_fills_in_the_other_and_hours_recompute_it() {
        let mut f = filled();
        assert_eq!(
            f.get("job.monthly_wage"),
            "1.529,84",
            "with the thousands dot"
        );
        assert!(!f.wage_from_month());
        f.set("job.monthly_wage", "€ 2.500,00");
        assert!(f.wage_from_month());
        assert_eq!(f.get("job.hourly_wage"), "24,04"); // 2500 × 3 / 13 / 24
        f.set("job.hours_per_week", "36");
        assert_eq!(f.get("job.hourly_wage"), "16,03");
        assert_eq!(
            f.get("job.monthly_wage"),
            "€ 2.500,00",
            "the typed value stays"
        );
        let s = f.check(TODAY).scenario.expect("complete");
        assert_eq!(s.job.hourly_wage.0, 1603);
        // Typing the hourly wage again makes it the source.
        f.set("job.hourly_wage", "20");
        assert_eq!(f.get("job.monthly_wage"), "3.120,00");
    }

    #[test]
    fn a_monthly_wage_is_reported_where_it_was_typed() {
        let mut f = filled();
        f.set("job.monthly_wage", "tweeduizend");
        let c = f.check(TODAY);
        assert!(c.scenario.is_none());
        assert!(c.error("job.monthly_wage").is_some(), "{:?}", c.errors);
        assert!(c.error("job.hourly_wage").is_none(), "{:?}", c.errors);
        assert!(c.missing.is_empty(), "{:?}", c.missing);
        // Without hours there is nothing to convert: only the hours are missing.
        f.set("job.monthly_wage", "2000");
        f.set("job.hours_per_week", "");
        let c = f.check(TODAY);
        assert_eq!(c.missing, vec!["job.hours_per_week"]);
        assert_eq!(f.get("job.hourly_wage"), "");
        // A monthly wage that gives an impossible hourly wage is an error at the monthly wage.
        f.set("job.hours_per_week", "1");
        f.set("job.monthly_wage", "100000");
        let c = f.check(TODAY);
        let e = c.error("job.monthly_wage").expect("out of range");
        assert!(e.message_nl.contains("500"), "{}", e.message_nl);
    }

    #[test]
    fn the_share_link_keeps_the_wage_the_user_typed() {
        let mut f = filled();
        f.set("job.monthly_wage", "2000");
        let frag = f.to_fragment();
        assert!(frag.contains("job.monthly_wage=2000"), "{frag}");
        assert!(!frag.contains("job.hourly_wage"), "{frag}");
        let mut g = Form::new(TODAY);
        assert!(g.apply_fragment(&frag).is_empty());
        assert_eq!(g, f);
        assert!(!filled().to_fragment().contains("monthly"));
    }

    #[test]
    fn an_impossible_wage_is_not_converted() {
        let mut f = filled();
        f.set("job.hourly_wage", "1.471"); // 1471 an hour: out of range
        assert_eq!(f.get("job.monthly_wage"), "");
        f.set("job.monthly_wage", "1000000");
        assert_eq!(f.get("job.hourly_wage"), "");
        assert!(f.check(TODAY).error("job.monthly_wage").is_some());
    }

    #[test]
    fn a_share_link_with_an_absurd_wage_gets_a_clear_error_not_an_overflow() {
        let mut f = Form::new(Date::ymd(2026, 1, 1));
        let ignored = f.apply_fragment(
            "v1&job.hours_per_week=0%2C01&job.monthly_wage=-1000000000000000000000",
        );
        assert!(ignored.is_empty(), "{ignored:?}");
        let checked = f.check(Date::ymd(2026, 1, 1));
        let e = checked
            .error("job.monthly_wage")
            .expect("an error at the field");
        assert!(e.message_nl.contains("veel te groot"), "{}", e.message_nl);
        assert!(!f.get("job.hourly_wage").contains("--"));
        // Large but within the bound: a quotient that would overflow cents stays readable.
        f.set("job.monthly_wage", "999999999999");
        let shown = f.check(Date::ymd(2026, 1, 1));
        let e = shown.error("job.monthly_wage").expect("out of range");
        assert!(!e.message_nl.contains("--"), "{}", e.message_nl);
        assert!(e.message_nl.contains("uurloon"), "{}", e.message_nl);
    }

    #[test]
    fn a_number_error_gives_an_example_for_its_own_field() {
        let mut f = filled();
        f.set("employee.age", "negentien");
        f.set("job.monthly_wage", "veel");
        let c = f.check(TODAY);
        assert!(message_nl(&c, "employee.age").ends_with("bijvoorbeeld 24"));
        assert!(message_nl(&c, "job.monthly_wage").ends_with("bijvoorbeeld 2.400"));
    }

    #[test]
    fn a_loonwaarde_typed_as_a_fraction_is_questioned() {
        let mut f = filled();
        f.set("employee.loonwaarde_pct", "0,45");
        let c = f.check(TODAY);
        assert!(c.scenario.is_none());
        assert!(message_nl(&c, "employee.loonwaarde_pct").starts_with("bedoelt u 45 %?"));
        f.set("employee.loonwaarde_pct", "0");
        assert!(
            f.check(TODAY).scenario.is_some(),
            "0 % is a possible answer"
        );
    }

    #[test]
    fn a_unit_typed_after_a_number_is_read_as_people_mean_it() {
        let mut f = filled();
        f.set("job.hours_per_week", "20 uur");
        f.set("employee.age", "23 jaar");
        f.set("job.contract_months", "12 mnd");
        f.set("job.hourly_wage", "€ 14,71 per uur");
        let s = f.check(TODAY).scenario.expect("every field is read");
        assert_eq!(s.job.hours_per_week.0, 2000);
        assert_eq!(s.employee.age, 23);
        assert_eq!(s.job.contract_months, Some(12));
        assert_eq!(s.job.hourly_wage.0, 1471);
        // The monthly wage is filled in from the hours with their unit.
        assert_eq!(f.get("job.monthly_wage"), "1.274,87");
        for (field, text) in [
            ("job.hours_per_week", "32,5 Hours"),
            ("job.hours_per_week", "36u"),
            ("employee.age", "45 years"),
        ] {
            let mut g = filled();
            g.set(field, text);
            assert!(g.check(TODAY).scenario.is_some(), "{field} = {text:?}");
        }
        // A unit alone, or a unit with other words, is not a number.
        for text in ["uur", "twintig uur", "20 dagen"] {
            let mut g = filled();
            g.set("job.hours_per_week", text);
            let c = g.check(TODAY);
            let e = c
                .error("job.hours_per_week")
                .unwrap_or_else(|| panic!("{text:?}"));
            assert!(
                e.message_nl.contains("geen getal"),
                "{text:?}: {}",
                e.message_nl
            );
        }
    }

    #[test]
    fn a_wage_with_three_decimals_is_questioned_with_what_was_meant() {
        let mut f = filled();
        f.set("job.hourly_wage", "14,711");
        let c = f.check(TODAY);
        assert!(c.scenario.is_none());
        let e = c.error("job.hourly_wage").expect("an error at the wage");
        assert!(
            e.message_nl.contains("bedoelt u 14,71?"),
            "{}",
            e.message_nl
        );
        assert!(e.message.contains("do you mean 14.71?"), "{}", e.message);
        assert!(
            !e.message_nl.contains("tussen € 0 en € 500"),
            "{}",
            e.message_nl
        );
        assert!(c.missing.is_empty(), "not also reported as missing");
        // Two decimals, and a real thousands amount per hour, are not questioned this way.
        f.set("job.hourly_wage", "14,71");
        assert!(f.check(TODAY).scenario.is_some());
        f.set("job.hourly_wage", "1.250,00");
        let c = f.check(TODAY);
        assert!(message_nl(&c, "job.hourly_wage").contains("tussen € 0 en € 500"));
    }

    #[test]
    fn a_wage_of_zero_is_asked_for_again_per_hour_and_per_month() {
        let mut f = filled();
        f.set("job.hourly_wage", "0");
        let c = f.check(TODAY);
        assert!(c.scenario.is_none());
        assert!(message_nl(&c, "job.hourly_wage").starts_with("een loon van € 0 kan niet"));
        f.set("job.monthly_wage", "€ 0,00");
        let c = f.check(TODAY);
        assert!(message_nl(&c, "job.monthly_wage").starts_with("een loon van € 0 kan niet"));
        assert!(c.error("job.hourly_wage").is_none(), "{:?}", c.errors);
    }

    #[test]
    fn amounts_put_into_an_input_group_thousands_and_read_back_the_same() {
        for (x, text) in [
            (0.0, "0,00"),
            (14.71, "14,71"),
            (999.99, "999,99"),
            (1274.87, "1.274,87"),
            (1_234_567.5, "1.234.567,50"),
            (-2500.0, "-2.500,00"),
        ] {
            assert_eq!(input_amount(x), text);
            assert_eq!(parse_number(text), Ok(x), "{text}");
        }
    }
}
