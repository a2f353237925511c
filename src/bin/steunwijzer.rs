//! Native command: evaluates scenario JSON with the same engine the browser runs.
//!
//! ```text
//! steunwijzer eval FILE|-      result JSON for a scenario object, or an array of results for an array
//! steunwijzer params [--date YYYY-MM-DD]
//!                              every figure in force on that date (default today), with its date,
//!                              status and source, as a JSON array
//! steunwijzer batch FILE|- [--lang nl|en]
//!                              the outcome CSV of a CSV of candidates, byte for byte the file the
//!                              page downloads (default Dutch)
//! steunwijzer bench [N]        evaluates N generated scenarios and prints evaluations per second
//! ```
//! Exit status of `eval`: 0 when every scenario was valid, 1 when any had errors, 2 when the input is
//! not JSON, larger than 1 MiB, or cannot be read. Of `batch`: 0 when every line was valid, 1 when
//! any had errors, 2 when the file has no header or cannot be read.
//!
//! "Today" (the peildatum of a scenario without a date, the default of `params`) is the local date,
//! as on the page.

use std::cell::Cell;
use std::io::{BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use steunwijzer::app::i18n::Lang;
use steunwijzer::contract::{self, Document, MAX_INPUT_BYTES};
use steunwijzer::rules::{self, Date};

/// Today in the machine's local time zone (`TZ`, else the system's).
#[cfg(not(target_arch = "wasm32"))]
fn today() -> Date {
    // SAFETY: `time(NULL)` only reads the clock; `localtime_r` writes only into `tm`, which lives
    // here, and is the thread-safe form.
    let tm = unsafe {
        let now = libc::time(std::ptr::null_mut());
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&now, &mut tm).is_null() {
            None
        } else {
            Some(tm)
        }
    };
    match tm {
        Some(tm) => Date::ymd(tm.tm_year + 1900, (tm.tm_mon + 1) as u8, tm.tm_mday as u8),
        None => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            Date::from_unix_days((secs / 86_400) as i64)
        }
    }
}

/// (The command is native; this only lets `cargo clippy --target wasm32 --all-targets` build it.)
#[cfg(target_arch = "wasm32")]
fn today() -> Date {
    Date::ymd(2026, 1, 1)
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: steunwijzer eval FILE|-   |   steunwijzer params [--date YYYY-MM-DD]   |   steunwijzer batch FILE|- [--lang nl|en]   |   steunwijzer bench [N]"
    );
    ExitCode::from(2)
}

/// `steunwijzer params`: every figure on `date`, as the contract's JSON array.
fn params(date: Date) -> ExitCode {
    let rows: Vec<_> = rules::params::FIGURES.iter().map(|f| f.row(date)).collect();
    match write_json(&rows) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}

/// Writes `value` as indented JSON to stdout, as it is serialised (not first into one string).
fn write_json(value: &impl serde::Serialize) -> std::io::Result<()> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()
}

fn eval(path: &str) -> ExitCode {
    // Read at most one byte more than the limit: a larger file is refused without reading it all.
    let mut bytes = Vec::new();
    let limit = MAX_INPUT_BYTES as u64 + 1;
    let read = if path == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    if let Err(e) = read {
        eprintln!("steunwijzer: cannot read {path}: {e}");
        return ExitCode::from(2);
    }
    if bytes.len() > MAX_INPUT_BYTES {
        let size = match std::fs::metadata(path) {
            Ok(m) if path != "-" => m.len() as usize,
            _ => bytes.len(),
        };
        eprintln!(
            "steunwijzer: {path}: {}",
            contract::NotADocument::too_large(size)
        );
        return ExitCode::from(2);
    }
    let input = match std::str::from_utf8(&bytes)
        .map_err(contract::NotADocument::not_json)
        .and_then(contract::parse)
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("steunwijzer: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let any_error = Cell::new(false);
    let document = Document::new(&input);
    if write_json(&document.results(today(), &any_error)).is_err() {
        return ExitCode::from(2);
    }
    ExitCode::from(if any_error.get() { 1 } else { 0 })
}

/// The largest CSV `batch` reads: a million candidate lines of about 200 bytes.
const MAX_BATCH_BYTES: u64 = 256 << 20;

/// `steunwijzer batch`: the page's batch, written to stdout as the page's download.
fn batch(path: &str, lang: Lang) -> ExitCode {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin()
            .take(MAX_BATCH_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(MAX_BATCH_BYTES + 1).read_to_end(&mut bytes))
    };
    if let Err(e) = read {
        eprintln!("steunwijzer: cannot read {path}: {e}");
        return ExitCode::from(2);
    }
    if bytes.len() as u64 > MAX_BATCH_BYTES {
        eprintln!(
            "steunwijzer: {path}: larger than {} MiB",
            MAX_BATCH_BYTES >> 20
        );
        return ExitCode::from(2);
    }
    let (out, summary) =
        steunwijzer::batch::run_all(steunwijzer::batch::decode(bytes), today(), lang);
    for note in &summary.notes {
        eprintln!("steunwijzer: {note}");
    }
    if !summary.readable {
        return ExitCode::from(2);
    }
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::from(2);
    }
    ExitCode::from(if summary.with_errors() > 0 { 1 } else { 0 })
}

fn bench(n: usize) -> ExitCode {
    let scenarios = steunwijzer::rules::sample::scenarios(n.min(100_000));
    let start = Instant::now();
    let mut eligible = 0usize;
    // One result, filled again for each scenario (as evaluating many in a row can).
    let mut e = rules::Evaluation::empty(&scenarios[0]);
    for i in 0..n {
        rules::evaluate_into(&scenarios[i % scenarios.len()], &mut e);
        eligible += e
            .arrangements
            .iter()
            .filter(|(_, d)| d.status == rules::Status::Eligible)
            .count();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "bench: {n} evaluations in {:.3} s = {:.0} evaluations/s ({eligible} eligible verdicts)",
        secs,
        n as f64 / secs
    );
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["eval", path] => eval(path),
        ["params"] => params(today()),
        ["params", "--date", d] => match Date::parse(d) {
            Some(d) => params(d),
            None => {
                eprintln!("steunwijzer: --date wants YYYY-MM-DD, got {d:?}");
                ExitCode::from(2)
            }
        },
        ["batch", path] => batch(path, Lang::Nl),
        ["batch", path, "--lang", "nl"] | ["batch", "--lang", "nl", path] => batch(path, Lang::Nl),
        ["batch", path, "--lang", "en"] | ["batch", "--lang", "en", path] => batch(path, Lang::En),
        ["bench"] => bench(1_000_000),
        ["bench", n] => match n.parse() {
            Ok(n) if n > 0 => bench(n),
            _ => usage(),
        },
        _ => usage(),
    }
}
