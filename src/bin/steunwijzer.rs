//! Native command: evaluates scenario JSON with the same engine the browser runs.
//!
//! ```text
//! steunwijzer eval FILE|-      result JSON for a scenario object, or an array of results for an array
//! steunwijzer params [--date YYYY-MM-DD]
//!                              every figure in force on that date (default today), with its date,
//!                              status and source, as a JSON array
//! steunwijzer bench [N]        evaluates N generated scenarios and prints evaluations per second
//! ```
//! Exit status of `eval`: 0 when every scenario was valid, 1 when any had errors, 2 when the input is
//! not JSON (or cannot be read).

use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use steunwijzer::json;
use steunwijzer::rules::{self, Date};

fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_unix_days((secs / 86_400) as i64)
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: steunwijzer eval FILE|-   |   steunwijzer params [--date YYYY-MM-DD]   |   steunwijzer bench [N]"
    );
    ExitCode::from(2)
}

/// `steunwijzer params`: every figure on `date`, as the contract's JSON array.
fn params(date: Date) -> ExitCode {
    let rows: Vec<_> = rules::params::FIGURES.iter().map(|f| f.row(date)).collect();
    let output = json::to_value(&rows).unwrap_or(json::Value::Null);
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{}", output.to_string_pretty()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}

fn eval(path: &str) -> ExitCode {
    let mut text = String::new();
    let read = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    if let Err(e) = read {
        eprintln!("steunwijzer: cannot read {path}: {e}");
        return ExitCode::from(2);
    }
    let input = match json::parse(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("steunwijzer: {path} is not JSON: {e}");
            return ExitCode::from(2);
        }
    };
    let (output, any_error) = rules::evaluate_document(&input, today());
    let mut out = std::io::stdout().lock();
    let written = writeln!(out, "{}", output.to_string_pretty()).is_ok();
    if !written {
        return ExitCode::from(2);
    }
    ExitCode::from(if any_error { 1 } else { 0 })
}

fn bench(n: usize) -> ExitCode {
    let scenarios = steunwijzer::rules::sample::scenarios(n.min(100_000));
    let start = Instant::now();
    let mut eligible = 0usize;
    for i in 0..n {
        let e = rules::evaluate(&scenarios[i % scenarios.len()]);
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
        ["bench"] => bench(1_000_000),
        ["bench", n] => match n.parse() {
            Ok(n) if n > 0 => bench(n),
            _ => usage(),
        },
        _ => usage(),
    }
}
