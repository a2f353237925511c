//! What the engine returns: per arrangement a verdict, the amounts, and the reasons with their
//! legal basis (the contract's result JSON is a direct serialisation of these types).

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use smallvec::SmallVec;

use super::arrangement::Arrangement;
use super::date::Date;
use super::law::Basis;
use super::money::{Cents, Hours};
use super::params::{Figure, FigureStatus};
use super::text::Msg;
pub use super::text::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Eligible,
    NotEligible,
    NeedsInfo,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::NotEligible => "not_eligible",
            Status::NeedsInfo => "needs_info",
        }
    }
}

/// One step of the explanation, in Dutch (B1) and English, with its legal basis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reason {
    pub text: Text,
    pub basis: &'static Basis,
    /// Said of a current employee: "uw werknemer", not "uw kandidaat" ([`for_an_employee`]).
    pub employee: bool,
}

impl Reason {
    pub const fn new(basis: &'static Basis, text: Text) -> Reason {
        Reason {
            text,
            basis,
            employee: false,
        }
    }

    /// The reason in Dutch (`nl`) or English, about an employee when it is one.
    pub fn text(&self, nl: bool) -> String {
        let text = self.text.text(nl);
        if self.employee {
            for_an_employee(&text, nl)
        } else {
            text
        }
    }
}

/// A text about a candidate, said of someone who already works for the employer: "uw werknemer"
/// instead of "uw kandidaat", "your employee" instead of "your candidate".
pub fn for_an_employee(text: &str, nl: bool) -> String {
    if nl {
        text.replace("kandidaat", "werknemer")
    } else {
        text.replace("a candidate", "an employee")
            .replace("candidate", "employee")
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        if self.employee {
            m.serialize_entry("text", &self.text(true))?;
            m.serialize_entry("text_en", &self.text(false))?;
        } else {
            m.serialize_entry("text", &self.text.in_lang(true))?;
            m.serialize_entry("text_en", &self.text.in_lang(false))?;
        }
        m.serialize_entry("law", &self.basis.label())?;
        m.serialize_entry("url", &self.basis.url())?;
        m.end()
    }
}

/// An amount in a result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    Euro(Cents),
    Hours(Hours),
    Count(i64),
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Amount::Euro(c) => s.serialize_f64(c.0 as f64 / 100.0),
            Amount::Hours(h) => s.serialize_f64(h.0 as f64 / 100.0),
            Amount::Count(n) => s.serialize_i64(*n),
        }
    }
}

/// What an amount in a result is: its key in the contract's `amounts` object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountKey {
    /// Loondispensatie: the hourly wage the employer pays.
    EmployerHourlyWage,
    SavingPerYear,
    SavingPerMonth,
    /// The saving at the loonwaarde's margin of error, below and above.
    SavingPerYearLow,
    SavingPerYearHigh,
    /// The saving counted on the minimum wage (the law's reading), when the wage is higher.
    SavingPerYearWmlBasis,
    /// No-riskpolis: the highest daily wage UWV counts.
    MaxDagloon,
    /// Jobcoach: coaching hours a year, in the first three years.
    CoachingHoursYear1,
    CoachingHoursYear2,
    CoachingHoursYear3,
    /// LKV, LIV, loonkostensubsidie: the amount a year (and a month).
    PerYear,
    PerMonth,
    /// LKV: for how many years (absent: as long as the job lasts), at what rate per hour.
    Years,
    RatePerHour,
    /// Loonkostensubsidie: the minimum wage a month it is counted on, and the allowance for the
    /// employer's charges on top.
    MinimumWagePerMonth,
    EmployerCostsAllowancePerMonth,
}

impl AmountKey {
    pub const ALL: [AmountKey; 16] = [
        AmountKey::EmployerHourlyWage,
        AmountKey::SavingPerYear,
        AmountKey::SavingPerMonth,
        AmountKey::SavingPerYearLow,
        AmountKey::SavingPerYearHigh,
        AmountKey::SavingPerYearWmlBasis,
        AmountKey::MaxDagloon,
        AmountKey::CoachingHoursYear1,
        AmountKey::CoachingHoursYear2,
        AmountKey::CoachingHoursYear3,
        AmountKey::PerYear,
        AmountKey::PerMonth,
        AmountKey::Years,
        AmountKey::RatePerHour,
        AmountKey::MinimumWagePerMonth,
        AmountKey::EmployerCostsAllowancePerMonth,
    ];

    pub fn from_key(key: &str) -> Option<AmountKey> {
        AmountKey::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The contract's key in `amounts`.
    pub const fn key(self) -> &'static str {
        match self {
            AmountKey::EmployerHourlyWage => "employer_hourly_wage",
            AmountKey::SavingPerYear => "saving_per_year",
            AmountKey::SavingPerMonth => "saving_per_month",
            AmountKey::SavingPerYearLow => "saving_per_year_low",
            AmountKey::SavingPerYearHigh => "saving_per_year_high",
            AmountKey::SavingPerYearWmlBasis => "saving_per_year_wml_basis",
            AmountKey::MaxDagloon => "max_dagloon",
            AmountKey::CoachingHoursYear1 => "coaching_hours_year1",
            AmountKey::CoachingHoursYear2 => "coaching_hours_year2",
            AmountKey::CoachingHoursYear3 => "coaching_hours_year3",
            AmountKey::PerYear => "per_year",
            AmountKey::PerMonth => "per_month",
            AmountKey::Years => "years",
            AmountKey::RatePerHour => "rate_per_hour",
            AmountKey::MinimumWagePerMonth => "minimum_wage_per_month",
            AmountKey::EmployerCostsAllowancePerMonth => "employer_costs_allowance_per_month",
        }
    }
}

/// The most amounts one decision gives (loondispensatie's six): held in the decision itself.
pub const MAX_AMOUNTS: usize = 6;

/// Amounts in a fixed order (serialised as a JSON object), held in the decision: evaluating
/// allocates nothing for them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Amounts(pub SmallVec<[(AmountKey, Amount); MAX_AMOUNTS]>);

impl Amounts {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn get(&self, key: AmountKey) -> Option<Amount> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, a)| *a)
    }
    pub fn euro(&self, key: AmountKey) -> Option<Cents> {
        match self.get(key) {
            Some(Amount::Euro(c)) => Some(c),
            _ => None,
        }
    }
}

impl Serialize for Amounts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k.key(), v)?;
        }
        m.end()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    Uwv,
    Gemeente,
}

/// The no-riskpolis's cover: a number of years, or no fixed end while the person works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cover {
    Years(u32),
    WhileEmployed,
}

/// The most reasons one decision gives (loondispensatie: 7) and one to spare, held in the decision
/// itself; more (none today: a property test checks it) would move to the heap, never be lost.
pub const MAX_REASONS: usize = 8;

/// A decision's reasons, in the order a person would explain them (read it as a slice).
pub type Reasons = SmallVec<[Reason; MAX_REASONS]>;

/// One arrangement's verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Decision {
    pub status: Status,
    pub reasons: Reasons,
    #[serde(skip_serializing_if = "Amounts::is_empty")]
    pub amounts: Amounts,
    /// Only on the no-riskpolis, when eligible: years, or `null` for no fixed end.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "ser_cover")]
    pub duration_years: Option<Cover>,
    /// Only on the jobcoach, when eligible: who grants and pays it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    /// LKV: the category that gives the highest amount (`banenafspraak`, `arbeidsgehandicapt`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'static str>,
}

fn ser_cover<S: Serializer>(c: &Option<Cover>, s: S) -> Result<S::Ok, S::Error> {
    match c {
        Some(Cover::Years(y)) => s.serialize_u32(*y),
        _ => s.serialize_none(),
    }
}

impl Decision {
    /// A decision without reasons yet, for the rules to fill in place ([`Conditions`]): an
    /// evaluation builds its decisions where they stay, without moving them.
    ///
    /// [`Conditions`]: super::decide::Conditions
    pub fn empty() -> Decision {
        Decision {
            status: Status::NeedsInfo,
            reasons: SmallVec::new(),
            amounts: Amounts::default(),
            duration_years: None,
            provider: None,
            category: None,
        }
    }

    /// Back to [`Decision::empty`], in place.
    pub fn clear(&mut self) {
        self.status = Status::NeedsInfo;
        self.reasons.clear();
        self.amounts.0.clear();
        self.duration_years = None;
        self.provider = None;
        self.category = None;
    }
}

/// The most notices a result usually has, held in it (more move to the heap).
pub type Notices = SmallVec<[Notice; 4]>;

/// The next steps ([`Evaluation::next_steps`](super::Evaluation::next_steps)): at most one per
/// arrangement, worked out when shown.
pub type Steps = Vec<Step>;

/// Something the whole result should say: a figure that may be out of date (with its key in
/// `steunwijzer params`), a peildatum beyond the figures, a wage below the minimum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Notice {
    Text(Text),
    /// The figure in force on the date is not confirmed, or is past its update schedule; `part`:
    /// only that part of it matters (the youth percentage of the person's age).
    Figure {
        figure: &'static Figure,
        date: Date,
        part: Option<usize>,
    },
}

impl Notice {
    pub fn new(text: Text) -> Notice {
        Notice::Text(text)
    }

    pub fn figure(figure: &'static Figure, date: Date, part: Option<usize>) -> Notice {
        Notice::Figure { figure, date, part }
    }

    /// The figure's key, for a notice about a figure.
    pub fn param(&self) -> Option<&'static str> {
        match self {
            Notice::Figure { figure, .. } => Some(figure.key),
            Notice::Text(_) => None,
        }
    }

    /// The notice in Dutch (`nl`) or English.
    pub fn text(&self, nl: bool) -> String {
        let mut out = String::new();
        let _ = self.write(nl, &mut out);
        out
    }

    /// "Maximumdagloon: we rekenen met € 304,25, het bedrag vanaf 1 januari 2026. …"
    pub fn write(&self, nl: bool, out: &mut dyn std::fmt::Write) -> std::fmt::Result {
        let (figure, date, part) = match self {
            Notice::Text(t) => return t.write(nl, out).map(|_| ()),
            Notice::Figure { figure, date, part } => (*figure, *date, *part),
        };
        let v = figure.at(date);
        out.write_str(if nl { figure.nl } else { figure.en })?;
        out.write_str(if nl { ": we rekenen met " } else { ": we use " })?;
        figure.write_parts(date, part, nl, out)?;
        out.write_str(if nl {
            ", geldig vanaf "
        } else {
            ", valid from "
        })?;
        v.value_from.write(nl, out)?;
        out.write_str(". ")?;
        let why = match (figure.status_on(date), nl) {
            (FigureStatus::Announced, true) => {
                "Dit is aangekondigd, maar nog niet officieel vastgesteld."
            }
            (FigureStatus::Announced, false) => "This has been announced but is not yet official.",
            (_, true) => "Er kan inmiddels een nieuwer bedrag zijn; deze versie kent het nog niet.",
            (_, false) => "A newer figure may exist by now; this version does not know it yet.",
        };
        out.write_str(why)
    }
}

impl Serialize for Notice {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Lang<'a>(&'a Notice, bool);
        impl Serialize for Lang<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0.text(self.1))
            }
        }
        let param = self.param();
        let mut m = s.serialize_map(Some(if param.is_some() { 3 } else { 2 }))?;
        m.serialize_entry("text", &Lang(self, true))?;
        m.serialize_entry("text_en", &Lang(self, false))?;
        if let Some(key) = param {
            m.serialize_entry("param", key)?;
        }
        m.end()
    }
}

/// Every arrangement's decision. The fields are typed access for the rules and tests; everything
/// that goes over all of them ([`Arrangements::iter`], the JSON) goes through [`Arrangement`].
#[derive(Clone, Debug, PartialEq)]
pub struct Arrangements {
    pub loondispensatie: Decision,
    pub no_riskpolis: Decision,
    pub jobcoach: Decision,
    pub lkv: Decision,
    pub loonkostensubsidie: Decision,
    pub proefplaatsing: Decision,
    pub werkplekaanpassing: Decision,
    pub werkbehoud: Decision,
    /// Lage-inkomensvoordeel: only for peildata before its abolition on 2025-01-01.
    pub liv: Option<Decision>,
}

impl Arrangements {
    /// Every decision empty, to be filled in place; no LIV.
    pub fn empty() -> Arrangements {
        Arrangements {
            loondispensatie: Decision::empty(),
            no_riskpolis: Decision::empty(),
            jobcoach: Decision::empty(),
            lkv: Decision::empty(),
            loonkostensubsidie: Decision::empty(),
            proefplaatsing: Decision::empty(),
            werkplekaanpassing: Decision::empty(),
            werkbehoud: Decision::empty(),
            liv: None,
        }
    }

    /// The decision on `a`, if it is in the result.
    pub fn get(&self, a: Arrangement) -> Option<&Decision> {
        Some(match a {
            Arrangement::Loondispensatie => &self.loondispensatie,
            Arrangement::NoRiskpolis => &self.no_riskpolis,
            Arrangement::Jobcoach => &self.jobcoach,
            Arrangement::Lkv => &self.lkv,
            Arrangement::Loonkostensubsidie => &self.loonkostensubsidie,
            Arrangement::Proefplaatsing => &self.proefplaatsing,
            Arrangement::Werkplekaanpassing => &self.werkplekaanpassing,
            Arrangement::Werkbehoud => &self.werkbehoud,
            Arrangement::Liv => return self.liv.as_ref(),
        })
    }

    /// The decision on `a`, to change it.
    pub fn get_mut(&mut self, a: Arrangement) -> Option<&mut Decision> {
        Some(match a {
            Arrangement::Loondispensatie => &mut self.loondispensatie,
            Arrangement::NoRiskpolis => &mut self.no_riskpolis,
            Arrangement::Jobcoach => &mut self.jobcoach,
            Arrangement::Lkv => &mut self.lkv,
            Arrangement::Loonkostensubsidie => &mut self.loonkostensubsidie,
            Arrangement::Proefplaatsing => &mut self.proefplaatsing,
            Arrangement::Werkplekaanpassing => &mut self.werkplekaanpassing,
            Arrangement::Werkbehoud => &mut self.werkbehoud,
            Arrangement::Liv => return self.liv.as_mut(),
        })
    }

    /// Applies `f` to every decision present.
    pub fn for_each_decision(&mut self, mut f: impl FnMut(&mut Decision)) {
        for a in Arrangement::ALL {
            if let Some(d) = self.get_mut(a) {
                f(d);
            }
        }
    }

    /// (arrangement, decision) for every arrangement present, in the order of the cards.
    pub fn iter(&self) -> impl Iterator<Item = (Arrangement, &Decision)> {
        Arrangement::ALL
            .into_iter()
            .filter_map(move |a| self.get(a).map(|d| (a, d)))
    }
}

impl Serialize for Arrangements {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for (a, d) in self.iter() {
            m.serialize_entry(a.key(), d)?;
        }
        m.end()
    }
}

/// Something the employer does next for an arrangement that applies or needs more information (then:
/// what to find out, and from whom), with its deadline if it has one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub arrangement: Arrangement,
    pub text: Text,
    pub deadline: Option<Date>,
    pub basis: &'static Basis,
    /// The last day on which the step can be done as `text` says, and what to say instead once that
    /// day has passed (the engine does not know today; the page does): a template that takes the
    /// first of `text`'s arguments, so that evaluating builds no second text.
    pub late: Option<(Date, &'static Msg)>,
}

impl Step {
    /// The text on `today`: the step, or what still can be done once its last day has passed.
    pub fn text_on(&self, today: Date) -> Text {
        match self.late {
            Some((last, msg)) if today > last => self.text.with_msg(msg),
            _ => self.text,
        }
    }
    /// Whether the step's last day has passed on `today`.
    pub fn too_late(&self, today: Date) -> bool {
        self.late.is_some_and(|(last, _)| today > last)
    }
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("arrangement", &self.arrangement)?;
        m.serialize_entry("text", &self.text.in_lang(true))?;
        m.serialize_entry("text_en", &self.text.in_lang(false))?;
        m.serialize_entry("deadline", &self.deadline)?;
        m.serialize_entry("law", &self.basis.label())?;
        m.serialize_entry("url", &self.basis.url())?;
        m.end()
    }
}
