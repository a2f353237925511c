//! LKV and LIV: the table of cases, the amount as rate × hours with its cap, LIV only before 2025, and the corrected texts.

use super::*;

pub(super) fn lkv_cases() -> Vec<Case> {
    vec![
        // 1,01 × 24 × 52 = 1.260,48; from 2026 as long as the employment lasts (no `years`).
        case("lkv: Wajong: banenafspraak 1,01/h", Lkv, |_| {}, Eligible)
            .category(Some("banenafspraak"))
            .euro("per_year", 126_048)
            .euro("rate_per_hour", 101)
            .no("years"),
        case(
            "lkv: Wajong in 2025: banenafspraak for 3 years",
            Lkv,
            |s| on(s, 2025, 3, 1),
            Eligible,
        )
        .category(Some("banenafspraak"))
        .euro("per_year", 126_048)
        .count("years", 3),
        // 1,01 × 40 × 52 = 2.100,80 → cap 2.000.
        case(
            "lkv: banenafspraak capped at 2.000 at 40 hours",
            Lkv,
            |s| s.job.hours_per_week = Hours(4000),
            Eligible,
        )
        .euro("per_year", 200_000),
        case(
            "lkv: register without benefit: banenafspraak",
            Lkv,
            |s| {
                benefit(s, Benefit::NoBenefit);
                s.employee.target_group_register = Some(true);
            },
            Eligible,
        )
        .category(Some("banenafspraak")),
        case(
            "lkv: Participatiewet in the register: banenafspraak",
            Lkv,
            |s| {
                pwet(s);
                s.employee.target_group_register = Some(true);
            },
            Eligible,
        )
        .category(Some("banenafspraak")),
        // 3,05 × 24 × 52 = 3.806,40.
        case(
            "lkv: WIA: arbeidsgehandicapt 3,05/h",
            Lkv,
            |s| benefit(s, Benefit::Wia),
            Eligible,
        )
        .category(Some("arbeidsgehandicapte_werknemer"))
        .euro("per_year", 380_640)
        .euro("rate_per_hour", 305)
        .count("years", 3),
        case(
            "lkv: WIA and register: the highest category wins",
            Lkv,
            |s| {
                benefit(s, Benefit::Wia);
                s.employee.target_group_register = Some(true);
            },
            Eligible,
        )
        .category(Some("arbeidsgehandicapte_werknemer"))
        .euro("per_year", 380_640),
        // 3,05 × 40 × 52 = 6.344 → cap 6.000.
        case(
            "lkv: arbeidsgehandicapt capped at 6.000 at 40 hours",
            Lkv,
            |s| {
                benefit(s, Benefit::Wia);
                s.job.hours_per_week = Hours(4000);
            },
            Eligible,
        )
        .euro("per_year", 600_000),
        case(
            "lkv: WAO: arbeidsgehandicapt",
            Lkv,
            |s| benefit(s, Benefit::Wao),
            Eligible,
        )
        .category(Some("arbeidsgehandicapte_werknemer")),
        // Hired in 2024: 3,05 × 1.248 = 3.806,40, paid up to 2025-12-31 → 2 years.
        case(
            "lkv: oudere werknemer 2024: 3,05/h",
            Lkv,
            |s| {
                older_ww(s, 60);
                on(s, 2024, 3, 1);
            },
            Eligible,
        )
        .category(Some("oudere_werknemer"))
        .euro("per_year", 380_640)
        .euro("rate_per_hour", 305)
        .count("years", 2),
        // 1,35 × 1.248 = 1.684,80, 1 year left.
        case(
            "lkv: oudere werknemer 2025: 1,35/h",
            Lkv,
            |s| {
                older_ww(s, 60);
                on(s, 2025, 3, 1);
            },
            Eligible,
        )
        .category(Some("oudere_werknemer"))
        .euro("per_year", 168_480)
        .euro("rate_per_hour", 135)
        .count("years", 1),
        // 1,35 × 40 × 52 = 2.808 → cap 2.600.
        case(
            "lkv: oudere werknemer 2025 capped at 2.600",
            Lkv,
            |s| {
                older_ww(s, 60);
                on(s, 2025, 3, 1);
                s.job.hours_per_week = Hours(4000);
            },
            Eligible,
        )
        .euro("per_year", 260_000),
        case(
            "lkv: oudere werknemer 2026: no LKV for new hires",
            Lkv,
            |s| older_ww(s, 60),
            NotEligible,
        )
        .category(None)
        .no_amounts(),
        case(
            "lkv: 55 is too young for oudere werknemer",
            Lkv,
            |s| {
                older_ww(s, 55);
                on(s, 2024, 3, 1);
            },
            NotEligible,
        ),
        case(
            "lkv: 56 with Participatiewet in 2024: oudere werknemer",
            Lkv,
            |s| {
                pwet(s);
                s.employee.age = 56;
                on(s, 2024, 3, 1);
            },
            Eligible,
        )
        .category(Some("oudere_werknemer")),
        case(
            "lkv: 2025, 60 with WIA: arbeidsgehandicapt 3,05 beats oudere 1,35",
            Lkv,
            |s| {
                benefit(s, Benefit::Wia);
                s.employee.age = 60;
                on(s, 2025, 3, 1);
            },
            Eligible,
        )
        .category(Some("arbeidsgehandicapte_werknemer"))
        .euro("per_year", 380_640),
        case(
            "lkv: 2024, 60 with WIA: equal amounts, the first in the law (oudere) counts",
            Lkv,
            |s| {
                benefit(s, Benefit::Wia);
                s.employee.age = 60;
                on(s, 2024, 3, 1);
            },
            Eligible,
        )
        .category(Some("oudere_werknemer"))
        .euro("per_year", 380_640),
        case(
            "lkv: AOW age 67 reached",
            Lkv,
            |s| s.employee.age = 67,
            NotEligible,
        )
        .no_amounts(),
        case("lkv: age 66", Lkv, |s| s.employee.age = 66, Eligible),
        case(
            "lkv: 2028, age 67: AOW age 67 + 3 months, depends on the birthday",
            Lkv,
            |s| {
                on(s, 2028, 3, 1);
                s.employee.age = 67;
            },
            NeedsInfo,
        ),
        case(
            "lkv: 2028, age 68",
            Lkv,
            |s| {
                on(s, 2028, 3, 1);
                s.employee.age = 68;
            },
            NotEligible,
        ),
        case(
            "lkv: Wsw excludes",
            Lkv,
            |s| s.employee.wsw = true,
            NotEligible,
        )
        .no_amounts(),
        case(
            "lkv: no benefit, register unknown",
            Lkv,
            |s| {
                benefit(s, Benefit::NoBenefit);
                s.employee.target_group_register = None;
            },
            NeedsInfo,
        )
        .no_amounts(),
        case(
            "lkv: no benefit, not in the register",
            Lkv,
            |s| benefit(s, Benefit::NoBenefit),
            NotEligible,
        )
        .category(None),
        case(
            "lkv: benefit unknown",
            Lkv,
            |s| benefit(s, Benefit::Unknown),
            NeedsInfo,
        ),
        // LIV: 0,49 × 1.248 = 611,52; at 40 hours 0,49 × 2.080 = 1.019,20 → cap 960.
        case(
            "liv: 2024 in the wage band, 24 hours",
            Liv,
            liv_2024,
            Eligible,
        )
        .euro("per_year", 61_152),
        case(
            "liv: 2024 capped at 960 at 40 hours",
            Liv,
            |s| {
                liv_2024(s);
                s.job.hours_per_week = Hours(4000);
            },
            Eligible,
        )
        .euro("per_year", 96_000),
        case(
            "liv: 2024 lower bound 14,33",
            Liv,
            |s| {
                liv_2024(s);
                s.job.hourly_wage = Cents(1433);
            },
            Eligible,
        ),
        case(
            "liv: 2024 upper bound 14,91",
            Liv,
            |s| {
                liv_2024(s);
                s.job.hourly_wage = Cents(1491);
            },
            Eligible,
        ),
        case(
            "liv: 2024 wage 14,92 above the band",
            Liv,
            |s| {
                liv_2024(s);
                s.job.hourly_wage = Cents(1492);
            },
            NotEligible,
        )
        .no_amounts(),
        case(
            "liv: 2024, 20 hours a week is below 1.248 hours a year",
            Liv,
            |s| {
                liv_2024(s);
                s.job.hours_per_week = Hours(2000);
            },
            NotEligible,
        ),
        case(
            "liv: 2024-12-31 still present",
            Liv,
            |s| {
                liv_2024(s);
                on(s, 2024, 12, 31);
            },
            Eligible,
        ),
        case(
            "liv: 2024, AOW age",
            Liv,
            |s| {
                liv_2024(s);
                s.employee.age = 67;
            },
            NotEligible,
        ),
        absent("liv: abolished on 2025-01-01", Liv, |s| {
            liv_2024(s);
            on(s, 2025, 1, 1);
        }),
        absent("liv: absent in 2026", Liv, |s| {
            s.job.hourly_wage = Cents(1450)
        }),
    ]
}

#[test]
fn lkv_and_liv_table() {
    run(lkv_cases());
}

#[test]
fn lkv_amount_is_rate_times_hours_capped() {
    let banenafspraak = LKV_BANENAFSPRAAK.at(Date::ymd(2025, 6, 1)).value;
    assert_eq!(
        lkv::amount_per_year(banenafspraak, Hours(2400)),
        Cents(126_048)
    );
    assert_eq!(
        lkv::amount_per_year(banenafspraak, Hours(4000)),
        Cents(200_000)
    );
    let older = &LKV_OUDERE_WERKNEMER.at(Date::ymd(2025, 6, 1)).value;
    assert_eq!(
        (older.per_hour, older.cap),
        (Some(Cents(135)), Cents(260_000))
    );
    assert!(LKV_OUDERE_WERKNEMER
        .at(Date::ymd(2026, 1, 1))
        .value
        .per_hour
        .is_none());
}

#[test]
fn liv_absent_for_every_day_from_2025() {
    let mut s = base();
    s.job.hourly_wage = Cents(1450);
    let mut d = Date::ymd(2024, 12, 1);
    let end = Date::ymd(2027, 1, 1);
    let mut days = 0;
    while d < end {
        s.date = d;
        let present = evaluate(&s).arrangements.liv.is_some();
        assert_eq!(present, d < Date::ymd(2025, 1, 1), "LIV on {d}");
        d = Date::from_unix_days(days_since_epoch(d) + 1);
        days += 1;
    }
    assert!(days > 700);
}

#[test]
fn lkv_banenafspraak_since_2026_needs_no_declaration_and_has_no_six_month_rule() {
    let mut s = base();
    let lkv = evaluate(&s).arrangements.lkv;
    let text = reasons_nl(&lkv);
    assert!(
        text.contains("doelgroepverklaring is voor deze groep niet meer nodig"),
        "{text}"
    );
    assert!(!text.contains("6 maanden"), "{text}");
    assert!(
        text.contains("niet uit of de werknemer eerder bij u werkte"),
        "{text}"
    );
    // 2025: the declaration within 3 months, and not after work here in the 6 months before.
    on(&mut s, 2025, 6, 1);
    let text = reasons_nl(&evaluate(&s).arrangements.lkv);
    assert!(text.contains("doelgroepverklaring aan bij UWV"), "{text}");
    assert!(
        text.contains("in de 6 maanden ervoor al bij u werkte"),
        "{text}"
    );
}

#[test]
fn lkv_not_eligible_names_herplaatsen_and_the_oudere_werknemer_before_2024() {
    let mut s = base();
    outsider(&mut s);
    let lkv = evaluate(&s).arrangements.lkv;
    assert_eq!(lkv.status, NotEligible);
    let text = reasons_nl(&lkv);
    assert!(text.contains("vóór 2024"), "{text}");
    assert!(text.contains("herplaatsen"), "{text}");
    assert!(!text.contains("vóór 2026"), "{text}");
}
