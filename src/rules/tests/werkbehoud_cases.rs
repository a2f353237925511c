//! Werkbehoud: only for someone who already works here; UWV for a Wajonger (Wajong 2:22), a jobcoach
//! or since 2025 the re-integratiedienst werkbehoud; others are pointed elsewhere.

use super::*;

fn current(s: &mut Scenario) {
    s.job.already_employed = Some(true);
}

pub(super) fn werkbehoud_cases() -> Vec<Case> {
    vec![
        case(
            "wb: a new hire: once they work for you",
            Wb,
            |_| {},
            NotEligible,
        )
        .provider(None),
        case("wb: a current Wajong employee: UWV", Wb, current, Eligible)
            .provider(Some(Provider::Uwv))
            .no_amounts(),
        case(
            "wb: a current Wajong employee in 2024: UWV (the jobcoach only)",
            Wb,
            |s| {
                current(s);
                on(s, 2024, 3, 1);
            },
            Eligible,
        ),
        case(
            "wb: not known whether they work here: needs info",
            Wb,
            |s| s.job.already_employed = None,
            NeedsInfo,
        ),
        case(
            "wb: a current WIA employee: see the jobcoach and werkplekaanpassing",
            Wb,
            |s| {
                current(s);
                benefit(s, Benefit::Wia);
            },
            NotEligible,
        ),
        case(
            "wb: a current employee on bijstand: the gemeente",
            Wb,
            |s| {
                current(s);
                pwet(s);
            },
            NotEligible,
        ),
        case(
            "wb: a current employee, benefit unknown: needs info",
            Wb,
            |s| {
                current(s);
                s.employee.benefit = Benefit::Unknown;
            },
            NeedsInfo,
        ),
        case(
            "wb: a current Wajong employee in the Wsw",
            Wb,
            |s| {
                current(s);
                s.employee.wsw = true;
            },
            NotEligible,
        ),
        case(
            "wb: not known whether they work here, on WIA: werkbehoud is for Wajongers anyway",
            Wb,
            |s| {
                s.job.already_employed = None;
                benefit(s, Benefit::Wia);
            },
            NotEligible,
        ),
        case(
            "wb: not known whether they work here, in the Wsw: not this way anyway",
            Wb,
            |s| {
                s.job.already_employed = None;
                s.employee.wsw = true;
            },
            NotEligible,
        ),
        // What a current employee changes elsewhere.
        case(
            "pp: a current employee: no proefplaatsing (a new job only)",
            Pp,
            current,
            NotEligible,
        ),
        case(
            "pp: not known whether they work here: needs info",
            Pp,
            |s| s.job.already_employed = None,
            NeedsInfo,
        ),
        case(
            "pp: bijstand, not known whether they work here: needs info, no provider yet",
            Pp,
            |s| {
                pwet(s);
                s.job.already_employed = None;
            },
            NeedsInfo,
        )
        .provider(None),
        case(
            "pp: no benefit, not known whether they work here: not eligible anyway",
            Pp,
            |s| {
                benefit(s, Benefit::NoBenefit);
                s.job.already_employed = None;
            },
            NotEligible,
        ),
        // Wtl 2.14–2.17: € 3,05 × 24 × 52 = € 3.806,40 (below the € 6.000 cap), for 1 year.
        case(
            "lkv: a current WIA employee: herplaatsen, € 3.806,40 for 1 year",
            Lkv,
            |s| {
                current(s);
                benefit(s, Benefit::Wia);
            },
            Eligible,
        )
        .category(Some("herplaatsen_arbeidsgehandicapte_werknemer"))
        .euro("per_year", 380_640)
        .count("years", 1),
        // Banenafspraak since 2026 has no 6-month condition: € 1,01 × 1.248 = € 1.260,48.
        case(
            "lkv: a current Wajong employee in 2026: banenafspraak still applies",
            Lkv,
            current,
            Eligible,
        )
        .category(Some("banenafspraak"))
        .euro("per_year", 126_048),
        case(
            "lkv: a current Wajong employee in 2025: employed here in the 6 months before",
            Lkv,
            |s| {
                current(s);
                on(s, 2025, 3, 1);
            },
            NotEligible,
        ),
        case(
            "lkv: a WIA hire, not known whether they worked here: needs info",
            Lkv,
            |s| {
                benefit(s, Benefit::Wia);
                s.job.already_employed = None;
            },
            NeedsInfo,
        ),
        case(
            "nrp: a current WIA employee: 5 years (Ziektewet 29b lid 4)",
            Nrp,
            |s| {
                current(s);
                benefit(s, Benefit::Wia);
            },
            Eligible,
        )
        .cover(Some(Cover::Years(5))),
    ]
}

#[test]
fn werkbehoud_table() {
    run(werkbehoud_cases());
}

#[test]
fn a_current_employee_is_called_an_employee_and_told_whom_to_contact() {
    let mut s = base();
    current(&mut s);
    let e = evaluate(&s);
    let all: String = e
        .arrangements
        .iter()
        .map(|(_, d)| reasons_nl(d))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!all.contains("kandidaat"), "{all}");
    assert!(all.contains("Uw werknemer"), "{all}");
    let en: String = e
        .arrangements
        .werkbehoud
        .reasons
        .iter()
        .map(|r| r.text(false))
        .collect();
    assert!(
        !en.contains("candidate") && en.contains("Your employee"),
        "{en}"
    );
    let text = reasons_nl(&e.arrangements.werkbehoud);
    assert!(text.contains("Werkgeversservicepunt"), "{text}");
    assert!(text.contains("re-integratiedienst werkbehoud"), "{text}");
    assert!(
        e.arrangements
            .no_riskpolis
            .reasons
            .iter()
            .all(|r| r.basis.label() != "Ziektewet art. 29b lid 4"),
        "a Wajonger's cover is lid 2, not lid 4"
    );
    // Its step has no deadline; the jobcoach's step is not "within 4 weeks of the start".
    let steps = e.next_steps();
    let step = steps
        .iter()
        .find(|st| st.arrangement == Arrangement::Jobcoach)
        .unwrap();
    assert_eq!(step.deadline, None);
    assert!(e
        .next_steps()
        .iter()
        .any(|st| st.arrangement == Arrangement::Werkbehoud));
}
