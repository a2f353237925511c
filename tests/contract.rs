#![cfg(not(target_arch = "wasm32"))]
//! The scenario/result JSON contract (../shared/contract/README.md §1–2), checked through the
//! library's public functions.

mod common;
use common::{example, result_shape_problems};

use serde_json::{json, Value};

use steunwijzer::contract::{evaluate_json, scenario_from_json, scenario_to_json};
use steunwijzer::rules::date::Date;
use steunwijzer::rules::money::{Cents, Hours, Pct};
use steunwijzer::rules::{evaluate, Benefit, Scenario};

const TODAY: Date = Date::ymd(2026, 3, 15);

fn parse(v: &Value) -> Scenario {
    scenario_from_json(v, TODAY).unwrap_or_else(|e| panic!("{v} should parse: {e:?}"))
}

fn result_json(v: &Value) -> Value {
    evaluate_json(v, TODAY).unwrap_or_else(|e| panic!("{v} should evaluate: {e}"))
}

#[test]
fn contract_example_parses() {
    let s = parse(&example());
    assert_eq!(s.date, Date::ymd(2026, 1, 1));
    assert_eq!(s.employee.age, 24);
    assert_eq!(s.employee.benefit, Benefit::Wajong);
    assert_eq!(s.employee.wajong_work_capacity, Some(true));
    assert_eq!(s.employee.target_group_register, None);
    assert_eq!(s.employee.structural_limitation, Some(true));
    assert!(!s.employee.wsw);
    assert_eq!(s.employee.loonwaarde, Some(Pct::whole(60)));
    assert_eq!(s.job.hours_per_week, Hours(2400));
    assert_eq!(s.job.hourly_wage, Cents(1471));
    assert_eq!(s.job.contract_months, Some(12));
}

#[test]
fn scenario_round_trips_through_json() {
    let s = parse(&example());
    let v = scenario_to_json(&s);
    assert_eq!(parse(&v), s);
    // Every benefit, unknowns and odd decimals too.
    for benefit in Benefit::ALL {
        let mut t = s.clone();
        t.employee.benefit = benefit;
        if benefit != Benefit::Wajong {
            t.employee.wajong_work_capacity = None;
        }
        t.employee.loonwaarde = Some(Pct(3333));
        t.employee.structural_limitation = None;
        t.employee.target_group_register = Some(false);
        t.employee.wsw = true;
        t.job.hours_per_week = Hours(1);
        t.job.hourly_wage = Cents(50_000);
        t.job.contract_months = None;
        assert_eq!(parse(&scenario_to_json(&t)), t, "{benefit:?}");
    }
}

#[test]
fn missing_optional_fields_take_their_defaults() {
    let mut v = example();
    let obj = v.as_object_mut().unwrap();
    obj.remove("date");
    let e = obj["employee"].as_object_mut().unwrap();
    for k in [
        "wsw",
        "wajong_work_capacity",
        "target_group_register",
        "structural_limitation",
        "loonwaarde_pct",
    ] {
        e.remove(k);
    }
    obj["job"]
        .as_object_mut()
        .unwrap()
        .remove("contract_months");
    let s = parse(&v);
    assert_eq!(s.date, TODAY, "missing date → today");
    assert!(!s.employee.wsw, "missing wsw → false");
    assert_eq!(
        s.job.contract_months, None,
        "missing contract_months → permanent"
    );
    assert_eq!(s.employee.wajong_work_capacity, None);
    assert_eq!(s.employee.target_group_register, None);
    assert_eq!(s.employee.structural_limitation, None);
    assert_eq!(s.employee.loonwaarde, None);
}

#[test]
fn null_means_default_or_unknown() {
    let mut v = example();
    v["date"] = Value::Null;
    v["employee"]["wsw"] = Value::Null;
    v["employee"]["loonwaarde_pct"] = Value::Null;
    v["job"]["contract_months"] = Value::Null;
    let s = parse(&v);
    assert_eq!(s.date, TODAY);
    assert!(!s.employee.wsw);
    assert_eq!(s.employee.loonwaarde, None);
    assert_eq!(
        s.job.contract_months, None,
        "null contract_months = permanent"
    );
}

#[test]
fn wajong_capacity_is_ignored_for_other_benefits() {
    let mut v = example();
    v["employee"]["benefit"] = json!("wia");
    assert_eq!(parse(&v).employee.wajong_work_capacity, None);
}

#[test]
fn result_has_every_arrangement_with_status_and_reasons_with_law() {
    let benefits = [
        "wajong",
        "wia",
        "wao",
        "waz",
        "ww",
        "participatiewet",
        "none",
        "unknown",
    ];
    for date in ["2024-03-01", "2025-06-01", "2026-01-01", "2026-11-01"] {
        for benefit in benefits {
            let mut v = example();
            v["date"] = json!(date);
            v["employee"]["benefit"] = json!(benefit);
            let r = result_json(&v);
            assert_eq!(r["date"], date);
            let arr = r["arrangements"].as_object().expect("arrangements");
            let problems = result_shape_problems(&r);
            assert!(problems.is_empty(), "{date} {benefit}: {problems:#?}");
            assert_eq!(arr.contains_key("liv"), date < "2025-01-01", "{date}: liv");
        }
    }
}

#[test]
fn no_riskpolis_duration_is_null_for_wajong_and_5_for_wia() {
    let r = result_json(&example());
    let nrp = r["arrangements"]["no_riskpolis"].as_object().unwrap();
    assert_eq!(nrp["status"], "eligible");
    assert!(
        nrp.contains_key("duration_years"),
        "present, as null: {nrp:?}"
    );
    assert_eq!(nrp["duration_years"], Value::Null);

    let mut v = example();
    v["employee"]["benefit"] = json!("wia");
    v["employee"]["target_group_register"] = json!(false);
    let r = result_json(&v);
    assert_eq!(
        r["arrangements"]["no_riskpolis"]["duration_years"],
        json!(5)
    );

    // Not eligible: no duration at all.
    let mut v = example();
    v["employee"]["benefit"] = json!("none");
    v["employee"]["target_group_register"] = json!(false);
    v["employee"]["structural_limitation"] = json!(false);
    let r = result_json(&v);
    assert_eq!(r["arrangements"]["no_riskpolis"]["status"], "not_eligible");
    assert!(r["arrangements"]["no_riskpolis"]
        .get("duration_years")
        .is_none());
}

#[test]
fn jobcoach_provider_present_when_eligible() {
    let r = result_json(&example());
    assert_eq!(r["arrangements"]["jobcoach"]["status"], "eligible");
    assert_eq!(r["arrangements"]["jobcoach"]["provider"], "uwv");

    let mut v = example();
    v["employee"]["benefit"] = json!("participatiewet");
    let r = result_json(&v);
    assert_eq!(r["arrangements"]["jobcoach"]["status"], "eligible");
    assert_eq!(r["arrangements"]["jobcoach"]["provider"], "gemeente");

    let mut v = example();
    v["job"]["hours_per_week"] = json!(4);
    let r = result_json(&v);
    assert_eq!(r["arrangements"]["jobcoach"]["status"], "not_eligible");
    assert!(r["arrangements"]["jobcoach"].get("provider").is_none());
}

#[test]
fn example_amounts_follow_the_domain_definitions() {
    let r = result_json(&example());
    let ldp = &r["arrangements"]["loondispensatie"]["amounts"];
    assert_eq!(ldp["employer_hourly_wage"], json!(8.83));
    assert_eq!(ldp["saving_per_year"], json!(7338.24));
    let lkv = &r["arrangements"]["lkv"];
    assert_eq!(lkv["amounts"]["per_year"], json!(1260.48));
    assert_eq!(lkv["category"], "banenafspraak");
    // The same through the typed API.
    let e = evaluate(&parse(&example()));
    assert_eq!(
        e.arrangements
            .loondispensatie
            .amounts
            .euro(steunwijzer::rules::result::AmountKey::SavingPerYear),
        Some(Cents(733_824))
    );
}

#[test]
fn invalid_input_yields_errors_not_a_result() {
    let mut v = example();
    v["employee"]["age"] = json!(14.5);
    v["employee"]["benefit"] = json!("pension");
    v["employee"]["loonwaarde_pct"] = json!(101);
    v["job"]["hours_per_week"] = json!("24");
    v["job"]["hourly_wage"] = json!(-1);
    v["job"]["contract_months"] = json!(0);
    v["date"] = json!("2023-12-31");
    v["extra"] = json!(true);
    let err = evaluate_json(&v, TODAY).expect_err("invalid");
    assert!(err.get("arrangements").is_none());
    let errors = err["errors"].as_array().expect("errors");
    let mut fields: Vec<&str> = errors
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "date",
            "employee.age",
            "employee.benefit",
            "employee.loonwaarde_pct",
            "extra",
            "job.contract_months",
            "job.hourly_wage",
            "job.hours_per_week",
        ]
    );
    for e in errors {
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()), "{e}");
    }
}

#[test]
fn missing_objects_are_reported_once() {
    let errors = scenario_from_json(&json!({"date": "2026-01-01"}), TODAY).expect_err("incomplete");
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["employee", "job"]);
    // Not an object at all: the first error says so (the per-field "required" errors follow).
    let errors = scenario_from_json(&json!([]), TODAY).expect_err("not an object");
    assert_eq!(errors[0].field, "");
    assert!(
        errors[0].message.contains("scenario object"),
        "{:?}",
        errors[0]
    );
}

#[test]
fn required_fields_are_required() {
    let v = json!({"employee": {}, "job": {}});
    let errors = scenario_from_json(&v, TODAY).expect_err("incomplete");
    let mut fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "employee.age",
            "employee.benefit",
            "job.hourly_wage",
            "job.hours_per_week"
        ]
    );
}

#[test]
fn boundaries_of_the_ranges() {
    let ok = |f: &dyn Fn(&mut Value)| {
        let mut v = example();
        f(&mut v);
        scenario_from_json(&v, TODAY).is_ok()
    };
    assert!(ok(&|v| v["employee"]["age"] = json!(15)));
    assert!(ok(&|v| v["employee"]["age"] = json!(70)));
    assert!(!ok(&|v| v["employee"]["age"] = json!(71)));
    assert!(ok(&|v| v["employee"]["loonwaarde_pct"] = json!(0)));
    assert!(ok(&|v| v["employee"]["loonwaarde_pct"] = json!(100)));
    assert!(!ok(&|v| v["employee"]["loonwaarde_pct"] = json!(-0.5)));
    assert!(ok(&|v| v["job"]["hours_per_week"] = json!(60)));
    assert!(!ok(&|v| v["job"]["hours_per_week"] = json!(60.01)));
    assert!(!ok(&|v| v["job"]["hours_per_week"] = json!(0)));
    assert!(ok(&|v| v["job"]["hourly_wage"] = json!(0)));
    assert!(ok(&|v| v["job"]["contract_months"] = json!(1)));
    assert!(!ok(&|v| v["job"]["contract_months"] = json!(6.5)));
    assert!(ok(&|v| v["date"] = json!("2024-01-01")));
    assert!(!ok(&|v| v["date"] = json!("2026-02-30")));
    assert!(!ok(&|v| v["employee"]["wsw"] = json!("no")));
}

#[test]
fn already_employed_missing_is_a_new_hire_null_is_dont_know_and_a_string_is_an_error() {
    let status = |v: &Value, key: &str| result_json(v)["arrangements"][key]["status"].clone();
    let mut v = example();
    assert_eq!(
        status(&v, "werkbehoud"),
        "not_eligible",
        "missing: a new hire"
    );
    assert_eq!(status(&v, "proefplaatsing"), "eligible");
    v["job"]["already_employed"] = json!(true);
    assert_eq!(status(&v, "werkbehoud"), "eligible");
    assert_eq!(status(&v, "proefplaatsing"), "not_eligible");
    assert_eq!(
        result_json(&v)["arrangements"]["werkbehoud"]["provider"],
        "uwv"
    );
    v["job"]["already_employed"] = json!(null);
    assert_eq!(status(&v, "werkbehoud"), "needs_info");
    v["job"]["already_employed"] = json!("ja");
    let errors = evaluate_json(&v, TODAY).expect_err("a string");
    assert_eq!(errors["errors"][0]["field"], "job.already_employed");
    // It survives the round trip.
    let mut s = parse(&example());
    s.job.already_employed = None;
    assert_eq!(parse(&scenario_to_json(&s)), s);
}

#[test]
fn werkplekaanpassing_via_uwv_for_a_wia_employee_and_via_the_gemeente_for_bijstand() {
    let mut v = example();
    v["employee"]["benefit"] = json!("wia");
    v["employee"]["wajong_work_capacity"] = json!(null);
    v["job"]["already_employed"] = json!(true);
    let r = result_json(&v);
    let w = &r["arrangements"]["werkplekaanpassing"];
    assert_eq!(
        (w["status"].as_str(), w["provider"].as_str()),
        (Some("eligible"), Some("uwv"))
    );
    assert!(w.get("amounts").is_none(), "no amounts: none were found");
    v["employee"]["benefit"] = json!("participatiewet");
    let r = result_json(&v);
    assert_eq!(
        r["arrangements"]["werkplekaanpassing"]["provider"],
        "gemeente"
    );
}
