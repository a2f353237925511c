//! Many candidates at once, for advisers: CSV in (one scenario per row, the columns named by the
//! contract's input names), CSV out (each row's statuses and key amounts, or its errors). Pure:
//! tested natively, and the browser's batch panel runs the same code.
//!
//! Input: a header row of input names (`employee.benefit`, `job.hourly_wage`, …; an `id` column is
//! passed through; other columns are reported), then one row per candidate, values written as in the
//! form (`14,71`, `ja`/`nee`/`weet ik niet` or `true`/`false`/`unknown`). The separator is `;` (as
//! Dutch spreadsheets write CSV) or `,`, whichever the header uses; fields may be quoted with `"`.

use crate::form::field;
use crate::form::{Form, FIELDS};
use crate::rules::money::Cents;
use crate::rules::result::AmountKey;
use crate::rules::{evaluate, Arrangement, Date, Evaluation};

/// One evaluated row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// 1-based line number in the input (the header is line 1).
    pub line: usize,
    pub id: String,
    /// The output columns after `id` and `line` (statuses, amounts, errors: see `output_columns`).
    pub cells: Vec<String>,
    pub ok: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Batch {
    pub rows: Vec<Row>,
    /// Problems with the input as a whole (unknown columns, no header).
    pub notes: Vec<String>,
    /// The output as CSV, with the input's separator.
    pub csv: String,
}

/// Where a column's amount comes from in an evaluation.
pub type AmountOf = fn(&Evaluation) -> Option<Cents>;

/// Output columns after `id`, `line` and each arrangement's status ([`Arrangement::ALWAYS`]): the
/// key amounts (each column's name with where its amount comes from), then the row's errors.
pub const AMOUNT_COLUMNS: [(&str, AmountOf); 5] = [
    ("employer_hourly_wage", |e| {
        e.arrangements
            .loondispensatie
            .amounts
            .euro(AmountKey::EmployerHourlyWage)
    }),
    ("saving_per_year", |e| {
        e.arrangements
            .loondispensatie
            .amounts
            .euro(AmountKey::SavingPerYear)
    }),
    ("lkv_per_year", |e| {
        e.arrangements.lkv.amounts.euro(AmountKey::PerYear)
    }),
    ("loonkostensubsidie_per_month", |e| {
        e.arrangements
            .loonkostensubsidie
            .amounts
            .euro(AmountKey::PerMonth)
    }),
    ("costs_per_year_with", |e| Some(e.costs.per_year_with)),
];

/// All output columns after `id` and `line`.
fn output_columns() -> impl Iterator<Item = &'static str> {
    Arrangement::ALWAYS
        .into_iter()
        .map(Arrangement::key)
        .chain(AMOUNT_COLUMNS.iter().map(|(name, _)| *name))
        .chain(["errors"])
}

fn split(line: &str, sep: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == sep && !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter().map(|f| f.trim().to_string()).collect()
}

fn quote(field: &str, sep: char) -> String {
    if field.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A yes/no/don't-know cell in the form's values. The words are ASCII, so ASCII case folding is
/// enough (and keeps Unicode's case tables, about 10 kB gzip, out of the wasm).
fn choice(value: &str) -> String {
    match value.to_ascii_lowercase().as_str() {
        "ja" | "yes" | "true" | "1" => "true".into(),
        "nee" | "no" | "false" | "0" => "false".into(),
        "" | "weet ik niet" | "onbekend" | "unknown" | "null" => "unknown".into(),
        other => other.to_string(),
    }
}

fn euros(c: Option<crate::rules::money::Cents>) -> String {
    // Whole cents, printed without floats (as `{:.2}` of the euros, e.g. `-1.50`).
    c.map(|c| {
        let sign = if c.0 < 0 { "-" } else { "" };
        format!("{sign}{}.{:02}", c.0.abs() / 100, c.0.abs() % 100)
    })
    .unwrap_or_default()
}

pub fn evaluate_csv(text: &str, today: Date) -> Batch {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let mut notes = Vec::new();
    let Some((_, header)) = lines.next() else {
        return Batch {
            rows: Vec::new(),
            notes: vec!["no header row".into()],
            csv: String::new(),
        };
    };
    let sep = if header.matches(';').count() >= header.matches(',').count() {
        ';'
    } else {
        ','
    };
    let columns = split(header.trim_start_matches('\u{feff}'), sep);
    for c in &columns {
        if c != "id" && !FIELDS.contains(&c.as_str()) {
            notes.push(format!("unknown column \"{c}\" is ignored"));
        }
    }
    let mut csv = ["id", "line"]
        .into_iter()
        .chain(output_columns())
        .collect::<Vec<_>>()
        .join(&sep.to_string());
    csv.push('\n');
    let mut rows = Vec::new();
    for (index, line) in lines {
        let values = split(line, sep);
        let mut form = Form::new(today);
        let mut id = String::new();
        for (column, value) in columns.iter().zip(values.iter()) {
            match column.as_str() {
                "id" => id = value.clone(),
                name @ (field::ALREADY_EMPLOYED
                | field::WAJONG_WORK_CAPACITY
                | field::TARGET_GROUP_REGISTER
                | field::STRUCTURAL_LIMITATION
                | field::WSW) => {
                    form.set(name, choice(value));
                }
                name => {
                    form.set(name, value.clone());
                }
            }
        }
        let checked = form.check(today);
        let mut errors: Vec<String> = checked
            .errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        errors.extend(checked.missing.iter().map(|m| format!("{m}: required")));
        let cells = match &checked.scenario {
            Some(s) if errors.is_empty() => {
                let e = evaluate(s);
                let mut cells: Vec<String> = Arrangement::ALWAYS
                    .iter()
                    .map(|a| {
                        e.arrangements
                            .get(*a)
                            .map_or("", |d| d.status.code())
                            .to_string()
                    })
                    .collect();
                cells.extend(AMOUNT_COLUMNS.iter().map(|(_, amount)| euros(amount(&e))));
                cells.push(String::new());
                cells
            }
            _ => {
                let mut cells = vec![String::new(); output_columns().count() - 1];
                cells.push(errors.join("; "));
                cells
            }
        };
        let row = Row {
            line: index + 1,
            id,
            ok: cells.last().is_some_and(|e| e.is_empty()),
            cells,
        };
        let out: Vec<String> = [row.id.clone(), row.line.to_string()]
            .into_iter()
            .chain(row.cells.iter().cloned())
            .map(|f| quote(&f, sep))
            .collect();
        csv.push_str(&out.join(&sep.to_string()));
        csv.push('\n');
        rows.push(row);
    }
    Batch { rows, notes, csv }
}

/// `n` rows of varied candidates (for timing the batch mode): the header and the rows as CSV.
pub fn sample_csv(n: usize) -> String {
    let mut out = String::from("id;date;employee.benefit;employee.wajong_work_capacity;employee.structural_limitation;employee.age;job.hours_per_week;job.hourly_wage;job.contract_months;employee.loonwaarde_pct\n");
    let benefits = ["wajong", "wia", "participatiewet", "ww", "none", "unknown"];
    for i in 0..n {
        out.push_str(&format!(
            "k{i};2026-01-01;{};{};ja;{};{};{},{:02};{};{}\n",
            benefits[i % benefits.len()],
            ["ja", "nee", "weet ik niet"][i % 3],
            18 + i % 45,
            8 + i % 33,
            14 + i % 12,
            i % 100,
            if i % 4 == 0 {
                String::new()
            } else {
                (6 + i % 30).to_string()
            },
            if i % 5 == 0 {
                String::new()
            } else {
                (20 + i % 80).to_string()
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::ymd(2026, 1, 1);

    #[test]
    fn amounts_are_printed_as_two_decimals_without_floats() {
        use crate::rules::money::Cents;
        for c in [-100_001, -150, -5, 0, 5, 50, 883, 1_064_095, 123_456_789] {
            assert_eq!(
                euros(Some(Cents(c))),
                format!("{:.2}", c as f64 / 100.0),
                "{c}"
            );
        }
        assert_eq!(euros(None), "");
    }

    #[test]
    fn a_column_says_who_already_works_here() {
        let csv = "id;job.already_employed;employee.benefit;employee.wajong_work_capacity;employee.structural_limitation;employee.age;job.hours_per_week;job.hourly_wage;date\n\
                   nieuw;nee;wajong;ja;ja;24;24;14,71;2026-01-01\n\
                   eigen;ja;wajong;ja;ja;24;24;14,71;2026-01-01\n\
                   weetniet;;wajong;ja;ja;24;24;14,71;2026-01-01\n";
        let b = evaluate_csv(csv, TODAY);
        // Columns: the eight statuses in card order; proefplaatsing is the 6th, werkbehoud the 8th.
        let statuses = |i: usize| (b.rows[i].cells[5].as_str(), b.rows[i].cells[7].as_str());
        assert_eq!(statuses(0), ("eligible", "not_eligible"));
        assert_eq!(statuses(1), ("not_eligible", "eligible"));
        assert_eq!(statuses(2), ("needs_info", "needs_info"));
        assert!(b
            .csv
            .lines()
            .next()
            .unwrap()
            .contains(";werkplekaanpassing;werkbehoud;"));
    }

    #[test]
    fn the_contract_example_as_a_dutch_csv_row() {
        let csv = "id;employee.benefit;employee.wajong_work_capacity;employee.structural_limitation;employee.age;job.hours_per_week;job.hourly_wage;job.contract_months;employee.loonwaarde_pct;date\n\
                   jan;wajong;ja;ja;24;24;14,71;12;60;2026-01-01\n";
        let b = evaluate_csv(csv, TODAY);
        assert!(b.notes.is_empty(), "{:?}", b.notes);
        assert_eq!(b.rows.len(), 1);
        let r = &b.rows[0];
        assert!(r.ok);
        assert_eq!((r.id.as_str(), r.line), ("jan", 2));
        // A Wajonger with a lasting limitation, a new hire: werkplekaanpassing via UWV, no
        // werkbehoud (that is for someone who already works here).
        assert_eq!(
            &r.cells[..8],
            [
                "eligible",
                "eligible",
                "eligible",
                "eligible",
                "not_eligible",
                "eligible",
                "eligible",
                "not_eligible"
            ]
        );
        assert_eq!(r.cells[8], "8.83");
        assert_eq!(r.cells[12], "10640.95");
        let mut out = b.csv.lines();
        assert!(out.next().unwrap().starts_with("id;line;loondispensatie;"));
        assert!(out.next().unwrap().starts_with("jan;2;eligible;eligible"));
    }

    #[test]
    fn bad_rows_get_their_errors_and_the_others_still_count() {
        let csv = "id,employee.benefit,employee.age,job.hours_per_week,job.hourly_wage,colour\n\
                   a,wia,45,32,\"18,50\",blue\n\
                   b,wia,oud,80,18.50,red\n\
                   \n\
                   c,wia,45,,18.50,green\n";
        let b = evaluate_csv(csv, TODAY);
        assert_eq!(
            b.notes,
            vec!["unknown column \"colour\" is ignored".to_string()]
        );
        assert_eq!(
            b.rows.iter().map(|r| (r.line, r.ok)).collect::<Vec<_>>(),
            [(2, true), (3, false), (5, false)]
        );
        let errors = b.rows[1].cells.last().unwrap();
        assert!(
            errors.contains("employee.age") && errors.contains("job.hours_per_week"),
            "{errors}"
        );
        assert!(b.rows[2]
            .cells
            .last()
            .unwrap()
            .contains("job.hours_per_week: required"));
        // A comma-separated input gives comma-separated output, quoting what needs it.
        assert!(
            b.csv.lines().nth(2).unwrap().starts_with("b,3,,,"),
            "{}",
            b.csv
        );
        assert!(
            b.csv.contains('"'),
            "errors with commas are quoted: {}",
            b.csv
        );
    }

    #[test]
    fn choice_cells_in_any_case() {
        for (cell, value) in [
            ("Ja", "true"),
            ("JA", "true"),
            ("yes", "true"),
            ("1", "true"),
            ("Nee", "false"),
            ("NO", "false"),
            ("", "unknown"),
            ("Weet Ik Niet", "unknown"),
            ("ONBEKEND", "unknown"),
            ("Misschien", "misschien"),
            ("Één", "Één"),
        ] {
            assert_eq!(choice(cell), value, "{cell:?}");
        }
    }

    #[test]
    fn empty_input_and_quoted_separators() {
        assert_eq!(
            evaluate_csv("", TODAY).notes,
            vec!["no header row".to_string()]
        );
        assert_eq!(
            split("a;\"b;c\";\"d \"\"e\"\"\"", ';'),
            ["a", "b;c", "d \"e\""]
        );
    }

    #[test]
    fn sample_rows_all_evaluate_or_report_errors() {
        let b = evaluate_csv(&sample_csv(500), TODAY);
        assert_eq!(b.rows.len(), 500);
        assert!(b.notes.is_empty());
        assert!(b.rows.iter().filter(|r| r.ok).count() > 400);
        assert_eq!(b.csv.lines().count(), 501);
    }
}
