#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the rules engine over generated valid scenarios, and of the JSON reader over
//! generated JSON-ish input.
//!
//! Case count knob: `STEUNWIJZER_PROPTEST_CASES=N cargo test --test properties` runs N cases per
//! property. Default: 100 000 in an optimised build (`cargo test --profile proptest --test properties`,
//! or `--release`),
//! 2 000 in a debug build (plain `cargo test`). Failures are not persisted to files; proptest prints
//! the minimal failing input.

mod common;
use common::result_shape_problems;

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use serde_json::{json, Map, Value};

use steunwijzer::contract::{scenario_from_json, scenario_to_json};
use steunwijzer::rules::date::Date;
use steunwijzer::rules::loondispensatie;
use steunwijzer::rules::money::{Cents, Hours, Pct};
use steunwijzer::rules::params::{
    self, LkvRate, LIV, LKV_ARBEIDSGEHANDICAPT, LKV_BANENAFSPRAAK, LKV_HERPLAATSEN,
    LKV_OUDERE_WERKNEMER, LOONDISPENSATIE,
};
use steunwijzer::rules::result::{Amount, AmountKey, Decision, Status};
use steunwijzer::rules::scenario::{Employee, Job};
use steunwijzer::rules::{evaluate, Benefit, Scenario};

fn cases() -> u32 {
    std::env::var("STEUNWIJZER_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            2_000
        } else {
            100_000
        })
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Generators

/// 2024-01-01 (the earliest peildatum) .. 2029-12-31, as days since 1970-01-01.
const FIRST_DAY: i64 = 19_723;
const LAST_DAY: i64 = 21_914;

fn date() -> impl Strategy<Value = Date> {
    prop_oneof![
        // Any day, and the days where rules change more often.
        4 => (FIRST_DAY..=LAST_DAY).prop_map(Date::from_unix_days),
        1 => prop::sample::select(vec![
            Date::ymd(2024, 1, 1),
            Date::ymd(2024, 12, 31),
            Date::ymd(2025, 1, 1),
            Date::ymd(2025, 12, 31),
            Date::ymd(2026, 1, 1),
            Date::ymd(2026, 10, 31),
            Date::ymd(2026, 11, 1),
            Date::ymd(2028, 1, 1),
        ]),
    ]
}

fn opt_bool() -> impl Strategy<Value = Option<bool>> {
    prop::option::of(any::<bool>())
}

fn loonwaarde() -> impl Strategy<Value = Option<Pct>> {
    prop::option::weighted(
        0.85,
        prop_oneof![
            (0i64..=10_000).prop_map(Pct),
            prop::sample::select(vec![0, 2000, 3500, 7500, 7501, 10_000]).prop_map(Pct)
        ],
    )
}

/// A scenario as validation would produce it (Wajong capacity only for Wajong).
fn scenario() -> impl Strategy<Value = Scenario> {
    let employee = (
        15u8..=70,
        prop::sample::select(Benefit::ALL.to_vec()),
        opt_bool(),
        opt_bool(),
        opt_bool(),
        prop::bool::weighted(0.1),
        loonwaarde(),
    );
    let job = (
        prop_oneof![4 => 1i64..=6_000, 1 => prop::sample::select(vec![1, 799, 800, 1199, 1200, 2400, 3600, 4000, 6000])],
        prop_oneof![4 => 0i64..=50_000, 1 => 1_300i64..=2_500],
        prop::option::of(1u32..=600),
        // Mostly a new hire (the contract's default), also a current employee or "don't know".
        prop_oneof![3 => Just(Some(false)), 1 => Just(Some(true)), 1 => Just(None)],
    );
    (date(), employee, job).prop_map(
        |(
            date,
            (age, benefit, capacity, register, limitation, wsw, loonwaarde),
            (hours, wage, months, already_employed),
        )| {
            Scenario {
                date,
                employee: Employee {
                    age,
                    benefit,
                    wajong_work_capacity: if benefit == Benefit::Wajong {
                        capacity
                    } else {
                        None
                    },
                    target_group_register: register,
                    structural_limitation: limitation,
                    wsw,
                    loonwaarde,
                },
                job: Job {
                    already_employed,
                    hours_per_week: Hours(hours),
                    hourly_wage: Cents(wage),
                    contract_months: months,
                },
            }
        },
    )
}

fn euro(d: &Decision, key: &str) -> Option<Cents> {
    let key = AmountKey::from_key(key).unwrap_or_else(|| panic!("no amount {key:?}"));
    match d.amounts.get(key) {
        Some(Amount::Euro(c)) => Some(c),
        Some(other) => panic!("{key:?} is not in euros: {other:?}"),
        None => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Properties of the evaluation

/// `to` with one input (a path of `scenario::field`) taken from `from`.
fn with_input_of(mut to: Scenario, from: &Scenario, input: &str) -> Scenario {
    use steunwijzer::rules::scenario::field::*;
    match input {
        DATE => to.date = from.date,
        AGE => to.employee.age = from.employee.age,
        BENEFIT => {
            to.employee.benefit = from.employee.benefit;
            to.employee.wajong_work_capacity = from.employee.wajong_work_capacity;
        }
        WAJONG_WORK_CAPACITY if to.employee.benefit == Benefit::Wajong => {
            to.employee.wajong_work_capacity = from.employee.wajong_work_capacity.or(Some(true))
        }
        WAJONG_WORK_CAPACITY => {}
        TARGET_GROUP_REGISTER => {
            to.employee.target_group_register = from.employee.target_group_register
        }
        STRUCTURAL_LIMITATION => {
            to.employee.structural_limitation = from.employee.structural_limitation
        }
        WSW => to.employee.wsw = from.employee.wsw,
        LOONWAARDE_PCT => to.employee.loonwaarde = from.employee.loonwaarde,
        HOURS_PER_WEEK => to.job.hours_per_week = from.job.hours_per_week,
        HOURLY_WAGE => to.job.hourly_wage = from.job.hourly_wage,
        CONTRACT_MONTHS => to.job.contract_months = from.job.contract_months,
        ALREADY_EMPLOYED => to.job.already_employed = from.job.already_employed,
        other => panic!("no input {other:?}"),
    }
    to
}

proptest! {
    #![proptest_config(config())]

    /// An arrangement's decision depends only on the inputs `Arrangement::reads` names: changing any
    /// other input leaves it exactly as it was (the form relies on this to keep a card's answer while
    /// another card waits for a field with an error).
    #[test]
    fn a_decision_does_not_change_with_an_input_its_arrangement_does_not_read(
        s in scenario(),
        other in scenario(),
        pick in 0usize..12,
    ) {
        use steunwijzer::rules::scenario::field::*;
        use steunwijzer::rules::Arrangement;
        let inputs = [DATE, AGE, BENEFIT, WAJONG_WORK_CAPACITY, TARGET_GROUP_REGISTER, STRUCTURAL_LIMITATION,
            WSW, LOONWAARDE_PCT, HOURS_PER_WEEK, HOURLY_WAGE, CONTRACT_MONTHS, ALREADY_EMPLOYED];
        let input = inputs[pick];
        let changed = with_input_of(s.clone(), &other, input);
        let (before, after) = (evaluate(&s), evaluate(&changed));
        for a in Arrangement::ALL {
            if !a.reads().contains(&input) {
                prop_assert_eq!(before.arrangements.get(a), after.arrangements.get(a),
                    "{} changed with {}", a.key(), input);
            }
        }
    }

    /// No panic; statuses, reasons, amounts and the JSON shape as the contract promises.
    #[test]
    fn evaluation_invariants(s in scenario()) {
        let e = evaluate(&s);
        let a = &e.arrangements;

        // Every arrangement explains itself with a legal basis.
        for (key, d) in a.iter() {
            prop_assert!(!d.reasons.is_empty(), "{} has no reason", key);
            // Held in the decision itself: more would move to the heap (tests/alloc.rs).
            prop_assert!(!d.reasons.spilled(), "{} gives {} reasons, more than MAX_REASONS", key, d.reasons.len());
            prop_assert!(!d.amounts.0.spilled(), "{} gives {} amounts, more than MAX_AMOUNTS", key, d.amounts.0.len());
            for r in &d.reasons {
                prop_assert!(!r.basis.label().is_empty(), "{}: empty law", key);
                prop_assert!(r.basis.url().starts_with("https://"), "{}: url {}", key, r.basis.url());
                prop_assert!(!r.text.nl().is_empty() && !r.text.en().is_empty(), "{}: empty text", key);
            }
            // Amounts are never negative.
            for (k, amount) in &d.amounts.0 {
                let v = match amount { Amount::Euro(c) => c.0, Amount::Hours(h) => h.0, Amount::Count(n) => *n };
                prop_assert!(v >= 0, "{}.{:?} = {:?}", key, k, amount);
            }
        }

        // Loondispensatie: employer wage ≤ wage, saving ≥ 0 and consistent with its definition.
        let ldp = &a.loondispensatie;
        if let Some(employer) = euro(ldp, "employer_hourly_wage") {
            prop_assert!(employer <= s.job.hourly_wage, "employer wage {:?} > wage {:?}", employer, s.job.hourly_wage);
            prop_assert!(employer.0 >= 0);
            let saving = euro(ldp, "saving_per_year").expect("saving with employer wage");
            prop_assert!(saving.0 >= 0);
            let lw = s.employee.loonwaarde.expect("amounts need a loonwaarde");
            prop_assert!(lw <= LOONDISPENSATIE.at(s.date).value.max_loonwaarde);
            prop_assert_eq!(saving, Cents(s.job.hourly_wage.0 - employer.0).per_hour_times(s.job.hours_per_week, 52));
            let low = euro(ldp, "saving_per_year_low").expect("band");
            let high = euro(ldp, "saving_per_year_high").expect("band");
            prop_assert!(low <= saving && saving <= high, "band {:?} ≤ {:?} ≤ {:?}", low, saving, high);
        }
        if ldp.status == Status::Eligible {
            prop_assert!(euro(ldp, "saving_per_year").is_some());
        }

        // No-riskpolis: a cover exactly when eligible.
        prop_assert_eq!(a.no_riskpolis.duration_years.is_some(), a.no_riskpolis.status == Status::Eligible);
        // Jobcoach, werkplekaanpassing, werkbehoud: a provider exactly when eligible.
        prop_assert_eq!(a.jobcoach.provider.is_some(), a.jobcoach.status == Status::Eligible);
        prop_assert_eq!(a.werkplekaanpassing.provider.is_some(), a.werkplekaanpassing.status == Status::Eligible);
        prop_assert_eq!(a.werkbehoud.provider.is_some(), a.werkbehoud.status == Status::Eligible);
        // Someone who already works here: no proefplaatsing, and no LKV but banenafspraak (from
        // 2026) or herplaatsen. A new hire: no werkbehoud yet.
        if s.job.already_employed == Some(true) {
            prop_assert_eq!(a.proefplaatsing.status, Status::NotEligible);
            prop_assert!(!matches!(a.lkv.category, Some("oudere_werknemer" | "arbeidsgehandicapte_werknemer")));
        } else {
            prop_assert!(a.werkbehoud.status != Status::Eligible);
            prop_assert!(a.lkv.category != Some("herplaatsen_arbeidsgehandicapte_werknemer"));
        }
        // Werkbehoud and werkplekaanpassing name no amounts: none were found.
        prop_assert!(a.werkbehoud.amounts.is_empty() && a.werkplekaanpassing.amounts.is_empty());

        // LKV: per_year = min(rate × hours × 52, cap) of the category shown, never above its cap.
        if let Some(per_year) = euro(&a.lkv, "per_year") {
            let rate = match a.lkv.category {
                Some("oudere_werknemer") => {
                    let o = &LKV_OUDERE_WERKNEMER.at(s.date).value;
                    LkvRate { per_hour: o.per_hour.expect("oudere rate in force"), cap: o.cap, years: o.years }
                }
                Some("arbeidsgehandicapte_werknemer") => LKV_ARBEIDSGEHANDICAPT.at(s.date).value,
                Some("banenafspraak") => LKV_BANENAFSPRAAK.at(s.date).value,
                Some("herplaatsen_arbeidsgehandicapte_werknemer") => LKV_HERPLAATSEN.at(s.date).value,
                other => panic!("LKV amount without a known category: {other:?}"),
            };
            prop_assert!(per_year <= rate.cap, "LKV {:?} above cap {:?}", per_year, rate.cap);
            prop_assert_eq!(per_year, rate.per_hour.per_hour_times(s.job.hours_per_week, 52).min(rate.cap));
            prop_assert_eq!(euro(&a.lkv, "rate_per_hour"), Some(rate.per_hour));
        }
        prop_assert!(a.lkv.status != Status::Eligible || a.lkv.category.is_some());

        // LIV: only before 2025, never above its cap.
        let liv_in_force = Some(&LIV.at(s.date).value).filter(|p| p.in_force);
        prop_assert_eq!(a.liv.is_some(), s.date < Date::ymd(2025, 1, 1));
        prop_assert_eq!(a.liv.is_some(), liv_in_force.is_some());
        if let (Some(d), Some(p)) = (&a.liv, liv_in_force) {
            if let Some(per_year) = euro(d, "per_year") {
                prop_assert!(per_year <= p.cap);
            }
        }

        // Loonkostensubsidie: at most 70 % of WML + holiday allowance.
        if let Some(per_month) = euro(&a.loonkostensubsidie, "per_month") {
            let base = euro(&a.loonkostensubsidie, "minimum_wage_per_month").expect("base");
            prop_assert!(per_month <= base.pct(params::LOONKOSTENSUBSIDIE.at(s.date).value.cap));
        }

        // Wage costs: never negative, never raised by an arrangement; a step for every arrangement
        // that is eligible or needs information (the LIV has none: it comes by itself) and for no
        // other, with deadlines on or after the start, earliest first; a dated step says what to do
        // once its last day has passed.
        let c = &e.costs;
        prop_assert!(c.per_year_with.0 >= 0 && c.per_year_with <= c.per_year_without);
        prop_assert!(c.reductions.iter().all(|r| r.per_year.0 > 0));
        let open: Vec<_> = a.iter().filter(|(k, d)| d.status != Status::NotEligible && *k != steunwijzer::rules::Arrangement::Liv).map(|(k, _)| k).collect();
        let stepped: Vec<_> = e.next_steps().iter().map(|st| st.arrangement).collect();
        prop_assert!(stepped.iter().all(|k| open.contains(k)), "steps only for {:?}: {:?}", open, stepped);
        prop_assert_eq!(stepped.len(), open.len(), "one step each for {:?}: {:?}", open, stepped);
        for step in &e.next_steps() {
            prop_assert!(step.deadline.is_none_or(|d| d >= s.date));
            if let Some(d) = step.deadline {
                let (last, _) = step.late.expect("a dated step says what to do when it is late");
                prop_assert!(last <= d && step.too_late(last.add_days(1)) && !step.too_late(last));
                // The late wording takes the step's own arguments (checked in a debug build).
                let late = step.text_on(last.add_days(1));
                prop_assert!(late != step.text && !late.nl().is_empty() && !late.en().is_empty());
            }
        }
        let deadlines: Vec<Date> = e.next_steps().iter().filter_map(|st| st.deadline).collect();
        prop_assert!(deadlines.windows(2).all(|w| w[0] <= w[1]));

        // JSON: always serialisable; the eight arrangement keys; statuses among the three; reasons with a law.
        let v = serde_json::to_value(&e).expect("serialise");
        let problems = result_shape_problems(&v);
        prop_assert!(problems.is_empty(), "{:#?}", problems);
        let date = s.date.to_string();
        prop_assert_eq!(v["date"].as_str(), Some(date.as_str()));
    }

    /// Same scenario, higher loonwaarde → the loondispensatie saving is never larger and the
    /// employer's wage never smaller (no saving counts as 0). From 0,01 % on: at 0 % nothing is
    /// computed (UWV measures and decides), which the rules table covers.
    #[test]
    fn saving_non_increasing_in_loonwaarde(s in scenario(), a in 1i64..=10_000, b in 1i64..=10_000) {
        let (lo, hi) = (a.min(b), a.max(b));
        let run = |lw: i64| {
            let mut t = s.clone();
            t.employee.loonwaarde = Some(Pct(lw));
            let e = evaluate(&t);
            let d = &e.arrangements.loondispensatie;
            (euro(d, "saving_per_year").unwrap_or(Cents(0)), euro(d, "employer_hourly_wage"), d.status)
        };
        let (save_lo, emp_lo, status_lo) = run(lo);
        let (save_hi, emp_hi, _) = run(hi);
        prop_assert!(save_hi <= save_lo, "saving at {} = {:?} > saving at {} = {:?}", hi, save_hi, lo, save_lo);
        if let (Some(x), Some(y)) = (emp_lo, emp_hi) {
            prop_assert!(x <= y);
        }
        // Only the loonwaarde limit separates the two verdicts.
        if status_lo == Status::NotEligible {
            prop_assert_eq!(run(hi).2, Status::NotEligible);
        }
        // The same holds for the function itself.
        let max = LOONDISPENSATIE.at(s.date).value.max_loonwaarde;
        let f = |lw| loondispensatie::saving_per_year(s.job.hourly_wage, Pct(lw), s.job.hours_per_week, max);
        prop_assert!(f(hi) <= f(lo));
        prop_assert!(f(lo).0 >= 0);
        prop_assert!(loondispensatie::employer_hourly_wage(s.job.hourly_wage, Pct(hi)) <= s.job.hourly_wage);
    }

    /// A valid scenario survives the trip through the contract's JSON unchanged.
    #[test]
    fn json_round_trip(s in scenario()) {
        let v = scenario_to_json(&s);
        let back = scenario_from_json(&v, Date::ymd(2030, 1, 1));
        prop_assert_eq!(back, Ok(s));
    }
}

// ---------------------------------------------------------------------------------------------
// Properties of the JSON reader

const KNOWN_TOP: [&str; 3] = ["date", "employee", "job"];
const KNOWN_EMPLOYEE: [&str; 7] = [
    "age",
    "benefit",
    "wajong_work_capacity",
    "target_group_register",
    "structural_limitation",
    "wsw",
    "loonwaarde_pct",
];
const KNOWN_JOB: [&str; 4] = [
    "hours_per_week",
    "hourly_wage",
    "contract_months",
    "already_employed",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1_000i64..1_000).prop_map(|n| json!(n)),
        any::<f64>().prop_filter_map("finite", |x| x.is_finite().then(|| json!(x))),
        (-2.0f64..200.0).prop_map(|x| json!(x)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "wajong",
            "wia",
            "wao",
            "waz",
            "ww",
            "participatiewet",
            "none",
            "unknown",
            "2026-01-01",
            "2023-12-31",
            "2025-02-29",
            "2024-02-29",
            "20é6-01-01",
            "2é6-01-01",
            "",
            "-",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ]
}

fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select([&KNOWN_TOP[..], &KNOWN_EMPLOYEE[..], &KNOWN_JOB[..]].concat())
            .prop_map(str::to_string),
        "[a-z_.]{0,10}",
        ".{0,6}",
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(any_key(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// An object with some of `known` keys (random values) and maybe other keys.
fn object_with(known: &'static [&'static str]) -> impl Strategy<Value = Map<String, Value>> {
    (
        prop::collection::vec((prop::sample::select(known), leaf()), 0..known.len() + 2),
        prop::collection::vec((any_key(), any_json()), 0..2),
    )
        .prop_map(|(known, other)| {
            let mut m = Map::new();
            for (k, v) in known {
                m.insert(k.to_string(), v);
            }
            for (k, v) in other {
                m.insert(k, v);
            }
            m
        })
}

/// Scenario-shaped JSON: mostly the right keys, random values, sometimes junk.
fn scenario_ish() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => any_json(),
        4 => (object_with(&KNOWN_TOP), object_with(&KNOWN_EMPLOYEE), object_with(&KNOWN_JOB), any::<bool>(), any::<bool>())
            .prop_map(|(mut top, employee, job, with_e, with_j)| {
                if with_e {
                    top.insert("employee".into(), Value::Object(employee));
                }
                if with_j {
                    top.insert("job".into(), Value::Object(job));
                }
                Value::Object(top)
            }),
    ]
}

/// A field name no version of the contract uses.
fn unknown_name() -> impl Strategy<Value = String> {
    "x_[a-z0-9_]{0,8}|foo|Age|employee_|datum|[A-Z][a-z]{1,6}"
}

proptest! {
    #![proptest_config(config())]

    /// Whatever the input, the reader answers (a scenario or field errors) and never panics; a
    /// scenario it accepts evaluates and serialises.
    #[test]
    fn reader_never_panics(v in scenario_ish()) {
        match scenario_from_json(&v, Date::ymd(2026, 1, 1)) {
            Ok(s) => {
                let e = evaluate(&s);
                prop_assert!(serde_json::to_value(&e).is_ok());
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty(), "an error result without errors");
                for e in &errors {
                    prop_assert!(!e.message.is_empty() && !e.message_nl.is_empty());
                }
            }
        }
    }

    /// Unknown fields anywhere in arbitrary scenario-ish JSON are reported by name.
    #[test]
    fn unknown_fields_in_random_input_are_errors(v in scenario_ish(), name in unknown_name(), place in 0usize..3) {
        let Value::Object(mut top) = v else { return Ok(()) };
        let path = match place {
            1 if matches!(top.get("employee"), Some(Value::Object(_))) => {
                if let Some(Value::Object(e)) = top.get_mut("employee") { e.insert(name.clone(), json!(1)); }
                format!("employee.{name}")
            }
            2 if matches!(top.get("job"), Some(Value::Object(_))) => {
                if let Some(Value::Object(j)) = top.get_mut("job") { j.insert(name.clone(), json!(1)); }
                format!("job.{name}")
            }
            _ => {
                top.insert(name.clone(), json!(1));
                name.clone()
            }
        };
        let errors = scenario_from_json(&Value::Object(top), Date::ymd(2026, 1, 1)).expect_err("an unknown field must be an error");
        prop_assert!(errors.iter().any(|e| e.field == path && e.message.contains(&name)), "no error for {}: {:?}", path, errors);
    }

    /// A valid scenario with one unknown field added is rejected with exactly that error.
    #[test]
    fn unknown_field_in_valid_scenario_is_the_only_error(s in scenario(), name in unknown_name(), place in 0usize..3) {
        let mut v = scenario_to_json(&s);
        let (obj, path) = match place {
            0 => (&mut v, name.clone()),
            1 => (&mut v["employee"], format!("employee.{name}")),
            _ => (&mut v["job"], format!("job.{name}")),
        };
        obj.as_object_mut().expect("object").insert(name.clone(), json!("?"));
        let errors = scenario_from_json(&v, Date::ymd(2026, 1, 1)).expect_err("an unknown field must be an error");
        prop_assert_eq!(errors.len(), 1, "{:?}", errors);
        prop_assert_eq!(&errors[0].field, &path);
    }
}
