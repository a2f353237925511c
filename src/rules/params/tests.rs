//! The figure tables themselves: every value dated, sourced and with a status; every scheduled
//! update up to the day the figures were last checked has an entry; the minimum wage per half year.

use super::*;

/// Every figure, in every version: a source, a reference, a valid status, in date order.
#[test]
fn every_value_has_a_date_a_source_a_reference_and_a_status() {
    assert!(FIGURES.len() >= 18, "{} figures", FIGURES.len());
    for f in FIGURES {
        assert!(!f.versions.is_empty(), "{}", f.key);
        assert!(
            f.versions.windows(2).all(|w| w[0].from < w[1].from),
            "{}: versions not in date order",
            f.key
        );
        assert!(
            f.versions[0].from <= EARLIEST_DATE,
            "{}: starts after the earliest date",
            f.key
        );
        for v in f.versions {
            assert!(v.source.starts_with("https://"), "{} {}", f.key, v.from);
            assert!(v.reference.len() > 10, "{} {}", f.key, v.from);
            assert_eq!(v.values.len(), f.parts.len(), "{} {}", f.key, v.from);
            assert!(v.value_from <= v.from, "{} {}", f.key, v.from);
            if v.status != FigureStatus::CarriedForward {
                assert_eq!(v.value_from, v.from, "{} {}", f.key, v.from);
            }
        }
        assert!(!f.nl.is_empty() && !f.en.is_empty(), "{}", f.key);
    }
    let mut keys: Vec<_> = FIGURES.iter().map(|f| f.key).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), FIGURES.len(), "keys are unique");
}

/// A figure on a schedule needs an entry (a new value, or `carried_forward`) for every update
/// that fell due from the earliest peildatum to the day the figures were last checked: forgetting
/// next July's minimum wage makes this fail once `checked` in params/index.toml moves past July.
#[test]
fn every_scheduled_update_up_to_the_check_has_an_entry() {
    let scheduled: Vec<_> = FIGURES.iter().filter(|f| f.update_months > 0).collect();
    assert!(
        scheduled.len() >= 7,
        "{} scheduled figures",
        scheduled.len()
    );
    for f in scheduled {
        let mut day = EARLIEST_DATE;
        while day <= CHECKED {
            assert!(
                !f.outdated_on(day),
                "{} ({}): an update was due by {day} and params/{} has no entry for it",
                f.key,
                f.nl,
                f.file
            );
            day = day.add_days(1);
        }
    }
}

/// Without an entry for an update that is due, the figure is outdated from that day on, also
/// between two entries.
#[test]
fn a_figure_past_its_schedule_is_outdated() {
    let wml = WML_HOURLY.figure;
    assert!(!wml.outdated_on(Date::ymd(2027, 6, 30)));
    assert!(wml.outdated_on(Date::ymd(2027, 7, 1)));
    assert_eq!(
        wml.status_on(Date::ymd(2027, 7, 1)),
        FigureStatus::CarriedForward
    );
    let employer_costs = LKS_EMPLOYER_COSTS.figure;
    // Confirmed in 2018, then no entry until 2024: 2019-2023 were past the yearly schedule.
    assert!(employer_costs.outdated_on(Date::ymd(2020, 6, 1)));
    assert!(!employer_costs.outdated_on(Date::ymd(2024, 6, 1)));
    // A figure without a schedule is never outdated.
    assert!(!HOLIDAY_ALLOWANCE.figure.outdated_on(Date::ymd(2040, 1, 1)));
}

#[test]
fn the_figures_were_checked_on_2026_12_01() {
    assert_eq!(CHECKED, Date::ymd(2026, 12, 1));
}

/// build.rs writes each entry's date twice, as a date and as the number look-ups compare.
#[test]
fn every_typed_entry_has_its_date_as_key() {
    fn check<T>(p: &Param<T>) {
        for v in p.values {
            assert_eq!(v.key, v.from.key(), "{}", p.figure.key);
        }
        assert_eq!(p.values.len(), p.figure.versions.len(), "{}", p.figure.key);
    }
    check(&WML_HOURLY);
    check(&YOUTH_PCT);
    check(&MAX_DAGLOON);
    check(&LKV_BANENAFSPRAAK);
    check(&LKV_OUDERE_WERKNEMER);
    check(&LKS_EMPLOYER_COSTS);
    check(&AOW_AGE);
    check(&LIV);
}

#[test]
fn the_minimum_wage_per_half_year() {
    assert_eq!(minimum_wage(30, Date::ymd(2024, 6, 30)), Cents(1327));
    assert_eq!(minimum_wage(30, Date::ymd(2024, 7, 1)), Cents(1368));
    assert_eq!(minimum_wage(21, Date::ymd(2025, 3, 1)), Cents(1406));
    assert_eq!(minimum_wage(40, Date::ymd(2025, 12, 31)), Cents(1440));
    assert_eq!(minimum_wage(40, Date::ymd(2026, 1, 1)), Cents(1471));
    assert_eq!(minimum_wage(40, Date::ymd(2026, 6, 30)), Cents(1471));
    assert_eq!(minimum_wage(40, Date::ymd(2026, 7, 1)), Cents(1499));
    assert_eq!(minimum_wage(40, Date::ymd(2026, 12, 1)), Cents(1499));
    // 2027-01-01: not yet published, carried forward and said so.
    assert_eq!(minimum_wage(40, Date::ymd(2027, 1, 1)), Cents(1499));
    let wml = WML_HOURLY.figure;
    assert_eq!(
        wml.at(Date::ymd(2027, 1, 1)).status,
        FigureStatus::CarriedForward
    );
    assert_eq!(
        wml.at(Date::ymd(2027, 1, 1)).value_from,
        Date::ymd(2026, 7, 1)
    );
    assert!(!wml.uncertain_on(Date::ymd(2026, 12, 31)));
    assert!(wml.uncertain_on(Date::ymd(2027, 1, 1)));
}

/// The published youth amounts of 2024-07-01 and 2026-07-01, rounded to cents.
#[test]
fn the_youth_wage_matches_the_published_amounts() {
    for (date, published) in [
        (
            Date::ymd(2024, 7, 1),
            [
                (20, 1094),
                (19, 821),
                (18, 684),
                (17, 540),
                (16, 472),
                (15, 410),
            ],
        ),
        (
            Date::ymd(2026, 1, 1),
            [
                (20, 1177),
                (19, 883),
                (18, 736),
                (17, 581),
                (16, 507),
                (15, 441),
            ],
        ),
        (
            Date::ymd(2026, 7, 1),
            [
                (20, 1199),
                (19, 899),
                (18, 750),
                (17, 592),
                (16, 517),
                (15, 450),
            ],
        ),
    ] {
        for (age, cents) in published {
            assert_eq!(minimum_wage(age, date), Cents(cents), "age {age} on {date}");
        }
    }
}

/// From 2027-01-01 (announced): 87,5 / 75 / 62,5 / 50 / 40 / 30 % of the carried € 14,99.
#[test]
fn the_youth_percentages_from_2027_are_announced() {
    let d = Date::ymd(2027, 1, 1);
    // 14,99 × 87,5 % = 13,11625 → 13,12; × 75 % = 11,2425 → 11,24; × 62,5 % = 9,36875 → 9,37;
    // × 50 % = 7,495 → 7,50; × 40 % = 5,996 → 6,00; × 30 % = 4,497 → 4,50.
    for (age, cents) in [
        (20, 1312),
        (19, 1124),
        (18, 937),
        (17, 750),
        (16, 600),
        (15, 450),
    ] {
        assert_eq!(minimum_wage(age, d), Cents(cents), "age {age}");
    }
    assert_eq!(YOUTH_PCT.figure.at(d).status, FigureStatus::Announced);
    assert_eq!(
        YOUTH_PCT.figure.at(Date::ymd(2026, 12, 31)).status,
        FigureStatus::Confirmed
    );
    // Age 15 did not change: its part keeps the 2019 value.
    assert_eq!(youth_pct(15, d), Some(Pct(3000)));
    assert_eq!(youth_pct(14, d), Some(Pct(3000)));
    assert_eq!(youth_pct(21, d), None);
}

#[test]
fn an_lkv_category_is_dated_part_by_part() {
    let b = |y, m, d| LKV_BANENAFSPRAAK.at(Date::ymd(y, m, d)).value;
    assert_eq!(b(2025, 12, 31).years, Some(3));
    assert_eq!(b(2026, 1, 1).years, None);
    assert_eq!(b(2026, 1, 1).per_hour, Cents(101));
    let o = |y, m, d| LKV_OUDERE_WERKNEMER.at(Date::ymd(y, m, d)).value;
    assert_eq!(o(2024, 6, 1).per_hour, Some(Cents(305)));
    assert_eq!(o(2025, 6, 1).per_hour, Some(Cents(135)));
    // The 2025 entry gave no min_age: the 2024 value stays.
    assert_eq!(o(2025, 6, 1).min_age, 56);
    assert_eq!(o(2026, 1, 1).per_hour, None);
    assert!(
        !LKV_DOELGROEPVERKLARING
            .at(Date::ymd(2026, 1, 1))
            .value
            .banenafspraak
    );
    assert!(
        LKV_DOELGROEPVERKLARING
            .at(Date::ymd(2025, 12, 31))
            .value
            .banenafspraak
    );
}

#[test]
fn a_figure_lists_as_the_contract_says() {
    let wml = WML_HOURLY.figure;
    assert_eq!(wml.value_text(Date::ymd(2026, 12, 1), true), "€ 14,99");
    assert_eq!(wml.value_text(Date::ymd(2026, 12, 1), false), "€14.99");
    let youth = YOUTH_PCT.figure.value_text(Date::ymd(2027, 1, 1), true);
    assert!(youth.starts_with("15 jaar: 30 %; 16 jaar: 40 %"), "{youth}");
    let b = LKV_BANENAFSPRAAK
        .figure
        .value_text(Date::ymd(2026, 1, 1), true);
    assert!(
        b.contains("hoogstens: zolang het dienstverband duurt"),
        "{b}"
    );
    assert_eq!(figure("max_dagloon").map(|f| f.key), Some("max_dagloon"));
    assert!(figure("nope").is_none());
    assert_eq!(valid_from(Date::ymd(2026, 12, 1)), Date::ymd(2026, 7, 1));
}

/// The epochs behind [`uncertain`] and [`valid_from`] say, for every day, what asking every
/// figure directly says.
#[test]
fn the_epochs_agree_with_every_figure_on_every_day() {
    let mut day = Date::ymd(2023, 12, 1);
    while day < Date::ymd(2030, 1, 1) {
        let direct: Vec<&str> = FIGURES
            .iter()
            .filter(|f| f.uncertain_on(day))
            .map(|f| f.key)
            .collect();
        let fast: Vec<&str> = uncertain(day).map(|f| f.key).collect();
        assert_eq!(fast, direct, "{day}");
        let newest = FIGURES.iter().map(|f| f.at(day).value_from).max().unwrap();
        assert_eq!(valid_from(day), newest, "{day}");
        day = day.add_days(1);
    }
}
