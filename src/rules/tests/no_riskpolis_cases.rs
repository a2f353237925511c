//! No-riskpolis: the table of cases.

use super::*;

pub(super) fn no_riskpolis_cases() -> Vec<Case> {
    vec![
        case("nrp: Wajong: no fixed end (lid 2)", Nrp, |_| {}, Eligible)
            .cover(Some(Cover::WhileEmployed))
            .euro("max_dagloon", 30_425),
        case(
            "nrp: register, no benefit: no fixed end",
            Nrp,
            |s| {
                benefit(s, Benefit::NoBenefit);
                s.employee.target_group_register = Some(true);
            },
            Eligible,
        )
        .cover(Some(Cover::WhileEmployed)),
        case(
            "nrp: WIA: 5 years (lid 1)",
            Nrp,
            |s| benefit(s, Benefit::Wia),
            Eligible,
        )
        .cover(Some(Cover::Years(5))),
        case(
            "nrp: WIA and register: the longest cover wins",
            Nrp,
            |s| {
                benefit(s, Benefit::Wia);
                s.employee.target_group_register = Some(true);
            },
            Eligible,
        )
        .cover(Some(Cover::WhileEmployed)),
        case(
            "nrp: WAO: 5 years",
            Nrp,
            |s| benefit(s, Benefit::Wao),
            Eligible,
        )
        .cover(Some(Cover::Years(5))),
        case(
            "nrp: WAZ: 5 years",
            Nrp,
            |s| benefit(s, Benefit::Waz),
            Eligible,
        )
        .cover(Some(Cover::Years(5))),
        case(
            "nrp: maximum dagloon 2024",
            Nrp,
            |s| on(s, 2024, 3, 1),
            Eligible,
        )
        .euro("max_dagloon", 27_444),
        case(
            "nrp: maximum dagloon 2025",
            Nrp,
            |s| on(s, 2025, 3, 1),
            Eligible,
        )
        .euro("max_dagloon", 29_067),
        // 1 July 2026: no confirmed new amount, so the one of 1 January is used (and named).
        case(
            "nrp: maximum dagloon on 2026-12-01 is still 304,25 (carried forward)",
            Nrp,
            |s| on(s, 2026, 12, 1),
            Eligible,
        )
        .euro("max_dagloon", 30_425),
        case(
            "nrp: no benefit, no register, no limitation",
            Nrp,
            outsider,
            NotEligible,
        )
        .cover(None)
        .no_amounts(),
        case(
            "nrp: WW, no register, no limitation",
            Nrp,
            |s| {
                outsider(s);
                s.employee.benefit = Benefit::Ww;
            },
            NotEligible,
        )
        .cover(None),
        case(
            "nrp: register unknown",
            Nrp,
            |s| {
                outsider(s);
                s.employee.target_group_register = None;
            },
            NeedsInfo,
        )
        .cover(None),
        case(
            "nrp: benefit unknown",
            Nrp,
            |s| {
                outsider(s);
                s.employee.benefit = Benefit::Unknown;
            },
            NeedsInfo,
        )
        .cover(None),
        case(
            "nrp: structural limitation, no register: maybe a school-leaver (lid 1 c/d)",
            Nrp,
            |s| {
                outsider(s);
                s.employee.structural_limitation = Some(true);
            },
            NeedsInfo,
        ),
        case(
            "nrp: Wsw job excluded (lid 8)",
            Nrp,
            |s| s.employee.wsw = true,
            NotEligible,
        )
        .cover(None),
    ]
}

#[test]
fn no_riskpolis_table() {
    run(no_riskpolis_cases());
}
