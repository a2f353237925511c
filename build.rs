//! Turns the figures in `params/*.toml` into Rust tables (`$OUT_DIR/params.rs`, included by
//! `src/rules/params.rs`), so that the browser parses nothing at run time.
//!
//! A file holds one or more figures. A figure is a TOML table with `name`, `name_en`, optionally
//! `update_months` (its schedule) and either `unit` (one number) or `parts` (several, each with
//! `unit`, `name`, `name_en`, and `optional = true` when a value may be `"none"`). Its `values` are
//! entries with `from` (a date), `status` (`confirmed`, `announced`, `carried_forward`),
//! `reference` (a title) and `source` (an https URL), and the value: `value = …` for one number, or
//! any of the parts by name. A part left out keeps its earlier value (parts are dated part by part);
//! a `carried_forward` entry may give no value at all. The build fails, naming file and figure,
//! when anything is missing or malformed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use toml::{Table, Value};

// The units, as the engine knows them.
#[path = "src/rules/params/unit.rs"]
mod unit;
use unit::Unit;

/// The Rust type of a value in `unit`.
fn rust_type(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => "Cents",
        Unit::Percent => "Pct",
        Unit::Hours => "Hours",
        Unit::Months | Unit::Weeks | Unit::Years => "u32",
        Unit::Date => "Date",
        Unit::Bool => "bool",
    }
}

/// The variant of `unit` (`Euro`), as in `Unit::Euro` and `FigureValue::Euro`.
fn variant(unit: Unit) -> String {
    format!("{unit:?}")
}

struct Part {
    key: String,
    nl: String,
    en: String,
    unit: Unit,
    optional: bool,
    /// What `"none"` means for an optional part, in Dutch and English.
    none: (String, String),
}

/// One part's value as Rust source: (typed expression, `FigureValue` expression).
type Cell = (String, String);

/// The statuses, from most to least certain (the variants of `FigureStatus`).
const STATUSES: [&str; 3] = ["Confirmed", "Announced", "CarriedForward"];

pub(crate) struct Entry {
    from: (i32, u8, u8),
    /// The least certain status among the entries whose values are in force after this one (and
    /// `CarriedForward` for an entry that only carries values forward).
    pub(crate) status: &'static str,
    /// Per part, the status (index in [`STATUSES`]) of the entry that gave its value.
    part_status: Vec<usize>,
    reference: String,
    source: String,
    /// Every part's value after this entry (earlier entries' values where this one gives none).
    cells: Vec<Cell>,
    /// The entry that last gave a value (itself, unless it only carries values forward).
    value_from: (i32, u8, u8),
}

fn fail(at: &str, msg: &str) -> ! {
    panic!("params: {at}: {msg}")
}

fn text(t: &Table, key: &str, at: &str) -> String {
    match t.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        _ => fail(at, &format!("`{key}` must be a non-empty string")),
    }
}

fn date(v: Option<&Value>, at: &str) -> (i32, u8, u8) {
    match v {
        Some(Value::Datetime(d)) if d.time.is_none() && d.date.is_some() => {
            let d = d.date.unwrap();
            (d.year as i32, d.month, d.day)
        }
        _ => fail(at, "a date must be written as YYYY-MM-DD (no quotes)"),
    }
}

/// Hundredths of a number given with at most two decimals (14.99 → 1499).
fn hundredths(v: &Value, at: &str) -> i64 {
    let x = match v {
        Value::Integer(n) => return n * 100,
        Value::Float(f) => *f,
        _ => fail(at, "expected a number"),
    };
    let h = (x * 100.0).round();
    if (x * 100.0 - h).abs() > 1e-6 {
        fail(at, &format!("{x} has more than two decimals"));
    }
    h as i64
}

fn cell(part: &Part, v: &Value, at: &str) -> Cell {
    if let Value::String(s) = v {
        if s == "none" && part.optional {
            return ("None".into(), "FigureValue::None".into());
        }
        fail(at, "expected a number (or \"none\" for an optional part)");
    }
    let (typed, value) = match part.unit {
        Unit::Euro | Unit::Percent | Unit::Hours => {
            let h = hundredths(v, at);
            if h < 0 {
                fail(at, "negative value");
            }
            let t = format!("{}({h})", rust_type(part.unit));
            (
                t.clone(),
                format!("FigureValue::{}({t})", variant(part.unit)),
            )
        }
        Unit::Months | Unit::Weeks | Unit::Years => match v {
            Value::Integer(n) if *n >= 0 => (
                format!("{n}"),
                format!("FigureValue::{}({n})", variant(part.unit)),
            ),
            _ => fail(at, "expected a whole number"),
        },
        Unit::Date => {
            let (y, m, d) = date(Some(v), at);
            let t = format!("Date::ymd({y}, {m}, {d})");
            (t.clone(), format!("FigureValue::Date({t})"))
        }
        Unit::Bool => match v {
            Value::Boolean(b) => (format!("{b}"), format!("FigureValue::Bool({b})")),
            _ => fail(at, "expected true or false"),
        },
    };
    if part.optional {
        (format!("Some({typed})"), value)
    } else {
        (typed, value)
    }
}

fn upper(key: &str) -> String {
    key.to_ascii_uppercase()
}

fn rust_str(s: &str) -> String {
    format!("{s:?}")
}

pub(crate) struct Figure {
    key: String,
    file: String,
    nl: String,
    en: String,
    update_months: u32,
    /// `None`: one number (the `value` of each entry).
    ty: Option<String>,
    parts: Vec<Part>,
    pub(crate) entries: Vec<Entry>,
}

pub(crate) fn figure(file: &str, key: &str, t: &Table) -> Figure {
    let at = format!("{file} [{key}]");
    let at = at.as_str();
    if !key
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        fail(at, "a figure's key is lower case letters, digits and _");
    }
    let update_months = match t.get("update_months") {
        None => 0,
        Some(Value::Integer(n)) if *n > 0 => *n as u32,
        _ => fail(at, "`update_months` must be a positive whole number"),
    };
    let part = |key: &str, p: &Table, optional_ok: bool| {
        let at = format!("{at} part {key}");
        let unit = Unit::parse(&text(p, "unit", &at)).unwrap_or_else(|| {
            fail(
                &at,
                "unknown unit (euro, percent, hours, months, weeks, years, date, bool)",
            )
        });
        let optional = matches!(p.get("optional"), Some(Value::Boolean(true)));
        if optional && !optional_ok {
            fail(&at, "only a part can be optional");
        }
        Part {
            key: key.to_string(),
            nl: if optional_ok {
                text(p, "name", &at)
            } else {
                String::new()
            },
            en: if optional_ok {
                text(p, "name_en", &at)
            } else {
                String::new()
            },
            unit,
            optional,
            none: if optional {
                (text(p, "none", &at), text(p, "none_en", &at))
            } else {
                (String::new(), String::new())
            },
        }
    };
    let (ty, parts) = match (t.get("parts"), t.get("unit")) {
        (Some(Value::Table(parts)), None) => {
            let ty = text(t, "type", at);
            let parts: Vec<Part> = parts
                .iter()
                .map(|(k, v)| match v {
                    Value::Table(p) => part(k, p, true),
                    _ => fail(at, &format!("part {k} must be a table")),
                })
                .collect();
            if parts.is_empty() {
                fail(at, "no parts");
            }
            (Some(ty), parts)
        }
        (None, Some(_)) => (None, vec![part("value", t, false)]),
        _ => fail(at, "give either `unit` (one number) or `parts`"),
    };
    let values = match t.get("values") {
        Some(Value::Array(v)) if !v.is_empty() => v,
        _ => fail(at, "no `values`"),
    };
    let mut entries: Vec<Entry> = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let at = format!("{at} values[{i}]");
        let e = match v {
            Value::Table(e) => e,
            _ => fail(&at, "an entry must be a table"),
        };
        let from = date(e.get("from"), &format!("{at} from"));
        let own = match text(e, "status", &at).as_str() {
            "confirmed" => 0,
            "announced" => 1,
            "carried_forward" => 2,
            _ => fail(
                &at,
                "status must be confirmed, announced or carried_forward",
            ),
        };
        let reference = text(e, "reference", &at);
        let source = text(e, "source", &at);
        if !source.starts_with("https://") || source.contains(char::is_whitespace) {
            fail(&at, "source must be one https:// URL");
        }
        for k in e.keys() {
            let known = ["from", "status", "reference", "source", "note"].contains(&k.as_str())
                || parts.iter().any(|p| &p.key == k);
            if !known {
                fail(&at, &format!("unknown key `{k}`"));
            }
        }
        let previous = entries.last();
        if let Some(p) = previous {
            if p.from >= from {
                fail(&at, "entries must be in date order, one per date");
            }
        }
        let status = STATUSES[own];
        let mut gave_value = false;
        let part_status: Vec<usize> = parts
            .iter()
            .enumerate()
            .map(|(j, part)| match (e.get(&part.key), previous) {
                (None, Some(p)) => p.part_status[j],
                _ => own,
            })
            .collect();
        let cells = parts
            .iter()
            .enumerate()
            .map(|(j, part)| match e.get(&part.key) {
                Some(v) => {
                    gave_value = true;
                    cell(part, v, &format!("{at} {}", part.key))
                }
                None => match previous {
                    Some(p) => p.cells[j].clone(),
                    None => fail(&at, &format!("the first entry must give `{}`", part.key)),
                },
            })
            .collect();
        if !gave_value && status != "CarriedForward" {
            fail(&at, "an entry without a value must be carried_forward");
        }
        if gave_value && status == "CarriedForward" {
            fail(
                &at,
                "a carried_forward entry repeats no value: leave the value out",
            );
        }
        let value_from = match (gave_value, previous) {
            (false, Some(p)) => p.value_from,
            _ => from,
        };
        // A part announced earlier and not confirmed since keeps the figure "announced".
        let least_certain = part_status.iter().copied().max().unwrap_or(own).max(own);
        entries.push(Entry {
            from,
            status: STATUSES[least_certain],
            part_status,
            reference,
            source,
            cells,
            value_from,
        });
    }
    Figure {
        key: key.to_string(),
        file: file.to_string(),
        nl: text(t, "name", at),
        en: text(t, "name_en", at),
        update_months,
        ty,
        parts,
        entries,
    }
}

fn main() {
    let dir = Path::new("params");
    println!("cargo:rerun-if-changed=params");
    // params/index.toml: when the figures were last checked, and the files in the order shown.
    let index: Table = std::fs::read_to_string(dir.join("index.toml"))
        .expect("params/index.toml exists")
        .parse()
        .unwrap_or_else(|e| fail("index.toml", &format!("not TOML: {e}")));
    let (cy, cm, cd) = date(index.get("checked"), "index.toml checked");
    let files: Vec<String> = match index.get("files") {
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                _ => fail("index.toml", "`files` lists file names"),
            })
            .collect(),
        _ => fail("index.toml", "no `files = [...]`"),
    };
    for e in std::fs::read_dir(dir).expect("read params/") {
        let name = e
            .expect("read params/")
            .file_name()
            .to_string_lossy()
            .to_string();
        if name.ends_with(".toml") && name != "index.toml" && !files.contains(&name) {
            fail("index.toml", &format!("{name} is not in `files`"));
        }
    }
    let mut figures = Vec::new();
    for name in &files {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let src = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| fail(name, &format!("cannot read: {e}")));
        let table: Table = src
            .parse()
            .unwrap_or_else(|e| fail(name, &format!("not TOML: {e}")));
        for (key, v) in &table {
            match v {
                Value::Table(t) => figures.push(figure(name, key, t)),
                _ => fail(name, &format!("`{key}` must be a figure (a table)")),
            }
        }
    }
    let mut seen = BTreeMap::new();
    for f in &figures {
        if let Some(other) = seen.insert(f.key.clone(), f.file.clone()) {
            fail(&f.file, &format!("figure {} is also in {other}", f.key));
        }
    }

    let mut out = String::new();
    let w = &mut out;
    writeln!(
        w,
        "// Generated by build.rs from params/*.toml: edit those files, not this."
    )
    .unwrap();
    writeln!(
        w,
        "/// The day the figures were last checked against their sources (params/index.toml)."
    )
    .unwrap();
    writeln!(w, "pub const CHECKED: Date = Date::ymd({cy}, {cm}, {cd});").unwrap();
    // One struct per `type` (figures may share one, like the LKV categories: then their parts agree).
    let mut types: BTreeMap<String, &Figure> = BTreeMap::new();
    for f in &figures {
        let Some(ty) = &f.ty else { continue };
        if let Some(other) = types.get(ty) {
            let same =
                other.parts.len() == f.parts.len()
                    && other.parts.iter().zip(&f.parts).all(|(a, b)| {
                        a.key == b.key && a.unit == b.unit && a.optional == b.optional
                    });
            if !same {
                fail(
                    &f.file,
                    &format!("{}: type {ty} differs from {}'s", f.key, other.key),
                );
            }
            continue;
        }
        types.insert(ty.clone(), f);
        writeln!(w, "\n/// The parts of `{}` (params/{}).", f.key, f.file).unwrap();
        writeln!(
            w,
            "#[derive(Clone, Copy, Debug, PartialEq)]\npub struct {ty} {{"
        )
        .unwrap();
        for p in &f.parts {
            let t = rust_type(p.unit);
            let t = if p.optional {
                format!("Option<{t}>")
            } else {
                t.to_string()
            };
            writeln!(w, "    /// {} ({})", p.nl, p.en).unwrap();
            writeln!(w, "    pub {}: {t},", p.key).unwrap();
        }
        writeln!(w, "}}").unwrap();
    }
    for f in &figures {
        let name = upper(&f.key);
        let ty =
            f.ty.clone()
                .unwrap_or_else(|| rust_type(f.parts[0].unit).to_string());
        writeln!(w, "\n/// {} (params/{}).", f.nl, f.file).unwrap();
        writeln!(w, "pub static {name}: Param<{ty}> = Param {{").unwrap();
        writeln!(w, "    figure: &FIGURE_{name},").unwrap();
        writeln!(w, "    values: &[").unwrap();
        for e in &f.entries {
            let (y, m, d) = e.from;
            let value = match &f.ty {
                None => e.cells[0].0.clone(),
                Some(ty) => {
                    let fields: Vec<String> = f
                        .parts
                        .iter()
                        .zip(&e.cells)
                        .map(|(p, c)| format!("{}: {}", p.key, c.0))
                        .collect();
                    format!("{ty} {{ {} }}", fields.join(", "))
                }
            };
            // `key`: Date::key of `from`, so that a look-up compares one number per entry.
            let key = (i64::from(y) << 16) | (i64::from(m) << 8) | i64::from(d);
            writeln!(
                w,
                "        Dated {{ from: Date::ymd({y}, {m}, {d}), key: {key}, value: {value} }},"
            )
            .unwrap();
        }
        writeln!(w, "    ],\n}};").unwrap();
        writeln!(w, "static FIGURE_{name}: Figure = Figure {{").unwrap();
        writeln!(w, "    key: {},", rust_str(&f.key)).unwrap();
        writeln!(w, "    nl: {},", rust_str(&f.nl)).unwrap();
        writeln!(w, "    en: {},", rust_str(&f.en)).unwrap();
        writeln!(w, "    file: {},", rust_str(&f.file)).unwrap();
        writeln!(w, "    update_months: {},", f.update_months).unwrap();
        writeln!(w, "    parts: &[").unwrap();
        for p in &f.parts {
            writeln!(
                w,
                "        PartInfo {{ key: {}, nl: {}, en: {}, unit: Unit::{}, none: ({}, {}) }},",
                rust_str(if f.ty.is_some() { &p.key } else { "" }),
                rust_str(&p.nl),
                rust_str(&p.en),
                variant(p.unit),
                rust_str(&p.none.0),
                rust_str(&p.none.1)
            )
            .unwrap();
        }
        writeln!(w, "    ],\n    versions: &[").unwrap();
        for e in &f.entries {
            let (y, m, d) = e.from;
            let (vy, vm, vd) = e.value_from;
            let values: Vec<&str> = e.cells.iter().map(|c| c.1.as_str()).collect();
            writeln!(
                w,
                "        Version {{ from: Date::ymd({y}, {m}, {d}), value_from: Date::ymd({vy}, {vm}, {vd}), status: FigureStatus::{}, reference: {}, source: {}, values: &[{}] }},",
                e.status,
                rust_str(&e.reference),
                rust_str(&e.source),
                values.join(", ")
            )
            .unwrap();
        }
        writeln!(w, "    ],\n}};").unwrap();
    }
    writeln!(
        w,
        "\n/// Every figure, in the order of params/index.toml and of each file."
    )
    .unwrap();
    writeln!(w, "pub static FIGURES: [&Figure; {}] = [", figures.len()).unwrap();
    for f in &figures {
        writeln!(w, "    &FIGURE_{},", upper(&f.key)).unwrap();
    }
    writeln!(w, "];").unwrap();

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("params.rs");
    std::fs::write(dest, out).expect("write params.rs");
}
