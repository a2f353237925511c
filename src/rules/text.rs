//! Texts in a result (reasons, notices, next steps), kept unformatted until they are shown: a
//! template in Dutch and in English with `{}` placeholders, and the values that fill them. The
//! language-dependent formatting (`€ 1.234,56` / `€1,234.56`, `1 januari 2026` / `1 January 2026`,
//! `62,5 %` / `62.5 %`) happens only when the text is rendered, so evaluating a scenario formats
//! nothing.
//!
//! Build texts with [`txt!`](crate::txt): `txt!("U betaalt {} per uur.", "You pay {} per hour.", wage)`.
//! What each argument is (an amount, a date, …) follows from its type and is fixed per call site
//! at compile time, so a [`Text`] holds only its template and the numbers (56 bytes, `Copy`).

use std::fmt::{self, Write};

use super::date::Date;
use super::money::{Cents, Hours, Pct};

/// The most arguments one text takes.
pub const MAX_ARGS: usize = 6;

/// A template in both languages. Placeholders are `{}` (the arguments, in order; the Dutch and
/// English templates take the same arguments in the same order) and at most one `{*}` (the
/// phrase, itself a template whose placeholders take the arguments that follow). No escapes, no
/// format specs. Made by [`txt!`](crate::txt), which also records what kind each argument is.
#[derive(Debug, PartialEq, Eq)]
pub struct Msg {
    pub nl: &'static str,
    pub en: &'static str,
    phrase: Option<&'static Msg>,
    kinds: [Kind; MAX_ARGS],
    len: u8,
}

impl Msg {
    #[doc(hidden)]
    pub const fn new(
        nl: &'static str,
        en: &'static str,
        phrase: Option<&'static Msg>,
        kinds: [Kind; MAX_ARGS],
        len: u8,
    ) -> Msg {
        Msg {
            nl,
            en,
            phrase,
            kinds,
            len,
        }
    }

    /// A template without arguments or phrase.
    pub const fn fixed(nl: &'static str, en: &'static str) -> Msg {
        Msg::new(nl, en, None, [Kind::Int; MAX_ARGS], 0)
    }

    pub fn get(&self, nl: bool) -> &'static str {
        if nl {
            self.nl
        } else {
            self.en
        }
    }

    /// The phrase that fills `{*}`, if any.
    pub fn phrase(&self) -> Option<&'static Msg> {
        self.phrase
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
}

/// What an argument of a [`Msg`] is.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Euro,
    Pct,
    Hundredths,
    Date,
}

/// A number in hundredths shown without unit (`10` percentage points, `24,5`): for a [`Pct`] that
/// is not shown as a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hundredths(pub i64);

/// A value that can fill a placeholder: its type fixes its [`Kind`], its value is one number.
pub trait IntoArg: Copy {
    #[doc(hidden)]
    const KIND: Kind;
    #[doc(hidden)]
    fn value(self) -> i64;
}

macro_rules! into_arg {
    ($($t:ty => $kind:ident, |$v:ident| $value:expr;)*) => {
        $(impl IntoArg for $t {
            const KIND: Kind = Kind::$kind;
            #[inline(always)]
            fn value(self) -> i64 {
                let $v = self;
                $value
            }
        })*
    };
}

into_arg! {
    Cents => Euro, |c| c.0;
    Pct => Pct, |p| p.0;
    Hours => Hundredths, |h| h.0;
    Hundredths => Hundredths, |h| h.0;
    Date => Date, |d| d.key();
    i64 => Int, |n| n;
    u32 => Int, |n| n.into();
    u8 => Int, |n| n.into();
}

/// The arguments of one text, as a tuple: their kinds (known at compile time) and their values.
#[doc(hidden)]
pub trait Args: Copy {
    const KINDS: [Kind; MAX_ARGS];
    const LEN: u8;
    fn values(self) -> [i64; MAX_ARGS];
}

macro_rules! args_for_tuples {
    ($(($($name:ident $i:tt),*))*) => {
        $(impl<$($name: IntoArg),*> Args for ($($name,)*) {
            const KINDS: [Kind; MAX_ARGS] = {
                #[allow(unused_mut)]
                let mut kinds = [Kind::Int; MAX_ARGS];
                $(kinds[$i] = $name::KIND;)*
                kinds
            };
            const LEN: u8 = 0 $(+ { let _ = $i; 1 })*;
            #[inline(always)]
            fn values(self) -> [i64; MAX_ARGS] {
                #[allow(unused_mut)]
                let mut values = [0; MAX_ARGS];
                $(values[$i] = self.$i.value();)*
                values
            }
        })*
    };
}

args_for_tuples! {
    ()
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}

/// A text in Dutch and English: a [`Msg`] and the values of its arguments. Rendered with
/// [`Text::nl`], [`Text::en`], [`Text::text`] or [`Text::in_lang`] (a `Display`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Text {
    msg: &'static Msg,
    values: [i64; MAX_ARGS],
}

impl Text {
    #[doc(hidden)]
    #[inline(always)]
    pub const fn from_parts(msg: &'static Msg, values: [i64; MAX_ARGS]) -> Text {
        Text { msg, values }
    }

    /// The template, in both languages.
    pub fn msg(&self) -> &'static Msg {
        self.msg
    }

    /// These values under another template, whose arguments are the first of these (the same
    /// kinds, in the same order): a step's wording for when its last day has passed.
    pub fn with_msg(self, msg: &'static Msg) -> Text {
        let n = msg.len as usize;
        debug_assert!(
            n <= self.arg_count() && msg.kinds[..n] == self.msg.kinds[..n],
            "{:?} does not take the arguments of {:?}",
            msg.nl,
            self.msg.nl
        );
        Text {
            msg,
            values: self.values,
        }
    }

    /// How many arguments the text has.
    pub fn arg_count(&self) -> usize {
        self.msg.len as usize
    }

    /// The `i`th argument.
    pub fn arg(&self, i: usize) -> Option<Arg> {
        if i >= self.arg_count() {
            return None;
        }
        let v = self.values[i];
        Some(match self.msg.kinds[i] {
            Kind::Int => Arg::Int(v),
            Kind::Euro => Arg::Euro(Cents(v)),
            Kind::Pct => Arg::Pct(Pct(v)),
            Kind::Hundredths => Arg::Hundredths(v),
            Kind::Date => Arg::Date(Date::from_key(v)),
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
    /// argument is left over, or a brace is left (templates have no braces besides `{}` and `{*}`).
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
    /// argument is written as `{}`, a `{*}` without phrase as `{*}`.
    pub fn write(&self, nl: bool, out: &mut dyn Write) -> Result<usize, fmt::Error> {
        let mut next = 0;
        write_template(self.msg.get(nl), self, &mut next, nl, out)?;
        Ok(next)
    }
}

impl From<&'static Msg> for Text {
    fn from(msg: &'static Msg) -> Text {
        Text::from_parts(msg, [0; MAX_ARGS])
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
    while let Some(at) = rest.find('{') {
        out.write_str(&rest[..at])?;
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("{*}") {
            rest = after;
            match text.msg.phrase {
                Some(phrase) => write_template(phrase.get(nl), text, next, nl, out)?,
                None => out.write_str("{*}")?,
            }
            continue;
        }
        let Some(after) = rest.strip_prefix("{}") else {
            // A brace that is no placeholder: written as it is.
            out.write_char('{')?;
            rest = &rest[1..];
            continue;
        };
        rest = after;
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
        }
    }
    out.write_str(rest)
}

/// A [`Text`]: `txt!(nl_template, en_template, args…)`, each argument an [`IntoArg`] (`Cents` →
/// amount, `Pct` → percentage, `Hours` or [`Hundredths`] → number, `Date`, integers). With a
/// phrase for the templates' `{*}`: `txt!(nl, en; phrase_nl, phrase_en, args…)`. The templates
/// are constant expressions; what kind each argument is follows from its type at compile time.
#[macro_export]
macro_rules! txt {
    ($nl:expr, $en:expr; $pnl:expr, $pen:expr $(, $arg:expr)* $(,)?) => {
        $crate::txt!(@make $nl, $en,
            Some(&$crate::rules::text::Msg::fixed($pnl, $pen)) $(, $arg)*)
    };
    ($nl:expr, $en:expr $(, $arg:expr)* $(,)?) => {
        $crate::txt!(@make $nl, $en, None $(, $arg)*)
    };
    (@make $nl:expr, $en:expr, $phrase:expr $(, $arg:expr)*) => {{
        struct Template<T>(::core::marker::PhantomData<T>);
        impl<T: $crate::rules::text::Args> Template<T> {
            const MSG: $crate::rules::text::Msg =
                $crate::rules::text::Msg::new($nl, $en, $phrase, T::KINDS, T::LEN);
        }
        #[inline(always)]
        fn make<T: $crate::rules::text::Args>(args: T) -> $crate::rules::text::Text {
            $crate::rules::text::Text::from_parts(&Template::<T>::MSG, args.values())
        }
        make(($($arg,)*))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_each_argument_in_each_language() {
        let t = txt!(
            "Op {}: {} ({}, {} uur){*}.",
            "On {}: {} ({}, {} hours){*}.";
            ", tot en met {}",
            ", until {}",
            Date::ymd(2026, 1, 31),
            Cents(123_456),
            Pct(6250),
            Hours(2450),
            Date::ymd(2025, 12, 31)
        );
        assert_eq!(t.arg_count(), 5);
        assert_eq!(t.arg(2), Some(Arg::Pct(Pct(6250))));
        assert_eq!(t.arg(4), Some(Arg::Date(Date::ymd(2025, 12, 31))));
        assert_eq!(t.arg(5), None);
        assert_eq!(
            t.nl(),
            "Op 31 januari 2026: € 1.234,56 (62,5 %, 24,5 uur), tot en met 31 december 2025."
        );
        assert_eq!(
            t.en(),
            "On 31 January 2026: €1,234.56 (62.5 %, 24.5 hours), until 31 December 2025."
        );
        assert_eq!(format!("{}", t.in_lang(false)), t.en());
        assert_eq!(
            txt!("{} en {}", "{} and {}", 6u32, Hundredths(1000)).en(),
            "6 and 10"
        );
        assert_eq!(std::mem::size_of::<Text>(), 56);
    }

    #[test]
    fn any_64_bit_value_renders() {
        let t = txt!(
            "{} {} {}",
            "{} {} {}",
            Cents(i64::MIN),
            i64::MAX,
            Date::ymd(-5, 2, 3)
        );
        assert_eq!(t.arg(0), Some(Arg::Euro(Cents(i64::MIN))));
        assert_eq!(t.arg(2), Some(Arg::Date(Date::ymd(-5, 2, 3))));
        assert_eq!(
            t.nl(),
            format!("{} {} 3 februari -5", Cents(i64::MIN).nl(), i64::MAX)
        );
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
        assert!(txt!("a {*}", "a {*}", 1u32).check().is_err());
        assert!(txt!("a {} {*}", "a {}{*}"; "b", "{}", 1u32, 2u32)
            .check()
            .is_err());
        assert!(txt!("a {} {*}", "a {}{*}"; "b {}", "{}", 1u32, 2u32)
            .check()
            .is_ok());
        static FIXED: Msg = Msg::fixed("vast", "fixed");
        let t: Text = (&FIXED).into();
        assert_eq!((t.nl(), t.en()), ("vast".to_string(), "fixed".to_string()));
        assert_eq!(t.arg_count(), 0);
    }
}
