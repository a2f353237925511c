//! Exact quantities: euros as integer cents, hours and percentages as integer hundredths.
//! Every product is computed in i128 and rounded once, half away from zero, so no float error
//! accumulates.

use std::fmt;

/// Integer division of `n` by `d` (> 0), rounded half away from zero.
pub fn div_round(n: i128, d: i128) -> i128 {
    debug_assert!(d > 0);
    // The same in 64-bit arithmetic when nothing can overflow (128-bit division is slow).
    const FITS: i128 = 1 << 62;
    if (-FITS..=FITS).contains(&n) && d <= FITS {
        let (n, d) = (n as i64, d as i64);
        return if n >= 0 {
            (n + d / 2) / d
        } else {
            -((-n + d / 2) / d)
        } as i128;
    }
    if n >= 0 {
        (n + d / 2) / d
    } else {
        -((-n + d / 2) / d)
    }
}

/// A decimal input (euros, hours, percent) as integer hundredths; `None` when not finite or too large.
pub fn hundredths(x: f64) -> Option<i64> {
    if !x.is_finite() || x.abs() > 1e12 {
        return None;
    }
    Some((x * 100.0).round() as i64)
}

/// Euro cents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Cents(pub i64);

/// Hundredths of an hour (24,5 hours = 2450).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hours(pub i64);

/// Hundredths of a percent (60 % = 6000, 100 % = 10000).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pct(pub i64);

impl Pct {
    pub const HUNDRED: Pct = Pct(10_000);
    pub const fn whole(p: i64) -> Pct {
        Pct(p * 100)
    }
    /// "60", "62,5" (nl) / "62.5" (en)
    pub fn text(self, nl: bool) -> String {
        let mut s = String::new();
        let _ = self.write(nl, &mut s);
        s
    }

    /// Writes [`Pct::text`].
    pub fn write(self, nl: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        let (whole, part) = (self.0 / 100, self.0 % 100);
        let sep = if nl { ',' } else { '.' };
        if part == 0 {
            write!(out, "{whole}")
        } else if part % 10 == 0 {
            write!(out, "{whole}{sep}{}", part / 10)
        } else {
            write!(out, "{whole}{sep}{part:02}")
        }
    }
}

impl Hours {
    pub fn text(self, nl: bool) -> String {
        Pct(self.0).text(nl)
    }
    /// Rounded to whole hours, for "about … hours" in a sentence (`124,8` → `125`).
    pub fn whole(self) -> i64 {
        div_round(self.0 as i128, 100) as i64
    }
}

impl Cents {
    pub fn euros(self) -> f64 {
        self.0 as f64 / 100.0
    }
    /// `self × pct`, rounded to cents.
    pub fn pct(self, p: Pct) -> Cents {
        Cents(div_round(self.0 as i128 * p.0 as i128, 10_000) as i64)
    }
    /// An hourly amount × hours per week × weeks, rounded to cents.
    pub fn per_hour_times(self, hours_per_week: Hours, weeks: i64) -> Cents {
        Cents(div_round(
            self.0 as i128 * hours_per_week.0 as i128 * weeks as i128,
            100,
        ) as i64)
    }
    /// "€ 1.234,56"
    pub fn nl(self) -> String {
        self.text(true)
    }
    /// "€1,234.56"
    pub fn en(self) -> String {
        self.text(false)
    }
    pub fn text(self, nl: bool) -> String {
        let mut s = String::new();
        let _ = self.write(nl, &mut s);
        s
    }

    /// Writes [`Cents::nl`] (`nl`) or [`Cents::en`].
    pub fn write(self, nl: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        out.write_str(if nl { "€ " } else { "€" })?;
        self.write_number(nl, out)
    }

    /// The amount without the euro sign: `-1.234,56` (`nl`) or `-1,234.56`.
    pub fn number(self, nl: bool) -> String {
        let mut s = String::new();
        let _ = self.write_number(nl, &mut s);
        s
    }

    /// Writes [`Cents::number`].
    pub fn write_number(self, nl: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        let (thousands, decimal) = if nl { ('.', ',') } else { (',', '.') };
        if self.0 < 0 {
            out.write_char('-')?;
        }
        let abs = self.0.unsigned_abs();
        write_grouped(abs / 100, thousands, out)?;
        out.write_char(decimal)?;
        let c = (abs % 100) as u8;
        out.write_char(char::from(b'0' + c / 10))?;
        out.write_char(char::from(b'0' + c % 10))
    }
}

/// Writes `n` with `separator` before each group of three digits from the right: `1.234.567`.
pub fn write_grouped(n: u64, separator: char, out: &mut dyn fmt::Write) -> fmt::Result {
    // The digits, most significant first.
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut rest = n;
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let digits = &digits[start..];
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.write_char(separator)?;
        }
        out.write_char(char::from(*d))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(div_round(5, 10), 1);
        assert_eq!(div_round(4, 10), 0);
        assert_eq!(div_round(-5, 10), -1);
        assert_eq!(div_round(-4, 10), 0);
        // Beyond 64 bits: the same rule.
        let big = 1_i128 << 100;
        assert_eq!(div_round(big * 10 + 5, 10), big + 1);
        assert_eq!(div_round(-(big * 10 + 5), 10), -(big + 1));
        assert_eq!(div_round(big * 10 + 4, 10), big);
        // At the edge of the 64-bit path.
        let edge = 1_i128 << 62;
        for n in [edge - 1, edge, edge + 1, -edge - 1, -edge, -edge + 1] {
            for d in [1, 3, 7, 100, 10_000, edge - 1, edge, edge + 1] {
                let slow = if n >= 0 {
                    (n + d / 2) / d
                } else {
                    -((-n + d / 2) / d)
                };
                assert_eq!(div_round(n, d), slow, "{n} / {d}");
            }
        }
    }

    #[test]
    fn formats_dutch_and_english() {
        assert_eq!(Cents(123_456).nl(), "€ 1.234,56");
        assert_eq!(Cents(123_456).en(), "€1,234.56");
        assert_eq!(Cents(5).nl(), "€ 0,05");
        assert_eq!(Cents(100_000_000).nl(), "€ 1.000.000,00");
        assert_eq!(Cents(-1_50).nl(), "€ -1,50");
        assert_eq!(Pct(6250).text(true), "62,5");
        assert_eq!(Pct(6000).text(false), "60");
        assert_eq!(Pct(3333).text(false), "33.33");
        assert_eq!(Pct(3303).text(true), "33,03");
        assert_eq!(Cents(0).en(), "€0.00");
        assert_eq!(Cents(99_999).en(), "€999.99");
        assert_eq!(Cents(-123_456_789).en(), "€-1,234,567.89");
        assert_eq!(Cents(i64::MIN).nl(), "€ -92.233.720.368.547.758,08");
    }

    #[test]
    fn exact_products() {
        // 14,71 × 60 % = 8,826 → 8,83
        assert_eq!(Cents(1471).pct(Pct::whole(60)), Cents(883));
        // € 5,88 × 24 h × 52 weeks = € 7.338,24
        assert_eq!(Cents(588).per_hour_times(Hours(2400), 52), Cents(733_824));
        assert_eq!(hundredths(14.71), Some(1471));
        assert_eq!(hundredths(0.1 + 0.2), Some(30));
        assert_eq!(hundredths(f64::NAN), None);
    }
}
