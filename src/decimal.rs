//! Decimal text → `f64` for what people type (`src/input.rs`). In the browser the JS engine's own
//! conversion does it (correctly rounded), which keeps Rust's float parsing code out of the wasm;
//! natively the standard library's. `tests/components.rs` compares the two in the browser.

/// The nearest `f64` to `text`, a decimal number already checked to be plain digits with at most
/// one point (`-12.5`); `None` if it is out of range (infinite).
pub fn parse(text: &str) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    let f = js_sys::parse_float(text);
    #[cfg(not(target_arch = "wasm32"))]
    let f = text.parse::<f64>().unwrap_or(f64::NAN);
    f.is_finite().then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimal_numbers() {
        assert_eq!(parse("-12.5"), Some(-12.5));
        assert_eq!(parse("1e-7"), Some(1e-7));
        assert_eq!(parse("0.1"), Some(0.1));
        assert_eq!(parse("1e400"), None);
        assert_eq!(parse("-1e400"), None);
    }
}
