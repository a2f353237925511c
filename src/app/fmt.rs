//! Numbers on the page: the engine's own formatter ([`crate::rules::money`]), which its reasons,
//! the gespreksverslag, the comparison and the batch use too, so an amount or a number of hours
//! reads the same wherever it appears (`€ 1.234,56`, `32,25`, `62,55 %`; `€1,234.56` in English).
//! It works on whole cents and hundredths, so it is exact, and the same natively and in the wasm.

use super::i18n::Lang;
use crate::rules::money::{Cents, Hours, Pct};

/// On the page the `€` and its number stay on one line (a no-break space, as `Intl` would give).
pub fn euro(lang: Lang, c: Cents) -> String {
    c.text(lang.is_nl()).replacen(' ', "\u{a0}", 1)
}

/// Hours in hundredths, without trailing zeros: `32,25`, `24`.
pub fn hours(lang: Lang, h: Hours) -> String {
    h.text(lang.is_nl())
}

/// A percentage with its sign: `62,55 %`.
pub fn pct(lang: Lang, p: Pct) -> String {
    format!("{} %", p.text(lang.is_nl()))
}

/// A day in words: `1 januari 2026` / `1 January 2026`.
pub fn date(lang: Lang, d: crate::rules::Date) -> String {
    if lang.is_nl() {
        d.nl()
    } else {
        d.en()
    }
}

/// A count with thousands grouped: `100.000` / `100,000`.
pub fn count(lang: Lang, n: usize) -> String {
    let mut out = String::new();
    let _ = crate::rules::money::write_grouped(
        n as u64,
        if lang.is_nl() { '.' } else { ',' },
        &mut out,
    );
    out
}
