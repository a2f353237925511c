//! No-riskpolis (Ziektewet art. 29b): if the employee falls ill, UWV pays ziekengeld to the employer.

use super::arrangement::Arrangement;
use super::decide::Conditions;
use super::law::{lid, policy, Basis, ZW};
use super::params::{self, MAX_DAGLOON, NO_RISKPOLIS};
use super::result::{Amount, AmountKey, Amounts, Cover, Decision, Reason, Status};
use super::scenario::{Benefit, Scenario};
use crate::txt;
use smallvec::smallvec;

const UWV_WHEN: &Basis = &policy(
    "UWV: situaties waarin de no-riskpolis geldt (ook WAO en WAZ)",
    "https://www.uwv.nl/nl/no-riskpolis/situaties-waarin-de-no-riskpolis-voor-u-geldt",
);

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let figures = &NO_RISKPOLIS.at(s.date).value;
    let employee = &s.employee;
    if employee.wsw {
        let mut conditions = Conditions::new(out);
        conditions
            .fail(
                &const { lid(ZW, "29b", "8") },
                txt!(
                    "Voor werk in de sociale werkvoorziening (Wsw, artikel 2) geldt de no-riskpolis niet.",
                    "The no-risk policy does not apply to sheltered employment under the Wsw (article 2).",
                ),
            );
        return conditions.done();
    }
    // Ziektewet 29b lid 1 and 2: the routes that apply (benefit, register), the longest first.
    match routes(s, figures) {
        (Some((best, first)), second) => covered(s, figures, best, first, second, out),
        (None, _) => no_route(s, out),
    }
}

type Route = (Cover, Reason);

/// The routes that apply, with their cover: one through the benefit, one through the register;
/// the one with the longest cover first.
fn routes(s: &Scenario, figures: &params::NoRisk) -> (Option<Route>, Option<Route>) {
    let employee = &s.employee;
    let years = figures.years;
    // The routes that apply, with their cover: one through the benefit, one through the register.
    let reason = Reason::new;
    let benefit = match employee.benefit {
        Benefit::Wajong => Some((
            Cover::WhileEmployed,
            reason(
                &const { lid(ZW, "29b", "2") },
                txt!(
                    "Uw kandidaat heeft (of had) een Wajong. De no-riskpolis geldt dan zolang hij of zij bij u werkt.",
                    "Your candidate has (or had) a Wajong. The no-risk policy then applies for as long as they work for you.",
                ),
            ),
        )),
        // Ziektewet 29b lid 4: employment continued (or other work here) after a WIA award.
        Benefit::Wia if s.job.already_employed == Some(true) => Some((
            Cover::Years(years),
            reason(
                &const { lid(ZW, "29b", "4") },
                txt!(
                    "Uw werknemer heeft een WIA-uitkering en blijft bij u werken, in het eigen of in ander werk. Werd hij of zij ziek terwijl hij of zij bij u werkte? Dan geldt de no-riskpolis {} jaar vanaf de WIA-uitkering. Kwam uw werknemer met een WIA-uitkering bij u werken, dan {} jaar vanaf de start.",
                    "Your employee has a WIA benefit and keeps working for you, in the same or other work. If they fell ill while working for you, the no-risk policy applies for {} years from the WIA benefit. If they came to you with a WIA benefit, {} years from the start.",
                    years,
                    years,
                ),
            ),
        )),
        Benefit::Wia => Some((
            Cover::Years(years),
            reason(
                &const { lid(ZW, "29b", "1") },
                txt!(
                    "Uw kandidaat heeft een WIA-uitkering. De no-riskpolis geldt {} jaar vanaf de start van het werk (eenmalig {} jaar te verlengen bij een ernstige ziekte).",
                    "Your candidate has a WIA benefit. The no-risk policy applies for {} years from the start of the job (once extendable by {} years for a serious illness).",
                    years,
                    years,
                ),
            ),
        )),
        Benefit::Wao | Benefit::Waz => Some((
            Cover::Years(years),
            reason(
                UWV_WHEN,
                {
                    const OTHER: (&str, &str) = (
                        "Uw kandidaat heeft een {*}-uitkering. UWV past de no-riskpolis ook dan toe, {} jaar vanaf de start van het werk.",
                        "Your candidate has a {*} benefit. UWV applies the no-risk policy in that case too, for {} years from the start of the job.",
                    );
                    if employee.benefit == Benefit::Wao {
                        txt!(OTHER.0, OTHER.1; "WAO", "WAO", years)
                    } else {
                        txt!(OTHER.0, OTHER.1; "WAZ", "WAZ", years)
                    }
                },
            ),
        )),
        _ => None,
    };
    let register = (employee.target_group_register == Some(true)).then(|| {
        (
            Cover::WhileEmployed,
            reason(
                &const { lid(ZW, "29b", "2") },
                txt!(
                    "Uw kandidaat staat in het doelgroepregister banenafspraak. De no-riskpolis geldt dan zolang hij of zij bij u werkt.",
                    "Your candidate is in the target group register (banenafspraak). The no-risk policy then applies for as long as they work for you.",
                ),
            ),
        )
    });
    // The route with the longest cover first (a Wajong's and the register's last while the person
    // works here; the others some years), then the other: the Wajong route before the register
    // route, the register route before the one through a WIA, WAO or WAZ.
    let (first, second) = if employee.benefit == Benefit::Wajong {
        (benefit, register)
    } else {
        (register, benefit)
    };
    let (first, second) = match (first, second) {
        (None, only) | (only, None) => (only, None),
        both => both,
    };
    (first, second)
}

/// Covered: for how long, what UWV pays, and that nothing needs to be requested in advance.
fn covered<'d>(
    s: &Scenario,
    figures: &params::NoRisk,
    best: Cover,
    first: Reason,
    second: Option<Route>,
    out: &'d mut Decision,
) -> &'d mut Decision {
    let reasons = &mut out.reasons;
    reasons.push(first);
    reasons.extend(second.map(|(_, r)| r));
    if reasons.len() > 1 {
        reasons.push(Reason {
            text: txt!(
                "Gelden meer regels tegelijk, dan telt de langste dekking.",
                "When several rules apply, the longest cover counts.",
            ),
            basis: &const { super::law::art(ZW, "29b") },
            employee: false,
        });
    }
    let dagloon = MAX_DAGLOON.at(s.date).value;
    reasons.push(Reason {
        text: txt!(
            "Wordt uw werknemer ziek? Dan betaalt UWV ziekengeld aan u. Dat is {} van het dagloon. In het eerste jaar kunt u UWV vragen om {} te betalen, maar niet meer dan het loon dat u betaalt. Het dagloon is het loon per dag waarmee UWV rekent. Het is hoogstens {}.",
            "If your employee falls ill, UWV pays you sickness benefit. That is {} of the daily wage. In the first year you can ask UWV to pay {}, but no more than the wage you pay. The daily wage is the wage per day that UWV uses for its calculation. It is at most {}.",
            figures.benefit_pct,
            figures.first_year_pct,
            dagloon,
        ),
        basis: &const { lid(ZW, "29b", "6") },
        employee: false,
    });
    reasons.push(Reason {
        text: txt!(
            "U hoeft niets vooraf aan te vragen. Meldt u de werknemer ziek bij UWV? Zeg dan dat de no-riskpolis geldt. U houdt wel uw plichten bij ziekte, zoals loon doorbetalen en helpen bij herstel (Wet verbetering poortwachter).",
            "You do not need to apply for anything in advance. When you report the employee sick to UWV, say that the no-risk policy applies. You keep your duties during sickness, such as paying the wage and helping with recovery (Wet verbetering poortwachter).",
        ),
        basis: &const { lid(ZW, "29b", "1") },
        employee: false,
    });
    out.status = Status::Eligible;
    out.duration_years = Some(best);
    out.amounts = Amounts(smallvec![(AmountKey::MaxDagloon, Amount::Euro(dagloon))]);
    out
}

/// No route applies on what we know: is there an answer that could open one?
fn no_route<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let employee = &s.employee;
    let years = NO_RISKPOLIS.at(s.date).value.years;
    let mut conditions = Conditions::new(out);
    if employee.benefit == Benefit::Unknown {
        conditions.unknown(
            &const { lid(ZW, "29b", "2") },
            txt!(
                "Vraag de kandidaat welke uitkering hij of zij heeft. Bij een Wajong, WIA, WAO of WAZ geldt de no-riskpolis.",
                "Ask the candidate which benefit they have. With a Wajong, WIA, WAO or WAZ the no-risk policy applies.",
            ),
        );
    }
    if employee.target_group_register.is_none() {
        conditions.unknown(
            &const { lid(ZW, "29b", "2") },
            txt!(
                "Staat uw kandidaat in het doelgroepregister banenafspraak? Dan geldt de no-riskpolis. Vraag het de kandidaat, of check het bij UWV (Werkgeversservicepunt of UWV Telefoon Werkgevers).",
                "Is your candidate in the target group register (banenafspraak)? Then the no-risk policy applies. Ask the candidate, or check with UWV (Werkgeversservicepunt or UWV's employer phone line).",
            ),
        );
    }
    if employee.structural_limitation != Some(false) {
        conditions.unknown(
            &const { lid(ZW, "29b", "1") },
            txt!(
                "Had uw kandidaat door ziekte of handicap problemen op school, en ging hij of zij minder dan {} jaar geleden van school? Dan geldt de no-riskpolis mogelijk wel. UWV geeft daarover een verklaring.",
                "Was your candidate hindered at school by illness or handicap, and did they leave school less than {} years ago? Then the no-risk policy may apply. UWV issues a statement on this.",
                years,
            ),
        );
    }
    if conditions.status() == Status::NeedsInfo {
        return conditions.done();
    }
    conditions.fail(
        &const { lid(ZW, "29b", "1") },
        txt!(
            "De no-riskpolis is er voor mensen met een Wajong, WIA, WAO of WAZ. Ook voor mensen in het doelgroepregister. En voor mensen die door ziekte of handicap problemen hadden op school. Uw kandidaat hoort niet bij deze groepen.",
            "The no-risk policy is for people with a Wajong, WIA, WAO or WAZ. Also for people in the target group register. And for people who had problems at school because of illness or disability. Your candidate is not in these groups.",
        ),
    );
    conditions.done()
}

/// Nothing to request in advance: mention the no-riskpolis when reporting the employee sick.
pub(crate) fn step(_s: &Scenario, decision: &Decision) -> Option<super::result::Step> {
    let text = match decision.status {
        Status::Eligible => txt!(
            "U hoeft niets vooraf aan te vragen. Wordt de werknemer ziek? Meld dat bij UWV en geef aan dat de no-riskpolis geldt. U blijft loon betalen en helpt bij herstel; UWV betaalt u ziekengeld.",
            "Nothing to apply for in advance. If the employee falls ill, report it to UWV and say the no-risk policy applies. You keep paying the wage and help with recovery; UWV pays you sickness benefit.",
        ),
        Status::NeedsInfo => txt!(
            "Ga na of de no-riskpolis geldt: vraag de kandidaat, of UWV (het Werkgeversservicepunt), of hij in het doelgroepregister staat of een uitkering van UWV heeft waar de polis bij hoort. Vooraf aanvragen hoeft niet.",
            "Find out whether the no-risk policy applies: ask the candidate, or UWV (the Werkgeversservicepunt), whether they are in the target group register or have a UWV benefit that comes with the policy. There is nothing to apply for in advance.",
        ),
        Status::NotEligible => return None,
    };
    Some(super::result::Step {
        arrangement: Arrangement::NoRiskpolis,
        text,
        deadline: None,
        basis: &const { super::law::art(ZW, "29b") },
        late: None,
    })
}
