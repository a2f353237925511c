//! Parses numbers as people type them on a Dutch page: `14,71`, `1.250,00`, `€ 14,71`, `60%`, and
//! plain `14.71`. Pure; tested natively and in the browser.
//!
//! Rules: spaces (also non-breaking), a leading `€` and a trailing `%` are ignored. When both `.` and
//! `,` occur, the last one is the decimal separator and the other groups thousands (in threes).
//! A single `,` is a decimal comma and a single `.` a decimal point (`14,71`, `14.71`), except before
//! exactly three digits after a number of one to three digits that does not start with 0: then it
//! groups thousands. `2.400` (Dutch) and `2,400` (English) are both two thousand four hundred, as
//! people write a monthly wage; read as 2,4 it would silently give a wage of cents, while a rare
//! `14,710` meant as 14,71 becomes 14710 and gets a visible "at most € 500" error. Several `.` (or
//! several `,`) without the other are thousands separators (`1.250.000`).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    /// More than [`MAX_MAGNITUDE`] either way: not an age, wage or number of hours anyone means,
    /// and refused before any arithmetic is done with it.
    TooLarge,
}

/// The largest number (either sign) [`parse_number`] gives: a trillion.
pub const MAX_MAGNITUDE: f64 = 1e12;

pub fn parse_number(raw: &str) -> Result<f64, NumberError> {
    let mut s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    if let Some(rest) = s.strip_prefix('€') {
        s = rest.to_string();
    } else if let Some(rest) = s.strip_prefix("EUR") {
        s = rest.to_string();
    }
    if let Some(rest) = s.strip_suffix('%') {
        s = rest.to_string();
    }
    if s.is_empty() {
        return if raw.trim().is_empty() {
            Err(NumberError::Empty)
        } else {
            Err(NumberError::NotANumber)
        };
    }
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(NumberError::NotANumber);
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let (int_part, frac_part, group) = match (dots, commas) {
        (0, 0) => (body, "", None),
        (0, 1) => single_separator(body, ','),
        (1, 0) => single_separator(body, '.'),
        (_, 0) => (body, "", Some('.')),
        (0, _) => (body, "", Some(',')),
        _ => {
            let last_dot = body.rfind('.').unwrap_or(0);
            let last_comma = body.rfind(',').unwrap_or(0);
            let (dec, grp) = if last_comma > last_dot {
                (',', '.')
            } else {
                ('.', ',')
            };
            if body.matches(dec).count() != 1 {
                return Err(NumberError::NotANumber);
            }
            let (i, f, _) = split_at(body, dec);
            (i, f, Some(grp))
        }
    };
    let digits: String = match group {
        Some(g) => {
            let groups: Vec<&str> = int_part.split(g).collect();
            let ok = !groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|p| p.len() == 3);
            if !ok {
                return Err(NumberError::NotANumber);
            }
            groups.concat()
        }
        None => int_part.to_string(),
    };
    if digits.is_empty() && frac_part.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if !frac_part.chars().all(|c| c.is_ascii_digit()) || !digits.chars().all(|c| c.is_ascii_digit())
    {
        return Err(NumberError::NotANumber);
    }
    let text = format!(
        "{}{}.{}",
        if neg { "-" } else { "" },
        if digits.is_empty() { "0" } else { &digits },
        if frac_part.is_empty() { "0" } else { frac_part }
    );
    match crate::decimal::parse(&text) {
        Some(x) if x.abs() > MAX_MAGNITUDE => Err(NumberError::TooLarge),
        Some(x) => Ok(x),
        // Out of the float range altogether (`1` and 400 zeros).
        None => Err(NumberError::TooLarge),
    }
}

/// `2.400` / `2,400`: thousands; `14.71` / `14,71` / `0,125`: decimals (see the module comment).
fn single_separator(body: &str, sep: char) -> (&str, &str, Option<char>) {
    match body.split_once(sep) {
        Some((i, f))
            if f.len() == 3
                && (1..=3).contains(&i.len())
                && !i.starts_with('0')
                && f.chars().all(|c| c.is_ascii_digit()) =>
        {
            (body, "", Some(sep))
        }
        _ => split_at(body, sep),
    }
}

fn split_at(body: &str, sep: char) -> (&str, &str, Option<char>) {
    match body.split_once(sep) {
        Some((i, f)) => (i, f, None),
        None => (body, "", None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_beyond_a_trillion_is_too_large_not_a_wrapped_amount() {
        assert_eq!(parse_number("1000000000000"), Ok(1e12));
        assert_eq!(parse_number("1000000000001"), Err(NumberError::TooLarge));
        assert_eq!(
            parse_number("-1000000000000000000000"),
            Err(NumberError::TooLarge)
        );
        assert_eq!(parse_number(&"9".repeat(400)), Err(NumberError::TooLarge));
    }

    #[test]
    fn dutch_and_plain_numbers() {
        let cases: &[(&str, f64)] = &[
            ("14,71", 14.71),
            ("14.71", 14.71),
            ("1.250,00", 1250.0),
            ("1,250.00", 1250.0),
            ("€ 14,71", 14.71),
            ("€14,71", 14.71),
            ("EUR 9,50", 9.5),
            ("60%", 60.0),
            ("60 %", 60.0),
            (" 24 ", 24.0),
            ("1.250.000", 1_250_000.0),
            ("2.400", 2400.0),
            ("€ 2.400", 2400.0),
            ("-1.500", -1500.0),
            ("0.125", 0.125),
            ("14.7", 14.7),
            ("1234.567", 1234.567),
            ("2.4000", 2.4),
            ("1,300", 1300.0),
            ("€ 2,400", 2400.0),
            ("0,125", 0.125),
            ("14,7", 14.7),
            ("32,5", 32.5),
            ("0,5", 0.5),
            (",5", 0.5),
            ("12,", 12.0),
            ("-3,5", -3.5),
            ("1\u{a0}250,00", 1250.0),
        ];
        for (raw, want) in cases {
            assert_eq!(parse_number(raw), Ok(*want), "{raw:?}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        assert_eq!(parse_number(""), Err(NumberError::Empty));
        assert_eq!(parse_number("   "), Err(NumberError::Empty));
        for raw in [
            "abc",
            "14,71,2",
            "1.2.3,4,5",
            "12a",
            "€",
            "%",
            "1.25.000",
            "1,2,3.4.5",
            "--1",
            ",",
            ".",
        ] {
            assert_eq!(parse_number(raw), Err(NumberError::NotANumber), "{raw:?}");
        }
    }
}
