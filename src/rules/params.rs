//! Every figure the engine uses. The figures themselves live in `params/*.toml` (each value with
//! its valid-from date, status, reference and source, in the spirit of OpenFisca's parameters);
//! `build.rs` turns them into the tables included here, so nothing is parsed at run time.
//!
//! A scenario's peildatum selects the values in force. A figure that is not `confirmed` on that
//! day, or is past its update schedule there, is named in the result's notices ([`Figure::uncertain_on`]).

use std::fmt;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::date::Date;
use super::money::{Cents, Hours, Pct};

/// How sure we are of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureStatus {
    /// Published in the Staatscourant, Staatsblad or the law text.
    Confirmed,
    /// A published intention, not yet in the Staatscourant or Staatsblad.
    Announced,
    /// No newer figure known although one is due: the last known value is used.
    CarriedForward,
}

impl FigureStatus {
    pub fn code(self) -> &'static str {
        match self {
            FigureStatus::Confirmed => "confirmed",
            FigureStatus::Announced => "announced",
            FigureStatus::CarriedForward => "carried_forward",
        }
    }
}

mod unit;
pub use unit::Unit;

/// One value of a figure, for listing and notices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FigureValue {
    Euro(Cents),
    Percent(Pct),
    Hours(Hours),
    Months(u32),
    Weeks(u32),
    Years(u32),
    Date(Date),
    Bool(bool),
    /// An optional part that does not apply (its meaning is [`PartInfo::none`]).
    None,
}

/// A part of a figure (for a figure of one number: one part with an empty key).
#[derive(Debug)]
pub struct PartInfo {
    pub key: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
    pub unit: Unit,
    /// What [`FigureValue::None`] means here, in Dutch and English.
    pub none: (&'static str, &'static str),
}

/// A figure's state after one entry of its file.
#[derive(Debug)]
pub struct Version {
    /// The day the entry takes effect.
    pub from: Date,
    /// The day of the entry that last gave a value (earlier than `from` for a carried-forward entry).
    pub value_from: Date,
    /// The least certain status among the entries whose values are in force.
    pub status: FigureStatus,
    pub reference: &'static str,
    pub source: &'static str,
    /// One value per part, in the order of [`Figure::parts`].
    pub values: &'static [FigureValue],
}

/// A figure: what it is, its schedule, and every version of it.
#[derive(Debug)]
pub struct Figure {
    pub key: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
    /// The file under `params/` that holds it.
    pub file: &'static str,
    /// Months between scheduled updates (6 for the minimum wage); 0 = no schedule.
    pub update_months: u32,
    pub parts: &'static [PartInfo],
    pub versions: &'static [Version],
}

/// A figure is one static table: two are the same when they are the same table.
impl PartialEq for Figure {
    fn eq(&self, other: &Figure) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Figure {
    fn index(&self, date: Date) -> usize {
        self.versions
            .iter()
            .rposition(|v| v.from <= date)
            .unwrap_or(0)
    }

    /// The version in force on `date` (the earliest one for dates before the table starts; the
    /// scenario validation keeps dates from [`EARLIEST_DATE`] on).
    pub fn at(&self, date: Date) -> &Version {
        &self.versions[self.index(date)]
    }

    /// The version in force on `date` is older than the schedule: a newer figure was due and the
    /// file has no entry for it (not even a `carried_forward` one).
    pub fn outdated_on(&self, date: Date) -> bool {
        self.update_months > 0 && date >= self.at(date).from.add_months(self.update_months)
    }

    /// The value in force on `date` may not be the right one: not confirmed, or past its schedule.
    pub fn uncertain_on(&self, date: Date) -> bool {
        self.at(date).status != FigureStatus::Confirmed || self.outdated_on(date)
    }

    /// The status as it stands on `date`: an outdated figure is carried forward.
    pub fn status_on(&self, date: Date) -> FigureStatus {
        if self.outdated_on(date) {
            FigureStatus::CarriedForward
        } else {
            self.at(date).status
        }
    }

    /// The figure as one JSON object for `steunwijzer params` (see `../shared/contract/`).
    pub fn row(&'static self, date: Date) -> Row {
        Row { figure: self, date }
    }

    /// The value in force on `date`, written out: `€ 14,99` or `15 jaar: 30 %; 16 jaar: 40 %; …`.
    pub fn write_value(&self, date: Date, nl: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        self.write_parts(date, None, nl, out)
    }

    /// Like [`Figure::write_value`], or only part `only` when given.
    pub fn write_parts(
        &self,
        date: Date,
        only: Option<usize>,
        nl: bool,
        out: &mut dyn fmt::Write,
    ) -> fmt::Result {
        let v = self.at(date);
        let parts = self.parts.iter().zip(v.values).enumerate();
        for (n, (_, (part, value))) in parts
            .filter(|(i, _)| only.is_none_or(|o| o == *i))
            .enumerate()
        {
            if n > 0 {
                out.write_str("; ")?;
            }
            if !part.key.is_empty() {
                out.write_str(if nl { part.nl } else { part.en })?;
                out.write_str(": ")?;
            }
            write_value(*value, part, nl, out)?;
        }
        Ok(())
    }

    /// Each part in force on `date` as (its name, its value), for a list.
    pub fn parts_text(&self, date: Date, nl: bool) -> Vec<(&'static str, String)> {
        let v = self.at(date);
        self.parts
            .iter()
            .zip(v.values)
            .map(|(part, value)| {
                let mut s = String::new();
                let _ = write_value(*value, part, nl, &mut s);
                (if nl { part.nl } else { part.en }, s)
            })
            .collect()
    }

    pub fn value_text(&self, date: Date, nl: bool) -> String {
        let mut s = String::new();
        let _ = self.write_value(date, nl, &mut s);
        s
    }
}

/// One value as a person reads it: `€ 14,99`, `87,5 %`, `36 uur`, `6 maanden`, `31 oktober 2026`.
pub fn write_value(
    value: FigureValue,
    part: &PartInfo,
    nl: bool,
    out: &mut dyn fmt::Write,
) -> fmt::Result {
    let count = |out: &mut dyn fmt::Write, n: u32, one: (&str, &str), many: (&str, &str)| {
        let (one, many) = if nl { (one.0, many.0) } else { (one.1, many.1) };
        write!(out, "{n} {}", if n == 1 { one } else { many })
    };
    match value {
        FigureValue::Euro(c) => c.write(nl, out),
        FigureValue::Percent(p) => {
            p.write(nl, out)?;
            out.write_str(" %")
        }
        FigureValue::Hours(h) => {
            Pct(h.0).write(nl, out)?;
            out.write_str(if nl { " uur" } else { " hours" })
        }
        FigureValue::Months(n) => count(out, n, ("maand", "month"), ("maanden", "months")),
        FigureValue::Weeks(n) => count(out, n, ("week", "week"), ("weken", "weeks")),
        FigureValue::Years(n) => count(out, n, ("jaar", "year"), ("jaar", "years")),
        FigureValue::Date(d) => d.write(nl, out),
        FigureValue::Bool(b) => out.write_str(match (b, nl) {
            (true, true) => "ja",
            (false, true) => "nee",
            (true, false) => "yes",
            (false, false) => "no",
        }),
        FigureValue::None => out.write_str(if nl { part.none.0 } else { part.none.1 }),
    }
}

impl Serialize for FigureValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            FigureValue::Euro(c) => s.serialize_f64(c.0 as f64 / 100.0),
            FigureValue::Percent(p) => s.serialize_f64(p.0 as f64 / 100.0),
            FigureValue::Hours(h) => s.serialize_f64(h.0 as f64 / 100.0),
            FigureValue::Months(n) | FigureValue::Weeks(n) | FigureValue::Years(n) => {
                s.serialize_u32(n)
            }
            FigureValue::Date(d) => d.serialize(s),
            FigureValue::Bool(b) => s.serialize_bool(b),
            FigureValue::None => s.serialize_none(),
        }
    }
}

/// A figure on a date, serialised as the contract's
/// `{ "key", "name", "name_en", "value", "unit", "valid_from", "status", "source", … }`.
pub struct Row {
    pub figure: &'static Figure,
    pub date: Date,
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Parts<'a, T>(&'a Figure, &'a [T]);
        impl<T: Serialize> Serialize for Parts<'_, T> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.1.len()))?;
                for (p, v) in self.0.parts.iter().zip(self.1) {
                    m.serialize_entry(p.key, v)?;
                }
                m.end()
            }
        }
        let f = self.figure;
        let v = f.at(self.date);
        let units: Vec<&str> = f.parts.iter().map(|p| p.unit.code()).collect();
        let one = f.parts.len() == 1 && f.parts[0].key.is_empty();
        let mut m = s.serialize_map(Some(11))?;
        m.serialize_entry("key", f.key)?;
        m.serialize_entry("name", f.nl)?;
        m.serialize_entry("name_en", f.en)?;
        if one {
            m.serialize_entry("value", &v.values[0])?;
            m.serialize_entry("unit", units[0])?;
        } else {
            m.serialize_entry("value", &Parts(f, v.values))?;
            m.serialize_entry("unit", &Parts(f, &units))?;
        }
        m.serialize_entry("valid_from", &v.value_from)?;
        m.serialize_entry("status", &f.status_on(self.date))?;
        m.serialize_entry("source", v.source)?;
        m.serialize_entry("reference", v.reference)?;
        m.serialize_entry("entry_from", &v.from)?;
        m.serialize_entry(
            "update_months",
            &(f.update_months > 0).then_some(f.update_months),
        )?;
        m.end()
    }
}

/// One value and the day it takes effect (the typed twin of a [`Version`]).
#[derive(Debug)]
pub struct Dated<T: 'static> {
    pub from: Date,
    /// `from` as one number ([`Date::key`]), written by build.rs.
    key: i64,
    pub value: T,
}

/// A figure's values as the engine uses them, with the figure they come from.
#[derive(Debug)]
pub struct Param<T: 'static> {
    pub figure: &'static Figure,
    pub values: &'static [Dated<T>],
}

impl<T> Param<T> {
    /// The value in force on `date` (the earliest one for dates before the table starts).
    #[inline]
    pub fn at(&self, date: Date) -> &Dated<T> {
        let key = date.key();
        self.values
            .iter()
            .rev()
            .find(|v| v.key <= key)
            .unwrap_or(&self.values[0])
    }
}

include!(concat!(env!("OUT_DIR"), "/params.rs"));

/// Figures are known from this day on; earlier peildata are refused by the validation.
pub const EARLIEST_DATE: Date = Date::ymd(2024, 1, 1);

/// The figure with this key.
pub fn figure(key: &str) -> Option<&'static Figure> {
    FIGURES.iter().copied().find(|f| f.key == key)
}

/// What holds for the figures from one day on, until the next epoch: which figures are uncertain
/// (a bit per index in [`FIGURES`]) and the newest valid-from date. Both change only on a
/// version's first day or when a version passes its schedule, so one search per evaluation
/// replaces a look-up in every figure.
#[derive(Debug)]
pub struct Epoch {
    from: Date,
    uncertain: u64,
    valid_from: Date,
}

const _: () = assert!(FIGURES.len() <= 64, "the uncertain set is a u64");

fn epochs() -> &'static [Epoch] {
    static EPOCHS: std::sync::OnceLock<Vec<Epoch>> = std::sync::OnceLock::new();
    EPOCHS.get_or_init(|| {
        // Every day on which something may change, in order (inserted in place: no sort).
        let mut days: Vec<Date> = Vec::new();
        let mut add = |d: Date| {
            let at = days.partition_point(|x| *x < d);
            if days.get(at) != Some(&d) {
                days.insert(at, d);
            }
        };
        for f in FIGURES {
            for v in f.versions {
                add(v.from);
                if f.update_months > 0 {
                    add(v.from.add_months(f.update_months));
                }
            }
        }
        days.into_iter()
            .map(|from| Epoch {
                from,
                uncertain: FIGURES
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.uncertain_on(from))
                    .fold(0, |set, (i, _)| set | 1 << i),
                valid_from: FIGURES
                    .iter()
                    .map(|f| f.at(from).value_from)
                    .max()
                    .unwrap_or(from),
            })
            .collect()
    })
}

fn epoch(date: Date) -> &'static Epoch {
    let e = epochs();
    &e[e.partition_point(|x| x.from <= date).saturating_sub(1)]
}

/// What the figures are on one day: which are uncertain, and the newest valid-from date.
#[derive(Clone, Copy, Debug)]
pub struct On(&'static Epoch);

impl On {
    pub fn date(date: Date) -> On {
        On(epoch(date))
    }

    /// The figures that are not confirmed, or past their schedule, with their index in
    /// [`FIGURES`], in that order.
    pub fn uncertain(self) -> impl Iterator<Item = (usize, &'static Figure)> {
        let mut rest = self.0.uncertain;
        std::iter::from_fn(move || {
            let i = rest.trailing_zeros() as usize;
            (i < 64).then(|| {
                rest &= rest - 1;
                (i, FIGURES[i])
            })
        })
    }

    /// The newest valid-from date among the values in force.
    pub fn valid_from(self) -> Date {
        self.0.valid_from
    }
}

/// The figures that are not confirmed on `date`, or past their schedule, in [`FIGURES`] order.
pub fn uncertain(date: Date) -> impl Iterator<Item = &'static Figure> {
    On::date(date).uncertain().map(|(_, f)| f)
}

/// The newest valid-from date among the values in force on `date`.
pub fn valid_from(date: Date) -> Date {
    On::date(date).valid_from()
}

/// The newest entry of any figure with an update schedule: a peildatum more than a year after it
/// lies beyond what the figures can say. Worked out once (every evaluation asks).
pub fn newest_scheduled() -> Date {
    static NEWEST: std::sync::OnceLock<Date> = std::sync::OnceLock::new();
    *NEWEST.get_or_init(|| {
        FIGURES
            .iter()
            .filter(|f| f.update_months > 0)
            .map(|f| f.versions[f.versions.len() - 1].from)
            .max()
            .unwrap_or(CHECKED)
    })
}

/// Which part of [`YOUTH_PCT`] applies at `age` (`age_15` … `age_20`), `None` from 21 on.
pub fn youth_part(age: u8) -> Option<usize> {
    (age <= 20).then(|| usize::from(age.clamp(15, 20) - 15))
}

/// The youth minimum wage percentage for `age` (15..=20, younger as 15), `None` from 21 on.
pub fn youth_pct(age: u8, date: Date) -> Option<Pct> {
    let p = &YOUTH_PCT.at(date).value;
    let by_part = [p.age_15, p.age_16, p.age_17, p.age_18, p.age_19, p.age_20];
    youth_part(age).map(|i| by_part[i])
}

/// The minimum wage per hour that applies to someone of `age` on `date` (youth wage below 21).
pub fn minimum_wage(age: u8, date: Date) -> Cents {
    let adult = WML_HOURLY.at(date).value;
    match youth_pct(age, date) {
        Some(pct) => adult.pct(pct),
        None => adult,
    }
}

#[cfg(test)]
mod tests;
