//! What the engine returns: per arrangement a verdict, the amounts, and the reasons with their
//! legal basis (the contract's result JSON is a direct serialisation of these types).

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

pub use super::costs::WageCosts;

use super::date::Date;
use super::money::{Cents, Hours};
use super::params::{Figure, FigureStatus};
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

/// A law on wetten.overheid.nl.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Law {
    pub name: &'static str,
    pub bwb: &'static str,
}

pub const WAJONG: &Law = &Law {
    name: "Wajong",
    bwb: "BWBR0008657",
};
pub const ZW: &Law = &Law {
    name: "Ziektewet",
    bwb: "BWBR0001888",
};
pub const WIA: &Law = &Law {
    name: "Wet WIA",
    bwb: "BWBR0019057",
};
pub const PWET: &Law = &Law {
    name: "Participatiewet",
    bwb: "BWBR0015703",
};
pub const WTL: &Law = &Law {
    name: "Wtl",
    bwb: "BWBR0037522",
};
pub const WW: &Law = &Law {
    name: "WW",
    bwb: "BWBR0004045",
};
pub const WML: &Law = &Law {
    name: "Wet minimumloon",
    bwb: "BWBR0002638",
};
pub const BESLUIT_LDP: &Law = &Law {
    name: "Besluit loondispensatie Wajong",
    bwb: "BWBR0020119",
};

/// Where a reason comes from: an article of a law, or a policy document (UWV protocol, regulation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    Article {
        law: &'static Law,
        article: &'static str,
        lid: Option<&'static str>,
    },
    Policy {
        title: &'static str,
        url: &'static str,
    },
}

pub const fn art(law: &'static Law, article: &'static str) -> Basis {
    Basis::Article {
        law,
        article,
        lid: None,
    }
}

pub const fn lid(law: &'static Law, article: &'static str, lid: &'static str) -> Basis {
    Basis::Article {
        law,
        article,
        lid: Some(lid),
    }
}

pub const fn policy(title: &'static str, url: &'static str) -> Basis {
    Basis::Policy { title, url }
}

impl Basis {
    /// "Ziektewet art. 29b lid 2"
    pub fn label(&self) -> String {
        match self {
            Basis::Article {
                law,
                article,
                lid: None,
            } => format!("{} art. {}", law.name, article),
            Basis::Article {
                law,
                article,
                lid: Some(l),
            } => format!("{} art. {} lid {}", law.name, article, l),
            Basis::Policy { title, .. } => title.to_string(),
        }
    }

    /// A stable link: the official JCI reference of the article on wetten.overheid.nl.
    pub fn url(&self) -> String {
        match self {
            Basis::Article { law, article, lid } => {
                let mut u = format!(
                    "https://wetten.overheid.nl/jci1.3:c:{}&artikel={}",
                    law.bwb, article
                );
                if let Some(l) = lid {
                    u.push_str("&lid=");
                    u.push_str(l);
                }
                u
            }
            Basis::Policy { url, .. } => url.to_string(),
        }
    }
}

/// One step of the explanation, in Dutch (B1) and English, with its legal basis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reason {
    pub text: Text,
    pub basis: &'static Basis,
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("text", &self.text.in_lang(true))?;
        m.serialize_entry("text_en", &self.text.in_lang(false))?;
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

/// Amounts in a fixed order (serialised as a JSON object).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Amounts(pub Vec<(&'static str, Amount)>);

impl Amounts {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn get(&self, key: &str) -> Option<Amount> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, a)| *a)
    }
    pub fn euro(&self, key: &str) -> Option<Cents> {
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
            m.serialize_entry(k, v)?;
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

/// One arrangement's verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Decision {
    pub status: Status,
    pub reasons: Vec<Reason>,
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
    pub fn new(status: Status, reasons: Vec<Reason>) -> Decision {
        Decision {
            status,
            reasons,
            amounts: Amounts::default(),
            duration_years: None,
            provider: None,
            category: None,
        }
    }
}

/// Builds a decision's reasons in the order a person would explain them.
pub struct Why(pub Vec<Reason>);

impl Default for Why {
    /// Room for the most reasons a decision gives, so that adding never reallocates.
    fn default() -> Why {
        Why(Vec::with_capacity(8))
    }
}

impl Why {
    #[inline(always)]
    pub fn add(&mut self, basis: &'static Basis, text: Text) -> &mut Self {
        self.0.push(Reason { text, basis });
        self
    }
    pub fn done(&mut self, status: Status) -> Decision {
        Decision::new(status, std::mem::take(&mut self.0))
    }
}

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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Arrangements {
    pub loondispensatie: Decision,
    pub no_riskpolis: Decision,
    pub jobcoach: Decision,
    pub lkv: Decision,
    pub loonkostensubsidie: Decision,
    pub proefplaatsing: Decision,
    /// Lage-inkomensvoordeel: only for peildata before its abolition on 2025-01-01.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub liv: Option<Decision>,
}

impl Arrangements {
    /// (contract key, decision) for every arrangement present, in display order.
    /// The contract's keys of the arrangements always evaluated, in display order (LIV, only for
    /// dates before 2025, comes after them).
    pub const KEYS: [&'static str; 6] = [
        "loondispensatie",
        "no_riskpolis",
        "jobcoach",
        "lkv",
        "loonkostensubsidie",
        "proefplaatsing",
    ];

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Decision)> {
        Iter {
            arrangements: self,
            next: 0,
        }
    }

    /// The `i`th arrangement in display order (LIV, when present, is the 7th).
    pub(crate) fn get(&self, i: usize) -> Option<(&'static str, &Decision)> {
        let decision = match i {
            0 => &self.loondispensatie,
            1 => &self.no_riskpolis,
            2 => &self.jobcoach,
            3 => &self.lkv,
            4 => &self.loonkostensubsidie,
            5 => &self.proefplaatsing,
            _ => return self.liv.as_ref().filter(|_| i == 6).map(|d| ("liv", d)),
        };
        Some((Self::KEYS[i], decision))
    }
}

/// [`Arrangements::iter`]: a position instead of a chain of adapters (it runs for every
/// evaluation that is summarised).
struct Iter<'a> {
    arrangements: &'a Arrangements,
    next: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'static str, &'a Decision);
    fn next(&mut self) -> Option<Self::Item> {
        let item = self.arrangements.get(self.next)?;
        self.next += 1;
        Some(item)
    }
}

/// Something the employer does next for an arrangement that applies, with its deadline if it has one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub arrangement: &'static str,
    pub text: Text,
    pub deadline: Option<Date>,
    pub basis: &'static Basis,
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("arrangement", self.arrangement)?;
        m.serialize_entry("text", &self.text.in_lang(true))?;
        m.serialize_entry("text_en", &self.text.in_lang(false))?;
        m.serialize_entry("deadline", &self.deadline)?;
        m.serialize_entry("law", &self.basis.label())?;
        m.serialize_entry("url", &self.basis.url())?;
        m.end()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub date: Date,
    pub arrangements: Arrangements,
    /// The newest valid-from date among the figures used ("bedragen geldig vanaf …").
    pub parameters_valid_from: Date,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<Notice>,
    /// The employer's wage costs without and with the arrangements that apply (an estimate).
    pub costs: WageCosts,
    /// What to do next for the arrangements that apply, in order of deadline.
    pub next_steps: Vec<Step>,
}
