//! Loonkostensubsidie (Participatiewet art. 10c, 10d): the gemeente pays the employer the difference
//! between the minimum wage and the loonwaarde, capped at 70 %, plus an allowance for employer charges.

use super::arrangement::Arrangement;
use super::decide::{per_month, Conditions};
use super::law::{art, lid, policy, Basis, PWET, WAJONG};
use super::money::{Cents, Hours, Pct};
use super::params::{
    self, minimum_wage, HOLIDAY_ALLOWANCE, LKS_EMPLOYER_COSTS, LOONKOSTENSUBSIDIE,
};
use super::result::{Amount, AmountKey, Amounts, Decision};
use super::scenario::{Benefit, Scenario};
use crate::txt;
use smallvec::smallvec;

const ART_10D: &Basis = &lid(PWET, "10d", "4");
const REGELING: &Basis = &policy(
    "Regeling loonkostensubsidie Participatiewet (23,5 % werkgeverslasten, Stcrt. 2017, 68248)",
    "https://zoek.officielebekendmakingen.nl/stcrt-2017-68248.html",
);

/// (base − loonwaarde × base), capped at `cap` × base; `base` is the minimum wage plus holiday
/// allowance for the hours worked, per month.
pub fn subsidy_per_month(base: Cents, loonwaarde: Pct, cap: Pct) -> Cents {
    let gross = Cents(base.0 - base.pct(loonwaarde).0);
    gross.min(base.pct(cap)).max(Cents(0))
}

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let figures = &LOONKOSTENSUBSIDIE.at(s.date).value;
    let mut conditions = Conditions::new(out);
    // Participatiewet 10d lid 3: not for the Wsw.
    if s.employee.wsw {
        return not_in_the_wsw(conditions);
    }
    // Participatiewet 10c: someone the gemeente supports who cannot earn the minimum wage.
    in_the_gemeentes_group(s, &mut conditions);
    if conditions.failed() {
        return conditions.done();
    }
    // Participatiewet 10d lid 4: the minimum wage for the hours, with holiday allowance.
    let (hours, base) = minimum_wage_for_the_hours(s, figures);
    // Participatiewet 10d lid 5: the gemeente measures the loonwaarde.
    let Some(loonwaarde) = measured_loonwaarde(s, figures, base, &mut conditions) else {
        return conditions.done();
    };
    // Participatiewet 10d lid 1 and 2, the Regeling: the amount, the allowance, the request.
    with_amounts(s, figures, hours, base, loonwaarde, conditions)
}

fn not_in_the_wsw<'d>(mut conditions: Conditions<'d>) -> &'d mut Decision {
    conditions.fail(
        &const { lid(PWET, "10d", "3") },
        txt!(
            "Voor werk in de sociale werkvoorziening (Wsw) is er geen loonkostensubsidie.",
            "There is no wage cost subsidy for sheltered employment (Wsw).",
        ),
    );
    conditions.done()
}

/// Bijstand, or in the register without a Wajong; not a Wajong (UWV's loondispensatie) or a WIA,
/// WAO or WAZ (UWV).
fn in_the_gemeentes_group(s: &Scenario, conditions: &mut Conditions) {
    let employee = &s.employee;
    match employee.benefit {
        Benefit::Participatiewet => {
            conditions.ok(
                &const { art(PWET, "10c") },
                txt!(
                    "Uw kandidaat heeft bijstand (Participatiewet). De gemeente bepaalt of hij of zij loonkostensubsidie kan krijgen. Dat kan als iemand het minimumloon niet zelf kan verdienen.",
                    "Your candidate is on social assistance (Participatiewet). The municipality decides whether they can get a wage cost subsidy. That is possible for someone who cannot earn the minimum wage unaided.",
                ),
            );
        }
        Benefit::NoBenefit | Benefit::Ww => match employee.target_group_register {
            Some(true) => {
                conditions.ok(
                    &const { art(PWET, "10c") },
                    txt!(
                        "Uw kandidaat staat in het doelgroepregister en valt niet onder de Wajong. De gemeente kan loonkostensubsidie geven; zij stelt vast of hij of zij tot de doelgroep hoort.",
                        "Your candidate is in the target group register and has no Wajong. The municipality can grant a wage cost subsidy; it determines whether they belong to the target group.",
                    ),
                );
            }
            None => {
                conditions.unknown(
                    &const { art(PWET, "10c") },
                    txt!(
                        "Staat uw kandidaat in het doelgroepregister, of heeft de gemeente vastgesteld dat hij of zij het minimumloon niet kan verdienen? Vraag het de kandidaat of de gemeente.",
                        "Is your candidate in the target group register, or has the municipality found that they cannot earn the minimum wage? Ask the candidate or the municipality.",
                    ),
                );
            }
            Some(false) => {
                conditions.fail(
                    &const { art(PWET, "10c") },
                    txt!(
                        "Loonkostensubsidie is er voor mensen die de gemeente begeleidt en die het minimumloon niet kunnen verdienen. Uw kandidaat hoort daar niet bij.",
                        "The wage cost subsidy is for people the municipality supports who cannot earn the minimum wage. Your candidate is not in this group.",
                    ),
                );
            }
        },
        Benefit::Wajong => {
            conditions.fail(
                &const { lid(WAJONG, "2:20", "1") },
                txt!(
                    "Iemand met een Wajong krijgt geen loonkostensubsidie van de gemeente. Kijk bij loondispensatie: die regelt UWV.",
                    "Someone with a Wajong does not get a wage cost subsidy from the municipality. See wage dispensation, which UWV arranges.",
                ),
            );
        }
        Benefit::Wia | Benefit::Wao | Benefit::Waz => {
            conditions.fail(
                &const { art(PWET, "10c") },
                txt!(
                    "Loonkostensubsidie is een regeling van de gemeente. Iemand met een WIA, WAO of WAZ valt onder UWV: zie het loonkostenvoordeel en de no-riskpolis.",
                    "The wage cost subsidy is a municipal arrangement. Someone with a WIA, WAO or WAZ falls under UWV: see the wage cost benefit and the no-risk policy.",
                ),
            );
        }
        Benefit::Unknown => {
            conditions.unknown(
                &const { art(PWET, "10c") },
                txt!(
                    "Loonkostensubsidie hangt af van de uitkering. Vraag de kandidaat welke uitkering hij of zij heeft.",
                    "The wage cost subsidy depends on the benefit. Ask the candidate which benefit they have.",
                ),
            );
        }
    }
}

/// The hours counted (at most the law's 36) and the minimum wage a month for them, with holiday
/// allowance: what the subsidy is a part of.
fn minimum_wage_for_the_hours(s: &Scenario, figures: &params::Lks) -> (Hours, Cents) {
    let min = minimum_wage(s.employee.age, s.date);
    let holiday = HOLIDAY_ALLOWANCE.at(s.date).value;
    // Pro rata to the agreed hours, counted up to the normal full-time week of the sector (Pwet
    // 10d lid 4): we count at most the law's 36 hours and say that more may count.
    let hours = s.job.hours_per_week.min(figures.fulltime_hours);
    let month_wml = per_month(min, hours);
    let base = Cents(month_wml.0 + month_wml.pct(holiday).0);
    (hours, base)
}

/// The loonwaarde, when the gemeente has measured it and it is below 100 %; otherwise why not
/// (not yet: a flat amount for the first months; 100 %: no subsidy).
fn measured_loonwaarde(
    s: &Scenario,
    figures: &params::Lks,
    base: Cents,
    conditions: &mut Conditions,
) -> Option<Pct> {
    match s.employee.loonwaarde {
        None => {
            let flat = base.pct(figures.flat_first_months);
            conditions.unknown(
                &const { lid(PWET, "10d", "5") },
                txt!(
                    "De loonwaarde is nog niet vastgesteld. De gemeente kan de eerste 6 maanden een vast bedrag geven van {} van het minimumloon: ongeveer {} per maand. Daarna meet zij de loonwaarde.",
                    "The loonwaarde has not been assessed yet. The municipality may pay a flat {} of the minimum wage for the first 6 months: about {} a month. Then it measures the loonwaarde.",
                    figures.flat_first_months,
                    flat,
                ),
            );
            None
        }
        Some(lw) if lw >= Pct::HUNDRED => {
            conditions.fail(
                ART_10D,
                txt!(
                    "Met een loonwaarde van 100 % verdient uw kandidaat het minimumloon zelf. Dan is er geen loonkostensubsidie.",
                    "With a loonwaarde of 100 % your candidate earns the minimum wage unaided. Then there is no wage cost subsidy.",
                ),
            );
            None
        }
        Some(lw) => Some(lw),
    }
}

/// The subsidy at `lw` (capped), the allowance for employer charges, the hours above 36, and how
/// to apply.
fn with_amounts<'d>(
    s: &Scenario,
    figures: &params::Lks,
    hours: Hours,
    base: Cents,
    lw: Pct,
    mut conditions: Conditions<'d>,
) -> &'d mut Decision {
    let employer_costs = LKS_EMPLOYER_COSTS.at(s.date).value;
    let amount = subsidy_per_month(base, lw, figures.cap);
    let allowance = amount.pct(employer_costs);
    let capped = amount == base.pct(figures.cap);
    conditions.ok(
        ART_10D,
        {
            const SUBSIDY: (&str, &str) = (
                "Het minimumloon met vakantiegeld is bij {} uur per week {} per maand. De loonwaarde is {}. De gemeente betaalt het deel van dat minimumloon dat de werknemer niet zelf verdient{*}: {} per maand.",
                "The minimum wage with holiday allowance at {} hours a week is {} a month. The loonwaarde is {}. The municipality pays the part of that minimum wage that the employee does not earn unaided{*}: {} a month.",
            );
            if capped {
                txt!(
                    SUBSIDY.0, SUBSIDY.1; ", hoogstens {} daarvan", ", at most {} of it",
                    hours, base, lw, figures.cap, amount
                )
            } else {
                txt!(SUBSIDY.0, SUBSIDY.1; "", "", hours, base, lw, amount)
            }
        },
    );
    conditions.ok(
        REGELING,
        txt!(
            "Daarbovenop betaalt de gemeente een vergoeding voor werkgeverslasten van {}: ongeveer {} per maand. Die komt boven op het maximum.",
            "On top of that the municipality pays an allowance for employer charges of {}: about {} a month. It comes on top of the maximum.",
            employer_costs,
            allowance,
        ),
    );
    if s.job.hours_per_week > figures.fulltime_hours {
        conditions.ok(
            ART_10D,
            txt!(
                "U biedt {} uur per week. Wij rekenen met {} uur, zoals de wet. Uren daarboven telt de gemeente mee tot de normale volledige werkweek in uw sector. Het bedrag kan dus hoger zijn. De gemeente beslist.",
                "You offer {} hours a week. We count {} hours, as the law does. The municipality counts hours above that up to the normal full-time week in your sector. So the amount may be higher. The municipality decides.",
                s.job.hours_per_week,
                figures.fulltime_hours,
            ),
        );
    }
    conditions.ok(
        &const { lid(PWET, "10d", "2") },
        txt!(
            "U betaalt het volledige loon. U of de werknemer vraagt de subsidie aan bij de gemeente, uiterlijk {} maanden na de start.",
            "You pay the full wage. You or the employee apply to the municipality, at the latest {} months after the start.",
            figures.request_months,
        ),
    );
    let decision = conditions.done();
    decision.amounts = Amounts(smallvec![
        (AmountKey::PerMonth, Amount::Euro(amount)),
        (AmountKey::PerYear, Amount::Euro(Cents(amount.0 * 12))),
        (
            AmountKey::EmployerCostsAllowancePerMonth,
            Amount::Euro(allowance),
        ),
        (AmountKey::MinimumWagePerMonth, Amount::Euro(base)),
    ]);
    decision
}

/// Apply to the gemeente within the request period.
pub(crate) fn step(s: &Scenario, decision: &Decision) -> Option<super::result::Step> {
    use super::result::Status;
    if decision.status == Status::NotEligible {
        return None;
    }
    let months = LOONKOSTENSUBSIDIE.at(s.date).value.request_months;
    let by = s.date.add_months(months);
    let text = match decision.status {
        Status::Eligible => txt!(
            "Vraag loonkostensubsidie aan bij de gemeente binnen {} maanden na de start: uiterlijk {}. De gemeente laat de loonwaarde meten.",
            "Apply to the municipality for wage cost subsidy within {} months of the start: by {}. The municipality has the wage value measured.",
            months,
            by,
        ),
        Status::NeedsInfo => txt!(
            "Vraag de gemeente van de kandidaat of hij bij haar doelgroep hoort en of loonkostensubsidie kan. Aanvragen kan tot {} maanden na de start: uiterlijk {}. De gemeente laat de loonwaarde meten.",
            "Ask the candidate's municipality whether they belong to its target group and whether wage cost subsidy is possible. You can apply until {} months after the start: by {}. The municipality has the wage value measured.",
            months,
            by,
        ),
        Status::NotEligible => return None,
    };
    Some(super::result::Step {
        arrangement: Arrangement::Loonkostensubsidie,
        text,
        deadline: Some(by),
        basis: &const { lid(PWET, "10d", "2") },
        late: Some((
            by,
            txt!(
                "De termijn van {} maanden na de start liep tot {}. Vraag de gemeente of een aanvraag nog kan.",
                "The period of {} months after the start ended on {}. Ask the municipality whether you can still apply.",
                months,
                by,
            ).msg(),
        )),
    })
}
