//! The arrangements the check knows, each defined once: its contract key, its place among the
//! result cards, its name in Dutch and English. Everything else — the result JSON, the wage costs,
//! the next steps, the batch columns, the cards — goes through [`Arrangement`], so adding one is a
//! variant here, and the compiler points at every `match` that must learn it (among them the
//! module that decides it, in `rules/mod.rs`).

use serde::{Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Arrangement {
    Loondispensatie,
    NoRiskpolis,
    Jobcoach,
    Lkv,
    Loonkostensubsidie,
    Proefplaatsing,
    /// Voorzieningen: workplace adaptations, aids, transport, an interpreter.
    Werkplekaanpassing,
    /// UWV's support to keep a Wajonger in the job (a current employee).
    Werkbehoud,
    /// Lage-inkomensvoordeel: only for peildata before its abolition on 2025-01-01.
    Liv,
}

impl Arrangement {
    /// Every arrangement, in the order of the result cards.
    pub const ALL: [Arrangement; 9] = [
        Arrangement::Loondispensatie,
        Arrangement::NoRiskpolis,
        Arrangement::Jobcoach,
        Arrangement::Lkv,
        Arrangement::Loonkostensubsidie,
        Arrangement::Proefplaatsing,
        Arrangement::Werkplekaanpassing,
        Arrangement::Werkbehoud,
        Arrangement::Liv,
    ];

    /// Those in every result, whatever the date: all but LIV (only before 2025), the last.
    pub const ALWAYS: [Arrangement; 8] = {
        let mut always = [Arrangement::Loondispensatie; 8];
        let mut i = 0;
        while i < always.len() {
            always[i] = Arrangement::ALL[i];
            i += 1;
        }
        always
    };

    /// The contract's key (`../shared/contract/` §2), also the card's `data-result`.
    pub const fn key(self) -> &'static str {
        match self {
            Arrangement::Loondispensatie => "loondispensatie",
            Arrangement::NoRiskpolis => "no_riskpolis",
            Arrangement::Jobcoach => "jobcoach",
            Arrangement::Lkv => "lkv",
            Arrangement::Loonkostensubsidie => "loonkostensubsidie",
            Arrangement::Proefplaatsing => "proefplaatsing",
            Arrangement::Werkplekaanpassing => "werkplekaanpassing",
            Arrangement::Werkbehoud => "werkbehoud",
            Arrangement::Liv => "liv",
        }
    }

    pub fn from_key(key: &str) -> Option<Arrangement> {
        Arrangement::ALL.into_iter().find(|a| a.key() == key)
    }

    /// A short name, for the outcome at a glance next to the form.
    pub const fn short_name(self, nl: bool) -> &'static str {
        let names = match self {
            Arrangement::Loondispensatie => ("Loondispensatie", "Wage dispensation"),
            Arrangement::NoRiskpolis => ("No-riskpolis", "No-risk policy"),
            Arrangement::Jobcoach => ("Jobcoach", "Job coach"),
            Arrangement::Lkv => ("LKV", "LKV"),
            Arrangement::Loonkostensubsidie => ("Loonkostensubsidie", "Wage cost subsidy"),
            Arrangement::Proefplaatsing => ("Proefplaatsing", "Trial placement"),
            Arrangement::Werkplekaanpassing => ("Werkplek", "Workplace"),
            Arrangement::Werkbehoud => ("Werkbehoud", "Keeping the job"),
            Arrangement::Liv => ("LIV", "LIV"),
        };
        in_lang(nl, names)
    }

    /// Its name on the card, in the batch table and in the gespreksverslag.
    pub const fn name(self, nl: bool) -> &'static str {
        let names = match self {
            Arrangement::Loondispensatie => {
                ("Loondispensatie", "Wage dispensation (loondispensatie)")
            }
            Arrangement::NoRiskpolis => ("No-riskpolis", "No-risk policy (no-riskpolis)"),
            Arrangement::Jobcoach => ("Jobcoach", "Job coach"),
            Arrangement::Lkv => ("Loonkostenvoordeel (LKV)", "Wage cost benefit (LKV)"),
            Arrangement::Loonkostensubsidie => (
                "Loonkostensubsidie (gemeente)",
                "Wage cost subsidy (municipality)",
            ),
            Arrangement::Proefplaatsing => ("Proefplaatsing", "Trial placement (proefplaatsing)"),
            Arrangement::Werkplekaanpassing => (
                "Werkplekaanpassing en hulpmiddelen",
                "Workplace adaptation and aids",
            ),
            Arrangement::Werkbehoud => ("Werkbehoud (UWV)", "Keeping the job (werkbehoud, UWV)"),
            Arrangement::Liv => ("Lage-inkomensvoordeel (LIV)", "Low-income benefit (LIV)"),
        };
        in_lang(nl, names)
    }

    /// The scenario's inputs (paths of [`super::scenario::field`]) this arrangement's decision depends
    /// on: while one of them is missing or wrong, its card waits for it; the others keep their answer.
    /// Every arrangement reads the date (its figures and rules are those of that day). A property test
    /// (`tests/properties.rs`) checks that changing any other input never changes the decision.
    pub const fn reads(self) -> &'static [&'static str] {
        use super::scenario::field::*;
        match self {
            Arrangement::Loondispensatie => &[
                ALREADY_EMPLOYED,
                BENEFIT,
                WAJONG_WORK_CAPACITY,
                AGE,
                WSW,
                DATE,
                HOURS_PER_WEEK,
                HOURLY_WAGE,
                CONTRACT_MONTHS,
                LOONWAARDE_PCT,
            ],
            Arrangement::NoRiskpolis => &[
                ALREADY_EMPLOYED,
                BENEFIT,
                TARGET_GROUP_REGISTER,
                STRUCTURAL_LIMITATION,
                WSW,
                DATE,
            ],
            Arrangement::Jobcoach => &[
                ALREADY_EMPLOYED,
                BENEFIT,
                WAJONG_WORK_CAPACITY,
                STRUCTURAL_LIMITATION,
                WSW,
                DATE,
                HOURS_PER_WEEK,
                CONTRACT_MONTHS,
                LOONWAARDE_PCT,
            ],
            Arrangement::Lkv => &[
                ALREADY_EMPLOYED,
                BENEFIT,
                TARGET_GROUP_REGISTER,
                AGE,
                WSW,
                DATE,
                HOURS_PER_WEEK,
            ],
            Arrangement::Loonkostensubsidie => &[
                ALREADY_EMPLOYED,
                BENEFIT,
                TARGET_GROUP_REGISTER,
                AGE,
                WSW,
                DATE,
                HOURS_PER_WEEK,
                LOONWAARDE_PCT,
            ],
            Arrangement::Proefplaatsing => &[ALREADY_EMPLOYED, BENEFIT, DATE, CONTRACT_MONTHS],
            Arrangement::Werkplekaanpassing => &[
                ALREADY_EMPLOYED,
                BENEFIT,
                STRUCTURAL_LIMITATION,
                WSW,
                DATE,
                CONTRACT_MONTHS,
            ],
            Arrangement::Werkbehoud => &[ALREADY_EMPLOYED, BENEFIT, WSW, DATE],
            Arrangement::Liv => &[ALREADY_EMPLOYED, AGE, DATE, HOURS_PER_WEEK, HOURLY_WAGE],
        }
    }

    /// Whether it pays towards the wage, and so lowers the employer's wage costs (the no-riskpolis,
    /// the jobcoach and the proefplaatsing help otherwise).
    pub const fn lowers_wage_costs(self) -> bool {
        match self {
            Arrangement::Loondispensatie
            | Arrangement::Lkv
            | Arrangement::Loonkostensubsidie
            | Arrangement::Liv => true,
            Arrangement::NoRiskpolis
            | Arrangement::Jobcoach
            | Arrangement::Proefplaatsing
            | Arrangement::Werkplekaanpassing
            | Arrangement::Werkbehoud => false,
        }
    }
}

impl Serialize for Arrangement {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

impl std::fmt::Display for Arrangement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// The Dutch or the English of a (Dutch, English) pair.
const fn in_lang(nl: bool, (dutch, english): (&'static str, &'static str)) -> &'static str {
    if nl {
        dutch
    } else {
        english
    }
}
