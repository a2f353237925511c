//! Loondispensatie: the table of cases, the domain's worked example, and the articles its texts cite.

use super::*;

pub(super) fn loondispensatie_cases() -> Vec<Case> {
    vec![
        // 14,71 × 60 % = 8,826 → 8,83; (14,71 − 8,83) × 24 × 52 = 5,88 × 1.248 = 7.338,24; / 12 = 611,52.
        // Band ±10 points: at 70 % 14,71 → 10,30, 4,41 × 1.248 = 5.503,68; at 50 % → 7,36, 7,35 × 1.248 = 9.172,80.
        case(
            "ldp: domain example, Wajong with arbeidsvermogen, 14,71 × 60 %",
            Ldp,
            |_| {},
            Eligible,
        )
        .euro("employer_hourly_wage", 883)
        .euro("saving_per_year", 733_824)
        .euro("saving_per_month", 61_152)
        .euro("saving_per_year_low", 550_368)
        .euro("saving_per_year_high", 917_280)
        .no("saving_per_year_wml_basis"),
        // 14,71 × 75 % = 11,0325 → 11,03; 3,68 × 1.248 = 4.592,64.
        case(
            "ldp: loonwaarde exactly 75 % still qualifies",
            Ldp,
            |s| s.employee.loonwaarde = Some(Pct::whole(75)),
            Eligible,
        )
        .euro("employer_hourly_wage", 1103)
        .euro("saving_per_year", 459_264),
        case(
            "ldp: loonwaarde 75,01 % is above the limit",
            Ldp,
            |s| s.employee.loonwaarde = Some(Pct(7501)),
            NotEligible,
        )
        .no_amounts(),
        case(
            "ldp: loonwaarde 100 % is above the limit",
            Ldp,
            |s| s.employee.loonwaarde = Some(Pct::HUNDRED),
            NotEligible,
        )
        .no_amounts(),
        // The law has no lowest loonwaarde, but at 0 % there is no dispensation to compute: UWV
        // measures it and decides (no "employer pays € 0 an hour").
        case(
            "ldp: loonwaarde 0 %: UWV measures and decides, no amounts",
            Ldp,
            |s| s.employee.loonwaarde = Some(Pct(0)),
            NeedsInfo,
        )
        .no_amounts(),
        // 14,71 × 1 % = 0,1471 → 0,15; (14,71 − 0,15) × 1.248 = 18.170,88.
        case(
            "ldp: loonwaarde 1 % is computed",
            Ldp,
            |s| s.employee.loonwaarde = Some(Pct::whole(1)),
            Eligible,
        )
        .euro("employer_hourly_wage", 15)
        .euro("saving_per_year", 1_817_088),
        // 2026-12-01 at the minimum wage of 2026-07-01: 14,99 × 60 % = 8,994 → 8,99;
        // (14,99 − 8,99) × 1.248 = 7.488,00; / 12 = 624,00.
        case(
            "ldp: 2026-12-01 at the minimum wage of 2026-07-01 (14,99)",
            Ldp,
            |s| {
                on(s, 2026, 12, 1);
                s.job.hourly_wage = Cents(1499);
            },
            Eligible,
        )
        .euro("employer_hourly_wage", 899)
        .euro("saving_per_year", 748_800)
        .euro("saving_per_month", 62_400)
        .no("saving_per_year_wml_basis"),
        // € 18,00 on 2026-12-01: 18,00 × 60 % = 10,80; 7,20 × 1.248 = 8.985,60 on the job's wage;
        // the law's reading on the minimum wage: (14,99 − 8,99) × 1.248 = 7.488,00.
        case(
            "ldp: above the minimum wage both readings, the law's on 14,99",
            Ldp,
            |s| {
                on(s, 2026, 12, 1);
                s.job.hourly_wage = Cents(1800);
            },
            Eligible,
        )
        .euro("employer_hourly_wage", 1080)
        .euro("saving_per_year", 898_560)
        .euro("saving_per_year_wml_basis", 748_800),
        case(
            "ldp: loonwaarde unknown",
            Ldp,
            |s| s.employee.loonwaarde = None,
            NeedsInfo,
        )
        .no_amounts(),
        case(
            "ldp: Wsw excludes",
            Ldp,
            |s| s.employee.wsw = true,
            NotEligible,
        )
        .no_amounts(),
        case(
            "ldp: Wajong with arbeidsvermogen after 2026-10-31",
            Ldp,
            |s| on(s, 2026, 11, 23),
            Eligible,
        )
        .euro("employer_hourly_wage", 883),
        case(
            "ldp: Wajong without arbeidsvermogen on 2026-10-31 (temporary extension)",
            Ldp,
            |s| {
                on(s, 2026, 10, 31);
                s.employee.wajong_work_capacity = Some(false);
            },
            Eligible,
        )
        .euro("saving_per_year", 733_824),
        // No source says the experiment closed for applications: after the deadline once given,
        // UWV decides (not a hard no), and the amounts are shown for the case that it can.
        case(
            "ldp: Wajong without arbeidsvermogen on 2026-11-01: UWV decides",
            Ldp,
            |s| {
                on(s, 2026, 11, 1);
                s.employee.wajong_work_capacity = Some(false);
            },
            NeedsInfo,
        )
        .euro("saving_per_year", 733_824),
        case(
            "ldp: Wajong without arbeidsvermogen in 2024 (temporary extension)",
            Ldp,
            |s| {
                on(s, 2024, 5, 1);
                s.employee.wajong_work_capacity = Some(false);
            },
            Eligible,
        ),
        case(
            "ldp: Wajong, arbeidsvermogen unknown, before the deadline: either way possible",
            Ldp,
            |s| {
                on(s, 2026, 10, 31);
                s.employee.wajong_work_capacity = None;
            },
            Eligible,
        ),
        case(
            "ldp: Wajong, arbeidsvermogen unknown, after the deadline",
            Ldp,
            |s| {
                on(s, 2026, 11, 1);
                s.employee.wajong_work_capacity = None;
            },
            NeedsInfo,
        ),
        case(
            "ldp: WIA before 2026-10-31: only IVA, ask",
            Ldp,
            |s| {
                benefit(s, Benefit::Wia);
                on(s, 2026, 10, 31);
            },
            NeedsInfo,
        )
        // The amounts are shown for the IVA case.
        .euro("saving_per_year", 733_824),
        case(
            "ldp: WIA(-IVA) after 2026-10-31: UWV decides",
            Ldp,
            |s| {
                benefit(s, Benefit::Wia);
                on(s, 2026, 11, 1);
            },
            NeedsInfo,
        )
        .euro("saving_per_year", 733_824),
        case(
            "ldp: Participatiewet goes to the gemeente",
            Ldp,
            pwet,
            NotEligible,
        ),
        case("ldp: WW", Ldp, |s| benefit(s, Benefit::Ww), NotEligible),
        case("ldp: WAO", Ldp, |s| benefit(s, Benefit::Wao), NotEligible),
        case(
            "ldp: no benefit, even in the register",
            Ldp,
            |s| {
                benefit(s, Benefit::NoBenefit);
                s.employee.target_group_register = Some(true);
            },
            NotEligible,
        ),
        case(
            "ldp: benefit unknown",
            Ldp,
            |s| benefit(s, Benefit::Unknown),
            NeedsInfo,
        ),
        case(
            "ldp: contract of 5 months",
            Ldp,
            |s| s.job.contract_months = Some(5),
            NotEligible,
        )
        .no_amounts(),
        case(
            "ldp: contract of 6 months",
            Ldp,
            |s| s.job.contract_months = Some(6),
            Eligible,
        ),
        case(
            "ldp: permanent contract",
            Ldp,
            |s| s.job.contract_months = None,
            Eligible,
        ),
        // 20,00 × 60 % = 12,00; 8,00 × 1.248 = 9.984,00. On the WML basis: 5,88 × 1.248 = 7.338,24.
        case(
            "ldp: wage above the WML shows the WML-based reading too",
            Ldp,
            |s| s.job.hourly_wage = Cents(2000),
            Eligible,
        )
        .euro("employer_hourly_wage", 1200)
        .euro("saving_per_year", 998_400)
        .euro("saving_per_year_wml_basis", 733_824),
    ]
}

#[test]
fn loondispensatie_table() {
    run(loondispensatie_cases());
}

#[test]
fn loondispensatie_worked_example() {
    let max = Pct::whole(75);
    assert_eq!(
        loondispensatie::employer_hourly_wage(Cents(1471), Pct::whole(60)),
        Cents(883)
    );
    // (14,71 − 8,83) × 24 × 52 = 7.338,24
    assert_eq!(
        loondispensatie::saving_per_year(Cents(1471), Pct::whole(60), Hours(2400), max),
        Cents(733_824)
    );
    assert_eq!(
        loondispensatie::saving_per_year(Cents(1471), Pct(7501), Hours(2400), max),
        Cents(0)
    );
}

#[test]
fn loondispensatie_names_the_minimum_wage_reading_as_the_laws() {
    let mut s = base();
    on(&mut s, 2026, 12, 1);
    s.job.hourly_wage = Cents(1800);
    let d = evaluate(&s).arrangements.loondispensatie;
    let law = d
        .reasons
        .iter()
        .find(|r| r.text.nl().contains("minimumloon (€ 14,99 per uur)"))
        .expect("the minimum-wage reading");
    assert!(law
        .text
        .nl()
        .contains("de wet rekent loondispensatie uit op het minimumloon"));
    assert!(law.text.nl().contains("€ 7.488,00"));
    assert_eq!(law.basis.label(), "Besluit loondispensatie Wajong art. 3");
}

#[test]
fn loondispensatie_cites_the_besluit_article_of_each_condition() {
    let labels = |tweak: fn(&mut Scenario)| {
        let mut s = base();
        tweak(&mut s);
        evaluate(&s)
            .arrangements
            .loondispensatie
            .reasons
            .iter()
            .map(|r| r.basis.label())
            .collect::<Vec<_>>()
    };
    // Output at least 25 % lower: art. 1; at least six months: art. 2; five years: art. 5;
    // under 18: art. 6.
    assert!(labels(|s| s.employee.loonwaarde = Some(Pct::whole(80)))
        .contains(&"Besluit loondispensatie Wajong art. 1".to_string()));
    assert!(labels(|s| s.job.contract_months = Some(3))
        .contains(&"Besluit loondispensatie Wajong art. 2".to_string()));
    let ok = labels(|s| s.employee.age = 17);
    assert!(ok.contains(&"Besluit loondispensatie Wajong art. 5".to_string()));
    assert!(ok.contains(&"Besluit loondispensatie Wajong art. 6".to_string()));
}
