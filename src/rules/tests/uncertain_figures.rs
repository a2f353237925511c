//! Figures the result is not sure of: one notice each, with its key, only when the answer depends on it.

use super::*;

fn params_noticed(s: &Scenario) -> Vec<&'static str> {
    evaluate(s)
        .notices
        .iter()
        .filter_map(|n| n.param())
        .collect()
}

#[test]
fn on_2026_12_01_a_wajonger_is_told_only_of_the_maximum_dagloon() {
    let mut s = base();
    on(&mut s, 2026, 12, 1);
    s.job.hourly_wage = Cents(1499);
    // The minimum wage of 2026-07-01 is confirmed and current; the maximum dagloon of 2026-07-01
    // is not confirmed (carried forward); the LKS allowance does not matter for a Wajonger.
    assert_eq!(params_noticed(&s), ["max_dagloon"]);
    let e = evaluate(&s);
    let n = e.notices.iter().find(|n| n.param().is_some()).unwrap();
    assert_eq!(
        n.text(true),
        "Maximumdagloon: we rekenen met € 304,25, geldig vanaf 1 januari 2026. Er kan inmiddels een nieuwer bedrag zijn; deze versie kent het nog niet."
    );
    assert!(n
        .text(false)
        .starts_with("Maximum daily wage: we use €304.25, valid from 1 January 2026."));
    // Nothing about the minimum wage itself: € 14,99 is simply current.
    assert!(e
        .notices
        .iter()
        .all(|n| !n.text(true).contains("minimumloon")));
}

#[test]
fn on_2026_06_30_the_minimum_wage_is_14_71_and_current() {
    let mut s = base();
    on(&mut s, 2026, 6, 30);
    assert!(!params_noticed(&s).contains(&"wml_hourly"));
    assert_eq!(params::minimum_wage(24, s.date), Cents(1471));
}

#[test]
fn on_2027_08_01_every_figure_that_may_be_outdated_is_named() {
    // A Wajonger of 19 whose arbeidsvermogen is not known: minimum wage (due 2027-07-01, none
    // known), youth percentages (announced), the experiment's deadline (announced), maximum
    // dagloon (due since 2027-01-01), LKV banenafspraak 2027 (carried forward).
    let mut s = base();
    on(&mut s, 2027, 8, 1);
    s.employee.age = 19;
    s.employee.wajong_work_capacity = None;
    assert_eq!(
        params_noticed(&s),
        [
            "wml_hourly",
            "youth_pct",
            "loondispensatie_experiment",
            "max_dagloon",
            "lkv_banenafspraak"
        ]
    );
    // Someone on bijstand of 19: the LKS allowance counts, the Wajong experiment does not.
    pwet(&mut s);
    s.employee.loonwaarde = Some(Pct::whole(50));
    assert_eq!(
        params_noticed(&s),
        [
            "wml_hourly",
            "youth_pct",
            "max_dagloon",
            "lks_employer_costs"
        ]
    );
    let e = evaluate(&s);
    let youth = e
        .notices
        .iter()
        .find(|n| n.param() == Some("youth_pct"))
        .unwrap();
    // Only the candidate's own age: "19 jaar: 75 %".
    assert_eq!(
        youth.text(true),
        "Minimumjeugdloon (percentage van het minimumloon per leeftijd): we rekenen met 19 jaar: 75 %, geldig vanaf 1 januari 2027. Dit is aangekondigd, maar nog niet officieel vastgesteld."
    );
    let wml = e
        .notices
        .iter()
        .find(|n| n.param() == Some("wml_hourly"))
        .unwrap();
    assert!(
        wml.text(true).contains("€ 14,99, geldig vanaf 1 juli 2026"),
        "{}",
        wml.text(true)
    );
}

#[test]
fn each_uncertain_figure_in_use_has_exactly_one_notice() {
    for s in crate::rules::sample::scenarios(2_000) {
        let keys = params_noticed(&s);
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "{keys:?}");
        for key in keys {
            let f = params::figure(key).unwrap();
            assert!(f.uncertain_on(s.date), "{key} on {}", s.date);
        }
    }
}

#[test]
fn a_peildatum_more_than_a_year_past_the_newest_figures_is_unreliable() {
    // The newest scheduled entry is 2027-01-01 (minimum wage and LKV, carried forward).
    assert_eq!(params::newest_scheduled(), Date::ymd(2027, 1, 1));
    let unreliable = |y, m, d| {
        let mut s = base();
        on(&mut s, y, m, d);
        evaluate(&s)
            .notices
            .iter()
            .any(|n| n.text(true).contains("onbetrouwbaar"))
    };
    assert!(!unreliable(2027, 12, 31));
    assert!(!unreliable(2028, 1, 1));
    assert!(unreliable(2028, 1, 2));
    assert!(unreliable(2029, 6, 1));
}
