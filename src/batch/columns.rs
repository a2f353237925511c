//! What the columns of an adviser's sheet mean, and how their cells are read as people type them.
//!
//! A header cell names a column by the contract's input name (`employee.age`), by the page's label
//! in Dutch or English (`Leeftijd`, `Age`, or the form's question), or by a common other name
//! (`Uurloon`, `Maandloon`). Headers and words are compared by [`key`]: case, spaces and punctuation
//! do not count, so `Loonwaarde (%)`, `loonwaarde` and `LOONWAARDE %` are the same column.

use crate::app::i18n::{EN, NL};
use crate::form::field;
use crate::rules::{Benefit, Date};

/// How a column's cells are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Ja / nee / weet ik niet; an empty cell is "weet ik niet".
    YesNoUnknown,
    /// Ja / nee, without "weet ik niet" (the Wsw); an empty cell is "nee".
    YesNo,
    Benefit,
    Date,
    /// A number as typed in the form (`14,71`, `€ 1.250,00`, `60%`); the form reads it.
    Number,
}

/// One column the check knows: the form field it fills, its name in the output and the example
/// file, and the other names people give it.
#[derive(Debug)]
pub struct Column {
    pub field: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
    pub aliases: &'static [&'static str],
    pub kind: Kind,
}

impl Column {
    pub fn label(&self, nl: bool) -> &'static str {
        if nl {
            self.nl
        } else {
            self.en
        }
    }
}

/// Every column the check reads, in the form's order.
pub const COLUMNS: [Column; 13] = [
    Column {
        field: field::ALREADY_EMPLOYED,
        nl: "Werkt al bij u",
        en: "Already works for you",
        aliases: &[
            "al in dienst",
            "in dienst",
            "werknemer",
            "already employed",
            "employee",
        ],
        kind: Kind::YesNoUnknown,
    },
    Column {
        field: field::BENEFIT,
        nl: "Uitkering",
        en: "Benefit",
        aliases: &["uitkering nu", "benefit now"],
        kind: Kind::Benefit,
    },
    Column {
        field: field::WAJONG_WORK_CAPACITY,
        nl: "Arbeidsvermogen (Wajong)",
        en: "Work capacity (Wajong)",
        aliases: &["arbeidsvermogen", "work capacity"],
        kind: Kind::YesNoUnknown,
    },
    Column {
        field: field::TARGET_GROUP_REGISTER,
        nl: "Doelgroepregister",
        en: "Target group register",
        aliases: &[
            "doelgroepregister banenafspraak",
            "banenafspraak",
            "register",
        ],
        kind: Kind::YesNoUnknown,
    },
    Column {
        field: field::STRUCTURAL_LIMITATION,
        nl: "Blijvende beperking",
        en: "Lasting limitation",
        aliases: &["beperking", "structurele beperking", "limitation"],
        kind: Kind::YesNoUnknown,
    },
    Column {
        field: field::AGE,
        nl: "Leeftijd",
        en: "Age",
        aliases: &["leeftijd in jaren", "age in years"],
        kind: Kind::Number,
    },
    Column {
        field: field::WSW,
        nl: "Wsw",
        en: "Wsw",
        aliases: &["sociale werkvoorziening", "sheltered employment"],
        kind: Kind::YesNo,
    },
    Column {
        field: field::DATE,
        nl: "Startdatum",
        en: "Start date",
        aliases: &[
            "peildatum",
            "datum",
            "date",
            "start",
            "begindatum",
            "datum in dienst",
        ],
        kind: Kind::Date,
    },
    Column {
        field: field::HOURS_PER_WEEK,
        nl: "Uren per week",
        en: "Hours per week",
        aliases: &[
            "uren",
            "uur per week",
            "hours",
            "contracturen",
            "arbeidsduur",
        ],
        kind: Kind::Number,
    },
    Column {
        field: field::HOURLY_WAGE,
        nl: "Brutoloon per uur",
        en: "Gross hourly wage",
        aliases: &[
            "uurloon",
            "loon per uur",
            "brutouurloon",
            "hourly wage",
            "wage per hour",
        ],
        kind: Kind::Number,
    },
    Column {
        field: field::MONTHLY_WAGE,
        nl: "Brutoloon per maand",
        en: "Gross monthly wage",
        aliases: &[
            "maandloon",
            "loon per maand",
            "brutomaandloon",
            "monthly wage",
            "salaris",
        ],
        kind: Kind::Number,
    },
    Column {
        field: field::CONTRACT_MONTHS,
        nl: "Contract in maanden",
        en: "Contract in months",
        aliases: &[
            "contractduur",
            "contract",
            "duur contract",
            "contract maanden",
            "maanden",
            "contract length",
            "contract months",
            "months",
        ],
        kind: Kind::Number,
    },
    Column {
        field: field::LOONWAARDE_PCT,
        nl: "Loonwaarde in procenten",
        en: "Wage value in percent",
        aliases: &["loonwaarde", "loonwaarde %", "wage value", "productiviteit"],
        kind: Kind::Number,
    },
];

/// A header or a word as it is compared: ASCII letters in lower case and digits, with spaces,
/// punctuation and other ASCII signs left out (non-ASCII letters stay as they are, so no Unicode
/// case tables reach the wasm).
pub fn key(s: &str) -> String {
    keyed(s).collect()
}

fn keyed(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| {
            c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace() && *c != '\u{feff}')
        })
        .map(|c| c.to_ascii_lowercase())
}

/// Whether two names are the same by [`key`], without making either key (each benefit cell is
/// compared with some thirty names).
fn same(a: &str, b: &str) -> bool {
    keyed(a).eq(keyed(b))
}

/// The column a header cell names, if the check knows it.
pub fn column_of(header: &str) -> Option<usize> {
    let k = key(header);
    if k.is_empty() {
        return None;
    }
    COLUMNS.iter().position(|c| {
        [c.field, c.nl, c.en]
            .into_iter()
            .chain(c.aliases.iter().copied())
            .map(key)
            .chain([key(&NL.short_label(c.field)), key(&EN.short_label(c.field))])
            .any(|name| name == k)
    })
}

/// The form's value for a yes/no/don't-know cell: `"true"`, `"false"` or `"unknown"`.
pub fn yes_no_unknown(cell: &str) -> Option<&'static str> {
    match key(cell).as_str() {
        "ja" | "j" | "yes" | "y" | "true" | "waar" | "1" => Some("true"),
        "nee" | "n" | "no" | "false" | "onwaar" | "0" => Some("false"),
        "" | "weetikniet" | "weetniet" | "onbekend" | "unknown" | "idontknow" | "dontknow"
        | "null" | "nvt" | "na" => Some("unknown"),
        _ => None,
    }
}

/// The form's value for a yes/no cell without "don't know" (the Wsw): empty is no.
pub fn yes_no(cell: &str) -> Option<&'static str> {
    match key(cell).as_str() {
        "" => Some("false"),
        _ => yes_no_unknown(cell).filter(|v| *v != "unknown"),
    }
}

/// Words for a benefit besides its code and the form's labels in both languages.
const BENEFIT_WORDS: [(Benefit, &[&str]); 5] = [
    (
        Benefit::Wia,
        &["wga", "iva", "wia wga", "wia iva", "wia-uitkering"],
    ),
    (
        Benefit::Ww,
        &["werkloosheidswet", "werkloosheidsuitkering", "unemployment"],
    ),
    (
        Benefit::Participatiewet,
        &[
            "bijstand",
            "participatiewet",
            "pw",
            "bijstand / participatiewet",
            "social assistance",
            "bijstandsuitkering",
        ],
    ),
    (Benefit::NoBenefit, &["geen", "nee", "no", "none"]),
    (
        Benefit::Unknown,
        &["", "weet niet", "onbekend", "unknown", "don't know", "?"],
    ),
];

/// The benefit a cell names: its code, the form's label in Dutch or English, or a common word
/// (`Bijstand`, `WGA`); an empty cell is "weet ik niet".
pub fn benefit(cell: &str) -> Option<Benefit> {
    Benefit::ALL.into_iter().find(|b| {
        [
            b.code(),
            NL.benefit_label(b.code()),
            EN.benefit_label(b.code()),
        ]
        .into_iter()
        .chain(
            BENEFIT_WORDS
                .iter()
                .filter(|(w, _)| w == b)
                .flat_map(|(_, words)| words.iter().copied()),
        )
        .any(|name| same(name, cell))
    })
}

/// A date as people write it: `2026-07-01`, or day first as a Dutch spreadsheet does: `1-7-2026`,
/// `01/07/2026`, `1.7.2026`.
pub fn date(cell: &str) -> Option<Date> {
    let cell = cell.trim();
    if let Some(d) = Date::parse(cell) {
        return Some(d);
    }
    let parts: Vec<&str> = cell.split(['-', '/', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (d, m, y) = (number(d, 1..=2)?, number(m, 1..=2)?, number(y, 4..=4)?);
    Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
}
