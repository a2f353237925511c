#![cfg(not(target_arch = "wasm32"))]
//! The checks build.rs makes of the figure files (`params/*.toml`): a value without a date, a
//! status or a source does not build. Run here on small broken examples; the real files pass the
//! same checks in every build.

#[path = "../build.rs"]
#[allow(dead_code)]
mod build;

use std::sync::Once;

/// The one figure written in `src`: its key and its table.
fn only_figure(src: &str) -> (String, toml::Table) {
    let table: toml::Table = src.parse().expect("the example is TOML");
    let (key, value) = table.into_iter().next().expect("one figure");
    match value {
        toml::Value::Table(figure) => (key, figure),
        other => panic!("{key} is not a table: {other:?}"),
    }
}

/// build.rs's verdict on one figure written as TOML: `Ok`, or the message it stops the build with.
fn check(src: &str) -> Result<(), String> {
    static QUIET: Once = Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let (key, figure) = only_figure(src);
    std::panic::catch_unwind(move || {
        build::figure("example.toml", &key, &figure);
    })
    .map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .unwrap_or_else(|| "?".into())
    })
}

/// The status of each version of the one figure in `src`.
fn statuses(src: &str) -> Vec<&'static str> {
    let (key, figure) = only_figure(src);
    build::figure("example.toml", &key, &figure)
        .entries
        .iter()
        .map(|e| e.status)
        .collect()
}

const GOOD: &str = r#"
[wml_hourly]
name = "Wettelijk minimumloon per uur"
name_en = "Statutory minimum wage per hour"
unit = "euro"
update_months = 6

[[wml_hourly.values]]
from = 2026-01-01
value = 14.71
status = "confirmed"
reference = "Regeling per 1 januari 2026"
source = "https://www.rijksoverheid.nl/onderwerpen/minimumloon"

[[wml_hourly.values]]
from = 2026-07-01
value = 14.99
status = "confirmed"
reference = "Regeling per 1 juli 2026"
source = "https://www.rijksoverheid.nl/onderwerpen/minimumloon"
"#;

/// GOOD with `from` replaced by `to` in the last entry.
fn broken(from: &str, to: &str) -> String {
    let at = GOOD.rfind(from).expect("in the example");
    format!("{}{}{}", &GOOD[..at], to, &GOOD[at + from.len()..])
}

fn fails_with(src: &str, words: &str) {
    match check(src) {
        Ok(()) => panic!("built although broken:\n{src}"),
        Err(msg) => assert!(msg.contains(words), "{msg:?} does not say {words:?}"),
    }
}

#[test]
fn a_well_formed_figure_builds() {
    assert_eq!(check(GOOD), Ok(()));
}

#[test]
fn a_value_without_a_date_does_not_build() {
    fails_with(&broken("from = 2026-07-01\n", ""), "date");
    fails_with(
        &broken("from = 2026-07-01", "from = \"2026-07-01\""),
        "YYYY-MM-DD",
    );
}

#[test]
fn a_value_without_a_status_or_with_another_one_does_not_build() {
    fails_with(&broken("status = \"confirmed\"\n", ""), "`status`");
    fails_with(
        &broken("status = \"confirmed\"", "status = \"probably\""),
        "status must be",
    );
}

#[test]
fn a_value_without_a_source_or_reference_does_not_build() {
    fails_with(
        &broken(
            "source = \"https://www.rijksoverheid.nl/onderwerpen/minimumloon\"\n",
            "",
        ),
        "`source`",
    );
    fails_with(
        &broken(
            "https://www.rijksoverheid.nl",
            "http://www.rijksoverheid.nl",
        ),
        "https://",
    );
    fails_with(
        &broken("reference = \"Regeling per 1 juli 2026\"\n", ""),
        "`reference`",
    );
}

#[test]
fn entries_out_of_order_or_twice_on_a_day_do_not_build() {
    fails_with(
        &broken("from = 2026-07-01", "from = 2025-07-01"),
        "date order",
    );
    fails_with(
        &broken("from = 2026-07-01", "from = 2026-01-01"),
        "date order",
    );
}

#[test]
fn a_carried_forward_entry_gives_no_value_and_an_entry_without_one_is_carried_forward() {
    let carried = broken("value = 14.99\n", "").replacen(
        "status = \"confirmed\"\nreference = \"Regeling per 1 juli",
        "status = \"carried_forward\"\nreference = \"Regeling per 1 juli",
        1,
    );
    assert_eq!(check(&carried), Ok(()));
    fails_with(
        &broken("status = \"confirmed\"", "status = \"carried_forward\""),
        "repeats no value",
    );
    fails_with(&broken("value = 14.99\n", ""), "must be carried_forward");
}

#[test]
fn amounts_have_at_most_two_decimals_and_are_not_negative() {
    fails_with(&broken("value = 14.99", "value = 14.999"), "two decimals");
    fails_with(&broken("value = 14.99", "value = -1.0"), "negative");
    fails_with(&broken("value = 14.99", "value = \"14,99\""), "a number");
}

#[test]
fn an_unknown_key_in_an_entry_does_not_build() {
    fails_with(
        &broken("value = 14.99", "value = 14.99\nvalid = 2026-07-01"),
        "unknown key `valid`",
    );
}

#[test]
fn a_figure_with_parts_dates_them_part_by_part() {
    let parts = r#"
[youth_pct]
name = "Minimumjeugdloon"
name_en = "Youth minimum wage"
type = "YouthPct"

[youth_pct.parts]
age_15 = { unit = "percent", name = "15 jaar", name_en = "age 15" }
age_20 = { unit = "percent", name = "20 jaar", name_en = "age 20" }

[[youth_pct.values]]
from = 2019-07-01
age_15 = 30
age_20 = 80
status = "confirmed"
reference = "Besluit minimumjeugdloonschalen"
source = "https://www.rijksoverheid.nl/onderwerpen/minimumloon"

[[youth_pct.values]]
from = 2027-01-01
age_20 = 87.5
status = "announced"
reference = "Aangekondigd"
source = "https://www.rijksoverheid.nl/actueel"
"#;
    assert_eq!(check(parts), Ok(()));
    // A later confirmed entry for age 15 alone leaves age 20 announced: the figure stays announced.
    let later = format!(
        "{parts}\n[[youth_pct.values]]\nfrom = 2027-07-01\nage_15 = 35\nstatus = \"confirmed\"\nreference = \"Besluit\"\nsource = \"https://wetten.overheid.nl/\"\n"
    );
    assert_eq!(statuses(&later), ["Confirmed", "Announced", "Announced"]);
    // Once age 20 is confirmed too, the figure is confirmed.
    let confirmed = format!(
        "{later}\n[[youth_pct.values]]\nfrom = 2027-08-01\nage_20 = 87.5\nstatus = \"confirmed\"\nreference = \"Besluit\"\nsource = \"https://wetten.overheid.nl/\"\n"
    );
    assert_eq!(
        statuses(&confirmed),
        ["Confirmed", "Announced", "Announced", "Confirmed"]
    );
    // The first entry must give every part.
    fails_with(
        &parts.replacen("age_15 = 30\n", "", 1),
        "the first entry must give `age_15`",
    );
    // A part that is not declared.
    fails_with(
        &parts.replacen("age_20 = 87.5", "age_21 = 100", 1),
        "unknown key `age_21`",
    );
}
