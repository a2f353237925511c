//! Many candidates at once, for advisers: a CSV file in (one candidate per line, typed in a
//! spreadsheet), a CSV file out (each line's input, then its outcome per arrangement and its key
//! amounts, or what is wrong with it). Pure: tested natively; the browser's batch panel and
//! `steunwijzer batch` run this same code, so they write the same bytes.
//!
//! Reading: the `csv` crate (RFC 4180: quotes, doubled quotes, line breaks inside quotes, CR/LF/CRLF);
//! UTF-8 with or without byte-order mark, or UTF-16 or Windows-1252 as older Excel saves it
//! ([`decode`]); the separator (`;`, `,` or tab) is the one the header uses most. Headers name the
//! columns as the contract, the page (Dutch or English) or common usage does ([`columns`]); cells are
//! read as people type them, and a cell that cannot be read gets its own message. Columns the
//! check does not know (a name, an id) are carried to the output unchanged.
//!
//! Writing: in the page's language (status words, messages, decimal comma and `;` in Dutch; `.` and
//! `,` in English), UTF-8 with a byte-order mark (so Excel reads the `€` and the `ë`), CRLF line
//! ends, and no cell that a spreadsheet would run ([`write::defuse`]).
//!
//! A large file is worked through in steps ([`Run::step`]) so that the page stays responsive and
//! can show progress and stop.

mod columns;
mod texts;
mod write;

#[cfg(test)]
mod tests;

pub use columns::{Column, Kind, COLUMNS};
pub use texts::{texts, BatchTexts};
pub use write::defuse;

use std::io::Cursor;

use crate::app::cards::status_view;
use crate::app::i18n::Lang;
use crate::form::{field, Form, REQUIRED};
use crate::rules::money::Cents;
use crate::rules::result::AmountKey;
use crate::rules::{evaluate, Arrangement, Date, Evaluation, Status};

/// Where an amount column's amount comes from in an evaluation.
pub type AmountOf = fn(&Evaluation) -> Option<Cents>;

/// The amount columns after the statuses (their names are [`BatchTexts::amounts`], in this order).
pub const AMOUNT_COLUMNS: [AmountOf; 5] = [
    |e| {
        e.arrangements
            .loondispensatie
            .amounts
            .euro(AmountKey::EmployerHourlyWage)
    },
    |e| {
        e.arrangements
            .loondispensatie
            .amounts
            .euro(AmountKey::SavingPerYear)
    },
    |e| e.arrangements.lkv.amounts.euro(AmountKey::PerYear),
    |e| {
        e.arrangements
            .loonkostensubsidie
            .amounts
            .euro(AmountKey::PerMonth)
    },
    |e| Some(e.costs.per_year_with),
];

/// How many lines the summary keeps for the page's table, and how many lines with errors it lists.
pub const SHOWN: usize = 20;
pub const LISTED: usize = 100;

/// The statuses of one line, in [`Arrangement::ALWAYS`] order.
pub type Statuses = [Status; Arrangement::ALWAYS.len()];

/// One of the first lines, as the page's table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// The line number in the file (the header is line 1; a quoted line break counts).
    pub line: usize,
    /// The first carried column's cell (a name or an id), if the file has one.
    pub name: String,
    /// The outcome, or `None` when the line has errors.
    pub statuses: Option<Statuses>,
    /// What is wrong with the line, one message per cell (the file joins them with ` | `).
    pub errors: Vec<String>,
}

/// What the page shows of a batch: counts first, then the first lines and the lines with errors.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Candidate lines read (blank lines do not count).
    pub lines: usize,
    /// Lines without errors.
    pub ok: usize,
    /// Per arrangement ([`Arrangement::ALWAYS`] order): how many lines are eligible, and how many
    /// need information.
    pub eligible: [usize; Arrangement::ALWAYS.len()],
    pub needs_info: [usize; Arrangement::ALWAYS.len()],
    /// The first [`SHOWN`] lines.
    pub shown: Vec<Shown>,
    /// The first [`LISTED`] lines with errors (line, name, the errors).
    pub errors: Vec<Shown>,
    /// About the file as a whole (no header, unknown or missing columns), in the page's language.
    pub notes: Vec<String>,
    /// False when the file has no header (nothing to evaluate, no output file).
    pub readable: bool,
}

impl Summary {
    pub fn with_errors(&self) -> usize {
        self.lines - self.ok
    }
}

/// The text of a file as the browser or the command got its bytes: UTF-8 (a byte-order mark is
/// dropped), UTF-16 with its byte-order mark (Excel's "Unicode text"), or else Windows-1252 (Excel's
/// "CSV" on Windows in the Netherlands), so that `Zoë` and `€` arrive whole.
pub fn decode(mut bytes: Vec<u8>) -> String {
    let utf16 = |bytes: &[u8], unit: fn([u8; 2]) -> u16| {
        let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    // (The bytes become the text in place: a file of 100 000 lines is 6 MB, not worth a copy.)
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        return String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.as_bytes().iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// A Windows-1252 byte as a character: Latin-1, except 0x80–0x9F (`€`, curly quotes, `Š` …).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// The separator the header uses most, outside quotes: `;`, tab or `,` (on a tie in that order,
/// `;` being what a Dutch spreadsheet writes).
fn separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b';' if !quoted => counts[0] += 1,
            b'\t' if !quoted => counts[1] += 1,
            b',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let most = counts.iter().max().copied().unwrap_or(0);
    [b';', b'\t', b','][counts.iter().position(|&c| c == most).unwrap_or(0)]
}

/// Whether a record is empty: no cell holds more than spaces (Excel writes `;;;;` for an empty row).
fn blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|c| c.trim().is_empty())
}

/// A typed value as it is quoted in a message: at most 40 characters.
fn shorten(cell: &str) -> String {
    match cell.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &cell[..i]),
        None => cell.to_string(),
    }
}

/// The header: what each column is, and the output's first line.
struct Header {
    cells: Vec<String>,
    /// Per cell: the known column it is (an index into [`COLUMNS`]), or `None` for a carried one.
    columns: Vec<Option<usize>>,
    /// The first carried column with a name (shown next to the line number on the page).
    name: Option<usize>,
}

impl Header {
    fn read(record: &csv::StringRecord, lang: Lang, notes: &mut Vec<String>) -> Header {
        let t = texts(lang);
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        let mut columns: Vec<Option<usize>> = Vec::with_capacity(cells.len());
        for cell in &cells {
            let column = columns::column_of(cell);
            if column.is_some() && columns.contains(&column) {
                notes.push(format!(
                    "{} \"{}\" {}.",
                    t.twice,
                    shorten(cell.trim()),
                    t.twice_used
                ));
                columns.push(None);
            } else {
                columns.push(column);
            }
        }
        let carried: Vec<String> = cells
            .iter()
            .zip(&columns)
            .filter(|(c, k)| k.is_none() && !c.trim().is_empty())
            .map(|(c, _)| format!("\"{}\"", shorten(c.trim())))
            .collect();
        let header = Header {
            name: (0..cells.len()).find(|&i| columns[i].is_none() && !cells[i].trim().is_empty()),
            cells,
            columns,
        };
        // A wage per month stands in for the wage per hour.
        if header.columns.iter().all(Option::is_none) {
            notes.push(t.no_known_column.to_string());
            return header;
        }
        for f in REQUIRED {
            if header.source(f).is_none() {
                notes.push(format!(
                    "{} \"{}\": {}.",
                    t.missing_column,
                    column(f).label(lang.is_nl()),
                    t.missing_column_rows
                ));
            }
        }
        if !carried.is_empty() {
            notes.push(format!("{}: {}.", t.carried, carried.join(", ")));
        }
        header
    }

    /// The header cell of the column for `field`.
    fn index(&self, field: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.is_some_and(|c| COLUMNS[c].field == field))
    }

    /// The header cell a field's value comes from: its own column, or for the wage per hour the
    /// wage per month, which stands in for it.
    fn source(&self, field: &str) -> Option<usize> {
        self.index(field).or_else(|| {
            (field == field::HOURLY_WAGE)
                .then(|| self.index(field::MONTHLY_WAGE))
                .flatten()
        })
    }

    /// What a message calls a field: the header as the file has it, else the page's label.
    fn label(&self, field: &str, lang: Lang) -> String {
        match self.source(field) {
            Some(i) if !self.cells[i].trim().is_empty() => self.cells[i].trim().to_string(),
            _ => column(field).label(lang.is_nl()).to_string(),
        }
    }
}

/// The known column for a form field.
fn column(field: &str) -> &'static Column {
    COLUMNS
        .iter()
        .find(|c| c.field == field)
        .unwrap_or(&COLUMNS[0])
}

/// A batch being worked through: the reader's place in the file, the output so far and the
/// summary so far.
pub struct Run {
    reader: csv::Reader<Cursor<Vec<u8>>>,
    record: csv::StringRecord,
    header: Header,
    total: usize,
    sep: u8,
    lang: Lang,
    today: Date,
    out: String,
    summary: Summary,
    done: bool,
    /// Line numbers: the newlines counted up to this byte.
    counted: (usize, usize),
    /// Whether a line had both an hourly and a monthly wage (said once, in the notes).
    both_wages: bool,
}

impl Run {
    /// Reads the header of `text` (a decoded file, see [`decode`]) and writes the output's first
    /// line; the candidates are read by [`Run::step`].
    pub fn new(text: String, today: Date, lang: Lang) -> Run {
        let mut text = text;
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let total = text.len();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(separator(&text))
            .has_headers(false)
            .flexible(true)
            .from_reader(Cursor::new(text.into_bytes()));
        let mut record = csv::StringRecord::new();
        let mut summary = Summary::default();
        let found = loop {
            match reader.read_record(&mut record) {
                Ok(true) if blank(&record) => continue,
                Ok(true) => break true,
                _ => break false,
            }
        };
        let t = texts(lang);
        // The output's separator is the language's, whatever the input used.
        let sep = t.separator;
        let mut out = String::new();
        let header = if found {
            summary.readable = true;
            let header = Header::read(&record, lang, &mut summary.notes);
            out.push('\u{feff}');
            write::record(
                &mut out,
                [t.line]
                    .into_iter()
                    .chain(header.cells.iter().map(String::as_str))
                    .chain(Arrangement::ALWAYS.iter().map(|a| a.name(lang.is_nl())))
                    .chain(t.amounts)
                    .chain([t.errors]),
                sep,
            );
            header
        } else {
            summary.notes.push(t.no_header.to_string());
            Header {
                cells: Vec::new(),
                columns: Vec::new(),
                name: None,
            }
        };
        Run {
            reader,
            record,
            header,
            total,
            sep,
            lang,
            today,
            out,
            summary,
            done: !found,
            counted: (0, 1),
            both_wages: false,
        }
    }

    /// Reads and evaluates up to `lines` more candidate lines; true when the file is done.
    pub fn step(&mut self, lines: usize) -> bool {
        let mut n = 0;
        while !self.done && n < lines {
            match self.reader.read_record(&mut self.record) {
                Ok(true) if blank(&self.record) => {}
                Ok(true) => {
                    self.line();
                    n += 1;
                }
                // The text is valid UTF-8 and records may have any length: the reader has no
                // other error than the end.
                _ => self.done = true,
            }
        }
        self.done
    }

    pub fn done(&self) -> bool {
        self.done
    }

    /// How far the reader is: bytes read of the whole.
    pub fn progress(&self) -> (usize, usize) {
        (self.reader.position().byte() as usize, self.total)
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// The output file so far (all of it once [`Run::done`]), byte-order mark included.
    pub fn output(&self) -> &str {
        &self.out
    }

    pub fn finish(self) -> (String, Summary) {
        (self.out, self.summary)
    }

    /// The line in the file (1-based) where the record just read starts. (The reader's own
    /// position lags a line behind after CRLF line ends, so the newlines are counted here.)
    fn line_number(&mut self) -> usize {
        let text = self.reader.get_ref().get_ref();
        let mut start = self.record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let (from, lines) = self.counted;
        let start = start.max(from);
        let lines = lines + text[from..start].iter().filter(|&&b| b == b'\n').count();
        self.counted = (start, lines);
        lines
    }

    /// Evaluates the record just read and appends its output line.
    fn line(&mut self) {
        let t = texts(self.lang);
        let nl = self.lang.is_nl();
        let line = self.line_number();
        let (record, header) = (&self.record, &self.header);
        let mut errors: Vec<String> = Vec::new();
        if record.len() > header.cells.len() {
            errors.push(format!(
                "{} {} {} {}; {}",
                t.cells,
                record.len(),
                t.cells_header,
                header.cells.len(),
                t.cells_hint
            ));
        }
        let hourly_given = header
            .index(field::HOURLY_WAGE)
            .and_then(|i| record.get(i))
            .is_some_and(|c| !c.trim().is_empty());
        let monthly_given = header
            .index(field::MONTHLY_WAGE)
            .and_then(|i| record.get(i))
            .is_some_and(|c| !c.trim().is_empty());
        if hourly_given && monthly_given && !self.both_wages {
            self.both_wages = true;
            self.summary.notes.push(format!("{}.", t.both_wages));
        }
        let mut form = Form::new(self.today);
        let mut unread: Vec<&str> = Vec::new();
        for (i, column) in header.columns.iter().enumerate() {
            let Some(c) = column.map(|c| &COLUMNS[c]) else {
                continue;
            };
            let cell = record.get(i).unwrap_or("").trim();
            let quoted = || format!("\"{}\"", shorten(cell));
            let value: Result<String, String> = if cell.chars().count() > 100 {
                Err(format!("{} {}", quoted(), t.too_long))
            } else {
                match c.kind {
                    Kind::YesNoUnknown => columns::yes_no_unknown(cell)
                        .map(String::from)
                        .ok_or_else(|| {
                            format!("{} {}; {}", quoted(), t.not_yes_no, t.not_yes_no_hint)
                        }),
                    Kind::YesNo => columns::yes_no(cell).map(String::from).ok_or_else(|| {
                        format!("{} {}; {}", quoted(), t.not_yes_no, t.not_yes_no_wsw_hint)
                    }),
                    Kind::Benefit => columns::benefit(cell)
                        .map(|b| b.code().to_string())
                        .ok_or_else(|| {
                            format!("{} {}; {}", quoted(), t.not_a_benefit, t.not_a_benefit_hint)
                        }),
                    Kind::Date if cell.is_empty() => continue,
                    Kind::Date => columns::date(cell).map(|d| d.to_string()).ok_or_else(|| {
                        format!("{} {}; {}", quoted(), t.not_a_date, t.not_a_date_hint)
                    }),
                    // An empty number is the form's empty field; a monthly wage counts only
                    // where no hourly wage is given.
                    Kind::Number if cell.is_empty() => continue,
                    Kind::Number if c.field == field::MONTHLY_WAGE && hourly_given => continue,
                    Kind::Number => Ok(cell.to_string()),
                }
            };
            match value {
                Ok(v) => {
                    form.set(c.field, v);
                }
                Err(message) => {
                    errors.push(format!("{}: {message}", header.label(c.field, self.lang)));
                    unread.push(c.field);
                }
            }
        }
        let checked = form.check(self.today);
        for e in &checked.errors {
            if !unread.contains(&e.field.as_str()) {
                let message = if nl { &e.message_nl } else { &e.message };
                errors.push(format!("{}: {message}", header.label(&e.field, self.lang)));
            }
        }
        for &m in &checked.missing {
            if unread.contains(&m) {
                continue;
            }
            errors.push(if header.source(m).is_some() {
                format!("{}: {}", header.label(m, self.lang), t.empty)
            } else {
                format!("{} \"{}\"", t.missing_column, header.label(m, self.lang))
            });
        }
        let evaluation = match &checked.scenario {
            Some(s) if errors.is_empty() => Some(evaluate(s)),
            _ => None,
        };
        let statuses: Option<Statuses> = evaluation.as_ref().map(|e| {
            Arrangement::ALWAYS.map(|a| {
                e.arrangements
                    .get(a)
                    .map_or(Status::NeedsInfo, |d| d.status)
            })
        });
        let amounts: Vec<String> = AMOUNT_COLUMNS
            .iter()
            .map(|amount| {
                evaluation
                    .as_ref()
                    .and_then(amount)
                    .map(|c| write::amount(c, nl))
                    .unwrap_or_default()
            })
            .collect();
        let joined = errors.join(" | ");
        let words = statuses.map(|s| s.map(|s| status_view(s, self.lang).1));
        let line_text = line.to_string();
        let cells = (0..header.cells.len()).map(|i| record.get(i).unwrap_or(""));
        write::record(
            &mut self.out,
            [line_text.as_str()]
                .into_iter()
                .chain(cells)
                .chain((0..Arrangement::ALWAYS.len()).map(|i| words.map_or("", |w| w[i])))
                .chain(amounts.iter().map(String::as_str))
                .chain([joined.as_str()]),
            self.sep,
        );
        let summary = &mut self.summary;
        summary.lines += 1;
        if let Some(s) = statuses {
            summary.ok += 1;
            for (i, status) in s.iter().enumerate() {
                match status {
                    Status::Eligible => summary.eligible[i] += 1,
                    Status::NeedsInfo => summary.needs_info[i] += 1,
                    Status::NotEligible => {}
                }
            }
        }
        let shown = || Shown {
            line,
            name: header
                .name
                .and_then(|i| record.get(i))
                .map(|c| shorten(c.trim()))
                .unwrap_or_default(),
            statuses,
            errors: errors.clone(),
        };
        if summary.shown.len() < SHOWN {
            summary.shown.push(shown());
        }
        if statuses.is_none() && summary.errors.len() < LISTED {
            summary.errors.push(shown());
        }
    }
}

/// Evaluates a whole file at once (the command, and tests): the output file and the summary.
pub fn run_all(text: String, today: Date, lang: Lang) -> (String, Summary) {
    let mut run = Run::new(text, today, lang);
    while !run.step(usize::MAX) {}
    run.finish()
}

/// The "voorbeeldbestand": the header in the page's language (a name column, then every column the
/// check reads) and two candidates, in the format the page writes (byte-order mark, separator and
/// numbers of that language, CRLF).
pub fn example(lang: Lang) -> String {
    let t = texts(lang);
    let mut out = String::from('\u{feff}');
    write::record(
        &mut out,
        [t.example_name]
            .into_iter()
            .chain(COLUMNS.iter().map(|c| c.label(lang.is_nl()))),
        t.separator,
    );
    for row in &t.example_rows {
        write::record(&mut out, row.iter().copied(), t.separator);
    }
    out
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
