//! Jobcoach: personal support at work. Three legal homes: Wajong (art. 2:22), Wet WIA art. 35 lid 2 d
//! (UWV, for others with a structural limitation) and Participatiewet art. 10da (the gemeente).

use super::arrangement::Arrangement;
use super::decide::Conditions;
use super::law::{art, lid, policy, Basis, PWET, WAJONG, WIA};
use super::money::{div_round, Hours, Pct};
use super::params::{self, JOBCOACH};
use super::result::Status;
use super::result::{Amount, AmountKey, Amounts, Decision, Provider, MAX_AMOUNTS};
use super::scenario::{Benefit, Scenario};
use crate::txt;
use smallvec::{smallvec, SmallVec};

const WIA_35: &Basis = &lid(WIA, "35", "2");
const WAJONG_2_22: &Basis = &art(WAJONG, "2:22");
/// UWV's conditions (hours, loonwaarde, duration), on uwv.nl; first set in the Protocol jobcoach
/// UWV 2014, which expired on 2019-10-01.
const UWV_PAGE: &Basis = &policy(
    "UWV: jobcoach voor uw werknemer (voorwaarden)",
    "https://www.uwv.nl/nl/werkgevers/jobcoach",
);

/// Coaching hours per year (years 1, 2, 3) at the default regime.
pub fn coaching_hours(hours_per_week: Hours, intensity: [Pct; 3]) -> [Hours; 3] {
    intensity.map(|share| {
        Hours(div_round(hours_per_week.0 as i128 * 52 * share.0 as i128, 10_000) as i64)
    })
}

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let figures = &JOBCOACH.at(s.date).value;
    let mut conditions = Conditions::new(out);
    if s.employee.wsw {
        return not_in_the_wsw(conditions);
    }
    // Who grants and pays it: UWV (Wajong 2:22, Wet WIA 35) or the gemeente (Participatiewet 10da).
    let provider = who_provides_it(s, &mut conditions);
    // Wet WIA 35 lid 1: a structural functional limitation.
    if !lasting_limitation(s, provider, &mut conditions) {
        return conditions.done();
    }
    // UWV's conditions (duration, hours, loonwaarde) on the law that grants it.
    if provider == Some(Provider::Uwv) {
        uwv_conditions(s, figures, &mut conditions);
    }
    if conditions.failed() {
        return conditions.done();
    }
    let amounts = if provider == Some(Provider::Uwv) {
        uwv_support(s, figures, &mut conditions)
    } else {
        SmallVec::new()
    };
    let decision = conditions.done();
    if decision.status == Status::Eligible {
        decision.provider = provider;
        decision.amounts = Amounts(amounts);
    }
    decision
}

/// Not for work in the sociale werkvoorziening.
fn not_in_the_wsw<'d>(mut conditions: Conditions<'d>) -> &'d mut Decision {
    conditions
        .fail(
            &const { lid(WIA, "35", "1") },
            txt!(
                "Wie in de sociale werkvoorziening (Wsw) werkt, krijgt geen jobcoach via UWV of de gemeente op deze manier.",
                "People employed under the Wsw (sheltered employment) do not get a job coach this way.",
            ),
        );
    conditions.done()
}

/// UWV for a Wajonger (with or without arbeidsvermogen) and the other UWV benefits, the gemeente
/// for someone under the Participatiewet; `None` while the benefit is unknown.
fn who_provides_it(s: &Scenario, conditions: &mut Conditions) -> Option<Provider> {
    let employee = &s.employee;
    match employee.benefit {
        Benefit::Wajong => match employee.wajong_work_capacity {
            Some(true) => {
                conditions.ok(
                    WAJONG_2_22,
                    txt!(
                        "Uw kandidaat heeft een Wajong met arbeidsvermogen: de jobcoach loopt via de Wajong en UWV beslist erover.",
                        "Your candidate has a Wajong with work capacity: the job coach goes through the Wajong and UWV decides.",
                    ),
                );
                Some(Provider::Uwv)
            }
            // Wajong 2:30 excludes 2:18-2:20 and 2:24 for the Wajonger without arbeidsvermogen,
            // not 2:22: who works gets a jobcoach the same way.
            Some(false) | None => {
                conditions.ok(
                    WAJONG_2_22,
                    txt!(
                        "Uw kandidaat heeft een Wajong. Gaat hij of zij bij u werken, dan kan UWV een jobcoach geven via de Wajong. Dat kan met en zonder arbeidsvermogen. UWV beslist.",
                        "Your candidate has a Wajong. If they come to work for you, UWV can provide a job coach through the Wajong, with or without work capacity. UWV decides.",
                    ),
                );
                Some(Provider::Uwv)
            }
        },
        Benefit::Participatiewet => {
            conditions.ok(
                &const { art(PWET, "10da") },
                txt!(
                    "Uw kandidaat valt onder de gemeente (Participatiewet). De gemeente regelt en betaalt de begeleiding op de werkplek, met eigen voorwaarden.",
                    "Your candidate falls under the municipality (Participatiewet). The municipality arranges and pays for support at the workplace, on its own conditions.",
                ),
            );
            Some(Provider::Gemeente)
        }
        Benefit::Unknown => {
            conditions.unknown(
                WIA_35,
                txt!(
                    "Wie de jobcoach regelt (UWV of de gemeente), hangt af van de uitkering. Vraag de kandidaat welke uitkering hij of zij heeft.",
                    "Who arranges the job coach (UWV or the municipality) depends on the benefit. Ask the candidate which benefit they have.",
                ),
            );
            None
        }
        _ => Some(Provider::Uwv),
    }
}

/// A lasting limitation through illness or handicap; false when there is none.
fn lasting_limitation(
    s: &Scenario,
    provider: Option<Provider>,
    conditions: &mut Conditions,
) -> bool {
    let employee = &s.employee;
    match employee.structural_limitation {
        Some(false) => {
            conditions.fail(
                WIA_35,
                txt!(
                    "Een jobcoach is er alleen bij een blijvende beperking door ziekte of handicap. Uw kandidaat heeft die niet.",
                    "A job coach is only for a lasting limitation due to illness or handicap. Your candidate does not have one.",
                ),
            );
            return false;
        }
        None => {
            conditions.unknown(
                WIA_35,
                txt!(
                    "Heeft uw kandidaat een blijvende beperking door ziekte of handicap? Alleen dan kan er een jobcoach komen. UWV beoordeelt dat.",
                    "Does your candidate have a lasting limitation due to illness or handicap? Only then is a job coach possible. UWV assesses this.",
                ),
            );
        }
        Some(true) => {
            if provider == Some(Provider::Uwv) && employee.benefit != Benefit::Wajong {
                conditions.ok(
                    WIA_35,
                    txt!(
                        "Uw kandidaat heeft een blijvende beperking. UWV kan dan een jobcoach vergoeden (noodzakelijke persoonlijke ondersteuning).",
                        "Your candidate has a lasting limitation. UWV can then fund a job coach (necessary personal support).",
                    ),
                );
            }
        }
    }
    true
}

/// UWV's conditions: the job lasts long enough, has enough hours, and the loonwaarde is not too
/// low (each with its exception that UWV decides on).
fn uwv_conditions(s: &Scenario, figures: &params::Jobcoach, conditions: &mut Conditions) {
    let employee = &s.employee;
    // UWV's conditions rest on the law that grants the jobcoach: Wajong 2:22 for a Wajonger,
    // Wet WIA 35 for others.
    let law = if employee.benefit == Benefit::Wajong {
        WAJONG_2_22
    } else {
        WIA_35
    };
    if let Some(m) = s.job.contract_months {
        if m < figures.min_months {
            conditions.fail(
                law,
                txt!(
                    "Het werk moet minstens {} maanden duren (of een proefplaatsing zijn). U biedt {} maanden.",
                    "The job must last at least {} months (or be a trial placement). You offer {} months.",
                    figures.min_months,
                    m,
                ),
            );
        }
    }
    let h = s.job.hours_per_week;
    if h < figures.exception_hours {
        conditions.fail(
            law,
            txt!(
                "Het werk moet minstens {} uur per week zijn (bij uitzondering {}). U biedt {} uur.",
                "The job must be at least {} hours a week ({} by exception). You offer {} hours.",
                figures.min_hours,
                figures.exception_hours,
                h,
            ),
        );
    } else if h < figures.min_hours {
        conditions.unknown(
            law,
            txt!(
                "Minder dan {} uur per week kan alleen als het werk binnen een jaar groeit naar {} uur. UWV beslist dit.",
                "Fewer than {} hours a week is possible only when the job grows to {} hours within a year. UWV decides.",
                figures.min_hours,
                figures.min_hours,
            ),
        );
    }
    match employee.loonwaarde {
        Some(lw) if lw < figures.exception_loonwaarde => {
            conditions.fail(
                law,
                txt!(
                    "De loonwaarde moet minstens {} zijn (bij uitzondering {}). Die is nu {}.",
                    "The loonwaarde must be at least {} ({} by exception). It is {}.",
                    figures.min_loonwaarde,
                    figures.exception_loonwaarde,
                    lw,
                ),
            );
        }
        Some(lw) if lw < figures.min_loonwaarde => {
            conditions.unknown(
                law,
                txt!(
                    "Een loonwaarde onder {} kan alleen als die binnen een jaar groeit naar {}. UWV beslist dit.",
                    "A loonwaarde below {} is possible only when it grows to {} within a year. UWV decides.",
                    figures.min_loonwaarde,
                    figures.min_loonwaarde,
                ),
            );
        }
        Some(_) => {}
        None => {
            conditions.unknown(
                law,
                txt!(
                    "UWV wil een loonwaarde van minstens {} zien. Die is nog niet vastgesteld.",
                    "UWV requires a loonwaarde of at least {}. It has not been assessed yet.",
                    figures.min_loonwaarde,
                ),
            );
        }
    }
}

/// What UWV gives: coaching hours in years 1 to 3 at average intensity, and when to apply.
fn uwv_support(
    s: &Scenario,
    figures: &params::Jobcoach,
    conditions: &mut Conditions,
) -> SmallVec<[(AmountKey, Amount); MAX_AMOUNTS]> {
    let intensity = [
        figures.intensity_year1,
        figures.intensity_year2,
        figures.intensity_year3,
    ];
    let [y1, y2, y3] = coaching_hours(s.job.hours_per_week, intensity);
    conditions.ok(
        UWV_PAGE,
        txt!(
            "Bij gemiddelde begeleiding krijgt de werknemer coaching tijdens {}, {} en {} van de werkuren in jaar 1, 2 en 3. Dat is ongeveer {} uur in jaar 1, {} uur in jaar 2 en {} uur in jaar 3. UWV geeft de jobcoach steeds voor een half jaar, tot 3 jaar lang.",
            "With average support the employee gets coaching during {}, {} and {} of working hours in years 1, 2 and 3. That is about {} hours in year 1, {} hours in year 2 and {} hours in year 3. UWV grants the job coach for half a year at a time, up to 3 years.",
            intensity[0],
            intensity[1],
            intensity[2],
            y1.whole(),
            y2.whole(),
            y3.whole(),
        ),
    );
    if s.job.already_employed == Some(true) {
        conditions.ok(
            UWV_PAGE,
            txt!(
                "Uw werknemer werkt al bij u: u kunt de jobcoach aanvragen zodra begeleiding nodig is om het werk te houden.",
                "Your employee already works for you: you can apply for the job coach as soon as support is needed to keep the job.",
            ),
        );
    } else {
        conditions.ok(
            UWV_PAGE,
            txt!(
                "Vraag de jobcoach aan binnen {} weken na de start.",
                "Apply for the job coach within {} weeks of the start.",
                figures.apply_within_weeks,
            ),
        );
    }
    smallvec![
        (AmountKey::CoachingHoursYear1, Amount::Hours(y1)),
        (AmountKey::CoachingHoursYear2, Amount::Hours(y2)),
        (AmountKey::CoachingHoursYear3, Amount::Hours(y3)),
    ]
}

/// UWV: apply within a few weeks of the start; gemeente: ask the gemeente (its own rules).
pub(crate) fn step(s: &Scenario, decision: &Decision) -> Option<super::result::Step> {
    if decision.status == Status::NotEligible {
        return None;
    }
    if decision.status == Status::NeedsInfo {
        let weeks = JOBCOACH.at(s.date).value.apply_within_weeks;
        let by = s.date.add_days(7 * weeks as i64);
        let new_hire = s.job.already_employed != Some(true);
        return Some(super::result::Step {
            arrangement: Arrangement::Jobcoach,
            text: if new_hire {
                txt!(
                    "Ga na of een jobcoach kan: bespreek met de kandidaat welke begeleiding nodig is, en vraag UWV (het Werkgeversservicepunt) of de gemeente wie die regelt. Bij UWV vraagt u de jobcoach aan binnen {} weken na de start: uiterlijk {}.",
                    "Find out whether a job coach is possible: discuss with the candidate what support is needed, and ask UWV (the Werkgeversservicepunt) or the municipality who arranges it. With UWV you apply within {} weeks of the start: by {}.",
                    weeks,
                    by,
                )
            } else {
                txt!(
                    "Ga na of een jobcoach kan: bespreek met de werknemer welke begeleiding nodig is om het werk te houden, en vraag UWV (het Werkgeversservicepunt) of de gemeente wie die regelt.",
                    "Find out whether a job coach is possible: discuss with the employee what support is needed to keep the job, and ask UWV (the Werkgeversservicepunt) or the municipality who arranges it.",
                )
            },
            deadline: new_hire.then_some(by),
            basis: UWV_PAGE,
            late: new_hire.then_some((by, late_for_uwv(weeks, by).msg())),
        });
    }
    Some(match decision.provider {
        Some(Provider::Gemeente) => super::result::Step {
            arrangement: Arrangement::Jobcoach,
            text: txt!(
                "Vraag de gemeente van de werknemer naar een jobcoach. De gemeente heeft eigen regels en termijnen.",
                "Ask the employee's municipality about a job coach. The municipality has its own rules and deadlines.",
            ),
            deadline: None,
            basis: &const { lid(PWET, "10da", "1") },
            late: None,
        },
        _ if s.job.already_employed == Some(true) => super::result::Step {
            arrangement: Arrangement::Jobcoach,
            text: txt!(
                "Is begeleiding nodig om het werk te houden? Vraag de jobcoach dan aan bij UWV.",
                "Is support needed to keep the job? Then apply to UWV for the job coach.",
            ),
            deadline: None,
            basis: UWV_PAGE,
            late: None,
        },
        _ => {
            let weeks = JOBCOACH.at(s.date).value.apply_within_weeks;
            let by = s.date.add_days(7 * weeks as i64);
            super::result::Step {
                arrangement: Arrangement::Jobcoach,
                text: txt!(
                    "Vraag de jobcoach aan bij UWV binnen {} weken na de start: uiterlijk {}.",
                    "Apply to UWV for the job coach within {} weeks of the start: by {}.",
                    weeks,
                    by,
                ),
                deadline: Some(by),
                basis: UWV_PAGE,
                late: Some((by, late_for_uwv(weeks, by).msg())),
            }
        }
    })
}

/// Once the weeks for applying to UWV have passed.
fn late_for_uwv(weeks: u32, by: super::date::Date) -> super::text::Text {
    txt!(
        "De termijn om de jobcoach bij UWV aan te vragen ({} weken na de start) liep tot {}. Vraag UWV (het Werkgeversservicepunt) of een aanvraag nog kan.",
        "The period for applying to UWV for the job coach ({} weeks after the start) ended on {}. Ask UWV (the Werkgeversservicepunt) whether you can still apply.",
        weeks,
        by,
    )
}
