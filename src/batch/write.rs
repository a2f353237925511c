//! Writing the outcome file: cells a spreadsheet will not run, quoted where needed, amounts in the
//! page's number format.

use std::borrow::Cow;

use crate::rules::money::Cents;

/// Whether a cell is a plain number (`-5`, `+3,5`, `-1.250,00`): a spreadsheet reads it as a number,
/// not as a formula, so it needs no defusing.
fn plain_number(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    !body.is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// A cell as it is safe to open in a spreadsheet (OWASP, "CSV injection"): a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return, also after leading spaces, and is not a plain
/// number, gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text instead of
/// running it.
pub fn defuse(cell: &str) -> Cow<'_, str> {
    let after_spaces = cell.trim_start_matches([' ', '\u{a0}']);
    let dangerous = match after_spaces.chars().next() {
        Some('\t' | '\r' | '\n') => true,
        Some('=' | '+' | '-' | '@') => !plain_number(after_spaces.trim_end()),
        Some(c) if c.is_whitespace() => {
            matches!(
                after_spaces.trim_start().chars().next(),
                Some('=' | '+' | '-' | '@')
            )
        }
        _ => false,
    };
    if dangerous {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A cell in RFC 4180 form: in quotes (and its quotes doubled) when it holds the separator, a quote
/// or a line break.
pub fn quote(cell: &str, sep: u8) -> Cow<'_, str> {
    if cell
        .bytes()
        .any(|b| b == sep || b == b'"' || b == b'\n' || b == b'\r')
    {
        Cow::Owned(format!("\"{}\"", cell.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Appends one record (each cell defused and quoted) with the line end Excel writes (CRLF).
pub fn record<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>, sep: u8) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(sep as char);
        }
        out.push_str(&quote(&defuse(cell), sep));
    }
    out.push_str("\r\n");
}

/// An amount as a spreadsheet in that language reads it: `1064,95` in Dutch, `1064.95` in English;
/// no thousands separator, whole cents without floats.
pub fn amount(c: Cents, nl: bool) -> String {
    let sign = if c.0 < 0 { "-" } else { "" };
    let (euros, cents) = (c.0.unsigned_abs() / 100, c.0.unsigned_abs() % 100);
    format!("{sign}{euros}{}{cents:02}", if nl { ',' } else { '.' })
}

#[cfg(test)]
pub fn plain_number_for_tests(s: &str) -> bool {
    plain_number(s)
}
