//! Decimal text ↔ `f64`. In the browser the JS engine's own conversions do it (correctly rounded;
//! `Number.prototype.toString` gives the shortest digits that read back, a tie going to the even
//! digit as serde_json's does), which keeps Rust's float printing and parsing code, 24 kB
//! gzip, out of the wasm. Natively: the standard library's parser and `zmij`, the crate serde_json
//! prints floats with (Rust's own `{:e}` breaks such ties upwards: `667082108456853.3`). Tests
//! compare both with `serde_json`: natively, and in the browser in `tests/components.rs`.

/// The nearest `f64` to `text`, a decimal number that is already checked to be in JSON's grammar
/// (`-12.5`, `1e-7`); `None` if it is out of range (infinite).
pub fn parse(text: &str) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    let f = js_sys::parse_float(text);
    #[cfg(not(target_arch = "wasm32"))]
    let f = text.parse::<f64>().unwrap_or(f64::NAN);
    f.is_finite().then_some(f)
}

/// The shortest digits that read back as `f` (finite and not zero; its sign is left out), and the
/// power of ten of the first digit: 1234.5 → ("12345", 3), 0.00012 → ("12", -4), 1e21 → ("1", 21).
pub fn shortest_digits(f: f64) -> (String, i32) {
    // JS gives "1234.5", "0.00012" or "1e+21"; zmij "1234.5", "0.00012", "1e+21" or "100.0".
    #[cfg(target_arch = "wasm32")]
    let js: String = js_sys::Number::from(f.abs())
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    let text = js.as_str();
    #[cfg(not(target_arch = "wasm32"))]
    let mut buffer = zmij::Buffer::new();
    #[cfg(not(target_arch = "wasm32"))]
    let text = buffer.format_finite(f.abs());
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int}{frac}");
    let digits = all.trim_start_matches('0');
    // Where the decimal point is, counted from the first significant digit.
    let point = int.len() as i32 + exp - (all.len() - digits.len()) as i32;
    (digits.trim_end_matches('0').to_string(), point - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::excessive_precision)] // the exact values are the point
    fn digits_and_exponent() {
        for (f, digits, exp) in [
            (1234.5, "12345", 3),
            (-1234.5, "12345", 3),
            (0.00012, "12", -4),
            (1e21, "1", 21),
            (1e16, "1", 16),
            (100.0, "1", 2),
            (0.1, "1", -1),
            (5e-324, "5", -324),
            (1.7976931348623157e308, "17976931348623157", 308),
            (123456789.123456789, "12345678912345679", 8),
            // Exactly halfway between …853.2 and …853.3: the even digit.
            (667082108456853.25, "6670821084568532", 14),
        ] {
            assert_eq!(shortest_digits(f), (digits.to_string(), exp), "{f}");
        }
    }

    #[test]
    fn parses_json_numbers() {
        assert_eq!(parse("-12.5"), Some(-12.5));
        assert_eq!(parse("1e-7"), Some(1e-7));
        assert_eq!(parse("0.1"), Some(0.1));
        assert_eq!(parse("1e400"), None);
        assert_eq!(parse("-1e400"), None);
    }
}
