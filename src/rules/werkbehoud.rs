//! Werkbehoud: what UWV can do to keep a Wajonger in the job when it is at risk (Wajong art. 2:22):
//! a jobcoach where its conditions are met, and since 2025 the re-integratiedienst werkbehoud for
//! those who do not qualify for one. Only for someone who already works for the employer; for
//! others it says which card to look at instead.

use super::arrangement::Arrangement;
use super::decide::Conditions;
use super::law::{art, policy, Basis, PWET, WAJONG, WIA};
use super::params::WERKBEHOUD;
use super::result::{Decision, Provider, Status, Step};
use super::scenario::{Benefit, Scenario};
use crate::txt;

const WAJONG_2_22: &Basis = &art(WAJONG, "2:22");
const UWV_WERKBEHOUD: &Basis = &policy(
    "UWV: Onbeperkt aan het werk in de Wajong (werkbehoud)",
    "https://www.uwv.nl/nl/publicaties/kennis/2022/onbeperkt-aan-het-werk-in-de-wajong",
);

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let mut conditions = Conditions::new(out);
    // Only for someone who already works for you; an open answer matters only when the rest could
    // still make it apply (a Wajong, or a benefit not yet known, outside the Wsw).
    let could_apply =
        !s.employee.wsw && matches!(s.employee.benefit, Benefit::Wajong | Benefit::Unknown);
    if !already_works_here(s, could_apply, &mut conditions) {
        return conditions.done();
    }
    if s.employee.wsw {
        conditions
            .fail(
                WAJONG_2_22,
                txt!(
                    "Voor werk in de sociale werkvoorziening (Wsw) regelt het Wsw-bedrijf de begeleiding.",
                    "For sheltered employment (Wsw) the Wsw company arranges support.",
                ),
            );
        return conditions.done();
    }
    // Wajong 2:22: UWV's support to keep the job is for Wajongers; others: where to look instead.
    for_a_wajonger(s, &mut conditions);
    if conditions.status() != Status::Eligible {
        return conditions.done();
    }
    what_uwv_can_do(s, &mut conditions);
    let decision = conditions.done();
    decision.provider = Some(Provider::Uwv);
    decision
}

/// False (with the reason) for a new hire, and while it is open whether the person works here when
/// that is what decides (`could_apply`); otherwise the other conditions decide.
fn already_works_here(s: &Scenario, could_apply: bool, conditions: &mut Conditions) -> bool {
    match s.job.already_employed {
        Some(true) => true,
        None if !could_apply => true,
        Some(false) => {
            conditions.fail(
                WAJONG_2_22,
                txt!(
                    "Werkbehoud is voor wie al bij u werkt: dreigt het werk later te stoppen, dan kan UWV helpen het te houden.",
                    "Werkbehoud is for someone who already works for you: if the job is later at risk, UWV can help to keep it.",
                ),
            );
            false
        }
        None => {
            conditions.unknown(
                WAJONG_2_22,
                txt!(
                    "Werkt de kandidaat al bij u? Dan kan UWV helpen om het werk te houden, als hij of zij een Wajong heeft.",
                    "Does the candidate already work for you? Then UWV can help to keep the job, if they have a Wajong.",
                ),
            );
            false
        }
    }
}

/// A Wajonger: UWV helps; unknown: ask; others: which card to look at instead.
fn for_a_wajonger(s: &Scenario, conditions: &mut Conditions) {
    match s.employee.benefit {
        Benefit::Wajong => {
            conditions.ok(
                WAJONG_2_22,
                txt!(
                    "Uw werknemer heeft een Wajong. Dreigt het werk te stoppen, omdat het niet meer goed gaat? Dan kan UWV helpen om het werk te houden.",
                    "Your employee has a Wajong. If the job is at risk because things are not going well, UWV can help to keep it.",
                ),
            );
        }
        Benefit::Unknown => {
            conditions.unknown(
                WAJONG_2_22,
                txt!(
                    "Werkbehoud via UWV is er voor werknemers met een Wajong. Vraag uw werknemer welke uitkering hij of zij heeft.",
                    "Werkbehoud through UWV is for employees with a Wajong. Ask your employee which benefit they have.",
                ),
            );
        }
        Benefit::Participatiewet => {
            conditions.fail(
                &const { art(PWET, "10da") },
                txt!(
                    "Werkbehoud via UWV is er voor werknemers met een Wajong. Uw werknemer valt onder de gemeente: vraag de gemeente om begeleiding op het werk (zie ook de kaart jobcoach).",
                    "Werkbehoud through UWV is for employees with a Wajong. Your employee falls under the municipality: ask it for support at work (see also the job coach card).",
                ),
            );
        }
        Benefit::Wia | Benefit::Wao | Benefit::Waz | Benefit::Ww | Benefit::NoBenefit => {
            conditions.fail(
                &const { art(WIA, "35") },
                txt!(
                    "Werkbehoud via UWV is er voor werknemers met een Wajong. Voor uw werknemer kan UWV wel helpen met een jobcoach of een werkplekaanpassing, bij een blijvende beperking: zie die kaarten.",
                    "Werkbehoud through UWV is for employees with a Wajong. For your employee UWV can still help with a job coach or a workplace adaptation, with a lasting limitation: see those cards.",
                ),
            );
        }
    }
}

/// The jobcoach where its conditions are met, else (since 2025) the re-integratiedienst
/// werkbehoud; whom to contact and what to prepare.
fn what_uwv_can_do(s: &Scenario, conditions: &mut Conditions) {
    let service = WERKBEHOUD.at(s.date).value.service;
    if service {
        conditions.ok(
            UWV_WERKBEHOUD,
            txt!(
                "UWV kan een jobcoach geven als aan de voorwaarden is voldaan (zie de kaart jobcoach). Lukt dat niet, dan kan UWV sinds 2025 een re-integratiedienst werkbehoud inzetten. Over de voorwaarden daarvan hebben wij geen openbare regels gevonden: UWV beslist.",
                "UWV can provide a job coach when the conditions are met (see the job coach card). If that is not possible, since 2025 UWV can use a re-integration service to keep the job (werkbehoud). We found no public rules for its conditions: UWV decides.",
            ),
        );
    } else {
        conditions.ok(
            WAJONG_2_22,
            txt!(
                "UWV kan een jobcoach geven als aan de voorwaarden is voldaan (zie de kaart jobcoach).",
                "UWV can provide a job coach when the conditions are met (see the job coach card).",
            ),
        );
    }
    conditions.ok(
        UWV_WERKBEHOUD,
        txt!(
            "Neem contact op met UWV zodra het werk in gevaar komt: met het Werkgeversservicepunt of met de arbeidsdeskundige van uw werknemer. Zet op een rij wat er moeilijk gaat en sinds wanneer, wat u al heeft geprobeerd, en het contract en de uren.",
            "Contact UWV as soon as the job is at risk: the Werkgeversservicepunt or your employee's labour expert at UWV. Write down what is difficult and since when, what you have tried, and the contract and hours.",
        ),
    );
}

/// Contact UWV when the job is at risk.
pub(crate) fn step(_s: &Scenario, decision: &Decision) -> Option<Step> {
    let text = match decision.status {
        Status::NotEligible => return None,
        Status::NeedsInfo => txt!(
            "Dreigt het werk te stoppen? Vraag UWV (het Werkgeversservicepunt of de arbeidsdeskundige van uw werknemer) of werkbehoud kan.",
            "Is the job at risk? Ask UWV (the Werkgeversservicepunt or your employee's labour expert) whether help to keep the job is possible.",
        ),
        Status::Eligible => txt!(
            "Dreigt het werk te stoppen? Neem dan meteen contact op met UWV (Werkgeversservicepunt of de arbeidsdeskundige van uw werknemer).",
            "Is the job at risk? Contact UWV straight away (the Werkgeversservicepunt or your employee's labour expert).",
        ),
    };
    Some(Step {
        arrangement: Arrangement::Werkbehoud,
        text,
        deadline: None,
        basis: UWV_WERKBEHOUD,
        late: None,
    })
}
