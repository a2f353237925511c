//! Loonkostenvoordeel (Wet tegemoetkomingen loondomein, chapter 2) and, for 2024 only, the
//! lage-inkomensvoordeel (chapter 3).

use super::arrangement::Arrangement;
use super::decide::{pension_age_reached, Conditions};
use super::law::{art, lid, Basis, WTL};
use super::money::{Cents, Hours};
use super::params::{
    LkvRate, LIV, LKV_ARBEIDSGEHANDICAPT, LKV_BANENAFSPRAAK, LKV_DOELGROEPVERKLARING,
    LKV_HERPLAATSEN, LKV_OUDERE_WERKNEMER,
};
use super::result::{Amount, AmountKey, Amounts, Decision, Status};
use super::scenario::{Benefit, Scenario};
use super::text::Text;
use crate::txt;
use smallvec::{smallvec, SmallVec};

/// One year's amount: rate × paid hours (hours per week × 52), capped.
pub fn amount_per_year(rate: LkvRate, hours_per_week: Hours) -> Cents {
    rate.per_hour
        .per_hour_times(hours_per_week, 52)
        .min(rate.cap)
}

#[derive(Clone, Copy)]
struct Candidate {
    key: &'static str,
    rate: LkvRate,
    per_year: Cents,
    years: Option<u32>,
    /// The article of the Wtl that grants it.
    basis: &'static Basis,
}

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let mut conditions = Conditions::new(out);
    // Wtl 2.2 lid 1: only before the state pension age.
    if !below_pension_age(s, &mut conditions) {
        return conditions.done();
    }
    // Wtl 2.10 lid 1: not for the Wsw or beschut werk.
    if s.employee.wsw {
        return not_in_the_wsw(conditions);
    }
    // Wtl 2.5, 2.9, 2.13: the categories the person fits, with their amounts.
    let candidates = categories(s);
    // Wtl 4.1 lid 3: only the highest counts.
    let Some((category, best)) = highest(&candidates) else {
        return no_category(s, conditions);
    };
    conditions.ok(best.basis, why_this_category(s, category));
    let several = candidates.iter().flatten().count() > 1;
    with_amount_and_claim(s, best, several, conditions)
}

/// False (with the reason) once the person has reached the state pension age; around it, the
/// birthday decides (needs_info).
fn below_pension_age(s: &Scenario, conditions: &mut Conditions) -> bool {
    match pension_age_reached(s) {
        Some(true) => {
            conditions.fail(
                &const { lid(WTL, "2.2", "1") },
                txt!(
                    "Uw kandidaat heeft de AOW-leeftijd bereikt. Dan is er geen loonkostenvoordeel.",
                    "Your candidate has reached the state pension age. Then there is no wage cost benefit.",
                ),
            );
            false
        }
        None => {
            conditions.unknown(
                &const { lid(WTL, "2.2", "1") },
                txt!(
                    "Uw kandidaat is ongeveer zo oud als de AOW-leeftijd. Na die leeftijd is er geen loonkostenvoordeel: dat hangt af van de geboortedatum.",
                    "Your candidate is about the state pension age. After it there is no wage cost benefit: it depends on the date of birth.",
                ),
            );
            true
        }
        Some(false) => true,
    }
}

fn not_in_the_wsw<'d>(mut conditions: Conditions<'d>) -> &'d mut Decision {
    conditions
        .fail(
            &const { lid(WTL, "2.10", "1") },
            txt!(
                "Voor werk in de sociale werkvoorziening (Wsw) of beschut werk is er geen loonkostenvoordeel.",
                "There is no wage cost benefit for sheltered employment (Wsw) or beschut werk.",
            ),
        );
    conditions.done()
}

/// The categories the person fits, at most one each, in the law's order: oudere werknemer (a),
/// arbeidsgehandicapte werknemer (b), doelgroep banenafspraak (c).
fn categories(s: &Scenario) -> [Option<Candidate>; 4] {
    let employee = &s.employee;
    // Wtl 2.4, 2.8, 2.12: not for someone employed by this employer in the 6 months before (a
    // current employee); since 2026 the banenafspraak category has no such condition.
    let declaration = &LKV_DOELGROEPVERKLARING.at(s.date).value;
    let current = s.job.already_employed == Some(true);
    let hours = s.job.hours_per_week;
    let candidate = |key, rate: LkvRate, years, basis| Candidate {
        key,
        rate,
        per_year: amount_per_year(rate, hours),
        years,
        basis,
    };
    // At most one per category, in the law's order (a, b, c).
    let had_benefit = matches!(
        employee.benefit,
        Benefit::Wajong
            | Benefit::Wia
            | Benefit::Wao
            | Benefit::Waz
            | Benefit::Ww
            | Benefit::Participatiewet
    );
    let o = &LKV_OUDERE_WERKNEMER.at(s.date).value;
    let oudere = match o.per_hour {
        Some(per_hour) if u32::from(employee.age) >= o.min_age && had_benefit && !current => {
            let rate = LkvRate {
                per_hour,
                cap: o.cap,
                years: o.years,
            };
            // Paid for no period after `paid_until`: at most the calendar years up to it.
            let left = (o.paid_until.year - s.date.year + 1).max(0) as u32;
            let years = rate.years.map(|y| y.min(left));
            Some(candidate(
                "oudere_werknemer",
                rate,
                years,
                &const { art(WTL, "2.5") },
            ))
        }
        _ => None,
    };
    let rate = LKV_ARBEIDSGEHANDICAPT.at(s.date).value;
    let arbeidsgehandicapt = (employee.benefit.is_disability() && !current).then(|| {
        candidate(
            "arbeidsgehandicapte_werknemer",
            rate,
            rate.years,
            &const { art(WTL, "2.9") },
        )
    });
    let rate = LKV_BANENAFSPRAAK.at(s.date).value;
    let banenafspraak = ((employee.benefit == Benefit::Wajong
        || employee.target_group_register == Some(true))
        && (!current || !declaration.banenafspraak))
        .then(|| {
            candidate(
                "banenafspraak",
                rate,
                rate.years,
                &const { art(WTL, "2.13") },
            )
        });
    // Wtl 2.14: an own employee who resumes work here after a WIA claim (herplaatsen).
    let rate = LKV_HERPLAATSEN.at(s.date).value;
    let herplaatsen = (current && employee.benefit == Benefit::Wia).then(|| {
        candidate(
            "herplaatsen_arbeidsgehandicapte_werknemer",
            rate,
            rate.years,
            &const { art(WTL, "2.14") },
        )
    });
    [oudere, arbeidsgehandicapt, banenafspraak, herplaatsen]
}

/// The category with the highest amount, and its place in the law's order.
fn highest(candidates: &[Option<Candidate>; 4]) -> Option<(usize, Candidate)> {
    // Wtl 4.1 lid 3: the highest amount counts; on a tie, the one listed first in the law (a, b,
    // c). `max_by` keeps the last maximum, so walk in reverse law order.
    candidates
        .iter()
        .enumerate()
        .rev()
        .filter_map(|(i, found)| found.map(|found| (i, found)))
        .max_by(|(_, a), (_, b)| a.per_year.cmp(&b.per_year))
}

/// No category fits: not eligible, unless the benefit or the register is still unknown.
fn no_category<'d>(s: &Scenario, mut conditions: Conditions<'d>) -> &'d mut Decision {
    let employee = &s.employee;
    if employee.benefit == Benefit::Unknown {
        conditions.unknown(
            &const { lid(WTL, "2.10", "1") },
            txt!(
                "Vraag de kandidaat welke uitkering hij of zij heeft. Bij een Wajong, WIA, WAO of WAZ is er meestal loonkostenvoordeel.",
                "Ask the candidate which benefit they have. With a Wajong, WIA, WAO or WAZ there is usually a wage cost benefit.",
            ),
        );
    }
    // A current employee gets the banenafspraak category only from 2026 (no 6-month condition).
    let current = s.job.already_employed == Some(true);
    let register_matters = !current || !LKV_DOELGROEPVERKLARING.at(s.date).value.banenafspraak;
    if employee.target_group_register.is_none() && register_matters {
        conditions.unknown(
            &const { lid(WTL, "2.10", "1") },
            txt!(
                "Staat uw kandidaat in het doelgroepregister banenafspraak? Dan is er loonkostenvoordeel. Vraag het de kandidaat of check het bij UWV.",
                "Is your candidate in the target group register (banenafspraak)? Then there is a wage cost benefit. Ask the candidate or check with UWV.",
            ),
        );
    }
    if conditions.status() == Status::NeedsInfo {
        return conditions.done();
    }
    if current {
        conditions
            .fail(
                &const { art(WTL, "2.8") },
                txt!(
                    "Uw werknemer werkt al bij u. Het loonkostenvoordeel geldt niet voor wie in de 6 maanden voor de start al bij u werkte. Uitzonderingen: de doelgroep banenafspraak vanaf 2026, en herplaatsen na een WIA-aanvraag.",
                    "Your employee already works for you. The wage cost benefit does not apply to someone who worked for you in the 6 months before the start. Exceptions: the banenafspraak target group from 2026, and re-employment after a WIA claim.",
                ),
            );
        return conditions.done();
    }
    conditions
        .fail(
            &const { art(WTL, "2.1") },
            txt!(
                "Loonkostenvoordeel is er voor mensen met een WIA, WAO of WAZ, en voor de doelgroep banenafspraak. Ook voor een eigen werknemer die na een WIA-aanvraag weer bij u gaat werken (herplaatsen). Voor oudere werknemers met een uitkering alleen nog als ze vóór 2024 bij u begonnen. Uw kandidaat hoort niet bij deze groepen.",
                "The wage cost benefit is for people with a WIA, WAO or WAZ, and for the banenafspraak target group. Also for your own employee who returns to work for you after a WIA claim (re-employment). For older employees with a benefit only if they started with you before 2024. Your candidate is not in these groups.",
            ),
        );
    conditions.done()
}

/// Why the person fits `category` (its place in [`categories`]).
fn why_this_category(s: &Scenario, category: usize) -> Text {
    let employee = &s.employee;
    let o = &LKV_OUDERE_WERKNEMER.at(s.date).value;
    match category {
        0 => {
            const OLDER: (&str, &str) = (
                "Uw kandidaat is {} jaar of ouder en had een uitkering. Daarom geldt het loonkostenvoordeel oudere werknemer{*}.",
                "Your candidate is {} or older and had a benefit. So the wage cost benefit for an older employee applies{*}.",
            );
            txt!(OLDER.0, OLDER.1; ", tot en met {}", ", until {}", o.min_age, o.paid_until)
        }
        1 => txt!(
            "Uw kandidaat heeft een WIA-, WAO- of WAZ-uitkering. Daarom geldt het loonkostenvoordeel arbeidsgehandicapte werknemer.",
            "Your candidate has a disability benefit (WIA, WAO or WAZ). So the wage cost benefit for a disabled employee applies.",
        ),
        3 => txt!(
            "Uw werknemer heeft een WIA-uitkering en gaat weer bij u werken, in het eigen of in ander werk. Daarom geldt het loonkostenvoordeel herplaatsen arbeidsgehandicapte werknemer.",
            "Your employee has a WIA benefit and resumes work for you, in the same or other work. So the wage cost benefit for re-employing a disabled employee applies.",
        ),
        _ if employee.benefit == Benefit::Wajong => txt!(
            "Uw kandidaat heeft een Wajong. Daarmee hoort hij of zij bij de doelgroep banenafspraak. Daarom geldt het loonkostenvoordeel doelgroep banenafspraak.",
            "Your candidate has a Wajong. That puts them in the banenafspraak target group. So the wage cost benefit for the banenafspraak target group applies.",
        ),
        _ => txt!(
            "Uw kandidaat staat in het doelgroepregister. Daarom geldt het loonkostenvoordeel doelgroep banenafspraak.",
            "Your candidate is in the target group register. So the wage cost benefit for the banenafspraak target group applies.",
        ),
    }
}

/// The amount of the best category, for how long, and how the employer claims it (with or without
/// a doelgroepverklaring).
fn with_amount_and_claim<'d>(
    s: &Scenario,
    best: Candidate,
    several: bool,
    mut conditions: Conditions<'d>,
) -> &'d mut Decision {
    let declaration = &LKV_DOELGROEPVERKLARING.at(s.date).value;
    let hours = s.job.hours_per_week;
    const AMOUNT: (&str, &str) = (
        "U krijgt {} voor elk uur waarover u loon betaalt, hoogstens {} per jaar. Bij {} uur per week is dat {} per jaar. U krijgt dit {*}.",
        "You get {} for every hour you pay wages for, at most {} a year. At {} hours a week that is {} a year. You get this {*}.",
    );
    let (rate, cap, per_year) = (best.rate.per_hour, best.rate.cap, best.per_year);
    conditions.ok(
        best.basis,
        match best.years {
            Some(1) => txt!(
                AMOUNT.0, AMOUNT.1; "hoogstens 1 jaar", "for at most 1 year",
                rate, cap, hours, per_year
            ),
            Some(y) => txt!(
                AMOUNT.0, AMOUNT.1; "hoogstens {} jaar", "for at most {} years",
                rate, cap, hours, per_year, y
            ),
            None => txt!(
                AMOUNT.0, AMOUNT.1;
                "zolang de werknemer bij u werkt", "for as long as the employee works for you",
                rate, cap, hours, per_year
            ),
        },
    );
    if several {
        conditions.ok(
            &const { lid(WTL, "4.1", "3") },
            txt!(
                "Uw kandidaat past in meer groepen. U krijgt alleen het hoogste bedrag.",
                "Your candidate fits several groups. You only get the highest amount.",
            ),
        );
    }
    // Since 2026 the banenafspraak category needs no doelgroepverklaring and has no condition
    // about earlier work for this employer (Wtl 2.10, 2.12).
    let banenafspraak_2026 = best.key == "banenafspraak" && !declaration.banenafspraak;
    if banenafspraak_2026 {
        conditions.ok(
            &const { art(WTL, "2.10") },
            txt!(
                "Een doelgroepverklaring is voor deze groep niet meer nodig. Met die verklaring liet UWV zien dat iemand bij de doelgroep hoort. Nu kijkt UWV zelf in het doelgroepregister.",
                "A target group declaration is no longer needed for this group. With that declaration UWV showed that someone belongs to the target group. Now UWV checks the target group register itself.",
            ),
        );
    } else {
        let deadline = s.date.add_months(declaration.request_months);
        conditions.ok(
            &const { art(WTL, "2.3") },
            txt!(
                "De werknemer vraagt een doelgroepverklaring aan bij UWV. Daarin staat dat hij of zij bij de doelgroep hoort. U mag dit ook namens de werknemer doen. Doe het binnen {} maanden na de start op {}: uiterlijk {}.",
                "The employee requests a target group declaration from UWV. It states that they belong to the target group. You may also do this on the employee's behalf. Do it within {} months of the start on {}: by {}.",
                declaration.request_months,
                s.date,
                deadline,
            ),
        );
    }
    let herplaatsen = best.key == "herplaatsen_arbeidsgehandicapte_werknemer";
    if !banenafspraak_2026 && !herplaatsen && s.job.already_employed.is_none() {
        // Wtl 2.4 (oudere werknemer), 2.8 (arbeidsgehandicapt), 2.12 (banenafspraak before 2026).
        let six_months: &'static Basis = match best.key {
            "oudere_werknemer" => &const { art(WTL, "2.4") },
            "arbeidsgehandicapte_werknemer" => &const { art(WTL, "2.8") },
            _ => &const { art(WTL, "2.12") },
        };
        conditions.unknown(
            six_months,
            txt!(
                "Werkte de kandidaat in de 6 maanden voor de start al bij u? Dan geldt dit voordeel niet. Vul in of hij of zij al bij u werkt.",
                "Did the candidate work for you in the 6 months before the start? Then this benefit does not apply. Fill in whether they already work for you.",
            ),
        );
    }
    conditions.ok(
        &const { art(WTL, "2.1") },
        if banenafspraak_2026 {
            txt!(
                "U vraagt het voordeel aan in de aangifte loonheffingen. Het maakt niet uit of de werknemer eerder bij u werkte. UWV en de Belastingdienst beslissen.",
                "You claim the benefit in the payroll tax return. It does not matter whether the employee worked for you before. UWV and the Tax Administration decide.",
            )
        } else if herplaatsen {
            txt!(
                "U vraagt het voordeel aan in de aangifte loonheffingen. Het geldt als uw werknemer ziek werd terwijl hij of zij bij u werkte, en na de WIA-aanvraag weer bij u gaat werken. UWV en de Belastingdienst beslissen.",
                "You claim the benefit in the payroll tax return. It applies when your employee fell ill while working for you and resumes work for you after the WIA claim. UWV and the Tax Administration decide.",
            )
        } else {
            txt!(
                "U vraagt het voordeel aan in de aangifte loonheffingen. Het geldt niet als de kandidaat in de 6 maanden ervoor al bij u werkte. UWV en de Belastingdienst beslissen.",
                "You claim the benefit in the payroll tax return. It does not apply if the candidate worked for you in the 6 months before. UWV and the Tax Administration decide.",
            )
        },
    );
    let decision = conditions.done();
    let mut amounts = SmallVec::new();
    amounts.push((AmountKey::PerYear, Amount::Euro(best.per_year)));
    if let Some(y) = best.years {
        amounts.push((AmountKey::Years, Amount::Count(y as i64)));
    }
    amounts.push((AmountKey::RatePerHour, Amount::Euro(best.rate.per_hour)));
    decision.amounts = Amounts(amounts);
    decision.category = Some(best.key);
    decision
}

/// Lage-inkomensvoordeel: only for peildata before its abolition on 2025-01-01 (`None` after).
pub fn liv(s: &Scenario) -> Option<Decision> {
    let mut decision = None;
    liv_into(s, &mut decision);
    decision
}

/// [`liv`], into `out` (`None`): the decision is built where it stays.
pub(crate) fn liv_into(s: &Scenario, out: &mut Option<Decision>) {
    let figures = &LIV.at(s.date).value;
    if figures.in_force {
        liv_decision(s, figures, out.insert(Decision::empty()));
    }
}

fn liv_decision<'d>(
    s: &Scenario,
    figures: &super::params::Liv,
    out: &'d mut Decision,
) -> &'d mut Decision {
    let mut conditions = Conditions::new(out);
    let wage = s.job.hourly_wage;
    let yearly_hours = Hours(s.job.hours_per_week.0 * 52);
    if pension_age_reached(s) == Some(true) {
        conditions.fail(
            &const { art(WTL, "3.1") },
            txt!(
                "Uw kandidaat heeft de AOW-leeftijd bereikt: geen lage-inkomensvoordeel.",
                "Your candidate has reached the state pension age: no low-income benefit.",
            ),
        );
    }
    if wage < figures.lower || wage > figures.upper {
        conditions.fail(
            &const { lid(WTL, "3.1", "1") },
            txt!(
                "Het lage-inkomensvoordeel geldt bij een gemiddeld uurloon van {} tot {}. Dit uurloon is {}.",
                "The low-income benefit applies to an average hourly wage from {} to {}. This wage is {}.",
                figures.lower,
                figures.upper,
                wage,
            ),
        );
    }
    if yearly_hours < figures.min_hours_per_year {
        conditions.fail(
            &const { lid(WTL, "3.1", "1") },
            txt!(
                "Er moeten minstens {} verloonde uren per jaar zijn; bij deze baan zijn dat er {}.",
                "At least {} paid hours a year are needed; this job has {}.",
                figures.min_hours_per_year,
                yearly_hours,
            ),
        );
    }
    if conditions.failed() {
        return conditions.done();
    }
    let amount = figures
        .per_hour
        .per_hour_times(s.job.hours_per_week, 52)
        .min(figures.cap);
    conditions.ok(
        &const { art(WTL, "3.2") },
        txt!(
            "U krijgt {} per verloond uur, hoogstens {} per jaar: {} per jaar. Let op: het lage-inkomensvoordeel is afgeschaft per 1 januari 2025.",
            "You get {} per paid hour, at most {} a year: {} a year. Note: the low-income benefit was abolished on 1 January 2025.",
            figures.per_hour,
            figures.cap,
            amount,
        ),
    );
    let decision = conditions.done();
    decision.amounts = Amounts(smallvec![(AmountKey::PerYear, Amount::Euro(amount))]);
    decision
}

/// The doelgroepverklaring (when still needed) within its deadline, then the payroll tax return.
pub(crate) fn step(s: &Scenario, decision: &Decision) -> Option<super::result::Step> {
    if decision.status == Status::NotEligible {
        return None;
    }
    let figures = &LKV_DOELGROEPVERKLARING.at(s.date).value;
    let late = |by| {
        Some((
            by,
            txt!(
                "De termijn voor de doelgroepverklaring liep tot {}. UWV geeft er daarna geen meer, en zonder doelgroepverklaring is er geen loonkostenvoordeel. Vraag UWV als u twijfelt.",
                "The period for the target group declaration ended on {}. UWV does not give one after that, and without it there is no wage cost benefit. Ask UWV if in doubt.",
                by,
            ).msg(),
        ))
    };
    if decision.status == Status::NeedsInfo {
        let by = s.date.add_months(figures.request_months);
        return Some(super::result::Step {
            arrangement: Arrangement::Lkv,
            text: txt!(
                "Ga na of de werknemer bij een doelgroep hoort, bijvoorbeeld met een uitkering van UWV of in het doelgroepregister. Dat staat in de doelgroepverklaring van UWV: laat de werknemer die aanvragen uiterlijk {}.",
                "Find out whether the employee belongs to a target group, for example with a UWV benefit or in the target group register. The target group declaration from UWV says so: have the employee request it by {}.",
                by,
            ),
            deadline: Some(by),
            basis: &const { art(WTL, "2.3") },
            late: late(by),
        });
    }
    Some(
        if decision.category == Some("banenafspraak") && !figures.banenafspraak {
            super::result::Step {
                arrangement: Arrangement::Lkv,
                text: txt!(
                    "Vraag het loonkostenvoordeel aan in uw aangifte loonheffingen. Een doelgroepverklaring is niet nodig.",
                    "Claim the wage cost benefit in your payroll tax return. No target group declaration is needed.",
                ),
                deadline: None,
                basis: &const { art(WTL, "2.1") },
                late: None,
            }
        } else {
            let by = s.date.add_months(figures.request_months);
            super::result::Step {
                arrangement: Arrangement::Lkv,
                text: txt!(
                    "Laat de werknemer een doelgroepverklaring aanvragen bij UWV, uiterlijk {}. Vraag daarna het voordeel aan in uw aangifte loonheffingen.",
                    "Have the employee request a target group declaration from UWV by {}. Then claim the benefit in your payroll tax return.",
                    by,
                ),
                deadline: Some(by),
                basis: &const { art(WTL, "2.3") },
                late: late(by),
            }
        },
    )
}
