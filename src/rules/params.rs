//! Every figure the engine uses, in one place, each with the date it is valid from and its source
//! (in the spirit of OpenFisca's parameter files). A scenario's peildatum selects the values in force;
//! a peildatum after the last known value uses that value and the result says so.

use super::date::Date;
use super::money::{Cents, Hours, Pct};

/// One value and the day it takes effect. `confirmed: false` marks a value carried forward from an
/// earlier period because no primary source for the new period was found; the result says so.
#[derive(Debug)]
pub struct Dated<T: 'static> {
    pub from: Date,
    pub value: T,
    pub confirmed: bool,
}

/// A dated parameter: what it is, where it comes from, how often it is expected to change.
#[derive(Debug)]
pub struct Param<T: 'static> {
    pub key: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
    pub source: &'static str,
    /// Months between scheduled updates (6 for the minimum wage); 0 = no schedule.
    pub update_months: u32,
    pub values: &'static [Dated<T>],
}

impl<T> Param<T> {
    /// The value in force on `date` (the earliest one for dates before the table starts; the
    /// scenario validation keeps dates from [`EARLIEST_DATE`] on).
    pub fn at(&self, date: Date) -> &Dated<T> {
        self.values
            .iter()
            .rev()
            .find(|v| v.from <= date)
            .unwrap_or(&self.values[0])
    }

    /// The last known value is older than its update schedule on `date`: a newer figure should exist.
    pub fn outdated_on(&self, date: Date) -> bool {
        let last = &self.values[self.values.len() - 1];
        self.update_months > 0 && date >= last.from.add_months(self.update_months)
    }
}

/// Figures are known from this day on; earlier peildata are refused by the validation.
pub const EARLIEST_DATE: Date = Date::ymd(2024, 1, 1);

const fn d<T>(y: i32, m: u8, day: u8, value: T) -> Dated<T> {
    Dated {
        from: Date::ymd(y, m, day),
        value,
        confirmed: true,
    }
}

// ---------------------------------------------------------------------------------------------
// Minimum wage

/// Statutory minimum wage (WML) per hour, age 21 and over; the same for every working week since 2024.
pub static WML_HOURLY: Param<Cents> = Param {
    key: "wml_hourly",
    nl: "Wettelijk minimumloon per uur (21 jaar en ouder)",
    en: "Statutory minimum wage per hour (age 21 and over)",
    source: "https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon",
    update_months: 6,
    values: &[
        d(2024, 1, 1, Cents(1327)),
        d(2024, 7, 1, Cents(1368)),
        d(2025, 1, 1, Cents(1406)),
        d(2025, 7, 1, Cents(1440)),
        d(2026, 1, 1, Cents(1471)),
    ],
};

/// Youth minimum wage as a percentage of the adult minimum wage, by age (15..=20).
pub static YOUTH_PCT: Param<[(u8, Pct); 6]> = Param {
    key: "youth_pct",
    nl: "Minimumjeugdloon als percentage van het minimumloon",
    en: "Youth minimum wage as a percentage of the minimum wage",
    source: "https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon",
    update_months: 0,
    values: &[d(
        2017,
        7,
        1,
        [
            (15, Pct(3000)),
            (16, Pct(3450)),
            (17, Pct(3950)),
            (18, Pct(5000)),
            (19, Pct(6000)),
            (20, Pct(8000)),
        ],
    )],
};

/// Holiday allowance (vakantiebijslag) as a share of the wage (Wml art. 15).
pub static HOLIDAY_ALLOWANCE: Param<Pct> = Param {
    key: "holiday_allowance",
    nl: "Vakantiebijslag",
    en: "Holiday allowance",
    source: "https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=15",
    update_months: 0,
    values: &[d(1974, 1, 1, Pct(800))],
};

/// State pension (AOW) age: (years, extra months).
pub static AOW_AGE: Param<(u8, u8)> = Param {
    key: "aow_age",
    nl: "AOW-leeftijd",
    en: "State pension age",
    source: "https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/aow-leeftijd",
    update_months: 0,
    values: &[d(2024, 1, 1, (67, 0)), d(2028, 1, 1, (67, 3))],
};

// ---------------------------------------------------------------------------------------------
// Loondispensatie

#[derive(Debug)]
pub struct Loondispensatie {
    /// Loonwaarde must be at or below this (output at least 25 % lower).
    pub max_loonwaarde: Pct,
    /// Minimum expected duration of the reduced output and of the contract, months.
    pub min_months: u32,
    /// Maximum length of one grant, years (extendable on request).
    pub max_years: u32,
    /// Measurement tolerance of the loonwaarde, in percentage points, for the band shown.
    pub band_points: Pct,
    /// Last day to apply under the temporary extension (Wajong without arbeidsvermogen, WIA-IVA).
    pub temporary_until: Date,
}

pub static LOONDISPENSATIE: Param<Loondispensatie> = Param {
    key: "loondispensatie",
    nl: "Loondispensatie: voorwaarden",
    en: "Wage dispensation: conditions",
    source: "https://www.uwv.nl/nl/tegemoetkoming-in-loonkosten/loondispensatie",
    update_months: 0,
    values: &[d(
        2023,
        4,
        22,
        Loondispensatie {
            max_loonwaarde: Pct(7500),
            min_months: 6,
            max_years: 5,
            band_points: Pct(1000),
            temporary_until: Date::ymd(2026, 10, 31),
        },
    )],
};

// ---------------------------------------------------------------------------------------------
// No-riskpolis

#[derive(Debug)]
pub struct NoRisk {
    /// Cover under Ziektewet art. 29b lid 1 and lid 4, years.
    pub years: u32,
    /// Sickness benefit as a share of the dagloon (lid 5).
    pub benefit_pct: Pct,
    /// Share in the first 52 weeks at the employer's request (lid 6).
    pub first_year_pct: Pct,
}

pub static NO_RISK: Param<NoRisk> = Param {
    key: "no_riskpolis",
    nl: "No-riskpolis: duur en hoogte",
    en: "No-risk policy: duration and level",
    source: "https://wetten.overheid.nl/jci1.3:c:BWBR0001888&artikel=29b",
    update_months: 0,
    values: &[d(
        2015,
        1,
        1,
        NoRisk {
            years: 5,
            benefit_pct: Pct(7000),
            first_year_pct: Pct(10_000),
        },
    )],
};

/// Maximum dagloon (daily wage) for the Ziektewet benefit.
pub static MAX_DAGLOON: Param<Cents> = Param {
    key: "max_dagloon",
    nl: "Maximumdagloon",
    en: "Maximum daily wage",
    source: "https://www.uwv.nl/nl/werkgevers/bedragen/maximumdagloon",
    update_months: 12,
    values: &[
        d(2024, 1, 1, Cents(27_444)),
        d(2025, 1, 1, Cents(29_067)),
        d(2026, 1, 1, Cents(30_425)),
    ],
};

// ---------------------------------------------------------------------------------------------
// Jobcoach

#[derive(Debug)]
pub struct Jobcoach {
    pub min_hours: Hours,
    pub exception_hours: Hours,
    pub min_loonwaarde: Pct,
    pub exception_loonwaarde: Pct,
    pub min_months: u32,
    /// Coaching hours as a share of contract hours in years 1, 2 and 3+ (the default "middle" regime).
    pub intensity: [Pct; 3],
    /// The employer applies within this many weeks of the start (Protocol jobcoach UWV 2014).
    pub apply_within_weeks: u32,
}

pub static JOBCOACH: Param<Jobcoach> = Param {
    key: "jobcoach",
    nl: "Jobcoach via UWV: voorwaarden en intensiteit",
    en: "Job coach via UWV: conditions and intensity",
    source: "https://www.uwv.nl/nl/werkgevers/jobcoach",
    update_months: 0,
    values: &[d(
        2014,
        1,
        1,
        Jobcoach {
            min_hours: Hours(1200),
            exception_hours: Hours(800),
            min_loonwaarde: Pct(3500),
            exception_loonwaarde: Pct(2000),
            min_months: 6,
            intensity: [Pct(1000), Pct(500), Pct(300)],
            apply_within_weeks: 4,
        },
    )],
};

// ---------------------------------------------------------------------------------------------
// Loonkostenvoordeel (Wtl) and lage-inkomensvoordeel

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LkvRate {
    pub per_hour: Cents,
    pub cap: Cents,
    /// Maximum period in years; `None`: as long as the employment lasts.
    pub years: Option<u32>,
}

#[derive(Debug)]
pub struct Lkv {
    /// Category a, oudere werknemer (Wtl 2.5); `None` once new hires no longer qualify.
    pub oudere: Option<LkvRate>,
    /// Last day for which the oudere werknemer LKV is paid, when the law sets one.
    pub oudere_until: Option<Date>,
    /// Category b, arbeidsgehandicapte werknemer (Wtl 2.9).
    pub arbeidsgehandicapt: LkvRate,
    /// Category c, doelgroep banenafspraak en scholingsbelemmerden (Wtl 2.13).
    pub banenafspraak: LkvRate,
    /// Category d, herplaatsen arbeidsgehandicapte werknemer (Wtl 2.17); `None` once repealed.
    pub herplaatsen: Option<LkvRate>,
    /// Minimum age for category a.
    pub oudere_min_age: u8,
    /// The doelgroepverklaring must be requested within this many months of the start.
    pub declaration_months: u32,
    /// Category c needs a doelgroepverklaring (no longer from 2026: the register suffices).
    pub banenafspraak_declaration: bool,
}

const fn rate(per_hour: i64, cap: i64, years: u32) -> LkvRate {
    LkvRate {
        per_hour: Cents(per_hour),
        cap: Cents(cap),
        years: Some(years),
    }
}

pub static LKV: Param<Lkv> = Param {
    key: "lkv",
    nl: "Loonkostenvoordelen: bedrag per uur, maximum per jaar, looptijd",
    en: "Wage cost benefits: amount per hour, yearly maximum, period",
    // Wtl chapter 2 (versions 2024 and 2025); 2026 per the Belastingdienst's Nieuwsbrief
    // Loonheffingen 2026 (annex, 3rd version): herplaatsen continues, banenafspraak runs as long as the
    // employment lasts and needs no doelgroepverklaring, oudere werknemer only for hires before 2024.
    source: "https://wetten.overheid.nl/BWBR0037522",
    update_months: 12,
    values: &[
        d(
            2024,
            1,
            1,
            Lkv {
                // Hires in 2024: € 3,05 in 2024, € 1,35 in 2025, nothing from 2026.
                oudere: Some(rate(305, 600_000, 3)),
                oudere_until: Some(Date::ymd(2025, 12, 31)),
                arbeidsgehandicapt: rate(305, 600_000, 3),
                banenafspraak: rate(101, 200_000, 3),
                herplaatsen: Some(rate(305, 600_000, 1)),
                oudere_min_age: 56,
                declaration_months: 3,
                banenafspraak_declaration: true,
            },
        ),
        d(
            2025,
            1,
            1,
            Lkv {
                oudere: Some(rate(135, 260_000, 3)),
                oudere_until: Some(Date::ymd(2025, 12, 31)),
                arbeidsgehandicapt: rate(305, 600_000, 3),
                banenafspraak: rate(101, 200_000, 3),
                herplaatsen: Some(rate(305, 600_000, 1)),
                oudere_min_age: 56,
                declaration_months: 3,
                banenafspraak_declaration: true,
            },
        ),
        d(
            2026,
            1,
            1,
            Lkv {
                oudere: None,
                oudere_until: Some(Date::ymd(2025, 12, 31)),
                arbeidsgehandicapt: rate(305, 600_000, 3),
                banenafspraak: LkvRate {
                    per_hour: Cents(101),
                    cap: Cents(200_000),
                    years: None,
                },
                herplaatsen: Some(rate(305, 600_000, 1)),
                oudere_min_age: 56,
                declaration_months: 3,
                banenafspraak_declaration: false,
            },
        ),
    ],
};

#[derive(Debug)]
pub struct Liv {
    pub lower: Cents,
    pub upper: Cents,
    pub per_hour: Cents,
    pub cap: Cents,
    pub min_hours_per_year: Hours,
}

/// Lage-inkomensvoordeel (Wtl ch. 3): 2024 only, abolished on 2025-01-01.
pub static LIV: Param<Option<Liv>> = Param {
    key: "liv",
    nl: "Lage-inkomensvoordeel (afgeschaft per 1 januari 2025)",
    en: "Low-income benefit (abolished on 1 January 2025)",
    source: "https://wetten.overheid.nl/BWBR0037522",
    update_months: 0,
    values: &[
        d(
            2024,
            1,
            1,
            Some(Liv {
                lower: Cents(1433),
                upper: Cents(1491),
                per_hour: Cents(49),
                cap: Cents(96_000),
                min_hours_per_year: Hours(124_800),
            }),
        ),
        d(2025, 1, 1, None),
    ],
};

// ---------------------------------------------------------------------------------------------
// Loonkostensubsidie (Participatiewet)

#[derive(Debug)]
pub struct Lks {
    /// Maximum as a share of (WML + holiday allowance) (Pwet 10d lid 4).
    pub cap: Pct,
    /// Allowance for employer charges on top (Regeling loonkostensubsidie Participatiewet).
    pub employer_costs: Pct,
    /// Full-time week behind the monthly figures (pro rata on the actual contract hours).
    pub fulltime_hours: Hours,
    /// Flat rate for the first 6 months when the loonwaarde is not measured yet (lid 5).
    pub flat_first_months: Pct,
    /// Request within this many months of the start (lid 2 route).
    pub request_months: u32,
}

pub static LKS: Param<Lks> = Param {
    key: "loonkostensubsidie",
    nl: "Loonkostensubsidie: maximum, werkgeverslasten, voltijdse week",
    en: "Wage cost subsidy: maximum, employer charges, full-time week",
    source: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=10d",
    update_months: 0,
    values: &[d(
        2018,
        1,
        1,
        Lks {
            cap: Pct(7000),
            employer_costs: Pct(2350),
            fulltime_hours: Hours(3600),
            flat_first_months: Pct(5000),
            request_months: 6,
        },
    )],
};

// ---------------------------------------------------------------------------------------------
// Proefplaatsing

#[derive(Debug)]
pub struct Proefplaatsing {
    /// At most this long in total (UWV benefits: for the re-integration's sake; WW: 76a lid 1).
    pub max_months: u32,
    pub usual_months: u32,
    pub min_contract_months: u32,
}

pub static PROEFPLAATSING: Param<Proefplaatsing> = Param {
    key: "proefplaatsing",
    nl: "Proefplaatsing: duur en vervolgcontract",
    en: "Trial placement: duration and follow-on contract",
    source: "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76a",
    update_months: 0,
    values: &[d(
        2015,
        1,
        1,
        Proefplaatsing {
            max_months: 6,
            usual_months: 2,
            min_contract_months: 6,
        },
    )],
};

/// One row of the parameter overview the page shows ("bedragen geldig vanaf …").
pub struct Row {
    pub key: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
    pub from: Date,
    pub confirmed: bool,
    pub outdated: bool,
    pub source: &'static str,
}

fn row<T>(p: &'static Param<T>, date: Date) -> Row {
    let v = p.at(date);
    Row {
        key: p.key,
        nl: p.nl,
        en: p.en,
        from: v.from,
        confirmed: v.confirmed,
        outdated: p.outdated_on(date),
        source: p.source,
    }
}

/// `[f(&PARAM, date), …]` for every parameter: the one list of them that [`overview`] and
/// [`valid_from`] share.
macro_rules! every_param {
    ($f:ident, $date:expr) => {
        [
            $f(&WML_HOURLY, $date),
            $f(&YOUTH_PCT, $date),
            $f(&HOLIDAY_ALLOWANCE, $date),
            $f(&AOW_AGE, $date),
            $f(&LOONDISPENSATIE, $date),
            $f(&NO_RISK, $date),
            $f(&MAX_DAGLOON, $date),
            $f(&JOBCOACH, $date),
            $f(&LKV, $date),
            $f(&LIV, $date),
            $f(&LKS, $date),
            $f(&PROEFPLAATSING, $date),
        ]
    };
}

/// The values in force on `date`, one row per parameter.
pub fn overview(date: Date) -> Vec<Row> {
    Vec::from(every_param!(row, date))
}

/// The newest valid-from date among the values in force on `date` (the latest `from` of
/// [`overview`]'s rows), without building the rows.
pub fn valid_from(date: Date) -> Date {
    fn from<T>(p: &'static Param<T>, date: Date) -> Date {
        p.at(date).from
    }
    every_param!(from, date).into_iter().max().unwrap_or(date)
}

/// The minimum wage per hour that applies to someone of `age` on `date` (youth wage below 21).
pub fn minimum_wage(age: u8, date: Date) -> Cents {
    let adult = WML_HOURLY.at(date).value;
    match YOUTH_PCT.at(date).value.iter().find(|(a, _)| *a == age) {
        Some((_, pct)) if age < 21 => adult.pct(*pct),
        _ if age < 15 => adult.pct(YOUTH_PCT.at(date).value[0].1),
        _ => adult,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_start_by_earliest_date() {
        fn check<T>(p: &Param<T>) {
            assert!(!p.values.is_empty(), "{}", p.key);
            assert!(
                p.values.windows(2).all(|w| w[0].from < w[1].from),
                "{} not sorted",
                p.key
            );
            assert!(
                p.values[0].from <= EARLIEST_DATE,
                "{} starts after the earliest date",
                p.key
            );
            assert!(p.source.starts_with("https://"), "{} has no source", p.key);
        }
        check(&WML_HOURLY);
        check(&YOUTH_PCT);
        check(&HOLIDAY_ALLOWANCE);
        check(&AOW_AGE);
        check(&LOONDISPENSATIE);
        check(&NO_RISK);
        check(&MAX_DAGLOON);
        check(&JOBCOACH);
        check(&LKV);
        check(&LIV);
        check(&LKS);
        check(&PROEFPLAATSING);
        assert_eq!(overview(EARLIEST_DATE).len(), 12);
    }

    #[test]
    fn valid_from_is_the_latest_from_of_the_overview() {
        let mut day = Date::ymd(2023, 12, 1);
        while day < Date::ymd(2030, 1, 1) {
            let rows = overview(day);
            let latest = rows.iter().map(|r| r.from).max().unwrap();
            assert_eq!(valid_from(day), latest, "{day}");
            day = day.add_days(1);
        }
    }

    #[test]
    fn minimum_wage_per_half_year() {
        assert_eq!(minimum_wage(30, Date::ymd(2024, 6, 30)), Cents(1327));
        assert_eq!(minimum_wage(30, Date::ymd(2024, 7, 1)), Cents(1368));
        assert_eq!(minimum_wage(21, Date::ymd(2025, 3, 1)), Cents(1406));
        assert_eq!(minimum_wage(40, Date::ymd(2025, 12, 31)), Cents(1440));
        assert_eq!(minimum_wage(40, Date::ymd(2026, 1, 1)), Cents(1471));
        // After the last known value: that value is used and flagged as outdated.
        assert_eq!(minimum_wage(40, Date::ymd(2026, 11, 23)), Cents(1471));
        assert!(WML_HOURLY.outdated_on(Date::ymd(2026, 7, 1)));
        assert!(!WML_HOURLY.outdated_on(Date::ymd(2026, 6, 30)));
    }

    #[test]
    fn youth_wage_matches_published_2024_07_figures() {
        let date = Date::ymd(2024, 7, 1);
        let published = [
            (20, 1094),
            (19, 821),
            (18, 684),
            (17, 540),
            (16, 472),
            (15, 410),
        ];
        for (age, cents) in published {
            assert_eq!(minimum_wage(age, date), Cents(cents), "age {age}");
        }
    }
}
