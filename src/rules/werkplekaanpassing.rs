//! Werkplekaanpassingen en andere voorzieningen (workplace adaptations, aids, transport, an
//! interpreter): UWV for an employee with a structural functional limitation (Wet WIA art. 35),
//! UWV for a Wajonger (Wajong art. 2:23), the gemeente for someone it supports (Participatiewet
//! art. 10). No amounts: no current normbedragen were found, and UWV decides per case.

use super::arrangement::Arrangement;
use super::decide::Conditions;
use super::law::{art, lid, policy, Basis, ARBOWET, PWET, WAJONG, WIA};
use super::params::{self, WERKPLEKAANPASSING};
use super::result::{Decision, Provider, Status, Step};
use super::scenario::{Benefit, Scenario};
use crate::txt;

const WIA_35: &Basis = &lid(WIA, "35", "1");
const WAJONG_2_23: &Basis = &art(WAJONG, "2:23");
const PWET_10: &Basis = &art(PWET, "10");
const PROTOCOL: &Basis = &policy(
    "Protocol Voorzieningen UWV 2021",
    "https://arbeidsdeskundigen.nl/akc/kennis/map/document/190077",
);

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let figures = &WERKPLEKAANPASSING.at(s.date).value;
    let mut conditions = Conditions::new(out);
    // Wet WIA 35, Wajong 2:23: not for work in the sociale werkvoorziening.
    if s.employee.wsw {
        return not_in_the_wsw(conditions);
    }
    // Who grants it: UWV (Wet WIA 35, Wajong 2:23) or the gemeente (Participatiewet 10).
    let provider = who_provides_it(s, &mut conditions);
    // A structural functional limitation, expected to last longer than a year.
    lasting_limitation(s, figures, &mut conditions);
    if conditions.failed() {
        return conditions.done();
    }
    if provider == Some(Provider::Uwv) {
        uwv_conditions(s, figures, &mut conditions);
    }
    how_it_works(provider, &mut conditions);
    let decision = conditions.done();
    if decision.status == Status::Eligible {
        decision.provider = provider;
    }
    decision
}

fn not_in_the_wsw<'d>(mut conditions: Conditions<'d>) -> &'d mut Decision {
    conditions
        .fail(
            WIA_35,
            txt!(
                "Voor werk in de sociale werkvoorziening (Wsw) vergoeden UWV en de gemeente geen werkplekaanpassingen op deze manier. Het Wsw-bedrijf regelt dat.",
                "For sheltered employment (Wsw), UWV and the municipality do not fund workplace adaptations this way. The Wsw company arranges it.",
            ),
        );
    conditions.done()
}

/// UWV for a Wajonger and for everyone UWV serves (also without a benefit); the gemeente for
/// someone on bijstand; `None` while the benefit is unknown.
fn who_provides_it(s: &Scenario, conditions: &mut Conditions) -> Option<Provider> {
    match s.employee.benefit {
        Benefit::Wajong => {
            conditions.ok(
                WAJONG_2_23,
                txt!(
                    "Uw kandidaat heeft een Wajong. UWV kan dan voorzieningen geven die nodig zijn om het werk te doen: een aanpassing van de werkplek, hulpmiddelen, vervoer of een tolk.",
                    "Your candidate has a Wajong. UWV can then provide what is needed to do the job: an adapted workplace, aids, transport or an interpreter.",
                ),
            );
            Some(Provider::Uwv)
        }
        Benefit::Participatiewet => {
            conditions.ok(
                PWET_10,
                txt!(
                    "Uw kandidaat heeft bijstand (Participatiewet). Dan regelt de gemeente voorzieningen voor het werk, met eigen regels. De gemeente beslist.",
                    "Your candidate is on social assistance (Participatiewet). Then the municipality arranges work facilities, on its own rules. The municipality decides.",
                ),
            );
            Some(Provider::Gemeente)
        }
        Benefit::Unknown => {
            conditions.unknown(
                WIA_35,
                txt!(
                    "Wie een werkplekaanpassing vergoedt (UWV of de gemeente), hangt af van de uitkering. Vraag de kandidaat welke uitkering hij of zij heeft.",
                    "Who funds a workplace adaptation (UWV or the municipality) depends on the benefit. Ask the candidate which benefit they have.",
                ),
            );
            None
        }
        Benefit::Wia | Benefit::Wao | Benefit::Waz | Benefit::Ww | Benefit::NoBenefit => {
            conditions.ok(
                WIA_35,
                txt!(
                    "UWV kan voorzieningen geven aan een werknemer met een blijvende beperking door ziekte of handicap, ook zonder uitkering: een aanpassing van de werkplek, hulpmiddelen, vervoer of een tolk.",
                    "UWV can provide facilities to an employee with a lasting limitation due to illness or handicap, also without a benefit: an adapted workplace, aids, transport or an interpreter.",
                ),
            );
            Some(Provider::Uwv)
        }
    }
}

/// A structural functional limitation; none: not eligible; unknown: needs_info.
fn lasting_limitation(
    s: &Scenario,
    figures: &params::Werkplekaanpassing,
    conditions: &mut Conditions,
) {
    match s.employee.structural_limitation {
        Some(true) => {
            conditions.ok(
                PROTOCOL,
                txt!(
                    "Uw kandidaat heeft een blijvende beperking (naar verwachting langer dan {} maanden).",
                    "Your candidate has a lasting limitation (expected to last longer than {} months).",
                    figures.limitation_months,
                ),
            );
        }
        Some(false) => {
            conditions.fail(
                WIA_35,
                txt!(
                    "Een werkplekaanpassing via UWV of de gemeente is er alleen bij een blijvende beperking door ziekte of handicap. Uw kandidaat heeft die niet.",
                    "A workplace adaptation through UWV or the municipality is only for a lasting limitation due to illness or handicap. Your candidate does not have one.",
                ),
            );
        }
        None => {
            conditions.unknown(
                WIA_35,
                txt!(
                    "Heeft uw kandidaat een blijvende beperking door ziekte of handicap (langer dan {} maanden)? Alleen dan kan er een werkplekaanpassing komen. UWV of de gemeente beoordeelt dat.",
                    "Does your candidate have a lasting limitation due to illness or handicap (longer than {} months)? Only then is a workplace adaptation possible. UWV or the municipality assesses this.",
                    figures.limitation_months,
                ),
            );
        }
    }
}

/// UWV's: an adaptation of the workplace only when the employment lasts long enough; the
/// cheapest adequate solution, nothing "algemeen gebruikelijk"; the employer's own duty first.
fn uwv_conditions(s: &Scenario, figures: &params::Werkplekaanpassing, conditions: &mut Conditions) {
    let left = figures.employment_months_left;
    match s.job.contract_months {
        Some(months) if months < left => {
            conditions.ok(
                PROTOCOL,
                txt!(
                    "Een aanpassing van de werkplek (die bij u blijft) vergoedt UWV aan u als het dienstverband nog minstens {} maanden duurt. U biedt {} maanden: dat is te kort. Hulpmiddelen die met de werknemer meegaan, kunnen wel.",
                    "UWV pays you for an adaptation of the workplace (which stays with you) when the employment lasts at least {} more months. You offer {} months: that is too short. Aids that go with the employee are still possible.",
                    left,
                    months,
                ),
            );
        }
        _ => {
            conditions.ok(
                PROTOCOL,
                txt!(
                    "Een aanpassing die bij u blijft (niet-meeneembaar, zoals een traplift) vergoedt UWV aan u, als het dienstverband nog minstens {} maanden duurt. Een hulpmiddel dat met de werknemer meegaat (meeneembaar, zoals een aangepaste stoel) krijgt de werknemer zelf.",
                    "UWV pays you for an adaptation that stays with you (not portable, such as a stair lift) when the employment lasts at least {} more months. An aid that goes with the employee (portable, such as an adapted chair) goes to the employee.",
                    left,
                ),
            );
        }
    }
    conditions.ok(
        PROTOCOL,
        txt!(
            "UWV kiest de goedkoopste oplossing die werkt, en vergoedt niet wat algemeen gebruikelijk is. Vaste bedragen hebben wij niet gevonden: UWV beslist over het bedrag.",
            "UWV chooses the cheapest solution that works, and does not fund what is usual anyway (algemeen gebruikelijk). We found no fixed amounts: UWV decides on the amount.",
        ),
    );
}

/// The employer's own duty first, and apply before buying.
fn how_it_works(provider: Option<Provider>, conditions: &mut Conditions) {
    conditions.ok(
        &const { art(ARBOWET, "3") },
        txt!(
            "Eerst past u zelf het werk aan als dat redelijk is (Arbowet); een voorziening is voor wat daarna nog nodig is.",
            "First you adapt the work yourself where that is reasonable (Arbowet); a facility is for what is still needed.",
        ),
    );
    if provider == Some(Provider::Uwv) {
        conditions.ok(
            WIA_35,
            txt!(
                "Vraag het aan bij UWV vóórdat u iets koopt of laat aanpassen: u de aanpassing, de werknemer het hulpmiddel.",
                "Apply to UWV before you buy or adapt anything: you for the adaptation, the employee for the aid.",
            ),
        );
    }
}

/// Apply before buying.
pub(crate) fn step(_s: &Scenario, decision: &Decision) -> Option<Step> {
    let text = match (decision.status, decision.provider) {
        (Status::NotEligible, _) => return None,
        (Status::NeedsInfo, _) => txt!(
            "Is er een aanpassing of hulpmiddel nodig? Vraag UWV (het Werkgeversservicepunt) of de gemeente of die vergoed wordt, vóórdat u iets koopt of laat aanpassen.",
            "Is an adaptation or aid needed? Ask UWV (the Werkgeversservicepunt) or the municipality whether it is paid for, before you buy or adapt anything.",
        ),
        (_, Some(Provider::Gemeente)) => txt!(
            "Vraag de gemeente van de werknemer welke voorzieningen mogelijk zijn, vóórdat u iets koopt of laat aanpassen.",
            "Ask the employee's municipality which facilities are possible, before you buy or adapt anything.",
        ),
        _ => txt!(
            "Vraag een aanpassing of hulpmiddel aan bij UWV vóórdat u iets koopt of laat aanpassen.",
            "Apply to UWV for an adaptation or aid before you buy or adapt anything.",
        ),
    };
    Some(Step {
        arrangement: Arrangement::Werkplekaanpassing,
        text,
        deadline: None,
        basis: if decision.provider == Some(Provider::Gemeente) {
            PWET_10
        } else {
            WIA_35
        },
        late: None,
    })
}
