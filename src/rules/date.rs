//! A calendar date without time zone: all the engine needs (parse, compare, print, add months).

use std::cmp::Ordering;
use std::fmt;

/// Ordered by year, then month, then day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// One number in the same order as (year, month, day): comparing dates is one comparison.
    #[inline(always)]
    pub(crate) const fn key(self) -> i64 {
        (self.year as i64) << 16 | (self.month as i64) << 8 | self.day as i64
    }

    /// The date of a [`Date::key`].
    pub(crate) const fn from_key(key: i64) -> Date {
        Date {
            year: (key >> 16) as i32,
            month: (key >> 8) as u8,
            day: key as u8,
        }
    }
}

impl Ord for Date {
    #[inline(always)]
    fn cmp(&self, other: &Date) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Date {
    #[inline(always)]
    fn partial_cmp(&self, other: &Date) -> Option<Ordering> {
        Some(self.cmp(other))
    }
    #[inline(always)]
    fn lt(&self, other: &Date) -> bool {
        self.key() < other.key()
    }
    #[inline(always)]
    fn le(&self, other: &Date) -> bool {
        self.key() <= other.key()
    }
    #[inline(always)]
    fn gt(&self, other: &Date) -> bool {
        self.key() > other.key()
    }
    #[inline(always)]
    fn ge(&self, other: &Date) -> bool {
        self.key() >= other.key()
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        _ => 28,
    }
}

impl Date {
    /// A date; the caller guarantees it is valid (used for constants in the parameter table).
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Strict `YYYY-MM-DD`, a real calendar day between the years 1900 and 2999.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8);
        if !(1900..=2999).contains(&y)
            || !(1..=12).contains(&m)
            || d == 0
            || d > days_in_month(y, m)
        {
            return None;
        }
        Some(Date {
            year: y,
            month: m,
            day: d,
        })
    }

    /// The civil date `days` days after 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Date {
            year: y,
            month: m,
            day: d,
        }
    }

    /// The same day `n` months later, clamped to the end of a shorter month.
    pub fn add_months(self, n: u32) -> Date {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n as i64;
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (the inverse of [`Date::from_unix_days`]).
    pub fn unix_days(self) -> i64 {
        let y = self.year as i64 - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// `n` days later.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_unix_days(self.unix_days() + n)
    }

    /// The last day of this date's month.
    pub fn end_of_month(self) -> Date {
        Date::ymd(self.year, self.month, days_in_month(self.year, self.month))
    }

    /// "1 januari 2026"
    pub fn nl(&self) -> String {
        self.text(true)
    }

    /// "1 January 2026"
    pub fn en(&self) -> String {
        self.text(false)
    }

    /// [`Date::nl`] or [`Date::en`].
    pub fn text(&self, nl: bool) -> String {
        let mut s = String::new();
        let _ = self.write(nl, &mut s);
        s
    }

    /// Writes [`Date::nl`] (`nl`) or [`Date::en`].
    pub fn write(&self, nl: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        let months = if nl { &MONTHS_NL } else { &MONTHS_EN };
        let month = months[(self.month - 1) as usize];
        write!(out, "{} {} {}", self.day, month, self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_days() {
        assert_eq!(Date::parse("2026-01-01"), Some(Date::ymd(2026, 1, 1)));
        assert_eq!(Date::parse("2024-02-29"), Some(Date::ymd(2024, 2, 29)));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-01-01",
            "2026-01-32",
            "2026-01-0x",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn unix_days_round_trip_known_dates() {
        assert_eq!(Date::from_unix_days(0), Date::ymd(1970, 1, 1));
        assert_eq!(Date::from_unix_days(20_454), Date::ymd(2026, 1, 1));
        assert_eq!(Date::from_unix_days(19_782), Date::ymd(2024, 2, 29));
    }

    #[test]
    fn unix_days_is_the_inverse_of_from_unix_days() {
        assert_eq!(Date::ymd(2026, 1, 1).unix_days(), 20_454);
        assert_eq!(Date::ymd(1970, 1, 1).unix_days(), 0);
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_unix_days(days).unix_days(), days);
        }
    }

    #[test]
    fn add_days_and_end_of_month() {
        // 4 weeks after 15 February 2024 (a leap year) is 14 March.
        assert_eq!(Date::ymd(2024, 2, 15).add_days(28), Date::ymd(2024, 3, 14));
        assert_eq!(Date::ymd(2026, 12, 20).add_days(28), Date::ymd(2027, 1, 17));
        assert_eq!(Date::ymd(2024, 2, 3).end_of_month(), Date::ymd(2024, 2, 29));
        assert_eq!(Date::ymd(2025, 2, 3).end_of_month(), Date::ymd(2025, 2, 28));
        assert_eq!(
            Date::ymd(2026, 11, 23).end_of_month(),
            Date::ymd(2026, 11, 30)
        );
    }

    #[test]
    fn order_is_year_then_month_then_day() {
        let days = [
            Date::ymd(-1, 12, 31),
            Date::ymd(0, 1, 1),
            Date::ymd(2024, 2, 29),
            Date::ymd(2024, 3, 1),
            Date::ymd(2024, 12, 31),
            Date::ymd(2025, 1, 1),
            Date::ymd(2025, 1, 2),
            Date::ymd(2025, 10, 1),
        ];
        for a in days {
            for b in days {
                let fields = (a.year, a.month, a.day).cmp(&(b.year, b.month, b.day));
                assert_eq!(a.cmp(&b), fields, "{a:?} {b:?}");
                assert_eq!(Date::from_key(a.key()), a);
                assert_eq!(a.partial_cmp(&b), Some(fields));
                assert_eq!(
                    (a < b, a <= b, a > b, a >= b),
                    (
                        fields.is_lt(),
                        fields.is_le(),
                        fields.is_gt(),
                        fields.is_ge()
                    )
                );
            }
        }
    }

    #[test]
    fn add_months_clamps() {
        assert_eq!(Date::ymd(2026, 1, 31).add_months(1), Date::ymd(2026, 2, 28));
        assert_eq!(
            Date::ymd(2025, 11, 15).add_months(3),
            Date::ymd(2026, 2, 15)
        );
        assert_eq!(Date::ymd(2026, 1, 1).to_string(), "2026-01-01");
        assert_eq!(Date::ymd(2026, 7, 1).nl(), "1 juli 2026");
    }
}
