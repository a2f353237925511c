//! Loonkostensubsidie: the table of cases, the domain's worked example, and the 36-hour week.

use super::*;

pub(super) fn loonkostensubsidie_cases() -> Vec<Case> {
    vec![
        // The domain's worked example (2026-12-01, WML 14,99, 36 h): 14,99 × 36 × 52 / 12 =
        // 2.338,44; + 8 % (187,08) = 2.525,52; loonwaarde 50 % → 1.262,76 a month, employer
        // charges 23,5 % = 296,7486 → 296,75.
        case(
            "lks: domain example 2026-12-01, 36 hours, loonwaarde 50 %",
            Lks,
            |s| {
                pwet(s);
                on(s, 2026, 12, 1);
                s.employee.loonwaarde = Some(Pct::whole(50));
                s.job.hours_per_week = Hours(3600);
                s.job.hourly_wage = Cents(1499);
            },
            Eligible,
        )
        .euro("minimum_wage_per_month", 252_552)
        .euro("per_month", 126_276)
        .euro("employer_costs_allowance_per_month", 29_675),
        // Loonwaarde 10 %: 90 % of 2.525,52, capped at 70 % = 1.767,864 → 1.767,86.
        case(
            "lks: domain example 2026-12-01, loonwaarde 10 %: capped at 70 %",
            Lks,
            |s| {
                pwet(s);
                on(s, 2026, 12, 1);
                s.employee.loonwaarde = Some(Pct::whole(10));
                s.job.hours_per_week = Hours(3600);
            },
            Eligible,
        )
        .euro("per_month", 176_786),
        // 40 hours: counted as 36 (the law's week; more only up to the sector's full-time week).
        case(
            "lks: 40 hours a week count as 36",
            Lks,
            |s| {
                pwet(s);
                on(s, 2026, 12, 1);
                s.employee.loonwaarde = Some(Pct::whole(50));
                s.job.hours_per_week = Hours(4000);
                s.job.hourly_wage = Cents(1499);
            },
            Eligible,
        )
        .euro("minimum_wage_per_month", 252_552)
        .euro("per_month", 126_276),
        // Loonwaarde 0 %: 100 % of the base, capped at 70 %: 2.525,52 × 70 % = 1.767,86.
        case(
            "lks: loonwaarde 0 % gives the maximum of 70 %",
            Lks,
            |s| {
                pwet(s);
                on(s, 2026, 12, 1);
                s.employee.loonwaarde = Some(Pct(0));
                s.job.hours_per_week = Hours(3600);
            },
            Eligible,
        )
        .euro("per_month", 176_786),
        // Age 19 on 2027-01-01 (announced 75 %): 14,99 × 75 % = 11,2425 → 11,24; × 36 × 52 / 12
        // = 1.753,44; + 8 % (140,28) = 1.893,72; 50 % = 946,86.
        case(
            "lks: youth wage at 19 from 2027-01-01 (75 %, announced)",
            Lks,
            |s| {
                pwet(s);
                on(s, 2027, 1, 1);
                s.employee.age = 19;
                s.employee.loonwaarde = Some(Pct::whole(50));
                s.job.hours_per_week = Hours(3600);
            },
            Eligible,
        )
        .euro("minimum_wage_per_month", 189_372)
        .euro("per_month", 94_686),
        // WML 14,71 × 24 × 52 / 12 = 1.529,84; + 8 % (122,39) = 1.652,23.
        // 50 %: 1.652,23 − 826,12 = 826,11; cap 70 % = 1.156,56; employer charges 23,5 % = 194,14.
        case(
            "lks: Participatiewet, loonwaarde 50 %, 24 hours",
            Lks,
            |s| {
                pwet(s);
                s.employee.loonwaarde = Some(Pct::whole(50));
            },
            Eligible,
        )
        .euro("minimum_wage_per_month", 165_223)
        .euro("per_month", 82_611)
        .euro("per_year", 82_611 * 12)
        .euro("employer_costs_allowance_per_month", 19_414),
        case(
            "lks: loonwaarde 10 %: capped at 70 %",
            Lks,
            |s| {
                pwet(s);
                s.employee.loonwaarde = Some(Pct::whole(10));
            },
            Eligible,
        )
        .euro("per_month", 115_656),
        // Age 19: 60 % × 14,71 = 8,826 → 8,83; × 36 × 52 / 12 = 1.377,48; + 8 % (110,20) = 1.487,68; 50 % = 743,84.
        case(
            "lks: youth minimum wage at 19 (60 %) is the base",
            Lks,
            |s| {
                pwet(s);
                s.employee.age = 19;
                s.employee.loonwaarde = Some(Pct::whole(50));
                s.job.hours_per_week = Hours(3600);
            },
            Eligible,
        )
        .euro("minimum_wage_per_month", 148_768)
        .euro("per_month", 74_384),
        // Age 21: 14,71 × 36 × 52 / 12 = 2.294,76; + 8 % (183,58) = 2.478,34; 50 % = 1.239,17.
        case(
            "lks: adult minimum wage at 21",
            Lks,
            |s| {
                pwet(s);
                s.employee.age = 21;
                s.employee.loonwaarde = Some(Pct::whole(50));
                s.job.hours_per_week = Hours(3600);
            },
            Eligible,
        )
        .euro("minimum_wage_per_month", 247_834)
        .euro("per_month", 123_917),
        case(
            "lks: loonwaarde 100 %: earns the WML",
            Lks,
            |s| {
                pwet(s);
                s.employee.loonwaarde = Some(Pct::HUNDRED);
            },
            NotEligible,
        )
        .no_amounts(),
        case(
            "lks: loonwaarde 99,99 % still gets a little",
            Lks,
            |s| {
                pwet(s);
                s.employee.loonwaarde = Some(Pct(9999));
            },
            Eligible,
        ),
        case(
            "lks: loonwaarde unknown: flat rate possible, ask",
            Lks,
            |s| {
                pwet(s);
                s.employee.loonwaarde = None;
            },
            NeedsInfo,
        )
        .no_amounts(),
        case("lks: Wajong goes to UWV", Lks, |_| {}, NotEligible).no_amounts(),
        case(
            "lks: WIA goes to UWV",
            Lks,
            |s| benefit(s, Benefit::Wia),
            NotEligible,
        ),
        case(
            "lks: register without benefit",
            Lks,
            |s| {
                benefit(s, Benefit::NoBenefit);
                s.employee.target_group_register = Some(true);
            },
            Eligible,
        ),
        case(
            "lks: WW in the register",
            Lks,
            |s| {
                benefit(s, Benefit::Ww);
                s.employee.target_group_register = Some(true);
            },
            Eligible,
        ),
        case(
            "lks: no benefit, register unknown",
            Lks,
            |s| {
                benefit(s, Benefit::NoBenefit);
                s.employee.target_group_register = None;
            },
            NeedsInfo,
        ),
        case(
            "lks: no benefit, not in the register",
            Lks,
            |s| benefit(s, Benefit::NoBenefit),
            NotEligible,
        ),
        case(
            "lks: benefit unknown",
            Lks,
            |s| benefit(s, Benefit::Unknown),
            NeedsInfo,
        ),
        case(
            "lks: Wsw excludes",
            Lks,
            |s| {
                pwet(s);
                s.employee.wsw = true;
            },
            NotEligible,
        ),
    ]
}

#[test]
fn loonkostensubsidie_table() {
    run(loonkostensubsidie_cases());
}

#[test]
fn loonkostensubsidie_worked_example() {
    // 2025: monthly WML + holiday allowance ≈ € 2.155.
    let base = Cents(215_500);
    let cap = params::LOONKOSTENSUBSIDIE
        .at(Date::ymd(2025, 1, 1))
        .value
        .cap;
    assert_eq!(cap, Pct::whole(70));
    assert_eq!(
        loonkostensubsidie::subsidy_per_month(base, Pct::whole(50), cap),
        Cents(107_750)
    );
    // 2.155 − 215,50 = 1.939,50, capped at 70 % = 1.508,50.
    assert_eq!(
        loonkostensubsidie::subsidy_per_month(base, Pct::whole(10), cap),
        Cents(150_850)
    );
    assert_eq!(
        loonkostensubsidie::subsidy_per_month(base, Pct::whole(30), cap),
        Cents(150_850)
    );
    assert_eq!(
        loonkostensubsidie::subsidy_per_month(base, Pct::whole(31), cap),
        Cents(148_695)
    );
    assert_eq!(
        loonkostensubsidie::subsidy_per_month(base, Pct::HUNDRED, cap),
        Cents(0)
    );
}

#[test]
fn loonkostensubsidie_says_when_more_than_36_hours_may_count() {
    let mut s = base();
    pwet(&mut s);
    s.employee.loonwaarde = Some(Pct::whole(50));
    s.job.hours_per_week = Hours(4000);
    let text = reasons_nl(&evaluate(&s).arrangements.loonkostensubsidie);
    assert!(
        text.contains("U biedt 40 uur per week. Wij rekenen met 36 uur"),
        "{text}"
    );
    s.job.hours_per_week = Hours(3600);
    let text = reasons_nl(&evaluate(&s).arrangements.loonkostensubsidie);
    assert!(!text.contains("Wij rekenen met 36 uur"), "{text}");
}
