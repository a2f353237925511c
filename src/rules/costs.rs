//! What the arrangements that apply mean for the employer's wage costs, and what to do next.
//!
//! Wage costs here are the gross wage plus holiday allowance (8 %), without employer charges
//! (premiums, pension): hourly wage × hours per week × 52, plus holiday allowance. Each arrangement
//! that is `eligible` lowers them by its own yearly amount (loondispensatie: the saving on wage and
//! holiday allowance; LKV and LIV: the first year's amount; loonkostensubsidie: the subsidy on the
//! wage, without the allowance for employer charges, which are not counted here either). Arrangements
//! that still need information are listed, not counted. It is an estimate: UWV, the gemeente and the
//! Belastingdienst decide.
//!
//! `years` projects the costs over 5 years at the same wage: each reduction counts in the years it
//! lasts (LKV for its 1 or 3 years, or as long as the job lasts for the banenafspraak group).

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use smallvec::SmallVec;

use super::arrangement::Arrangement;
use super::money::{div_round, Cents, Pct};
use super::params::HOLIDAY_ALLOWANCE;
use super::result::{Amount, AmountKey, Arrangements, Decision, Status, Step, Steps};
use super::scenario::Scenario;

/// One arrangement's effect on the yearly wage costs.
#[derive(Clone, Debug, PartialEq)]
pub struct Reduction {
    pub arrangement: Arrangement,
    pub per_year: Cents,
    /// `per_year` / 12, rounded to cents (so the months may differ a cent from the year's total).
    pub per_month: Cents,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct WageCosts {
    pub per_year_without: Cents,
    pub per_month_without: Cents,
    /// Eligible arrangements that lower the costs, in the order of the result cards.
    pub reductions: SmallVec<[Reduction; LOWERING]>,
    pub per_year_with: Cents,
    pub per_month_with: Cents,
    /// Arrangements that could lower the costs further once the missing answers are known.
    pub maybe: SmallVec<[Arrangement; LOWERING]>,
    /// Year 1 to [`YEARS`]: the costs when the employee stays that long at the same wage.
    pub years: SmallVec<[YearCosts; YEARS as usize]>,
}

/// How many arrangements pay towards the wage ([`Arrangement::lowers_wage_costs`]): loondispensatie,
/// LKV, loonkostensubsidie and LIV.
const LOWERING: usize = 4;

impl WageCosts {
    /// No costs, in place.
    pub fn clear(&mut self) {
        self.per_year_without = Cents(0);
        self.per_month_without = Cents(0);
        self.reductions.clear();
        self.per_year_with = Cents(0);
        self.per_month_with = Cents(0);
        self.maybe.clear();
        self.years.clear();
    }
}

/// How many years the costs are projected.
pub const YEARS: u32 = 5;

/// One year's wage costs without and with the arrangements that apply in that year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearCosts {
    /// 1 = the first year from the start date.
    pub year: u32,
    pub without: Cents,
    pub with: Cents,
}

/// Until which year (inclusive) an eligible reduction lasts: LKV for its number of years (or as
/// long as the job lasts), LIV only in its one year (it ended in 2025), loondispensatie and
/// loonkostensubsidie while the job lasts (loondispensatie is granted for up to 5 years at a time
/// and can be extended; the subsidy while the loonwaarde stays below the minimum wage).
fn lasts_years(a: Arrangement, d: &Decision) -> u32 {
    match a {
        Arrangement::Lkv => match d.amounts.get(AmountKey::Years) {
            Some(Amount::Count(n)) => n.max(0) as u32,
            _ => YEARS,
        },
        Arrangement::Liv => 1,
        _ => YEARS,
    }
}

/// `per_year` / 12, rounded to cents.
fn monthly(per_year: Cents) -> Cents {
    Cents(div_round(per_year.0 as i128, 12) as i64)
}

/// The yearly amount by which an eligible arrangement that pays towards the wage
/// ([`Arrangement::lowers_wage_costs`]) lowers the wage costs.
fn reduction(a: Arrangement, d: &Decision, holiday: Pct) -> Option<Cents> {
    let amount = match a {
        // The employer pays less wage, and so less holiday allowance on it.
        Arrangement::Loondispensatie => d
            .amounts
            .euro(AmountKey::SavingPerYear)
            .map(|c| Cents(c.0 + c.pct(holiday).0)),
        _ => d.amounts.euro(AmountKey::PerYear),
    }?;
    (amount.0 > 0).then_some(amount)
}

pub fn wage_costs(s: &Scenario, a: &Arrangements) -> WageCosts {
    let holiday = HOLIDAY_ALLOWANCE.at(s.date).value;
    let wage = s.job.hourly_wage.per_hour_times(s.job.hours_per_week, 52);
    let per_year_without = Cents(wage.0 + wage.pct(holiday).0);
    let mut reductions: SmallVec<[Reduction; LOWERING]> = SmallVec::new();
    // Per reduction: until which year it lasts.
    let mut lasts = [0; LOWERING];
    let mut maybe = SmallVec::new();
    for (arrangement, d) in a.iter().filter(|(a, _)| a.lowers_wage_costs()) {
        match d.status {
            Status::Eligible => {
                if let Some(per_year) = reduction(arrangement, d, holiday) {
                    lasts[reductions.len()] = lasts_years(arrangement, d);
                    reductions.push(Reduction {
                        arrangement,
                        per_year,
                        per_month: monthly(per_year),
                    });
                }
            }
            Status::NeedsInfo => maybe.push(arrangement),
            _ => {}
        }
    }
    let total: i64 = reductions.iter().map(|r| r.per_year.0).sum();
    let per_year_with = Cents((per_year_without.0 - total).max(0));
    let years = (1..=YEARS)
        .map(|year| {
            let lower: i64 = reductions
                .iter()
                .zip(lasts)
                .filter(|(_, last)| year <= *last)
                .map(|(r, _)| r.per_year.0)
                .sum();
            YearCosts {
                year,
                without: per_year_without,
                with: Cents((per_year_without.0 - lower).max(0)),
            }
        })
        .collect();
    WageCosts {
        per_year_without,
        per_month_without: monthly(per_year_without),
        reductions,
        per_year_with,
        per_month_with: monthly(per_year_with),
        maybe,
        years,
    }
}

/// The next steps for every arrangement that is eligible or needs information (`step` gives an arrangement's), those with a
/// deadline first (earliest first).
pub fn next_steps(
    a: &Arrangements,
    step: impl Fn(Arrangement, &Decision) -> Option<Step>,
) -> Steps {
    let mut steps = Steps::with_capacity(8);
    // Each goes in after the steps with the same or an earlier deadline: steps without a deadline
    // keep this order, after the dated ones. (Eight at most: no sort routine in the wasm for that.)
    let key = |st: &Step| (st.deadline.is_none(), st.deadline);
    // Without a deadline (or with the same one) in the order of the cards, but the no-riskpolis,
    // which needs nothing until the employee falls ill, last.
    let order = Arrangement::ALL
        .into_iter()
        .filter(|a| *a != Arrangement::NoRiskpolis)
        .chain([Arrangement::NoRiskpolis]);
    for step in order.filter_map(|arrangement| step(arrangement, a.get(arrangement)?)) {
        let at = steps.partition_point(|st| key(st) <= key(&step));
        steps.insert(at, step);
    }
    steps
}

impl Serialize for Reduction {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("arrangement", &self.arrangement)?;
        m.serialize_entry("per_year", &self.per_year.euros())?;
        m.serialize_entry("per_month", &self.per_month.euros())?;
        m.end()
    }
}

impl Serialize for YearCosts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("year", &self.year)?;
        m.serialize_entry("without", &self.without.euros())?;
        m.serialize_entry("with", &self.with.euros())?;
        m.end()
    }
}

impl Serialize for WageCosts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(7))?;
        m.serialize_entry("per_year_without", &self.per_year_without.euros())?;
        m.serialize_entry("per_month_without", &self.per_month_without.euros())?;
        m.serialize_entry("reductions", &self.reductions)?;
        m.serialize_entry("per_year_with", &self.per_year_with.euros())?;
        m.serialize_entry("per_month_with", &self.per_month_with.euros())?;
        m.serialize_entry("maybe", &self.maybe)?;
        m.serialize_entry("years", &self.years)?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::super::date::Date;
    use super::*;
    use crate::contract::scenario_from_json;
    use crate::rules::evaluate;
    use serde_json::json;

    /// The contract's example (Wajonger, 24 h at € 14,71, loonwaarde 60 %, 2026-01-01) with `tweak`.
    fn eval(tweak: impl FnOnce(&mut serde_json::Value)) -> crate::rules::Evaluation {
        let mut v = json!({
            "date": "2026-01-01",
            "employee": { "age": 24, "benefit": "wajong", "wajong_work_capacity": true,
                          "target_group_register": null, "structural_limitation": true,
                          "wsw": false, "loonwaarde_pct": 60 },
            "job": { "hours_per_week": 24, "hourly_wage": 14.71, "contract_months": 12 }
        });
        tweak(&mut v);
        evaluate(&scenario_from_json(&v, Date::ymd(2026, 1, 1)).expect("valid"))
    }

    #[test]
    fn only_the_arrangements_that_pay_towards_the_wage_lower_the_costs() {
        let paying: Vec<Arrangement> = Arrangement::ALL
            .into_iter()
            .filter(|a| a.lowers_wage_costs())
            .collect();
        assert_eq!(
            paying,
            [
                Arrangement::Loondispensatie,
                Arrangement::Lkv,
                Arrangement::Loonkostensubsidie,
                Arrangement::Liv
            ]
        );
        // 2024 (with LIV): the reductions in the order of the cards.
        let e = eval(|v| {
            v["date"] = json!("2024-03-01");
            v["job"]["hourly_wage"] = json!(14.5);
        });
        let order: Vec<Arrangement> = e.costs.reductions.iter().map(|r| r.arrangement).collect();
        assert_eq!(
            order,
            [
                Arrangement::Loondispensatie,
                Arrangement::Lkv,
                Arrangement::Liv
            ]
        );
    }

    #[test]
    fn contract_example_costs_worked_by_hand() {
        let c = eval(|_| {}).costs;
        // 14,71 × 24 × 52 = 18.358,08 wage; + 8 % = 1.468,65 → 19.826,73 a year; / 12 = 1.652,23.
        assert_eq!(c.per_year_without, Cents(1_982_673));
        assert_eq!(c.per_month_without, Cents(165_223));
        // Loondispensatie: saving 7.338,24 + 8 % (587,06) = 7.925,30; LKV banenafspraak 1,01 × 24 × 52.
        assert_eq!(
            c.reductions[..],
            [
                Reduction {
                    arrangement: Arrangement::Loondispensatie,
                    per_year: Cents(792_530),
                    per_month: Cents(66_044), // 660,441…
                },
                Reduction {
                    arrangement: Arrangement::Lkv,
                    per_year: Cents(126_048),
                    per_month: Cents(10_504),
                },
            ]
        );
        // 19.826,73 − 7.925,30 − 1.260,48 = 10.640,95; / 12 = 886,75 (886,745…).
        assert_eq!(c.per_year_with, Cents(1_064_095));
        assert_eq!(c.per_month_with, Cents(88_675));
        assert!(c.maybe.is_empty());
    }

    #[test]
    fn unknown_loonwaarde_is_listed_as_maybe_not_counted() {
        let c = eval(|v| v["employee"]["loonwaarde_pct"] = json!(null)).costs;
        assert_eq!(c.maybe[..], [Arrangement::Loondispensatie]);
        assert_eq!(
            c.reductions
                .iter()
                .map(|r| r.arrangement)
                .collect::<Vec<_>>(),
            vec![Arrangement::Lkv]
        );
        assert_eq!(c.per_year_with, Cents(1_982_673 - 126_048));
    }

    #[test]
    fn costs_never_go_below_zero() {
        // A wage of € 1 an hour (below the minimum: the page warns) at loonwaarde 10 %: the saving
        // (90 % of 1.347,84) plus the LKV (1.260,48, not tied to the wage) exceeds the costs.
        let c = eval(|v| {
            v["employee"]["loonwaarde_pct"] = json!(10);
            v["job"]["hourly_wage"] = json!(1);
        })
        .costs;
        assert_eq!(c.per_year_without, Cents(134_784));
        let total: i64 = c.reductions.iter().map(|r| r.per_year.0).sum();
        assert!(total > c.per_year_without.0);
        assert_eq!(c.per_year_with, Cents(0));
        assert_eq!(c.per_month_with, Cents(0));
    }

    #[test]
    fn nobody_in_a_target_group_pays_the_full_costs() {
        let c = eval(|v| {
            v["employee"]["benefit"] = json!("none");
            v["employee"]["wajong_work_capacity"] = json!(null);
            v["employee"]["target_group_register"] = json!(false);
            v["employee"]["structural_limitation"] = json!(false);
        })
        .costs;
        assert!(c.reductions.is_empty());
        assert_eq!(c.per_year_with, c.per_year_without);
    }

    #[test]
    fn loonkostensubsidie_counts_the_wage_subsidy_not_the_employer_charges_allowance() {
        let e = eval(|v| {
            v["employee"]["benefit"] = json!("participatiewet");
            v["employee"]["wajong_work_capacity"] = json!(null);
            v["employee"]["target_group_register"] = json!(true);
        });
        let lks = &e.arrangements.loonkostensubsidie;
        assert_eq!(lks.status, Status::Eligible);
        let per_month = lks.amounts.euro(AmountKey::PerMonth).unwrap();
        let r = e
            .costs
            .reductions
            .iter()
            .find(|r| r.arrangement == Arrangement::Loonkostensubsidie)
            .expect("counted");
        assert_eq!(r.per_year, Cents(per_month.0 * 12));
    }

    #[test]
    fn next_steps_for_the_contract_example_in_deadline_order() {
        let steps = eval(|_| {}).next_steps();
        let order: Vec<(Arrangement, Option<Date>)> =
            steps.iter().map(|s| (s.arrangement, s.deadline)).collect();
        assert_eq!(
            order,
            vec![
                // Before the start; 4 weeks after 1 January; the end of the month of the start.
                (Arrangement::Proefplaatsing, Some(Date::ymd(2026, 1, 1))),
                (Arrangement::Jobcoach, Some(Date::ymd(2026, 1, 29))),
                (Arrangement::Loondispensatie, Some(Date::ymd(2026, 1, 31))),
                // Banenafspraak from 2026: no doelgroepverklaring, so no deadline.
                (Arrangement::Lkv, None),
                // Apply before buying anything: no date of its own.
                (Arrangement::Werkplekaanpassing, None),
                (Arrangement::NoRiskpolis, None),
            ]
        );
        assert!(
            steps[1].text.nl().contains("29 januari 2026"),
            "{:?}",
            steps[1].text
        );
        assert!(steps.iter().all(|s| !s.basis.label().is_empty()));
    }

    #[test]
    fn a_wajong_candidate_without_a_measured_loonwaarde_gets_a_step_for_every_arrangement_that_needs_information(
    ) {
        // Loonwaarde not measured and work capacity not known: loondispensatie and the jobcoach
        // need information; each gets what to find out and from whom, in date order.
        let e = eval(|v| {
            v["employee"]["loonwaarde_pct"] = json!(null);
            v["employee"]["wajong_work_capacity"] = json!(null);
        });
        let needs: Vec<Arrangement> = e
            .arrangements
            .iter()
            .filter(|(_, d)| d.status != Status::NotEligible)
            .map(|(a, _)| a)
            .collect();
        assert!(needs.contains(&Arrangement::Loondispensatie));
        assert_eq!(e.arrangements.loondispensatie.status, Status::NeedsInfo);
        let stepped: Vec<Arrangement> = e.next_steps().iter().map(|s| s.arrangement).collect();
        for a in &needs {
            assert!(stepped.contains(a), "a step for {a}: {stepped:?}");
        }
        let steps = e.next_steps();
        let ldp = steps
            .iter()
            .find(|s| s.arrangement == Arrangement::Loondispensatie)
            .unwrap();
        assert!(
            ldp.text
                .nl()
                .starts_with("Ga na of loondispensatie kan: vraag UWV"),
            "{}",
            ldp.text.nl()
        );
        assert_eq!(ldp.deadline, Some(Date::ymd(2026, 1, 31)));
        let dates: Vec<Date> = e.next_steps().iter().filter_map(|s| s.deadline).collect();
        assert!(
            dates.windows(2).all(|w| w[0] <= w[1]),
            "in date order: {dates:?}"
        );
        assert!(e.next_steps().iter().all(|s| !s.text.en().is_empty()));
    }

    #[test]
    fn a_step_whose_last_day_has_passed_says_what_can_still_be_done_instead() {
        let steps = eval(|_| {}).next_steps();
        let find = |a| steps.iter().find(|s| s.arrangement == a).unwrap();
        let proef = find(Arrangement::Proefplaatsing);
        // The start is 1 January 2026: on 31 December it can still be agreed, on the day itself not.
        assert!(!proef.too_late(Date::ymd(2025, 12, 31)));
        assert_eq!(proef.text_on(Date::ymd(2025, 12, 31)), proef.text);
        assert!(proef.too_late(Date::ymd(2026, 1, 1)));
        assert!(proef
            .text_on(Date::ymd(2026, 1, 1))
            .nl()
            .contains("is vandaag of al voorbij"));
        let ldp = find(Arrangement::Loondispensatie);
        assert!(!ldp.too_late(Date::ymd(2026, 1, 31)));
        assert!(ldp.too_late(Date::ymd(2026, 2, 1)));
        assert!(ldp
            .text_on(Date::ymd(2026, 2, 1))
            .nl()
            .contains("zo snel mogelijk"));
        let coach = find(Arrangement::Jobcoach);
        assert!(coach
            .text_on(Date::ymd(2026, 1, 30))
            .nl()
            .contains("liep tot 29 januari 2026"));
        // Steps without a date are never late.
        assert!(!find(Arrangement::NoRiskpolis).too_late(Date::ymd(2030, 1, 1)));
    }

    #[test]
    fn lkv_declaration_deadline_three_months_for_wia() {
        let steps = eval(|v| {
            v["date"] = json!("2026-03-15");
            v["employee"]["benefit"] = json!("wia");
            v["employee"]["wajong_work_capacity"] = json!(null);
            v["employee"]["target_group_register"] = json!(false);
        })
        .next_steps();
        let lkv = steps
            .iter()
            .find(|s| s.arrangement == Arrangement::Lkv)
            .expect("LKV step");
        assert_eq!(lkv.deadline, Some(Date::ymd(2026, 6, 15)));
        assert!(lkv.text.nl().contains("doelgroepverklaring"));
    }

    #[test]
    fn five_years_keep_the_reductions_while_they_last() {
        // Contract example: loondispensatie and LKV banenafspraak (2026: as long as the job lasts).
        let c = eval(|_| {}).costs;
        assert_eq!(c.years.len(), 5);
        assert!(c
            .years
            .iter()
            .all(|y| y.without == Cents(1_982_673) && y.with == Cents(1_064_095)));
        assert_eq!(
            c.years.iter().map(|y| y.year).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        // WIA, 32 hours at € 18,50: 18,50 × 32 × 52 = 30.784,00 + 8 % = 33.246,72 a year. LKV
        // arbeidsgehandicapt: 3,05 × 32 × 52 = 5.075,20 a year, for 3 years.
        let c = eval(|v| {
            v["employee"]["benefit"] = json!("wia");
            v["employee"]["wajong_work_capacity"] = json!(null);
            v["employee"]["age"] = json!(45);
            v["employee"]["loonwaarde_pct"] = json!(null);
            v["job"]["hours_per_week"] = json!(32);
            v["job"]["hourly_wage"] = json!(18.5);
        })
        .costs;
        let with: Vec<Cents> = c.years.iter().map(|y| y.with).collect();
        assert_eq!(
            with,
            [
                Cents(2_817_152),
                Cents(2_817_152),
                Cents(2_817_152),
                Cents(3_324_672),
                Cents(3_324_672)
            ]
        );
        assert!(c.years.iter().all(|y| y.without == Cents(3_324_672)));
    }
}
