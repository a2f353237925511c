//! Werkplekaanpassing: who grants it (UWV through Wet WIA 35 or Wajong 2:23, the gemeente through
//! Participatiewet 10), the lasting limitation, the 6 months a workplace adaptation needs, no
//! amounts.

use super::*;

pub(super) fn werkplekaanpassing_cases() -> Vec<Case> {
    vec![
        // The base: a Wajonger with a lasting limitation.
        case(
            "wpa: a Wajonger with a lasting limitation: UWV (Wajong 2:23)",
            Wpa,
            |_| {},
            Eligible,
        )
        .provider(Some(Provider::Uwv))
        .no_amounts(),
        case(
            "wpa: a current WIA employee with a limitation: UWV (Wet WIA 35)",
            Wpa,
            |s| {
                benefit(s, Benefit::Wia);
                s.job.already_employed = Some(true);
            },
            Eligible,
        )
        .provider(Some(Provider::Uwv)),
        case(
            "wpa: no benefit but a lasting limitation: UWV too (Wet WIA 35)",
            Wpa,
            |s| benefit(s, Benefit::NoBenefit),
            Eligible,
        )
        .provider(Some(Provider::Uwv)),
        case(
            "wpa: bijstand with a lasting limitation: the gemeente (Participatiewet 10)",
            Wpa,
            |s| {
                pwet(s);
                s.employee.structural_limitation = Some(true);
            },
            Eligible,
        )
        .provider(Some(Provider::Gemeente))
        .no_amounts(),
        case(
            "wpa: no lasting limitation: not eligible",
            Wpa,
            |s| s.employee.structural_limitation = Some(false),
            NotEligible,
        )
        .provider(None),
        case(
            "wpa: limitation not known: needs info",
            Wpa,
            |s| s.employee.structural_limitation = None,
            NeedsInfo,
        )
        .provider(None),
        case(
            "wpa: benefit not known: who grants it is open",
            Wpa,
            |s| s.employee.benefit = Benefit::Unknown,
            NeedsInfo,
        )
        .provider(None),
        case(
            "wpa: Wsw: not this way",
            Wpa,
            |s| s.employee.wsw = true,
            NotEligible,
        ),
        // 5 months: a workplace adaptation (paid to the employer) needs 6 more months; aids that go
        // with the employee remain possible, so the card stays eligible and says so.
        case(
            "wpa: a 5-month contract: still eligible, portable aids",
            Wpa,
            |s| s.job.contract_months = Some(5),
            Eligible,
        ),
        case(
            "wpa: a 6-month contract: at the limit",
            Wpa,
            |s| s.job.contract_months = Some(6),
            Eligible,
        ),
    ]
}

#[test]
fn werkplekaanpassing_table() {
    run(werkplekaanpassing_cases());
}

#[test]
fn werkplekaanpassing_explains_the_two_kinds_the_arbowet_and_applying_first() {
    let e = evaluate(&base());
    let text = reasons_nl(&e.arrangements.werkplekaanpassing);
    for phrase in [
        "niet-meeneembaar",
        "meeneembaar",
        "minstens 6 maanden",
        "goedkoopste oplossing",
        "algemeen gebruikelijk",
        "Arbowet",
        "vóórdat u iets koopt",
        "UWV beslist over het bedrag",
    ] {
        assert!(text.contains(phrase), "{phrase:?} in {text}");
    }
    let laws: Vec<String> = e
        .arrangements
        .werkplekaanpassing
        .reasons
        .iter()
        .map(|r| r.basis.label())
        .collect();
    assert!(laws.iter().any(|l| l == "Wajong art. 2:23"), "{laws:?}");
    assert!(
        laws.iter().any(|l| l == "Arbeidsomstandighedenwet art. 3"),
        "{laws:?}"
    );
    // A 5-month contract: the adaptation of the workplace is named as too short.
    let mut s = base();
    s.job.contract_months = Some(5);
    let short = reasons_nl(&evaluate(&s).arrangements.werkplekaanpassing);
    assert!(
        short.contains("U biedt 5 maanden: dat is te kort"),
        "{short}"
    );
}
