//! Texts in a result (reasons, notices, next steps), kept unformatted until they are shown: a
//! template in Dutch and in English with `{}` placeholders, and the values that fill them. The
//! language-dependent formatting (`€ 1.234,56` / `€1,234.56`, `1 januari 2026` / `1 January 2026`,
//! `62,5 %` / `62.5 %`) happens only when the text is rendered, so evaluating a scenario formats
//! nothing.
//!
//! Build texts with [`txt!`](crate::txt): `txt!("U betaalt {} per uur.", "You pay {} per hour.", wage)`.

use std::fmt::{self, Write};

use super::date::Date;
use super::money::{Cents, Hours, Pct};

/// A template in both languages. Placeholders are `{}` only (no escapes, no format specs); the
/// arguments fill them in order, and the Dutch and English templates take the same arguments in the
/// same order.
#[derive(Debug, PartialEq, Eq)]
pub struct Msg {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Msg {
    pub fn get(&self, nl: bool) -> &'static str {
        if nl {
            self.nl
        } else {
            self.en
        }
    }
}

/// A value in a text, formatted for the text's language when rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A whole number: `6`.
    Int(i64),
    /// An amount: `€ 1.234,56` / `€1,234.56`.
    Euro(Cents),
    /// A percentage: `62,5 %` / `62.5 %`.
    Pct(Pct),
    /// A number in hundredths without unit (hours, percentage points): `24,5` / `24.5`.
    Hundredths(i64),
    /// A day: `1 januari 2026` / `1 January 2026`.
    Date(Date),
    /// A phrase in the text's language; its own placeholders take the arguments that follow it.
    Msg(&'static Msg),
}

/// A value that can fill a placeholder: stored in a [`Text`] as a number with its kind, which
/// the type fixes (so filling a text needs no conversion at run time).
pub trait IntoArg: Copy {
    #[doc(hidden)]
    const KIND: Kind;
    #[doc(hidden)]
    fn value(self) -> i64;
    #[doc(hidden)]
    #[inline(always)]
    fn put(self, text: &mut Text) {
        text.put_raw(Self::KIND, self.value());
    }
}

impl IntoArg for Cents {
    const KIND: Kind = Kind::Euro;
    #[inline(always)]
    fn value(self) -> i64 {
        self.0
    }
}
impl IntoArg for Pct {
    const KIND: Kind = Kind::Pct;
    #[inline(always)]
    fn value(self) -> i64 {
        self.0
    }
}
impl IntoArg for Hours {
    const KIND: Kind = Kind::Hundredths;
    #[inline(always)]
    fn value(self) -> i64 {
        self.0
    }
}
impl IntoArg for Date {
    const KIND: Kind = Kind::Date;
    #[inline(always)]
    fn value(self) -> i64 {
        self.key()
    }
}
impl IntoArg for i64 {
    const KIND: Kind = Kind::Int;
    #[inline(always)]
    fn value(self) -> i64 {
        self
    }
}
impl IntoArg for u32 {
    const KIND: Kind = Kind::Int;
    #[inline(always)]
    fn value(self) -> i64 {
        self.into()
    }
}
impl IntoArg for u8 {
    const KIND: Kind = Kind::Int;
    #[inline(always)]
    fn value(self) -> i64 {
        self.into()
    }
}
impl IntoArg for &'static Msg {
    const KIND: Kind = Kind::Msg;
    #[inline(always)]
    fn value(self) -> i64 {
        0
    }
    #[inline(always)]
    fn put(self, text: &mut Text) {
        assert!(text.phrase.is_none(), "one phrase argument per text");
        text.phrase = Some(self);
        text.put_raw(Kind::Msg, 0);
    }
}
/// Any argument (its kind is then chosen at run time).
impl IntoArg for Arg {
    const KIND: Kind = Kind::Int;
    fn value(self) -> i64 {
        0
    }
    fn put(self, text: &mut Text) {
        text.push(self);
    }
}

/// The most arguments one text takes.
pub const MAX_ARGS: usize = 6;

/// What an argument slot of a [`Text`] holds.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Euro,
    Pct,
    Hundredths,
    Date,
    Msg,
}

/// A text in Dutch and English: a [`Msg`] and up to [`MAX_ARGS`] arguments (at most one of them an
/// [`Arg::Msg`]). Rendered with [`Text::nl`], [`Text::en`], [`Text::text`] or [`Text::in_lang`] (a
/// `Display`).
///
/// The arguments are stored as numbers with their kind (72 bytes in all), so that building and
/// moving texts during an evaluation stays cheap.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Text {
    msg: &'static Msg,
    /// The phrase of the [`Arg::Msg`] argument, if there is one.
    phrase: Option<&'static Msg>,
    values: [i64; MAX_ARGS],
    kinds: [Kind; MAX_ARGS],
    len: u8,
}

impl Text {
    /// A text without arguments yet (written in place, field by field).
    #[inline(always)]
    pub const fn empty(msg: &'static Msg) -> Text {
        Text {
            msg,
            phrase: None,
            values: [0; MAX_ARGS],
            kinds: [Kind::Int; MAX_ARGS],
            len: 0,
        }
    }

    /// A text from a template and its arguments (in the order the placeholders use them).
    pub const fn new<const N: usize>(msg: &'static Msg, given: [Arg; N]) -> Text {
        const { assert!(N <= MAX_ARGS, "too many arguments for one text") };
        let mut text = Text {
            msg,
            phrase: None,
            values: [0; MAX_ARGS],
            kinds: [Kind::Int; MAX_ARGS],
            len: 0,
        };
        let mut i = 0;
        while i < N {
            text.push(given[i]);
            i += 1;
        }
        text
    }

    /// This text with one more argument (e.g. after a phrase chosen at run time).
    #[inline(always)]
    pub fn with(mut self, arg: impl IntoArg) -> Text {
        arg.put(&mut self);
        self
    }

    #[doc(hidden)]
    #[inline(always)]
    pub fn put_raw(&mut self, kind: Kind, value: i64) {
        let i = self.len as usize;
        self.kinds[i] = kind;
        self.values[i] = value;
        self.len += 1;
    }

    const fn push(&mut self, arg: Arg) {
        let (kind, value) = match arg {
            Arg::Int(n) => (Kind::Int, n),
            Arg::Euro(c) => (Kind::Euro, c.0),
            Arg::Pct(p) => (Kind::Pct, p.0),
            Arg::Hundredths(h) => (Kind::Hundredths, h),
            Arg::Date(d) => (Kind::Date, d.key()),
            Arg::Msg(m) => {
                assert!(self.phrase.is_none(), "one phrase argument per text");
                self.phrase = Some(m);
                (Kind::Msg, 0)
            }
        };
        let i = self.len as usize;
        assert!(i < MAX_ARGS, "too many arguments for one text");
        self.kinds[i] = kind;
        self.values[i] = value;
        self.len += 1;
    }

    /// The template, in both languages.
    pub fn msg(&self) -> &'static Msg {
        self.msg
    }

    /// How many arguments were given.
    pub fn arg_count(&self) -> usize {
        self.len as usize
    }

    /// The `i`th argument.
    pub fn arg(&self, i: usize) -> Option<Arg> {
        if i >= self.arg_count() {
            return None;
        }
        let v = self.values[i];
        Some(match self.kinds[i] {
            Kind::Int => Arg::Int(v),
            Kind::Euro => Arg::Euro(Cents(v)),
            Kind::Pct => Arg::Pct(Pct(v)),
            Kind::Hundredths => Arg::Hundredths(v),
            Kind::Date => Arg::Date(Date::from_key(v)),
            Kind::Msg => Arg::Msg(self.phrase?),
        })
    }

    /// The Dutch text.
    pub fn nl(&self) -> String {
        self.text(true)
    }

    /// The English text.
    pub fn en(&self) -> String {
        self.text(false)
    }

    /// The Dutch (`nl`) or English text.
    pub fn text(&self, nl: bool) -> String {
        self.in_lang(nl).to_string()
    }

    /// The text in one language, to write without an intermediate `String`.
    pub fn in_lang(&self, nl: bool) -> InLang<'_> {
        InLang { text: self, nl }
    }

    /// `Err` with the rendered text when, in either language, a placeholder has no argument, an
    /// argument is left over, or a brace is left (templates have no braces besides `{}`).
    pub fn check(&self) -> Result<(), String> {
        for nl in [true, false] {
            let mut out = String::new();
            let used = self.write(nl, &mut out).map_err(|e| e.to_string())?;
            if used != self.arg_count() || out.contains(['{', '}']) {
                return Err(format!(
                    "{used} of {} arguments used: {out:?}",
                    self.arg_count()
                ));
            }
        }
        Ok(())
    }

    /// Writes the text; returns how many arguments its placeholders took. A placeholder without an
    /// argument is written as `{}`.
    pub fn write(&self, nl: bool, out: &mut dyn Write) -> Result<usize, fmt::Error> {
        let mut next = 0;
        write_template(self.msg.get(nl), self, &mut next, nl, out)?;
        Ok(next)
    }
}

impl From<&'static Msg> for Text {
    fn from(msg: &'static Msg) -> Text {
        Text::new(msg, [])
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Text").field(&self.nl()).finish()
    }
}

/// A [`Text`] in one language (`Display`).
#[derive(Clone, Copy)]
pub struct InLang<'a> {
    text: &'a Text,
    nl: bool,
}

impl serde::Serialize for InLang<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for InLang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text.write(self.nl, f).map(|_| ())
    }
}

fn write_template(
    template: &str,
    text: &Text,
    next: &mut usize,
    nl: bool,
    out: &mut dyn Write,
) -> fmt::Result {
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.write_str(&rest[..at])?;
        rest = &rest[at + 2..];
        let Some(arg) = text.arg(*next) else {
            out.write_str("{}")?;
            continue;
        };
        *next += 1;
        match arg {
            Arg::Int(n) => write!(out, "{n}")?,
            Arg::Euro(c) => c.write(nl, out)?,
            Arg::Pct(p) => {
                p.write(nl, out)?;
                out.write_str(" %")?;
            }
            Arg::Hundredths(h) => Pct(h).write(nl, out)?,
            Arg::Date(d) => d.write(nl, out)?,
            Arg::Msg(m) => write_template(m.get(nl), text, next, nl, out)?,
        }
    }
    out.write_str(rest)
}

/// A [`Text`]: `txt!(nl_template, en_template, args…)`; each argument is an [`IntoArg`] (`Cents` →
/// amount, `Pct` → percentage, `Hours` → number, `Date`, integers, a `&'static Msg` phrase, or an
/// [`Arg`]).
#[macro_export]
macro_rules! txt {
    ($nl:expr, $en:expr $(, $arg:expr)* $(,)?) => {{
        const {
            assert!(
                <[&str]>::len(&[$(stringify!($arg)),*]) <= $crate::rules::text::MAX_ARGS,
                "too many arguments for one text"
            )
        };
        #[allow(unused_mut)]
        let mut text = $crate::rules::text::Text::empty(&$crate::rules::text::Msg { nl: $nl, en: $en });
        $($crate::rules::text::IntoArg::put($arg, &mut text);)*
        text
    }};
}

/// A phrase for [`Arg::Msg`]: `msg!(nl, en)` is a `&'static Msg`.
#[macro_export]
macro_rules! msg {
    ($nl:expr, $en:expr $(,)?) => {
        &$crate::rules::text::Msg { nl: $nl, en: $en }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_each_argument_in_each_language() {
        let t = txt!(
            "Op {}: {} ({}, {} uur){}.",
            "On {}: {} ({}, {} hours){}.",
            Date::ymd(2026, 1, 31),
            Cents(123_456),
            Pct(6250),
            Hours(2450),
            msg!(", tot en met {}", ", until {}"),
            Date::ymd(2025, 12, 31)
        );
        assert_eq!(t.arg_count(), 6);
        assert_eq!(
            t.arg(4),
            Some(Arg::Msg(msg!(", tot en met {}", ", until {}")))
        );
        assert_eq!(t.arg(5), Some(Arg::Date(Date::ymd(2025, 12, 31))));
        assert_eq!(t.arg(6), None);
        assert_eq!(
            t.nl(),
            "Op 31 januari 2026: € 1.234,56 (62,5 %, 24,5 uur), tot en met 31 december 2025."
        );
        assert_eq!(
            t.en(),
            "On 31 January 2026: €1,234.56 (62.5 %, 24.5 hours), until 31 December 2025."
        );
        assert_eq!(format!("{}", t.in_lang(false)), t.en());
    }

    #[test]
    fn counts_the_arguments_used_and_marks_missing_ones() {
        let t = txt!("a {} b {}", "a {} b {}", 1u32);
        let mut s = String::new();
        assert_eq!(t.write(true, &mut s), Ok(1));
        assert_eq!(s, "a 1 b {}");
        assert!(t.check().is_err());
        assert!(txt!("a {}", "a", 1u32).check().is_err());
        assert!(txt!("a", "a", 1u32).check().is_err());
        assert!(txt!("a {", "a", 1u32).check().is_err());
        assert!(txt!("a {} {}", "a {}{}", 1u32, msg!("b", "{}"), 2u32)
            .check()
            .is_err());
        assert!(txt!("a {} {}", "a {}{}", 1u32, msg!("b {}", "{}"), 2u32)
            .check()
            .is_ok());
        let t: Text = msg!("vast", "fixed").into();
        assert_eq!((t.nl(), t.en()), ("vast".to_string(), "fixed".to_string()));
        assert_eq!(t.arg_count(), 0);
    }
}
