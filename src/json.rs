//! A small JSON layer for the contract (read a scenario document, write the result): a value type,
//! a strict parser and a writer whose output is byte-for-byte what `serde_json` writes for the
//! same value (compact and pretty; object keys sorted).
//!
//! Why not `serde_json`: it was the largest single dependency in the browser build (its parser,
//! value serialiser, float printing and error machinery: about 28 kB gzip, issue 6). The engine's
//! types keep their `serde::Serialize` impls; [`to_value`] turns them into a [`Value`]. The native
//! tests check this module against `serde_json` (a dev-dependency only).

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

/// Object members, sorted by key (as `serde_json::Map` without `preserve_order`).
pub type Map = BTreeMap<String, Value>;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number: an integer when it was written without fraction or exponent and fits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

impl Number {
    pub fn as_f64(&self) -> Option<f64> {
        Some(match *self {
            Number::PosInt(n) => n as f64,
            Number::NegInt(n) => n as f64,
            Number::Float(f) => f,
        })
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(m) => m.get(key),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    /// The writer's output with two-space indentation (as `serde_json::to_string_pretty`).
    pub fn to_string_pretty(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, Some(0));
        out
    }
}

/// An object from key/value pairs.
pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    // Inserted one by one: collecting into a BTreeMap sorts first, a routine the wasm need not carry.
    let mut map = Map::new();
    for (k, v) in members {
        map.insert(k.to_string(), v);
    }
    Value::Object(map)
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(if n < 0 {
            Number::NegInt(n)
        } else {
            Number::PosInt(n as u64)
        })
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        if f.is_finite() {
            Value::Number(Number::Float(f))
        } else {
            Value::Null
        }
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Value {
        o.map_or(Value::Null, Into::into)
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

impl fmt::Display for Value {
    /// Compact JSON (as `serde_json::to_string`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_value(&mut out, self, None);
        f.write_str(&out)
    }
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

fn write_value(out: &mut String, v: &Value, indent: Option<usize>) {
    let inner = indent.map(|l| l + 1);
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(out, *n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                write_value(out, item, inner);
            }
            newline(out, indent);
            out.push(']');
        }
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Object(m) => {
            out.push('{');
            for (i, (k, item)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                write_string(out, k);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write_value(out, item, inner);
            }
            newline(out, indent);
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Integers as digits; a float that is a whole number of hundredths (every amount the engine
/// writes) exactly, with at least one decimal (`1260.0`, `8.83`), which is what `serde_json`'s
/// shortest round-trip printing gives for them. Anything else falls back to Rust's shortest
/// printing (same digits; not used for the engine's own figures).
fn write_number(out: &mut String, n: Number) {
    match n {
        Number::PosInt(n) => {
            let _ = write!(out, "{n}");
        }
        Number::NegInt(n) => {
            let _ = write!(out, "{n}");
        }
        Number::Float(f) => {
            let hundredths = (f * 100.0).round();
            if hundredths.abs() < 1e15 && hundredths / 100.0 == f {
                let h = hundredths as i64;
                if f < 0.0 || (h == 0 && f.is_sign_negative()) {
                    out.push('-');
                }
                let h = h.unsigned_abs();
                let _ = write!(out, "{}.", h / 100);
                let cents = h % 100;
                if cents == 0 {
                    out.push('0');
                } else if cents % 10 == 0 {
                    let _ = write!(out, "{}", cents / 10);
                } else {
                    let _ = write!(out, "{cents:02}");
                }
            } else if f.is_finite() {
                // Shortest round-trip digits, as serde_json prints them: plain notation for
                // 1e-5 <= |f| < 1e16 (with at least one decimal), else scientific with a signed
                // exponent (`1.5e-7`, `1e+16`).
                let (digits, exp) = crate::decimal::shortest_digits(f);
                if f < 0.0 {
                    out.push('-');
                }
                if (-5..16).contains(&exp) {
                    if exp < 0 {
                        out.push_str("0.");
                        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
                        out.push_str(&digits);
                    } else {
                        let int = exp as usize + 1;
                        if digits.len() > int {
                            out.push_str(&digits[..int]);
                            out.push('.');
                            out.push_str(&digits[int..]);
                        } else {
                            out.push_str(&digits);
                            out.extend(std::iter::repeat_n('0', int - digits.len()));
                            out.push_str(".0");
                        }
                    }
                } else {
                    out.push_str(&digits[..1]);
                    if digits.len() > 1 {
                        out.push('.');
                        out.push_str(&digits[1..]);
                    }
                    let _ = write!(out, "e{}{exp}", if exp >= 0 { "+" } else { "" });
                }
            } else {
                out.push_str("null");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// Why a text is not JSON, with the place (line and column, from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// Nesting deeper than this is refused (as `serde_json`'s recursion limit), so hostile input cannot
/// exhaust the stack.
const MAX_DEPTH: usize = 128;

/// Parses one JSON text (RFC 8259; whitespace around it allowed, nothing else after it).
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> ParseError {
        let upto = &self.s[..self.i.min(self.s.len())];
        let line = 1 + upto.iter().filter(|&&b| b == b'\n').count();
        let line_start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = upto[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        ParseError {
            message,
            line,
            column: column.max(1),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.i += 1;
        }
    }

    fn literal(&mut self, word: &'static [u8], v: Value) -> Result<Value, ParseError> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            self.i += 1;
            Err(self.error("expected value"))
        }
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.nest()?;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        items.push(self.value()?);
                        self.ws();
                        match self.peek() {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                break;
                            }
                            None => return Err(self.error("EOF while parsing a list")),
                            _ => return Err(self.error("expected `,` or `]`")),
                        }
                    }
                }
                self.depth -= 1;
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.nest()?;
                let mut members = Map::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        match self.peek() {
                            Some(b'"') => {}
                            None => return Err(self.error("EOF while parsing an object")),
                            _ => return Err(self.error("key must be a string")),
                        }
                        let key = self.string()?;
                        self.ws();
                        if self.peek() != Some(b':') {
                            return Err(self.error("expected `:`"));
                        }
                        self.i += 1;
                        self.ws();
                        let v = self.value()?;
                        members.insert(key, v);
                        self.ws();
                        match self.peek() {
                            Some(b',') => self.i += 1,
                            Some(b'}') => {
                                self.i += 1;
                                break;
                            }
                            None => return Err(self.error("EOF while parsing an object")),
                            _ => return Err(self.error("expected `,` or `}`")),
                        }
                    }
                }
                self.depth -= 1;
                Ok(Value::Object(members))
            }
            Some(_) => {
                self.i += 1;
                Err(self.error("expected value"))
            }
        }
    }

    fn nest(&mut self) -> Result<(), ParseError> {
        self.i += 1;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let from = p.i;
            while let Some(b'0'..=b'9') = p.peek() {
                p.i += 1;
            }
            p.i - from
        };
        let int_start = self.i;
        match digits(self) {
            0 => return Err(self.error("invalid number")),
            n if n > 1 && self.s[int_start] == b'0' => {
                self.i = int_start + 1;
                return Err(self.error("invalid number"));
            }
            _ => {}
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            float = true;
            self.i += 1;
            if digits(self) == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            float = true;
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("invalid number"));
            }
        }
        // The bytes are ASCII digits and signs only.
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
        if !float {
            if negative {
                // serde_json reads "-0" as the float -0.0.
                if let Ok(n @ ..=-1) = text.parse::<i64>() {
                    return Ok(Value::Number(Number::NegInt(n)));
                }
            } else if let Ok(n) = text.parse::<u64>() {
                return Ok(Value::Number(Number::PosInt(n)));
            }
        }
        match crate::decimal::parse(text) {
            Some(f) => Ok(Value::Number(Number::Float(f))),
            None => Err(self.error("number out of range")),
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                None => return Err(self.error("EOF while parsing a string")),
                _ => return Err(self.error("invalid escape")),
            };
            self.i += 1;
            n = n * 16 + d as u32;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let from = self.i;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // `text` is a &str, so a run between ASCII delimiters is valid UTF-8.
            out.push_str(std::str::from_utf8(&self.s[from..self.i]).unwrap_or(""));
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek() {
                        None => return Err(self.error("EOF while parsing a string")),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.s[self.i..].starts_with(b"\\u") {
                                    return Err(self.error("lone leading surrogate in hex escape"));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("lone leading surrogate in hex escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            match char::from_u32(code) {
                                Some(c) => out.push(c),
                                None => return Err(self.error("invalid unicode code point")),
                            }
                            continue;
                        }
                        _ => return Err(self.error("invalid escape")),
                    };
                    self.i += 1;
                    out.push(c);
                }
                Some(_) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// From the engine's `Serialize` types

/// The value of anything `Serialize` (as `serde_json::to_value`; maps need string keys).
pub fn to_value<T: serde::Serialize + ?Sized>(v: &T) -> Result<Value, Error> {
    v.serialize(ValueSerializer)
}

/// A value that has no JSON form (a map key that is not a string).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl serde::ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct ValueSerializer;

pub struct SeqBuilder {
    items: Vec<Value>,
    variant: Option<&'static str>,
}

pub struct MapBuilder {
    map: Map,
    key: Option<String>,
    variant: Option<&'static str>,
}

fn wrap(variant: Option<&'static str>, v: Value) -> Value {
    match variant {
        Some(name) => object([(name, v)]),
        None => v,
    }
}

impl serde::Serializer for ValueSerializer {
    type Ok = Value;
    type Error = Error;
    type SerializeSeq = SeqBuilder;
    type SerializeTuple = SeqBuilder;
    type SerializeTupleStruct = SeqBuilder;
    type SerializeTupleVariant = SeqBuilder;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = MapBuilder;

    fn serialize_bool(self, v: bool) -> Result<Value, Error> {
        Ok(Value::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Value, Error> {
        Ok(Value::from(v as i64))
    }
    fn serialize_i16(self, v: i16) -> Result<Value, Error> {
        Ok(Value::from(v as i64))
    }
    fn serialize_i32(self, v: i32) -> Result<Value, Error> {
        Ok(Value::from(v as i64))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, Error> {
        Ok(Value::from(v))
    }
    fn serialize_u8(self, v: u8) -> Result<Value, Error> {
        Ok(Value::Number(Number::PosInt(v as u64)))
    }
    fn serialize_u16(self, v: u16) -> Result<Value, Error> {
        Ok(Value::Number(Number::PosInt(v as u64)))
    }
    fn serialize_u32(self, v: u32) -> Result<Value, Error> {
        Ok(Value::Number(Number::PosInt(v as u64)))
    }
    fn serialize_u64(self, v: u64) -> Result<Value, Error> {
        Ok(Value::Number(Number::PosInt(v)))
    }
    fn serialize_f32(self, v: f32) -> Result<Value, Error> {
        Ok(Value::from(v as f64))
    }
    fn serialize_f64(self, v: f64) -> Result<Value, Error> {
        Ok(Value::from(v))
    }
    fn serialize_char(self, v: char) -> Result<Value, Error> {
        Ok(Value::String(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Value, Error> {
        Ok(Value::from(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value, Error> {
        Ok(Value::Array(
            v.iter()
                .map(|b| Value::Number(Number::PosInt(*b as u64)))
                .collect(),
        ))
    }
    fn serialize_none(self) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_some<T: serde::Serialize + ?Sized>(self, v: &T) -> Result<Value, Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Value, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Value, Error> {
        Ok(Value::from(variant))
    }
    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Value, Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<Value, Error> {
        Ok(wrap(Some(variant), v.serialize(self)?))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder, Error> {
        Ok(SeqBuilder {
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqBuilder, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqBuilder, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<SeqBuilder, Error> {
        Ok(SeqBuilder {
            items: Vec::with_capacity(len),
            variant: Some(variant),
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<MapBuilder, Error> {
        Ok(MapBuilder {
            map: Map::new(),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<MapBuilder, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<MapBuilder, Error> {
        Ok(MapBuilder {
            map: Map::new(),
            key: None,
            variant: Some(variant),
        })
    }
}

macro_rules! seq_impl {
    ($($tr:ident :: $method:ident),*) => {$(
        impl serde::ser::$tr for SeqBuilder {
            type Ok = Value;
            type Error = Error;
            fn $method<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                self.items.push(to_value(v)?);
                Ok(())
            }
            fn end(self) -> Result<Value, Error> {
                Ok(wrap(self.variant, Value::Array(self.items)))
            }
        }
    )*};
}
seq_impl!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl serde::ser::SerializeMap for MapBuilder {
    type Ok = Value;
    type Error = Error;
    fn serialize_key<T: serde::Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(match to_value(key)? {
            Value::String(s) => s,
            Value::Number(n) => Value::Number(n).to_string(),
            Value::Bool(b) => b.to_string(),
            _ => return Err(Error("key must be a string".to_string())),
        });
        Ok(())
    }
    fn serialize_value<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        let key = self.key.take().unwrap_or_default();
        self.map.insert(key, to_value(v)?);
        Ok(())
    }
    fn end(self) -> Result<Value, Error> {
        Ok(wrap(self.variant, Value::Object(self.map)))
    }
}

macro_rules! struct_impl {
    ($($tr:ident),*) => {$(
        impl serde::ser::$tr for MapBuilder {
            type Ok = Value;
            type Error = Error;
            fn serialize_field<T: serde::Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                v: &T,
            ) -> Result<(), Error> {
                self.map.insert(key.to_string(), to_value(v)?);
                Ok(())
            }
            fn end(self) -> Result<Value, Error> {
                Ok(wrap(self.variant, Value::Object(self.map)))
            }
        }
    )*};
}
struct_impl!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_serde_json(text: &str) {
        let ours = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let theirs: serde_json::Value = serde_json::from_str(text).expect("serde_json parses it");
        assert_eq!(ours.to_string(), theirs.to_string(), "compact {text:?}");
        assert_eq!(
            ours.to_string_pretty(),
            serde_json::to_string_pretty(&theirs).unwrap(),
            "pretty {text:?}"
        );
    }

    #[test]
    fn writes_what_serde_json_writes() {
        for text in [
            r#"{"b":1,"a":[1,2,{"z":null,"y":true}],"c":{},"d":[],"e":"x"}"#,
            r#"[0, -0, 1.5, -2.25, 1260.0, 8.83, 1e3, 0.1, -7, 18446744073709551615, -9223372036854775808]"#,
            r#""tab\there \"quoted\" back\\slash \u0001 \u001f \u007f é € \ud83d\ude00 / \/""#,
            r#"{"nested":{"deeper":{"deepest":[[],[[]],{}]}}}"#,
            "  \n\t true \r\n",
            "12345678901234567890123",
            "[1.7976931348623157e308, 5e-324, 123456789.123456789, 1e16, -1e16, 9999999999999998.0]",
            "[1e-5, 1e-6, 0.000012345, 1.5e-7, 2.5e300, 123e-310, 0.1234567890123456789]",
        ] {
            same_as_serde_json(text);
        }
    }

    #[test]
    fn amounts_in_hundredths_print_like_serde_json() {
        // Every amount the engine writes is cents / 100 or hundredths of an hour / 100.
        let mut c: i64 = 1;
        while c < 100_000_000_000_000 {
            for c in [c, -c] {
                let f = c as f64 / 100.0;
                let ours = Value::from(f).to_string();
                let theirs = serde_json::to_string(&f).unwrap();
                assert_eq!(ours, theirs, "{c} cents");
            }
            c = c * 3 / 2 + 7;
        }
        for c in -2000..2000 {
            let f = c as f64 / 100.0;
            assert_eq!(
                Value::from(f).to_string(),
                serde_json::to_string(&f).unwrap()
            );
        }
        assert_eq!(Value::from(f64::NAN).to_string(), "null");
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for text in [
            "",
            " ",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "{a:1}",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"a\nb\"",
            "[1]]",
            "1 2",
            "NaN",
            "Infinity",
            "1e400",
            "'a'",
            "\u{feff}{}",
        ] {
            assert!(
                serde_json::from_str::<serde_json::Value>(text).is_err(),
                "serde_json accepts {text:?}"
            );
            assert!(parse(text).is_err(), "we accept {text:?}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(
            parse(&deep).unwrap_err().message,
            "recursion limit exceeded"
        );
    }

    #[test]
    fn errors_say_where() {
        let text = "{\n  \"a\": tru\n}";
        let e = parse(text).unwrap_err();
        assert_eq!((e.line, e.column), (2, 8), "{e}");
        assert_eq!(e.to_string(), "expected value at line 2 column 8");
        let e = parse("").unwrap_err();
        assert_eq!(
            e.to_string(),
            "EOF while parsing a value at line 1 column 1"
        );
    }

    #[test]
    fn to_value_matches_serde_json_to_value() {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        enum E {
            Unit,
            New(i32),
            Tuple(u8, bool),
            Struct { x: Option<f64> },
        }
        #[derive(serde::Serialize)]
        struct S {
            name: &'static str,
            list: Vec<E>,
            none: Option<u8>,
            map: BTreeMap<u32, f64>,
            pair: (i8, char),
        }
        let s = S {
            name: "x\"y",
            list: vec![
                E::Unit,
                E::New(-3),
                E::Tuple(7, false),
                E::Struct { x: Some(0.5) },
            ],
            none: None,
            map: BTreeMap::from([(2, 1.25), (10, 1260.0)]),
            pair: (-1, 'é'),
        };
        assert_eq!(
            to_value(&s).unwrap().to_string(),
            serde_json::to_value(&s).unwrap().to_string()
        );
    }
}
