//! Proefplaatsing (UWV) and proefplaats (gemeente): the table of cases.

use super::*;

pub(super) fn proefplaatsing_cases() -> Vec<Case> {
    vec![
        case("pp: Wajong (UWV beleidsregels)", Pp, |_| {}, Eligible),
        case(
            "pp: WW (WW art. 76a)",
            Pp,
            |s| benefit(s, Benefit::Ww),
            Eligible,
        ),
        case("pp: WIA", Pp, |s| benefit(s, Benefit::Wia), Eligible),
        case("pp: WAZ", Pp, |s| benefit(s, Benefit::Waz), Eligible),
        // Participatiewet art. 8a lid 2 d: a proefplaats via the gemeente, 2 months + at most 4.
        case(
            "pp: Participatiewet: a proefplaats via the gemeente (Pwet 8a)",
            Pp,
            pwet,
            Eligible,
        )
        .provider(Some(Provider::Gemeente)),
        case(
            "pp: Participatiewet with a short contract: the gemeente sets its own conditions",
            Pp,
            |s| {
                pwet(s);
                s.job.contract_months = Some(3);
            },
            Eligible,
        )
        .provider(Some(Provider::Gemeente)),
        case(
            "pp: no benefit",
            Pp,
            |s| benefit(s, Benefit::NoBenefit),
            NotEligible,
        ),
        case(
            "pp: benefit unknown",
            Pp,
            |s| benefit(s, Benefit::Unknown),
            NeedsInfo,
        ),
        case(
            "pp: follow-on contract of 5 months",
            Pp,
            |s| s.job.contract_months = Some(5),
            NotEligible,
        ),
        case(
            "pp: permanent follow-on contract",
            Pp,
            |s| s.job.contract_months = None,
            Eligible,
        ),
    ]
}

#[test]
fn proefplaatsing_table() {
    run(proefplaatsing_cases());
}
