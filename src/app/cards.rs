//! What a result card shows besides the reasons: its status in words and icon, and the key figures
//! of the decision (label, value), in the card's language. Also used by the print and the
//! comparison, so the three say the same.

use super::fmt;
use super::i18n::Lang;
use crate::rules::result::{Amount, AmountKey, Cover, Provider};
use crate::rules::{Arrangement, Decision, Status};

pub fn status_view(status: Status, lang: Lang) -> (&'static str, &'static str) {
    let t = lang.texts();
    match status {
        Status::Eligible => ("✓", t.status_eligible),
        Status::NotEligible => ("✗", t.status_not_eligible),
        Status::NeedsInfo => ("?", t.status_needs_info),
    }
}

/// The key figures of a decision as (label, value) pairs.
pub fn key_figures(a: Arrangement, d: &Decision, lang: Lang) -> Vec<(String, String)> {
    let t = lang.texts();
    let euro = |k: AmountKey| d.amounts.euro(k).map(|c| fmt::euro(lang, c));
    let mut out = Vec::new();
    match a {
        Arrangement::Loondispensatie => {
            if let Some(w) = euro(AmountKey::EmployerHourlyWage) {
                out.push((t.employer_wage.to_string(), format!("{w} {}", t.per_hour)));
            }
            if let (Some(m), Some(y)) = (
                euro(AmountKey::SavingPerMonth),
                euro(AmountKey::SavingPerYear),
            ) {
                out.push((
                    t.saving.to_string(),
                    format!("{m} {} · {y} {}", t.per_month, t.per_year),
                ));
            }
            if let (Some(lo), Some(hi)) = (
                euro(AmountKey::SavingPerYearLow),
                euro(AmountKey::SavingPerYearHigh),
            ) {
                out.push((t.band.to_string(), format!("{lo} – {hi} {}", t.per_year)));
            }
        }
        Arrangement::NoRiskpolis => match d.duration_years {
            Some(Cover::WhileEmployed) => {
                out.push((t.cover.to_string(), t.while_employed.to_string()))
            }
            Some(Cover::Years(y)) => out.push((t.cover.to_string(), t.count_years(y as i64))),
            None => {}
        },
        Arrangement::Jobcoach => {
            if let Some(provider) = d.provider {
                out.push((t.provider.to_string(), provider_name(provider, lang)));
            }
            if let Some(Amount::Hours(h)) = d.amounts.get(AmountKey::CoachingHoursYear1) {
                out.push((
                    t.coaching_hours.to_string(),
                    format!("{} {}", fmt::hours(lang, h), t.unit_hours),
                ));
            }
        }
        Arrangement::Lkv | Arrangement::Liv => {
            if let Some(y) = euro(AmountKey::PerYear) {
                out.push((t.lkv_amount.to_string(), format!("{y} {}", t.per_year)));
            }
            if a == Arrangement::Lkv && d.status == Status::Eligible {
                let period = match d.amounts.get(AmountKey::Years) {
                    Some(Amount::Count(n)) => t.count_years(n),
                    _ => t.while_employed.to_string(),
                };
                out.push((t.lkv_period.to_string(), period));
            }
        }
        Arrangement::Loonkostensubsidie => {
            if let Some(m) = euro(AmountKey::PerMonth) {
                out.push((t.lks_amount.to_string(), format!("{m} {}", t.per_month)));
            }
        }
        Arrangement::Proefplaatsing => {}
        Arrangement::Werkplekaanpassing | Arrangement::Werkbehoud => {
            if let Some(provider) = d.provider {
                out.push((t.provider.to_string(), provider_name(provider, lang)));
            }
        }
    }
    out
}

/// Who grants and pays it, in words.
fn provider_name(provider: Provider, lang: Lang) -> String {
    match (provider, lang.is_nl()) {
        (Provider::Uwv, _) => "UWV",
        (Provider::Gemeente, true) => "de gemeente",
        (Provider::Gemeente, false) => "the municipality",
    }
    .to_string()
}
