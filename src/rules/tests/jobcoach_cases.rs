//! Jobcoach: the table of cases, the domain's hours example, and the laws its texts cite.

use super::*;

pub(super) fn jobcoach_cases() -> Vec<Case> {
    vec![
        // 24 h × 52 × 10 % / 5 % / 3 % = 124,80 / 62,40 / 37,44 hours.
        case(
            "jc: Wajong with arbeidsvermogen via UWV (Wajong 2:22)",
            Jc,
            |_| {},
            Eligible,
        )
        .provider(Some(Provider::Uwv))
        .hours("coaching_hours_year1", 12_480)
        .hours("coaching_hours_year2", 6_240)
        .hours("coaching_hours_year3", 3_744),
        case(
            "jc: Participatiewet: the gemeente (Pwet 10da)",
            Jc,
            pwet,
            Eligible,
        )
        .provider(Some(Provider::Gemeente))
        .no_amounts(),
        case(
            "jc: Participatiewet at 6 hours: the gemeente's own conditions",
            Jc,
            |s| {
                pwet(s);
                s.job.hours_per_week = Hours(600);
            },
            Eligible,
        )
        .provider(Some(Provider::Gemeente)),
        case(
            "jc: WIA with a limitation via UWV (WIA 35)",
            Jc,
            |s| benefit(s, Benefit::Wia),
            Eligible,
        )
        .provider(Some(Provider::Uwv)),
        case(
            "jc: no benefit with a limitation via UWV",
            Jc,
            |s| benefit(s, Benefit::NoBenefit),
            Eligible,
        )
        .provider(Some(Provider::Uwv)),
        case("jc: no structural limitation", Jc, outsider, NotEligible)
            .provider(None)
            .no_amounts(),
        case(
            "jc: structural limitation unknown",
            Jc,
            |s| {
                benefit(s, Benefit::Wia);
                s.employee.structural_limitation = None;
            },
            NeedsInfo,
        )
        .provider(None),
        case(
            "jc: Wsw excludes",
            Jc,
            |s| s.employee.wsw = true,
            NotEligible,
        )
        .provider(None),
        // Wajong 2:30 does not exclude 2:22: a working Wajonger without arbeidsvermogen gets a
        // jobcoach the same way (24 h × 52 × 10 % = 124,80 hours in year 1).
        case(
            "jc: Wajong without arbeidsvermogen who works: via UWV (Wajong 2:22)",
            Jc,
            |s| s.employee.wajong_work_capacity = Some(false),
            Eligible,
        )
        .provider(Some(Provider::Uwv))
        .hours("coaching_hours_year1", 12_480),
        case(
            "jc: Wajong, arbeidsvermogen unknown: via UWV either way",
            Jc,
            |s| s.employee.wajong_work_capacity = None,
            Eligible,
        )
        .provider(Some(Provider::Uwv)),
        case(
            "jc: Wajong without arbeidsvermogen, loonwaarde 30 %: UWV decides",
            Jc,
            |s| {
                s.employee.wajong_work_capacity = Some(false);
                s.employee.loonwaarde = Some(Pct::whole(30));
            },
            NeedsInfo,
        )
        .provider(None),
        case(
            "jc: benefit unknown: who provides is open",
            Jc,
            |s| benefit(s, Benefit::Unknown),
            NeedsInfo,
        )
        .provider(None),
        case(
            "jc: 7,99 hours a week",
            Jc,
            |s| s.job.hours_per_week = Hours(799),
            NotEligible,
        )
        .provider(None),
        case(
            "jc: 8 hours a week: exception",
            Jc,
            |s| s.job.hours_per_week = Hours(800),
            NeedsInfo,
        ),
        case(
            "jc: 11,99 hours a week: exception",
            Jc,
            |s| s.job.hours_per_week = Hours(1199),
            NeedsInfo,
        ),
        // 12 h × 52 × 10 % = 62,40 hours.
        case(
            "jc: 12 hours a week",
            Jc,
            |s| s.job.hours_per_week = Hours(1200),
            Eligible,
        )
        .hours("coaching_hours_year1", 6_240),
        case(
            "jc: loonwaarde 19,99 %",
            Jc,
            |s| s.employee.loonwaarde = Some(Pct(1999)),
            NotEligible,
        ),
        case(
            "jc: loonwaarde 20 %: exception",
            Jc,
            |s| s.employee.loonwaarde = Some(Pct::whole(20)),
            NeedsInfo,
        ),
        case(
            "jc: loonwaarde 34,99 %: exception",
            Jc,
            |s| s.employee.loonwaarde = Some(Pct(3499)),
            NeedsInfo,
        ),
        case(
            "jc: loonwaarde 35 %",
            Jc,
            |s| s.employee.loonwaarde = Some(Pct::whole(35)),
            Eligible,
        ),
        case(
            "jc: loonwaarde unknown",
            Jc,
            |s| s.employee.loonwaarde = None,
            NeedsInfo,
        ),
        case(
            "jc: 8 hours and loonwaarde 20 %: both exceptions",
            Jc,
            |s| {
                s.job.hours_per_week = Hours(800);
                s.employee.loonwaarde = Some(Pct::whole(20));
            },
            NeedsInfo,
        ),
        case(
            "jc: contract of 5 months",
            Jc,
            |s| s.job.contract_months = Some(5),
            NotEligible,
        ),
        case(
            "jc: permanent contract",
            Jc,
            |s| s.job.contract_months = None,
            Eligible,
        ),
    ]
}

#[test]
fn jobcoach_table() {
    run(jobcoach_cases());
}

#[test]
fn jobcoach_hours_domain_example() {
    // 500 hours worked a year, middle regime 10 / 5 / 3 % → 50 / 25 / 15 coaching hours.
    let p = &params::JOBCOACH.at(Date::ymd(2026, 1, 1)).value;
    let intensity = [p.intensity_year1, p.intensity_year2, p.intensity_year3];
    let per_week = Hours(50_000 * 100 / 52 / 100); // 9,61 h/week ≈ 500 h/year
    let [y1, y2, y3] = jobcoach::coaching_hours(per_week, intensity);
    assert_eq!((y1.0 + 50) / 100, 50);
    assert_eq!((y2.0 + 50) / 100, 25);
    assert_eq!((y3.0 + 50) / 100, 15);
}

#[test]
fn the_jobcoach_cites_the_law_not_the_expired_protocol() {
    for tweak in [
        (|_: &mut Scenario| {}) as fn(&mut Scenario),
        |s| benefit(s, Benefit::Wia),
        |s| s.job.hours_per_week = Hours(1000),
        |s| s.employee.loonwaarde = Some(Pct::whole(30)),
    ] {
        let mut s = base();
        tweak(&mut s);
        let e = evaluate(&s);
        let labels: Vec<String> = e
            .arrangements
            .jobcoach
            .reasons
            .iter()
            .map(|r| r.basis.label())
            .chain(
                e.next_steps()
                    .iter()
                    .filter(|st| st.arrangement == Arrangement::Jobcoach)
                    .map(|st| st.basis.label()),
            )
            .collect();
        assert!(labels.iter().all(|l| !l.contains("Protocol")), "{labels:?}");
        assert!(
            labels
                .iter()
                .any(|l| l.starts_with("Wajong art. 2:22") || l.starts_with("Wet WIA art. 35")),
            "{labels:?}"
        );
    }
}
