//! Loondispensatie (Wajong art. 2:20; Besluit loondispensatie Wajong): the employer pays only the
//! part of the wage that matches the loonwaarde; UWV supplements the employee's income.

use super::arrangement::Arrangement;
use super::decide::Conditions;
use super::law::{art, lid, policy, Basis, BESLUIT_LDP, PWET, WAJONG};
use super::money::{Cents, Hours, Pct};
use super::params::{self, minimum_wage, LOONDISPENSATIE, LOONDISPENSATIE_EXPERIMENT};
use super::result::{Amount, AmountKey, Amounts, Decision};
use super::scenario::{Benefit, Scenario};
use super::text::Hundredths;
use crate::txt;
use smallvec::SmallVec;

const ART_2_20: &Basis = &lid(WAJONG, "2:20", "1");
const TEMPORARY: &Basis = &policy(
    "Tijdelijk besluit experiment bredere inzet re-integratie-instrumenten (Stb. 2023, 131)",
    "https://zoek.officielebekendmakingen.nl/stb-2023-131.html",
);

/// The employer's hourly wage at this loonwaarde (rounded to cents).
pub fn employer_hourly_wage(wage: Cents, loonwaarde: Pct) -> Cents {
    wage.pct(loonwaarde)
}

/// Gross saving per year: (wage − employer wage) × hours per week × 52; zero when the loonwaarde
/// is above the maximum (no dispensation).
pub fn saving_per_year(wage: Cents, loonwaarde: Pct, hours: Hours, max_loonwaarde: Pct) -> Cents {
    if loonwaarde > max_loonwaarde {
        return Cents(0);
    }
    let diff = Cents(wage.0 - employer_hourly_wage(wage, loonwaarde).0);
    diff.per_hour_times(hours, 52)
}

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let figures = &LOONDISPENSATIE.at(s.date).value;
    let mut conditions = Conditions::new(out);
    if s.employee.wsw {
        return not_in_the_wsw(conditions);
    }
    // Wajong art. 2:20 lid 1 (and, for a while, the experiment): who it is for.
    benefit_allows_it(s, &mut conditions);
    if conditions.failed() {
        return conditions.done();
    }
    // Besluit art. 2: a contract of at least six months.
    if !contract_long_enough(s, figures, &mut conditions) {
        return conditions.done();
    }
    // Besluit art. 1: a loonwaarde UWV has measured, at most 75 %.
    let Some(loonwaarde) = measured_loonwaarde(s, figures, &mut conditions) else {
        return conditions.done();
    };
    // Besluit art. 3, 5 and 6: what it saves, for how long.
    with_amounts(s, figures, loonwaarde, conditions)
}

/// Not for work in the sociale werkvoorziening.
fn not_in_the_wsw<'d>(mut conditions: Conditions<'d>) -> &'d mut Decision {
    conditions.fail(
        ART_2_20,
        txt!(
            "Bij werk in de sociale werkvoorziening (Wsw) is loondispensatie niet mogelijk.",
            "Wage dispensation is not possible for work under the Wsw (sheltered employment).",
        ),
    );
    conditions.done()
}

/// A Wajong with arbeidsvermogen; until the experiment's deadline also without, and a WIA-IVA.
fn benefit_allows_it(s: &Scenario, conditions: &mut Conditions) {
    let employee = &s.employee;
    let until = LOONDISPENSATIE_EXPERIMENT.at(s.date).value.apply_until;
    let temporary_open = s.date <= until;
    match employee.benefit {
        Benefit::Wajong => match employee.wajong_work_capacity {
            Some(true) => {
                conditions.ok(
                    ART_2_20,
                    txt!(
                        "Uw kandidaat heeft een Wajong met arbeidsvermogen. Dan kan UWV loondispensatie geven. Dat betekent: u betaalt minder loon, omdat de werknemer minder kan doen dan een collega zonder beperking.",
                        "Your candidate has a Wajong with work capacity (arbeidsvermogen), so UWV can grant wage dispensation. This means you pay less wage, because the employee can do less than a colleague without a limitation.",
                    ),
                );
            }
            Some(false) if temporary_open => {
                conditions.ok(
                    TEMPORARY,
                    txt!(
                        "Uw kandidaat heeft een Wajong zonder arbeidsvermogen. Tijdelijk kan ook dan loondispensatie: aanvragen kan tot en met {}.",
                        "Your candidate has a Wajong without work capacity. Temporarily, wage dispensation is possible in that case too: apply by {}.",
                        until,
                    ),
                );
            }
            Some(false) => {
                conditions.unknown(
                    TEMPORARY,
                    txt!(
                        "Bij een Wajong zonder arbeidsvermogen kan loondispensatie alleen tijdelijk, via een experiment. Aanvragen kon in elk geval tot en met {}. Of aanvragen nu nog kan, weten we niet zeker: het experiment loopt nog. Vraag het UWV. UWV beslist.",
                        "For a Wajong without work capacity, wage dispensation is possible only temporarily, through an experiment. Applications were possible at least until {}. Whether you can still apply now is not certain: the experiment is still running. Ask UWV. UWV decides.",
                        until,
                    ),
                );
            }
            None if temporary_open => {
                conditions.ok(
                    ART_2_20,
                    txt!(
                        "Uw kandidaat heeft een Wajong. Met arbeidsvermogen kan UWV loondispensatie geven. Zonder arbeidsvermogen kan het ook, als u aanvraagt tot en met {}. Vraag de kandidaat naar de beslissing van UWV.",
                        "Your candidate has a Wajong. With work capacity, UWV can grant wage dispensation. Without work capacity it is possible too, if you apply by {}. Ask the candidate about UWV's decision.",
                        until,
                    ),
                );
            }
            None => {
                conditions.unknown(
                    ART_2_20,
                    txt!(
                        "Loondispensatie kan alleen bij een Wajong met arbeidsvermogen. Vraag de kandidaat naar de beslissing van UWV over arbeidsvermogen.",
                        "Wage dispensation requires a Wajong with work capacity. Ask the candidate for UWV's decision on work capacity.",
                    ),
                );
            }
        },
        Benefit::Wia if temporary_open => {
            conditions.unknown(
                TEMPORARY,
                txt!(
                    "Bij een WIA-uitkering kan loondispensatie alleen als het een IVA-uitkering is. Die krijgt iemand die helemaal niet kan werken, met weinig kans op herstel. Dit kan tijdelijk: u kunt aanvragen tot en met {}. Vraag de kandidaat welke WIA-uitkering hij of zij heeft. UWV beslist.",
                    "With a WIA benefit, wage dispensation is possible only if it is an IVA benefit. That is for someone who cannot work at all, with little chance of recovery. This is temporary: you can apply until {}. Ask the candidate which WIA benefit they have. UWV decides.",
                    until,
                ),
            );
        }
        Benefit::Wia => {
            conditions.unknown(
                TEMPORARY,
                txt!(
                    "Bij een WIA-uitkering kan loondispensatie alleen bij een IVA-uitkering, tijdelijk, via een experiment. Aanvragen kon in elk geval tot en met {}. Of aanvragen nu nog kan, weten we niet zeker: het experiment loopt nog. Vraag de kandidaat welke WIA-uitkering hij of zij heeft, en vraag UWV of aanvragen nog kan. UWV beslist.",
                    "With a WIA benefit, wage dispensation is possible only with an IVA benefit, temporarily, through an experiment. Applications were possible at least until {}. Whether you can still apply now is not certain: the experiment is still running. Ask the candidate which WIA benefit they have, and ask UWV whether you can still apply. UWV decides.",
                    until,
                ),
            );
        }
        Benefit::Participatiewet => {
            conditions.fail(
                &const { art(PWET, "10d") },
                txt!(
                    "Loondispensatie is er alleen voor mensen met een Wajong. Iemand met bijstand (Participatiewet) krijgt steun van de gemeente. Kijk bij loonkostensubsidie.",
                    "Wage dispensation is only for people with a Wajong. Someone on social assistance (Participatiewet) gets support from the municipality. See wage cost subsidy.",
                ),
            );
        }
        Benefit::Unknown => {
            conditions.unknown(
                ART_2_20,
                txt!(
                    "Loondispensatie hangt af van de uitkering. Vraag de kandidaat welke uitkering hij of zij heeft.",
                    "Wage dispensation depends on the benefit. Ask the candidate which benefit they have.",
                ),
            );
        }
        _ => {
            conditions.fail(
                ART_2_20,
                txt!(
                    "Loondispensatie is er alleen voor mensen met een Wajong-uitkering.",
                    "Wage dispensation is only for people with a Wajong benefit.",
                ),
            );
        }
    }
}

/// The contract lasts at least the minimum (a permanent one does); false when it does not.
fn contract_long_enough(
    s: &Scenario,
    figures: &params::Loondispensatie,
    conditions: &mut Conditions,
) -> bool {
    if let Some(m) = s.job.contract_months {
        if m < figures.min_months {
            conditions.fail(
                &const { art(BESLUIT_LDP, "2") },
                txt!(
                    "Het contract moet minstens {} maanden duren. U biedt {} maanden.",
                    "The contract must last at least {} months. You offer {} months.",
                    figures.min_months,
                    m,
                ),
            );
            return false;
        }
    }
    true
}

/// The loonwaarde, when it is known and low enough; otherwise why not (unknown, 0 %, too high).
fn measured_loonwaarde(
    s: &Scenario,
    figures: &params::Loondispensatie,
    conditions: &mut Conditions,
) -> Option<Pct> {
    let employee = &s.employee;
    let max = figures.max_loonwaarde;
    match employee.loonwaarde {
        None => {
            conditions.unknown(
                &const { art(BESLUIT_LDP, "1") },
                txt!(
                    "Een arbeidsdeskundige van UWV meet de loonwaarde op de werkplek. Loondispensatie kan als die {} of minder is.",
                    "A UWV labour expert measures the loonwaarde (wage value) at the workplace. Wage dispensation is possible when it is {} or less.",
                    max,
                ),
            );
            None
        }
        // The law sets no lowest loonwaarde, but one of 0 % means no work of any value: then
        // there is no dispensation to compute (UWV measures it and decides).
        Some(Pct(0)) => {
            conditions.unknown(
                &const { art(BESLUIT_LDP, "1") },
                txt!(
                    "Een loonwaarde van 0 % betekent: de werknemer kan geen werk doen dat loon waard is. Dan rekenen we geen loondispensatie uit. Laat een arbeidsdeskundige van UWV de loonwaarde op de werkplek meten. UWV beslist.",
                    "A loonwaarde of 0 % means the employee can do no work that is worth a wage. Then we do not compute a wage dispensation. Have a UWV labour expert measure the loonwaarde at the workplace. UWV decides.",
                ),
            );
            None
        }
        Some(lw) if lw > max => {
            conditions.fail(
                &const { art(BESLUIT_LDP, "1") },
                txt!(
                    "De loonwaarde is {}. Dat is meer dan {}: de productiviteit is dan niet minstens 25 % lager.",
                    "The loonwaarde is {}. That is more than {}: output is not at least 25 % lower.",
                    lw,
                    max,
                ),
            );
            None
        }
        Some(lw) => Some(lw),
    }
}

/// The amounts at `lw` (with the band of the measurement and the law's reading on the minimum
/// wage), how to apply, and how long it lasts.
fn with_amounts<'d>(
    s: &Scenario,
    figures: &params::Loondispensatie,
    lw: Pct,
    mut conditions: Conditions<'d>,
) -> &'d mut Decision {
    let employee = &s.employee;
    let max = figures.max_loonwaarde;
    let wage = s.job.hourly_wage;
    let hours = s.job.hours_per_week;
    let employer = employer_hourly_wage(wage, lw);
    let year = saving_per_year(wage, lw, hours, max);
    let month = Cents(super::money::div_round(year.0 as i128, 12) as i64);
    let band = figures.band_points;
    let low = saving_per_year(wage, Pct((lw.0 + band.0).min(Pct::HUNDRED.0)), hours, max);
    let high = saving_per_year(wage, Pct((lw.0 - band.0).max(0)), hours, max);
    conditions.ok(
        &const { art(BESLUIT_LDP, "3") },
        txt!(
            "U betaalt {} van het loon: {} per uur in plaats van {}.",
            "You pay {} of the wage: {} per hour instead of {}.",
            lw,
            employer,
            wage,
        ),
    );
    conditions.ok(
        &const { art(BESLUIT_LDP, "3") },
        txt!(
            "U bespaart ongeveer {} per jaar ({} per maand). Dat is bruto, zonder vakantiegeld en werkgeverslasten. De gemeten loonwaarde kan {} procentpunt hoger of lager uitvallen. Reken daarom op {} tot {} per jaar.",
            "You save about {} a year ({} a month). This is gross, without holiday allowance and employer charges. The measured loonwaarde can turn out {} percentage points higher or lower. So expect {} to {} a year.",
            year,
            month,
            Hundredths(band.0),
            low,
            high,
        ),
    );
    let min = minimum_wage(employee.age, s.date);
    let mut amounts = SmallVec::new();
    amounts.extend([
        (AmountKey::EmployerHourlyWage, Amount::Euro(employer)),
        (AmountKey::SavingPerYear, Amount::Euro(year)),
        (AmountKey::SavingPerMonth, Amount::Euro(month)),
        (AmountKey::SavingPerYearLow, Amount::Euro(low)),
        (AmountKey::SavingPerYearHigh, Amount::Euro(high)),
    ]);
    if wage > min {
        let on_min = saving_per_year(min, lw, hours, max);
        conditions.ok(
            &const { art(BESLUIT_LDP, "3") },
            txt!(
                "Let op: de wet rekent loondispensatie uit op het minimumloon ({} per uur), niet op het loon van de functie. Volgens de wet bespaart u dan {} per jaar; het loon boven het minimumloon betaalt u zelf. Het bedrag hierboven is de berekening op het loon van de functie. UWV beslist.",
                "Note: the law computes wage dispensation on the minimum wage ({} per hour), not on the wage for the job. By the law you then save {} a year; you pay the wage above the minimum yourself. The amount above is the calculation on the wage for the job. UWV decides.",
                min,
                on_min,
            ),
        );
        amounts.push((AmountKey::SavingPerYearWmlBasis, Amount::Euro(on_min)));
    }
    conditions.ok(
        ART_2_20,
        txt!(
            "UWV vult het inkomen van de werknemer aan via de Wajong. U of de werknemer vraagt loondispensatie aan bij UWV.",
            "UWV tops up the employee's income through the Wajong. You or the employee apply to UWV.",
        ),
    );
    conditions.ok(
        &const { art(BESLUIT_LDP, "5") },
        txt!(
            "Loondispensatie duurt minstens {} maanden en hoogstens {} jaar per keer; verlengen kan. Ze gaat in op de eerste dag van de maand waarin u haar aanvraagt.",
            "Wage dispensation lasts at least {} months and at most {} years at a time; it can be extended. It starts on the first day of the month in which you apply.",
            figures.min_months,
            figures.max_years,
        ),
    );
    if employee.age < 18 {
        conditions.ok(
            &const { art(BESLUIT_LDP, "6") },
            txt!(
                "Uw kandidaat is jonger dan 18. De loondispensatie stopt op de 18e verjaardag, tenzij UWV dan arbeidsondersteuning toekent.",
                "Your candidate is under 18. The dispensation ends at 18 unless UWV then grants work support.",
            ),
        );
    }
    let decision = conditions.done();
    decision.amounts = Amounts(amounts);
    decision
}

/// Request it early: it starts on the first day of the month in which it is requested.
pub(crate) fn step(s: &Scenario, decision: &Decision) -> Option<super::result::Step> {
    use super::result::Status;
    if decision.status == Status::NotEligible {
        return None;
    }
    let by = s.date.end_of_month();
    let text = match decision.status {
        Status::Eligible => txt!(
            "Vraag loondispensatie aan bij UWV, uiterlijk {}. Ze gaat in op de eerste dag van de maand waarin u haar aanvraagt; UWV meet dan de loonwaarde op de werkplek.",
            "Apply to UWV for wage dispensation by {}. It starts on the first day of the month in which you apply; UWV then measures the wage value at the workplace.",
            by,
        ),
        Status::NeedsInfo => txt!(
            "Ga na of loondispensatie kan: vraag UWV (het Werkgeversservicepunt) of de kandidaat de voorwaarden haalt. UWV meet de loonwaarde op de werkplek. Vraag haar aan uiterlijk {}: ze gaat in op de eerste dag van de maand waarin u haar aanvraagt.",
            "Find out whether wage dispensation is possible: ask UWV (the Werkgeversservicepunt) whether the candidate meets the conditions. UWV measures the wage value at the workplace. Apply by {}: it starts on the first day of the month in which you apply.",
            by,
        ),
        Status::NotEligible => return None,
    };
    Some(super::result::Step {
        arrangement: Arrangement::Loondispensatie,
        text,
        deadline: Some(by),
        basis: ART_2_20,
        late: Some((
            by,
            txt!(
                "De maand van de start is voorbij. Loondispensatie kan nog, maar gaat pas in op de eerste dag van de maand waarin u haar aanvraagt. Vraag haar dus zo snel mogelijk aan bij UWV.",
                "The month of the start is over. Wage dispensation is still possible, but starts only on the first day of the month in which you apply. So apply to UWV as soon as you can.",
            ).msg(),
        )),
    })
}
